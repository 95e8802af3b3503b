"""Start-up time to a usable main window: the built program beside starting from source.

    PYTHONPATH=. python benchmarks/bench_startup.py [--people 10000] [--repeats 5]
                                                    [--program dist/starapp/starapp]

"Usable" means the main window is shown and has painted the first page of the people
list: the app is started with STARAPP_STARTUP_PROBE=1, prints ``starapp-ready`` at that
moment (starapp/ui/launch.py) and closes. The time is wall-clock from starting the
process to reading that line, so it includes the interpreter, imports, opening the
data file and the first paint.

Rows, all on the same demo file of N people, in the same run, interleaved:
  built program    dist/starapp/starapp (packaging/build_linux.sh)
  from source      python -m starapp
  floor: Qt only   python -c: QApplication + an empty QMainWindow painted once (the
                   least any PySide6 app can do from source on this machine)

The first run of each is reported apart (cold file cache), the others as median / min /
max. Uses a private Xvfb display when Xvfb is installed (as on a desktop), otherwise
QT_QPA_PLATFORM=offscreen. Target: built program <= 2 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READY = "starapp-ready"
FLOOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1152, 720)
window.show()
def ready():
    print("starapp-ready", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def start_display() -> tuple[subprocess.Popen | None, dict[str, str]]:
    if shutil.which("Xvfb") is None:
        return None, {"QT_QPA_PLATFORM": "offscreen"}
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    return server, {"DISPLAY": f":{number}"}


def private_env(home: Path, display: dict[str, str]) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "STARAPP_", "QT_QPA")) and k not in ("DISPLAY",)
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONPATH=str(ROOT),
        STARAPP_STARTUP_PROBE="1",
        **display,
    )
    return env


def time_to_ready(command: list[str], env: dict[str, str], timeout: float = 120) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    line = ""
    try:
        while True:
            line = process.stdout.readline()
            if line.startswith(READY) or not line:
                break
        took = time.perf_counter() - started
        _out, err = process.communicate(timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()
    if not line.startswith(READY) or process.returncode != 0:
        raise SystemExit(f"{command[0]} did not report ready (exit {process.returncode}):\n{err}")
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--program", type=Path, default=ROOT / "dist" / "starapp" / "starapp")
    parser.add_argument("--data", type=Path, help="reuse this demo file (made if missing)")
    args = parser.parse_args()
    if not args.program.exists():
        print(f"{args.program} is missing: build it with packaging/build_linux.sh", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        home = Path(tmp) / "home"
        data = args.data or Path(tmp) / f"demo-{args.people}.db"
        server, display = start_display()
        try:
            env = private_env(home, display)
            if not data.exists():
                started = time.perf_counter()
                subprocess.run(
                    [str(args.program), "demo", "--data", str(data), "--people", str(args.people)],
                    env=env,
                    check=True,
                    capture_output=True,
                )
                print(f"demo file: {args.people} people in {time.perf_counter() - started:.0f} s")
            rows = {
                "built program": [str(args.program), "--data", str(data)],
                "from source": [sys.executable, "-m", "starapp", "--data", str(data)],
                "floor: Qt only": [sys.executable, "-c", FLOOR],
            }
            samples: dict[str, list[float]] = {name: [] for name in rows}
            for _ in range(args.repeats + 1):  # interleaved, so load affects all alike
                for name, command in rows.items():
                    samples[name].append(time_to_ready(command, env))
        finally:
            if server is not None:
                server.terminate()
                server.wait(10)

    where = "Xvfb" if "DISPLAY" in display else "offscreen"
    print(f"\nStart-up to a usable window, {args.people} people, {where}, seconds")
    print(f"{'':16} {'first':>7} {'median':>7} {'min':>7} {'max':>7}")
    for name, values in samples.items():
        rest = values[1:]
        print(
            f"{name:16} {values[0]:7.2f} {statistics.median(rest):7.2f} "
            f"{min(rest):7.2f} {max(rest):7.2f}"
        )
    built = statistics.median(samples["built program"][1:])
    verdict = "within" if built <= 2 else "OVER"
    print(f"\nbuilt program median {built:.2f} s: {verdict} the 2 s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
