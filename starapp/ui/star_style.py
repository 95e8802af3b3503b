"""Colours, fonts and small Qt helpers shared by the star's painter and widget."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPolygonF

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
