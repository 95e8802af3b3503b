"""The bundle keys a data file holds, in its (encrypted) ``meta`` table.

* ``bundle.recipients``: the service's public age recipients this file encrypts its
  bundles to, one a line (the service key first, then any recovery key). None: bundles
  stay plain, as before any key was trusted.
* ``bundle.identity``: the manager's private age identity, so the app imports encrypted
  bundles without the identity file at hand.
* ``bundle.signing_key``: this install's Ed25519 private key (32 bytes, base64), made on
  first need; it signs every encrypted bundle this file makes.
* ``bundle.signer.<install id>``: on the manager's file, the public signing key first
  seen from each laptop (trust on first use), with the date it was first seen.
* ``bundle.revoked.<install id>``: on the manager's file, a laptop marked lost, stolen or
  retired (when, by whom, why): every bundle from it, or signed with its key, is refused
  until it is allowed again (the key is removed).

Only strings are stored here; making, checking and using keys is ``sync/bundle_crypto.py``.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from starapp.core.clock import utc_now
from starapp.store.store import Store

RECIPIENTS = "bundle.recipients"
IDENTITY = "bundle.identity"
SIGNING_KEY = "bundle.signing_key"
_SIGNER = "bundle.signer."
_REVOKED = "bundle.revoked."


@dataclass(frozen=True)
class PinnedSigner:
    install_id: str
    public_key: bytes
    first_seen: str


@dataclass(frozen=True)
class Revocation:
    install_id: str
    revoked_at: str
    by: str  # the actor of the store that revoked it
    reason: str  # as the manager typed it; may be empty


def trusted_recipients(store: Store) -> list[str]:
    return (store.meta(RECIPIENTS) or "").split()


def trust_recipients(store: Store, recipients: list[str]) -> None:
    """From now on every bundle this file makes is encrypted to ``recipients``."""
    with store.transaction():
        store.put_meta({RECIPIENTS: "\n".join(recipients)})
        store.audit("change", "service_keys", "recipients")


def stored_identity(store: Store) -> str | None:
    return store.meta(IDENTITY)


def store_identity(store: Store, identity: str) -> None:
    with store.transaction():
        store.put_meta({IDENTITY: identity})
        store.audit("change", "service_keys", "identity")


def signing_key(store: Store) -> Ed25519PrivateKey:
    """This install's signing key, made and stored the first time it is needed."""
    text = store.meta(SIGNING_KEY)
    if text is None:
        raw = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        with store.transaction():
            # OR IGNORE: another connection may have made one meanwhile; theirs wins.
            store.db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                (SIGNING_KEY, base64.b64encode(raw).decode("ascii")),
            )
        text = store.meta(SIGNING_KEY)
        assert text is not None
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))


def signing_public_key(store: Store) -> bytes | None:
    """This install's public signing key, or None before its first encrypted bundle."""
    text = store.meta(SIGNING_KEY)
    if text is None:
        return None
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def pinned_signer(store: Store, install_id: str) -> PinnedSigner | None:
    text = store.meta(_SIGNER + install_id)
    return None if text is None else _pinned(install_id, text)


def pinned_signers(store: Store) -> list[PinnedSigner]:
    """Every laptop whose signing key this file has pinned, oldest first."""
    rows = store.db.execute(
        "SELECT key, value FROM meta WHERE key LIKE ?", (_SIGNER + "%",)
    ).fetchall()
    pinned = [_pinned(key[len(_SIGNER) :], value) for key, value in rows]
    return sorted(pinned, key=lambda p: (p.first_seen, p.install_id))


def _pinned(install_id: str, text: str) -> PinnedSigner:
    value = json.loads(text)
    return PinnedSigner(install_id, base64.b64decode(value["public_key"]), value["first_seen"])


def pin_signer(store: Store, install_id: str, public_key: bytes) -> None:
    """Remember the key a laptop signs with; a key already pinned is never replaced."""
    value = json.dumps(
        {"public_key": base64.b64encode(public_key).decode("ascii"), "first_seen": utc_now()},
        sort_keys=True,
    )
    with store.transaction():
        cur = store.db.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (_SIGNER + install_id, value)
        )
        if cur.rowcount:
            store.audit("bundle.signer_pinned", "install", install_id)


def revocation(store: Store, install_id: str) -> Revocation | None:
    text = store.meta(_REVOKED + install_id)
    return None if text is None else _revocation(install_id, text)


def revocations(store: Store) -> dict[str, Revocation]:
    """Every laptop whose bundles this file refuses, by install id."""
    rows = store.db.execute(
        "SELECT key, value FROM meta WHERE key LIKE ?", (_REVOKED + "%",)
    ).fetchall()
    return {key[len(_REVOKED) :]: _revocation(key[len(_REVOKED) :], value) for key, value in rows}


def _revocation(install_id: str, text: str) -> Revocation:
    value = json.loads(text)
    return Revocation(install_id, value["revoked_at"], value["by"], value["reason"])


def revoke_laptop(store: Store, install_id: str, reason: str = "") -> Revocation:
    """Refuse every bundle from this laptop from now on (lost, stolen or retired). A
    laptop already refused keeps the date and reason it was first refused with."""
    value = json.dumps(
        {"revoked_at": utc_now(), "by": store.actor, "reason": reason.strip()}, sort_keys=True
    )
    with store.transaction():
        cur = store.db.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (_REVOKED + install_id, value)
        )
        if cur.rowcount:
            # The reason stays in meta, not the audit log: it may name someone.
            store.audit("bundle.signer_revoked", "install", install_id)
    revoked = revocation(store, install_id)
    assert revoked is not None
    return revoked


def allow_laptop(store: Store, install_id: str) -> bool:
    """Accept this laptop's bundles again; False if they were not refused."""
    with store.transaction():
        cur = store.db.execute("DELETE FROM meta WHERE key = ?", (_REVOKED + install_id,))
        if cur.rowcount:
            store.audit("bundle.signer_allowed", "install", install_id)
    return bool(cur.rowcount)
