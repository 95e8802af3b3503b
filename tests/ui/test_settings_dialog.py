"""Settings: every tab saves where it belongs (data file or QSettings), auto-lock applies
to the running window at once, the passphrase changes, and a refused save keeps what
was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from shots import save_shot

from starapp.store import Store
from starapp.store.encryption import check_unlock
from starapp.store.errors import WrongPassphrase
from starapp.store.settings import ServiceSettings, load_settings, save_settings
from starapp.ui.change_passphrase import ChangePassphraseDialog
from starapp.ui.contrast import HIGH_CONTRAST_KEY
from starapp.ui.lock import AUTO_LOCK_KEY, LockController
from starapp.ui.ops import Ops
from starapp.ui.settings_dialog import SettingsDialog, open_settings_dialog
from starapp.ui.translation import LANGUAGE_KEY

OLD = "correct horse battery"
NEW = "purple kettle morning walk"


@pytest.fixture
def prefs(tmp_path):
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


def _closing(store: Store, qapp):
    yield store
    QThreadPool.globalInstance().waitForDone(5000)
    for widget in QApplication.topLevelWidgets():
        widget.close()
    qapp.processEvents()
    store.close()


@pytest.fixture
def store(tmp_path, qapp):
    yield from _closing(Store.open(tmp_path / "starapp.db", create=True, actor="test"), qapp)


@pytest.fixture
def encrypted_store(tmp_path, qapp):
    s = Store.open(tmp_path / "secret.db", create=True, passphrase=OLD, actor="test")
    yield from _closing(s, qapp)


@pytest.fixture
def ops(store):
    return Ops(store)


@pytest.fixture
def locker(qtbot, ops, prefs):
    window = QMainWindow()
    qtbot.addWidget(window)
    return LockController(window, ops, prefs)


def idle_interval(locker: LockController) -> tuple[int, bool]:
    timer = locker.findChild(QTimer)
    return timer.interval(), timer.isActive()


def dialog_for(qtbot, ops, locker=None, prefs=None) -> SettingsDialog:
    dialog = SettingsDialog(ops, locker, None, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_tab_saves_where_it_belongs(qtbot, ops, store, locker, prefs):
    save_settings(store, ServiceSettings(organisation="Old name", setup_done=True))
    assert idle_interval(locker) == (5 * 60_000, True)  # the default five minutes
    dialog = dialog_for(qtbot, ops, locker, prefs)
    assert dialog.organisation.text() == "Old name"

    dialog.organisation.selectAll()
    qtbot.keyClicks(dialog.organisation, "Hillview Youth Project")
    qtbot.keyClicks(dialog.worker, "Tomos")
    save_shot(dialog, "settings-1-organisation.png")

    dialog.tabs.setCurrentIndex(1)
    chooser = dialog.chooser
    for i in range(chooser.list.count()):
        item = chooser.list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "life-areas":
            item.setCheckState(Qt.CheckState.Unchecked)
    save_shot(dialog, "settings-2-templates.png")

    dialog.tabs.setCurrentIndex(2)
    assert dialog.auto_lock.value() == 5
    dialog.auto_lock.setValue(15)
    save_shot(dialog, "settings-3-security-plain.png")

    dialog.tabs.setCurrentIndex(3)
    assert dialog.language.currentData() == "en"
    assert dialog.language_note.text() == ""
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    assert "takes effect when starapp restarts" in dialog.language_note.text()
    assert dialog.contrast.currentData() == ""  # follows the system until chosen
    dialog.contrast.setCurrentIndex(dialog.contrast.findData("true"))
    save_shot(dialog, "settings-4-display.png")

    dialog.tabs.setCurrentIndex(4)
    dialog.require_consent.setChecked(True)
    save_shot(dialog, "settings-5-privacy.png")

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    saved = load_settings(store)
    assert saved.organisation == "Hillview Youth Project"
    assert saved.worker_name == "Tomos"
    assert sorted(saved.template_keys) == ["family-support", "young-person"]
    assert saved.require_consent and saved.setup_done
    assert store.actor == "Tomos"
    assert int(prefs.value(AUTO_LOCK_KEY)) == 15
    assert prefs.value(LANGUAGE_KEY) == "cy"
    assert prefs.value(HIGH_CONTRAST_KEY) == "true"
    assert idle_interval(locker) == (15 * 60_000, True)  # the running window, at once


def test_never_stops_the_auto_lock_at_once(qtbot, ops, locker, prefs):
    dialog = dialog_for(qtbot, ops, locker, prefs)
    dialog.tabs.setCurrentIndex(2)
    dialog.auto_lock.setValue(0)
    assert dialog.auto_lock.text() == "Never"
    dialog.accept()
    assert int(prefs.value(AUTO_LOCK_KEY)) == 0
    assert idle_interval(locker) == (0, False)


def test_cancel_changes_nothing(qtbot, ops, store, locker, prefs):
    dialog = dialog_for(qtbot, ops, locker, prefs)
    qtbot.keyClicks(dialog.worker, "Someone")
    dialog.auto_lock.setValue(99)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert load_settings(store) == ServiceSettings()
    assert prefs.value(AUTO_LOCK_KEY) is None
    assert idle_interval(locker) == (5 * 60_000, True)


def test_no_template_ticked_is_refused_on_the_templates_tab(qtbot, ops, store, prefs):
    dialog = dialog_for(qtbot, ops, prefs=prefs)
    for i in range(dialog.chooser.list.count()):
        dialog.chooser.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 1
    assert "Tick at least one template" in dialog.chooser.message.text()
    assert load_settings(store) == ServiceSettings()


def test_a_read_only_file_is_one_sentence_and_keeps_the_typing(
    qtbot, ops, store, prefs, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    store.db.execute("PRAGMA query_only = 1")  # SQLite refuses every write, as read-only
    dialog = dialog_for(qtbot, ops, prefs=prefs)
    qtbot.keyClicks(dialog.worker, "Gwen")
    dialog.accept()
    assert dialog.isVisible() and dialog.worker.text() == "Gwen"
    assert len(shown) == 1 and "cannot be written (it is read-only)" in shown[0]
    assert "Traceback" not in shown[0]
    assert store.actor == "test"  # not changed by a save that failed
    store.db.execute("PRAGMA query_only = 0")
    assert load_settings(store) == ServiceSettings()


def test_plain_file_has_no_passphrase_to_change(qtbot, ops, prefs):
    dialog = dialog_for(qtbot, ops, prefs=prefs)
    assert not dialog.change_passphrase.isEnabled()
    assert "not encrypted" in dialog.passphrase_note.text()


def test_change_passphrase_wrong_then_right(qtbot, encrypted_store, prefs):
    ops = Ops(encrypted_store)
    path, key_id = encrypted_store.path, encrypted_store.key_id
    settings = dialog_for(qtbot, ops, prefs=prefs)
    settings.tabs.setCurrentIndex(2)
    assert settings.change_passphrase.isEnabled()
    save_shot(settings, "settings-3-security.png")

    dialog = ChangePassphraseDialog(ops, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, "not the passphrase")
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.again, NEW + "x")
    dialog.accept()
    assert "not the same" in dialog.error.text()

    dialog.again.clear()
    qtbot.keyClicks(dialog.again, NEW)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy.isVisible() and dialog.error.isVisible())
    assert dialog.isVisible() and not dialog.changed
    save_shot(dialog, "change-passphrase-wrong.png")
    check_unlock(path, key_id, passphrase=OLD)  # nothing changed

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, OLD)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.changed
    check_unlock(path, key_id, passphrase=NEW)
    with pytest.raises(WrongPassphrase):
        check_unlock(path, key_id, passphrase=OLD)


def test_open_settings_dialog_is_window_modal_and_returns(qtbot, ops, locker):
    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.show()
    dialog = open_settings_dialog(parent, ops, locker)
    assert dialog.isVisible() and dialog.parent() is parent
    assert dialog.tabs.count() == 5
    dialog.reject()


def test_retention_button_opens_the_retention_dialog_and_its_months_survive_save(
    qtbot, ops, store, prefs
):
    from starapp.ui.retention_dialog import RetentionDialog

    dialog = dialog_for(qtbot, ops, prefs=prefs)
    dialog.tabs.setCurrentIndex(4)
    dialog.retention.click()
    opened = [w for w in dialog.findChildren(RetentionDialog) if w.isVisible()]
    assert len(opened) == 1
    opened[0].reject()
    # what the retention dialog saves, while Settings is open
    save_settings(store, ServiceSettings(archive_after_months=18, erase_after_months=6))
    qtbot.keyClicks(dialog.worker, "Orla")
    dialog.accept()
    saved = load_settings(store)
    assert (saved.worker_name, saved.archive_after_months, saved.erase_after_months) == (
        "Orla",
        18,
        6,
    )


def test_every_tab_passes_the_accessibility_checks(qtbot, encrypted_store, prefs):
    from test_accessibility import assert_accessible  # names, labels or tooltips, mnemonics

    ops = Ops(encrypted_store)
    dialog = dialog_for(qtbot, ops, prefs=prefs)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert_accessible(dialog)
    change = ChangePassphraseDialog(ops, dialog)
    qtbot.addWidget(change)
    change.show()
    assert_accessible(change)
