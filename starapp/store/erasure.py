"""Erasing a person: every row about them, and no bytes of them left in the file.

``purge_person`` deletes the rows (used by PeopleRepo.erase here and by the import when
a person's tombstone arrives from another install). ``scrub_file`` then makes sure the
freed pages hold none of it: the connection runs with ``secure_delete`` (freed content
is overwritten with zeros), the WAL is checkpointed and truncated, and VACUUM rebuilds
the file without free pages.
"""

from __future__ import annotations

import logging
import sqlite3

from starapp.store import cipher

log = logging.getLogger(__name__)


def purge_person(conn: sqlite3.Connection, person_id: str) -> int:
    """Delete the person and everything about them; call inside a transaction.

    Returns how many people rows were deleted (0 when they were not here)."""
    readings = [
        r[0] for r in conn.execute("SELECT id FROM readings WHERE person_id = ?", (person_id,))
    ]
    actions = [
        r[0] for r in conn.execute("SELECT id FROM actions WHERE person_id = ?", (person_id,))
    ]
    conn.execute("DELETE FROM actions WHERE person_id = ?", (person_id,))
    conn.execute(
        "DELETE FROM scores WHERE reading_id IN (SELECT id FROM readings WHERE person_id = ?)",
        (person_id,),
    )
    # Amendments first: a reading must not outlive the one it points at.
    conn.execute("UPDATE readings SET amends = NULL WHERE person_id = ?", (person_id,))
    conn.execute("DELETE FROM readings WHERE person_id = ?", (person_id,))
    deleted = conn.execute("DELETE FROM people WHERE id = ?", (person_id,)).rowcount
    ids = [("person", person_id)] + [("action", a) for a in actions]
    ids += [("reading", r) for r in readings]
    conn.executemany("DELETE FROM revisions WHERE entity = ? AND entity_id = ?", ids)
    # Changes not yet frozen into a bundle: nothing left to send.
    conn.executemany(
        "DELETE FROM outbox WHERE state = 'pending' AND entity = ? AND entity_id = ?", ids
    )
    # Conflicts keep whole copies of a person or step (as JSON), also under another
    # person's id when two people had one reference: ids are unique, so look inside.
    for _, entity_id in ids:
        if entity_id.strip():
            like = f"%{entity_id}%"
            conn.execute(
                "DELETE FROM conflicts WHERE entity_id = ? OR local LIKE ? OR incoming LIKE ?",
                (entity_id, like, like),
            )
    return int(deleted)


def scrub_file(conn: sqlite3.Connection) -> None:
    """After the erasing commit: leave no freed bytes in the WAL or the file.

    VACUUM cannot run inside a transaction; another connection reading at the time can
    stop the WAL from being truncated (the bytes are still overwritten at the next
    checkpoint, thanks to secure_delete)."""
    if conn.in_transaction:
        raise RuntimeError("scrub_file must run after the transaction has committed")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except cipher.OPERATIONAL_ERRORS as exc:
        log.warning("Could not compact the data file after erasing: %s", exc)
        # Busy (another process mid-write): the rows are gone already; the freed pages
        # are zeroed by secure_delete and the next erase or checkpoint finishes the job.
