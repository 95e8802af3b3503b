"""A writer killed at random moments never loses a reading it acknowledged.

The child (crash_child.py) saves readings score by score and prints each id once
``finalise`` has returned. The parent SIGKILLs it after a random delay, many times on
the same file, and after every kill checks that the file opens, is sound, and still
holds every acknowledged reading, final and fully scored.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from starapp.store import Store

ROUNDS = 25
TIME_BUDGET = 50.0  # seconds; stop starting new rounds after this
CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL"),
]


def _run_and_kill(path: Path, seed: int, delay: float, wait_ready: bool) -> tuple[bool, list[str]]:
    """Start the writer, SIGKILL it after ``delay`` s (counted from "ready" when
    ``wait_ready``); return whether it got ready and the ids it acknowledged."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if line == "ready\n":
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if wait_ready and not ready.wait(timeout=20):
            proc.kill()
            _, err = proc.communicate()
            pytest.fail(f"the writer did not start:\n{err}")
        time.sleep(delay)
        alive = proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
        _, err = proc.communicate(timeout=20)
        reader.join(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert alive and proc.returncode == -signal.SIGKILL, f"the writer stopped by itself:\n{err}"
    # Only whole lines count: a line cut off by the kill was never acknowledged.
    acked = [line.strip() for line in lines if line.endswith("\n") and line != "ready\n"]
    return ready.is_set(), acked


def _check(path: Path, acknowledged: list[str]) -> None:
    with Store.open(path) as store:
        assert store.integrity_problems() == []
        for reading_id in acknowledged:
            reading = store.readings.get(reading_id)  # raises NotFoundError if lost
            assert reading.is_final, reading_id
            template = store.readings.template_of(reading)
            assert set(reading.scores) == set(template.area_keys), reading_id
            assert all(s.value is not None for s in reading.scores.values()), reading_id
        # the people list's summary columns moved in the same transactions
        for row in store.db.query(
            "SELECT p.reading_count, (SELECT count(*) FROM readings r WHERE r.person_id = p.id"
            " AND r.status = 'final') AS finals FROM people p"
        ):
            assert row["reading_count"] == row["finals"]


def test_killed_writer_keeps_every_acknowledged_reading(tmp_path):
    path = tmp_path / "crash.db"
    rng = random.Random(20261127)
    acknowledged: list[str] = []
    started = time.monotonic()
    rounds = 0
    for round_no in range(ROUNDS):
        if time.monotonic() - started > TIME_BUDGET:
            break
        # Now and then kill it while it is still starting up and opening the file
        # (never in the first round, which creates the file).
        early = round_no > 0 and rng.random() < 0.2
        delay = rng.uniform(0.05, 0.4)
        _, acked = _run_and_kill(path, seed=round_no, delay=delay, wait_ready=not early)
        acknowledged += acked
        _check(path, acknowledged)
        rounds += 1
    assert rounds >= 10
    assert len(acknowledged) >= 10, "the writer hardly wrote anything; the test proves little"


def test_new_file_killed_before_its_first_checkpoint_still_opens(tmp_path):
    """Until the first checkpoint a new file's schema (and its readings) live only in the
    WAL; the header on disk still looks like a blank database."""
    path = tmp_path / "new.db"
    code = (
        "import os, sys\n"
        "from starapp.store import Store\n"
        "Store.open(sys.argv[1], create=True)\n"
        "os._exit(0)  # no close, so no checkpoint: like a crash\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, timeout=60)
    assert path.with_name("new.db-wal").stat().st_size > 0
    with Store.open(path) as store:
        assert store.integrity_problems() == []
        assert store.meta("install_id")
