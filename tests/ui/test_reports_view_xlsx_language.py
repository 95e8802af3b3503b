"""An Excel report exported from the reports view is in the interface language.

A marking translator stands in for Welsh: it turns every module-level ("" context)
string into "CY " + the string, so the workbook shows which words went through the
translation the view passes to core (the real Welsh catalogue is checked in
test_translations.py). Without it, the same export is English, as the CLI's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication

from starapp.store import Store
from starapp.store.demo import fill_demo
from starapp.ui.ops import Ops
from starapp.ui.reports_view import ReportsView

MARK = "CY "  # sheet names cannot hold ":" or brackets


class MarkingTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return MARK + source if context == "" else None  # None: not translated


@pytest.fixture
def view(qtbot, tmp_path: Path, qapp: QApplication) -> Iterator[ReportsView]:
    with Store.open(tmp_path / "demo.db", create=True, actor="test") as store:
        fill_demo(store, people=8, seed=3)
        v = ReportsView(Ops(store))
        qtbot.addWidget(v)
        yield v
        QThreadPool.globalInstance().waitForDone(10_000)


def export_xlsx(qtbot, view: ReportsView, out: Path):
    assert view.run_report()
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert view.export_to("xlsx", out)
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    assert out.exists(), view.message.text()
    return load_workbook(out)


def test_the_workbook_follows_the_interface_language(qtbot, view, tmp_path, qapp):
    translator = MarkingTranslator()
    assert qapp.installTranslator(translator)
    try:
        wb = export_xlsx(qtbot, view, tmp_path / "cy.xlsx")
    finally:
        qapp.removeTranslator(translator)
    assert wb.sheetnames[:5] == [
        "CY Summary",
        "CY Areas",
        "CY Stage snapshot",
        "CY Movement",
        "CY Scores",
    ]
    summary = [row[:2] for row in wb["CY Summary"].iter_rows(values_only=True)]
    assert ("CY Template", "CY all templates") in summary
    assert ("CY Key worker", "CY all key workers") in summary
    areas = list(wb["CY Areas"].iter_rows(values_only=True))
    assert areas[0][:2] == ("CY Template", "CY Area")
    assert any(row[1] == "CY All areas" for row in areas[1:])  # the pooled row, as on screen


def test_without_a_translation_the_workbook_is_english(qtbot, view, tmp_path):
    wb = export_xlsx(qtbot, view, tmp_path / "en.xlsx")
    assert wb.sheetnames[:4] == ["Summary", "Areas", "Stage snapshot", "Movement"]
    summary = [row[:2] for row in wb["Summary"].iter_rows(values_only=True)]
    assert ("Template", "all templates") in summary
