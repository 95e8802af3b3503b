"""The star's static layer: what changes only with the size, font, palette or template.

Stage bands, score rings, spokes, scale numbers and area names are painted once into a
pixmap, which ``StarRenderer`` blits at every paint, so a paint costs one blit plus the
readings. ``draw_label_lines`` is shared with the "n/a" marks painted over the names.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap

from starapp.core.templates import StarTemplate
from starapp.ui import star_geometry as geo
from starapp.ui.star_style import QtMeasure, StarPens, scaled_font

Measure = Callable[[QFont, float], QtMeasure]  # the renderer's cached font measures


def paint_static_layer(
    template: StarTemplate,
    layout: geo.StarLayout,
    font: QFont,
    palette: QPalette,
    dpr: float,
    pens: StarPens,
    measure: Measure,
) -> QPixmap:
    pm = QPixmap(max(1, round(layout.width * dpr)), max(1, round(layout.height * dpr)))
    pm.setDevicePixelRatio(dpr)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    pm.fill(base)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    t = template
    n = len(t.areas)
    c = QPointF(layout.cx, layout.cy)
    p.setPen(Qt.PenStyle.NoPen)
    for i in reversed(range(len(t.stages))):
        r = (t.stages[i].end - t.scale_min + 1) * layout.step
        if pens.high_contrast:  # a pattern band must not show the band beneath it
            p.setBrush(base)
            p.drawEllipse(c, r, r)
        p.setBrush(pens.band(i))
        p.drawEllipse(c, r, r)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(pens.rings)
    if layout.step >= 9:  # thumbnails: the bands alone read better than dense rings
        for score in range(t.scale_min, t.scale_max + 1):
            r = geo.ring_radius(score, t.scale_min, layout.step)
            p.drawEllipse(c, r, r)
    if pens.stage_edge is not None:  # high contrast: stages end at solid rings
        p.setPen(pens.stage_edge)
        for stage in t.stages[:-1]:
            r = (stage.end - t.scale_min + 1) * layout.step
            p.drawEllipse(c, r, r)
    p.setPen(pens.outline)
    p.drawEllipse(c, layout.radius, layout.radius)
    spokes = []
    for i in range(n):
        ux, uy = geo.spoke_unit(i, n)
        spokes.append(QPointF(layout.cx, layout.cy))
        spokes.append(QPointF(layout.cx + ux * layout.radius, layout.cy + uy * layout.radius))
    p.drawLines(spokes)
    _paint_scale_numbers(p, t, layout, font, pens.scale_text, pens.scale_back, measure)
    if layout.labels:
        p.setFont(scaled_font(font, layout.font_scale))
        p.setPen(text)
        lh = measure(font, layout.font_scale).line_height
        for i, label in enumerate(layout.labels):
            lines = label.lines[:-1] if t.areas[i].allow_not_applicable else label.lines
            draw_label_lines(p, label, lines, lh)
    p.end()
    return pm


def draw_label_lines(p: QPainter, label: geo.Label, lines: Sequence[str], lh: float) -> None:
    flags = {
        "left": Qt.AlignmentFlag.AlignLeft,
        "right": Qt.AlignmentFlag.AlignRight,
        "center": Qt.AlignmentFlag.AlignHCenter,
    }[label.align] | Qt.AlignmentFlag.AlignVCenter
    box = label.box
    for k, line in enumerate(lines):
        p.drawText(QRectF(box.x, box.y + k * lh, box.w, lh), flags, line)


def _paint_scale_numbers(
    p: QPainter,
    template: StarTemplate,
    layout: geo.StarLayout,
    font: QFont,
    colour: QColor,
    back: QColor | None,
    measure: Measure,
) -> None:
    t = template
    n = len(t.areas)
    m = measure(font, 0.75)
    if layout.step < m.line_height * 0.95:
        return
    p.setFont(scaled_font(font, 0.75))
    p.setPen(colour)
    half = math.pi / n
    ux, uy = math.sin(-half), -math.cos(-half)
    for score in range(t.scale_min, t.scale_max + 1):
        r = geo.ring_radius(score, t.scale_min, layout.step)
        label = str(score)
        w = m.width(label)
        if 2 * r * math.sin(half) < w + 6:
            continue
        x, y = layout.cx + ux * r, layout.cy + uy * r
        rect = QRectF(x - w / 2 - 1, y - m.line_height / 2, w + 2, m.line_height)
        if back is not None:  # high contrast: numbers stand clear of the band patterns
            p.fillRect(rect, back)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
