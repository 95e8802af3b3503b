"""The Reports page: runs the service report off the GUI thread, shows it, exports it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from consent_service import fill_consent_service
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from starapp.core.report_filters import ReportFilter
from starapp.core.report_model import empty_message
from starapp.core.reports import report_from_records
from starapp.store import Store
from starapp.store.demo import fill_demo
from starapp.store.report_queries import all_templates, iter_report_readings
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops
from starapp.ui.reports_view import ReportsView
from starapp.ui.translation import tr

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def store(tmp_path, qapp):
    with Store.open(tmp_path / "demo.db", create=True, actor="test") as s:
        fill_demo(s, people=40, seed=2)
        yield s
        QThreadPool.globalInstance().waitForDone(10_000)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.processEvents()


@pytest.fixture
def view(qtbot, store):
    v = ReportsView(Ops(store))
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    return v


def run(qtbot, view: ReportsView) -> None:
    assert view.run_report()
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)


def pick(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_report_matches_core(qtbot, view, store):
    pick(view.filters.template, "life-areas")
    view.filters.min_readings.setValue(2)
    run(qtbot, view)
    report = view.report
    assert report is not None and not report.is_empty
    flt = ReportFilter(template_key="life-areas", min_readings=2)
    expected = report_from_records(iter_report_readings(store, flt), all_templates(store), flt)
    section, want = report.sections[0], expected.sections[0]
    assert view.table.figures.rowCount() == len(section.areas) + 1  # + "All areas"
    assert [a.mean_first for a in section.areas] == pytest.approx(
        [a.mean_first for a in want.areas]
    )
    assert section.overall.up_stage == want.overall.up_stage
    first = section.areas[0]
    assert view.table.figures.item(0, 0).text() == first.name
    assert view.table.figures.item(0, 2).text() == f"{want.areas[0].mean_first:.2f}"
    assert f"{report.people} people" in view.summary.text()
    assert "first reading" in view.definitions.toPlainText()


def test_filters_that_match_nobody(qtbot, view):
    view.filters.date_from.setText("2001-01-01")
    view.filters.date_to.setText("2001-12-31")
    run(qtbot, view)
    assert view.report is not None and view.report.is_empty
    assert view.summary.text() == empty_message(tr)  # the words of every export too
    assert view.table.figures.rowCount() == 0
    assert view.export_buttons["pdf"].isEnabled()


def test_back_to_front_dates_are_said_inline(qtbot, view):
    view.filters.date_from.setText("2025-06-01")
    view.filters.date_to.setText("2025-01-01")
    assert not view.run_report()
    assert not view.busy and view.report is None
    assert "back to front" in view.message.text()


def test_exports(qtbot, view, tmp_path):
    run(qtbot, view)
    for fmt in ("csv", "xlsx", "pdf", "json"):
        out = tmp_path / f"out.{fmt}"
        assert view.export_to(fmt, out)
        qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
        assert out.exists(), view.message.text()
        assert "saved" in view.message.text()
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads((tmp_path / "out.json").read_text("utf-8"))["people"] == 40
    assert (tmp_path / "out.csv").read_text("utf-8-sig").startswith("person_reference,")
    assert "Areas" in load_workbook(tmp_path / "out.xlsx", read_only=True).sheetnames


def test_export_to_a_missing_folder_says_so(qtbot, view, tmp_path):
    run(qtbot, view)
    assert view.export_to("csv", tmp_path / "nope" / "r.csv")
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    assert "does not exist" in view.message.text()


def test_reached_from_the_main_window_and_screenshot(qtbot, store, tmp_path):
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    action = win.findChild(type(win.reports_action), "reports") or win.reports_action
    action.trigger()
    page = win.reports_page
    assert isinstance(page, ReportsView) and win.stack.currentWidget() is page
    pick(page.filters.template, "life-areas")
    run(qtbot, page)
    for _ in range(3):
        qtbot.wait(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert win.grab().toImage().save(str(SHOTS / "reports-view.png"))
    page.backRequested.emit()
    assert win.stack.currentWidget() is win.people_page


@pytest.fixture
def consent_view(qtbot, tmp_path, qapp):
    """The reports view over tests/consent_service.py: 6 people, 2 agreed to sharing."""
    with Store.open(tmp_path / "consent.db", create=True, actor="test") as s:
        fill_consent_service(s)
        v = ReportsView(Ops(s))
        qtbot.addWidget(v)
        v.resize(1280, 800)
        v.show()
        yield v
        QThreadPool.globalInstance().waitForDone(10_000)


def test_ticking_shared_figures_only_changes_the_figures_shown(qtbot, consent_view):
    view = consent_view
    box = view.filters.shared_only
    assert not box.isChecked()  # off by default: the service's own figures
    assert box.accessibleName() and box.toolTip()
    run(qtbot, view)
    assert view.report.people == 6
    assert "6 people" in view.summary.text()
    assert view.table.figures.item(0, 2).text() == f"{(2 + 4 + 4 * 10) / 6:.2f}"  # home, first
    assert "People counted: everyone" in view.definitions.toPlainText()

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    run(qtbot, view)
    assert view.report.people == 2 and view.report.filter.shared_figures_only
    assert "2 people" in view.summary.text()
    assert view.table.figures.item(0, 2).text() == "3.00"  # (2 + 4) / 2
    assert view.table.figures.item(0, 3).text() == "7.00"  # (6 + 8) / 2
    assert (
        "People counted: only people who agreed to share anonymised figures"
        in view.definitions.toPlainText()
    )
    for _ in range(3):
        qtbot.wait(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert view.grab().toImage().save(str(SHOTS / "reports-shared-figures-only.png"))


def test_filter_lines_show_names_as_typed(qtbot, store, view):
    """A project name with HTML-like text is shown as it is, not read as markup."""
    person = store.people.find()[0]
    store.people.update(person.id, replace(person, project="<b>North</b> & co"))
    view.fill_choices()
    pick(view.filters.project, "<b>North</b> & co")
    run(qtbot, view)
    assert "Project: <b>North</b> & co" in view.definitions.toPlainText()
