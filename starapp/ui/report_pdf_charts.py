"""The charts of the service report PDF, drawn straight onto its pages with QPainter.

Per template section: mean first and latest score per area as pairs of bars, and a
stage snapshot as stacked bars. Every colour also carries a hatch pattern (stages by
their order), so the charts still read when printed in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from starapp.core.report_figures import StageInfo, TemplateSection
from starapp.ui.report_pdf_pages import MM, Pages
from starapp.ui.report_text import number
from starapp.ui.translation import tr as _tr

FIRST_COLOUR, LATEST_COLOUR = QColor("#c9c9c9"), QColor("#2b4c7e")


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


def _legend(pages: Pages, items: Sequence[tuple[str, QColor, int]]) -> None:
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


def snapshot_chart(pages: Pages, section: TemplateSection) -> None:
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
