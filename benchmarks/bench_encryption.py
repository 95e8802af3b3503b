"""What encryption at rest costs: the same operations on a plain and an encrypted file,
measured in one run (the plain file is the floor).

    PYTHONPATH=. python benchmarks/bench_encryption.py [--people 10000] [--repeats 20]

Rows:
  unlock (KDF only)      Argon2id with the app's settings: the passphrase -> key step
  open (Store.open)      opening the file: plain (no key) vs encrypted with the passphrase
  open + page 1 + count  what the people list does first, passphrase included
  people page + count    people.find(limit=100) + people.count() on an open store
  search 'de'            people.find("de", limit=100): one keystroke in the list
  person (~15 r.)        readings.for_person for people with about 15 readings
  service report         service_report(store, ReportFilter()) on an open store
  demo fill              fill_demo(store, people=N) into a new file (one run)
  import full bundle     export everything once, import it into a new empty file (one run)
  convert to encrypted   encrypt_file on the plain file (one run; no plain counterpart)

Times are milliseconds (seconds for the one-run rows); median and 95th percentile; the
overhead column is encrypted / plain - 1.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from starapp.core.report_filters import ReportFilter  # noqa: E402
from starapp.store import Store, keys  # noqa: E402
from starapp.store.demo import fill_demo  # noqa: E402
from starapp.store.encryption import encrypt_file  # noqa: E402
from starapp.store.report_queries import service_report  # noqa: E402
from starapp.sync.importer import import_paths  # noqa: E402
from starapp.sync.outbox import export_bundles  # noqa: E402

PASS = "benchmark passphrase"


def times(fn: Callable[[], object], repeats: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def once(fn: Callable[[], object]) -> list[float]:
    start = time.perf_counter()
    fn()
    return [time.perf_counter() - start]


def med_p95(samples: list[float], scale: float) -> tuple[str, str]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered) * scale:.1f}", f"{p95 * scale:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    n = args.repeats
    rows: list[tuple[str, ...]] = []

    def row(name: str, plain: list[float] | None, enc: list[float], unit: str = "ms") -> None:
        scale = 1000.0 if unit == "ms" else 1.0
        em, ep = med_p95(enc, scale)
        if plain is None:
            rows.append((f"{name} ({unit})", "-", "-", em, ep, "-"))
            return
        pm, pp = med_p95(plain, scale)
        overhead = statistics.median(enc) / statistics.median(plain) - 1
        rows.append((f"{name} ({unit})", pm, pp, em, ep, f"{overhead:+.0%}"))

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain_path, enc_path = folder / "plain.db", folder / "enc.db"
        print(f"Filling {args.people} demo people, plain and encrypted ...", file=sys.stderr)

        def fill(path: Path, passphrase: str | None) -> None:
            with Store.open(path, create=True, passphrase=passphrase) as store:
                fill_demo(store, people=args.people, seed=1)

        fill_plain = once(lambda: fill(plain_path, None))
        fill_enc = once(lambda: fill(enc_path, PASS))

        key_file = keys.read_key_file(enc_path)
        assert key_file is not None
        row("unlock (KDF only)", None, times(lambda: keys.unwrap_key(key_file, PASS), n))
        row(
            "open (Store.open)",
            times(lambda: Store.open(plain_path).close(), n),
            times(lambda: Store.open(enc_path, passphrase=PASS).close(), n),
        )

        def first_page(path: Path, passphrase: str | None) -> None:
            with Store.open(path, passphrase=passphrase) as store:
                store.people.find(limit=100)
                store.people.count()

        row(
            "open + page 1 + count",
            times(lambda: first_page(plain_path, None), n),
            times(lambda: first_page(enc_path, PASS), n),
        )

        plain = Store.open(plain_path)
        enc = Store.open(enc_path, passphrase=PASS)

        def page(store: Store) -> None:
            store.people.find(limit=100)
            store.people.count()

        row("people page + count", times(lambda: page(plain), n), times(lambda: page(enc), n))
        row(
            "search 'de'",
            times(lambda: plain.people.find("de", limit=100), n),
            times(lambda: enc.people.find("de", limit=100), n),
        )
        ids = [
            r["id"]
            for r in plain.db.query(
                "SELECT id FROM people ORDER BY abs(reading_count - 15), reference LIMIT 30"
            )
        ]

        def persons(store: Store) -> None:
            for pid in ids:
                store.readings.for_person(pid)

        row(
            f"person (~15 r.) x{len(ids)}",
            times(lambda: persons(plain), max(3, n // 4)),
            times(lambda: persons(enc), max(3, n // 4)),
        )
        report_runs = max(3, n // 4)
        row(
            "service report",
            times(lambda: service_report(plain, ReportFilter()), report_runs),
            times(lambda: service_report(enc, ReportFilter()), report_runs),
        )
        bundles = folder / "bundles"
        export_bundles(plain, bundles, full=True)
        plain.close()
        enc.close()
        row("demo fill", fill_plain, fill_enc, unit="s")

        def import_into(path: Path, passphrase: str | None) -> None:
            with Store.open(path, create=True, passphrase=passphrase) as store:
                import_paths(store, [bundles])

        row(
            "import full bundle",
            once(lambda: import_into(folder / "hub-plain.db", None)),
            once(lambda: import_into(folder / "hub-enc.db", PASS)),
            unit="s",
        )
        copy = folder / "copy.db"
        shutil.copy(plain_path, copy)
        row("convert to encrypted", None, once(lambda: encrypt_file(copy, PASS)), unit="s")
        size = plain_path.stat().st_size / 1e6

    headers = ("measure", "plain med", "p95", "encrypted med", "p95", "overhead")
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
