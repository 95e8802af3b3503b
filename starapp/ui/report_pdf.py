"""The service report as a PDF (A4): filters, figures per area, charts and definitions.

Drawn with QPainter on a QPdfWriter, page by page, so it needs no widgets: the CLI
calls ``write_report_pdf`` too (a QGuiApplication is made if there is none). Charts
use the stage colours plus a hatch per stage, so they read in black and white. The
file is written to a temporary name next to the target and moved into place only
when complete (``report_export.atomic_path``).

This module lays out the report's content; the page flow and tables are in
``report_pdf_pages`` and the charts in ``report_pdf_charts``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QColor, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from starapp.core.report_export import ExportCancelled, ExportError, atomic_path
from starapp.core.report_figures import AreaFigures, ServiceReport, TemplateSection
from starapp.core.report_model import empty_message
from starapp.ui.numbers import number, percent
from starapp.ui.report_pdf_charts import means_chart, snapshot_chart
from starapp.ui.report_pdf_pages import MM, RESOLUTION, Pages, draw_table
from starapp.ui.translation import tr as _tr

MARGIN_MM = 15.0
_app: QGuiApplication | None = None


def ensure_gui_app() -> None:
    """Painting text needs a QGuiApplication; the CLI has none, so make one (offscreen
    when there is no display)."""
    global _app
    if QCoreApplication.instance() is not None:
        return
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["starapp"])


def _area_table(pages: Pages, section: TemplateSection) -> None:
    header = [
        _tr("Area"),
        _tr("People compared"),
        _tr("Mean first"),
        _tr("Mean latest"),
        _tr("Change"),
        _tr("Up a point"),
        _tr("Up a stage"),
        _tr("Stayed"),
        _tr("Down"),
    ]
    rows = []
    for a in (*section.areas, section.overall):
        rows.append(
            [
                a.name,
                str(a.compared),
                number(a.mean_first),
                number(a.mean_latest),
                number(a.mean_change, signed=True),
                percent(a.up_point, a.compared),
                percent(a.up_stage, a.compared),
                percent(a.stayed, a.compared),
                percent(a.down_point, a.compared),
            ]
        )
    draw_table(pages, header, rows, [3.2, 1.1, 1, 1, 1, 1, 1, 1, 1], bold_last=True)


def _movement_table(pages: Pages, section: TemplateSection, figures: AreaFigures) -> None:
    stages = section.stages
    pages.heading(_tr("Movement between stages, all areas"), 10.5, keep=(len(stages) + 3) * 7 * MM)
    pages.paragraph(
        _tr(
            "Rows: stage at the first reading. Columns: stage at the latest reading. "
            "Each cell counts person-area comparisons."
        ),
        8,
    )
    header = [_tr("First \\ latest"), *(s.name for s in stages), _tr("Total")]
    rows = []
    for s, row in zip(stages, figures.movement, strict=True):
        rows.append([s.name, *(str(n) for n in row), str(sum(row))])
    fills: list[QColor | None] = [None, *(QColor(s.colour) for s in stages), None]
    draw_table(pages, header, rows, [2.2, *([1.2] * len(stages)), 1], header_fills=fills)


def _section(pages: Pages, section: TemplateSection, scale_max: int) -> None:
    pages.heading(section.template_name, 14, keep=60 * MM)
    t = section.time
    lines = [
        _tr(
            "{people} people ({multi} with two or more readings, {single} with one), "
            "{readings} readings."
        ).format(
            people=section.people,
            multi=section.people_multi,
            single=section.people_single,
            readings=section.readings,
        ),
    ]
    if t.people:
        lines.append(
            _tr(
                "Time between readings: median {m} days (mean {a}); from first to latest "
                "reading: median {ms} days (mean {as_})."
            ).format(
                m=_days(t.median_days),
                a=_days(t.mean_days),
                ms=_days(t.median_span_days),
                as_=_days(t.mean_span_days),
            )
        )
    for line in lines:
        pages.paragraph(line, 9)
    pages.heading(_tr("Figures per area"), 10.5)
    _area_table(pages, section)
    means_chart(pages, section, scale_max)
    snapshot_chart(pages, section)
    _movement_table(pages, section, section.overall)


def _days(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def paint_report(
    writer: QPdfWriter, report: ServiceReport, cancelled: Callable[[], bool] | None = None
) -> int:
    """Draw the report onto ``writer``; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, "The PDF could not be opened for writing")
    title = _tr("Service report")
    pages = Pages(writer, painter, title)
    try:
        pages.paragraph(title, 20, bold=True, gap=1)
        pages.paragraph(
            _tr("Made on {when}").format(when=report.generated_at[:16].replace("T", " ")), 9, gap=3
        )
        if report.is_empty:
            pages.paragraph(empty_message(_tr), 12, bold=True, gap=4)
        else:
            pages.paragraph(
                _tr("{people} people and {readings} readings across {n} templates.").format(
                    people=report.people, readings=report.readings, n=len(report.sections)
                ),
                11,
                gap=3,
            )
        pages.heading(_tr("Filters used"), 11, keep=30 * MM)
        for line in report.filter.describe(_tr):
            pages.paragraph(line, 9, gap=0.6)
        for section in report.sections:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            scale_max = max(s.end for s in section.stages) if section.stages else 10
            _section(pages, section, scale_max)
        pages.heading(_tr("Definitions"), 12, keep=30 * MM)
        for text in report.definitions:
            pages.paragraph(text, 8.5, gap=1.8)
        pages.footer()
    finally:
        painter.end()
    return pages.page


def write_report_pdf(
    path: str | Path,
    report: ServiceReport,
    *,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write ``report`` as an A4 PDF at ``path``; raises ExportError with a sentence."""
    ensure_gui_app()
    path = Path(path)
    with atomic_path(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(_tr("Service report"))
        writer.setCreator("starapp")
        paint_report(writer, report, cancelled)
        del writer  # finishes and closes the file
        if tmp.stat().st_size == 0:
            raise ExportError(
                "The PDF report could not be written to {path}; choose another place.", path=path
            )
    if progress is not None:
        progress(1, 1)
    return path
