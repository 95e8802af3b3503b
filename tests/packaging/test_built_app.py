"""The self-contained Linux build (dist/starapp), started as a user would start it.

Uses $STARAPP_BUILT_APP, or dist/starapp when it is newer than every source file, or
else builds it once per test session with packaging/build_linux.sh into a private
folder (about a minute); then runs the built program under a private Xvfb server with
a private home folder:

- ``starapp demo`` makes a data file (sub-commands work in the frozen program);
- the window opens on it, is screenshotted (docs/screenshots/built-app.png) and is
  closed with Ctrl+Q; the exit code is 0 and ``starapp check`` finds the file sound;
- a second copy on the same file is turned away with a sentence and cannot damage it;
- with no display at all, the program says so in a sentence instead of aborting.

Needs Xvfb, xdotool, xprop and ImageMagick's ``import`` (.ci/run installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "starapp"
PROGRAM = DIST / "starapp"
SHOTS = ROOT / "docs" / "screenshots"
TOOLS = ("Xvfb", "xdotool", "import", "xprop")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build"),
]


def _newest_source() -> float:
    files = [ROOT / "pyproject.toml", *ROOT.joinpath("packaging").rglob("*")]
    files += ROOT.joinpath("starapp").rglob("*.py")
    files += ROOT.joinpath("resources").rglob("*")
    return max(f.stat().st_mtime for f in files if f.is_file())


@pytest.fixture(scope="session")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built program: $STARAPP_BUILT_APP, else dist/starapp/starapp when it is newer
    than every source file, else a build made now in a private folder (so test runs at
    the same time, or a build in progress, never replace each other's files)."""
    given = os.environ.get("STARAPP_BUILT_APP")
    if given:
        assert Path(given).is_file(), f"STARAPP_BUILT_APP={given} does not exist"
        return Path(given)
    if PROGRAM.exists() and PROGRAM.stat().st_mtime >= _newest_source():
        return PROGRAM
    where = tmp_path_factory.mktemp("build")
    started = time.monotonic()
    result = subprocess.run(
        [
            "bash",
            str(ROOT / "packaging" / "build_linux.sh"),
            *("--dist", str(where / "dist"), "--work", str(where / "work")),
        ],
        env={**os.environ, "PYTHON": sys.executable},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    print(f"\nBuilt the program in {time.monotonic() - started:.0f} s")
    program = where / "dist" / "starapp" / "starapp"
    assert program.exists()
    return program


@pytest.fixture(scope="session")
def xvfb() -> Iterator[str]:
    """A private X server on a free display number; yields the DISPLAY value."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.fail(
            f"The launch test needs {', '.join(missing)}: apt-get install xvfb xdotool "
            "x11-utils imagemagick (see .ci/run)."
        )
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:  # Xvfb writes the number it chose when ready
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def env(tmp_path: Path, xvfb: str) -> dict[str, str]:
    """The program's environment: the private display and a private home (no real data)."""
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    keep = ("PATH", "LANG", "LC_ALL", "TZ")
    environ = {k: os.environ[k] for k in keep if k in os.environ}
    environ.update(
        DISPLAY=xvfb,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    return environ  # no QT_QPA_PLATFORM: the program picks xcb like on a desktop


@pytest.fixture
def demo_file(built_app: Path, env: dict[str, str], tmp_path: Path) -> Path:
    data = tmp_path / "data" / "demo.db"
    data.parent.mkdir()
    made = run([str(built_app), "demo", "--data", str(data), "--people", "20"], env)
    assert made.returncode == 0, made.stderr
    assert "Created 20 fictional people" in made.stdout
    return data


def run(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)


def xdotool(env: dict[str, str], *args: str) -> str:
    return run(["xdotool", *args], env, timeout=30).stdout.strip()


def wait_for_window(
    env: dict[str, str],
    pattern: str,
    program: subprocess.Popen | None = None,
    timeout: float = 90,  # a loaded 2-core machine has taken over 60 s
) -> str:
    """The id of the first visible window whose title matches ``pattern``; fails at once,
    with what it said, if ``program`` exits first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool(env, "search", "--onlyvisible", "--name", pattern)
        if found:
            return found.splitlines()[0]
        if program is not None and program.poll() is not None:
            _out, err = program.communicate()
            raise AssertionError(f"exited {program.returncode} before a window: {err[-2000:]}")
        time.sleep(0.2)
    raise AssertionError(f"no window matching {pattern!r} within {timeout:.0f} s")


def screenshot(env: dict[str, str], window: str, path: Path) -> None:
    """Save the window's picture once painting has settled (two shots alike in a row)."""
    deadline = time.monotonic() + 30
    previous = ""
    while time.monotonic() < deadline:
        shot = run(["import", "-window", window, str(path)], env, timeout=30)
        assert shot.returncode == 0, shot.stderr
        info = run(["identify", "-format", "%k %#", str(path)], env).stdout.split()
        colours, signature = int(info[0]), info[1]
        if colours > 50 and signature == previous:
            return
        previous = signature
        time.sleep(0.5)


def press(env: dict[str, str], window: str, keys: str) -> None:
    """Give the window the keyboard (there is no window manager) and press ``keys``."""
    xdotool(env, "windowfocus", "--sync", window)
    xdotool(env, "key", "--clearmodifiers", keys)


def close(env: dict[str, str], window: str, program: subprocess.Popen) -> int:
    press(env, window, "ctrl+q")
    try:
        return program.wait(30)
    except subprocess.TimeoutExpired:
        program.kill()
        raise AssertionError("the window did not close on Ctrl+Q") from None


def test_built_program_opens_a_window_and_quits_cleanly(built_app, env, demo_file):
    window_title = f"{demo_file.name} — starapp"
    started = time.monotonic()
    program = subprocess.Popen(
        [str(built_app), "--data", str(demo_file)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = wait_for_window(env, f"^{window_title}$", program)
        shown_after = time.monotonic() - started
        SHOTS.mkdir(parents=True, exist_ok=True)
        screenshot(env, window, SHOTS / "built-app.png")
        assert (demo_file.parent / "demo.db.lock").exists()  # one window per data file
        props = run(["xprop", "-id", window, "WM_CLASS", "_NET_WM_ICON"], env).stdout
        assert '"starapp", "starapp"' in props  # matches StartupWMClass in starapp.desktop
        assert "Icon (48 x 48)" in props  # the app icon reached the window
        press(env, window, "F1")  # the user guide is shipped inside the build
        guide = wait_for_window(env, "^starapp user guide")
        screenshot(env, guide, SHOTS / "built-app-help.png")
        press(env, guide, "Escape")
        code = close(env, window, program)
    finally:
        if program.poll() is None:
            program.kill()
    _out, err = program.communicate(timeout=10)
    assert code == 0, err
    assert "Traceback" not in err
    assert not (demo_file.parent / "demo.db.lock").exists()
    check = run([str(built_app), "check", "--data", str(demo_file)], env)
    assert check.returncode == 0, check.stderr
    assert "is sound" in check.stdout
    print(f"\nwindow shown {shown_after:.2f} s after start")


def test_second_copy_on_the_same_file_is_turned_away(built_app, env, demo_file):
    first = subprocess.Popen(
        [str(built_app), "--data", str(demo_file)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = wait_for_window(env, f"^{demo_file.name} — starapp$", first)
        second = subprocess.Popen(
            [str(built_app), "--data", str(demo_file)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            message = wait_for_window(env, "^starapp$")  # the message box, before any window
            press(env, message, "Return")
            _out, err = second.communicate(timeout=30)
        finally:
            if second.poll() is None:
                second.kill()
        assert second.returncode != 0
        assert "This data file is already open in another starapp window" in err
        assert "Traceback" not in err
        # the first window is unaffected and still closes cleanly
        assert first.poll() is None
        assert close(env, window, first) == 0
    finally:
        if first.poll() is None:
            first.kill()
    check = run([str(built_app), "check", "--data", str(demo_file)], env)
    assert check.returncode == 0, check.stderr


def test_no_display_is_a_sentence_not_an_abort(built_app, env, tmp_path):
    no_display = {k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    data = tmp_path / "never.db"
    result = run([str(built_app), "--data", str(data)], no_display)
    assert result.returncode == 1
    assert result.stderr.startswith("starapp: No display found:")
    assert "Aborted" not in result.stderr and "qt.qpa" not in result.stderr
    assert not data.exists()


def test_the_build_ships_the_welsh_catalogues_without_their_sources(built_app):
    shipped = {p.name for p in built_app.parent.rglob("translations/*") if "resources" in p.parts}
    assert {"starapp_cy.qm", "qtbase_cy.qm"} <= shipped
    assert not [name for name in shipped if name.endswith(".ts")]
