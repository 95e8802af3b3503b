"""Contrast between colours, and message text that stays readable on any theme.

Error and note lines are dark red and dark green on the usual light windows. On a dark
or high-contrast theme those colours would all but vanish, so there the line takes the
theme's own text colour instead (bold for errors): the words say what it is, and the
colour was never the only cue.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ERROR_COLOUR = "#b00020"
NOTE_COLOUR = "#1d5e2a"
READABLE = 4.5  # WCAG AA for normal text


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, from 1 (same) to 21 (black on white)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def message_style(widget: QWidget, *, error: bool, bold: bool = False) -> str:
    """A stylesheet for an error (or note) line in ``widget``, readable on its window."""
    palette = widget.palette()
    colour = QColor(ERROR_COLOUR if error else NOTE_COLOUR)
    if contrast_ratio(colour, palette.color(QPalette.ColorRole.Window)) < READABLE:
        colour = palette.color(QPalette.ColorRole.WindowText)
        bold = bold or error
    return f"color: {colour.name()};" + (" font-weight: bold;" if bold else "")
