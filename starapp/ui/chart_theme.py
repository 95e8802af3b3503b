"""What the pyqtgraph charts are drawn with, taken from the widget's palette.

Background, text, axes and grid follow the theme (Base and Text), so a chart sits
right on a light, dark or high-contrast desktop. Stages never differ by colour alone:
each has its own fill pattern (``contrast.STAGE_PATTERNS``). On the usual themes the
pattern lies over the stage colour in black or white, whichever shows on it; in high
contrast the chart uses only the palette's colours, with thicker lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from starapp.ui.contrast import contrast_ratio, is_high_contrast, stage_pattern
from starapp.ui.star_style import CURRENT_COLOUR, mix

PATTERN_ALPHA = 150  # patterns over stage colours: visible, yet the colour still reads
GRAPHICS_CONTRAST = 3.0  # WCAG's minimum for lines and markers against their background


@dataclass(frozen=True)
class ChartTheme:
    background: QColor
    text: QColor
    high_contrast: bool

    @property
    def line_width(self) -> float:
        return 2.0 if self.high_contrast else 1.0

    @property
    def axis(self) -> QColor:
        """Axis lines and grid: the text colour, softened except in high contrast."""
        return QColor(self.text) if self.high_contrast else mix(self.text, self.background, 0.3)

    @property
    def latest(self) -> QColor:
        """The latest reading's bars: the star's "now" blue; in high contrast the text."""
        return QColor(self.text) if self.high_contrast else QColor(CURRENT_COLOUR)

    def readable(self, colour: str) -> QColor:
        """``colour``, moved towards the text colour until it stands out on the background
        (black vanishes on a dark theme, yellow on a light one)."""
        out = QColor(colour)
        for step in range(1, 6):
            if contrast_ratio(out, self.background) >= GRAPHICS_CONTRAST:
                break
            out = mix(QColor(colour), self.text, step / 5)
        return out

    def pen(self, width: float | None = None) -> QPen:
        pen = QPen(self.text, self.line_width if width is None else width)
        pen.setCosmetic(True)  # pixels on screen, whatever the axes' scale
        return pen

    def stage_fill(self, colour: str) -> QBrush:
        """The plain fill under a stage's pattern: its colour; nothing in high contrast."""
        if self.high_contrast:
            return QBrush(Qt.BrushStyle.NoBrush)
        return QBrush(QColor(colour))

    def stage_hatch(self, index: int, colour: str) -> QBrush:
        """Stage ``index``'s pattern, in a colour that shows on ``stage_fill``."""
        if self.high_contrast:
            return QBrush(self.text, stage_pattern(index))
        fill = QColor(colour)
        black, white = QColor("black"), QColor("white")
        ink = black if contrast_ratio(black, fill) >= contrast_ratio(white, fill) else white
        ink.setAlpha(PATTERN_ALPHA)
        return QBrush(ink, stage_pattern(index))

    def stage_swatch(self, index: int, colour: str, size: int) -> QPixmap:
        """A legend square: the stage's fill and pattern, outlined."""
        pixmap = QPixmap(size, size)
        pixmap.fill(self.background)
        p = QPainter(pixmap)
        rect = QRectF(0.5, 0.5, size - 1.0, size - 1.0)
        p.fillRect(rect, self.stage_fill(colour))
        p.fillRect(rect, self.stage_hatch(index, colour))
        p.setPen(QPen(self.text, 1.0))
        p.drawRect(rect)
        p.end()
        return pixmap


def chart_theme(widget: QWidget) -> ChartTheme:
    palette = widget.palette()
    return ChartTheme(
        background=palette.color(QPalette.ColorRole.Base),
        text=palette.color(QPalette.ColorRole.Text),
        high_contrast=is_high_contrast(palette),
    )


def style_plot(plot: Any, theme: ChartTheme, axes: tuple[str, ...] = ("left", "bottom")) -> None:
    """Background, axes, axis labels and title of a pyqtgraph PlotWidget in ``theme``."""
    plot.setBackground(theme.background)
    item = plot.getPlotItem()
    for name in axes:
        axis = item.getAxis(name)
        axis.setPen(QPen(theme.axis, theme.line_width))
        axis.setTextPen(QPen(theme.text))
    title = item.titleLabel
    if title.text:
        title.setText(title.text, color=theme.text.name(), bold=theme.high_contrast)
