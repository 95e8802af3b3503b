"""The sync queue: outbox rows, frozen bundles and their deliveries to each target.

Life of a change (docs/bundle-format.md, "The outbox"):

* outbox row ``pending``: written in the same transaction as the change itself;
* frozen into a bundle: the bundle's exact bytes are stored here, the rows point at
  it and become ``sending``, and one delivery per target is queued, all in one
  transaction; a retry re-sends those identical bytes;
* delivery ``pending`` -> ``sending`` (committed before the attempt) -> ``delivered``
  (only on a confirmed success or a verified duplicate), or back to ``pending`` with a
  later ``next_attempt_at``, or ``conflict`` (another file with that name is there);
* when every delivery of a bundle is done, the bundle and its rows are ``delivered``
  and the stored bytes are dropped;
* when the trusted service key is replaced, every bundle not yet delivered is withdrawn
  (its bytes are sealed to the old key) and one full bundle, sealed to the new key,
  carries their changes instead (``replace_undelivered``).

A delivery left ``sending`` by a crash is simply tried again: every target treats a
bundle it already has, byte for byte, as delivered.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starapp.core.clock import utc_now
from starapp.store.bundle_records import OutboxRow

if TYPE_CHECKING:
    from starapp.store.store import Store


@dataclass(frozen=True)
class FrozenBundle:
    id: str
    seq: int
    created_at: str
    kind: str
    file_name: str
    sha256: str
    size: int
    counts: str  # JSON
    data: bytes | None


@dataclass(frozen=True)
class Delivery:
    bundle_id: str
    target_id: str
    state: str
    attempts: int
    next_attempt_at: str
    last_error: str | None


@contextmanager
def write_transaction(store: Store) -> Iterator[None]:
    """BEGIN IMMEDIATE: take the write lock before reading, so what was read is still
    true when it is written (another process may be saving a reading meanwhile)."""
    conn = store.db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Outbox:
    def __init__(self, store: Store) -> None:
        self._s = store
        self._db = store.db

    # --- making bundles -------------------------------------------------------------

    def pending_rows(self) -> list[OutboxRow]:
        return [
            OutboxRow(r["id"], r["seq"], r["entity"], r["entity_id"], r["change"])
            for r in self._db.query(
                "SELECT id, seq, entity, entity_id, change FROM outbox"
                " WHERE state = 'pending' ORDER BY seq"
            )
        ]

    def next_seq(self) -> int:
        return int(self._db.execute("SELECT coalesce(max(seq), 0) + 1 FROM bundles").fetchone()[0])

    def freeze(
        self,
        bundle: FrozenBundle,
        rows: Sequence[OutboxRow],
        target_ids: Sequence[str],
        *,
        keep_data: bool = True,
    ) -> None:
        """Store a made bundle and queue its deliveries; call inside write_transaction."""
        now = utc_now()
        self._db.execute(
            "INSERT INTO bundles (id, seq, created_at, kind, file_name, sha256, size, counts,"
            " state, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'sending', ?)",
            (
                bundle.id,
                bundle.seq,
                bundle.created_at,
                bundle.kind,
                bundle.file_name,
                bundle.sha256,
                bundle.size,
                bundle.counts,
                bundle.data if keep_data else None,
            ),
        )
        self._db.conn.executemany(
            "UPDATE outbox SET state = 'sending', bundle_id = ? WHERE id = ? AND state = 'pending'",
            [(bundle.id, row.id) for row in rows],
        )
        self._db.conn.executemany(
            "INSERT INTO deliveries (bundle_id, target_id, state, next_attempt_at, updated_at)"
            " VALUES (?, ?, 'pending', ?, ?)",
            [(bundle.id, tid, now, now) for tid in target_ids],
        )

    def replace_undelivered(self, bundle: FrozenBundle, target_ids: Sequence[str]) -> int:
        """Withdraw every bundle not delivered everywhere yet and queue ``bundle`` (a full
        one) in their place: it carries their changes and the pending ones, so every
        outbox row not yet delivered now points at it. Returns how many were withdrawn.
        Call inside write_transaction, with ``bundle.seq`` above theirs."""
        self._db.execute(
            "DELETE FROM deliveries WHERE bundle_id IN"
            " (SELECT id FROM bundles WHERE state = 'sending')"
        )
        withdrawn = self._db.execute("DELETE FROM bundles WHERE state = 'sending'").rowcount
        self.freeze(bundle, self.pending_rows(), target_ids)
        self._db.execute("UPDATE outbox SET bundle_id = ? WHERE state = 'sending'", (bundle.id,))
        return int(withdrawn)

    def queue_for_target(self, target_id: str) -> int:
        """A new target gets every bundle that has not been delivered yet."""
        now = utc_now()
        cur = self._db.execute(
            "INSERT OR IGNORE INTO deliveries"
            " (bundle_id, target_id, state, next_attempt_at, updated_at)"
            " SELECT id, ?, 'pending', ?, ? FROM bundles"
            " WHERE state = 'sending' AND data IS NOT NULL",
            (target_id, now, now),
        )
        return int(cur.rowcount)

    # --- reading the queue ----------------------------------------------------------

    def bundle(self, bundle_id: str) -> FrozenBundle:
        row = self._s.one("SELECT * FROM bundles WHERE id = ?", (bundle_id,))
        if row is None:
            raise KeyError(bundle_id)
        return _bundle(row)

    def undelivered_bundles(self) -> list[FrozenBundle]:
        return [
            _bundle(r)
            for r in self._db.query("SELECT * FROM bundles WHERE state = 'sending' ORDER BY seq")
        ]

    def undelivered_count(self) -> int:
        return int(
            self._db.execute("SELECT count(*) FROM bundles WHERE state = 'sending'").fetchone()[0]
        )

    def due(self, now: str, target_id: str | None = None) -> list[Delivery]:
        """Deliveries to try now, oldest bundle first; ``sending`` ones were interrupted."""
        sql = (
            "SELECT d.* FROM deliveries AS d JOIN bundles AS b ON b.id = d.bundle_id"
            " JOIN sync_targets AS t ON t.id = d.target_id"
            " WHERE d.state IN ('pending', 'sending') AND d.next_attempt_at <= ?"
            " AND t.attention IS NULL"
        )
        params: list[Any] = [now]
        if target_id is not None:
            sql += " AND d.target_id = ?"
            params.append(target_id)
        return [_delivery(r) for r in self._db.query(sql + " ORDER BY b.seq", params)]

    def deliveries(self, bundle_id: str | None = None) -> list[Delivery]:
        sql = "SELECT * FROM deliveries"
        params: tuple[str, ...] = ()
        if bundle_id is not None:
            sql += " WHERE bundle_id = ?"
            params = (bundle_id,)
        return [_delivery(r) for r in self._db.query(sql + " ORDER BY bundle_id", params)]

    def next_attempt_at(self) -> str | None:
        row = self._db.execute(
            "SELECT min(d.next_attempt_at) FROM deliveries AS d"
            " JOIN sync_targets AS t ON t.id = d.target_id"
            " WHERE d.state IN ('pending', 'sending') AND t.attention IS NULL"
        ).fetchone()
        return None if row is None else row[0]

    def waiting(self) -> int:
        """Changes not yet delivered anywhere: what the status bar shows as waiting."""
        return int(
            self._db.execute("SELECT count(*) FROM outbox WHERE state != 'delivered'").fetchone()[0]
        )

    def last_bundle_at(self) -> str | None:
        row = self._db.execute("SELECT max(created_at) FROM bundles").fetchone()
        return None if row is None else row[0]

    # --- state changes (each its own committed transaction) ----------------------

    def mark_sending(self, d: Delivery, *, after: tuple[Delivery, str] | None = None) -> None:
        """Recorded, and committed, before the attempt starts. ``after`` is a delivery that
        has just succeeded (with its note), committed in the same transaction to save a
        disk flush per bundle; if a crash comes first, it is simply re-verified."""
        now = utc_now()
        with self._s.transaction():
            if after is not None:
                self.mark_delivered(*after)
            self._db.execute(
                "UPDATE deliveries SET state = 'sending', attempts = attempts + 1,"
                " updated_at = ? WHERE bundle_id = ? AND target_id = ?",
                (now, d.bundle_id, d.target_id),
            )
            self._db.execute(
                "UPDATE sync_targets SET last_attempt_at = ? WHERE id = ?", (now, d.target_id)
            )

    def mark_delivered(self, d: Delivery, note: str = "") -> None:
        now = utc_now()
        with self._s.transaction():
            self._db.execute(
                "UPDATE deliveries SET state = 'delivered', delivered_at = ?, updated_at = ?,"
                " last_error = ? WHERE bundle_id = ? AND target_id = ?",
                (now, now, note or None, d.bundle_id, d.target_id),
            )
            self._db.execute(
                "UPDATE sync_targets SET last_success_at = ?, last_error = NULL WHERE id = ?",
                (now, d.target_id),
            )
            self._complete_if_done(d.bundle_id, now)

    def mark_retry(
        self, d: Delivery, next_attempt_at: str, error: str, *, tried: bool = True
    ) -> None:
        """Back to pending until ``next_attempt_at``; ``tried`` False for one that waits
        because an earlier one to the same target just failed."""
        with self._s.transaction():
            self._db.execute(
                "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, last_error = ?,"
                " updated_at = ? WHERE bundle_id = ? AND target_id = ?",
                (next_attempt_at, error, utc_now(), d.bundle_id, d.target_id),
            )
            if tried:
                self._db.execute(
                    "UPDATE sync_targets SET last_error = ? WHERE id = ?", (error, d.target_id)
                )

    def mark_conflict(self, d: Delivery, reason: str) -> None:
        with self._s.transaction():
            self._db.execute(
                "UPDATE deliveries SET state = 'conflict', last_error = ?, updated_at = ?"
                " WHERE bundle_id = ? AND target_id = ?",
                (reason, utc_now(), d.bundle_id, d.target_id),
            )

    def retry_conflicts(self, target_id: str) -> None:
        """'Try again' after someone has moved the clashing file away."""
        now = utc_now()
        self._db.execute(
            "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, updated_at = ?"
            " WHERE target_id = ? AND state = 'conflict'",
            (now, now, target_id),
        )

    def mark_exported(self, bundle_id: str) -> None:
        """Written completely by ``starapp export``: sent by hand, so no target is owed it."""
        now = utc_now()
        with self._s.transaction():
            self._db.execute(
                "UPDATE deliveries SET state = 'skipped', updated_at = ?,"
                " last_error = 'exported by hand' WHERE bundle_id = ? AND state != 'delivered'",
                (now, bundle_id),
            )
            self._complete(bundle_id, now)

    def _complete_if_done(self, bundle_id: str, now: str) -> None:
        open_, total = self._db.execute(
            "SELECT sum(state NOT IN ('delivered', 'skipped')), count(*) FROM deliveries"
            " WHERE bundle_id = ?",
            (bundle_id,),
        ).fetchone()
        if total and not open_:
            self._complete(bundle_id, now)

    def _complete(self, bundle_id: str, now: str) -> None:
        self._db.execute(
            "UPDATE bundles SET state = 'delivered', delivered_at = ?, data = NULL WHERE id = ?",
            (now, bundle_id),
        )
        self._db.execute("UPDATE outbox SET state = 'delivered' WHERE bundle_id = ?", (bundle_id,))


def _bundle(row: dict[str, Any]) -> FrozenBundle:
    return FrozenBundle(
        id=row["id"],
        seq=row["seq"],
        created_at=row["created_at"],
        kind=row["kind"],
        file_name=row["file_name"],
        sha256=row["sha256"],
        size=row["size"],
        counts=row["counts"],
        data=row["data"],
    )


def _delivery(row: dict[str, Any]) -> Delivery:
    return Delivery(
        bundle_id=row["bundle_id"],
        target_id=row["target_id"],
        state=row["state"],
        attempts=row["attempts"],
        next_attempt_at=row["next_attempt_at"],
        last_error=row["last_error"],
    )
