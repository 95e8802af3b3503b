"""What encryption at rest costs: the same operations on a plain and an encrypted file,
measured in one run (the plain file is the floor).

    PYTHONPATH=. python benchmarks/bench_encryption.py [--people 10000] [--repeats 20]

Rows:
  unlock (KDF only)      Argon2id with the app's settings: the passphrase -> key step
  open (Store.open)      opening the file: plain (no key) vs encrypted with the passphrase
  open + page 1 + count  what the people list does first, passphrase included
  people page + count    people.find(limit=100) + people.count() on an open store
  search 'de'            people.find("de", limit=100): one keystroke in the list
  person (~15 r.)        readings.for_person for 30 people with about 15 readings, on
                         the open store; other people each run, so their pages are
                         read (and decrypted) afresh, as when a worker opens a person
  person page, painted   PersonPage.show_person + grab (offscreen Qt) for 5 more such
                         people each run: what the worker waits for
  service report         Store.reopen() + service_report(ReportFilter()): the app runs
                         each report on a worker thread's new connection, cache cold
  demo fill              fill_demo(store, people=N) into a new file (--heavy-repeats runs)
  import full bundle     export everything once, import it into a new empty file (ditto)
  convert to encrypted   encrypt_file on the plain file (one run; no plain counterpart)

Times are milliseconds (seconds for the fill, import and convert rows), medians of
runs that alternate plain and encrypted: CPU time of this process (steadier on a busy
machine; Argon2id's threads add up, so read the KDF row's wall time) and wall time.
Overhead is encrypted / plain - 1.

Both files are read from the operating system's cache (they were just written), so the
plain file costs a copy per page and the encrypted one a copy, an HMAC and an AES pass.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# numpy (imported by sqlite-utils) starts OpenBLAS threads whose idle spinning would count
# in this process's CPU time; nothing here uses them.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from starapp.core.report_filters import ReportFilter  # noqa: E402
from starapp.store import Store, keys  # noqa: E402
from starapp.store.demo import fill_demo  # noqa: E402
from starapp.store.encryption import encrypt_file  # noqa: E402
from starapp.store.report_queries import service_report  # noqa: E402
from starapp.sync.importer import ImportOutcome, import_paths  # noqa: E402
from starapp.sync.outbox import export_bundles  # noqa: E402

PASS = "benchmark passphrase"


Sample = tuple[float, float]  # (CPU seconds of this process, wall seconds)


def measure(fn: Callable[[], object]) -> Sample:
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def paired(
    plain: Callable[[], object], enc: Callable[[], object], repeats: int
) -> tuple[list[Sample], list[Sample]]:
    """Alternate the two, so a busy machine slows both alike."""
    plain(), enc()  # warm up
    a: list[Sample] = []
    b: list[Sample] = []
    for _ in range(repeats):
        a.append(measure(plain))
        b.append(measure(enc))
    return a, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument(
        "--heavy-repeats", type=int, default=2, help="runs of the demo fill and the import"
    )
    args = parser.parse_args()
    n = args.repeats
    rows: list[tuple[str, ...]] = []

    def row(name: str, plain: list[Sample] | None, enc: list[Sample], unit: str = "ms") -> None:
        scale = 1000.0 if unit == "ms" else 1.0

        def med(samples: list[Sample], i: int) -> float:
            return statistics.median(s[i] for s in samples)

        enc_cells = (f"{med(enc, 0) * scale:.1f}", f"{med(enc, 1) * scale:.1f}")
        if plain is None:
            rows.append((f"{name} ({unit})", "-", "-", *enc_cells, "-", "-"))
            return
        over = [f"{med(enc, i) / med(plain, i) - 1:+.0%}" for i in (0, 1)]
        plain_cells = (f"{med(plain, 0) * scale:.1f}", f"{med(plain, 1) * scale:.1f}")
        rows.append((f"{name} ({unit})", *plain_cells, *enc_cells, *over))

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain_path, enc_path = folder / "plain.db", folder / "enc.db"
        print(f"Filling {args.people} demo people, plain and encrypted ...", file=sys.stderr)

        def fill(path: Path, passphrase: str | None) -> Sample:
            """The fill alone (making the key at create time is the unlock row's cost)."""
            with Store.open(path, create=True, passphrase=passphrase) as store:
                return measure(lambda: fill_demo(store, people=args.people, seed=1))

        fill_plain, fill_enc = [fill(plain_path, None)], [fill(enc_path, PASS)]
        for i in range(1, args.heavy_repeats):  # more alternating runs, into spare files
            fill_plain.append(fill(folder / f"spare{i}.db", None))
            fill_enc.append(fill(folder / f"spare{i}-enc.db", PASS))

        key_file = keys.read_key_file(enc_path)
        assert key_file is not None
        row("unlock (KDF only)", None, [measure(lambda: keys.unwrap_key(key_file, PASS))
                                         for _ in range(n)])  # fmt: skip
        row(
            "open (Store.open)",
            *paired(
                lambda: Store.open(plain_path).close(),
                lambda: Store.open(enc_path, passphrase=PASS).close(),
                n,
            ),
        )

        def first_page(path: Path, passphrase: str | None) -> None:
            with Store.open(path, passphrase=passphrase) as store:
                store.people.find(limit=100)
                store.people.count()

        row(
            "open + page 1 + count",
            *paired(lambda: first_page(plain_path, None), lambda: first_page(enc_path, PASS), n),
        )

        plain = Store.open(plain_path)
        enc = Store.open(enc_path, passphrase=PASS)

        def page(store: Store) -> None:
            store.people.find(limit=100)
            store.people.count()

        row("people page + count", *paired(lambda: page(plain), lambda: page(enc), n))
        row(
            "search 'de'",
            *paired(
                lambda: plain.people.find("de", limit=100),
                lambda: enc.people.find("de", limit=100),
                n,
            ),
        )
        few = max(3, n // 4)
        ids = [
            r["id"]
            for r in plain.db.query(
                "SELECT id FROM people ORDER BY abs(reading_count - 15), reference LIMIT ?",
                (35 * (few + 1),),
            )
        ]
        page_ids = ids[30 * (few + 1) :]  # for the person page row: read by nothing before
        batches = {plain: 0, enc: 0}

        def persons(store: Store) -> None:
            """The next 30 people: the same ones for both files, new to each store."""
            start = 30 * batches[store]
            batches[store] += 1
            for pid in ids[start : start + 30]:
                store.readings.for_person(pid)

        row("person (~15 r.) x30", *paired(lambda: persons(plain), lambda: persons(enc), few))

        from starapp.ui.app import create_app
        from starapp.ui.ops import Ops
        from starapp.ui.person_page import PersonPage

        app = create_app()
        pages = {store: PersonPage(Ops(store)) for store in (plain, enc)}
        for page in pages.values():
            page.resize(1280, 800)
            page.show()
        shown = {plain: 0, enc: 0}

        def person_pages(store: Store) -> None:
            start = 5 * shown[store]
            shown[store] += 1
            for pid in page_ids[start : start + 5]:
                pages[store].show_person(pid)
                pages[store].grab()  # includes the paint

        row(
            "person page, painted x5",
            *paired(lambda: person_pages(plain), lambda: person_pages(enc), few),
        )
        app.processEvents()

        def report(store: Store) -> None:
            with store.reopen() as worker:
                service_report(worker, ReportFilter())

        row("service report", *paired(lambda: report(plain), lambda: report(enc), few))
        bundles = folder / "bundles"
        export_bundles(plain, bundles, full=True)
        plain.close()
        enc.close()
        row("demo fill", fill_plain, fill_enc, unit="s")

        def import_into(path: Path, passphrase: str | None) -> Sample:
            outcomes: list[ImportOutcome] = []
            with Store.open(path, create=True, passphrase=passphrase) as store:
                sample = measure(lambda: outcomes.extend(import_paths(store, [bundles])))
            assert all(o.status == "imported" for o in outcomes), outcomes  # else: timed nothing
            return sample

        imports: tuple[list[Sample], list[Sample]] = ([], [])
        for i in range(args.heavy_repeats):
            imports[0].append(import_into(folder / f"hub{i}.db", None))
            imports[1].append(import_into(folder / f"hub{i}-enc.db", PASS))
        row("import full bundle", *imports, unit="s")
        copy = folder / "copy.db"
        shutil.copy(plain_path, copy)
        row("convert to encrypted", None, [measure(lambda: encrypt_file(copy, PASS))], unit="s")
        size = plain_path.stat().st_size / 1e6

    headers = ("measure", "plain cpu", "wall", "encrypted cpu", "wall", "overhead cpu", "wall")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print(
        f"\nstarapp encryption benchmark: {args.people} people ({size:.0f} MB file), "
        f"{n} repeats, Python {sys.version.split()[0]}, Argon2id t={keys.KDF_TIME_COST} "
        f"m={keys.KDF_MEMORY_KIB // 1024} MiB p={keys.KDF_PARALLELISM}"
    )
    line = "  ".join(
        h.ljust(w) if i == 0 else h.rjust(w)
        for i, (h, w) in enumerate(zip(headers, widths, strict=True))
    )
    print(line)
    print("-" * len(line))
    for r in rows:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )


if __name__ == "__main__":
    main()
