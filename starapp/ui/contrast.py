"""Contrast: ratios between colours, whether the user wants high contrast, a
high-contrast palette, and message text that stays readable on any theme.

Error and note lines are dark red and dark green on the usual light windows. On a dark
or high-contrast theme those colours would all but vanish, so there the line takes the
theme's own text colour instead (bold for errors): the words say what it is, and the
colour was never the only cue.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

ERROR_COLOUR = "#b00020"
NOTE_COLOUR = "#1d5e2a"
READABLE = 4.5  # WCAG AA for normal text
HIGH_CONTRAST_KEY = "ui/highContrast"  # QSettings: true or false; unset follows the system
# Window against WindowText: pure black on white (or white on black) is 21; the usual
# light themes (#efefef or #fafafa windows) stay below 20.2, dark themes far below.
EXTREME_CONTRAST = 20.5
# One fill pattern per stage, lowest stage first, so stages differ without colour. The
# star alternates the first two (its rings already part the bands); a chart that puts
# stages side by side uses one per stage.
STAGE_PATTERNS = (
    Qt.BrushStyle.Dense7Pattern,  # sparse dots
    Qt.BrushStyle.NoBrush,  # plain
    Qt.BrushStyle.BDiagPattern,  # diagonal lines
    Qt.BrushStyle.DiagCrossPattern,  # diagonal grid
    Qt.BrushStyle.HorPattern,  # horizontal lines
    Qt.BrushStyle.CrossPattern,  # square grid
    Qt.BrushStyle.FDiagPattern,  # diagonal lines the other way
    Qt.BrushStyle.Dense5Pattern,  # dense dots
    Qt.BrushStyle.VerPattern,  # vertical lines
    Qt.BrushStyle.Dense3Pattern,  # nearly solid
)


# The first reading's bars beside the latest one's (plain), on screen and on paper.
FIRST_READING_PATTERN = Qt.BrushStyle.BDiagPattern


def stage_pattern(index: int) -> Qt.BrushStyle:
    return STAGE_PATTERNS[index % len(STAGE_PATTERNS)]


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, from 1 (same) to 21 (black on white)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def is_high_contrast(palette: QPalette, settings: QSettings | None = None) -> bool:
    """The setting if set; else the system's contrast preference (Qt 6.10+); else a
    black-and-white palette."""
    forced = (settings if settings is not None else QSettings()).value(HIGH_CONTRAST_KEY)
    if forced not in (None, ""):
        return str(forced).lower() in ("true", "1", "yes")
    system = getattr(QGuiApplication.styleHints(), "accessibility", None)  # Qt 6.10+
    if system is not None and system().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return True
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return contrast_ratio(window, text) >= EXTREME_CONTRAST


def message_style(widget: QWidget, *, error: bool, bold: bool = False) -> str:
    """A stylesheet for an error (or note) line in ``widget``, readable on its window."""
    palette = widget.palette()
    colour = QColor(ERROR_COLOUR if error else NOTE_COLOUR)
    if contrast_ratio(colour, palette.color(QPalette.ColorRole.Window)) < READABLE:
        colour = palette.color(QPalette.ColorRole.WindowText)
        bold = bold or error
    return f"color: {colour.name()};" + (" font-weight: bold;" if bold else "")


def high_contrast_palette() -> QPalette:
    """White on black with a yellow highlight, like Windows' "High Contrast Black": for
    the ``ui/highContrast`` setting where the system offers no high-contrast theme."""
    black, white, grey, yellow = "#000000", "#ffffff", "#c0c0c0", "#ffff00"
    field = "#1c1c1c"  # fields and buttons stand out from the window (Fusion's own frames
    # are drawn from the window colour, so on black they vanish)
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        black: (roles.Window, roles.ToolTipBase),
        field: (roles.Base, roles.Button),
        "#2e2e2e": (roles.AlternateBase,),
        white: (
            roles.WindowText,
            roles.Text,
            roles.ButtonText,
            roles.ToolTipText,
            roles.BrightText,
            # frames and edges: every field and button shows its outline
            roles.Light,
            roles.Midlight,
            roles.Mid,
            roles.Dark,
            roles.Shadow,
        ),
        grey: (roles.PlaceholderText,),  # a hint never looks like a typed value
        yellow: (roles.Highlight, roles.Link),
    }
    for colour, group in colours.items():
        for role in group:
            palette.setColor(role, QColor(colour))
    palette.setColor(roles.HighlightedText, QColor(black))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(grey))
    return palette


def apply_contrast_choice(app: QGuiApplication, settings: QSettings | None = None) -> bool:
    """At start-up: the high-contrast palette when the user chose it in Settings (True if
    applied). "Follow the system" leaves the system's own theme alone."""
    chosen = (settings if settings is not None else QSettings()).value(HIGH_CONTRAST_KEY)
    if str(chosen or "").lower() not in ("true", "1", "yes"):
        return False
    app.setPalette(high_contrast_palette())
    return True
