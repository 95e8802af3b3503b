"""The service report as an Excel workbook (openpyxl, write-only so it streams).

Sheets: Summary (filters, totals, time between readings, definitions), Areas,
Stage snapshot, Movement, and Scores (one row per score, split over "Scores 2", ...
when there are more rows than a sheet can hold).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from starapp.core.report_export import (
    CSV_COLUMNS,
    PROGRESS_EVERY,
    Cancelled,
    Progress,
    ScoreLabels,
    ScoreLike,
    _tick,
    atomic_path,
    score_cells,
)
from starapp.core.report_figures import AreaFigures, ServiceReport, TemplateSection
from starapp.core.templates import StarTemplate

SHEET_ROWS = 1_048_576  # Excel's limit, header row included
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
PERCENT = "0.0%"
DECIMAL = "0.00"

AREA_COLUMNS = (
    ("Template", 22),
    ("Area", 30),
    ("People at first reading", 12),
    ("People at latest reading", 12),
    ("People compared", 12),
    ("Mean first score", 10),
    ("Mean latest score", 10),
    ("Change", 10),
    ("Moved up 1+ point", 10),
    ("Moved up 1+ point %", 10),
    ("Moved up a stage", 10),
    ("Moved up a stage %", 10),
    ("Stayed", 10),
    ("Stayed %", 10),
    ("Moved down", 10),
    ("Moved down %", 10),
    ("Moved down a stage", 10),
    ("Moved down a stage %", 10),
    ("n/a at first", 10),
    ("n/a at latest", 10),
)


def write_xlsx(
    target: str | Path,
    report: ServiceReport,
    rows: Iterable[ScoreLike] | None,
    templates: Sequence[StarTemplate],
    *,
    total: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the workbook; ``rows`` (the tidy scores) may be None to leave Scores out.

    Returns the number of score rows written.
    """
    wb = Workbook(write_only=True)
    _summary(wb.create_sheet("Summary"), report)
    _areas(wb.create_sheet("Areas"), report)
    _snapshot(wb.create_sheet("Stage snapshot"), report)
    _movement(wb.create_sheet("Movement"), report)
    count = 0
    if rows is not None:
        count = _scores(wb, rows, ScoreLabels(templates), total, progress, cancelled)
    with atomic_path(target) as tmp:
        wb.save(tmp)
    if progress:
        progress(count, count)
    return count


def _cell(ws: WriteOnlyWorksheet, value: Any, *, font: Font | None = None, fmt: str = "") -> Any:
    cell = WriteOnlyCell(ws, value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # typed-in text, never a formula
    if font is not None:
        cell.font = font
    if fmt:
        cell.number_format = fmt
    return cell


def _header(ws: WriteOnlyWorksheet, names: Sequence[str]) -> None:
    ws.append([_cell(ws, n, font=BOLD) for n in names])


def _widths(ws: WriteOnlyWorksheet, widths: Sequence[int]) -> None:
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _summary(ws: WriteOnlyWorksheet, report: ServiceReport) -> None:
    _widths(ws, (34, 16, 90))
    ws.append([_cell(ws, "Service report", font=TITLE)])
    ws.append(["Made", report.generated_at])
    ws.append([])
    ws.append([_cell(ws, "Selection", font=BOLD)])
    for line in report.filter.describe():
        label, _, value = line.partition(": ")
        ws.append([label, _cell(ws, value)])
    ws.append([])
    if report.is_empty:
        ws.append([_cell(ws, report.message, font=BOLD)])
        ws.append([])
    for s in report.sections:
        ws.append([_cell(ws, f"{s.template_name} ({s.template_key})", font=BOLD)])
        for label, value in (
            ("People", s.people),
            ("People with two or more readings", s.people_multi),
            ("People with one reading", s.people_single),
            ("Readings", s.readings),
            ("Stages and names from template version", s.template_version),
        ):
            ws.append([label, value])
        t = s.time
        for label, days in (
            ("Days between readings (median of people's averages)", t.median_days),
            ("Days between readings (mean of people's averages)", t.mean_days),
            ("Days first to latest reading (median)", t.median_span_days),
            ("Days first to latest reading (mean)", t.mean_span_days),
        ):
            ws.append([label, _cell(ws, days, fmt="0.0")])
        ws.append([])
    ws.append([_cell(ws, "Definitions", font=BOLD)])
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, text in enumerate(report.definitions, start=1):
        cell = _cell(ws, text)
        cell.alignment = wrap
        ws.append([i, None, cell])


def _area_row(ws: WriteOnlyWorksheet, s: TemplateSection, a: AreaFigures) -> list[Any]:
    def pct(n: int) -> Any:
        return _cell(ws, a.share(n), fmt=PERCENT)

    font = BOLD if a is s.overall else None
    return [
        _cell(ws, s.template_name, font=font),
        _cell(ws, a.name, font=font),
        a.people_first,
        a.people_latest,
        a.compared,
        _cell(ws, a.mean_first, fmt=DECIMAL),
        _cell(ws, a.mean_latest, fmt=DECIMAL),
        _cell(ws, a.mean_change, fmt="+0.00;-0.00;0.00"),
        a.up_point,
        pct(a.up_point),
        a.up_stage,
        pct(a.up_stage),
        a.stayed,
        pct(a.stayed),
        a.down_point,
        pct(a.down_point),
        a.down_stage,
        pct(a.down_stage),
        a.na_first,
        a.na_latest,
    ]


def _areas(ws: WriteOnlyWorksheet, report: ServiceReport) -> None:
    _widths(ws, [w for _, w in AREA_COLUMNS])
    ws.freeze_panes = "C2"
    _header(ws, [n for n, _ in AREA_COLUMNS])
    if report.is_empty:
        ws.append([report.message])
    for s in report.sections:
        for a in (*s.areas, s.overall):
            ws.append(_area_row(ws, s, a))


def _snapshot(ws: WriteOnlyWorksheet, report: ServiceReport) -> None:
    _widths(ws, (22, 30, 20, 12, 12, 12, 12))
    ws.freeze_panes = "A2"
    _header(
        ws,
        (
            "Template",
            "Area",
            "Stage",
            "People at first reading",
            "Share at first reading",
            "People at latest reading",
            "Share at latest reading",
        ),
    )
    if report.is_empty:
        ws.append([report.message])
    for s in report.sections:
        for a in (*s.areas, s.overall):
            for i, stage in enumerate(s.stages):
                first, latest = a.snapshot_first[i], a.snapshot_latest[i]
                ws.append(
                    [
                        s.template_name,
                        a.name,
                        stage.name,
                        first,
                        _cell(ws, first / a.people_first if a.people_first else None, fmt=PERCENT),
                        latest,
                        _cell(
                            ws, latest / a.people_latest if a.people_latest else None, fmt=PERCENT
                        ),
                    ]
                )


def _movement(ws: WriteOnlyWorksheet, report: ServiceReport) -> None:
    _widths(ws, (30, 16, 16, 16, 16, 16, 16, 16))
    ws.append(
        [
            _cell(
                ws,
                "People by stage at their first reading (rows) and at their latest reading "
                "(columns); only people compared in the area.",
            )
        ]
    )
    ws.append([])
    if report.is_empty:
        ws.append([report.message])
    for s in report.sections:
        for a in (*s.areas, s.overall):
            ws.append([_cell(ws, f"{s.template_name}: {a.name}", font=BOLD)])
            _header(ws, ["First \\ latest", *(st.name for st in s.stages), "Total"])
            for i, stage in enumerate(s.stages):
                row = a.movement[i]
                ws.append([_cell(ws, stage.name, font=BOLD), *row, sum(row)])
            totals = [sum(a.movement[i][j] for i in range(len(s.stages))) for j in range(len(s.stages))]
            ws.append([_cell(ws, "Total", font=BOLD), *totals, sum(totals)])
            ws.append([])


def _scores(
    wb: Workbook,
    rows: Iterable[ScoreLike],
    labels: ScoreLabels,
    total: int | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    widths = (14, 22, 14, 38, 11, 16, 8, 8, 11, 14, 20, 30, 6, 16, 8)
    sheet_number = 1
    ws = _scores_sheet(wb, "Scores", widths)
    in_sheet = 1
    count = 0
    for cells in score_cells(rows, labels, formula_safe=False):
        if in_sheet == SHEET_ROWS:
            sheet_number += 1
            ws = _scores_sheet(wb, f"Scores {sheet_number}", widths)
            in_sheet = 1
        for i in (0, 1, 2, 9):  # typed-in text
            if isinstance(cells[i], str) and cells[i].startswith("="):
                cells[i] = _cell(ws, cells[i])
        ws.append(cells)
        in_sheet += 1
        count += 1
        if count % PROGRESS_EVERY == 0:
            _tick(count, total, progress, cancelled)
    return count


def _scores_sheet(wb: Workbook, title: str, widths: Sequence[int]) -> WriteOnlyWorksheet:
    ws = wb.create_sheet(title)
    _widths(ws, widths)
    ws.freeze_panes = "A2"
    _header(ws, CSV_COLUMNS)
    return ws
