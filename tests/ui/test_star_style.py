"""The star in high contrast: only the palette's own colours, thicker lines, stages told
apart by pattern. Checked on the pixels of a real grab, beside the usual look."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from starapp.ui.contrast import (
    HIGH_CONTRAST_KEY,
    apply_contrast_choice,
    contrast_ratio,
    high_contrast_palette,
    is_high_contrast,
)
from starapp.ui.star_widget import StarWidget

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
BLACK, WHITE, YELLOW = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")


@pytest.fixture
def high_contrast(qapp):
    original = QPalette(qapp.palette())
    qapp.setPalette(high_contrast_palette())
    yield
    qapp.setPalette(original)


def star(qtbot, template) -> StarWidget:
    widget = StarWidget(template)
    qtbot.addWidget(widget)
    keys = [a.key for a in template.areas]
    widget.set_scores({k: 3 + i % 6 for i, k in enumerate(keys) if k != keys[2]})
    widget.set_not_applicable([keys[2]])
    widget.set_overlays([("March", {k: 2 for k in keys}), ("June", {k: 4 for k in keys})])
    widget.set_own_scores({keys[0]: 8})
    widget.resize(560, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pixels(image: QImage):
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            yield image.pixelColor(x, y)


def in_palette_gamut(colour: QColor) -> bool:
    """A blend of black, white and yellow (antialiasing included): red equals green and
    blue is no more than either. Stage colours and the usual blue fail this."""
    r, g, b = colour.red(), colour.green(), colour.blue()
    return abs(r - g) <= 3 and b <= max(r, g) + 3


def test_detection(qapp, high_contrast):
    palette = qapp.palette()
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert is_high_contrast(palette)
    QSettings().setValue(HIGH_CONTRAST_KEY, False)  # the user said no
    assert not is_high_contrast(palette)


def test_usual_palette_is_not_high_contrast_unless_asked(qapp):
    palette = qapp.palette()
    assert not is_high_contrast(palette)
    QSettings().setValue(HIGH_CONTRAST_KEY, True)
    assert is_high_contrast(palette)


def test_high_contrast_star_uses_only_the_palette(qtbot, template, high_contrast):
    widget = star(qtbot, template)
    image = widget.grab().toImage()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SHOTS / "star-high-contrast.png"))
    colours = list(pixels(image))
    strays = [c.name() for c in colours if not in_palette_gamut(c)]
    assert strays == []
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert image.pixelColor(2, 2) == base and base.lightness() < 40  # the theme's, not white
    yellow = [c for c in colours if c.red() > 200 and c.green() > 200 and c.blue() < 80]
    assert len(yellow) > 500  # the current reading in the highlight colour, thick
    white = [c for c in colours if min(c.red(), c.green(), c.blue()) > 200]
    assert len(white) > 500  # rings, spokes, labels, earlier readings


def test_usual_star_keeps_its_colours(qtbot, template):
    """The same check fails on the usual look, so it does tell the two apart."""
    image = star(qtbot, template).grab().toImage()
    assert any(not in_palette_gamut(c) for c in pixels(image))
    assert image.pixelColor(2, 2) == QApplication.palette().color(QPalette.ColorRole.Base)


def test_palette_change_switches_the_look(qtbot, qapp, template):
    widget = star(qtbot, template)
    assert not widget._state.high_contrast
    original = QPalette(qapp.palette())
    qapp.setPalette(high_contrast_palette())
    try:
        qtbot.waitUntil(lambda: widget._state.high_contrast)
        image = widget.grab().toImage()
        assert all(in_palette_gamut(c) for c in pixels(image))
    finally:
        qapp.setPalette(original)
    qtbot.waitUntil(lambda: not widget._state.high_contrast)


@pytest.mark.parametrize(("choice", "applied"), [("true", True), ("false", False), ("", False)])
def test_the_contrast_choice_is_applied_at_start_up(qapp, choice, applied):
    original = QPalette(qapp.palette())
    QSettings().setValue(HIGH_CONTRAST_KEY, choice)
    try:
        assert apply_contrast_choice(qapp) is applied
        window = qapp.palette().color(QPalette.ColorRole.Window)
        assert (window == QColor("#000000")) is applied
    finally:
        qapp.setPalette(original)
