"""Starting the window in bad places: a read-only home folder, a full disk, no display,
a second copy on a file already open.

Each start is a real child process (``start_child.py`` runs ``starapp`` and reports and
closes every dialog it shows). How the bad places are made, honestly:

- tests run as root here, and root writes through ``chmod 0500``. So the child runs in
  its own mount namespace (``unshare --mount``; ``--map-root-user`` when not root),
  where the home folder is bind-mounted read-only (writes fail with EROFS, for root
  too) and the "disk" is a small tmpfs filled with ``dd`` until writes fail with
  ENOSPC. The mounts vanish with the child: nothing is left mounted on the machine;
- "no display" is no DISPLAY at all, and a DISPLAY naming a display where no X server
  listens (Qt alone would abort with a core dump).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_gui_start import ROOT, private_env

CHILD = Path(__file__).with_name("start_child.py")
PY = sys.executable


def _namespace_prefix() -> list[str]:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        pytest.skip("needs Linux mount namespaces (unshare) to make a read-only home")
    prefix = ["unshare", "--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        prefix.insert(1, "--map-root-user")
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a private mount namespace here: {probe.stderr.strip()}")
    return prefix


def in_namespace(script: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a shell ``script`` in a private mount namespace (mounts end with it)."""
    return subprocess.run(
        [*_namespace_prefix(), "sh", "-eu", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )


def gui_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = private_env(tmp_path, QT_QPA_PLATFORM="offscreen", PY=PY, CHILD=str(CHILD), **extra)
    Path(env["HOME"]).mkdir(parents=True, exist_ok=True)
    return env


def messages(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith(("MESSAGE", "DIALOG"))]


READ_ONLY_HOME = 'mount --bind "$HOME" "$HOME"; mount -o remount,bind,ro "$HOME"\n'


def test_read_only_home_says_which_folder_before_any_question(tmp_path):
    env = gui_env(tmp_path)
    result = in_namespace(READ_ONLY_HOME + '"$PY" "$CHILD"', env)  # the default data file
    assert result.returncode == 1, result.stderr
    data_folder = Path(env["XDG_DATA_HOME"]) / "starapp"
    shown = messages(result.stdout)
    assert shown == [
        f"MESSAGE starapp cannot start | starapp cannot save its data in the folder "
        f"{data_folder} (Read-only file system). Ask your support contact to make that "
        "folder writable, or to start starapp with a data file in a folder you can write "
        "to. Nothing has been changed."
    ]  # and no passphrase was asked for a file that could not be made
    assert f"starapp: starapp cannot save its data in the folder {data_folder}" in result.stderr
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    assert list(Path(env["HOME"]).iterdir()) == []  # nothing written: no log, no settings


def test_read_only_home_with_data_elsewhere_opens_and_says_preferences_are_not_kept(
    tmp_path,
):
    env = gui_env(tmp_path, STARAPP_STARTUP_PROBE="1")
    data = tmp_path / "work" / "demo.db"
    made = subprocess.run(
        [PY, "-m", "starapp", "demo", "--data", str(data), "--people", "5"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    result = in_namespace(READ_ONLY_HOME + f'"$PY" "$CHILD" --data "{data}"', env)
    assert result.returncode == 0, result.stderr
    config = Path(env["XDG_CONFIG_HOME"]) / "starapp"
    assert messages(result.stdout) == [
        f"MESSAGE starapp | starapp cannot save its preferences in {config} (Read-only file "
        "system). It works, but the window size, language and auto-lock time are forgotten "
        "when it closes. Ask your support contact to make that folder writable."
    ]
    assert re.search(r"starapp-ready rows=[1-9]", result.stdout)  # the window, with people
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    assert list(Path(env["HOME"]).iterdir()) == []


FULL_DISK = """\
mount -t tmpfs -o size=4m tmpfs "$DISK"
"$PY" -m starapp demo --data "$DISK/demo.db" --people 20 >/dev/null
dd if=/dev/zero of="$DISK/filler" bs=4k 2>/dev/null || true   # until ENOSPC
echo "FREE $(df --output=avail -k "$DISK" | tail -1 | tr -d " ")"
"$PY" "$CHILD" --data "$DISK/$FILE" && echo "EXIT 0" || echo "EXIT $?"
echo "FILES $(ls -A "$DISK" | tr '\\n' ' ')"
rm "$DISK/filler"
"$PY" -m starapp check --data "$DISK/demo.db"
"$PY" -m starapp stats --data "$DISK/demo.db" --json | tr -d ' \\n'; echo
"""


@pytest.mark.parametrize("file", ["demo.db", "new.db"])
def test_full_disk_is_one_sentence_and_the_file_is_unharmed(tmp_path, file):
    disk = tmp_path / "disk"
    disk.mkdir()
    # the logs go to the full disk too: the log simply stops, no "Logging error" noise
    env = gui_env(tmp_path, DISK=str(disk), FILE=file, XDG_STATE_HOME=str(disk / "state"))
    result = in_namespace(FULL_DISK, env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "FREE 0" in out
    assert "EXIT 1" in out
    assert messages(out) == [
        f"MESSAGE starapp cannot start | The disk that holds {disk} is full, so starapp "
        "cannot save anything there. Free some space on it (empty the recycle bin, move "
        "large files away), then start starapp again. Nothing in your data has been changed."
    ]  # and for a new file: no passphrase asked before saying so
    assert "new.db" not in out.split("FILES", 1)[1].splitlines()[0]
    assert f"{disk}/demo.db is sound: no damage found." in out
    assert '"people":20' in out
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr


def _start_without_qt_platform(tmp_path: Path, **display: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in private_env(tmp_path).items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env.update(display)
    return subprocess.run(
        [PY, "-m", "starapp", "--data", str(tmp_path / "people.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check")
def test_no_display_at_all_is_a_sentence_from_the_real_command(tmp_path):
    result = _start_without_qt_platform(tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("starapp: No display found:")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "people.db").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 check")
@pytest.mark.parametrize("display", [":97", "localhost:97.0"])
def test_a_display_nobody_answers_is_a_sentence_not_a_core_dump(tmp_path, display):
    result = _start_without_qt_platform(tmp_path, DISPLAY=display)
    assert result.returncode == 1, result.stderr  # Qt alone: SIGABRT (-6)
    assert result.stderr.startswith(f"starapp: No display answers at DISPLAY={display}:")
    assert "could not connect to display" not in result.stderr
    assert not (tmp_path / "people.db").exists()


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb for a real display")
def test_a_display_that_answers_passes_the_check(tmp_path):
    from starapp.cli import _x_display_answers

    number = 90 + os.getpid() % 9
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(400):  # wait for the server to listen (up to 20 s)
            if server.poll() is not None or _x_display_answers(f":{number}"):
                break
            time.sleep(0.05)
        assert server.poll() is None, "Xvfb did not start"
        assert _x_display_answers(f":{number}")
        assert _x_display_answers(f":{number}.0")
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert not _x_display_answers(f":{number}")


def test_new_file_passphrase_then_set_up_then_never_again(tmp_path):
    """The good path the checks guard: a new file asks for a passphrase, shows the
    recovery key, then the first-run set-up over the window; the next start unlocks and
    goes straight to the window."""
    data = tmp_path / "work" / "people.db"
    env = gui_env(tmp_path, START_PASSPHRASE="blue fish kettle song", START_WORKER="Sam Jones")
    first = subprocess.run(
        [PY, str(CHILD), "--data", str(data)], env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert messages(first.stdout) == [
        "DIALOG passphraseSetup",
        "DIALOG recoveryKeyDialog",
        "DIALOG firstRunWizard",
    ]
    assert "WINDOW mainWindow" in first.stdout
    again = subprocess.run(
        [PY, str(CHILD), "--data", str(data)], env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert messages(again.stdout) == ["DIALOG unlockDialog"]
    assert "WINDOW mainWindow" in again.stdout

    from starapp.store import Store
    from starapp.store.settings import load_settings

    with Store.open(data, passphrase="blue fish kettle song") as store:
        settings = load_settings(store)
        actor = store.one("SELECT actor FROM audit WHERE entity = 'settings'")["actor"]
    assert (settings.worker_name, settings.setup_done) == ("Sam Jones", True)
    assert actor == "Sam Jones"


def test_second_copy_on_the_same_file_is_turned_away_from_source(tmp_path):
    """From source, as the packaging test does with the built program: the first window
    keeps running and its file stays sound; the second start says so and stops."""
    env = gui_env(tmp_path)
    data = tmp_path / "work" / "demo.db"
    made = subprocess.run(
        [PY, "-m", "starapp", "demo", "--data", str(data), "--people", "5"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    first = subprocess.Popen(
        [PY, "-m", "starapp", "--data", str(data)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        lock = data.with_name("demo.db.lock")
        for _ in range(600):  # wait for the first window to take its lock (up to 60 s)
            if lock.exists() or first.poll() is not None:
                break
            time.sleep(0.1)
        assert first.poll() is None and lock.exists()
        second = subprocess.run(
            [PY, str(CHILD), "--data", str(data)],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert second.returncode == 1
        shown = messages(second.stdout)
        assert len(shown) == 1 and shown[0].startswith("MESSAGE starapp | ")
        assert "already open in another starapp window" in shown[0]
        assert "already open in another starapp window" in second.stderr
        assert "Traceback" not in second.stderr
        assert first.poll() is None  # the first window is unaffected
    finally:
        first.terminate()
        first.wait(timeout=30)
    check = subprocess.run(
        [PY, "-m", "starapp", "check", "--data", str(data)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert check.returncode == 0 and "no damage found" in check.stdout
