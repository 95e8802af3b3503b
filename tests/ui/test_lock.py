"""The lock (idle and Ctrl+L), the unlock dialog, and setting up a new file's passphrase.

Screenshots go to docs/screenshots/ (lock-screen.png, unlock-dialog.png,
passphrase-setup.png, recovery-key.png).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from people_factory import make_demo_people
from PySide6.QtCore import QPoint, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from starapp.core.templates import builtin_templates
from starapp.store import Store, audit_log, keys
from starapp.store.audit_log import AuditFilter
from starapp.store.encryption import reset_passphrase
from starapp.ui import passphrase_setup
from starapp.ui.lock import AUTO_LOCK_KEY, auto_lock_ms
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops
from starapp.ui.passphrase_setup import PassphraseSetupDialog, RecoveryKeyDialog
from starapp.ui.unlock_dialog import UnlockDialog, open_data_file

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(keys, "KDF_TIME_COST", 1)
    monkeypatch.setattr(keys, "KDF_MEMORY_KIB", 8 * 1024)
    monkeypatch.setattr(keys, "KDF_PARALLELISM", 1)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def store(tmp_path, qapp):
    s = Store.open(tmp_path / "people.db", create=True, passphrase=PASS, actor="test")
    s.recovery_key_for_test = s.recovery_key  # type: ignore[attr-defined]
    make_demo_people(s, 12)
    yield s
    QThreadPool.globalInstance().waitForDone(5000)
    for widget in QApplication.topLevelWidgets():
        widget.close()
    qapp.processEvents()
    s.close()


@pytest.fixture
def window(qtbot, store, settings):
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win.resize(1024, 640)
    win.show()
    qtbot.waitUntil(lambda: win.people_page.model.rowCount() == 12)
    return win


def _names(store: Store) -> list[str]:
    return [p.name for p in store.people.find(limit=100)]


def _texts(widget: QWidget) -> str:
    """Every text the window shows in labels, fields and item views."""
    parts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QLineEdit)]
    parts += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit)]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    parts.append(str(model.index(row, col).data() or ""))
    return "\n".join(parts)


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().toImage().save(str(SHOTS / name))


def _unlock_form(win: MainWindow):
    screen = win.locker.screen
    assert screen is not None and screen.form is not None
    return screen.form


# --- the lock ---------------------------------------------------------------------------


def test_idle_time_locks_and_hides_all_personal_data(qtbot, window, store):
    names = _names(store)
    assert any(name in _texts(window) for name in names)  # the check can see them
    window.locker.set_idle_ms(200)
    qtbot.waitUntil(lambda: window.locker.locked, timeout=3000)
    assert window.centralWidget().objectName() == "lockScreen"
    assert not window.people_page.isVisible() and not window.people_page.table.isVisible()
    assert not window.isAncestorOf(window.people_page.table)  # not in the window at all
    assert window.findChildren(QAbstractItemView) == []
    assert not any(name in _texts(window) for name in names)
    assert not window.new_person_action.isEnabled() and not window.find_action.isEnabled()
    qtbot.wait(50)
    _shot(window, "lock-screen.png")


def test_wrong_then_right_passphrase_on_the_lock_screen(qtbot, window, store):
    window.locker.lock()
    form = _unlock_form(window)
    qtbot.keyClicks(form.passphrase, "not the passphrase")
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(form.error.isVisible, timeout=5000)
    assert "does not open people.db" in form.error.text()
    assert window.locker.locked
    qtbot.keyClicks(form.passphrase, PASS)
    window.locker.screen.unlock_button.click()
    qtbot.waitUntil(lambda: not window.locker.locked, timeout=5000)
    assert window.centralWidget() is window.stack
    assert window.people_page.table.isVisible()
    assert window.new_person_action.isEnabled()
    unlocked = audit_log.rows(store, AuditFilter(action="file.unlock"))
    assert len(unlocked) == 1  # who got back in is on the record, once


def test_recovery_key_unlocks_the_lock_screen(qtbot, window, store):
    window.locker.lock()
    form = _unlock_form(window)
    form.use_recovery.setChecked(True)
    qtbot.keyClicks(form.recovery_key, store.recovery_key_for_test.lower())
    form.submit()
    qtbot.waitUntil(lambda: not window.locker.locked, timeout=5000)


def test_input_keeps_the_window_unlocked(qtbot, window):
    window.locker.set_idle_ms(300)
    for _ in range(8):
        qtbot.mouseMove(window.people_page.table.viewport(), QPoint(10, 10))
        qtbot.keyClick(window.people_page.table, Qt.Key.Key_Down)
        qtbot.wait(100)
    assert not window.locker.locked
    qtbot.waitUntil(lambda: window.locker.locked, timeout=3000)


def test_ctrl_l_locks_and_a_typed_note_is_saved_first(qtbot, window, store):
    person = store.people.find(limit=1)[0]
    template = builtin_templates()[0]
    draft = store.readings.start(person.id, template, worker="Sam")
    window.open_person(person.id)
    window.open_reading_editor(draft.id)
    editor = window.editor
    assert editor is not None
    key = template.areas[0].key
    note = editor.form.row(key).note
    note.setFocus()
    qtbot.keyClicks(note, "Slept well this week")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.locked
    assert not editor.isVisible()
    assert store.readings.get(draft.id).scores[key].note == "Slept well this week"


def test_dialogs_are_hidden_while_locked(qtbot, window):
    window.new_person_action.trigger()
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    window.locker.lock()
    assert not dialog.isVisible()
    form = _unlock_form(window)
    qtbot.keyClicks(form.passphrase, PASS)
    form.submit()
    qtbot.waitUntil(lambda: not window.locker.locked, timeout=5000)
    assert dialog.isVisible()
    dialog.reject()


def test_plain_file_locks_without_a_passphrase(qtbot, tmp_path, settings):
    with Store.open(tmp_path / "demo.db", create=True) as plain:
        win = MainWindow(Ops(plain), settings)
        qtbot.addWidget(win)
        win.show()
        win.locker.lock()
        screen = win.locker.screen
        assert screen is not None and screen.form is None
        assert "not encrypted" in screen.findChild(QLabel, "lockExplain").text()
        screen.unlock_button.click()
        assert not win.locker.locked
        win.close()


def test_auto_lock_time_comes_from_the_settings(settings):
    assert auto_lock_ms(settings) == 5 * 60_000
    settings.setValue(AUTO_LOCK_KEY, 2)
    assert auto_lock_ms(settings) == 2 * 60_000
    settings.setValue(AUTO_LOCK_KEY, 0)
    assert auto_lock_ms(settings) == 0


# --- the unlock dialog at start ---------------------------------------------------------------


def test_unlock_dialog_wrong_then_right_passphrase(qtbot, tmp_path):
    path = tmp_path / "work.db"
    Store.open(path, create=True, passphrase=PASS).close()
    before = path.read_bytes()
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.form.passphrase, "wrong passphrase")
    dialog.unlock_button.click()
    qtbot.waitUntil(dialog.form.error.isVisible, timeout=5000)
    assert "does not open work.db" in dialog.form.error.text()
    assert dialog.isVisible() and dialog.store is None
    assert path.read_bytes() == before
    _shot(dialog, "unlock-dialog.png")
    qtbot.keyClicks(dialog.form.passphrase, PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.unlock_button.click()
    assert dialog.store is not None and dialog.store.encrypted
    dialog.store.close()


def test_new_file_asks_for_a_passphrase_then_shows_the_recovery_key(qtbot, tmp_path, monkeypatch):
    shown: list[str] = []

    def setup_exec(dialog: PassphraseSetupDialog) -> int:
        dialog.new.setText(PASS)
        dialog.again.setText(PASS)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    def key_exec(dialog: RecoveryKeyDialog) -> int:
        shown.append(dialog.key_label.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseSetupDialog, "exec", setup_exec)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", key_exec)
    store = open_data_file(None, tmp_path / "new.db", create=True)
    assert store is not None and store.encrypted
    assert store.recovery_key is None  # shown once, then forgotten
    assert len(shown) == 1 and len(shown[0].replace("\n", "-").split("-")) == 14
    store.close()
    assert not (tmp_path / "new.db").read_bytes().startswith(b"SQLite format 3")


def test_passphrase_setup_checks_length_and_repetition(qtbot, tmp_path):
    dialog = PassphraseSetupDialog(tmp_path / "new.db")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new.setText("short")
    dialog.again.setText("short")
    dialog.accept()
    assert dialog.error.isVisible() and "at least 8" in dialog.error.text()
    dialog.new.setText(PASS)
    dialog.again.setText(PASS + "x")
    dialog.accept()
    assert "not the same" in dialog.error.text() and dialog.result() == 0
    _shot(dialog, "passphrase-setup.png")
    dialog.keep_plain.setChecked(True)
    assert dialog.plain_warning.isVisible() and "fictional" in dialog.plain_warning.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen_passphrase is None


def test_recovery_key_dialog_closes_only_once_written_down(qtbot, tmp_path):
    key = keys.recovery_key_text(keys.new_data_key())
    dialog = RecoveryKeyDialog(key, tmp_path / "new.db")
    qtbot.addWidget(dialog)
    dialog.show()
    assert key.split("-")[0] in dialog.key_label.text()
    assert "cannot be recovered" in dialog.findChild(QLabel, "recoveryExplain").text()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    _shot(dialog, "recovery-key.png")
    dialog.written.setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert not dialog.isVisible()


def test_forgotten_passphrase_reset_with_the_recovery_key(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "work.db"
    with Store.open(path, create=True, passphrase=PASS) as s:
        recovery_key = s.recovery_key
    new = "a brand new passphrase"

    def setup_exec(dialog: PassphraseSetupDialog) -> int:
        assert not dialog.keep_plain.isVisible()  # no way to drop encryption here
        dialog.new.setText(new)
        dialog.again.setText(new)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseSetupDialog, "exec", setup_exec)
    monkeypatch.setattr(passphrase_setup.QMessageBox, "information", lambda *a: None)
    passphrase_setup.offer_new_passphrase(None, path, recovery_key, reset_passphrase)
    Store.open(path, passphrase=new).close()
