"""A person's progress: the compared star, the chart over time, distance travelled,
their own view beside the agreed score, and the action plan."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from progress_fixture import DATES, MEAN_CHANGE, MEAN_FIRST, MEAN_LATEST, SCORES, make_person
from PySide6.QtCore import Qt

from starapp.core.actions import ActionOwner, ActionStatus
from starapp.store import Store
from starapp.ui.action_plan import OVERDUE_ROLE, ActionPlanModel
from starapp.ui.distance_table import DistanceModel
from starapp.ui.ops import Ops
from starapp.ui.person_page import PersonPage
from starapp.ui.reading_editor import ReadingEditor

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"


@pytest.fixture
def store(tmp_path, qapp):
    with Store.open(tmp_path / "data.db", create=True, actor="test") as s:
        yield s


@pytest.fixture
def ops(store):
    return Ops(store)


@pytest.fixture
def person(store, template):
    return make_person(store, template)


@pytest.fixture
def person_page(qtbot, ops):
    """The person page on its own (the main person_page adds nothing these tests need)."""
    page = PersonPage(ops)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(person_page, person):
    person_page.show_person(person[0].id)
    return person_page


def texts(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


# --- start-up -------------------------------------------------------------------------


def test_pyqtgraph_is_not_imported_until_the_chart_is_shown():
    code = (
        "import sys\n"
        "import starapp.ui.main_window, starapp.ui.person_page\n"
        "assert 'pyqtgraph' not in sys.modules, 'pyqtgraph imported at start-up'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_page_opens_without_the_chart_then_loads_it(qtbot, page):
    assert page.chart is None
    page.tabs.setCurrentWidget(page.chart_page)
    qtbot.waitUntil(lambda: page.chart is not None)
    assert page.chart_page.currentWidget() is page.chart


# --- the star with a choosable comparison ----------------------------------------------


def test_star_shows_latest_over_first_and_previous(page):
    panel = page.star_panel
    assert page.star.scores()["a1"] == 6
    assert page.star.not_applicable() == {"a8"}
    labels = [label for label, _ in panel.overlays()]
    assert labels[0].startswith("First") and labels[1].startswith("Previous")
    assert panel.overlays()[0][1]["a1"] == 2 and panel.overlays()[1][1]["a1"] == 4
    panel.show_first.setChecked(False)
    assert [lb for lb, _ in panel.overlays()] == [labels[1]]
    panel.show_previous.setChecked(False)
    assert panel.overlays() == []
    panel.show_first.setChecked(True)
    assert len(page.star._overlays) == 1 and page.star._overlays[0][1]["a1"] == 2


# --- chart ------------------------------------------------------------------------------


def test_chart_draws_one_curve_per_selected_area_with_the_right_points(page, template):
    from starapp.ui.progress_chart import timestamp

    chart = page.load_chart()
    assert set(chart.curves()) == set(SCORES)  # every area to start with
    chart.select_areas(["a1", "a3", "a8"])
    curves = chart.curves()
    assert set(curves) == {"a1", "a3", "a8"}
    xs, ys = curves["a1"].getData()
    assert list(xs) == [timestamp(d) for d in DATES]
    assert list(ys) == [2, 4, 6]
    xs, ys = curves["a3"].getData()  # n/a at the first reading is left out
    assert list(xs) == [timestamp(d) for d in DATES[1:]] and list(ys) == [3, 4]
    assert list(curves["a8"].getData()[1]) == [4]
    assert chart.points("a8") == [(DATES[0], 4)]
    # unticking in the picker removes the line
    item = next(
        chart.areas.item(i)
        for i in range(chart.areas.count())
        if chart.areas.item(i).data(Qt.ItemDataRole.UserRole) == "a1"
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    assert set(chart.curves()) == {"a3", "a8"}
    chart.select_areas(None)
    assert len(chart.curves()) == len(SCORES)


def test_chart_follows_new_readings(qtbot, page, ops, store, person):
    p, readings = person
    page.tabs.setCurrentWidget(page.chart_page)
    qtbot.waitUntil(lambda: page.chart is not None)
    template = store.readings.template_of(readings[-1])
    r = ops.start_reading(p.id, template, taken_on="2025-10-10")
    ops.set_score(r.id, "a1", 9)
    ops.finalise(r.id, allow_incomplete=True)  # emits "reading": the page refreshes
    assert page.chart.points("a1")[-1] == ("2025-10-10", 9)
    assert list(page.chart.curves()["a1"].getData()[1]) == [2, 4, 6, 9]


def test_chart_shades_the_stages_and_uses_a_date_axis(page, template):
    import pyqtgraph as pg

    chart = page.load_chart()
    bands = chart.bands()
    assert len(bands) == len(template.stages)
    for band, stage in zip(bands, template.stages, strict=True):
        assert band.getRegion() == (stage.start - 0.5, stage.end + 0.5)
        assert band.orientation == "horizontal"
        assert not band.movable
    assert isinstance(chart.plot.getPlotItem().getAxis("bottom"), pg.DateAxisItem)


def test_chart_hover_names_area_date_score_and_stage(qtbot, page):
    from starapp.ui.progress_chart import timestamp

    chart = page.load_chart()
    chart.select_areas(["a1"])
    qtbot.wait(50)
    text = chart.hover_text(timestamp(DATES[1]), 4.02)
    assert "Housing" in text and "4 of 10" in text and "Getting help" in text
    assert "10 Apr 2025" in text
    assert chart.hover_text(timestamp(DATES[1]), 9) == ""  # nowhere near a point


# --- distance travelled ---------------------------------------------------------------------


def test_distance_table_values(page):
    model: DistanceModel = page.distance.model
    assert model.rowCount() == len(SCORES) + 1
    rows = {model.index(r, 0).data(Qt.ItemDataRole.UserRole): texts(model, r) for r in range(8)}
    assert rows["a1"][1:] == ["2", "6", "+4", "Starting out", "Trying", "Yes, up a stage"]
    assert rows["a2"][1:] == ["5", "6", "+1", "Trying", "Trying", "No, same stage"]
    assert rows["a3"][1:] == ["n/a", "4", "", "n/a", "Getting help", "n/a — left out"]
    assert rows["a6"][1:] == ["6", "4", "−2", "Trying", "Getting help", "No, a lower stage"]
    assert rows["a8"][1:] == ["4", "n/a", "", "Getting help", "n/a", "n/a — left out"]
    average = texts(model, 8)
    assert average[0] == "Average (6 areas compared)"
    assert average[1:4] == [f"{MEAN_FIRST:.1f}", f"{MEAN_LATEST:.1f}", f"+{MEAN_CHANGE:.1f}"]
    assert average[6] == "3 of 6 areas"  # a1, a5, a7 moved up a stage
    assert "3 readings" in page.distance.caption.text()


def test_distance_table_with_one_reading(qtbot, person_page, store, template):
    from starapp.core.people import PersonDraft

    p = store.people.add(PersonDraft(reference="ONE"))
    r = store.readings.start(p.id, template, taken_on="2025-02-01")
    store.readings.set_score(r.id, "a1", 3)
    store.readings.finalise(r.id, allow_incomplete=True)
    person_page.show_person(p.id)
    model = person_page.distance.model
    assert texts(model, 0)[1:4] == ["3", "3", ""]
    assert texts(model, 0)[6] == "Only one reading"
    assert texts(model, 1)[1] == "not scored"
    assert "One reading so far" in person_page.distance.caption.text()


# --- their own view ---------------------------------------------------------------------------


def test_own_score_recorded_in_the_editor_and_shown_on_the_star(qtbot, ops, store, person):
    p, _ = person
    draft = ops.start_reading(p.id, store.readings.template_of(person[1][-1]))
    editor = ReadingEditor(ops, draft.id)
    qtbot.addWidget(editor)
    editor.show()
    row = editor.form.row("a2")
    row.combo.setCurrentIndex(row.combo.findData(5))
    row.own.setCurrentIndex(row.own.findData(8))
    saved = store.readings.get(draft.id).scores["a2"]
    assert (saved.value, saved.own_value) == (5, 8)
    assert editor.star.own_scores()["a2"] == 8
    assert "Their own score: 8" in editor.star._tooltip(editor.star.point_for("a2", 5))
    row.own.setCurrentIndex(0)  # "Not recorded"
    assert store.readings.get(draft.id).scores["a2"].own_value is None
    row.own.setCurrentIndex(row.own.findData(7))
    row.combo.setCurrentIndex(row.combo.findData(6))  # changing the agreed score keeps it
    assert store.readings.get(draft.id).scores["a2"].own_value == 7
    ops.finalise(draft.id, allow_incomplete=True)
    editor.close()
    # reopened read-only, the own score is shown and cannot be changed
    again = ReadingEditor(ops, draft.id)
    qtbot.addWidget(again)
    assert again.form.row("a2").own.currentData() == 7
    assert not again.form.row("a2").own.isEnabled()


def test_person_page_star_shows_own_scores(qtbot, person_page, ops, store, person):
    p, readings = person
    template = store.readings.template_of(readings[-1])
    r = ops.start_reading(p.id, template, taken_on=date.today().isoformat())
    for key in template.area_keys:
        ops.set_score(r.id, key, 5)
    ops.set_own_score(r.id, "a1", 8)
    ops.set_own_score(r.id, "a4", 2)
    ops.finalise(r.id)
    person_page.show_person(p.id)
    panel = person_page.star_panel
    assert panel.show_own.isVisibleTo(panel)
    assert {k: v for k, v in person_page.star.own_scores().items() if v} == {
        "a1": 8,
        "a4": 2,
    }
    panel.show_own.setChecked(False)
    assert not any(person_page.star.own_scores().values())


# --- action plan ----------------------------------------------------------------------------------


def test_add_and_edit_a_step_through_the_dialog(qtbot, page, store, person):
    p, readings = person
    plan = page.plan
    plan.add_step()
    dialog = plan.dialog
    dialog.area.setCurrentIndex(dialog.area.findData("a2"))
    dialog.what.setText("Book a debt advice appointment")
    dialog.who.setCurrentIndex(dialog.who.findData(ActionOwner.OTHER))
    dialog.who_name.setText("Citizens Advice")
    dialog.has_due.setChecked(True)
    dialog.due.setDate(dialog.due.date().fromString("2031-05-01", Qt.DateFormat.ISODate))
    dialog.notes.setPlainText("Tuesdays are best")
    assert dialog.reading.currentData() == readings[-1].id  # linked to the latest reading
    dialog.save()
    (step,) = store.actions.for_person(p.id)
    assert (step.area_key, step.owner, step.owner_name, step.due_on) == (
        "a2",
        ActionOwner.OTHER,
        "Citizens Advice",
        "2031-05-01",
    )
    assert step.reading_id == readings[-1].id and step.notes == "Tuesdays are best"
    model = plan.model
    assert model.rowCount() == 1
    row = texts(model, 0)
    assert row[0] == "Money" and row[1].startswith("Book a debt advice appointment")
    assert "Tuesdays are best" in row[1]
    assert row[2] == "Someone else (Citizens Advice)" and row[3] == "1 May 2031"
    assert row[4] == "Open" and row[5] == "10 Jul 2025"

    plan.table.selectRow(0)
    plan.edit_step()
    dialog = plan.dialog
    assert dialog.what.text() == "Book a debt advice appointment"
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.DONE))
    dialog.has_due.setChecked(False)
    dialog.save()
    step = store.actions.get(step.id)
    assert step.status is ActionStatus.DONE and step.due_on is None
    assert texts(plan.model, 0)[4] == "Done"


def test_empty_description_is_refused_and_the_dialog_stays(qtbot, page, store, person, monkeypatch):
    shown = []
    monkeypatch.setattr("starapp.ui.action_dialog.show_error", lambda _w, e: shown.append(e))
    page.plan.add_step()
    page.plan.dialog.save()
    assert shown and "Say what will be done" in str(shown[0])
    assert store.actions.for_person(person[0].id) == []


def test_overdue_steps_are_bold_and_say_so(qtbot, page, ops, person):
    p, _ = person
    past = (date.today() - timedelta(days=3)).isoformat()
    ops.add_action(p.id, "a1", "Ring the housing office", due_on=past)
    ops.add_action(p.id, "a2", "Open a bank account", due_on="2999-01-01")
    done = ops.add_action(p.id, "a3", "Register with a GP", due_on=past)
    ops.update_action(done.id, status=ActionStatus.DONE)
    model: ActionPlanModel = page.plan.model
    by_what = {model.step(r).description: r for r in range(model.rowCount())}
    overdue = by_what["Ring the housing office"]
    assert model.index(overdue, 0).data(OVERDUE_ROLE) is True
    assert model.index(overdue, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert "Overdue" in model.index(overdue, 4).data()
    for what in ("Open a bank account", "Register with a GP"):
        row = by_what[what]
        assert model.index(row, 0).data(OVERDUE_ROLE) is False
        assert model.index(row, 1).data(Qt.ItemDataRole.FontRole) is None
        assert "Overdue" not in model.index(row, 4).data()
    assert "1 overdue" in page.tabs.tabText(page.tabs.indexOf(page.plan))
    assert "1 overdue" in page.plan.summary.text()


def test_mark_done_and_delete(qtbot, page, ops, store, person):
    p, _ = person
    step = ops.add_action(p.id, "a1", "Ring the housing office")
    plan = page.plan
    plan.table.selectRow(0)
    plan.mark_done()
    assert store.actions.get(step.id).status is ActionStatus.DONE
    plan.table.selectRow(0)
    plan.confirm_delete = lambda _s: True
    plan.delete_step()
    assert store.actions.for_person(p.id) == []
    assert plan.model.rowCount() == 0


def test_open_steps_are_carried_forward_into_the_next_reading(qtbot, ops, store, person):
    p, readings = person
    past = (date.today() - timedelta(days=1)).isoformat()
    ops.add_action(p.id, "a1", "Ring the housing office", due_on=past, reading_id=readings[-1].id)
    ops.add_action(p.id, "a2", "Open a bank account")
    done = ops.add_action(p.id, "a3", "Register with a GP")
    ops.update_action(done.id, status=ActionStatus.DONE)
    draft = ops.start_reading(p.id, store.readings.template_of(readings[-1]))
    editor = ReadingEditor(ops, draft.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.carried.isVisible()
    assert [s.description for s in editor.carried.steps] == [
        "Ring the housing office",
        "Open a bank account",
    ]
    text = editor.carried.text()
    assert "2 open step(s), 1 overdue" in text and "OVERDUE" in text
    assert "Register with a GP" not in text
    # a finished reading does not show it
    final = ReadingEditor(ops, readings[-1].id)
    qtbot.addWidget(final)
    assert not final.carried.isVisibleTo(final)


# --- screenshots -------------------------------------------------------------------------


def test_screenshots(qtbot, person_page, page, ops, person):
    p, readings = person
    past = (date.today() - timedelta(days=10)).isoformat()
    ops.add_action(
        p.id,
        "a1",
        "Ring the housing office about the damp",
        due_on=past,
        reading_id=readings[-1].id,
    )
    ops.add_action(
        p.id,
        "a2",
        "Book a debt advice appointment",
        owner=ActionOwner.WORKER,
        owner_name="Sam",
        due_on="2031-03-01",
        notes="Tuesdays are best",
    )
    step = ops.add_action(
        p.id,
        "a7",
        "Go to the Thursday walking group",
        owner=ActionOwner.OTHER,
        owner_name="Volunteer centre",
    )
    ops.update_action(step.id, status=ActionStatus.DONE)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.tabs.setCurrentWidget(page.chart_page)
    qtbot.waitUntil(lambda: page.chart is not None)
    qtbot.wait(100)
    assert person_page.grab().save(str(SHOTS / "person-progress.png"))
    page.tabs.setCurrentWidget(page.distance)
    qtbot.wait(50)
    assert person_page.grab().save(str(SHOTS / "person-distance.png"))
    page.tabs.setCurrentWidget(page.plan)
    qtbot.wait(50)
    assert person_page.grab().save(str(SHOTS / "action-plan.png"))


def test_editor_screenshot_with_own_scores_and_carried_steps(qtbot, ops, store, person):
    p, readings = person
    past = (date.today() - timedelta(days=5)).isoformat()
    ops.add_action(p.id, "a1", "Ring the housing office", due_on=past, reading_id=readings[-1].id)
    ops.add_action(p.id, "a2", "Open a bank account", owner=ActionOwner.WORKER, owner_name="Sam")
    template = store.readings.template_of(readings[-1])
    draft = ops.start_reading(p.id, template, worker="Sam")
    for i, key in enumerate(template.area_keys):
        ops.set_score(draft.id, key, 3 + i % 5)
    ops.set_own_score(draft.id, "a1", 7)
    ops.set_own_score(draft.id, "a5", 3)
    editor = ReadingEditor(ops, draft.id)
    qtbot.addWidget(editor)
    editor.resize(1100, 720)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.wait(50)
    assert editor.star.own_scores()["a1"] == 7
    assert editor.form.row("a5").own.currentData() == 3
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert editor.grab().save(str(SHOTS / "reading-editor-own-score.png"))
