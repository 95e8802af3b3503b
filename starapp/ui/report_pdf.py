"""The service report as a PDF (A4): filters, figures per area, charts and definitions.

Drawn with QPainter on a QPdfWriter, page by page, so it needs no widgets: the CLI
calls ``write_report_pdf`` too (a QGuiApplication is made if there is none). Charts
use the stage colours plus a hatch per stage, so they read in black and white. The
file is written to a temporary name next to the target and moved into place only
when complete (``report_export.atomic_path``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from starapp.core.report_export import ExportCancelled, ExportError, atomic_path
from starapp.core.report_figures import AreaFigures, ServiceReport, StageInfo, TemplateSection
from starapp.ui.translation import tr as _tr

RESOLUTION = 300
MARGIN_MM = 15.0
MM = RESOLUTION / 25.4
FIRST_COLOUR, LATEST_COLOUR = QColor("#c9c9c9"), QColor("#2b4c7e")
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


def number(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def percent(count: int, total: int) -> str:
    return f"{round(100 * count / total)}%" if total else "–"


def text_colour(background: QColor) -> QColor:
    return QColor("black") if background.lightnessF() > 0.55 else QColor("white")


def hatch(p: QPainter, rect: QRectF, index: int) -> None:
    """A pattern per stage (none, lines one way, the other way, cross, dots, ...)."""
    style = index % 6
    if style == 0 or rect.width() < 1:
        return
    p.save()
    p.setClipRect(rect)
    p.setPen(QPen(QColor(0, 0, 0, 150), 2.5))
    step = 0.9 * MM
    x0, y0, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    if style in (1, 3):
        x = x0 - h
        while x < x0 + w:
            p.drawLine(QPointF(x, y0 + h), QPointF(x + h, y0))
            x += step
    if style in (2, 3):
        x = x0 - h
        while x < x0 + w:
            p.drawLine(QPointF(x, y0), QPointF(x + h, y0 + h))
            x += step
    if style == 4:
        y = y0 + step / 2
        while y < y0 + h:
            p.drawLine(QPointF(x0, y), QPointF(x0 + w, y))
            y += step
    if style == 5:
        p.setBrush(QColor(0, 0, 0, 150))
        p.setPen(Qt.PenStyle.NoPen)
        y = y0 + step / 2
        while y < y0 + h:
            x = x0 + step / 2
            while x < x0 + w:
                p.drawEllipse(QPointF(x, y), 2.5, 2.5)
                x += step
            y += step
    p.restore()


class _Pages:
    """A cursor that flows blocks down the page and starts new pages with numbers."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, title: str) -> None:
        self.writer, self.p, self.title = writer, painter, title
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.left, self.top = 0.0, 0.0
        self.width, self.bottom = float(rect.width()), float(rect.height()) - 8 * MM
        self.y = 0.0
        self.page = 1
        self.base = QFont("Sans Serif")

    def font(self, size: float = 9.5, bold: bool = False) -> QFont:
        f = QFont(self.base)
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    def footer(self) -> None:
        self.p.setFont(self.font(8))
        self.p.setPen(QColor("#444444"))
        r = QRectF(0, self.bottom + 3 * MM, self.width, 5 * MM)
        self.p.drawText(r, Qt.AlignmentFlag.AlignLeft, self.title)
        self.p.drawText(r, Qt.AlignmentFlag.AlignRight, _tr("Page {n}").format(n=self.page))
        self.p.setPen(QColor("black"))

    def need(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > 0:
            self.footer()
            self.writer.newPage()
            self.page += 1
            self.y = 0.0

    def text_height(self, text: str, font: QFont, width: float | None = None) -> float:
        self.p.setFont(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        r = self.p.boundingRect(QRectF(0, 0, width or self.width, 1e6), flags, text)
        return r.height()

    def paragraph(self, text: str, size: float = 9.5, bold: bool = False, gap: float = 1.5):
        font = self.font(size, bold)
        h = self.text_height(text, font)
        self.need(h)
        self.p.setFont(font)
        self.p.setPen(QColor("black"))
        self.p.drawText(QRectF(0, self.y, self.width, h), int(Qt.TextFlag.TextWordWrap), text)
        self.y += h + gap * MM

    def heading(self, text: str, size: float = 13, keep: float = 40 * MM) -> None:
        self.need(keep)  # keep a heading with what follows it
        self.y += 2 * MM if self.y > 0 else 0
        self.paragraph(text, size, bold=True, gap=1.5)


def _table(
    pages: _Pages,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    bold_last: bool = False,
    header_fills: Sequence[QColor | None] = (),
) -> None:
    """A grid; column 0 left-aligned, the rest right-aligned; the header repeats on
    every page the table runs onto."""
    p, total = pages.p, sum(widths)
    xs = [0.0]
    for w in widths:
        xs.append(xs[-1] + pages.width * w / total)
    pad = 1.2 * MM
    head_font, body_font = pages.font(8, bold=True), pages.font(8.5)

    def height(cells: Sequence[str], font: QFont) -> float:
        return 2 * pad + max(
            pages.text_height(c, font, xs[i + 1] - xs[i] - 2 * pad) for i, c in enumerate(cells)
        )

    def draw(cells: Sequence[str], font: QFont, h: float, fills: Sequence[QColor | None]) -> None:
        p.setFont(font)
        for i, c in enumerate(cells):
            cell = QRectF(xs[i], pages.y, xs[i + 1] - xs[i], h)
            fill = fills[i] if i < len(fills) else None
            p.fillRect(cell, fill or QColor("#ffffff"))
            p.setPen(QPen(QColor("#999999"), 1.5))
            p.drawRect(cell)
            p.setPen(text_colour(fill) if fill else QColor("black"))
            align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
            flags = int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
            p.drawText(cell.adjusted(pad, pad, -pad, -pad), flags, c)
        p.setPen(QColor("black"))
        pages.y += h

    grey = QColor("#e6e6e6")
    hfills = list(header_fills) or [grey] * len(header)
    hfills = [f or grey for f in hfills]
    hh = height(header, head_font)
    pages.need(hh + height(rows[0], body_font) if rows else hh)
    draw(header, head_font, hh, hfills)
    for n, row in enumerate(rows):
        font = pages.font(8.5, bold=True) if bold_last and n == len(rows) - 1 else body_font
        h = height(row, font)
        if pages.y + h > pages.bottom:
            pages.need(h + hh + MM)
            draw(header, head_font, hh, hfills)
        draw(row, font, h, ())
    pages.y += 3 * MM


def _area_table(pages: _Pages, section: TemplateSection) -> None:
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
    _table(pages, header, rows, [3.2, 1.1, 1, 1, 1, 1, 1, 1, 1], bold_last=True)


def _legend(pages: _Pages, items: Sequence[tuple[str, QColor, int]]) -> None:
    """Swatches in a row (wrapping); index is the hatch pattern, -1 for none."""
    p = pages.p
    font = pages.font(8)
    p.setFont(font)
    x, sw, line = 0.0, 4 * MM, 5.5 * MM
    pages.need(line)
    for name, colour, index in items:
        w = sw + 1.5 * MM + p.fontMetrics().horizontalAdvance(name) + 5 * MM
        if x + w > pages.width:
            x = 0.0
            pages.y += line
        box = QRectF(x, pages.y + 0.5 * MM, sw, sw)
        p.fillRect(box, colour)
        if index >= 0:
            hatch(p, box, index)
        p.setPen(QPen(QColor("#555555"), 1.5))
        p.drawRect(box)
        p.setPen(QColor("black"))
        p.drawText(
            QRectF(x + sw + 1.5 * MM, pages.y, w, line), int(Qt.AlignmentFlag.AlignLeft), name
        )
        x += w
    pages.y += line + MM


def _label_width(pages: _Pages, names: Sequence[str]) -> float:
    pages.p.setFont(pages.font(8))
    widest = max(pages.p.fontMetrics().horizontalAdvance(n) for n in names)
    return min(widest + 2 * MM, pages.width * 0.36)


def _means_chart(pages: _Pages, section: TemplateSection, scale_max: int) -> None:
    """Two horizontal bars per area: mean first score and mean latest score."""
    areas = [*section.areas, section.overall]
    bar, gap = 3.2 * MM, 2.2 * MM
    label_w = _label_width(pages, [a.name for a in areas])
    plot_w = pages.width - label_w - 12 * MM
    height = len(areas) * (2 * bar + gap) + 7 * MM
    pages.heading(_tr("Mean first and latest score per area"), 10.5, keep=height + 12 * MM)
    _legend(
        pages, [(_tr("First reading"), FIRST_COLOUR, 1), (_tr("Latest reading"), LATEST_COLOUR, -1)]
    )
    p, top = pages.p, pages.y
    x0 = label_w
    p.setFont(pages.font(7.5))
    for v in range(0, scale_max + 1):  # grid and axis labels
        x = x0 + plot_w * v / scale_max
        p.setPen(QPen(QColor("#dddddd"), 1.5))
        p.drawLine(QPointF(x, top), QPointF(x, top + height - 7 * MM))
        p.setPen(QColor("#333333"))
        p.drawText(
            QRectF(x - 5 * MM, top + height - 6 * MM, 10 * MM, 5 * MM),
            int(Qt.AlignmentFlag.AlignHCenter),
            str(v),
        )
    y = top
    for a in areas:
        p.setFont(pages.font(8, bold=a is section.overall))
        p.setPen(QColor("black"))
        p.drawText(
            QRectF(0, y, label_w - 2 * MM, 2 * bar),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            a.name,
        )
        for i, (value, colour) in enumerate(
            ((a.mean_first, FIRST_COLOUR), (a.mean_latest, LATEST_COLOUR))
        ):
            r = QRectF(x0, y + i * bar, plot_w * (value or 0) / scale_max, bar * 0.9)
            p.fillRect(r, colour)
            if i == 0:
                hatch(p, r, 1)
            p.setFont(pages.font(7))
            p.drawText(
                QRectF(r.right() + MM, r.y(), 12 * MM, r.height()),
                int(Qt.AlignmentFlag.AlignVCenter),
                number(value),
            )
        y += 2 * bar + gap
    pages.y = top + height + 3 * MM


def _snapshot_chart(pages: _Pages, section: TemplateSection) -> None:
    """Per area, a stacked bar of stage shares at the first and at the latest reading."""
    stages = section.stages
    areas = [*section.areas, section.overall]
    bar, gap = 3.6 * MM, 2.4 * MM
    label_w = _label_width(pages, [a.name for a in areas]) + 9 * MM
    plot_w = pages.width - label_w
    height = len(areas) * (2 * bar + gap)
    pages.heading(_tr("Stage snapshot: share of people in each stage"), 10.5, keep=height + 20 * MM)
    _legend(pages, [(s.name, QColor(s.colour), i) for i, s in enumerate(stages)])
    p, y = pages.p, pages.y
    for a in areas:
        p.setFont(pages.font(8, bold=a is section.overall))
        p.setPen(QColor("black"))
        p.drawText(
            QRectF(0, y, label_w - 11 * MM, 2 * bar),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            a.name,
        )
        for i, (counts, total) in enumerate(
            ((a.snapshot_first, a.people_first), (a.snapshot_latest, a.people_latest))
        ):
            row = QRectF(label_w, y + i * bar, plot_w, bar * 0.9)
            p.setFont(pages.font(6.5))
            p.setPen(QColor("#333333"))
            word = _tr("first") if i == 0 else _tr("latest")
            p.drawText(
                QRectF(label_w - 10 * MM, row.y(), 9.5 * MM, row.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                word,
            )
            _stacked(p, row, counts, total, stages)
        y += 2 * bar + gap
    pages.y = y + 3 * MM


def _stacked(
    p: QPainter, row: QRectF, counts: Sequence[int], total: int, stages: Sequence[StageInfo]
) -> None:
    if not total:
        p.setPen(QPen(QColor("#999999"), 1.5))
        p.drawRect(row)
        p.drawText(row, int(Qt.AlignmentFlag.AlignCenter), _tr("no scores"))
        return
    x = row.x()
    for i, (n, stage) in enumerate(zip(counts, stages, strict=True)):
        w = row.width() * n / total
        r = QRectF(x, row.y(), w, row.height())
        colour = QColor(stage.colour)
        p.fillRect(r, colour)
        hatch(p, r, i)
        share = round(100 * n / total)
        if w > 9 * MM and share:
            label = QRectF(r.center().x() - 4 * MM, r.y() + 0.4 * MM, 8 * MM, r.height() - 0.8 * MM)
            p.fillRect(label, QColor(255, 255, 255, 225))
            p.setPen(QColor("black"))
            p.drawText(label, int(Qt.AlignmentFlag.AlignCenter), f"{share}%")
        x += w
    p.setPen(QPen(QColor("#555555"), 1.5))
    p.drawRect(row)


def _movement_table(pages: _Pages, section: TemplateSection, figures: AreaFigures) -> None:
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
    _table(pages, header, rows, [2.2, *([1.2] * len(stages)), 1], header_fills=fills)


def _section(pages: _Pages, section: TemplateSection, scale_max: int) -> None:
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
    _means_chart(pages, section, scale_max)
    _snapshot_chart(pages, section)
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
    pages = _Pages(writer, painter, title)
    try:
        pages.paragraph(title, 20, bold=True, gap=1)
        pages.paragraph(
            _tr("Made on {when}").format(when=report.generated_at[:16].replace("T", " ")), 9, gap=3
        )
        if report.is_empty:
            pages.paragraph(_tr("No readings match these filters."), 12, bold=True)
            pages.paragraph(
                _tr("Widen the filters (for example the dates or the template) to see figures."),
                10,
                gap=4,
            )
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
