"""Encrypted, signed bundles: the service's age keys and the sealed envelope.

A sealed bundle (``<bundle name>.starapp-bundle.age``) is a standard age file (X25519),
so the manager can open it with the ``age`` tool too. Its plaintext is an uncompressed
zip of two members (docs/bundle-format.md, "Encrypted bundles"):

* ``envelope.json``: who signed it (the source install and its Ed25519 public key), the
  signature and the SHA-256 of the bundle;
* ``bundle.zip``: the plain bundle, byte for byte.

The signature covers ``SIGNED_PREFIX + install id + "\\n" + bundle bytes``. It sits inside
the encryption, so nobody without the service's identity can see, strip or swap it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from starapp.core.errors import Sentence, StarappError
from starapp.sync.bundle import ZIP_TIME
from starapp.sync.errors import BundleRejected

SEALED_SUFFIX = ".starapp-bundle.age"
AGE_MAGIC = b"age-encryption.org/v1\n"
ENVELOPE = "envelope.json"
INNER = "bundle.zip"
ENVELOPE_FORMAT = "starapp-envelope"
ENVELOPE_VERSION = 1
SIGNED_PREFIX = b"starapp-bundle-signature/v1\n"
MAX_ENVELOPE_JSON = 64 * 1024
FINGERPRINT_CHARS = 16
IDENTITY_FILE = "service.identity"
RECIPIENT_FILE = "service.recipient"

LOSS_WARNING = (
    "Keep the identity file safe and private: without it nobody, not even the charity, can "
    "read the bundles encrypted to this key."
)


class ServiceKeyError(StarappError):
    """A key file or key text that cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class KeyPair:
    identity: str  # AGE-SECRET-KEY-1...: private, the manager's only
    recipient: str  # age1...: public, given to every worker's laptop


@dataclass(frozen=True)
class OpenedBundle:
    data: bytes  # the plain bundle zip
    source_install: str
    public_key: bytes  # raw Ed25519 public key that signed it


# --- keys -----------------------------------------------------------------------------


def create_key_pair() -> KeyPair:
    identity = pyrage.x25519.Identity.generate()
    return KeyPair(str(identity), str(identity.to_public()))


def fingerprint(recipient: str) -> str:
    """A short code to read out over the phone: 16 hex digits of SHA-256, in fours."""
    return _grouped(hashlib.sha256(recipient.encode("ascii")).hexdigest())


def signing_fingerprint(public_key: bytes) -> str:
    return _grouped(hashlib.sha256(public_key).hexdigest())


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def identity_file_text(pair: KeyPair) -> str:
    """The layout ``age-keygen`` writes, so ``age -d -i FILE`` reads it."""
    created = datetime.now(UTC).isoformat(timespec="seconds")
    return (
        f"# starapp service identity (PRIVATE). {LOSS_WARNING}\n"
        f"# created: {created}\n"
        f"# public key: {pair.recipient}\n"
        f"# fingerprint: {fingerprint(pair.recipient)}\n"
        f"{pair.identity}\n"
    )


def recipient_file_text(recipient: str) -> str:
    """An age recipients file (``age -R FILE`` reads it): comments, then the key."""
    return (
        "# starapp service key (public): give this file to every worker's laptop.\n"
        f"# fingerprint: {fingerprint(recipient)}\n"
        f"{recipient}\n"
    )


def write_key_files(folder: Path, pair: KeyPair) -> tuple[Path, Path]:
    """``service.identity`` (owner-only, mode 0600) and ``service.recipient`` in
    ``folder``; never over existing files, which would lock out the old key's bundles."""
    identity, recipient = folder / IDENTITY_FILE, folder / RECIPIENT_FILE
    for path in (identity, recipient):
        if path.exists():
            raise ServiceKeyError(
                "{path} already exists. A new key pair would lock out the bundles made for "
                "the old one; choose another folder.",
                path=path,
            )
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(identity, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(identity_file_text(pair))
    write_recipient_file(recipient, pair.recipient)
    return identity, recipient


def write_recipient_file(path: Path, recipient: str) -> None:
    path.write_text(recipient_file_text(recipient), encoding="utf-8")


def read_recipient_file(path: Path) -> list[str]:
    return parse_recipients(_read_key_file(path, Sentence("service key")), str(path))


def read_identity_file(path: Path) -> list[str]:
    return parse_identities(_read_key_file(path, Sentence("identity")), str(path))


def _read_key_file(path: Path, what: Sentence) -> str:
    try:
        return path.expanduser().read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ServiceKeyError(
            "The {what} file {path} is not a text file.", what=what, path=path
        ) from None
    except OSError as exc:
        raise ServiceKeyError(
            "The {what} file {path} cannot be read ({reason}).",
            what=what,
            path=path,
            reason=exc.strerror,
        ) from None


def parse_recipients(text: str, source: str) -> list[str]:
    """The age recipients in a recipients file; raises ServiceKeyError with a sentence."""
    recipients = []
    for line in _key_lines(text):
        if line.startswith("AGE-SECRET-KEY-"):
            raise ServiceKeyError(
                "{source} holds the service's PRIVATE identity, not the public key. Give "
                "the laptop the .recipient file instead, and keep the identity file safe.",
                source=source,
            )
        try:
            recipients.append(str(pyrage.x25519.Recipient.from_str(line)))
        except pyrage.RecipientError:
            raise ServiceKeyError(
                "{source} does not hold a valid service key (an age public key starting "
                "'age1'). Ask the manager for the service's .recipient file.",
                source=source,
            ) from None
    if not recipients:
        raise ServiceKeyError("{source} holds no service key.", source=source)
    return recipients


def parse_identities(text: str, source: str) -> list[str]:
    identities = []
    for line in _key_lines(text):
        try:
            identities.append(str(pyrage.x25519.Identity.from_str(line)))
        except pyrage.IdentityError:
            raise ServiceKeyError(
                "{source} is not a service identity file (a private age key starting "
                "'AGE-SECRET-KEY-1'). Choose the .identity file made with the key pair.",
                source=source,
            ) from None
    if not identities:
        raise ServiceKeyError("{source} holds no service identity.", source=source)
    return identities


def recipient_of(identity: str) -> str:
    return str(pyrage.x25519.Identity.from_str(identity).to_public())


# --- sealing ----------------------------------------------------------------------------


def sealed_name(plain_name: str) -> str:
    return plain_name.removesuffix(".zip") + SEALED_SUFFIX


def is_sealed(head: bytes) -> bool:
    return head.startswith(AGE_MAGIC)


def content_type(data: bytes) -> str:
    """The HTTP Content-Type a target sends a bundle with: age files have no registered
    media type, so sealed ones go as opaque bytes; plain ones are zips."""
    return "application/octet-stream" if is_sealed(data) else "application/zip"


def seal(
    bundle: bytes, *, source_install: str, key: Ed25519PrivateKey, recipients: list[str]
) -> bytes:
    """Sign ``bundle`` with this install's key and encrypt both to ``recipients``."""
    signature = key.sign(_signed_message(source_install, bundle))
    envelope = {
        "format": ENVELOPE_FORMAT,
        "format_version": ENVELOPE_VERSION,
        "source_install": source_install,
        "bundle_sha256": hashlib.sha256(bundle).hexdigest(),
        "signature_algorithm": "ed25519",
        "public_key": base64.b64encode(public_bytes(key)).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:  # the bundle is compressed
        for name, data in (
            (ENVELOPE, json.dumps(envelope, sort_keys=True, indent=2).encode("utf-8") + b"\n"),
            (INNER, bundle),
        ):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.external_attr = 0o100644 << 16
            zf.writestr(info, data)
    targets = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    return bytes(pyrage.encrypt(buf.getvalue(), targets))


def open_sealed(data: bytes, identities: list[str]) -> OpenedBundle:
    """Decrypt and check the signature; raises BundleRejected with the reason."""
    if not identities:
        raise BundleRejected(
            "It is encrypted, and this data file holds no service identity to open it. "
            "Import the service identity (Tools > Service keys, or 'starapp keys "
            "import-identity'), or give the identity file with --identity."
        )
    keys = [pyrage.x25519.Identity.from_str(i) for i in identities]
    try:
        plain = pyrage.decrypt(data, keys)
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise BundleRejected(
                "It is not addressed to this service's key: it was encrypted to another key "
                "(another service's, or a key this file does not hold), or its header was "
                "damaged. Check that the laptop trusts this service's key."
            ) from None
        raise BundleRejected(
            "It is damaged or was changed after it was made (its encryption check failed; "
            "it may also have been cut off while copying). Copy it again from where it came "
            "from."
        ) from None
    envelope, bundle = _unpack(bytes(plain))
    public_key = _signature_checked(envelope, bundle)
    return OpenedBundle(bundle, str(envelope["source_install"]), public_key)


def _unpack(plain: bytes) -> tuple[dict[str, object], bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(plain)) as zf:
            names = sorted(zf.namelist())
            if names != sorted([ENVELOPE, INNER]):
                raise _unsigned()
            if zf.getinfo(ENVELOPE).file_size > MAX_ENVELOPE_JSON or any(
                i.compress_type != zipfile.ZIP_STORED for i in zf.infolist()
            ):
                raise BundleRejected("Its envelope is not in the expected shape.")
            envelope = json.loads(zf.read(ENVELOPE).decode("utf-8"))
            bundle = zf.read(INNER)
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError):
        raise _unsigned() from None
    if not isinstance(envelope, dict) or envelope.get("format") != ENVELOPE_FORMAT:
        raise _unsigned()
    version = envelope.get("format_version")
    if not isinstance(version, int) or version > ENVELOPE_VERSION:
        raise BundleRejected(
            "Its envelope was made by a newer version of starapp. Update starapp on this "
            "computer, then import it again."
        )
    return envelope, bundle


def _signature_checked(envelope: dict[str, object], bundle: bytes) -> bytes:
    fields = ("source_install", "public_key", "signature", "bundle_sha256")
    if envelope.get("signature_algorithm") != "ed25519" or not all(
        isinstance(envelope.get(f), str) and envelope.get(f) for f in fields
    ):
        raise _unsigned()
    try:
        public_key = base64.b64decode(str(envelope["public_key"]), validate=True)
        signature = base64.b64decode(str(envelope["signature"]), validate=True)
        verifier = Ed25519PublicKey.from_public_bytes(public_key)
        verifier.verify(signature, _signed_message(str(envelope["source_install"]), bundle))
    except (binascii.Error, ValueError, InvalidSignature):
        raise BundleRejected(
            "Its signature does not match its contents: it was changed after the laptop "
            "signed it, or was not signed by the laptop it names. It was refused."
        ) from None
    if hashlib.sha256(bundle).hexdigest() != envelope["bundle_sha256"]:
        raise BundleRejected("Its envelope does not match the bundle inside it.")
    return public_key


def _unsigned() -> BundleRejected:
    return BundleRejected(
        "It is encrypted but not a signed starapp bundle (no valid envelope with a "
        "signature), so it cannot be trusted. It was refused."
    )


def _signed_message(source_install: str, bundle: bytes) -> bytes:
    return SIGNED_PREFIX + source_install.encode("utf-8") + b"\n" + bundle


def _grouped(hex_digest: str) -> str:
    head = hex_digest[:FINGERPRINT_CHARS].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def _key_lines(text: str) -> list[str]:
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]
