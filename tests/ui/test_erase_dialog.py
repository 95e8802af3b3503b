"""The erase dialog: the exact reference unlocks the button; erasing leaves no bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from person_with_everything import REFERENCE, SECRETS, add_person_with_everything
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from starapp.store import Store
from starapp.store.audit_log import AuditFilter, rows
from starapp.ui.erase_dialog import EraseDialog, erase_person_dialog
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def store(tmp_path, qapp):
    with Store.open(tmp_path / "people.db", create=True, actor="kim") as s:
        yield s
        QThreadPool.globalInstance().waitForDone(5000)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.processEvents()


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def _raw(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_the_button_waits_for_the_reference_typed_exactly(qtbot, store):
    ids = add_person_with_everything(store)
    dialog = erase_person_dialog(None, Ops(store), ids.person_id)
    assert isinstance(dialog, EraseDialog)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    for typed in (REFERENCE.lower(), REFERENCE.upper(), REFERENCE[:-1], REFERENCE + "1", ""):
        dialog.confirm.setText(typed)
        assert not dialog.erase_button.isEnabled(), typed
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # neither erases nor closes
    assert dialog.isVisible() and dialog.mismatch.isVisible()
    assert REFERENCE in dialog.mismatch.text()
    dialog.confirm.setText(f"  {REFERENCE} ")  # spaces around do not count
    assert dialog.erase_button.isEnabled() and dialog.mismatch.isHidden()
    assert store.people.get(ids.person_id).reference == REFERENCE  # nothing happened yet
    for button in (dialog.erase_button, dialog.cancel_button, dialog.export_button):
        assert button.accessibleName() and button.toolTip()
    assert dialog.confirm.accessibleName() and dialog.confirm.toolTip()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "erase-dialog.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not dialog.erased


def test_erasing_from_the_person_page_leaves_no_trace(qtbot, store, tmp_path):
    ids = add_person_with_everything(store)
    assert all(s.encode() in _raw(store.path) for s in SECRETS[:3])  # visible before
    ops = Ops(store)
    window = MainWindow(ops, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.resize(1100, 700)
    window.open_person(ids.person_id)
    assert window.stack.currentWidget() is window.person_page
    page = window.person_page
    for button in (page.erase_button, page.access_button):
        assert button.isVisible() and button.accessibleName() and button.toolTip()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "person-page-erase-export.png"))

    window.person_page.erase_button.click()
    dialog = window.person_page.findChild(EraseDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.confirm, REFERENCE)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # Enter erases once it matches
    assert dialog.busy and dialog.progress.isVisible() and not dialog.confirm.isEnabled()
    dialog.reject()  # ignored while erasing
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.waitUntil(lambda: dialog.erased, timeout=20_000)
    ops.wait_for_background()

    assert store.people.by_reference(REFERENCE) is None
    data = _raw(store.path)
    assert [s for s in SECRETS if s.encode() in data] == []
    assert store.readings.get(ids.other_reading_id).notes == "Bob's own note"  # others untouched
    assert window.stack.currentWidget() is window.people_page
    model = window.people_page.model
    shown = [model.person_at(r).reference for r in range(model.rowCount())]
    assert shown == ["KEEP-1"]
    erased = rows(store, AuditFilter(action="person.erase"))
    assert [(r.entity_id, r.actor, r.erased) for r in erased] == [(ids.person_id, "kim", True)]


def test_a_failed_erase_says_so_and_keeps_the_dialog(qtbot, store, messages):
    ids = add_person_with_everything(store)
    ops = Ops(store)
    dialog = erase_person_dialog(None, ops, ids.person_id)
    qtbot.addWidget(dialog)
    store.people.erase(ids.person_id, confirm_reference=REFERENCE)  # gone meanwhile
    dialog.confirm.setText(REFERENCE)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert messages == ["That person is not in this data file."]
    assert dialog.isVisible() and not dialog.busy and not dialog.erased
    assert dialog.confirm.isEnabled() and dialog.cancel_button.isEnabled()
