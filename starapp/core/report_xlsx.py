"""The service report as an Excel workbook (openpyxl, write-only so it streams).

Sheets: Summary (filters, totals, time between readings, definitions), Areas,
Stage snapshot, Movement, and Scores (one row per score, split over "Scores 2", ...
when there are more rows than a sheet can hold).

Words (sheet names, headings, labels, filter lines) go through ``tr``: the UI passes its
own, so a workbook made from the Welsh interface is in Welsh; the CLI keeps English. The
Scores sheet's column names stay the CSV's, so one script reads either file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties

from starapp.core.report_export import (
    CSV_COLUMNS,
    PROGRESS_EVERY,
    Cancelled,
    Progress,
    ReadingScores,
    ScoreLabels,
    _tick,
    atomic_path,
    tidy_rows,
)
from starapp.core.report_figures import AreaFigures, ServiceReport, TemplateSection
from starapp.core.report_filters import untranslated
from starapp.core.report_model import empty_message
from starapp.core.templates import StarTemplate

SHEET_ROWS = 1_048_576  # Excel's limit, header row included
MAX_SCORE_ROWS = 100_000  # more goes to CSV: writing and opening would take minutes
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
PERCENT = "0.0%"
DECIMAL = "0.00"

Translate = Callable[[str], str]
AREA_WIDTHS = (34, 30, *(12,) * 3, *(10,) * 15)


def _area_columns(tr: Translate) -> tuple[str, ...]:
    return (
        tr("Template"),
        tr("Area"),
        tr("People at first reading"),
        tr("People at latest reading"),
        tr("People compared"),
        tr("Mean first score"),
        tr("Mean latest score"),
        tr("Change"),
        tr("Moved up 1+ point"),
        tr("Moved up 1+ point %"),
        tr("Moved up a stage"),
        tr("Moved up a stage %"),
        tr("Stayed"),
        tr("Stayed %"),
        tr("Moved down"),
        tr("Moved down %"),
        tr("Moved down a stage"),
        tr("Moved down a stage %"),
        tr("n/a at first"),
        tr("n/a at latest"),
    )


def write_xlsx(
    target: str | Path,
    report: ServiceReport,
    readings: Iterable[ReadingScores] | None,
    templates: Sequence[StarTemplate],
    *,
    total: int | None = None,
    max_score_rows: int | None = MAX_SCORE_ROWS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    tr: Translate = untranslated,
) -> int:
    """Write the workbook; ``readings`` (for the tidy scores) may be None to leave Scores out.

    ``total`` is the number of score rows when known: above ``max_score_rows`` (None: no
    limit) the Scores sheet holds a note pointing to the CSV export instead, since a
    workbook of a million rows takes minutes to write and to open. Returns the number of
    score rows written. ``tr`` translates the words (see ReportFilter.describe).
    """
    count = 0
    note = ""
    limit = max_score_rows if max_score_rows is not None else total
    if readings is not None and total is not None and limit is not None and total > limit:
        note = tr(
            "This selection has {total} scores, more than a workbook handles well "
            "(up to {limit}), so they are not in this file; export them as CSV "
            "instead, or narrow the filters."
        ).format(total=f"{total:,}", limit=f"{limit:,}")
        readings = None
    with atomic_path(target) as tmp:  # fails at once when the target cannot be written
        wb = Workbook(write_only=True)
        try:
            _summary(wb.create_sheet(tr("Summary")), report, note, tr)
            _areas(wb.create_sheet(tr("Areas")), report, tr)
            _snapshot(wb.create_sheet(tr("Stage snapshot")), report, tr)
            _movement(wb.create_sheet(tr("Movement")), report, tr)
            if readings is not None:
                count = _scores(
                    wb, readings, ScoreLabels(templates), total, progress, cancelled, tr
                )
            elif note:
                ws = wb.create_sheet(tr("Scores"))
                _widths(ws, (120,))
                ws.append([note])
            wb.save(tmp)
        except BaseException:
            _discard(wb)
            raise
    if progress:
        progress(count, count)
    return count


def _discard(wb: Workbook) -> None:
    """Close and delete the temporary files openpyxl keeps for write-only sheets."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def _cell(ws: WriteOnlyWorksheet, value: Any, *, font: Font | None = None, fmt: str = "") -> Any:
    cell = WriteOnlyCell(ws, value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # typed-in text, never a formula
    if font is not None:
        cell.font = font
    if fmt:
        cell.number_format = fmt
    return cell


HEADER_ALIGN = Alignment(wrap_text=True, vertical="bottom")
RIGHT = Alignment(horizontal="right", vertical="bottom")


def _header(
    ws: WriteOnlyWorksheet, names: Sequence[str], *, row: int | None = None, right: bool = False
) -> None:
    """A bold header row; with ``row`` (its number) it is tall enough to wrap the names.

    ``right``: names after the first sit right, over columns of numbers.
    """
    cells = []
    for i, n in enumerate(names):
        cell = _cell(ws, n, font=BOLD)
        cell.alignment = RIGHT if right and i else HEADER_ALIGN
        cells.append(cell)
    if row is not None:
        ws.row_dimensions[row].height = 45
    ws.append(cells)


def _widths(ws: WriteOnlyWorksheet, widths: Sequence[int]) -> None:
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _summary(ws: WriteOnlyWorksheet, report: ServiceReport, note: str, tr: Translate) -> None:
    widths = (62, 36)
    _widths(ws, widths)
    _print_setup(ws, landscape=False)
    rows = 0

    def add(cells: list[Any], height: float | None = None) -> None:
        nonlocal rows
        rows += 1
        if height is not None:
            ws.row_dimensions[rows].height = height
        ws.append(cells)

    add([_cell(ws, tr("Service report"), font=TITLE)], 20)
    add([tr("Made"), _made(report.generated_at)])
    add([])
    add([_cell(ws, tr("Selection"), font=BOLD)])
    for line in report.filter.describe(tr):
        label, _, value = line.partition(": ")
        add([label, _cell(ws, value)])
    add([])
    wrap = Alignment(wrap_text=True, vertical="top")
    if report.is_empty:
        message = empty_message(tr)
        cell = _cell(ws, message, font=BOLD)
        cell.alignment = wrap
        add([cell], _text_height(message, widths[0]))
        add([])
    for s in report.sections:
        add([_cell(ws, f"{s.template_name} ({s.template_key})", font=BOLD)])
        totals: tuple[tuple[str, int], ...] = (
            (tr("People"), s.people),
            (tr("People with two or more readings"), s.people_multi),
            (tr("People with one reading"), s.people_single),
            (tr("Readings"), s.readings),
            (tr("Stages and area names from template version"), s.template_version),
        )
        for label, number in totals:
            add([label, number])
        t = s.time
        for label, days in (
            (tr("Days between readings: median of people's averages"), t.median_days),
            (tr("Days between readings: mean of people's averages"), t.mean_days),
            (tr("Days from first to latest reading: median"), t.median_span_days),
            (tr("Days from first to latest reading: mean"), t.mean_span_days),
        ):
            add([label, _cell(ws, days, fmt="0.0")])
        add([])
    if note:
        cell = _cell(ws, note)
        cell.alignment = wrap
        add([cell], _text_height(note, widths[0]))
        add([])
    add([_cell(ws, tr("Definitions"), font=BOLD)])
    for i, text in enumerate(report.definitions, start=1):
        cell = _cell(ws, f"{i}. {text}")
        cell.alignment = wrap
        add([cell], _text_height(text, widths[0]))


def _made(generated_at: str) -> str:
    """2026-11-27T07:19:52.123+00:00 -> 2026-11-27 07:19 UTC."""
    if len(generated_at) >= 16 and generated_at.endswith("+00:00"):
        return generated_at[:16].replace("T", " ") + " UTC"
    return generated_at


def _text_height(text: str, width: int) -> float:
    """Row height (points) that shows ``text`` wrapped in a column ``width`` wide.

    Spreadsheets do not grow rows for wrapped text they did not lay out themselves.
    """
    per_line = max(10, int(width * 1.15))
    lines = sum(1 + len(part) // per_line for part in text.split("\n"))
    return 15.0 * lines


def _print_setup(ws: WriteOnlyWorksheet, *, landscape: bool) -> None:
    """Print one page wide (as many pages tall as needed)."""
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if landscape:
        ws.page_setup.orientation = "landscape"


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


def _areas(ws: WriteOnlyWorksheet, report: ServiceReport, tr: Translate) -> None:
    _print_setup(ws, landscape=True)
    _widths(ws, AREA_WIDTHS)
    ws.freeze_panes = "C2"
    _header(ws, _area_columns(tr), row=1)
    if report.is_empty:
        ws.append([empty_message(tr)])
    for s in report.sections:
        for a in (*s.areas, s.overall):
            ws.append(_area_row(ws, s, a))


def _snapshot(ws: WriteOnlyWorksheet, report: ServiceReport, tr: Translate) -> None:
    _print_setup(ws, landscape=False)
    _widths(ws, (34, 30, 20, 12, 12, 12, 12))
    ws.freeze_panes = "A2"
    _header(
        ws,
        row=1,
        names=(
            tr("Template"),
            tr("Area"),
            tr("Stage"),
            tr("People at first reading"),
            tr("Share at first reading"),
            tr("People at latest reading"),
            tr("Share at latest reading"),
        ),
    )
    if report.is_empty:
        ws.append([empty_message(tr)])
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


def _movement(ws: WriteOnlyWorksheet, report: ServiceReport, tr: Translate) -> None:
    _print_setup(ws, landscape=False)
    _widths(ws, (30, 16, 16, 16, 16, 16, 16, 16))
    ws.append(
        [
            _cell(
                ws,
                tr(
                    "People by stage at their first reading (rows) and at their latest reading "
                    "(columns); only people compared in the area."
                ),
            )
        ]
    )
    ws.append([])
    if report.is_empty:
        ws.append([empty_message(tr)])
    for s in report.sections:
        for a in (*s.areas, s.overall):
            ws.append([_cell(ws, f"{s.template_name}: {a.name}", font=BOLD)])
            _header(
                ws, [tr("First \\ latest"), *(st.name for st in s.stages), tr("Total")], right=True
            )
            for i, stage in enumerate(s.stages):
                row = a.movement[i]
                ws.append([_cell(ws, stage.name, font=BOLD), *row, sum(row)])
            totals = [
                sum(a.movement[i][j] for i in range(len(s.stages))) for j in range(len(s.stages))
            ]
            ws.append([_cell(ws, tr("Total"), font=BOLD), *totals, sum(totals)])
            ws.append([])


def _scores(
    wb: Workbook,
    readings: Iterable[ReadingScores],
    labels: ScoreLabels,
    total: int | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    tr: Translate,
) -> int:
    widths = (14, 22, 14, 38, 11, 16, 8, 8, 11, 14, 20, 30, 6, 16, 8, 8)
    sheet_number = 1
    ws = _scores_sheet(wb, tr("Scores"), widths)
    in_sheet = 1
    count = next_tick = 0
    for rows in tidy_rows(readings, labels, formula_safe=False):
        for cells in rows:
            if in_sheet == SHEET_ROWS:
                sheet_number += 1
                ws = _scores_sheet(wb, tr("Scores {n}").format(n=sheet_number), widths)
                in_sheet = 1
            for i in (0, 1, 2, 9):  # typed-in text
                if isinstance(cells[i], str) and cells[i].startswith("="):
                    cells[i] = _cell(ws, cells[i])
            ws.append(cells)
            in_sheet += 1
        count += len(rows)
        if count >= next_tick:
            _tick(count, total, progress, cancelled)
            next_tick = count + PROGRESS_EVERY
    return count


def _scores_sheet(wb: Workbook, title: str, widths: Sequence[int]) -> WriteOnlyWorksheet:
    ws = wb.create_sheet(title)
    _widths(ws, widths)
    ws.freeze_panes = "A2"
    _header(ws, CSV_COLUMNS, row=1)
    return ws
