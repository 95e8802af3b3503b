"""Conflicts found on import (docs/bundle-format.md, "Importing"): a person or action
step changed on two laptops since they last agreed, or two people with one reference.

The import keeps this file's version and stores the incoming one beside it. A person
looks at both and marks the conflict resolved; to take the other laptop's details, they
edit the record to match first (so the change is an ordinary, audited edit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starapp.core.clock import utc_now
from starapp.core.errors import NotFoundError

if TYPE_CHECKING:
    from starapp.store.store import Store

KEPT_LOCAL = "kept_local"


@dataclass(frozen=True)
class Conflict:
    id: str
    entity: str  # person or action
    entity_id: str
    kind: str  # concurrent_edit or reference_clash
    local: dict[str, Any]  # this file's version when the conflict was found
    incoming: dict[str, Any]  # the other laptop's version
    bundle_id: str
    source_install: str
    detected_at: str
    resolved_at: str | None = None
    resolution: str | None = None


def open_conflicts(store: Store) -> list[Conflict]:
    """Conflicts nobody has resolved yet, oldest first."""
    return [
        _conflict(r)
        for r in store.db.query(
            "SELECT * FROM conflicts WHERE resolved_at IS NULL ORDER BY detected_at, id"
        )
    ]


def count_open(store: Store) -> int:
    row = store.db.execute("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").fetchone()
    return int(row[0])


def keep_local(store: Store, conflict_id: str) -> None:
    """Resolve by keeping this file's version as it is now."""
    with store.transaction():
        row = store.one("SELECT id FROM conflicts WHERE id = ?", (conflict_id,))
        if row is None:
            raise NotFoundError("That conflict is not in this data file any more.")
        store.db.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
            (utc_now(), KEPT_LOCAL, conflict_id),
        )
        store.audit("conflict.resolve", "conflict", conflict_id, KEPT_LOCAL)


def _conflict(row: dict[str, Any]) -> Conflict:
    return Conflict(
        id=row["id"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        kind=row["kind"],
        local=_json(row["local"]),
        incoming=_json(row["incoming"]),
        bundle_id=row["bundle_id"],
        source_install=row["source_install"],
        detected_at=row["detected_at"],
        resolved_at=row["resolved_at"],
        resolution=row["resolution"],
    )


def _json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
