"""Screenshots of the main window, the person page and the person dialog.

Saved to docs/screenshots/ so people can look at them (and reviewers can spot clipped
labels or cramped layouts); each test also checks the picture is not blank.
"""

from __future__ import annotations

import pytest
from people_factory import make_demo_people
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from shots import save_shot

from starapp.core.templates import builtin_templates
from starapp.store import Store
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops
from starapp.ui.person_dialog import PersonDialog


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def empty_store(tmp_path, qapp):
    with Store.open(tmp_path / "starapp.db", create=True, actor="test") as s:
        yield s
        QThreadPool.globalInstance().waitForDone(5000)  # background counts
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.processEvents()


@pytest.fixture
def store(empty_store):
    make_demo_people(empty_store, 30)
    return empty_store


def window(qtbot, store: Store, settings: QSettings, w: int, h: int) -> MainWindow:
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win.resize(w, h)
    win.show()
    qtbot.waitUntil(lambda: "readings" in win.counts_label.text())
    settle(qtbot)
    return win


def settle(qtbot) -> None:
    """Let layouts finish and lazily drawn star thumbnails arrive."""
    for _ in range(3):
        qtbot.wait(30)


def person_with_history(store: Store) -> str:
    """Someone with several finalised readings and a draft in progress."""
    best = max(store.people.find(archived=None), key=lambda p: p.reading_count)
    if not store.readings.drafts(best.id):
        template = store.readings.template_of(store.readings.get(best.latest_reading_id))
        draft = store.readings.start(best.id, template, worker=best.key_worker)
        store.readings.set_score(draft.id, template.areas[0].key, 7)
    return best.id


def test_main_window_with_people(qtbot, store, settings):
    win = window(qtbot, store, settings, 1024, 640)
    assert win.people_page.model.rowCount() == 30
    save_shot(win, "main-window.png")


def test_main_window_empty(qtbot, empty_store, settings):
    win = window(qtbot, empty_store, settings, 1024, 640)
    assert win.people_page.is_empty_state()
    save_shot(win, "main-window-empty.png")


def test_main_window_full_hd(qtbot, store, settings):
    win = window(qtbot, store, settings, 1920, 1080)
    save_shot(win, "main-window-1920x1080.png")


def test_person_page(qtbot, store, settings):
    win = window(qtbot, store, settings, 1024, 640)
    win.open_person(person_with_history(store))
    settle(qtbot)
    assert win.person_page.star is not None
    save_shot(win, "person-page.png")


def test_person_dialog(qtbot, store, settings):
    win = window(qtbot, store, settings, 1024, 640)
    person = store.people.get(person_with_history(store))
    dialog = PersonDialog(win._ops, None, win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reference, person.reference)  # a duplicate: shows the message
    qtbot.keyClicks(dialog.name, "Jo Example")
    dialog.project.setCurrentText(person.project)
    dialog.key_worker.setCurrentText(person.key_worker)
    dialog.consent_given.setCurrentIndex(dialog.consent_given.findData(True))
    dialog.consent_method.setCurrentText("Verbal")
    settle(qtbot)
    assert dialog.reference_error.isVisible()
    dialog.adjustSize()
    save_shot(dialog, "person-dialog.png")


def test_main_window_large_font(qtbot, store, settings):
    app = QApplication.instance()
    original = QFont(app.font())
    large = QFont(original)
    large.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(large)
    try:
        win = window(qtbot, store, settings, 1280, 800)
        save_shot(win, "main-window-large-font.png")
        win.open_person(person_with_history(store))
        settle(qtbot)
        save_shot(win, "person-page-large-font.png")
    finally:
        app.setFont(original)


def test_templates_are_available_for_demo_people():
    assert builtin_templates()
