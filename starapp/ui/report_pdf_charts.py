"""The charts of the service report PDF, drawn straight onto its pages with QPainter.

Per template section: mean first and latest score per area as pairs of bars, and a
stage snapshot as stacked bars. Every colour also carries a pattern, the same one the
screen shows (contrast.STAGE_PATTERNS, by stage order; the first reading hatched), so
the charts still read when printed in black and white.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from starapp.core.report_figures import StageInfo, TemplateSection
from starapp.ui.contrast import FIRST_READING_PATTERN, stage_pattern
from starapp.ui.numbers import number
from starapp.ui.report_pdf_pages import MM, Pages, text_colour
from starapp.ui.translation import tr as _tr

FIRST_COLOUR, LATEST_COLOUR = QColor("#c9c9c9"), QColor("#2b4c7e")


# Qt's brush patterns are drawn in device pixels, too fine to see at print resolution,
# so paper draws the same patterns (contrast.STAGE_PATTERNS, as on screen) in millimetres.
_LINES = {  # pattern: which line families it has
    Qt.BrushStyle.BDiagPattern: ("/",),
    Qt.BrushStyle.FDiagPattern: ("\\",),
    Qt.BrushStyle.DiagCrossPattern: ("/", "\\"),
    Qt.BrushStyle.HorPattern: ("-",),
    Qt.BrushStyle.VerPattern: ("|",),
    Qt.BrushStyle.CrossPattern: ("-", "|"),
}
_DOTS = {  # pattern: (spacing, radius) in mm, sparse to nearly solid
    Qt.BrushStyle.Dense7Pattern: (1.4, 0.18),
    Qt.BrushStyle.Dense5Pattern: (0.8, 0.2),
    Qt.BrushStyle.Dense3Pattern: (0.6, 0.26),
}


def patterned_fill(p: QPainter, rect: QRectF, colour: QColor, pattern: Qt.BrushStyle) -> None:
    """Fill ``rect`` with ``colour`` and draw ``pattern`` over it in black or white,
    whichever shows on that colour, so it reads printed in black and white too."""
    p.fillRect(rect, colour)
    if rect.width() < 1 or pattern not in _LINES.keys() | _DOTS.keys():
        return
    p.save()
    p.setClipRect(rect)
    ink = text_colour(colour)
    ink.setAlpha(150)
    if pattern in _DOTS:
        spacing, radius = (v * MM for v in _DOTS[pattern])
        p.setBrush(ink)
        p.setPen(Qt.PenStyle.NoPen)
        for y in _steps(rect.y(), rect.height(), spacing):
            for x in _steps(rect.x(), rect.width(), spacing):
                p.drawEllipse(QPointF(x, y), radius, radius)
    else:
        p.setPen(QPen(ink, 2.5))
        for family in _LINES[pattern]:
            for start, end in _lines(family, rect, 0.9 * MM):
                p.drawLine(start, end)
    p.restore()


def _lines(family: str, r: QRectF, step: float) -> Iterator[tuple[QPointF, QPointF]]:
    x0, y0, w, h = r.x(), r.y(), r.width(), r.height()
    if family == "-":
        for y in _steps(y0, h, step):
            yield QPointF(x0, y), QPointF(x0 + w, y)
    elif family == "|":
        for x in _steps(x0, w, step):
            yield QPointF(x, y0), QPointF(x, y0 + h)
    else:  # 45° diagonals, starting left of the box so that they cover all of it
        for x in _steps(x0 - h, w + h, step):
            if family == "/":
                yield QPointF(x, y0 + h), QPointF(x + h, y0)
            else:
                yield QPointF(x, y0), QPointF(x + h, y0 + h)


def _steps(start: float, length: float, step: float) -> Iterator[float]:
    at = start + step / 2
    while at < start + length:
        yield at
        at += step


def _legend(pages: Pages, items: Sequence[tuple[str, QColor, Qt.BrushStyle]]) -> None:
    """Swatches in a row (wrapping), each with its colour and pattern."""
    p = pages.p
    font = pages.font(8)
    p.setFont(font)
    x, sw, line = 0.0, 4 * MM, 5.5 * MM
    pages.need(line)
    for name, colour, pattern in items:
        w = sw + 1.5 * MM + p.fontMetrics().horizontalAdvance(name) + 5 * MM
        if x + w > pages.width:
            x = 0.0
            pages.y += line
        box = QRectF(x, pages.y + 0.5 * MM, sw, sw)
        patterned_fill(p, box, colour, pattern)
        p.setPen(QPen(QColor("#555555"), 1.5))
        p.drawRect(box)
        p.setPen(QColor("black"))
        p.drawText(
            QRectF(x + sw + 1.5 * MM, pages.y, w, line), int(Qt.AlignmentFlag.AlignLeft), name
        )
        x += w
    pages.y += line + MM


def _label_width(pages: Pages, names: Sequence[str]) -> float:
    pages.p.setFont(pages.font(8))
    widest = max(pages.p.fontMetrics().horizontalAdvance(n) for n in names)
    return min(widest + 2 * MM, pages.width * 0.36)


def means_chart(pages: Pages, section: TemplateSection, scale_max: int) -> None:
    """Two horizontal bars per area: mean first score and mean latest score."""
    areas = [*section.areas, section.overall]
    bar, gap = 3.2 * MM, 2.2 * MM
    label_w = _label_width(pages, [a.name for a in areas])
    plot_w = pages.width - label_w - 12 * MM
    height = len(areas) * (2 * bar + gap) + 7 * MM
    pages.heading(_tr("Mean first and latest score per area"), 10.5, keep=height + 12 * MM)
    _legend(
        pages,
        [
            (_tr("First reading"), FIRST_COLOUR, FIRST_READING_PATTERN),
            (_tr("Latest reading"), LATEST_COLOUR, Qt.BrushStyle.NoBrush),
        ],
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
        bars = (
            (a.mean_first, FIRST_COLOUR, FIRST_READING_PATTERN),
            (a.mean_latest, LATEST_COLOUR, Qt.BrushStyle.NoBrush),
        )
        for i, (value, colour, pattern) in enumerate(bars):
            r = QRectF(x0, y + i * bar, plot_w * (value or 0) / scale_max, bar * 0.9)
            patterned_fill(p, r, colour, pattern)
            p.setFont(pages.font(7))
            p.drawText(
                QRectF(r.right() + MM, r.y(), 12 * MM, r.height()),
                int(Qt.AlignmentFlag.AlignVCenter),
                number(value),
            )
        y += 2 * bar + gap
    pages.y = top + height + 3 * MM


def snapshot_chart(pages: Pages, section: TemplateSection) -> None:
    """Per area, a stacked bar of stage shares at the first and at the latest reading."""
    stages = section.stages
    areas = [*section.areas, section.overall]
    bar, gap = 3.6 * MM, 2.4 * MM
    label_w = _label_width(pages, [a.name for a in areas]) + 9 * MM
    plot_w = pages.width - label_w
    height = len(areas) * (2 * bar + gap)
    pages.heading(_tr("Stage snapshot: share of people in each stage"), 10.5, keep=height + 20 * MM)
    _legend(pages, [(s.name, QColor(s.colour), stage_pattern(i)) for i, s in enumerate(stages)])
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
        patterned_fill(p, r, QColor(stage.colour), stage_pattern(i))
        share = round(100 * n / total)
        if w > 9 * MM and share:
            label = QRectF(r.center().x() - 4 * MM, r.y() + 0.4 * MM, 8 * MM, r.height() - 0.8 * MM)
            p.fillRect(label, QColor(255, 255, 255, 225))
            p.setPen(QColor("black"))
            p.drawText(label, int(Qt.AlignmentFlag.AlignCenter), f"{share}%")
        x += w
    p.setPen(QPen(QColor("#555555"), 1.5))
    p.drawRect(row)
