"""Painting of the radial star, shared by ``StarWidget`` and ``render_star_pixmap``.

``StarRenderer`` owns everything that does not change from one paint to the next: the
label layout (from ``star_labels``), pens, brushes, fonts and a pixmap of the static
layer (stage bands, rings, spokes, scale numbers, area names; painted by
``star_static_layer``). A paint is then one pixmap blit plus the readings, the focus
ring and the legend.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence, Set

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

from starapp.core.templates import StarTemplate
from starapp.ui import star_geometry as geo
from starapp.ui.contrast import is_high_contrast
from starapp.ui.star_labels import layout_star
from starapp.ui.star_static_layer import draw_label_lines, paint_static_layer
from starapp.ui.star_style import (
    MAX_OVERLAYS,
    OVERLAY_STYLES,
    SAMPLE_WIDTH,
    QtMeasure,
    StarPens,
    StarState,
    marker_polygon,
    mix,
    scaled_font,
    star_pens,
    tr,
)


class StarRenderer:
    def __init__(self, template: StarTemplate) -> None:
        self._template = template
        self._layout: geo.StarLayout | None = None
        self._layout_key: tuple[object, ...] | None = None
        self._static: QPixmap | None = None
        self._static_key: tuple[object, ...] | None = None
        self._measures: dict[tuple[str, float], QtMeasure] = {}
        self._pens: StarPens | None = None
        self._pens_key: tuple[object, ...] | None = None
        self._poly_cache: dict[tuple[object, ...], list[QPointF]] = {}
        self._legend_scale = 0.9
        self._legend_texts: tuple[str, ...] = ()

    # --- template and layout ---------------------------------------------------------

    def template(self) -> StarTemplate:
        return self._template

    def set_template(self, template: StarTemplate) -> None:
        self._template = template
        self._pens_key = None
        self.invalidate()

    def pens(self, palette: QPalette, high_contrast: bool) -> StarPens:
        key = (palette.cacheKey(), high_contrast)
        if self._pens is None or key != self._pens_key:
            colours = [stage.colour for stage in self._template.stages]
            self._pens = star_pens(palette, colours, high_contrast)
            self._pens_key = key
        return self._pens

    def invalidate(self) -> None:
        self._layout_key = None
        self._static_key = None
        self._poly_cache.clear()

    def _measure(self, font: QFont, scale: float) -> QtMeasure:
        key = (font.key(), scale)
        m = self._measures.get(key)
        if m is None:
            if len(self._measures) > 32:
                self._measures.clear()
            m = self._measures[key] = QtMeasure(scaled_font(font, scale))
        return m

    def legend_labels(self, state: StarState) -> tuple[str, ...]:
        own = (state.own_label,) if _has_own(state) else ()
        if not state.overlays and not own:
            return ()
        return (state.current_label, *(label for label, _ in state.overlays), *own)

    def layout(
        self, width: float, height: float, font: QFont, legend: Sequence[str] = ()
    ) -> geo.StarLayout:
        show = min(width, height) >= 200
        key = (width, height, font.key(), tuple(legend), show)
        if self._layout is not None and key == self._layout_key:
            return self._layout
        t = self._template
        legend_size = None
        if legend and show:
            legend_size = self._fit_legend(width, height, font, legend)
        self._layout = layout_star(
            [a.name for a in t.areas],
            width,
            height,
            t.scale_max - t.scale_min + 1,
            lambda scale: self._measure(font, scale),
            extra_line=[a.allow_not_applicable for a in t.areas],
            extra_text=tr("n/a"),
            legend_size=legend_size,
            show_labels=show,
        )
        self._layout_key = key
        self._static_key = None
        self._poly_cache.clear()
        return self._layout

    def _fit_legend(
        self, width: float, height: float, font: QFont, legend: Sequence[str]
    ) -> tuple[float, float]:
        """Legend font and texts: smaller fonts, then elided labels, to stay in its corner."""
        for scale in (0.9, 0.8, 0.7, 0.6):
            m = self._measure(font, scale)
            room = 0.3 * width - SAMPLE_WIDTH - 1.4 * m.em
            texts = tuple(m.elide(s, room) if m.width(s) > room else s for s in legend)
            w = SAMPLE_WIDTH + 1.4 * m.em + max(m.width(s) for s in texts)
            h = m.line_height * len(texts) + 0.5 * m.em
            if h <= 0.15 * height and all(t == s for t, s in zip(texts, legend, strict=True)):
                break
        self._legend_scale, self._legend_texts = scale, texts
        return math.ceil(w), math.ceil(h)

    def point(self, layout: geo.StarLayout, index: int, score: float) -> QPointF:
        t = self._template
        x, y = geo.point_at(layout, index, len(t.areas), score, t.scale_min)
        return QPointF(x, y)

    # --- painting ------------------------------------------------------------------

    def paint(
        self, p: QPainter, layout: geo.StarLayout, font: QFont, palette: QPalette, state: StarState
    ) -> None:
        dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        pens = self.pens(palette, state.high_contrast)
        key = (id(layout), dpr, palette.cacheKey(), font.key(), state.high_contrast)
        if self._static is None or key != self._static_key:
            self._static = paint_static_layer(
                self._template, layout, font, palette, dpr, pens, self._measure
            )
            self._static_key = key
        p.drawPixmap(0, 0, self._static)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        focused = state.focused and state.current is not None and bool(layout.labels)
        if focused:
            self._paint_focus_spoke(p, layout, palette, state.current or 0)
        marker_r = max(2.5, min(5.5, layout.step * 0.3))
        thin = layout.radius < 120  # thumbnails: lighter lines
        pen_current = pens.current_thin if thin else pens.current
        current = self._points(layout, state.scores, state.not_applicable, ("c",))
        if len(current) >= 3:  # fill first so earlier readings keep their true colours
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(pens.current_fill)
            p.drawPolygon(current)
        for i, (_label, values) in enumerate(state.overlays[:MAX_OVERLAYS]):
            pts = self._points(layout, values, frozenset(), ("o", i))
            pen = pens.overlays_thin[i] if thin else pens.overlays[i]
            self._draw_reading(p, pts, pen, OVERLAY_STYLES[i][2], marker_r, pens)
        self._draw_reading(p, current, pen_current, "circle", marker_r, pens)
        if _has_own(state):
            own = self._points(layout, state.own, frozenset(), ("own",))
            self._draw_own(p, own, marker_r, pens)
        self._paint_na_marks(p, layout, font, palette, state)
        if focused:
            self._paint_focus_label(p, layout, palette, state.current or 0)
        if layout.legend is not None and (state.overlays or _has_own(state)):
            self._paint_legend(p, layout, font, palette, state, marker_r, pens)

    def _points(
        self,
        layout: geo.StarLayout,
        values: Mapping[str, object],
        skip: Set[str],
        tag: tuple[object, ...],
    ) -> list[QPointF]:
        t = self._template
        vals = tuple(
            v
            if isinstance(v, int) and a.key not in skip and t.scale_min <= v <= t.scale_max
            else None
            for a in t.areas
            for v in (values.get(a.key),)
        )
        key = (id(layout), tag, vals)
        pts = self._poly_cache.get(key)
        if pts is None:
            if len(self._poly_cache) > 64:
                self._poly_cache.clear()
            pts = [self.point(layout, i, v) for i, v in enumerate(vals) if v is not None]
            self._poly_cache[key] = pts
        return pts

    def _draw_reading(
        self,
        p: QPainter,
        pts: list[QPointF],
        pen: QPen,
        marker: str,
        r: float,
        pens: StarPens,
    ) -> None:
        if not pts:
            return
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if len(pts) >= 3:
            p.drawPolygon(pts)
        elif len(pts) == 2:
            p.drawLine(pts[0], pts[1])
        p.setPen(pens.dot_edge)
        p.setBrush(pen.color())
        for pt in pts:
            if marker == "circle":
                p.drawEllipse(pt, r, r)
            elif marker == "square":
                p.drawRect(QRectF(pt.x() - r * 0.9, pt.y() - r * 0.9, r * 1.8, r * 1.8))
            else:
                p.drawPolygon(marker_polygon(marker, pt.x(), pt.y(), r))

    def _draw_own(self, p: QPainter, pts: list[QPointF], r: float, pens: StarPens) -> None:
        """The person's own scores: small hollow rings on the spokes, with a pale halo
        so they read on any stage band and in black and white."""
        p.setBrush(Qt.BrushStyle.NoBrush)
        for pen in (pens.own_halo, pens.own):
            p.setPen(pen)
            for pt in pts:
                p.drawEllipse(pt, r * 1.15, r * 1.15)

    def _paint_na_marks(
        self, p: QPainter, layout: geo.StarLayout, font: QFont, palette: QPalette, state: StarState
    ) -> None:
        if not state.not_applicable or not layout.labels:
            return
        t = self._template
        lh = self._measure(font, layout.font_scale).line_height
        f = scaled_font(font, layout.font_scale)
        f.setItalic(True)
        p.setFont(f)
        p.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for i, area in enumerate(t.areas):
            if area.key in state.not_applicable and area.allow_not_applicable:
                label = layout.labels[i]
                blank = [""] * (len(label.lines) - 1)
                draw_label_lines(p, label, [*blank, label.lines[-1]], lh)

    def _paint_focus_spoke(
        self, p: QPainter, layout: geo.StarLayout, palette: QPalette, i: int
    ) -> None:
        colour = QColor(palette.color(QPalette.ColorRole.Highlight))
        colour.setAlpha(70)
        ux, uy = geo.spoke_unit(i, len(self._template.areas))
        width = max(5.0, min(14.0, layout.step * 0.6))
        p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(
            QPointF(layout.cx, layout.cy),
            QPointF(layout.cx + ux * layout.radius, layout.cy + uy * layout.radius),
        )

    def _paint_focus_label(
        self, p: QPainter, layout: geo.StarLayout, palette: QPalette, i: int
    ) -> None:
        box = layout.labels[i].box
        p.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(box.x - 3, box.y - 2, box.w + 6, box.h + 4), 4, 4)

    def _paint_legend(
        self,
        p: QPainter,
        layout: geo.StarLayout,
        font: QFont,
        palette: QPalette,
        state: StarState,
        marker_r: float,
        pens: StarPens,
    ) -> None:
        box = layout.legend
        assert box is not None
        m = self._measure(font, self._legend_scale)
        p.setBrush(palette.color(QPalette.ColorRole.Base))
        p.setPen(
            QPen(
                mix(
                    palette.color(QPalette.ColorRole.Text),
                    palette.color(QPalette.ColorRole.Base),
                    0.7,
                ),
                1.0,
            )
        )
        p.drawRoundedRect(QRectF(box.x, box.y, box.w, box.h), 4, 4)
        p.setFont(scaled_font(font, self._legend_scale))
        texts = self._legend_texts
        entries = [(texts[0], pens.current, "circle")]
        for i in range(min(len(state.overlays), len(texts) - 1, MAX_OVERLAYS)):
            entries.append((texts[i + 1], pens.overlays[i], OVERLAY_STYLES[i][2]))
        if _has_own(state):
            entries.append((texts[-1], pens.own, "own"))
        x0 = box.x + 0.4 * m.em
        y = box.y + 0.25 * m.em
        r = min(marker_r, 4.0)
        for label, pen, marker in entries:
            mid = y + m.line_height / 2
            if marker == "own":
                self._draw_own(p, [QPointF(x0 + SAMPLE_WIDTH / 2, mid)], r, pens)
            else:
                p.setPen(pen)
                p.drawLine(QPointF(x0, mid), QPointF(x0 + SAMPLE_WIDTH, mid))
                sample = [QPointF(x0 + SAMPLE_WIDTH / 2, mid)]
                self._draw_reading(p, sample, pen, marker, r, pens)
            p.setPen(palette.color(QPalette.ColorRole.Text))
            text_x = x0 + SAMPLE_WIDTH + 0.6 * m.em
            rect = QRectF(text_x, y, box.right - text_x, m.line_height)
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            y += m.line_height


def _has_own(state: StarState) -> bool:
    return any(isinstance(v, int) for v in state.own.values())


def render_star_pixmap(
    template: StarTemplate,
    scores: Mapping[str, int | None],
    size: int | QSize | tuple[int, int],
    overlays: Sequence[tuple[str, Mapping[str, int | None]]] = (),
    not_applicable: Iterable[str] = (),
) -> QPixmap:
    """Paint a star without a widget (list thumbnails, reports). Needs a QGuiApplication.

    Area names are drawn only when the image is at least 200 px on its short side.
    """
    if isinstance(size, int):
        w = h = size
    elif isinstance(size, QSize):
        w, h = size.width(), size.height()
    else:
        w, h = size
    if len(overlays) > MAX_OVERLAYS:
        raise ValueError(f"at most {MAX_OVERLAYS} overlays can be shown, got {len(overlays)}")
    renderer = StarRenderer(template)
    state = StarState(dict(scores), frozenset(not_applicable), list(overlays))
    palette = QGuiApplication.palette()
    state.high_contrast = is_high_contrast(palette)
    font = QGuiApplication.font()
    layout = renderer.layout(w, h, font, renderer.legend_labels(state))
    pixmap = QPixmap(w, h)
    p = QPainter(pixmap)
    renderer.paint(p, layout, font, palette, state)
    p.end()
    return pixmap
