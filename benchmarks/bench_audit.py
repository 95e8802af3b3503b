"""The audit view on a long log (a manager's copy after some years), beside raw sqlite3.

    PYTHONPATH=. python benchmarks/bench_audit.py [--people 2250] [--repeats 5]

The file is demo data (``--people`` people, their readings, scores and action steps)
with the audit rows the app would have written for them: one per person added, per
reading started and finished, per score typed and per step added (~300,000 rows for
2,250 people), oldest first as the app writes them.

Rows:
  first rows       AuditView opened -> its first page shown with the count (opening also
                   reads the workers, actions and records for the filters, and the log's
                   first and last day)
  filter change    a worker chosen in "Who" -> that worker's first page shown
  later page       one more page fetched while scrolling (fetchMore), at the page depth
                   given, on the whole log and on one worker's rows
Beside each: the longest gap in a QTimer ticking every 10 ms on the GUI thread meanwhile
(how long the window froze; 10 ms is no freeze at all), and the floor, raw sqlite3
running the same queries on its own connection.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from starapp.store import Store, audit_log  # noqa: E402
from starapp.store.audit_log import AuditFilter  # noqa: E402
from starapp.store.demo import fill_demo  # noqa: E402
from starapp.ui.audit_model import PAGE_SIZE, AuditModel  # noqa: E402
from starapp.ui.audit_view import AuditView, open_audit_view  # noqa: E402
from starapp.ui.ops import Ops  # noqa: E402

TICK_MS = 10
DEEP_PAGES = 50  # a worker scrolling 10,000 rows down


def build(path: Path, people: int) -> int:
    """Demo data plus the audit rows the app writes for it; the number of audit rows."""
    with Store.open(path, create=True, actor="manager") as store:
        fill_demo(store, people=people, seed=7)
        conn = store.db.conn
        rows: list[tuple[str, ...]] = []

        def add(at: str, actor: str, action: str, entity: str, entity_id: str, detail=""):
            rows.append((str(uuid.uuid4()), at, store.install_id, actor, action, entity))
            rows[-1] += (entity_id, detail)

        for pid, at, worker in conn.execute("SELECT id, created_at, key_worker FROM people"):
            add(at, worker or "manager", "person.create", "person", pid)
        readings = conn.execute("SELECT id, created_at, worker, status FROM readings")
        for rid, at, worker, status in readings.fetchall():
            add(at, worker, "reading.start", "reading", rid)
            areas = conn.execute("SELECT area_key FROM scores WHERE reading_id = ?", (rid,))
            for (area,) in areas:
                add(at, worker, "reading.score", "reading", rid, area)
            if status == "final":
                add(at, worker, "reading.finalise", "reading", rid)
        for aid, at in conn.execute("SELECT id, created_at FROM actions"):
            add(at, "manager", "action.create", "action", aid)
        rows.sort(key=lambda r: r[1])  # the app writes them as they happen
        with store.transaction():
            conn.executemany("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return audit_log.count(store)


class Stalls:
    """The longest time the GUI thread went without serving a 10 ms timer."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0
        self.loop = QEventLoop()
        self.done = False

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())
        if self.done:  # the first tick after: the gap around the last step is counted
            self.loop.quit()

    def measure(self, action: Callable[[], object], done: Callable[[], bool]) -> tuple[float, int]:
        """Run ``action`` inside the event loop; seconds until ``done()``, and the longest
        gap between ticks (ms) from before the action to the first tick after ``done()``."""
        started = 0.0
        finished = 0.0

        def run() -> None:
            nonlocal started
            started = time.perf_counter()
            action()

        def check() -> None:
            nonlocal finished
            if started and not finished and done():
                finished = time.perf_counter()
                self.done = True

        poll = QTimer(interval=1)
        poll.timeout.connect(check)
        self.longest = 0
        self.done = False
        self.clock.start()
        self.timer.start()
        poll.start()
        QTimer.singleShot(3 * TICK_MS, run)  # the ticker is running before the action
        self.loop.exec()
        poll.stop()
        self.timer.stop()
        return finished - started, self.longest


def floor(path: Path, f: AuditFilter, offset: int = 0, *, opening: bool = False) -> float:
    """Raw sqlite3 on a fresh connection: the same count and page query (and on opening,
    the queries for the filters' choices and the log's first and last day)."""
    where, params = audit_log._where(f)
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    if opening:
        conn.execute("SELECT DISTINCT actor, action, entity FROM audit").fetchall()
        conn.execute("SELECT min(at), max(at) FROM audit").fetchone()
    if not offset:
        conn.execute(f"SELECT count(*) FROM audit a {where}", params).fetchone()
    conn.execute(
        f"SELECT a.rowid, a.* FROM audit a {where} ORDER BY a.rowid DESC "
        f"LIMIT {PAGE_SIZE} OFFSET {offset}",
        params,
    ).fetchall()
    conn.close()
    return time.perf_counter() - started


Results = dict[str, list[tuple[float, int, float]]]


def shown(view: AuditView) -> Callable[[], bool]:
    return lambda: not view.loading and view.model.rowCount() > 0


def more_rows_than(model: AuditModel, n: int) -> bool:
    return model.rowCount() > n


def one_round(
    stalls: Stalls, ops: Ops, path: Path, n: int, workers: list[str], results: Results
) -> None:
    """Open the view, change the worker three times, scroll far down; then close it."""
    views: list[AuditView] = []
    took, stall = stalls.measure(
        lambda: views.append(open_audit_view(None, ops)),
        lambda: bool(views) and shown(views[0])(),
    )
    view = views[0]
    whole = view.current_filter()
    assert whole is not None and view.model.total == n
    results.setdefault("first rows", []).append((took, stall, floor(path, whole, opening=True)))
    for worker in workers[:3]:
        index = view.actor.findData(worker)
        took, stall = stalls.measure(partial(view.actor.setCurrentIndex, index), shown(view))
        flt = view.current_filter()
        assert flt is not None
        results.setdefault("filter change", []).append((took, stall, floor(path, flt)))
    model = view.model
    for label, actor in (("whole log", None), ("one worker", workers[0])):
        view.actor.setCurrentIndex(view.actor.findData(actor))
        stalls.measure(lambda: None, shown(view))
        flt = view.current_filter()
        assert flt is not None
        while model.canFetchMore() and model.rowCount() < DEEP_PAGES * PAGE_SIZE:
            model.fetchMore()
        if not model.canFetchMore():
            continue  # a small log: no page that deep
        depth = model.rowCount()
        took, stall = stalls.measure(model.fetchMore, partial(more_rows_than, model, depth))
        results.setdefault(f"later page, {label}", []).append(
            (took, stall, floor(path, flt, depth))
        )
    view.close()  # deletes it


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=2250)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    stalls = Stalls()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "manager.db"
        started = time.perf_counter()
        n = build(path, args.people)
        print(f"{n:,} audit rows built in {time.perf_counter() - started:.1f} s\n")
        store = Store.open(path, actor="manager")
        ops = Ops(store)
        results: Results = {}
        # The busiest workers first: each has pages far down to scroll to.
        workers = sorted(
            audit_log.choices(store).actors,
            key=lambda w: -audit_log.count(store, AuditFilter(actor=w)),
        )
        for _ in range(args.repeats):
            one_round(stalls, ops, path, n, workers, results)
            app.processEvents()
        ops.wait_for_background()
        store.close()

    print(f"{'':24} {'median ms':>10} {'GUI stall ms':>16} {'raw sqlite3 ms':>15}")
    for name, samples in results.items():
        took = statistics.median(s[0] for s in samples) * 1000
        stalls_ms = [s[1] for s in samples]
        stall = f"{statistics.median(stalls_ms):.0f} / {max(stalls_ms)}"
        raw = statistics.median(s[2] for s in samples) * 1000
        print(f"{name:24} {took:10.0f} {stall:>16} {raw:15.0f}")
    print(f"\nGUI stall: the longest gap in a {TICK_MS} ms timer, median / max over the runs.")
    depth = DEEP_PAGES * PAGE_SIZE
    print(f"later page: page {DEEP_PAGES + 1} ({PAGE_SIZE} rows at offset {depth:,}).")


if __name__ == "__main__":
    main()
