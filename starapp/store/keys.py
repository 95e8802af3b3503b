"""Key material for encrypted data files: the data key, its recovery form, and the key file.

An encrypted data file is keyed with a random 256-bit *data key*. The data key is kept in
a small *key file* beside the data file (``starapp.db`` -> ``starapp.db.key``), wrapped
with AES-256-GCM under a key derived from the passphrase with Argon2id. So:

- changing the passphrase rewrites only the key file (instant);
- the *recovery key* is the data key itself, written as 14 groups of 4 base32 characters
  (the last 3 bytes are a checksum that catches typing mistakes). It opens the data file
  even when the key file is lost;
- without the passphrase and without the recovery key, nobody can read the data: not the
  charity, not the developers.

Nothing here touches SQLite; ``encryption.py`` uses these pieces on files.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from starapp.store.errors import DataFileError, WeakPassphrase, WrongPassphrase, WrongRecoveryKey

KEY_BYTES = 32
KEY_FILE_SUFFIX = ".key"
KEY_FILE_FORMAT = "starapp-key"
KEY_FILE_VERSION = 1
MIN_PASSPHRASE_CHARS = 8

# RFC 9106's second recommended setting. Measured here: about 0.2 s per unlock
# (benchmarks/bench_encryption.py); an old laptop takes 2-4 times that, still under 1 s.
KDF_TIME_COST = 3
KDF_MEMORY_KIB = 64 * 1024
KDF_PARALLELISM = 4
# A key file is data from disk: refuse settings that would make unlocking hang.
_KDF_LIMITS = {"time_cost": (1, 20), "memory_kib": (8 * 1024, 1024 * 1024), "parallelism": (1, 16)}

_RECOVERY_CHECK_BYTES = 3
_RECOVERY_GROUP = 4
# Letters people confuse with base32's digits-free alphabet.
_RECOVERY_FIXES = str.maketrans({"0": "O", "1": "I", "8": "B"})

LOSS_WARNING = (
    "Without the passphrase and without the recovery key, the data in this file cannot be "
    "recovered by anyone."
)


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_id(data_key: bytes) -> str:
    """A short public fingerprint of a data key (says nothing about the key itself)."""
    return hashlib.sha256(b"starapp key id\x00" + data_key).hexdigest()[:16]


def key_file_path(data_path: Path) -> Path:
    return data_path.with_name(data_path.name + KEY_FILE_SUFFIX)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(
            "The passphrase must have at least {least} characters. A few "
            "unrelated words are easy to remember and hard to guess.",
            least=MIN_PASSPHRASE_CHARS,
        )


# --- recovery key ---------------------------------------------------------------------------


def recovery_key_text(data_key: bytes) -> str:
    """The data key as groups of base32 characters, with a checksum, for writing down."""
    check = hashlib.sha256(data_key).digest()[:_RECOVERY_CHECK_BYTES]
    text = base64.b32encode(data_key + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + _RECOVERY_GROUP] for i in range(0, len(text), _RECOVERY_GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The data key from a typed recovery key (spaces, dashes and case do not matter)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_RECOVERY_FIXES)
    raw_len = KEY_BYTES + _RECOVERY_CHECK_BYTES
    expected_chars = -(-raw_len * 8 // 5)
    if len(cleaned) != expected_chars:
        raise WrongRecoveryKey(
            "A recovery key has {expected} letters and digits in groups of four; "
            "this one has {found}. Check it against the written copy.",
            expected=expected_chars,
            found=len(cleaned),
        )
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        raise WrongRecoveryKey(
            "That recovery key has characters that cannot be in one. Check it against the "
            "written copy."
        ) from None
    data_key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if not hmac.compare_digest(check, hashlib.sha256(data_key).digest()[:_RECOVERY_CHECK_BYTES]):
        raise WrongRecoveryKey(
            "That recovery key has a typing mistake in it. Check each group against the "
            "written copy."
        )
    return data_key


# --- wrapping the data key ------------------------------------------------------------------


@dataclass(frozen=True)
class KeyFile:
    """The contents of a key file: how to turn the passphrase into the data key."""

    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    key_id: str

    def kdf(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": _b64(self.salt),
        }

    def _associated_data(self) -> bytes:
        # Binds the settings and fingerprint to the wrapped key: editing them fails the tag.
        header = {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION, "kdf": self.kdf()}
        header["key_id"] = self.key_id
        return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": KEY_FILE_FORMAT,
                "version": KEY_FILE_VERSION,
                "about": "Unlocks the starapp data file beside it with its passphrase. "
                "Keep it with the data file. " + LOSS_WARNING,
                "kdf": self.kdf(),
                "cipher": "AES-256-GCM",
                "nonce": _b64(self.nonce),
                "wrapped_key": _b64(self.wrapped_key),
                "key_id": self.key_id,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
            raise ValueError("not a starapp key file")
        if data.get("version") != KEY_FILE_VERSION or data.get("cipher") != "AES-256-GCM":
            raise ValueError("a key file format this app does not know")
        kdf = data["kdf"]
        if kdf.get("name") != "argon2id":
            raise ValueError("an unknown key derivation")
        params = {name: int(kdf[name]) for name in _KDF_LIMITS}
        for name, (low, high) in _KDF_LIMITS.items():
            if not low <= params[name] <= high:
                raise ValueError(f"an out-of-range {name}")
        return cls(
            salt=base64.b64decode(kdf["salt"], validate=True),
            nonce=base64.b64decode(data["nonce"], validate=True),
            wrapped_key=base64.b64decode(data["wrapped_key"], validate=True),
            key_id=str(data["key_id"]),
            **params,
        )


def wrap_key(data_key: bytes, passphrase: str) -> KeyFile:
    check_new_passphrase(passphrase)
    draft = KeyFile(
        time_cost=KDF_TIME_COST,
        memory_kib=KDF_MEMORY_KIB,
        parallelism=KDF_PARALLELISM,
        salt=secrets.token_bytes(16),
        nonce=secrets.token_bytes(12),
        wrapped_key=b"",
        key_id=key_id(data_key),
    )
    kek = _derive(passphrase, draft)
    wrapped = AESGCM(kek).encrypt(draft.nonce, data_key, draft._associated_data())
    return KeyFile(**{**draft.__dict__, "wrapped_key": wrapped})


def unwrap_key(key_file: KeyFile, passphrase: str, *, file_name: str) -> bytes:
    """The data key; ``WrongPassphrase`` when the passphrase does not fit (the AES-GCM tag
    fails before any database page is touched)."""
    kek = _derive(passphrase, key_file)
    try:
        data_key = AESGCM(kek).decrypt(
            key_file.nonce, key_file.wrapped_key, key_file._associated_data()
        )
    except InvalidTag:
        raise WrongPassphrase(
            "That passphrase does not open {name}. Check it (and Caps Lock) and try "
            "again; the file has not been changed.",
            name=file_name,
        ) from None
    if len(data_key) != KEY_BYTES or key_id(data_key) != key_file.key_id:
        raise WrongPassphrase("The key file of {name} is not valid.", name=file_name)
    return data_key


def _derive(passphrase: str, key_file: KeyFile) -> bytes:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        secret,
        key_file.salt,
        time_cost=key_file.time_cost,
        memory_cost=key_file.memory_kib,
        parallelism=key_file.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


# --- the key file on disk -------------------------------------------------------------------


def read_key_file(data_path: Path) -> KeyFile | None:
    """The key file beside ``data_path``; None when there is none."""
    path = key_file_path(data_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DataFileError(
            "The key file {path} cannot be read ({reason}). Check its permissions.",
            path=path,
            reason=exc.strerror,
        ) from None
    try:
        return KeyFile.from_json(text)
    except (ValueError, KeyError, TypeError):
        raise DataFileError(
            "The key file {path} is damaged, so the passphrase cannot be used. Open the data "
            "file with its recovery key and choose a new passphrase.",
            path=path,
        ) from None


def write_key_file(data_path: Path, key_file: KeyFile) -> None:
    """Replace the key file atomically (temporary file, fsync, rename), owner-only."""
    write_private_atomically(key_file_path(data_path), key_file.to_json().encode("utf-8"))


def write_private_atomically(path: Path, content: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):  # an older leftover may have had wider permissions
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)
        os.write(fd, content)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
