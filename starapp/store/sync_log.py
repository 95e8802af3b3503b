"""The sync queue and delivery history as the app's details view shows them.

Read-only queries over ``bundles``, ``deliveries``, ``sync_targets`` and ``outbox``
(docs/bundle-format.md, "The outbox"); the state changes themselves live in outbox.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from starapp.store.store import Store


@dataclass(frozen=True)
class DeliveryLine:
    target_name: str
    state: str  # pending, sending, delivered, conflict, skipped
    attempts: int
    next_attempt_at: str | None
    last_error: str | None
    delivered_at: str | None


@dataclass(frozen=True)
class BundleLine:
    id: str
    seq: int
    file_name: str
    created_at: str
    kind: str  # changes or full
    size: int
    state: str  # sending (still owed to a target) or delivered
    delivered_at: str | None
    changes: int  # outbox rows it carries
    counts: dict[str, int] = field(default_factory=dict)  # people, readings, ...
    deliveries: list[DeliveryLine] = field(default_factory=list)


def unbundled_changes(store: Store) -> int:
    """Changes waiting for the next bundle."""
    row = store.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()
    return int(row[0])


def queued_bundles(store: Store) -> list[BundleLine]:
    """Bundles made but not yet delivered everywhere, oldest first."""
    return _lines(store, "WHERE state = 'sending' ORDER BY seq", ())


def delivered_bundles(store: Store, limit: int = 100) -> list[BundleLine]:
    """The delivery history: delivered bundles, newest first."""
    return _lines(
        store, "WHERE state = 'delivered' ORDER BY seq DESC LIMIT ?", (max(0, int(limit)),)
    )


def _lines(store: Store, where: str, params: tuple[int, ...]) -> list[BundleLine]:
    rows = list(
        store.db.query(
            "SELECT id, seq, file_name, created_at, kind, size, state, delivered_at, counts"
            f" FROM bundles {where}",
            params,
        )
    )
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    marks = ", ".join("?" * len(ids))
    changes = dict(
        store.db.execute(
            f"SELECT bundle_id, count(*) FROM outbox WHERE bundle_id IN ({marks})"
            " GROUP BY bundle_id",
            ids,
        ).fetchall()
    )
    deliveries: dict[str, list[DeliveryLine]] = {i: [] for i in ids}
    for d in store.db.query(
        "SELECT d.bundle_id, t.name, d.state, d.attempts, d.next_attempt_at, d.last_error,"
        " d.delivered_at FROM deliveries AS d JOIN sync_targets AS t ON t.id = d.target_id"
        f" WHERE d.bundle_id IN ({marks}) ORDER BY t.name",
        ids,
    ):
        deliveries[d["bundle_id"]].append(
            DeliveryLine(
                target_name=d["name"],
                state=d["state"],
                attempts=d["attempts"],
                next_attempt_at=d["next_attempt_at"],
                last_error=d["last_error"],
                delivered_at=d["delivered_at"],
            )
        )
    return [
        BundleLine(
            id=r["id"],
            seq=r["seq"],
            file_name=r["file_name"],
            created_at=r["created_at"],
            kind=r["kind"],
            size=r["size"],
            state=r["state"],
            delivered_at=r["delivered_at"],
            changes=int(changes.get(r["id"], 0)),
            counts=_counts(r["counts"]),
            deliveries=deliveries[r["id"]],
        )
        for r in rows
    ]


def _counts(text: str) -> dict[str, int]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): int(v) for k, v in value.items() if isinstance(v, int)}
