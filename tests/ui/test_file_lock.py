"""One window per data file: the lock beside the data file (starapp/ui/file_lock.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from starapp.store import Store
from starapp.ui import file_lock
from starapp.ui.app import create_app
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys
    from starapp.ui import file_lock
    file_lock.acquire(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture(autouse=True)
def no_locks_left():
    yield
    file_lock.release_all_but(None)


@pytest.fixture
def other_window(tmp_path):
    """Another process that holds the lock of tmp_path/people.db until it is stopped."""
    data = tmp_path / "people.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    yield data, child
    if child.poll() is None:
        child.kill()
    child.wait(10)


def test_lock_lives_beside_the_data_file(tmp_path):
    data = tmp_path / "people.db"
    file_lock.acquire(data)
    assert file_lock.lock_path(data) == tmp_path / "people.db.lock"
    assert (tmp_path / "people.db.lock").exists()
    assert file_lock.is_held(data)
    file_lock.acquire(data)  # holding it already is fine
    file_lock.release(data)
    assert not (tmp_path / "people.db.lock").exists()


def test_second_copy_is_turned_away(other_window):
    data, _child = other_window
    with pytest.raises(file_lock.DataFileInUse, match="already open in another starapp window"):
        file_lock.acquire(data)
    assert not file_lock.is_held(data)


def test_lock_of_a_crashed_window_is_taken_over(other_window):
    data, child = other_window
    child.send_signal(signal.SIGKILL)  # no chance to remove its lock file
    child.wait(10)
    assert file_lock.lock_path(data).exists()
    file_lock.acquire(data)
    assert file_lock.is_held(data)


def test_a_long_open_window_keeps_its_lock(other_window):
    """QLockFile treats a lock older than 30 s as stale by default; starapp's never are."""
    data, _child = other_window
    lock = file_lock.lock_path(data)
    old = lock.stat().st_mtime - 3600
    os.utime(lock, (old, old))  # as if the window had been open for an hour
    with pytest.raises(file_lock.DataFileInUse):
        file_lock.acquire(data)


def test_unwritable_folder_carries_on_without_a_lock(tmp_path, monkeypatch):
    """A read-only folder: no lock, no exception; opening the data file will explain."""

    from PySide6.QtCore import QLockFile

    class Refused:
        LockError = QLockFile.LockError

        def __init__(self, _path: str) -> None:
            pass

        def setStaleLockTime(self, _ms: int) -> None:
            pass

        def tryLock(self, _timeout: int) -> bool:
            return False

        def error(self):  # type: ignore[no-untyped-def]
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr(file_lock, "QLockFile", Refused)
    file_lock.acquire(tmp_path / "people.db")
    assert not file_lock.is_held(tmp_path / "people.db")


def test_switching_to_a_file_open_elsewhere_keeps_the_current_one(
    qtbot, qapp, tmp_path, other_window, monkeypatch
):
    create_app()
    busy, _child = other_window
    with Store.open(busy, create=True, actor="test"):
        pass
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    with Store.open(tmp_path / "mine.db", create=True, actor="test") as store:
        file_lock.acquire(store.path)
        win = MainWindow(Ops(store), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        assert not win.switch_to(busy)
        assert "already open in another starapp window" in shown[0]
        assert win._ops.store.path == store.path
        assert file_lock.is_held(store.path)

        free = tmp_path / "free.db"
        Store.open(free, create=True).close()  # made here: a new file would ask for a passphrase
        assert win.switch_to(free, create=True)
        assert file_lock.is_held(free) and not file_lock.is_held(store.path)
        QThreadPool.globalInstance().waitForDone(5000)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.processEvents()
        win._ops.store.close()
