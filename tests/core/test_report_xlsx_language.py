"""The Excel report speaks the interface language: every word it writes goes through
the ``tr`` the UI passes (here a stand-in), while names from the data stay as typed."""

from __future__ import annotations

from openpyxl import load_workbook
from report_fixtures import PEOPLE, READINGS, T1, T2, TEMPLATES
from test_report_export import rows

from starapp.core import report_xlsx
from starapp.core.report_filters import ReportFilter, untranslated
from starapp.core.report_model import EMPTY_MESSAGE
from starapp.core.report_xlsx import write_xlsx
from starapp.core.reports import records_from_readings, report_from_records

RECORDS = records_from_readings(PEOPLE, READINGS)
REPORT = report_from_records(RECORDS, TEMPLATES, ReportFilter(), generated_at="2024-08-01")
WELSH = {  # as in resources/translations/starapp_cy.ts
    "Template: {name}": "Templed: {name}",
    "all templates": "pob templed",
    "Summary": "Crynodeb",
    "Selection": "Detholiad",
}
MARK = "CY "  # every other word comes back marked (no ":" — sheet names forbid it)


def welsh(text: str) -> str:
    return WELSH.get(text, MARK + text)


def is_welsh(text: str) -> bool:
    return text.startswith(MARK) or text in WELSH.values()


def column(wb, sheet: str, index: int = 0) -> list[str]:
    return [
        row[index]
        for row in wb[sheet].iter_rows(values_only=True)
        if len(row) > index and isinstance(row[index], str)
    ]


def test_sheets_headings_labels_and_filter_lines_are_translated(tmp_path, monkeypatch):
    monkeypatch.setattr(report_xlsx, "SHEET_ROWS", 11)  # scores over three sheets
    out = tmp_path / "cy.xlsx"
    assert write_xlsx(out, REPORT, rows(), TEMPLATES, tr=welsh) == 25
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Crynodeb",
        "CY Areas",
        "CY Stage snapshot",
        "CY Movement",
        "CY Scores",
        "CY Scores 2",
        "CY Scores 3",
    ]
    summary = list(wb["Crynodeb"].iter_rows(values_only=True))
    assert summary[0][0] == "CY Service report" and summary[1][0] == "CY Made"
    selection = [r[0] for r in summary].index("Detholiad")
    filters = summary[selection + 1 : selection + 1 + len(REPORT.filter.describe())]
    assert filters[0][:2] == ("Templed", "pob templed")
    lines = REPORT.filter.describe(welsh)
    assert [(label, value) for label, value, *_ in filters] == [
        tuple(line.partition(": ")[::2]) for line in lines
    ]
    section = REPORT.sections[0]
    heading = [r[0] for r in summary].index(f"{section.template_name} ({section.template_key})")
    labels = [r[0] for r in summary[heading + 1 : heading + 10]]
    assert all(is_welsh(label) for label in labels), labels
    assert "CY Definitions" in [r[0] for r in summary]
    # headers over the figures; area, stage and template names are data, kept as typed
    areas = list(wb["CY Areas"].iter_rows(values_only=True))
    assert all(is_welsh(name) for name in areas[0])
    assert areas[1][:2] == ("Test star t", "Housing")
    snapshot = list(wb["CY Stage snapshot"].iter_rows(values_only=True))
    assert all(is_welsh(name) for name in snapshot[0])
    assert snapshot[1][2] == "Low"
    movement = column(wb, "CY Movement")
    assert movement[0].startswith("CY People by stage")
    assert "CY First \\ latest" in movement and "CY Total" in movement
    header = next(
        r for r in wb["CY Movement"].iter_rows(values_only=True) if r[0] == "CY First \\ latest"
    )
    assert header[1:4] == ("Low", "Mid", "High") and header[4] == "CY Total"


def test_the_too_many_scores_note_and_the_empty_report_are_translated(tmp_path):
    out = tmp_path / "note.xlsx"
    write_xlsx(out, REPORT, rows(), TEMPLATES, total=25_000, max_score_rows=24, tr=welsh)
    note = load_workbook(out)["CY Scores"]["A1"].value
    assert note.startswith("CY This selection has 25,000 scores") and "(up to 24)" in note
    empty = report_from_records([], (T1, T2), ReportFilter(project="x"))
    write_xlsx(tmp_path / "e.xlsx", empty, [], TEMPLATES, tr=welsh)
    wb = load_workbook(tmp_path / "e.xlsx")
    message = wb["CY Areas"]["A2"].value
    assert message.startswith("CY No finalised readings") and " CY Widen the filters" in message
    assert message in column(wb, "Crynodeb")


def test_english_by_default_word_for_word():
    """The CLI passes no ``tr``: the empty report's sentence is the report's own."""
    assert report_xlsx.empty_message(untranslated) == EMPTY_MESSAGE
