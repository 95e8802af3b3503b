from __future__ import annotations

import sys

import pytest
from people_factory import make_demo_people, make_people
from PySide6.QtCore import QSettings, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from starapp.core.errors import ValidationError
from starapp.core.people import PersonDraft
from starapp.core.readings import ReadingKind
from starapp.core.templates import builtin_templates
from starapp.store import Store
from starapp.ui import app as app_module
from starapp.ui import reading_launch
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops
from starapp.ui.person_dialog import PersonDialog


@pytest.fixture
def messages(monkeypatch):
    """Message boxes recorded instead of shown."""
    shown: list[tuple[str, str]] = []

    def record(kind):
        def box(_parent, title, text, *args, **kw):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(("about", text)))
    return shown


@pytest.fixture
def store(tmp_path, qapp):
    with Store.open(tmp_path / "people.db", create=True, actor="test") as s:
        yield s
        QThreadPool.globalInstance().waitForDone(5000)  # background counts
        for widget in QApplication.topLevelWidgets():  # before the file closes
            widget.close()
        qapp.processEvents()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, store, settings):
    ops = Ops(store)
    win = MainWindow(ops, settings)
    qtbot.addWidget(win)
    win.resize(1024, 640)
    show_active(qtbot, win)
    return win


def show_active(qtbot, widget: QWidget) -> None:
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def ok_button(dialog: PersonDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def open_add_dialog(qtbot, window: MainWindow) -> PersonDialog:
    window.new_person_action.trigger()
    dialog = window.dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


# --- empty state ------------------------------------------------------------------------


def test_empty_file_shows_the_friendly_panel(window):
    page = window.people_page
    assert page.is_empty_state()
    assert page.empty_panel.isVisible()
    assert not page.table.isVisible()
    assert window.findChild(QPushButton, "emptyAddPerson").isVisible()
    assert window.findChild(QPushButton, "emptyOpenDemo").isVisible()
    assert "people.db" in window.file_label.text()
    assert window.counts_label.text().startswith("0 people")


def test_file_with_people_shows_the_table(qtbot, store, settings):
    make_people(store, 3)
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    assert not win.people_page.is_empty_state()
    assert win.people_page.model.rowCount() == 3
    assert win.counts_label.text().startswith("3 people")


def test_status_bar_counts_readings_off_the_gui_thread(qtbot, store, settings):
    make_demo_people(store, 10)
    stats = store.stats()
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    expected = f"10 people · {stats['readings_final']} readings"
    qtbot.waitUntil(lambda: win.counts_label.text().startswith(expected))
    drafts = stats["readings_draft"]
    assert win.counts_label.text().endswith(f"{drafts} draft" + ("" if drafts == 1 else "s"))
    person = store.people.find()[0]
    draft = win._ops.start_reading(person.id, builtin_templates()[0])
    more = f"{drafts + 1} drafts"
    qtbot.waitUntil(lambda: more in win.counts_label.text())
    win._ops.discard(draft.id)
    qtbot.waitUntil(lambda: more not in win.counts_label.text())


def test_status_bar_says_one_person_one_draft_in_the_singular(qtbot, store, settings):
    person = store.people.add(PersonDraft(reference="ONE-1", name="Solo Person"))
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win._ops.start_reading(person.id, builtin_templates()[0])
    qtbot.waitUntil(lambda: win.counts_label.text() == "1 person · 0 readings · 1 draft")


# --- adding and editing people ------------------------------------------------------------


def test_add_a_person_by_typing(qtbot, window, store):
    qtbot.mouseClick(window.findChild(QPushButton, "emptyAddPerson"), Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, PersonDialog)
    assert not ok_button(dialog).isEnabled()  # nothing typed yet
    assert not dialog.reference_error.isVisible()  # ...but no scolding either
    qtbot.keyClicks(dialog.reference, "NS-0142")
    qtbot.keyClicks(dialog.name, "Alex Byrne")
    qtbot.keyClicks(dialog.project.lineEdit(), "Northside Outreach")
    qtbot.keyClicks(dialog.key_worker.lineEdit(), "Sam Okafor")
    dialog.consent_given.setCurrentIndex(dialog.consent_given.findData(True))
    qtbot.keyClicks(dialog.consent_method.lineEdit(), "Signed form")
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    person = store.people.by_reference("NS-0142")
    assert person is not None
    assert (person.name, person.project, person.key_worker) == (
        "Alex Byrne",
        "Northside Outreach",
        "Sam Okafor",
    )
    assert person.date_of_birth is None
    assert person.consent.given is True and person.consent.method == "Signed form"
    # the new person's page opens, and the list is no longer empty
    assert window.stack.currentWidget() is window.person_page
    assert "NS-0142" in window.person_page.title.text()
    assert not window.people_page.is_empty_state()


def test_date_of_birth_is_optional_and_saved_when_known(qtbot, window, store):
    dialog = open_add_dialog(qtbot, window)
    qtbot.keyClicks(dialog.reference, "D-1")
    assert dialog.dob_unknown.isChecked() and not dialog.dob.isEnabled()
    dialog.dob_unknown.setChecked(False)
    assert dialog.dob.isEnabled()
    dialog.dob.setDate(dialog.dob.date().addYears(-30))
    dialog.accept()
    assert store.people.by_reference("D-1").date_of_birth == dialog.dob.date().toString(
        Qt.DateFormat.ISODate
    )


def test_duplicate_reference_shows_inline_message_and_disables_ok(qtbot, window, store):
    store.people.add(PersonDraft(reference="NS-0001"))
    dialog = open_add_dialog(qtbot, window)
    qtbot.keyClicks(dialog.reference, "ns-0001")
    assert dialog.reference_error.isVisible()
    assert "already used" in dialog.reference_error.text()
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.reference, "9")
    assert not dialog.reference_error.isVisible()
    assert ok_button(dialog).isEnabled()


def test_clearing_the_reference_says_it_is_required(qtbot, window):
    dialog = open_add_dialog(qtbot, window)
    qtbot.keyClicks(dialog.reference, "X")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Backspace)
    assert dialog.reference_error.isVisible()
    assert "required" in dialog.reference_error.text()
    assert not ok_button(dialog).isEnabled()


def test_reference_taken_meanwhile_is_shown_inline(qtbot, window, store, monkeypatch):
    dialog = open_add_dialog(qtbot, window)
    qtbot.keyClicks(dialog.reference, "RACE-1")

    def taken(_draft):
        raise ValidationError(
            "reference", "The reference RACE-1 is already used by another person."
        )

    monkeypatch.setattr(window._ops, "add_person", taken)
    dialog.accept()
    assert dialog.isVisible()
    assert "already used" in dialog.reference_error.text()
    assert not ok_button(dialog).isEnabled()


def test_edit_person_keeps_own_reference_valid(qtbot, window, store):
    person = store.people.add(PersonDraft(reference="E-1", name="Old Name"))
    window.open_person(person.id)
    qtbot.mouseClick(window.person_page.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.person_page.dialog
    assert dialog.isVisible()
    assert dialog.reference.text() == "E-1"
    assert ok_button(dialog).isEnabled()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "New Name")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert store.people.get(person.id).name == "New Name"
    assert "New Name" in window.person_page.title.text()


# --- moving around ----------------------------------------------------------------------


def test_double_click_opens_person_and_escape_returns(qtbot, store, settings):
    ids = make_people(store, 5)
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    show_active(qtbot, win)  # shortcuts (Esc) need the active window
    table = win.people_page.table
    rect = table.visualRect(table.model().index(2, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.stack.currentWidget() is win.person_page
    assert win.person_page.person.id == ids[2]
    qtbot.keyClick(win.person_page.readings, Qt.Key.Key_Escape)
    assert win.stack.currentWidget() is win.people_page
    assert table.currentIndex().row() == 2  # back where we were


def test_enter_on_a_row_opens_person_and_back_button_returns(qtbot, store, settings):
    ids = make_people(store, 3)
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win.show()
    table = win.people_page.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert win.person_page.person.id == ids[1]
    qtbot.mouseClick(win.person_page.back_button, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.people_page


def test_search_box_filters_the_list(qtbot, store, settings):
    make_people(store, 30)
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win.find_action.trigger()
    qtbot.keyClicks(win.people_page.search, "P002")
    assert win.people_page.model.rowCount() == 10
    qtbot.keyClicks(win.people_page.search, "xyz")
    assert win.people_page.model.rowCount() == 0
    assert not win.people_page.no_match.isHidden()


def test_project_and_archived_filters(qtbot, store, settings):
    ids = make_people(store, 12)
    store.people.set_archived(ids[0], True)
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    page = win.people_page
    page.project.setCurrentIndex(page.project.findData("Riverside Housing"))
    assert page.model.rowCount() == 3  # the fourth, P0001, is archived
    page.archived.setCurrentIndex(page.archived.findData(None))
    page.project.setCurrentIndex(0)
    assert page.model.rowCount() == 12
    page.archived.setCurrentIndex(page.archived.findData(True))
    assert page.model.rowCount() == 1


def test_archive_and_restore_from_person_page(qtbot, window, store):
    person = store.people.add(PersonDraft(reference="A-1"))
    window._ops.changed.emit("person", person.id)
    window.open_person(person.id)
    page = window.person_page
    assert page.archive_button.text().replace("&", "") == "Archive"
    assert page.archived_badge.isHidden()
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert store.people.get(person.id).archived
    assert not page.archived_badge.isHidden()
    assert page.archive_button.text().replace("&", "") == "Restore"
    assert window.people_page.model.row_of(person.id) == -1  # gone from the active list
    assert "1 archived" in window.counts_label.text()
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not store.people.get(person.id).archived
    assert window.people_page.model.row_of(person.id) == 0


def test_person_page_shows_star_readings_and_draft(qtbot, store, settings):
    make_demo_people(store, 18)  # person 9 and 18 have a draft
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    drafted = store.readings.drafts()[0].person_id
    win.open_person(drafted)
    page = win.person_page
    readings = store.readings.for_person(drafted)
    assert page.readings.topLevelItemCount() == len(readings)
    banner = page.findChild(QPushButton, "continueDraft")
    assert banner is not None
    with qtbot.waitSignal(page.openReadingRequested) as opened:
        banner.click()
    assert opened.args == [store.readings.drafts(drafted)[0].id]
    finals = [r for r in readings if r.is_final]
    if finals:
        assert page.star_stack.currentWidget() is page.star
        assert page.star.scores() == finals[-1].values()


def test_new_reading_without_editor_says_so(qtbot, window, store, messages, monkeypatch):
    monkeypatch.setattr(reading_launch, "editor_available", lambda: False)
    person = store.people.add(PersonDraft(reference="R-1"))
    window.open_person(person.id)
    with qtbot.waitSignal(window.person_page.newReadingRequested):
        window.person_page.new_reading_button.click()
    assert messages and "not part of this version" in messages[-1][1]
    assert store.readings.drafts(person.id) == []


class FakeEditor(QWidget):
    closeRequested = Signal()

    def __init__(self, ops, reading_id):
        super().__init__()
        self.reading_id = reading_id


def test_reading_editor_hook(qtbot, window, store, monkeypatch):
    monkeypatch.setattr(reading_launch, "editor_available", lambda: True)
    monkeypatch.setattr(reading_launch, "make_editor", lambda _p, ops, rid: FakeEditor(ops, rid))
    asked = []

    def ask(_parent, _ops, person_id):
        asked.append(person_id)
        template = builtin_templates()[-1]
        return template, {"worker": "Sam", "kind": ReadingKind.FIRST}

    monkeypatch.setattr(reading_launch, "ask_new_reading", ask)
    person = store.people.add(PersonDraft(reference="R-2"))
    window.open_person(person.id)
    window.person_page.new_reading_button.click()
    drafts = store.readings.drafts(person.id)
    assert len(drafts) == 1
    assert drafts[0].kind.value == "first"
    assert asked == [person.id]
    assert store.readings.template_of(drafts[0]).key == builtin_templates()[-1].key
    assert isinstance(window.editor, FakeEditor)
    assert window.stack.currentWidget() is window.editor
    assert window.editor.reading_id == drafts[0].id
    window.editor.closeRequested.emit()
    assert window.stack.currentWidget() is window.person_page
    assert window.person_page.findChild(QPushButton, "continueDraft") is not None


# --- menus, status bar, settings ------------------------------------------------------------


def test_ctrl_f_focuses_search(qtbot, store, settings):
    make_people(store, 3)
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    show_active(qtbot, win)
    win.open_person(win.people_page.model.person_at(0).id)
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.stack.currentWidget() is win.people_page
    assert win.people_page.search.hasFocus()


def test_help_and_about(window, messages):
    window.show_help()  # the guide itself is tested in test_help.py
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    window.help_dialog.close()
    window.show_about()
    assert "starapp" in messages[0][1] and "MIT" in messages[0][1]


def test_open_a_damaged_file_shows_a_sentence(window, tmp_path, messages, store):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    assert not window.switch_to(bad)
    assert messages[-1][0] == "warning"
    assert "not a starapp data file" in messages[-1][1]
    assert "Traceback" not in messages[-1][1]
    assert window._ops.store is store


def test_switch_to_another_file(qtbot, window, tmp_path):
    other = tmp_path / "other.db"
    with Store.open(other, create=True) as s:
        make_people(s, 4)
    assert window.switch_to(other)
    assert window.people_page.model.rowCount() == 4
    assert "other.db" in window.file_label.text()
    assert "other.db" in window.windowTitle()
    from starapp.ui.first_run import FirstRunWizard

    wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard)]
    assert len(wizards) == 1 and wizards[0].isVisible()  # its set-up was never done
    wizards[0].close()


def test_switching_to_a_set_up_file_uses_its_worker_name(qtbot, window, tmp_path):
    from starapp.store.settings import ServiceSettings, save_settings
    from starapp.ui.first_run import FirstRunWizard

    other = tmp_path / "other.db"
    with Store.open(other, create=True) as s:
        save_settings(s, ServiceSettings(worker_name="Rhiannon", setup_done=True))
    assert window.switch_to(other)
    assert window._ops.store.actor == "Rhiannon"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard)]


def test_geometry_is_saved_and_restored_without_names(qtbot, store, settings, tmp_path):
    store.people.add(PersonDraft(reference="G-1", name="Secret Name"))
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win.show()
    win.resize(700, 500)  # the offscreen screen is 800x600
    qtbot.waitUntil(lambda: win.size() == QSize(700, 500))
    win.close()
    assert settings.value("mainWindow/geometry")
    assert settings.value("peopleTable/header")
    again = MainWindow(Ops(store), settings)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 500)
    text = (tmp_path / "window.ini").read_bytes()
    assert b"Secret Name" not in text and b"G-1" not in text


# --- app start-up and errors ------------------------------------------------------------------


def test_run_app_refuses_a_bad_file_with_a_message(tmp_path, messages, monkeypatch):
    monkeypatch.setattr(app_module, "setup_logging", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    bad = tmp_path / "bad.db"
    bad.write_text("hello")
    assert app_module.run_app(bad) == 1
    assert messages[-1][0] == "critical"
    assert "not a starapp data file" in messages[-1][1]


def test_excepthook_logs_and_shows_a_plain_sentence(messages, monkeypatch, caplog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_excepthook()
    try:
        raise RuntimeError("internal detail")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert messages[-1][0] == "critical"
    assert "Something went wrong" in messages[-1][1]
    assert "internal detail" not in messages[-1][1]
    assert "Traceback" in caplog.text


def test_setup_logging_writes_a_rotating_file(tmp_path):
    import logging

    path = app_module.setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("starapp.test").info("hello log")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "hello log" in path.read_text()
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                root.removeHandler(handler)
                handler.close()


def test_background_work_reports_on_the_gui_thread(qtbot, store):
    ops = Ops(store)
    results = []
    ops.run_in_background(lambda: 6 * 7, results.append)
    qtbot.waitUntil(lambda: results == [42])
    errors = []
    ops.run_in_background(lambda: 1 / 0, results.append, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ZeroDivisionError)


def test_template_choice_without_the_new_reading_dialog(qtbot, window, store, monkeypatch):
    person = store.people.add(PersonDraft(reference="T-1", key_worker="Ana"))
    monkeypatch.setattr(reading_launch, "NEW_READING_MODULE", "starapp.ui.no_such_module")
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, names, *a: (names[1], True))
    template, details = reading_launch.ask_new_reading(window, window._ops, person.id)
    assert template.name == sorted(t.name for t in store.templates.available())[1]
    assert details == {"worker": "Ana", "kind": ReadingKind.FIRST}


def test_real_reading_editor_opens_a_draft_and_returns(qtbot, window, store):
    person = store.people.add(PersonDraft(reference="RE-1"))
    draft = store.readings.start(person.id, builtin_templates()[0])
    window.open_person(person.id)
    window.person_page.findChild(QPushButton, "continueDraft").click()
    assert window.stack.currentWidget() is window.editor
    window.editor.closed.emit()
    assert window.stack.currentWidget() is window.person_page
    assert store.readings.get(draft.id).id == draft.id


def test_open_the_demo_data_from_the_empty_state(qtbot, window, tmp_path, monkeypatch):
    from starapp.ui import main_window

    demo = tmp_path / "demo" / "demo.db"
    monkeypatch.setattr(main_window, "demo_data_path", lambda: demo)
    monkeypatch.setattr(main_window, "DEMO_PEOPLE", 12)
    qtbot.mouseClick(window.findChild(QPushButton, "emptyOpenDemo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "demo.db" in window.file_label.text(), timeout=20_000)
    assert window._ops.store.people.count(archived=None) == 12
    assert window.people_page.model.total > 0
    assert not window.people_page.is_empty_state()
    assert not demo.with_name("demo.db.part").exists()
    window.switch_to(tmp_path / "people.db")
    window.open_demo()  # the file exists now: opened straight away
    assert "demo.db" in window.file_label.text()


def test_error_text_is_a_sentence(qapp):
    from starapp.ui.ops import error_text

    assert error_text(ValidationError("x", "Say why.")) == "Say why."
    text = error_text(PermissionError(13, "Permission denied", "/tmp/x.db"))
    assert "Permission denied" in text and "/tmp/x.db" in text
    assert "Traceback" not in error_text(KeyError("secret"))
    assert "secret" not in error_text(KeyError("secret"))


@pytest.mark.parametrize(
    ("action_name", "dialog_class"),
    [
        ("settings", "starapp.ui.settings_dialog.SettingsDialog"),
        ("keys", "starapp.ui.keys_dialog.KeysDialog"),
        ("retention", "starapp.ui.retention_dialog.RetentionDialog"),
        ("audit", "starapp.ui.audit_view.AuditView"),
    ],
)
def test_edit_and_tools_menus_open_their_dialogs(qtbot, window, action_name, dialog_class):
    module_name, class_name = dialog_class.rsplit(".", 1)
    window.findChild(QAction, action_name).trigger()
    module = sys.modules[module_name]
    opened = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, getattr(module, class_name))
    ]
    assert len(opened) == 1 and opened[0].isVisible()
    opened[0].close()


def test_person_only_menu_entries_follow_the_page(qtbot, window, store):
    person = store.people.add(PersonDraft(reference="REF-9", name="Ash Tree"))
    erase = window.findChild(QAction, "erasePerson")
    access = window.findChild(QAction, "subjectAccess")
    assert not erase.isEnabled() and not access.isEnabled()
    window.open_person(person.id)
    assert erase.isEnabled() and access.isEnabled()
    erase.trigger()
    from starapp.ui.erase_dialog import EraseDialog

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, EraseDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()
    assert store.people.get(person.id).reference == "REF-9"  # nothing erased by opening it
