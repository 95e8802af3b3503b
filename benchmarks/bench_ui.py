"""The star session's UI figures at scale, each beside a floor measured in the same run.

    PYTHONPATH=. python benchmarks/bench_ui.py [--people 10000] [--repeats 20]

Rows:
  window usable    process start -> main window shown with the first page of the people
                   list loaded (python -m starapp path, 10,000 people) vs a bare PySide6
                   process showing an empty QTableView
  keystroke        PeopleModel.set_search(prefix) for each prefix of a typed query vs raw
                   sqlite3 running the same LIKE query for the first page
  open person      PersonPage.show_person on people with ~15 readings, painted, vs raw
                   sqlite3 reading that person's readings and scores
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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WINDOW_SCRIPT = """
import sys, time
from PySide6.QtWidgets import QApplication
from starapp.ui.app import create_app
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops
from starapp.store import Store
app = create_app()
window = MainWindow(Ops(Store.open(sys.argv[1])))
window.resize(1024, 640)
window.show()
while window.people_page.model.rowCount() == 0:
    app.processEvents()
app.processEvents()
print("ready", flush=True)
window.close()
"""

FLOOR_WINDOW_SCRIPT = """
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
view = QTableView()
view.resize(1024, 640)
view.show()
app.processEvents()
print("ready", flush=True)
"""

PEOPLE_PAGE = (
    "SELECT * FROM people WHERE (reference LIKE ? OR name LIKE ?) AND archived = 0 "
    "ORDER BY reference COLLATE NOCASE LIMIT 200"
)


def ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[round(0.95 * (len(ordered) - 1))] * 1000


def process_time(script: str, *args: str) -> float:
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "ready" in out.stdout, out.stderr
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--data", type=Path, help="an existing demo file to reuse")
    args = parser.parse_args()

    path = args.data or Path(tempfile.mkdtemp()) / f"demo-{args.people}.db"
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "starapp",
                "demo",
                "--data",
                str(path),
                "--people",
                str(args.people),
            ],
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )

    rows: list[tuple[str, tuple[float, float], tuple[float, float]]] = []
    window = [process_time(WINDOW_SCRIPT, str(path)) for _ in range(max(3, args.repeats // 4))]
    floor = [process_time(FLOOR_WINDOW_SCRIPT) for _ in range(max(3, args.repeats // 4))]
    rows.append(("window usable (process start)", ms(window), ms(floor)))

    from starapp.store import Store
    from starapp.ui.app import create_app
    from starapp.ui.ops import Ops
    from starapp.ui.people_model import PeopleModel
    from starapp.ui.person_page import PersonPage

    app = create_app()
    store = Store.open(path)
    ops = Ops(store)
    model = PeopleModel(ops)
    raw = sqlite3.connect(path)
    typed = [q[:i] for q in ("demo-0042", "alex") for i in range(1, len(q) + 1)]
    keys, floor_keys = [], []
    for _ in range(max(1, args.repeats // 5)):
        for text in typed:
            start = time.perf_counter()
            model.set_search(text)
            keys.append(time.perf_counter() - start)
            start = time.perf_counter()
            raw.execute(PEOPLE_PAGE, (f"%{text}%", f"%{text}%")).fetchall()
            floor_keys.append(time.perf_counter() - start)
    rows.append(("keystroke search (10k people)", ms(keys), ms(floor_keys)))

    ids = [
        r[0]
        for r in raw.execute(
            "SELECT id FROM people WHERE reading_count BETWEEN 14 AND 16 LIMIT ?",
            (args.repeats,),
        )
    ]
    page = PersonPage(ops)
    page.resize(1280, 800)
    page.show()
    opens, floor_opens = [], []
    for pid in ids:
        start = time.perf_counter()
        page.show_person(pid)
        page.grab()  # includes the paint
        opens.append(time.perf_counter() - start)
        start = time.perf_counter()
        rids = [r[0] for r in raw.execute("SELECT id FROM readings WHERE person_id = ?", (pid,))]
        marks = ",".join("?" * len(rids))
        raw.execute(f"SELECT * FROM scores WHERE reading_id IN ({marks})", rids).fetchall()
        floor_opens.append(time.perf_counter() - start)
    rows.append(("open person (~15 readings)", ms(opens), ms(floor_opens)))
    app.processEvents()

    print(
        f"{'measure':32} {'starapp med':>12} {'p95':>8} {'floor med':>10} {'p95':>8} {'ratio':>6}"
    )
    for name, (med, p95), (fmed, fp95) in rows:
        ratio = med / fmed if fmed else float("nan")
        print(f"{name:32} {med:12.1f} {p95:8.1f} {fmed:10.1f} {fp95:8.1f} {ratio:5.1f}x")
    print("(milliseconds)")


if __name__ == "__main__":
    main()
