"""Geometry of the radial star, free of Qt so it can be reasoned about and tested alone.

Conventions: screen coordinates (y grows downwards); spoke 0 points to 12 o'clock and
the spokes go clockwise. The scale is drawn as ``n = max - min + 1`` equal rings of
width ``step``: the ring for point ``p`` sits at ``(p - min + 0.5) * step`` and the
stage bands end half-way between rings, so every point lies inside its own stage.
Where the labels go is decided in ``star_labels``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: Box, spacing: float = 0.0) -> bool:
        return not (
            self.right + spacing <= other.x
            or other.right + spacing <= self.x
            or self.bottom + spacing <= other.y
            or other.bottom + spacing <= self.y
        )

    def inside(self, outer: Box) -> bool:
        return (
            self.x >= outer.x - 1e-6
            and self.y >= outer.y - 1e-6
            and self.right <= outer.right + 1e-6
            and self.bottom <= outer.bottom + 1e-6
        )

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def distance_to(self, x: float, y: float) -> float:
        dx = max(self.x - x, 0.0, x - self.right)
        dy = max(self.y - y, 0.0, y - self.bottom)
        return math.hypot(dx, dy)


@dataclass(frozen=True)
class Label:
    box: Box
    lines: tuple[str, ...]
    align: str  # "left", "right" or "center"


@dataclass(frozen=True)
class StarLayout:
    width: float
    height: float
    cx: float
    cy: float
    radius: float  # outer edge of the chart
    step: float  # width of one ring
    font_scale: float  # label font size relative to the widget font
    labels: tuple[Label, ...]  # empty when labels are hidden (tiny thumbnails)
    legend: Box | None
    overlapping: bool = False  # True only when even the last resort could not fit


# --- the scale and the spokes ------------------------------------------------------


def spoke_angle(index: int, count: int) -> float:
    """Clockwise angle from 12 o'clock, in radians."""
    return 2.0 * math.pi * index / count


def spoke_unit(index: int, count: int) -> tuple[float, float]:
    a = spoke_angle(index, count)
    return math.sin(a), -math.cos(a)


def ring_radius(score: float, scale_min: int, step: float) -> float:
    return (score - scale_min + 0.5) * step


def point_at(
    layout: StarLayout, index: int, count: int, score: float, scale_min: int
) -> tuple[float, float]:
    ux, uy = spoke_unit(index, count)
    r = ring_radius(score, scale_min, layout.step)
    return layout.cx + ux * r, layout.cy + uy * r


def nearest_spoke(dx: float, dy: float, count: int) -> int:
    """The spoke whose direction is closest to the vector (dx, dy) from the centre."""
    angle = math.atan2(dx, -dy) % (2.0 * math.pi)
    return round(angle / (2.0 * math.pi / count)) % count


def projection(dx: float, dy: float, index: int, count: int) -> float:
    """Distance from the centre of (dx, dy) measured along spoke ``index``."""
    ux, uy = spoke_unit(index, count)
    return dx * ux + dy * uy


def score_at(distance: float, scale_min: int, scale_max: int, step: float) -> int:
    """The point whose ring is nearest to ``distance`` from the centre, clamped."""
    if step <= 0:
        return scale_min
    raw = scale_min + math.floor(distance / step)
    return max(scale_min, min(scale_max, raw))
