"""Store figures at scale, each beside a raw sqlite3 floor measured in the same run.

    PYTHONPATH=. python benchmarks/bench_store.py [--people 10000] [--repeats 30]

Rows:
  demo fill        `starapp demo --people N` as a subprocess (wall time, one run) vs
                   executemany of the same rows into bare tables (same columns, no
                   keys or indexes) in one transaction
  open + page 1    Store.open + people.find(limit=100) + people.count() vs sqlite3.connect
                   and the same SELECTs
  search "x"       people.find("x", limit=100): one keystroke in the people list
  count "x"        people.count("x"): the row count the list shows beside it
  person (~15 r.)  readings.for_person on people with about 15 readings

Times are milliseconds (seconds for the fill); median and 95th percentile.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from starapp.store import Store  # noqa: E402
from starapp.store.readings import CURRENT  # noqa: E402

TABLES = ("people", "readings", "scores", "actions")
SEARCHES = ("d", "de", "demo-01", "ali", "robin t", "zz")
PAGE_SQL = (
    "SELECT * FROM people WHERE archived = ? "
    "ORDER BY reference COLLATE NOCASE ASC, reference COLLATE NOCASE ASC LIMIT 100 OFFSET 0"
)
COUNT_SQL = "SELECT count(*) FROM people WHERE archived = ?"
SEARCH_WHERE = "(reference LIKE :q ESCAPE '\\' OR name LIKE :q ESCAPE '\\') AND archived = 0"


def times(fn: Callable[[], object], repeats: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def median_p95(samples: list[float], scale: float) -> tuple[str, str]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered) * scale:.2f}", f"{p95 * scale:.2f}"


# --- the fill ---------------------------------------------------------------------


def demo_fill(path: Path, people: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "starapp", "demo", "--data", str(path), "--people", str(people)]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def raw_fill(source: Path, target: Path) -> tuple[float, int]:
    """Copy every row of the demo tables into bare tables; time only the inserts."""
    src = sqlite3.connect(source)
    rows: dict[str, tuple[list[str], list[tuple[object, ...]]]] = {}
    for table in TABLES:
        cur = src.execute(f"SELECT * FROM {table}")
        rows[table] = ([d[0] for d in cur.description], cur.fetchall())
    src.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")  # as during the demo fill
    for table, (columns, _) in rows.items():
        conn.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
    start = time.perf_counter()
    conn.execute("BEGIN")
    for table, (columns, data) in rows.items():
        marks = ", ".join("?" * len(columns))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", data)
    conn.execute("COMMIT")
    took = time.perf_counter() - start
    conn.close()
    return took, sum(len(data) for _, data in rows.values())


# --- reads ------------------------------------------------------------------------


def open_first_page_store(path: Path) -> None:
    with Store.open(path) as store:
        store.people.find(limit=100)
        store.people.count()


def open_first_page_raw(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(PAGE_SQL, (0,)).fetchall()
    conn.execute(COUNT_SQL, (0,)).fetchone()
    conn.close()


def like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    n = args.repeats

    results: list[tuple[str, str, str, str, str, str]] = []

    def row(name: str, ours: list[float], raw: list[float], unit: str = "ms") -> None:
        scale = 1000.0 if unit == "ms" else 1.0
        om, op = median_p95(ours, scale)
        rm, rp = median_p95(raw, scale)
        ratio = f"{statistics.median(ours) / statistics.median(raw):.1f}x"
        results.append((f"{name} ({unit})", om, op, rm, rp, ratio))

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "bench.db"
        print(f"Making demo data for {args.people} people ...", file=sys.stderr)
        fill = demo_fill(data, args.people)
        raw_took, raw_rows = raw_fill(data, Path(tmp) / "raw.db")
        row(f"demo fill, {raw_rows:,} rows", [fill], [raw_took], unit="s")

        row(
            "open + page 1 + count",
            times(lambda: open_first_page_store(data), n),
            times(lambda: open_first_page_raw(data), n),
        )

        store = Store.open(data)
        raw = sqlite3.connect(data)
        for text in SEARCHES:
            sql = f"SELECT * FROM people WHERE {SEARCH_WHERE} ORDER BY reference COLLATE NOCASE"
            row(
                f"search {text!r}",
                times(lambda t=text: store.people.find(t, limit=100), n),
                times(
                    lambda s=sql, t=text: raw.execute(s + " LIMIT 100", {"q": like(t)}).fetchall(),
                    n,
                ),
            )
        row(
            "count 'de'",
            times(lambda: store.people.count("de"), n),
            times(
                lambda: raw.execute(
                    f"SELECT count(*) FROM people WHERE {SEARCH_WHERE}", {"q": like("de")}
                ).fetchone(),
                n,
            ),
        )

        ids = [
            r[0]
            for r in raw.execute(
                "SELECT id FROM people ORDER BY abs(reading_count - 15), reference LIMIT 50"
            )
        ]
        readings_sql = (
            f"SELECT * FROM readings WHERE person_id = ? AND {CURRENT}"
            " ORDER BY taken_on, created_at"
        )

        def raw_person(pid: str) -> None:
            found = raw.execute(readings_sql, (pid,)).fetchall()
            marks = ",".join("?" * len(found))
            raw.execute(
                f"SELECT * FROM scores WHERE reading_id IN ({marks})", [r[0] for r in found]
            ).fetchall()

        ours: list[float] = []
        floor: list[float] = []
        for pid in ids:
            ours += times(lambda p=pid: store.readings.for_person(p), 3, warmup=1)
            floor += times(lambda p=pid: raw_person(p), 3, warmup=1)
        count = statistics.median(len(store.readings.for_person(p)) for p in ids)
        row(f"person with ~{count:.0f} readings", ours, floor)
        store.close()
        raw.close()

    headers = ("measure", "starapp med", "p95", "raw sqlite3 med", "p95", "ratio")
    widths = [max(len(h), *(len(r[i]) for r in results)) for i, h in enumerate(headers)]
    print(
        f"\nstarapp store benchmark: {args.people} people, {n} repeats, Python "
        f"{sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}"
    )
    line = "  ".join(
        h.ljust(w) if i == 0 else h.rjust(w)
        for i, (h, w) in enumerate(zip(headers, widths, strict=True))
    )
    print(line)
    print("-" * len(line))
    for r in results:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )


if __name__ == "__main__":
    main()
