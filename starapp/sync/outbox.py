"""Turning the outbox queue into frozen bundles, exporting bundles by hand, and what
trusting (or replacing) the service key does to the bundles still waiting.

A bundle is made from every pending outbox row in one write transaction: the rows are
read, their records collected, the bytes built, and bytes + row states + deliveries
stored together. A crash before the commit leaves the rows pending; after it, the
frozen bytes are what every retry sends.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from starapp.core.errors import Sentence
from starapp.store.bundle_records import collect_all, collect_changes
from starapp.store.outbox import FrozenBundle, Outbox, write_transaction
from starapp.store.service_keys import signing_key, trust_recipients, trusted_recipients
from starapp.store.targets import TargetsRepo
from starapp.sync.bundle import BuiltBundle, build_bundle, write_file_atomically
from starapp.sync.bundle_crypto import is_sealed, seal, sealed_name

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from starapp.store.store import Store

log = logging.getLogger(__name__)


def make_bundle(store: Store, target_ids: list[str]) -> FrozenBundle | None:
    """Freeze every pending change into one bundle owed to ``target_ids``; None if the
    queue is empty."""
    outbox = Outbox(store)
    with write_transaction(store):
        rows = outbox.pending_rows()
        if not rows:
            return None
        records = collect_changes(store, rows)
        built = build_bundle(records, source_install=store.install_id, seq=outbox.next_seq())
        built = sealed_if_trusted(store, built)
        frozen = _frozen(built)
        outbox.freeze(frozen, rows, target_ids)
    log.info("Made bundle %s (%d changes, %d bytes)", built.seq, len(rows), len(built.data))
    return frozen


@dataclass(frozen=True)
class ExportResult:
    paths: list[Path]
    changes: int


def export_bundles(store: Store, out_dir: Path, *, full: bool = False) -> ExportResult:
    """Write every bundle not yet delivered, plus one of the pending changes (or with
    ``full`` one of everything), to ``out_dir``. Each is marked sent only once its file
    is completely written; an interrupted export leaves the queue as it was."""
    outbox = Outbox(store)
    written: list[Path] = []
    waiting = outbox.waiting()
    made = make_bundle(store, [])
    for bundle in outbox.undelivered_bundles():
        if bundle.data is None:
            continue
        written.append(write_file_atomically(out_dir, bundle.file_name, bundle.data))
        outbox.mark_exported(bundle.id)
    if full:
        with write_transaction(store):
            records = collect_all(store)
            built = build_bundle(
                records, source_install=store.install_id, seq=outbox.next_seq(), kind="full"
            )
            built = sealed_if_trusted(store, built)
            # Record its number (not its bytes): the next bundle must not reuse it.
            outbox.freeze(_frozen(built), [], [], keep_data=False)
            store.db.execute(
                "UPDATE bundles SET state = 'delivered', delivered_at = created_at WHERE id = ?",
                (built.id,),
            )
        written.append(write_file_atomically(out_dir, built.file_name, built.data))
    log.info("Exported %d bundle(s); made one now: %s", len(written), made is not None)
    return ExportResult(written, waiting)


def sealed_if_trusted(store: Store, built: BuiltBundle) -> BuiltBundle:
    """Once the file trusts a service key, every bundle it makes is signed and encrypted
    to it before it is frozen: the laptop keeps (and re-sends) only the sealed bytes."""
    recipients = trusted_recipients(store)
    if not recipients:
        return built
    data = seal(
        built.data,
        source_install=store.install_id,
        key=signing_key(store),
        recipients=recipients,
    )
    return replace(
        built,
        data=data,
        file_name=sealed_name(built.file_name),
        sha256=hashlib.sha256(data).hexdigest(),
    )


@dataclass(frozen=True)
class Trusted:
    """What trusting a service key did to the bundles this laptop still owes."""

    sealed: int = 0  # plain bundles waiting to be sent, now encrypted to the key
    replaced: int = 0  # bundles encrypted to the replaced key, withdrawn for ``catch_up``
    catch_up: FrozenBundle | None = None  # everything in the file, for the new key

    def sentence(self) -> Sentence | None:
        """One sentence saying what happened to the waiting bundles; None if nothing did."""
        if self.catch_up is not None:
            if self.replaced == 0:
                return Sentence(
                    "The next bundle carries everything in this file, encrypted to the new "
                    "key, so the manager's copy catches up."
                )
            if self.replaced == 1:
                return Sentence(
                    "The bundle waiting to be sent was made again for the new key; it now "
                    "carries everything in this file so the manager's copy catches up."
                )
            return Sentence(
                "The {n} bundles waiting to be sent were made again for the new key; the "
                "next one carries everything in this file so the manager's copy catches up.",
                {"n": self.replaced},
            )
        if self.sealed == 1:
            return Sentence("The bundle waiting to be sent was encrypted too.")
        if self.sealed:
            return Sentence(
                "The {n} bundles waiting to be sent were encrypted too.", {"n": self.sealed}
            )
        return None


def is_replacement(store: Store, recipients: list[str]) -> bool:
    """Whether trusting ``recipients`` replaces another key set (not a first trust, not
    the same keys again)."""
    before = trusted_recipients(store)
    return bool(before) and set(before) != set(recipients)


def trust_service_key(store: Store, recipients: list[str]) -> Trusted:
    """Encrypt this file's bundles to ``recipients`` from now on, in one transaction.

    A first trust seals the plain bundles still waiting, so nothing more leaves this
    laptop plain. Replacing a trusted key withdraws every bundle not yet delivered (the
    laptop cannot re-encrypt sealed bytes, and the manager may have lost the old
    identity) and queues one full bundle of everything in the file, sealed to the new
    key: it also carries what was delivered under the old key, and the manager's
    import merges it. If any step fails, nothing changes: the old key stays trusted and
    the withdrawn bundles stay queued."""
    key = signing_key(store)
    with write_transaction(store):
        replacing = is_replacement(store, recipients)
        trust_recipients(store, recipients)
        if replacing:
            return _caught_up(store)
        return Trusted(sealed=_seal_waiting(store, key, recipients))


def _caught_up(store: Store) -> Trusted:
    """Inside the trust transaction: one full bundle for the new key replaces every
    undelivered one; its seq follows theirs, so no number is used twice."""
    outbox = Outbox(store)
    built = build_bundle(
        collect_all(store), source_install=store.install_id, seq=outbox.next_seq(), kind="full"
    )
    frozen = _frozen(sealed_if_trusted(store, built))
    targets = [t.id for t in TargetsRepo(store).all()]
    replaced = outbox.replace_undelivered(frozen, targets)
    store.audit("bundle.replace", "service_keys", "recipients", json.dumps({"withdrawn": replaced}))
    log.info(
        "Service key replaced: %d waiting bundle(s) withdrawn for full bundle %s",
        replaced,
        frozen.seq,
    )
    return Trusted(replaced=replaced, catch_up=frozen)


def _seal_waiting(store: Store, key: Ed25519PrivateKey, recipients: list[str]) -> int:
    sealed = 0
    for bundle in Outbox(store).undelivered_bundles():
        if bundle.data is None or is_sealed(bundle.data):
            continue
        data = seal(bundle.data, source_install=store.install_id, key=key, recipients=recipients)
        store.db.execute(
            "UPDATE bundles SET data = ?, file_name = ?, sha256 = ?, size = ? WHERE id = ?",
            (
                data,
                sealed_name(bundle.file_name),
                hashlib.sha256(data).hexdigest(),
                len(data),
                bundle.id,
            ),
        )
        sealed += 1
    return sealed


def _frozen(built: BuiltBundle) -> FrozenBundle:
    return FrozenBundle(
        id=built.id,
        seq=built.seq,
        created_at=built.created_at,
        kind=built.kind,
        file_name=built.file_name,
        sha256=built.sha256,
        size=len(built.data),
        counts=json.dumps(built.counts, sort_keys=True),
        data=built.data,
    )
