"""The Reports page's filter bar: the choices come from the data file, and the filter
it makes is what the widgets show."""

from __future__ import annotations

from datetime import date

import pytest

from starapp.core.errors import ValidationError
from starapp.core.readings import Participation, ReadingKind
from starapp.core.report_filters import ReportFilter
from starapp.store import Store
from starapp.store.demo import fill_demo
from starapp.ui.report_filter_bar import ReportFilterBar


@pytest.fixture
def store(tmp_path, qapp):
    with Store.open(tmp_path / "demo.db", create=True, actor="test") as s:
        fill_demo(s, people=30, seed=5, today=date(2026, 1, 5))
        yield s


@pytest.fixture
def bar(qtbot, store):
    b = ReportFilterBar()
    qtbot.addWidget(b)
    b.fill_choices(store)
    return b


def pick(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_choices_are_what_the_file_holds_and_all_comes_first(bar, store):
    projects = [bar.project.itemData(i) for i in range(bar.project.count())]
    assert projects == [None, *store.people.projects()]
    assert bar.project.itemText(0) == "All projects"
    templates = {bar.template.itemData(i) for i in range(1, bar.template.count())}
    assert templates == {"life-areas", "family-support", "young-person"}
    workers = [bar.key_worker.itemData(i) for i in range(1, bar.key_worker.count())]
    assert workers == store.people.key_workers()


def test_filling_again_keeps_the_current_pick(bar, store):
    project = store.people.projects()[1]
    pick(bar.project, project)
    bar.fill_choices(store)
    assert bar.project.currentData() == project


def test_the_filter_is_what_the_widgets_show(bar):
    assert bar.current_filter() == ReportFilter().validated()
    pick(bar.template, "young-person")
    pick(bar.kind, ReadingKind.REVIEW)
    pick(bar.who, Participation.JOINT)
    bar.date_from.setText("2025-01-01")
    bar.date_to.setText("2025-12-31")
    bar.min_readings.setValue(3)
    bar.own_scores.setChecked(True)
    bar.shared_only.setChecked(True)
    assert (
        bar.current_filter()
        == ReportFilter(
            template_key="young-person",
            date_from="2025-01-01",
            date_to="2025-12-31",
            min_readings=3,
            kinds=frozenset([ReadingKind.REVIEW]),
            participation=Participation.JOINT,
            own_scores=True,
            shared_figures_only=True,
        ).validated()
    )


def test_a_refused_filter_names_the_control_to_put_right(bar):
    bar.date_from.setText("2025-06-01")
    bar.date_to.setText("2025-01-01")
    with pytest.raises(ValidationError) as caught:
        bar.current_filter()
    assert bar.field_for(caught.value.field) is bar.date_to
    assert bar.field_for("min_readings") is bar.min_readings
    bar.date_from.setText("1st June")  # a mistyped 'from' date: the 'from' box is put right
    with pytest.raises(ValidationError) as caught:
        bar.current_filter()
    assert bar.field_for(caught.value.field) is bar.date_from


def test_every_control_has_a_label_with_a_shortcut(bar):
    from PySide6.QtWidgets import QLabel

    labelled = {label.buddy() for label in bar.findChildren(QLabel) if "&" in label.text()}
    controls = {bar.template, bar.project, bar.key_worker, bar.kind, bar.date_from,
                bar.date_to, bar.min_readings, bar.who}  # fmt: skip
    assert labelled == controls
    assert bar.shared_only.accessibleName() and bar.shared_only.toolTip()
