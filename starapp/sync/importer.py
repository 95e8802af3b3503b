"""The manager's import: verify each bundle, then merge it in one transaction.

A bundle that fails any check is refused with the reason and leaves the data file as
it was; the others still import. Folders are searched for bundles (``*.zip``), in
name order, which is each laptop's sequence order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from starapp.store.cipher import INTEGRITY_ERRORS
from starapp.store.merge import AlreadyImported, MergeRefused, MergeReport, merge_bundle
from starapp.sync.bundle_reader import DEFAULT_LIMITS, Limits, read_bundle
from starapp.sync.errors import BundleRejected

if TYPE_CHECKING:
    from starapp.store.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # "imported", "already imported" or "refused"
    reason: str = ""
    report: MergeReport | None = None


def find_bundles(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.zip") if not p.name.startswith("."))
            yield from found
        else:
            yield path


def import_bundle(store: Store, path: Path, limits: Limits = DEFAULT_LIMITS) -> ImportOutcome:
    try:
        bundle = read_bundle(path, limits)
        report = merge_bundle(store, bundle.manifest, bundle.records, bundle.sha256)
    except AlreadyImported as exc:
        return ImportOutcome(path, "already imported", str(exc))
    except (BundleRejected, MergeRefused) as exc:
        log.info("Refused bundle %s: %s", path.name, exc)
        return ImportOutcome(path, "refused", str(exc))
    except INTEGRITY_ERRORS as exc:  # plain and encrypted (sqlcipher3) files
        log.warning("Refused bundle %s: %s", path.name, exc)
        return ImportOutcome(
            path, "refused", f"Its records do not fit together ({exc}); nothing was changed."
        )
    return ImportOutcome(path, "imported", report=report)


def import_paths(
    store: Store, paths: Iterable[Path], limits: Limits = DEFAULT_LIMITS
) -> list[ImportOutcome]:
    outcomes = []
    for path in find_bundles(paths):
        if not path.exists():
            outcomes.append(ImportOutcome(path, "refused", "There is no such file."))
            continue
        outcomes.append(import_bundle(store, path, limits))
    return outcomes
