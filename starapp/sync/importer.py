"""The manager's import: verify each bundle, then merge it in one transaction.

A bundle that fails any check is refused with the reason and leaves the data file as
it was; the others still import. Folders are searched for bundles (``*.zip`` and
encrypted ``*.starapp-bundle.age``), in name order, which is each laptop's sequence
order.

Encrypted bundles are opened with the service identity held in the data file (plus any
given for this import), their signature is checked, and the key each laptop signs with
is pinned on first sight: a later bundle from that laptop signed by another key is
refused. A data file that holds the service identity accepts only encrypted bundles,
unless ``allow_plain`` (for bundles made before the laptop trusted the service key).
A laptop the manager marked lost or retired has every bundle refused, plain or
encrypted, and so has any bundle signed with its key under another laptop's id.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from starapp.core.errors import Sentence
from starapp.store.cipher import INTEGRITY_ERRORS
from starapp.store.merge import AlreadyImported, MergeRefused, MergeReport, merge_bundle
from starapp.store.service_keys import (
    pin_signer,
    pinned_signer,
    pinned_signers,
    revocations,
    stored_identity,
)
from starapp.sync.bundle_crypto import (
    AGE_MAGIC,
    SEALED_SUFFIX,
    OpenedBundle,
    is_sealed,
    open_sealed,
)
from starapp.sync.bundle_reader import (
    DEFAULT_LIMITS,
    Limits,
    VerifiedBundle,
    check_size,
    read_bundle,
    read_bundle_bytes,
)
from starapp.sync.errors import BundleRejected

if TYPE_CHECKING:
    from starapp.store.store import Store

log = logging.getLogger(__name__)

BUNDLE_PATTERNS = ("*.zip", "*" + SEALED_SUFFIX)


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # "imported", "already imported" or "refused"
    reason: Sentence | None = None  # why, unless imported (str() is the English)
    report: MergeReport | None = None


def missing_file(path: Path) -> ImportOutcome:
    return ImportOutcome(path, "refused", Sentence("There is no such file."))


def find_bundles(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            found = {p for pattern in BUNDLE_PATTERNS for p in path.rglob(pattern)}
            yield from sorted(p for p in found if not p.name.startswith("."))
        else:
            yield path


def import_bundle(
    store: Store,
    path: Path,
    limits: Limits = DEFAULT_LIMITS,
    *,
    identities: Sequence[str] = (),
    allow_plain: bool = False,
) -> ImportOutcome:
    """Import one bundle; ``identities`` add to the one the data file holds."""
    try:
        bundle, signed = _verified(store, path, limits, list(identities), allow_plain)
        report = merge_bundle(store, bundle.manifest, bundle.records, bundle.sha256)
    except AlreadyImported as exc:
        return ImportOutcome(path, "already imported", exc.sentence)
    except (BundleRejected, MergeRefused) as exc:
        log.info("Refused bundle %s: %s", path.name, exc)
        return ImportOutcome(path, "refused", exc.sentence)
    except INTEGRITY_ERRORS as exc:  # plain and encrypted (sqlcipher3) files
        log.warning("Refused bundle %s: %s", path.name, exc)
        why = Sentence(
            "Its records do not fit together ({detail}); nothing was changed.", {"detail": str(exc)}
        )
        return ImportOutcome(path, "refused", why)
    if signed is not None:
        pin_signer(store, signed.source_install, signed.public_key)
    return ImportOutcome(path, "imported", report=report)


def import_paths(
    store: Store,
    paths: Iterable[Path],
    limits: Limits = DEFAULT_LIMITS,
    *,
    identities: Sequence[str] = (),
    allow_plain: bool = False,
) -> list[ImportOutcome]:
    outcomes = []
    for path in find_bundles(paths):
        if not path.exists():
            outcomes.append(missing_file(path))
            continue
        outcomes.append(
            import_bundle(store, path, limits, identities=identities, allow_plain=allow_plain)
        )
    return outcomes


def _verified(
    store: Store, path: Path, limits: Limits, identities: list[str], allow_plain: bool
) -> tuple[VerifiedBundle, OpenedBundle | None]:
    """The checked bundle, and for an encrypted one who signed it."""
    own = stored_identity(store)
    try:
        with path.open("rb") as f:
            head = f.read(len(AGE_MAGIC))
            if is_sealed(head):
                check_size(path, path.stat().st_size, limits)
                sealed = head + f.read()
    except OSError as exc:
        raise BundleRejected(
            "{file} cannot be read ({reason}).", file=path.name, reason=exc.strerror
        ) from None
    if not is_sealed(head):
        if own is not None and not allow_plain:
            raise BundleRejected(
                "It is not encrypted, and this data file holds the service key, so it takes "
                "only encrypted, signed bundles. Ask the worker to trust the service key and "
                "export everything again ('starapp export --all')."
            )
        plain = read_bundle(path, limits)
        _refuse_revoked(store, plain.manifest["source_install"], None)
        return plain, None
    opened = open_sealed(sealed, identities + ([own] if own else []))
    bundle = read_bundle_bytes(opened.data, path, limits)
    source = bundle.manifest["source_install"]
    if source != opened.source_install:
        raise BundleRejected(
            "It is signed as coming from laptop {signed}, but its contents say laptop "
            "{contents}. It was refused.",
            signed=opened.source_install[:8],
            contents=source[:8],
        )
    _refuse_revoked(store, source, opened.public_key)
    pinned = pinned_signer(store, source)
    if pinned is not None and pinned.public_key != opened.public_key:
        raise BundleRejected(
            "It is signed with a different key from the one laptop {laptop} signed its "
            "earlier bundles with (first seen {first_seen}): someone may have re-signed it. "
            "It was refused; ask the worker whether that laptop's data file was replaced.",
            laptop=source[:8],
            first_seen=pinned.first_seen[:10],
        )
    return bundle, opened


def _refuse_revoked(store: Store, source: str, public_key: bytes | None) -> None:
    refused = revocations(store)
    if not refused:
        return
    if (revoked := refused.get(source)) is not None:
        raise BundleRejected(
            "Bundles from the laptop {laptop} are no longer accepted: it was marked lost or "
            "retired on {date}. If it was found, accept it again in Tools > Service keys "
            "('starapp keys allow {laptop}').",
            laptop=source[:8],
            date=revoked.revoked_at[:10],
        )
    for pin in pinned_signers(store):
        if pin.public_key == public_key and (revoked := refused.get(pin.install_id)):
            raise BundleRejected(
                "It is signed with the key of the laptop {laptop}, which was marked lost or "
                "retired on {date}, though it says it comes from laptop {named}. It was "
                "refused.",
                laptop=pin.install_id[:8],
                date=revoked.revoked_at[:10],
                named=source[:8],
            )
