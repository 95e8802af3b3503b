"""The whole flow by keyboard alone: add a person, take a reading, score every area,
write a note, finish, and get the data out through a sync folder.

No mouse and no direct calls on widgets: every step is a key sent to the widget that
has the focus (``QApplication.focusWidget()``), or to the dialog that is open. The
asserts read the real data file and the real bundle on disk.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable

import pytest
from people_factory import make_demo_people
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from starapp.store import Store
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
WAIT = 15_000  # ms: generous for a slow CI machine


pytestmark = pytest.mark.usefixtures("sync_held")


@pytest.fixture(autouse=True)
def no_message_boxes(qapp):
    """The flow shows no error or question box; one that appears fails the test (and is
    closed, so a blocked ``exec`` cannot hang the run)."""
    shown: list[str] = []

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.reject()

    timer = QTimer(interval=100)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    assert shown == []


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


def make_window(qtbot, store: Store, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def dialog_with_focus() -> QWidget | None:
    """The open modal dialog once it holds the keyboard focus (None until then)."""
    dialog = QApplication.activeModalWidget()
    focus = QApplication.focusWidget()
    if dialog is not None and focus is not None and dialog.isAncestorOf(focus):
        return dialog
    return None


def focus_in_dialog(qtbot) -> QWidget:
    """Wait until a dialog is up and holds the keyboard focus, as a user would."""
    qtbot.waitUntil(lambda: dialog_with_focus() is not None)
    return dialog_with_focus()


def focus_in_window(qtbot, window: QWidget) -> QWidget:
    """Wait until a dialog has closed and the focus is back in the main window.

    The offscreen platform has no window manager to give the activation back to the
    main window when a dialog closes (every desktop does), so this does its part.
    """
    if QApplication.activeModalWidget() is None and QApplication.activeWindow() is None:
        window.activateWindow()

    def ready() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and focus.window() is window

    qtbot.waitUntil(ready)
    return focused()


def when_modal(qtbot, keys: Callable[[QWidget], None], kind: type[QWidget] = QWidget) -> list[str]:
    """Run ``keys`` on the modal dialog (of ``kind``) that the next key press opens."""
    seen: list[str] = []

    def act() -> None:
        dialog = dialog_with_focus()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.windowTitle())
        keys(dialog)

    QTimer.singleShot(0, act)
    return seen


def test_add_score_finish_and_export_without_a_mouse(qtbot, window, store, tmp_path):
    share = tmp_path / "share"
    share.mkdir()

    # 1. Ctrl+N: the person dialog; type the reference, Tab, the name, Enter
    press(qtbot, Key.Key_N, CTRL)
    focus_in_dialog(qtbot)
    type_text(qtbot, "NS-0142")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Alex Byrne")
    press(qtbot, Key.Key_Return)
    focus_in_window(qtbot, window)
    person = store.people.by_reference("NS-0142")
    assert person is not None and person.name == "Alex Byrne"
    assert window.stack.currentWidget() is window.person_page  # opened at once
    assert window.person_page.person.id == person.id

    # 2. Ctrl+R: the new-reading dialog; Alt+W to the worker, type, Enter
    def new_reading(dialog: QWidget) -> None:
        press(qtbot, Key.Key_W, ALT)
        type_text(qtbot, "Sam Okafor")
        press(qtbot, Key.Key_Return)

    seen = when_modal(qtbot, new_reading)
    press(qtbot, Key.Key_R, CTRL)
    assert seen == ["New reading"]
    focus_in_window(qtbot, window)
    editor = window.editor
    assert window.stack.currentWidget() is editor
    assert focused() is editor.star  # scoring starts at once
    [draft] = store.readings.for_person(person.id)
    assert draft.worker == "Sam Okafor" and not draft.is_final

    # 3. every area on the star: a digit scores it, Tab moves to the next area
    areas = editor.star.template().areas
    typed = {area.key: i % 9 + 1 for i, area in enumerate(areas)}
    for area in areas:
        assert editor.star.current_area() == area.key
        type_text(qtbot, str(typed[area.key]))
        press(qtbot, Key.Key_Tab)
    # after the last area Tab leaves the star for the first row of the form
    first = editor.form.row(areas[0].key)
    assert focused() is first.combo
    press(qtbot, Key.Key_Tab)
    assert focused() is first.own
    press(qtbot, Key.Key_Tab)
    assert focused() is first.note
    type_text(qtbot, "Moved into a flat of their own")

    # 4. Alt+I: Finish reading (Alt+F is the File menu)
    press(qtbot, Key.Key_I, ALT)
    qtbot.waitUntil(lambda: editor.mode() == "final")
    reading = store.readings.get(draft.id)
    assert reading.is_final
    assert {k: s.value for k, s in reading.scores.items()} == typed
    assert reading.scores[areas[0].key].note == "Moved into a flat of their own"

    # 5. Alt+B: back to the person, who now has a final reading
    press(qtbot, Key.Key_B, ALT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.person_page)
    focus_in_window(qtbot, window)
    assert focused() is window.person_page.readings
    assert window.person_page.readings.topLevelItemCount() == 1

    # 6. Tools → Sync targets… (Alt+T, T): a folder target, typed, Enter saves it
    press(qtbot, Key.Key_T, ALT)
    qtbot.keyClick(QApplication.activePopupWidget(), Key.Key_T)
    qtbot.waitUntil(lambda: window.sync.targets_dialog is not None)
    targets = window.sync.targets_dialog
    qtbot.waitUntil(lambda: targets.isAncestorOf(QApplication.focusWidget()))
    assert focused() is targets.name
    type_text(qtbot, "Charity share")
    press(qtbot, Key.Key_Tab)  # the kind: a folder is the first choice
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, str(share))
    press(qtbot, Key.Key_Return)
    assert "Saved “Charity share”" in targets.message.text()
    press(qtbot, Key.Key_Escape)
    focus_in_window(qtbot, window)

    # 7. Tools → Sync now (Alt+T, N): the bundle lands in the folder
    press(qtbot, Key.Key_T, ALT)
    qtbot.keyClick(QApplication.activePopupWidget(), Key.Key_N)
    qtbot.waitUntil(lambda: store.stats()["waiting_changes"] == 0, timeout=WAIT)
    [bundle] = (share / store.install_id).glob("*.zip")
    with zipfile.ZipFile(bundle) as z:
        records = json.loads(z.read("records.json"))
    [sent] = records["readings"]
    assert sent["id"] == reading.id and sent["finalised_at"] == reading.finalised_at
    assert {score["area"]: score["value"] for score in sent["scores"]} == typed
    notes = {score["area"]: score["note"] for score in sent["scores"] if score["note"]}
    assert notes == {areas[0].key: "Moved into a flat of their own"}
    assert [p["reference"] for p in records["people"]] == ["NS-0142"]


def test_find_a_person_and_save_their_star_pdf_by_keyboard(qtbot, store, tmp_path):
    """Ctrl+F, type, Enter opens them; Alt+P: My star PDF…; Enter saves; type where."""
    make_demo_people(store, 6)
    person = max(store.people.find(), key=lambda p: p.reading_count)
    window = make_window(qtbot, store, tmp_path)
    press(qtbot, Key.Key_F, CTRL)
    assert focused() is window.people_page.search
    type_text(qtbot, person.reference)
    press(qtbot, Key.Key_Return)  # the only match opens
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.person_page)
    assert window.person_page.person.id == person.id
    target = tmp_path / "my-star.pdf"

    def where(_dialog: QWidget) -> None:
        press(qtbot, Key.Key_A, CTRL)  # the suggested name is selected: replace it
        type_text(qtbot, str(target))
        press(qtbot, Key.Key_Return)

    press(qtbot, Key.Key_P, ALT)  # My star PDF…
    dialog = focus_in_dialog(qtbot)
    assert dialog.windowTitle() == "My star"
    seen = when_modal(qtbot, where, QFileDialog)
    press(qtbot, Key.Key_Return)  # Save as PDF… is the default button
    qtbot.waitUntil(target.exists)
    assert seen == ["Save as PDF"]
    assert target.read_bytes().startswith(b"%PDF")
    focus_in_window(qtbot, window)
    assert window.person_page.isAncestorOf(focused())


def test_in_the_search_down_goes_to_the_matches(qtbot, store, tmp_path):
    make_demo_people(store, 6)
    window = make_window(qtbot, store, tmp_path)
    press(qtbot, Key.Key_F, CTRL)
    type_text(qtbot, "NS-01")  # several match
    press(qtbot, Key.Key_Return)
    table = window.people_page.table
    assert focused() is table and table.currentIndex().row() == 0
    press(qtbot, Key.Key_Down)
    chosen = table.currentIndex().siblingAtColumn(0).data()
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.person_page)
    assert window.person_page.person.reference == chosen
