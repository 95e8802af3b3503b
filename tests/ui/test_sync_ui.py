"""Sync in the window: targets set up in the dialog, the status bar, "Sync now" on a
worker thread, "needs attention" from a real WebDAV server, and the manager's import.

Real files and a real WebDAV server (tests/webdav_server.py) on 127.0.0.1. The system
keyring is switched off, so secrets are kept for the session, as on a bare laptop.
"""

from __future__ import annotations

import threading
import time
import zipfile
from pathlib import Path

import keyring
import keyring.backend
import pytest
from people_factory import make_demo_people
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from webdav_server import DAV_PASSWORD, DAV_USER, serve_webdav

from starapp.core.people import PersonDraft
from starapp.core.templates import builtin_templates
from starapp.store import Store
from starapp.store.conflicts import open_conflicts
from starapp.store.targets import TargetsRepo
from starapp.sync import secrets as secrets_module
from starapp.sync.engine import SyncEngine
from starapp.sync.folder_target import FolderTarget
from starapp.sync.importer import import_paths
from starapp.sync.outbox import export_bundles
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops
from starapp.ui.sync_controller import OFFLINE

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WAIT = 15_000  # ms: generous for a slow CI machine; the happy path takes well under 1 s


pytestmark = pytest.mark.usefixtures("sync_held")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def open_store(path: Path):
    """A data file whose test windows are closed (and sync stopped) before it closes."""
    store = Store.open(path, create=True, actor="test")
    yield store
    QThreadPool.globalInstance().waitForDone(5000)
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.processEvents()
    store.close()


@pytest.fixture
def store(tmp_path, qapp):
    # the data file in its own folder: a folder target must never hold it
    yield from open_store(tmp_path / "laptop" / "worker.db")


@pytest.fixture
def share(tmp_path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot, store, settings):
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win.resize(1100, 640)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def idle(qtbot, win: MainWindow) -> None:
    """Wait until the sync thread has finished the pass in hand."""
    controller = win.sync.controller
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)


def summary(win: MainWindow) -> str:
    return win.sync.status.summary.text()


def record_readings(ops: Ops, count: int, reference: str = "NS-0001") -> None:
    """A person and ``count`` finalised readings, through the window's operations."""
    template = builtin_templates()[0]
    person = ops.store.people.by_reference(reference) or ops.add_person(
        PersonDraft(reference=reference, name="Alex Byrne")
    )
    for i in range(count):
        reading = ops.start_reading(person.id, template, taken_on=f"2026-0{i + 1}-10")
        for area in template.areas:
            ops.set_score(reading.id, area.key, 3 + i)
        ops.finalise(reading.id)


def open_targets(qtbot, win: MainWindow):
    win.sync.targets_action.trigger()
    dialog = win.sync.targets_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


# --- a folder target, set up by keyboard, and "Sync now" ----------------------------------


def test_folder_target_by_keyboard_then_sync_now_delivers(qtbot, window, store, share):
    controller = window.sync.controller
    assert summary(window) == "Sync not set up"
    controller.start()
    idle(qtbot, window)

    dialog = open_targets(qtbot, window)
    assert dialog.name.hasFocus()
    qtbot.keyClicks(dialog.name, "Charity share")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert dialog.kind.hasFocus() and dialog.kind.currentData() == "folder"
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    assert dialog.folder.hasFocus()
    qtbot.keyClicks(dialog.folder, str(share))
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)  # the dialog's default: Save target
    assert "Saved “Charity share”" in dialog.message.text()
    assert [t.name for t in TargetsRepo(store).all()] == ["Charity share"]
    assert dialog.list.count() == 1
    dialog.close()
    idle(qtbot, window)

    record_readings(window._ops, 2)
    waiting = store.stats()["waiting_changes"]
    assert waiting >= 3  # the person, two readings (and the template they use)
    qtbot.waitUntil(lambda: summary(window).startswith(f"{waiting} waiting"), timeout=WAIT)
    assert window.sync.status.last.text() == "Last sync: never"

    qtbot.mouseClick(window.sync.status.sync_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: summary(window).startswith("All changes delivered"), timeout=WAIT)
    idle(qtbot, window)
    assert store.stats()["waiting_changes"] == 0
    bundles = list((share / store.install_id).glob("*.zip"))
    assert len(bundles) == 1 and zipfile.is_zipfile(bundles[0])
    assert window.sync.status.last.text().startswith("Last sync: ")
    assert "never" not in window.sync.status.last.text()
    assert not window.sync.status.problem.isVisible()
    # every pass ran on the sync thread, never on the GUI thread
    assert controller.engine_thread_ids
    assert threading.main_thread().ident not in controller.engine_thread_ids


def test_window_stays_responsive_while_a_slow_delivery_runs(
    qtbot, window, store, share, monkeypatch
):
    TargetsRepo(store).add("usb", "folder", str(share))
    record_readings(window._ops, 1)
    controller = window.sync.controller
    controller.start()
    idle(qtbot, window)  # the first pass delivers the first reading
    record_readings(window._ops, 1)

    real = FolderTarget.deliver
    ran_on: list[int] = []

    def slow(self, bundle, source_install):
        ran_on.append(threading.get_ident())
        time.sleep(1.0)
        return real(self, bundle, source_install)

    monkeypatch.setattr(FolderTarget, "deliver", slow)
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    window.sync.sync_now_action.trigger()
    qtbot.waitUntil(lambda: bool(ran_on), timeout=WAIT)
    qtbot.waitUntil(lambda: window.sync.status.last.text() == "Syncing…", timeout=WAIT)
    idle(qtbot, window)
    timer.stop()
    assert ran_on and threading.main_thread().ident not in ran_on
    assert len(ticks) >= 10, "the GUI thread kept handling events during the 1 s delivery"
    assert store.stats()["waiting_changes"] == 0


def test_folder_problems_are_sentences(qtbot, window, store, tmp_path):
    dialog = open_targets(qtbot, window)
    dialog.save_button.click()
    assert "Give the target a name" in dialog.message.text()
    dialog.name.setText("usb")
    dialog.folder.setText(str(tmp_path / "no-such-folder"))
    dialog.save_button.click()
    assert "There is no folder at" in dialog.message.text()
    dialog.folder.setText(str(store.path.parent))
    dialog.save_button.click()
    assert "live data file" in dialog.message.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("webdav"))
    dialog.url.setText("not a url")
    dialog.save_button.click()
    assert "is not a web address" in dialog.message.text()
    dialog.url.setText("http://cloud.example.org/dav")
    dialog.save_button.click()
    assert "only sent over https" in dialog.message.text()
    dialog.url.setText("https://cloud.example.org/dav")
    dialog.save_button.click()
    assert "Give the user name" in dialog.message.text()
    dialog.user.setText("alex")
    dialog.save_button.click()
    assert "Type the password" in dialog.message.text()
    assert TargetsRepo(store).all() == []


def test_closing_the_window_stops_the_sync_thread(qtbot, window, store, share):
    TargetsRepo(store).add("usb", "folder", str(share))
    controller = window.sync.controller
    controller.start()
    idle(qtbot, window)
    thread = controller._thread
    assert thread is not None and thread.is_alive()  # waiting for the next pass
    window.close()
    assert not thread.is_alive()
    assert not controller.running


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


def test_a_password_goes_to_the_keyring_when_there_is_one(qtbot, window, store, monkeypatch):
    memory = MemoryKeyring()
    monkeypatch.setattr(secrets_module, "keyring_available", lambda: True)
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    monkeypatch.setattr(keyring, "set_password", memory.set_password)
    monkeypatch.setattr(keyring, "delete_password", memory.delete_password)
    dialog = open_targets(qtbot, window)
    dialog.name.setText("hook")
    dialog.kind.setCurrentIndex(dialog.kind.findData("https"))
    assert not dialog.keyring_note.isVisible()
    assert dialog.form.labelForField(dialog.secret).text() == "&Token:"
    assert not dialog.user.isVisible()
    dialog.url.setText("https://charity.example.org/starapp/inbox")
    dialog.secret.setText("s3cret-token")
    dialog.save_button.click()
    assert "kept in this computer's keyring" in dialog.message.text()
    assert memory.saved == {("starapp", f"{store.install_id}/hook"): "s3cret-token"}
    for part in store.path.parent.glob(store.path.name + "*"):  # the file, its -wal
        assert b"s3cret-token" not in part.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_target()
    assert memory.saved == {} and TargetsRepo(store).all() == []
    assert "Removed “hook”" in dialog.message.text()


def test_without_a_keyring_the_password_is_asked_for_each_session(qtbot, window, store):
    # set up in an earlier session: the password went nowhere (no keyring)
    TargetsRepo(store).add("cloud", "webdav", "http://127.0.0.1:9/dav", username="kim")
    record_readings(window._ops, 1)
    controller = window.sync.controller
    controller.start()
    idle(qtbot, window)
    problem = window.sync.status.problem
    qtbot.waitUntil(problem.isVisible, timeout=WAIT)
    assert "no password or token for this session" in problem.toolTip()
    assert "Tools → Sync targets" in problem.toolTip()

    dialog = open_targets(qtbot, window)
    dialog.list.setCurrentRow(0)
    assert "Type it for this session" in dialog.secret.placeholderText()
    dialog.secret.setText("typed again")
    dialog.save_button.click()
    idle(qtbot, window)
    # now it is tried (nothing listens on port 9: a retry later, not "needs attention")
    assert controller.session_secrets["cloud"] == "typed again"
    assert not problem.isVisible()
    assert "Could not connect" in (TargetsRepo(store).find("cloud").last_error or "")


# --- WebDAV: a wrong password needs attention; fixing it delivers -----------------------


def test_wrong_webdav_password_needs_attention_then_fixed(qtbot, window, store, tmp_path):
    with serve_webdav(tmp_path / "dav-root") as dav:
        controller = window.sync.controller
        controller.start()
        idle(qtbot, window)
        dialog = open_targets(qtbot, window)
        dialog.name.setText("cloud")
        dialog.kind.setCurrentIndex(dialog.kind.findData("webdav"))
        assert dialog.keyring_note.isVisible()  # no keyring here: said so
        assert "only until it closes" in dialog.keyring_note.text()
        dialog.url.setText(dav.url + "/charity")
        dialog.user.setText(DAV_USER)
        dialog.secret.setText("not the password")
        dialog.save_button.click()
        assert "kept only until starapp closes" in dialog.message.text()
        idle(qtbot, window)

        record_readings(window._ops, 1)
        window.sync.sync_now_action.trigger()
        problem = window.sync.status.problem
        qtbot.waitUntil(problem.isVisible, timeout=WAIT)
        idle(qtbot, window)
        assert problem.text().startswith("Needs attention: cloud:")
        assert "did not accept the user name and password" in problem.toolTip()
        assert summary(window).split(" — ")[0].endswith("waiting")
        assert dav.files() == []

        # the details: the reason, and "Try again" for that target
        qtbot.mouseClick(window.sync.status.summary, Qt.MouseButton.LeftButton)
        details = window.sync.details_dialog
        assert details is not None and details.isVisible()
        assert "did not accept the user name and password" in details.attention.text()
        state = details.targets_table.item(0, 3).text()
        assert state.startswith("Needs attention:")
        assert details.try_again.isEnabled()
        assert details.queue_table.rowCount() == 1  # one bundle waiting
        assert "cloud:" in details.queue_table.item(0, 3).text()
        tried = TargetsRepo(store).find("cloud").last_attempt_at
        details.try_again.click()  # same wrong password: it stops again
        qtbot.waitUntil(
            lambda: TargetsRepo(store).find("cloud").last_attempt_at != tried, timeout=WAIT
        )
        idle(qtbot, window)
        assert TargetsRepo(store).find("cloud").attention

        # fix the password in the settings: saving clears "needs attention" and syncs
        dialog = open_targets(qtbot, window)
        dialog.list.setCurrentRow(0)
        assert dialog.name.text() == "cloud" and dialog.name.isReadOnly()
        assert "Needs attention" in dialog.message.text()
        dialog.secret.setText(DAV_PASSWORD)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: summary(window).startswith("All changes delivered"), timeout=WAIT)
        idle(qtbot, window)
        assert not problem.isVisible()
        assert len(dav.files()) == 1
        assert details.history_table.rowCount() == 1
        assert "cloud" in details.history_table.item(0, 4).text()
        window.close()


# --- the manager's import ------------------------------------------------------------------


@pytest.fixture
def manager(tmp_path, qapp):
    yield from open_store(tmp_path / "office" / "manager.db")


def worker_file(path: Path, people: int, prefix: str) -> Store:
    """A laptop's file: ``people`` people (references PREFIX-1...), one reading each."""
    store = Store.open(path, create=True, actor="kim")
    ops = Ops(store)
    for n in range(1, people + 1):
        record_readings(ops, 1, reference=f"{prefix}-{n}")
    return store


def test_import_dialog_imports_bundles_and_shows_counts(qtbot, manager, settings, tmp_path):
    inbox = tmp_path / "inbox"
    # two laptops; the first one's person is later changed on both sides: a conflict
    with (
        worker_file(tmp_path / "w1" / "a.db", 4, "NS") as a,
        worker_file(tmp_path / "w2" / "b.db", 3, "RS") as b,
    ):
        export_bundles(a, inbox / "a")
        export_bundles(b, inbox / "b")
        first = import_paths(manager, [inbox / "a"])
        assert first[0].status == "imported"
        person = a.people.find()[0]
        a.people.update(person.id, PersonDraft(reference=person.reference, name="Changed on A"))
        export_bundles(a, inbox / "a")
    here = manager.people.get(person.id)
    manager.people.update(person.id, PersonDraft(reference=here.reference, name="Changed here"))
    (inbox / "broken.zip").write_bytes(b"PK\x03\x04 this is not a whole zip")

    win = MainWindow(Ops(manager), settings)
    qtbot.addWidget(win)
    win.resize(1000, 600)
    win.show()
    assert win.people_page.model.rowCount() == 4
    win.sync.import_action.trigger()
    dialog = win.sync.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.start_button.isEnabled()  # nothing chosen yet
    dialog.add_sources([inbox])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is not None and dialog.worker.isFinished(), timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.state.text().startswith("Done"), timeout=WAIT)

    assert dialog.worker.thread_id != threading.main_thread().ident
    rows = {
        dialog.results.item(r, 0).text(): dialog.results.item(r, 1).text()
        for r in range(dialog.results.rowCount())
    }
    assert len(rows) == 4
    assert rows["broken.zip"] == "refused"
    assert sorted(rows.values()).count("imported") == 2
    assert sorted(rows.values()).count("already imported") == 1
    assert dialog.state.text() == "Done: 2 imported, 1 already imported, 1 refused."
    assert "Records:" in dialog.totals.text() and "1 conflicts" in dialog.totals.text()
    details = dialog.details.toPlainText()
    assert "broken.zip: refused — " in details
    assert "conflict, person" in details
    assert dialog.progress.value() == dialog.progress.maximum() == 4
    # the people list refreshed itself: everyone from both laptops is there
    qtbot.waitUntil(lambda: win.people_page.model.rowCount() == 7, timeout=WAIT)

    # the conflict: shown read-only with both versions, and closed with "keep"
    assert dialog.show_conflicts.isVisible()
    dialog.show_conflicts.click()
    conflicts = dialog.conflicts_dialog
    assert conflicts.list.count() == 1
    assert "changed on two laptops" in conflicts.list.item(0).text()
    assert "kept the version already in this file" in conflicts.explanation.text()
    names = [conflicts.compare.item(r, 0).text() for r in range(conflicts.compare.rowCount())]
    row = names.index("Name")
    assert conflicts.compare.item(row, 1).text() == "Changed here"
    assert conflicts.compare.item(row, 2).text() == "Changed on A"
    conflicts.keep.click()
    assert conflicts.list.count() == 0 and conflicts.empty.isVisible()
    assert open_conflicts(manager) == []
    assert manager.people.get(person.id).name == "Changed here"
    conflicts.close()
    win.close()


# --- screenshots (docs/screenshots) ----------------------------------------------------------


def save(widget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    for _ in range(3):
        QApplication.processEvents()
        time.sleep(0.02)
    assert widget.grab().toImage().save(str(path))
    return path


def test_screenshot_status_three_waiting_offline(qtbot, store, settings, share):
    make_demo_people(store, 12)
    TargetsRepo(store).add("Charity share", "folder", str(share))
    SyncEngine(store).run_once()  # an earlier sync delivered everything so far
    assert store.stats()["waiting_changes"] == 0
    person = store.people.find()[0]
    template = builtin_templates()[0]
    for day in ("2026-05-04", "2026-05-05", "2026-05-06"):
        reading = store.readings.start(person.id, template, taken_on=day, worker="Sam Okafor")
        for area in template.areas:
            store.readings.set_score(reading.id, area.key, 6)
        store.readings.finalise(reading.id)
    assert store.stats()["waiting_changes"] == 3

    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win.resize(1100, 640)
    win.show()
    win.sync.controller.set_connectivity(OFFLINE)
    qtbot.waitUntil(lambda: "readings" in win.counts_label.text())
    assert summary(win) == "3 waiting — offline"
    assert win.sync.status.last.text().startswith("Last sync: ")
    save(win, "sync-status.png")


def test_screenshot_targets_dialog(qtbot, window, store, share):
    TargetsRepo(store).add("Charity share", "folder", str(share))
    TargetsRepo(store).add(
        "Charity cloud", "webdav", "https://cloud.example.org/remote.php/dav/files/kim/starapp",
        username="kim",
    )  # fmt: skip
    TargetsRepo(store).set_attention(
        TargetsRepo(store).find("Charity cloud").id,
        "The server for Charity cloud did not accept the user name and password (or token). "
        "Check them in the target's settings.",
    )
    dialog = open_targets(qtbot, window)
    dialog.list.setCurrentRow(0)
    assert dialog.url.isVisible() and dialog.user.isVisible()
    assert "Needs attention" in dialog.message.text()
    save(dialog, "sync-targets.png")


def test_screenshot_import_result(qtbot, manager, settings, tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    with (
        worker_file(tmp_path / "w1" / "a.db", 6, "NS") as a,
        worker_file(tmp_path / "w2" / "b.db", 4, "RS") as b,
    ):
        export_bundles(a, inbox)
        export_bundles(b, inbox)
    (inbox / "starapp-damaged-copy.zip").write_bytes(b"PK\x03\x04 cut off")
    win = MainWindow(Ops(manager), settings)
    qtbot.addWidget(win)
    win.show()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    win.sync.open_import()
    dialog = win.sync.import_dialog
    dialog.add_sources([inbox])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.state.text().startswith("Done"), timeout=WAIT)
    save(dialog, "import-result.png")
