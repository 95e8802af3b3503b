"""The laptops a manager's file takes bundles from, for choosing one to stop accepting.

A laptop is known by its install id once its key is pinned (an encrypted bundle) or a
bundle from it was imported (plain ones too). Beside it: the worker named on the latest
reading made on it, which is how a manager recognises "Kim's laptop", and whether its
bundles are refused (``service_keys.revoke_laptop``).
"""

from __future__ import annotations

from dataclasses import dataclass

from starapp.core.errors import NotFoundError
from starapp.store.service_keys import Revocation, pinned_signers, revocations
from starapp.store.store import Store


@dataclass(frozen=True)
class Laptop:
    install_id: str
    signing_key: bytes | None  # None: only plain (unsigned) bundles came from it
    first_seen: str
    last_import: str | None
    bundles: int  # imported from it
    used_by: str  # the worker on its latest reading; "" if none came
    revoked: Revocation | None

    @property
    def short_id(self) -> str:
        return self.install_id[:8]


def laptops(store: Store) -> list[Laptop]:
    """Every laptop this file has pinned, imported from or refused, first seen first."""
    pins = {p.install_id: p for p in pinned_signers(store)}
    imports = {
        row[0]: row[1:]
        for row in store.db.execute(
            "SELECT source_install, min(imported_at), max(imported_at), count(*)"
            " FROM imported_bundles GROUP BY source_install"
        )
    }
    # SQLite takes the bare column (worker) from the row that holds the max().
    workers = {
        row[0]: row[1]
        for row in store.db.execute(
            "SELECT origin, worker, max(taken_on) FROM readings WHERE worker != '' GROUP BY origin"
        )
    }
    refused = revocations(store)
    found = []
    for install_id in pins.keys() | imports.keys() | refused.keys():
        pin = pins.get(install_id)
        first_import, last_import, count = imports.get(install_id, (None, None, 0))
        seen = [d for d in (pin and pin.first_seen, first_import) if d]
        revoked = refused.get(install_id)
        found.append(
            Laptop(
                install_id,
                pin.public_key if pin else None,
                min(seen) if seen else revoked.revoked_at if revoked else "",
                last_import,
                count,
                workers.get(install_id, ""),
                revoked,
            )
        )
    return sorted(found, key=lambda laptop: (laptop.first_seen, laptop.install_id))


def find_laptop(store: Store, given: str) -> Laptop:
    """The one known laptop whose install id is or starts with ``given``."""
    text = given.strip().lower()
    matches = [lap for lap in laptops(store) if text and lap.install_id.lower().startswith(text)]
    if not matches:
        raise NotFoundError(
            "No laptop {laptop} has sent bundles to this data file. 'starapp keys laptops' "
            "lists the ones that have.",
            laptop=given,
        )
    if len(matches) > 1:
        raise NotFoundError(
            "{laptop} is the start of {count} laptops' ids; give more of the id.",
            laptop=given,
            count=len(matches),
        )
    return matches[0]
