"""The Reports page's table of figures per area."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from starapp.core.report_filters import ReportFilter
from starapp.store import Store
from starapp.store.demo import fill_demo
from starapp.store.report_queries import service_report
from starapp.ui.report_area_table import AreaFiguresTable


@pytest.fixture(scope="module")
def section(tmp_path_factory, qapp):
    path = tmp_path_factory.mktemp("table") / "demo.db"
    with Store.open(path, create=True, actor="test") as store:
        fill_demo(store, people=40, seed=6, today=date(2026, 1, 5))
        report = service_report(store, ReportFilter(template_key="life-areas"))
    return report.sections[0]


@pytest.fixture
def table(qtbot):
    t = AreaFiguresTable()
    qtbot.addWidget(t)
    return t


def test_a_row_per_area_then_all_areas_in_bold(table, section):
    table.show_section(section)
    model = table.figures
    assert table.model() is model
    assert model.rowCount() == len(section.areas) + 1 and model.columnCount() == 9
    first, last = section.areas[0], section.overall
    assert [model.item(0, c).text() for c in range(3)] == [
        first.name,
        str(first.compared),
        f"{first.mean_first:.2f}",
    ]
    assert model.item(0, 4).text() == f"{first.mean_change:+.2f}"
    assert model.item(0, 5).text() == f"{round(100 * first.up_point / first.compared)}%"
    bottom = model.rowCount() - 1
    assert model.item(bottom, 0).text() == last.name
    assert all(model.item(bottom, c).font().bold() for c in range(9))
    assert not model.item(0, 0).font().bold()
    assert model.item(0, 1).textAlignment() & Qt.AlignmentFlag.AlignRight


def test_every_figure_column_says_what_it_counts(table, section):
    table.show_section(section)
    tips = [table.figures.horizontalHeaderItem(c).toolTip() for c in range(1, 9)]
    assert all(tips) and len(set(tips)) == 8


def test_no_section_clears_the_table(table, section):
    table.show_section(section)
    table.show_section(None)
    assert table.figures.rowCount() == 0 and table.figures.columnCount() == 0


def test_read_only_and_named_for_screen_readers(table):
    assert table.accessibleName() == "Areas" and table.toolTip()
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert not table.tabKeyNavigation()  # Tab leaves the table
