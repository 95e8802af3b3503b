"""The reading editor: star and form as two views of one draft, saved as it is scored."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from starapp.core.errors import NotFoundError
from starapp.core.people import PersonDraft
from starapp.core.readings import NOTE_MAX, Participation, ReadingKind, Score
from starapp.core.templates import builtin_template, template_from_data
from starapp.store import Store
from starapp.ui.draft_autosave import SAVE_DELAY_MS
from starapp.ui.new_reading_dialog import NewReadingDialog
from starapp.ui.ops import Ops
from starapp.ui.reading_dialogs import ReasonDialog
from starapp.ui.reading_editor import ReadingEditor

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TEMPLATE = builtin_template("life-areas")
KEYS = TEMPLATE.area_keys
NA_KEY = next(a.key for a in TEMPLATE.areas if a.allow_not_applicable)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data.db", create=True, actor="test") as s:
        yield s


@pytest.fixture
def ops(qapp, store):
    return Ops(store)


@pytest.fixture
def person(store):
    return store.people.add(PersonDraft(reference="P-001", name="Alex"))


@pytest.fixture
def draft(ops, person):
    return ops.start_reading(person.id, TEMPLATE, worker="Sam Okafor")


def open_editor(qtbot, ops, reading_id, size=(1100, 720)) -> ReadingEditor:
    editor = ReadingEditor(ops, reading_id)
    qtbot.addWidget(editor)
    editor.resize(*size)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


@pytest.fixture
def editor(qtbot, ops, draft):
    return open_editor(qtbot, ops, draft.id)


def stored(store, reading_id) -> dict[str, Score]:
    return dict(store.readings.get(reading_id).scores)


def stored_value(store, reading_id, key):
    score = stored(store, reading_id).get(key)
    if score is None:
        return None
    return "n/a" if score.not_applicable else score.value


def note_of(store, reading_id, key) -> str | None:
    score = stored(store, reading_id).get(key)
    return None if score is None else score.note


def click_star(qtbot, editor, key, score):
    pos = editor.star.point_for(key, score).toPoint()
    qtbot.mouseClick(editor.star, Qt.MouseButton.LeftButton, pos=pos)


def combo_value(editor, key):
    return editor.form.row(key).combo.currentData()


def score_all(ops, reading_id, value=5):
    for key in KEYS:
        ops.set_score(reading_id, key, value)


def answer_message_box(qtbot, button_text: str) -> None:
    """Click ``button_text`` in the next message box as soon as it is shown."""

    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.findChildren(QPushButton):
                    if button.text().replace("&", "") == button_text:
                        button.click()
                        return
        QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)


# --- the two views and the store ------------------------------------------------------


def test_click_on_the_star_shows_in_the_form_and_is_saved(qtbot, editor, store, draft):
    click_star(qtbot, editor, "money", 7)
    assert editor.star.scores()["money"] == 7
    assert combo_value(editor, "money") == 7
    assert editor.form.row("money").stage.text() == TEMPLATE.stage_for(7).name
    assert editor.form.row("money").descriptor.text() == TEMPLATE.descriptor_for("money", 7)
    assert stored_value(store, draft.id, "money") == 7


def test_form_change_shows_on_the_star_and_is_saved(qtbot, editor, store, draft):
    combo = editor.form.row("home").combo
    combo.setCurrentIndex(combo.findData(4))
    assert editor.star.scores()["home"] == 4
    assert stored_value(store, draft.id, "home") == 4
    na = editor.form.row(NA_KEY).combo
    na.setCurrentIndex(na.findData("n/a"))
    assert NA_KEY in editor.star.not_applicable()
    assert stored_value(store, draft.id, NA_KEY) == "n/a"
    combo.setCurrentIndex(0)  # "Not scored"
    assert editor.star.scores()["home"] is None
    assert stored_value(store, draft.id, "home") is None


def test_not_applicable_only_offered_where_allowed(editor):
    for area in TEMPLATE.areas:
        combo = editor.form.row(area.key).combo
        assert (combo.findData("n/a") >= 0) == area.allow_not_applicable
        assert combo.count() == 1 + TEMPLATE.scale_max + area.allow_not_applicable
        assert editor.form.row(area.key).name.buddy() is combo
        assert area.name in combo.accessibleName()


def test_keyboard_only_scoring(qtbot, editor, store, draft):
    star = editor.star
    star.setFocus()
    assert star.current_area() == KEYS[0]
    qtbot.keyClick(star, Qt.Key.Key_Up)  # unscored -> lowest point
    qtbot.keyClick(star, Qt.Key.Key_Up)
    assert combo_value(editor, KEYS[0]) == 2
    qtbot.keyClick(star, Qt.Key.Key_Right)
    assert editor.form.current_area() == KEYS[1]
    qtbot.keyClick(star, Qt.Key.Key_6)
    qtbot.keyClick(star, Qt.Key.Key_Right)
    qtbot.keyClick(star, Qt.Key.Key_0)  # 0 means 10
    while star.current_area() != NA_KEY:
        qtbot.keyClick(star, Qt.Key.Key_Right)
    qtbot.keyClick(star, Qt.Key.Key_N)
    assert {k: stored_value(store, draft.id, k) for k in (*KEYS[:3], NA_KEY)} == {
        KEYS[0]: 2,
        KEYS[1]: 6,
        KEYS[2]: 10,
        NA_KEY: "n/a",
    }
    assert combo_value(editor, NA_KEY) == "n/a"
    assert editor.form.row(NA_KEY).stage.text() == "Not applicable"


def test_keyboard_in_the_form_scores_too(qtbot, editor, store, draft):
    combo = editor.form.row("money").combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert editor.star.scores()["money"] == 2
    assert stored_value(store, draft.id, "money") == 2
    assert editor.star.current_area() == "money"  # the star follows the form


def test_whole_reading_without_a_mouse(qtbot, editor, store, draft):
    star = editor.star
    star.setFocus()
    qtbot.waitUntil(star.hasFocus)
    for i, _key in enumerate(KEYS):  # a digit scores the area, Tab moves to the next
        qtbot.keyClick(star, str((i % 9) + 1))
        if i < len(KEYS) - 1:
            qtbot.keyClick(star, Qt.Key.Key_Tab)
    assert star.hasFocus()
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(star, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # F&inish
    reading = store.readings.get(draft.id)
    assert reading.is_final
    assert [reading.scores[k].value for k in KEYS] == [(i % 9) + 1 for i in range(len(KEYS))]
    assert QApplication.focusWidget() is editor.button_row.amend_button  # next step is reachable


def test_tab_goes_star_then_form_rows_then_buttons(qtbot, editor):
    star = editor.star
    star.setFocus()
    qtbot.waitUntil(star.hasFocus)
    for _ in range(len(KEYS) - 1):  # Tab walks the areas of the star first
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert star.hasFocus() and star.current_area() == KEYS[-1]
    qtbot.keyClick(star, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.form.row(KEYS[0]).combo
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.form.row(KEYS[0]).own  # their own score
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.form.row(KEYS[0]).note
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Tab leaves the note
    assert QApplication.focusWidget() is editor.form.row(KEYS[1]).combo
    editor.form.row(KEYS[-1]).note.setFocus()
    visited = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    labels = [w.text() for w in visited if isinstance(w, QPushButton)]
    assert labels == ["Discard draft", "F&inish reading", "&Back"]
    assert visited[-1] is editor.header.date  # then the reading's details


# --- notes --------------------------------------------------------------------------------


def test_notes_save_after_a_pause_and_on_focus_out(qtbot, editor, store, draft):
    note = editor.form.row("money").note
    note.setFocus()
    qtbot.keyClicks(note, "Rent arrears")
    assert stored(store, draft.id).get("money") is None  # not yet: waits for a pause
    qtbot.waitUntil(lambda: note_of(store, draft.id, "money") == "Rent arrears", timeout=2000)
    qtbot.keyClicks(note, " paid off")
    editor.form.row("home").combo.setFocus()  # leaving the note saves at once
    qtbot.waitUntil(lambda: not note.hasFocus())
    assert stored(store, draft.id)["money"].note == "Rent arrears paid off"


def test_note_saved_when_the_editor_is_left(qtbot, editor, store, draft):
    note = editor.form.row("home").note
    qtbot.keyClicks(note, "Moved flat")
    with qtbot.waitSignal(editor.closed):
        editor.back()
    assert stored(store, draft.id)["home"].note == "Moved flat"


def test_pasting_ten_thousand_characters(qtbot, editor, store, draft):
    text = ("A long note about money and debts. " * 300)[:10_000]
    QApplication.clipboard().setText(text)
    note = editor.form.row("money").note
    note.setFocus()
    note.paste()
    assert editor.model.note("money") == text
    editor.flush()
    assert stored(store, draft.id)["money"].note == text


def test_note_is_capped_at_the_store_limit(qtbot, editor, store, draft):
    note = editor.form.row("home").note
    note.insertPlainText("x" * (NOTE_MAX + 500))
    assert len(note.toPlainText()) == NOTE_MAX
    editor.flush()
    assert len(stored(store, draft.id)["home"].note) == NOTE_MAX


# --- undo / redo ------------------------------------------------------------------------------


def test_undo_redo_restores_both_views_and_the_store(qtbot, editor, store, draft):
    combo = editor.form.row("home").combo
    combo.setCurrentIndex(combo.findData(5))
    click_star(qtbot, editor, "home", 8)
    assert stored_value(store, draft.id, "home") == 8

    def check(value):
        assert editor.star.scores()["home"] == value
        assert combo_value(editor, "home") == value
        assert stored_value(store, draft.id, "home") == value

    editor.star.setFocus()
    qtbot.keyClick(editor.star, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    check(5)
    qtbot.keyClick(editor.star, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    check(None)
    qtbot.keyClick(
        editor.star,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    check(5)
    qtbot.keyClick(editor.star, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    check(8)


def test_undo_of_not_applicable(qtbot, editor, store, draft):
    editor.star.set_current_area(NA_KEY)
    editor.star.setFocus()
    qtbot.keyClick(editor.star, Qt.Key.Key_N)
    assert stored_value(store, draft.id, NA_KEY) == "n/a"
    editor.undo_stack.undo()
    assert NA_KEY not in editor.star.not_applicable()
    assert combo_value(editor, NA_KEY) is None
    assert stored_value(store, draft.id, NA_KEY) is None


# --- finishing ----------------------------------------------------------------------------------


def test_finish_with_missing_areas_asks_and_go_back_keeps_the_draft(
    qtbot, editor, store, draft, monkeypatch
):
    asked = []
    monkeypatch.setattr(editor, "confirm_incomplete", lambda names: asked.append(names) or False)
    click_star(qtbot, editor, "home", 6)
    editor.finish()
    names = [a.name for a in TEMPLATE.areas if a.key != "home"]
    assert asked == [names]
    assert not store.readings.get(draft.id).is_final
    assert editor.mode() == "draft"
    assert editor.star.current_area() == KEYS[1]  # first missing area


def test_finish_anyway_through_the_real_dialog(qtbot, editor, store, draft):
    click_star(qtbot, editor, "home", 6)
    answer_message_box(qtbot, "Finish anyway")
    with qtbot.waitSignal(editor.finished) as signal:
        editor.button_row.finish_button.click()
    assert signal.args == [draft.id]
    reading = store.readings.get(draft.id)
    assert reading.is_final
    assert reading.scores["home"].value == 6
    assert editor.is_read_only()


def test_after_finishing_the_editor_is_read_only(qtbot, ops, editor, store, draft):
    score_all(ops, draft.id, 4)
    editor.model.load(store.readings.get(draft.id).scores)
    editor.finish()  # complete: no question asked
    assert store.readings.get(draft.id).is_final
    assert editor.star.is_read_only()
    assert not editor.form.row("home").combo.isEnabled()
    assert editor.form.row("home").note.isReadOnly()
    assert editor.header.worker.isReadOnly()
    assert (
        editor.button_row.amend_button.isVisible()
        and not editor.button_row.finish_button.isVisible()
    )
    editor.star.setFocus()
    qtbot.keyClick(editor.star, Qt.Key.Key_9)
    assert store.readings.get(draft.id).scores["home"].value == 4


def test_details_are_editable_while_draft(qtbot, editor, store, draft):
    editor.header.worker.setFocus()
    editor.header.worker.selectAll()
    qtbot.keyClicks(editor.header.worker, "Priya Shah")
    yesterday = QDate.currentDate().addDays(-1)
    editor.header.date.setDate(yesterday)
    editor.header.kind.setCurrentIndex(editor.header.kind.findData(ReadingKind.EXIT))
    editor.header.kind.activated.emit(editor.header.kind.currentIndex())
    editor.flush()
    reading = store.readings.get(draft.id)
    assert reading.worker == "Priya Shah"
    assert reading.taken_on == yesterday.toString(Qt.DateFormat.ISODate)
    assert reading.kind is ReadingKind.EXIT
    assert editor.header.date.maximumDate() == QDate.currentDate()  # no future dates


# --- amending -------------------------------------------------------------------------------


def finalised(ops, person, value=5):
    reading = ops.start_reading(person.id, TEMPLATE, worker="Sam")
    score_all(ops, reading.id, value)
    return ops.finalise(reading.id)


def test_final_reading_opens_read_only_and_amend_needs_a_reason(
    qtbot, ops, store, person, monkeypatch
):
    reading = finalised(ops, person)
    editor = open_editor(qtbot, ops, reading.id)
    assert editor.mode() == "final" and editor.star.is_read_only()
    editor.button_row.amend_button.click()
    assert editor.mode() == "amending" and not editor.star.is_read_only()
    click_star(qtbot, editor, "money", 8)
    assert stored_value(store, reading.id, "money") == 5  # not saved until amended

    monkeypatch.setattr(editor, "ask_amend_reason", lambda: None)  # cancelled
    editor.save_amendment()
    assert store.readings.history(reading.id) == [store.readings.get(reading.id)]

    monkeypatch.setattr(editor, "ask_amend_reason", lambda: "Money was misheard")
    with qtbot.waitSignal(editor.finished) as signal:
        editor.button_row.save_amend_button.click()
    new_id = signal.args[0]
    assert new_id != reading.id
    amended = store.readings.get(new_id)
    assert amended.amends == reading.id
    assert amended.amend_reason == "Money was misheard"
    assert amended.scores["money"].value == 8
    assert store.readings.get(reading.id).scores["money"].value == 5  # original kept
    assert editor.reading_id() == new_id and editor.mode() == "final"
    assert "Money was misheard" in editor.header.history.text()
    assert editor.header.history.isVisible()


def test_cancel_amendment_restores_the_reading(qtbot, ops, store, person):
    reading = finalised(ops, person)
    editor = open_editor(qtbot, ops, reading.id)
    editor.start_amending()
    click_star(qtbot, editor, "home", 9)
    editor.cancel_amending()
    assert editor.mode() == "final"
    assert editor.star.scores()["home"] == 5 and combo_value(editor, "home") == 5


def test_reason_dialog_needs_text(qtbot):
    dialog = ReasonDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.text.setPlainText("   ")
    assert not dialog.ok.isEnabled()
    dialog.text.setPlainText("Wrong person's scores")
    assert dialog.ok.isEnabled() and dialog.reason() == "Wrong person's scores"


# --- discarding, crashes, restoring ---------------------------------------------------------------


def test_discard_removes_the_draft(qtbot, editor, store, draft, monkeypatch):
    click_star(qtbot, editor, "home", 3)
    monkeypatch.setattr(editor, "confirm_discard", lambda: False)
    editor.discard()
    assert store.readings.get(draft.id)
    monkeypatch.setattr(editor, "confirm_discard", lambda: True)
    with qtbot.waitSignal(editor.closed):
        editor.button_row.discard_button.click()
    with pytest.raises(NotFoundError):
        store.readings.get(draft.id)
    assert store.readings.drafts() == []


def test_kill_mid_reading_keeps_every_score_and_note(qtbot, ops, editor, store, draft, tmp_path):
    click_star(qtbot, editor, "home", 7)
    combo = editor.form.row("money").combo
    combo.setCurrentIndex(combo.findData(3))
    editor.star.set_current_area(NA_KEY)
    editor.star.setFocus()
    qtbot.keyClick(editor.star, Qt.Key.Key_N)
    qtbot.keyClicks(editor.form.row("money").note, "Benefits sorted")
    qtbot.wait(SAVE_DELAY_MS + 200)  # typing paused; no close, no flush, no focus change
    # The "crash": another process opens the same file while the editor is still open.
    with Store.open(tmp_path / "data.db", actor="other") as second:
        scores = second.readings.get(draft.id).scores
        assert scores["home"].value == 7
        assert scores["money"].value == 3
        assert scores["money"].note == "Benefits sorted"
        assert scores[NA_KEY].not_applicable
        reopened = open_editor(qtbot, Ops(second), draft.id)
        assert reopened.star.scores()["home"] == 7
        assert combo_value(reopened, "money") == 3
        assert reopened.form.row("money").note.toPlainText() == "Benefits sorted"
        assert NA_KEY in reopened.star.not_applicable()
        assert combo_value(reopened, NA_KEY) == "n/a"
        reopened.close()


def test_restoring_a_draft_shows_exactly_what_was_saved(qtbot, ops, store, draft):
    ops.set_score(draft.id, "home", 2)
    ops.set_note(draft.id, "home", "Sofa surfing")
    ops.set_score(draft.id, NA_KEY, None, not_applicable=True)
    editor = open_editor(qtbot, ops, draft.id)
    assert editor.star.scores() == {k: (2 if k == "home" else None) for k in KEYS}
    assert editor.star.not_applicable() == {NA_KEY}
    assert editor.form.row("home").note.toPlainText() == "Sofa surfing"
    assert all(combo_value(editor, k) is None for k in KEYS if k not in ("home", NA_KEY))
    assert editor.undo_stack.count() == 0  # loading is not an edit


def test_reading_renders_with_its_own_template_version(qtbot, ops, store, person):
    reading = ops.start_reading(person.id, TEMPLATE)
    ops.set_score(reading.id, "home", 4)
    data = copy.deepcopy(dict(TEMPLATE.raw))
    data["version"] = TEMPLATE.version + 1
    data["areas"] = data["areas"][:-1]
    data.pop("translations", None)
    data["areas"][0]["name"] = "Where you live (v2 wording)"
    store.templates.ensure(template_from_data(data))
    editor = open_editor(qtbot, ops, reading.id)
    assert editor.form.row("home").name.text() == TEMPLATE.area("home").name
    assert len(editor.form.rows()) == len(TEMPLATE.areas)
    assert editor.star.template().version == TEMPLATE.version
    click_star(qtbot, editor, KEYS[-1], 6)  # the area v2 dropped still works
    assert stored_value(store, reading.id, KEYS[-1]) == 6


def test_typing_letters_into_number_fields_does_nothing_bad(qtbot, editor, store, draft):
    editor.star.setFocus()
    qtbot.keyClicks(editor.star, "abcxyz!?")
    assert all(v is None for v in editor.star.scores().values())
    combo = editor.form.row("home").combo
    combo.setFocus()
    qtbot.keyClicks(combo, "qwerty7zz")
    value = combo_value(editor, "home")
    assert value is None or (isinstance(value, int) and 1 <= value <= 10)
    assert stored_value(store, draft.id, "home") == value == editor.star.scores()["home"]
    date_edit = editor.header.date
    before = date_edit.date()
    date_edit.setFocus()
    qtbot.keyClicks(date_edit, "abc")
    editor.flush()
    assert date_edit.date() == before
    assert store.readings.get(draft.id).taken_on == before.toString(Qt.DateFormat.ISODate)


def test_overlays_show_up_to_three_earlier_readings_latest_first(qtbot, ops, store, person):
    today = date.today()
    for months in (12, 9, 6, 3):
        r = ops.start_reading(
            person.id, TEMPLATE, taken_on=(today - timedelta(days=30 * months)).isoformat()
        )
        score_all(ops, r.id, 5 - months // 3)
        ops.finalise(r.id)
    draft = ops.start_reading(person.id, TEMPLATE)
    editor = open_editor(qtbot, ops, draft.id)
    overlays = editor.overlays()
    assert [scores["home"] for _label, scores in overlays] == [4, 3, 2]
    assert overlays[0][0] != overlays[1][0]  # labelled by date


def test_store_errors_become_a_message_not_a_traceback(
    qtbot, ops, editor, store, draft, monkeypatch
):
    shown = []
    monkeypatch.setattr(
        "starapp.ui.reading_editor.show_error", lambda parent, exc: shown.append(exc)
    )
    store.readings.discard(draft.id)  # gone behind the editor's back
    click_star(qtbot, editor, "home", 5)
    assert len(shown) == 1 and "not in this data file" in str(shown[0])


# --- new reading dialog -------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_new_reading_dialog_defaults_for_a_first_reading(qtbot, ops, store, person, settings):
    settings.setValue("worker/name", "Ana Costa")
    dialog = NewReadingDialog(ops, person.id, settings=settings)
    qtbot.addWidget(dialog)
    params = dialog.params()
    assert params.template.key == store.templates.available()[0].key
    assert params.taken_on == date.today().isoformat()
    assert params.worker == "Ana Costa"
    assert params.kind is ReadingKind.FIRST
    assert params.participation is Participation.JOINT
    assert dialog.date.maximumDate() == QDate.currentDate()
    reading = ops.start_reading(person.id, params.template, **params.details())
    assert reading.worker == "Ana Costa" and reading.kind is ReadingKind.FIRST


def test_new_reading_dialog_follows_the_latest_reading(qtbot, ops, store, person, settings):
    other = builtin_template("young-person")
    r = ops.start_reading(person.id, other)
    for key in other.area_keys:
        ops.set_score(r.id, key, 3)
    ops.finalise(r.id)
    dialog = NewReadingDialog(ops, person.id, settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.params().template.key == "young-person"
    assert dialog.params().kind is ReadingKind.REVIEW
    assert dialog.params().worker == ""
    dialog.worker.setText("Tom Reilly")
    dialog.accept()
    assert settings.value("worker/name") == "Tom Reilly"


# --- screenshots ---------------------------------------------------------------------------------


def _demo_editor(qtbot, ops, person, size):
    today = date.today()
    for months, base in ((9, 2), (6, 3), (3, 4)):
        r = ops.start_reading(
            person.id, TEMPLATE, taken_on=(today - timedelta(days=30 * months)).isoformat()
        )
        for i, key in enumerate(KEYS):
            ops.set_score(r.id, key, min(10, base + i % 3))
        ops.finalise(r.id)
    draft = ops.start_reading(person.id, TEMPLATE, worker="Sam Okafor")
    for i, key in enumerate(KEYS[:7]):
        ops.set_score(draft.id, key, 4 + i % 4)
    ops.set_score(draft.id, NA_KEY, None, not_applicable=True)
    ops.set_note(draft.id, "home", "Tenancy secure since the spring; wants help with repairs.")
    editor = open_editor(qtbot, ops, draft.id, size)
    editor.form.row("home").combo.setFocus()
    qtbot.wait(50)
    return editor


@pytest.mark.parametrize(
    ("size", "name"),
    [((1280, 800), "reading-editor.png"), ((1024, 640), "reading-editor-1024.png")],
)
def test_screenshot(qtbot, ops, person, size, name):
    editor = _demo_editor(qtbot, ops, person, size)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert editor.grab().save(str(SCREENSHOTS / name))


def test_screenshot_large_font(qtbot, ops, person):
    app = QApplication.instance()
    old = app.font()
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 2)
    app.setFont(big)
    try:
        editor = _demo_editor(qtbot, ops, person, (1280, 800))
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert editor.grab().save(str(SCREENSHOTS / "reading-editor-large-font.png"))
    finally:
        app.setFont(old)
