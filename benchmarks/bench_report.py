"""Service report figures at scale, beside a raw sqlite3 floor measured in the same run.

    PYTHONPATH=. python benchmarks/bench_report.py [DATA_FILE] [--people 10000]
        [--repeats 7] [--no-xlsx]

DATA_FILE (default: a file in the temp folder) is made with `starapp demo` when missing.
Each row runs in a fresh child process, so its peak memory is its own.

Rows:
  service report   service_report(store, ReportFilter()): every figure for every template,
                   from opening the file (median of the runs, alternating with the floor)
  SQL floor        ONE hand-written sqlite3 query giving the same per-area mean first and
                   latest scores (checked equal to the report's), on a raw connection
  distance (15 r.) readings.for_person + distance_travelled for people with 15 readings
  export json      the report as JSON
  export csv       every current score, one row each (streamed)
  export pdf       the service report PDF with its charts and definitions (Qt offscreen)
  export xlsx      the workbook: summary, areas, stage snapshot, movement, and the scores
                   when there are at most 100,000 (else a note pointing to the CSV)
  export xlsx, all the workbook with every score (--xlsx-all-scores; slow)

Times in seconds (milliseconds for the distance row); peak RSS in MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FLOOR_SQL = """
WITH ends AS (
    SELECT substr(r.template_id, 1, instr(r.template_id, '@') - 1) AS tkey,
           min(r.taken_on || char(1) || r.created_at || char(2) || r.id) AS fk,
           max(r.taken_on || char(1) || r.created_at || char(2) || r.id) AS lk
    FROM readings AS r
    WHERE r.status = 'final'
      AND r.id NOT IN (SELECT amends FROM readings WHERE amends IS NOT NULL)
    GROUP BY r.person_id, tkey HAVING count(*) >= 2
)
SELECT e.tkey, f.area_key, count(*), avg(f.value), avg(l.value)
FROM ends AS e
JOIN scores AS f ON f.reading_id = substr(e.fk, instr(e.fk, char(2)) + 1)
JOIN scores AS l ON l.reading_id = substr(e.lk, instr(e.lk, char(2)) + 1)
                AND l.area_key = f.area_key
WHERE f.value IS NOT NULL AND l.value IS NOT NULL
GROUP BY e.tkey, f.area_key
"""


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


# --- phases, each run in a child process ---------------------------------------------


def phase_report(path: Path, repeats: int) -> dict[str, object]:
    from starapp.core.report_filters import ReportFilter
    from starapp.store import Store
    from starapp.store.report_queries import service_report

    report_times: list[float] = []
    report_cpu: list[float] = []
    floor_times: list[float] = []
    floor_cpu: list[float] = []
    floor_rows: list[tuple[object, ...]] = []
    report = None
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        conn = sqlite3.connect(path)
        floor_rows = conn.execute(FLOOR_SQL).fetchall()
        conn.close()
        floor_times.append(time.perf_counter() - wall)
        floor_cpu.append(time.process_time() - cpu)

        wall, cpu = time.perf_counter(), time.process_time()
        with Store.open(path) as store:
            report = service_report(store, ReportFilter())
        report_times.append(time.perf_counter() - wall)
        report_cpu.append(time.process_time() - cpu)
    assert report is not None
    checked = 0
    for tkey, area, n, mean_first, mean_latest in floor_rows:
        a = {x.key: x for x in report.section(str(tkey)).areas}[str(area)]
        assert a.compared == n, (tkey, area)
        assert abs(a.mean_first - mean_first) < 1e-9 and abs(a.mean_latest - mean_latest) < 1e-9
        checked += 1
    return {
        "report": statistics.median(report_times),
        "report_cpu": statistics.median(report_cpu),
        "floor": statistics.median(floor_times),
        "floor_cpu": statistics.median(floor_cpu),
        "areas_checked": checked,
        "people": report.people,
        "readings": report.readings,
        "rss": rss_mb(),
    }


def phase_distance(path: Path, repeats: int) -> dict[str, object]:
    from starapp.core.reports import distance_travelled, split_template_id
    from starapp.store import Store

    with Store.open(path) as store:
        ids = [
            row[0]
            for row in store.db.execute(
                "SELECT id FROM people WHERE reading_count = 15 ORDER BY reference LIMIT ?",
                (repeats,),
            )
        ]
        samples = []
        for pid in ids:
            start = time.perf_counter()
            readings = store.readings.for_person(pid)
            key, _ = split_template_id(readings[-1].template_id)
            newest = max(
                (t for t in store.templates.available() if t.key == key), key=lambda t: t.version
            )
            distance_travelled(newest, readings)
            samples.append(time.perf_counter() - start)
    return {"distance": statistics.median(samples), "people": len(ids), "rss": rss_mb()}


def phase_export(path: Path, fmt: str, out_dir: Path, all_scores: bool) -> dict[str, object]:
    from starapp.core.report_export import write_csv, write_json
    from starapp.core.report_filters import ReportFilter
    from starapp.store import Store
    from starapp.store.report_queries import (
        all_templates,
        count_score_rows,
        iter_reading_scores,
        service_report,
    )

    out = out_dir / f"bench-report.{fmt}"
    flt = ReportFilter()
    start = time.perf_counter()
    rows = 0
    with Store.open(path) as store:
        report = service_report(store, flt)
        if fmt == "json":
            write_json(out, report)
        elif fmt == "csv":
            rows = write_csv(out, iter_reading_scores(store, flt), all_templates(store))
        elif fmt == "pdf":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from starapp.ui.report_pdf import write_report_pdf

            write_report_pdf(out, report)
        else:
            from starapp.core.report_xlsx import MAX_SCORE_ROWS, write_xlsx

            rows = write_xlsx(
                out,
                report,
                iter_reading_scores(store, flt),
                all_templates(store),
                total=count_score_rows(store, flt),
                max_score_rows=None if all_scores else MAX_SCORE_ROWS,
            )
    took = time.perf_counter() - start
    size = out.stat().st_size / 1e6
    out.unlink()
    return {"seconds": took, "rows": rows, "size_mb": size, "rss": rss_mb()}


# --- driver ----------------------------------------------------------------------------


def child(*args: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, __file__, "--phase", *args],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def ensure_demo(path: Path, people: int) -> None:
    if path.exists():
        return
    print(f"Making demo data for {people} people in {path} ...", flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-m", "starapp", "demo", "--data", str(path), "--people", str(people)],
        check=True,
        env=env,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--no-xlsx", action="store_true", help="skip the workbook")
    parser.add_argument(
        "--xlsx-all-scores",
        action="store_true",
        help="also time a workbook holding every score (minutes at 10,000 people)",
    )
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase:
        name, path, *rest = args.phase
        if name == "report":
            result = phase_report(Path(path), int(rest[0]))
        elif name == "distance":
            result = phase_distance(Path(path), int(rest[0]))
        else:
            result = phase_export(Path(path), rest[0], Path(rest[1]), rest[2:] == ["all"])
        print(json.dumps(result))
        return

    path = args.data or Path(tempfile.gettempdir()) / f"starapp-bench-report-{args.people}.db"
    ensure_demo(path, args.people)
    out_dir = path.parent
    with sqlite3.connect(path) as conn:
        scores = conn.execute("SELECT count(*) FROM scores").fetchone()[0]
    print(f"{path}: {scores:,} scores; CPython {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs")  # fmt: skip

    rep = child("report", str(path), str(args.repeats))
    dist = child("distance", str(path), "15")
    exports = {fmt: child("export", str(path), fmt, str(out_dir)) for fmt in ("json", "csv", "pdf")}
    if not args.no_xlsx:
        exports["xlsx"] = child("export", str(path), "xlsx", str(out_dir))
    if args.xlsx_all_scores:
        exports["xlsx, all"] = child("export", str(path), "xlsx", str(out_dir), "all")

    ratio = float(rep["report"]) / float(rep["floor"])  # type: ignore[arg-type]
    print()
    print(f"{'row':<18}{'wall':>10}{'cpu':>10}{'peak RSS':>11}  notes")
    print(f"{'service report':<18}{rep['report']:>9.3f}s{rep['report_cpu']:>9.3f}s"
          f"{rep['rss']:>9.0f}MB  {rep['people']:,} people, {rep['readings']:,} readings; "
          f"median of {args.repeats}; {ratio:.2f}x the floor")  # fmt: skip
    print(f"{'SQL floor':<18}{rep['floor']:>9.3f}s{rep['floor_cpu']:>9.3f}s{'':>11}  "
          f"one query, per-area means; {rep['areas_checked']} areas match the report")  # fmt: skip
    print(f"{'distance (15 r.)':<18}{float(dist['distance']) * 1000:>8.1f}ms{'':>10}"  # type: ignore[arg-type]
          f"{dist['rss']:>9.0f}MB  median over {dist['people']} people")  # fmt: skip
    for fmt, e in exports.items():
        rows = f"{e['rows']:,} rows, " if e["rows"] else "no score rows, "
        print(f"{'export ' + fmt:<18}{e['seconds']:>9.2f}s{'':>10}{e['rss']:>9.0f}MB  "
              f"{rows}{e['size_mb']:.1f} MB file (report included)")  # fmt: skip


if __name__ == "__main__":
    main()
