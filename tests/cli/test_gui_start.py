"""Starting the window from the command line: no display, and a whole start from source."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from starapp.cli import main

ROOT = Path(__file__).resolve().parents[2]


def private_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment whose home, settings, data and logs are all under tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "STARAPP_"))}
    home = tmp_path / "home"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        PYTHONPATH=str(ROOT),
    )
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    env.update(extra)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check")
def test_no_display_is_a_sentence_not_a_crash(tmp_path, monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    data = tmp_path / "people.db"
    assert main(["--data", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("starapp: No display found:")
    assert "Traceback" not in err
    assert not data.exists()


def test_window_starts_from_source_and_reports_ready(tmp_path):
    """The whole GUI start (offscreen): demo file, main window, people painted, clean exit."""
    data = tmp_path / "demo.db"
    env = private_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    made = subprocess.run(
        [sys.executable, "-m", "starapp", "demo", "--data", str(data), "--people", "20"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    started = subprocess.run(
        [sys.executable, "-m", "starapp", "--data", str(data)],
        env={**env, "STARAPP_STARTUP_PROBE": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    ready = re.search(r"starapp-ready rows=(\d+)", started.stdout)
    assert ready and int(ready.group(1)) > 0, started.stdout
    assert (data.parent / "demo.db.lock").exists() is False  # released on the way out
