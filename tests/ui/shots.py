"""Saving a widget's picture under docs/screenshots/ (and checking it is not blank)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def save_shot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    image = widget.grab().toImage()
    assert image.save(str(path))
    assert not _blank(image)
    return path


def _blank(image: QImage) -> bool:
    first = image.pixel(0, 0)
    step = max(1, image.width() // 40)
    return all(
        image.pixel(x, y) == first
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )
