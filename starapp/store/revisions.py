"""Revision history of editable records, and tombstones of deleted ones.

People and action steps can be edited on more than one laptop. Every local change
gets a revision id (the id of its outbox entry); a record's revisions are kept in the
order they were made, the last being its current one. A bundle carries a record's
current revision and its ancestors, so the manager's import can tell a newer version
of what it has (fast-forward) from a version changed on two laptops since they last
agreed (a conflict). Readings never change, so they need no revisions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlite_utils

from starapp.core.clock import utc_now

REVISED = ("person", "action")
MAX_ANCESTORS = 200  # a bundle carries at most this many earlier revisions per record
CHUNK = 500


def seed_rev(entity_id: str) -> str:
    """Every record's first revision. Records made before sync existed (old files, demo
    data) have only this one; migration 2 seeds existing records the same way."""
    return f"seed:{entity_id}"


def add_revision(db: sqlite_utils.Database, entity: str, entity_id: str, rev: str) -> None:
    """Record a new current revision; called inside the transaction that made the change."""
    _insert(db, entity, entity_id, [seed_rev(entity_id), rev])


def add_history(
    db: sqlite_utils.Database, entity: str, entity_id: str, revs: Sequence[str]
) -> None:
    """Record revisions from another install, oldest first (the last becomes current)."""
    _insert(db, entity, entity_id, revs)


def history(db: sqlite_utils.Database, entity: str, ids: Iterable[str]) -> dict[str, list[str]]:
    """Each record's revisions, oldest first; records with none are left out."""
    found: dict[str, list[str]] = {}
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        for entity_id, rev in db.execute(
            f"SELECT entity_id, rev FROM revisions WHERE entity = ? AND entity_id IN ({marks})"
            " ORDER BY rowid",
            [entity, *chunk],
        ):
            found.setdefault(entity_id, []).append(rev)
    return found


def all_history(db: sqlite_utils.Database, entity: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for entity_id, rev in db.execute(
        "SELECT entity_id, rev FROM revisions WHERE entity = ? ORDER BY rowid", (entity,)
    ):
        found.setdefault(entity_id, []).append(rev)
    return found


def add_tombstone(db: sqlite_utils.Database, entity: str, entity_id: str, origin: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO tombstones (entity, entity_id, deleted_at, origin)"
        " VALUES (?, ?, ?, ?)",
        (entity, entity_id, utc_now(), origin),
    )


def _insert(db: sqlite_utils.Database, entity: str, entity_id: str, revs: Sequence[str]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO revisions (entity, entity_id, rev) VALUES (?, ?, ?)",
        [(entity, entity_id, rev) for rev in revs],
    )
