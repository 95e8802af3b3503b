"""Colours, pens, fonts and small Qt helpers shared by the star's painter and widget.

Two looks: the usual one (pale stage bands, Okabe-Ito colours) and a high-contrast one,
used when the system asks for high contrast, the palette is black-and-white, or the
``ui/highContrast`` setting says so. High contrast draws only in the palette's own
colours (text, base, highlight) with thicker lines, and tells stages apart by pattern
(dotted and plain bands between solid rings), never by colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPalette,
    QPen,
    QPolygonF,
)

from starapp.ui.contrast import STAGE_PATTERNS, contrast_ratio
from starapp.ui.translation import tr

MAX_OVERLAYS = 3
# Okabe-Ito colour-blind-safe palette. The current reading is blue and solid; earlier
# readings differ by colour AND dash pattern AND marker shape, so no cue relies on hue.
CURRENT_COLOUR = "#0072B2"
OVERLAY_STYLES: tuple[tuple[str, Qt.PenStyle, str], ...] = (
    ("#D55E00", Qt.PenStyle.DashLine, "square"),
    ("#CC79A7", Qt.PenStyle.DotLine, "triangle"),
    ("#009E73", Qt.PenStyle.DashDotLine, "diamond"),
)
SAMPLE_WIDTH = 30.0
OWN_COLOUR = "#1a1a1a"  # the person's own scores: hollow near-black rings
STAGE_BAND_MIX = 0.78  # stage colours this far towards the background: calm, pale bands


def scaled_font(font: QFont, scale: float) -> QFont:
    out = QFont(font)
    if scale != 1.0:
        if font.pointSizeF() > 0:
            out.setPointSizeF(max(5.0, font.pointSizeF() * scale))
        else:
            out.setPixelSize(max(7, round(font.pixelSize() * scale)))
    return out


class QtMeasure:
    """``star_labels.Measure`` backed by QFontMetricsF."""

    def __init__(self, font: QFont) -> None:
        self._fm = QFontMetricsF(font)
        self.line_height = self._fm.lineSpacing()
        self.em = self._fm.horizontalAdvance("M")
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        w = self._widths.get(text)
        if w is None:
            if len(self._widths) > 4096:
                self._widths.clear()
            w = self._widths[text] = self._fm.horizontalAdvance(text)
        return w

    def elide(self, text: str, width: float) -> str:
        return self._fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


@dataclass
class StarState:
    scores: Mapping[str, int | None]
    not_applicable: Set[str] = frozenset()
    overlays: Sequence[tuple[str, Mapping[str, int | None]]] = ()
    current: int | None = None  # index of the area to ring (only when focused)
    focused: bool = False
    current_label: str = field(default_factory=lambda: tr("Now"))
    own: Mapping[str, int | None] = field(default_factory=dict)  # the person's own view
    own_label: str = field(default_factory=lambda: tr("Their own view"))
    high_contrast: bool = False  # the widget sets it from ``is_high_contrast``; paper never


def mix(colour: QColor, base: QColor, amount: float) -> QColor:
    """``amount`` of the way from ``colour`` towards ``base``."""
    return QColor.fromRgbF(
        colour.redF() + (base.redF() - colour.redF()) * amount,
        colour.greenF() + (base.greenF() - colour.greenF()) * amount,
        colour.blueF() + (base.blueF() - colour.blueF()) * amount,
    )


def marker_polygon(shape: str, x: float, y: float, r: float) -> QPolygonF | None:
    if shape == "triangle":
        return QPolygonF(
            [QPointF(x, y - r * 1.2), QPointF(x + r, y + r * 0.8), QPointF(x - r, y + r * 0.8)]
        )
    if shape == "diamond":
        r *= 1.25
        return QPolygonF(
            [QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]
        )
    return None


# --- high contrast -------------------------------------------------------------------


@dataclass(frozen=True)
class StarPens:
    """Every pen and brush a star is drawn with, for one palette and look."""

    high_contrast: bool
    current: QPen
    current_thin: QPen
    current_fill: QBrush
    dot_edge: QPen
    own: QPen
    own_halo: QPen
    overlays: tuple[QPen, ...]
    overlays_thin: tuple[QPen, ...]
    rings: QPen  # one per point of the scale
    outline: QPen  # the outer circle and the spokes
    stage_edge: QPen | None  # a ring where one stage ends (high contrast only)
    scale_text: QColor
    scale_back: QColor | None  # behind the scale numbers (high contrast only)
    bands: tuple[QBrush, ...]  # per stage, innermost first

    def band(self, index: int) -> QBrush:
        return self.bands[index % len(self.bands)]


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _thin(pen: QPen, width: float) -> QPen:
    out = QPen(pen)
    out.setWidthF(width)
    return out


def star_pens(palette: QPalette, stage_colours: Sequence[str], high_contrast: bool) -> StarPens:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    if high_contrast:
        mark = palette.color(QPalette.ColorRole.Highlight)
        if contrast_ratio(mark, base) < 3.0:  # a highlight that would vanish on the base
            mark = text
        current = _pen(mark, 3.5)
        overlays = tuple(_pen(text, 2.5, style) for _c, style, _shape in OVERLAY_STYLES)
        patterns = STAGE_PATTERNS[:2]  # alternate: the stage rings part the bands
        dots = mix(text, base, 0.45)  # background texture: quieter than the readings
        return StarPens(
            high_contrast=True,
            current=current,
            current_thin=_thin(current, 2.2),
            current_fill=QBrush(mark, Qt.BrushStyle.BDiagPattern),
            dot_edge=_pen(base, 1.5),
            own=_pen(text, 2.5),
            own_halo=_pen(base, 5.0),
            overlays=overlays,
            overlays_thin=tuple(_thin(pen, 1.6) for pen in overlays),
            rings=_pen(text, 0.8, Qt.PenStyle.DotLine),
            outline=_pen(text, 1.5),
            stage_edge=_pen(text, 2.0),
            scale_text=text,
            scale_back=base,
            bands=tuple(QBrush(dots, patterns[i % 2]) for i in range(len(stage_colours))),
        )
    current = _pen(QColor(CURRENT_COLOUR), 2.5)
    overlays = tuple(_pen(QColor(c), 2.0, style) for c, style, _shape in OVERLAY_STYLES)
    return StarPens(
        high_contrast=False,
        current=current,
        current_thin=_thin(current, 1.6),
        current_fill=QBrush(QColor(0, 114, 178, 64)),
        dot_edge=_pen(QColor("white"), 1.5),
        own=_pen(QColor(OWN_COLOUR), 2.0),
        own_halo=_pen(QColor("white"), 4.0),
        overlays=overlays,
        overlays_thin=tuple(_thin(pen, 1.3) for pen in overlays),
        rings=_pen(mix(text, base, 0.75), 1.0),
        outline=_pen(mix(text, base, 0.55), 1.0),
        stage_edge=None,
        scale_text=mix(text, base, 0.4),
        scale_back=None,
        bands=tuple(QBrush(mix(QColor(c), base, STAGE_BAND_MIX)) for c in stage_colours),
    )
