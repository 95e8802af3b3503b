"""Where the area names go around the star, free of Qt.

Runs on resize, font or template changes only. It searches (font scale x wrap width)
for the arrangement that gives the largest chart with every label inside the widget,
clear of the legend, and no two labels touching; then widens labels one by one where
room allows and lets the chart grow into what that frees. Eliding is the last resort.
Text is measured through the small ``Measure`` protocol so no live widget is needed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from starapp.ui.star_geometry import Box, Label, StarLayout, spoke_unit


class Measure(Protocol):
    """Text metrics for one font: what the layout needs to know about it."""

    line_height: float
    em: float

    def width(self, text: str) -> float: ...

    def elide(self, text: str, width: float) -> str: ...


# --- word wrapping ------------------------------------------------------------------


def wrap_words(text: str, width: float, measure: Measure) -> list[str]:
    """Greedy word wrap. A word wider than ``width`` keeps its own, wider line.

    Line widths are summed from word widths (cheap, cached by the measure); the caller
    measures the final lines exactly.
    """
    space = measure.width(" ")
    lines: list[str] = []
    current: list[str] = []
    current_w = 0.0
    for word in text.split():
        w = measure.width(word)
        if current and current_w + space + w > width:
            lines.append(" ".join(current))
            current, current_w = [word], w
        else:
            current_w = current_w + space + w if current else w
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines or [""]


def wrap_balanced(text: str, width: float, measure: Measure) -> list[str]:
    """As few lines as ``wrap_words`` at ``width``, but as even as possible ("A safe and
    settled / place to live" rather than "A safe and settled place to / live")."""
    lines = wrap_words(text, width, measure)
    if len(lines) < 2:
        return lines
    lo = max(measure.width(word) for word in text.split())
    hi = width
    best = lines
    while hi - lo > 1.0:
        mid = (lo + hi) / 2.0
        trial = wrap_words(text, mid, measure)
        if len(trial) <= len(lines):
            best, hi = trial, mid
        else:
            lo = mid
    return best


def shorten(lines: list[str], width: float, max_lines: int, measure: Measure) -> list[str]:
    """Last resort: at most ``max_lines`` lines, each elided to ``width``."""
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = kept[-1] + " " + " ".join(lines[max_lines:])
        lines = kept
    out = []
    for i, line in enumerate(lines):
        if measure.width(line) > width or (i == max_lines - 1 and len(lines) > max_lines):
            line = measure.elide(line, width)
        out.append(line)
    return out


# --- label placement -----------------------------------------------------------------


def _place(
    ux: float, uy: float, cx: float, cy: float, clear: float, w: float, h: float
) -> tuple[float, float]:
    """Top-left corner of a ``w`` x ``h`` label for the spoke with direction (ux, uy).

    The box hangs off an anchor just outside the chart, on the side facing away from
    the centre, then is pushed outwards until no part of it is within ``clear`` of
    the centre.
    """
    sx = max(-1.0, min(1.0, 2.0 * ux))
    sy = max(-1.0, min(1.0, 2.0 * uy))
    x = cx + ux * clear - w * (1.0 - sx) / 2.0
    y = cy + uy * clear - h * (1.0 - sy) / 2.0
    for _ in range(8):
        dx = max(x - cx, 0.0, cx - x - w)
        dy = max(y - cy, 0.0, cy - y - h)
        d = math.hypot(dx, dy)
        if d >= clear - 0.5:
            break
        push = clear - d + 0.5
        x += ux * push
        y += uy * push
    return x, y


@dataclass(frozen=True)
class _Candidate:
    radius: float
    labels: tuple[Label, ...]


class _Fitter:
    """Finds the largest chart radius at which a set of label boxes fits."""

    def __init__(
        self, count: int, area: Box, obstacle: Box | None, cx: float, cy: float, gap: float
    ) -> None:
        self.units = [spoke_unit(i, count) for i in range(count)]
        self.area, self.obstacle = area, obstacle
        self.cx, self.cy, self.gap = cx, cy, gap

    def fits(self, radius: float, sizes: Sequence[tuple[float, float]]) -> bool:
        a, ob = self.area, self.obstacle
        left, top, right, bottom = a.x - 1e-6, a.y - 1e-6, a.right + 1e-6, a.bottom + 1e-6
        clear = radius + self.gap
        for (ux, uy), (w, h) in zip(self.units, sizes, strict=True):
            x, y = _place(ux, uy, self.cx, self.cy, clear, w, h)
            if x < left or y < top or x + w > right or y + h > bottom:
                return False
            if ob is not None and not (
                x + w + 2 <= ob.x or ob.right + 2 <= x or y + h + 2 <= ob.y or ob.bottom + 2 <= y
            ):
                return False
        return True

    def label(
        self, index: int, radius: float, size: tuple[float, float], lines: Sequence[str]
    ) -> Label:
        ux, uy = self.units[index]
        w, h = size
        x, y = _place(ux, uy, self.cx, self.cy, radius + self.gap, w, h)
        align = "left" if ux > 0.25 else "right" if ux < -0.25 else "center"
        return Label(Box(x, y, w, h), tuple(lines), align)

    def labels(
        self, radius: float, sizes: Sequence[tuple[float, float]], lines: Sequence[Sequence[str]]
    ) -> tuple[Label, ...]:
        return tuple(self.label(i, radius, sizes[i], lines[i]) for i in range(len(sizes)))

    def box_ok(self, box: Box) -> bool:
        ob = self.obstacle
        return box.inside(self.area) and (ob is None or not box.intersects(ob, 2.0))

    def largest(
        self,
        sizes: Sequence[tuple[float, float]],
        lines: Sequence[Sequence[str]],
        min_radius: float,
    ) -> _Candidate | None:
        a = self.area
        hi = min(self.cx - a.x, a.right - self.cx, self.cy - a.y, a.bottom - self.cy)
        lo = min_radius
        if hi < lo or not self.fits(lo, sizes):
            return None
        while hi - lo >= 0.5:
            mid = (lo + hi) / 2.0
            if self.fits(mid, sizes):
                lo = mid
            else:
                hi = mid
        return _Candidate(lo, self.labels(lo, sizes, lines))


def _overlaps(labels: Sequence[Label], spacing: float) -> bool:
    boxes = [label.box for label in labels]
    return any(a.intersects(b, spacing) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def layout_star(
    names: Sequence[str],
    width: float,
    height: float,
    scale_points: int,
    measure_for: Callable[[float], Measure],
    *,
    extra_line: Sequence[bool] = (),
    extra_text: str = "n/a",
    legend_size: tuple[float, float] | None = None,
    show_labels: bool = True,
    padding: float = 6.0,
) -> StarLayout:
    """Choose the chart radius, label font scale and label boxes for a widget size.

    Order of preference: the widget's font at the widest wrap that fits; narrower wraps;
    smaller fonts (down to 60%); and only then eliding lines. ``extra_line[i]`` reserves
    a last line ``extra_text`` under label ``i`` (the "n/a" mark) so toggling it never
    moves the chart.
    """
    cx, cy = width / 2.0, height / 2.0
    area = Box(padding, padding, max(0.0, width - 2 * padding), max(0.0, height - 2 * padding))
    n = len(names)
    if not show_labels or n == 0:
        radius = max(1.0, min(area.w, area.h) / 2.0)
        return StarLayout(width, height, cx, cy, radius, radius / scale_points, 1.0, (), None)

    base = measure_for(1.0)
    legend = None
    if legend_size is not None:
        legend = Box(padding, padding, legend_size[0], legend_size[1])
    extras = list(extra_line) + [False] * (n - len(extra_line))
    smallest = min(width, height)
    target = 0.27 * smallest
    floor = max(2.0 * scale_points, 0.12 * smallest, 16.0)
    gap = max(4.0, 0.35 * base.em)
    spacing = max(3.0, 0.25 * base.em)

    cache: dict[tuple[float, float, str], list[str]] = {}
    fitter = _Fitter(n, area, legend, cx, cy, gap)

    def wrapped(scale: float, m: Measure, name: str, w_limit: float) -> list[str]:
        key = (scale, w_limit, name)
        lines = cache.get(key)
        if lines is None:
            lines = cache[key] = wrap_balanced(name, w_limit, m)
        return lines

    def size_of(m: Measure, lines: Sequence[str]) -> tuple[float, float]:
        w = max(m.width(line) for line in lines) + 2.0
        return math.ceil(w), math.ceil(m.line_height * len(lines))

    def build(
        scale: float, side_w: float, top_w: float, max_lines: int | None
    ) -> _Candidate | None:
        m = measure_for(scale)
        all_lines, sizes = [], []
        for i, name in enumerate(names):
            ux, _ = spoke_unit(i, n)
            w_limit = (side_w if abs(ux) >= 0.5 else top_w) * m.em
            lines = wrapped(scale, m, name, w_limit)
            if max_lines is not None:
                lines = shorten(lines, max(w_limit, side_w * m.em), max_lines, m)
            if extras[i]:
                lines = [*lines, extra_text]
            sizes.append(size_of(m, lines))
            all_lines.append(lines)
        found = fitter.largest(sizes, all_lines, floor)
        if found is None or _overlaps(found.labels, spacing):
            return None
        return found

    def settle(found: _Candidate, scale: float) -> _Candidate:
        """Relax the labels, then let the chart grow into any room that freed."""
        found = relax(found, scale)
        for _ in range(3):
            sizes = [(label.box.w, label.box.h) for label in found.labels]
            lines = [label.lines for label in found.labels]
            grown = fitter.largest(sizes, lines, found.radius)
            if grown is None or grown.radius < found.radius + 2.0:
                break
            if _overlaps(grown.labels, spacing):
                break
            found = relax(grown, scale)
        return found

    def relax(found: _Candidate, scale: float) -> _Candidate:
        """Give each label, one by one, a wider wrap (fewer lines) where it still fits."""
        m = measure_for(scale)
        labels = list(found.labels)
        for i, name in enumerate(names):
            have = len(labels[i].lines) - (1 if extras[i] else 0)
            for w_em in (16, 12, 9, 7):
                lines = wrapped(scale, m, name, w_em * m.em)
                if len(lines) >= have:
                    continue
                if extras[i]:
                    lines = [*lines, extra_text]
                label = fitter.label(i, found.radius, size_of(m, lines), lines)
                if fitter.box_ok(label.box) and not any(
                    label.box.intersects(other.box, spacing)
                    for j, other in enumerate(labels)
                    if j != i
                ):
                    labels[i] = label
                    break
        return _Candidate(found.radius, tuple(labels))

    widths = [(16, 10), (12, 10), (12, 7), (9, 7), (9, 5), (7, 5), (5, 4)]
    best: tuple[float, _Candidate] | None = None
    for scale in (1.0, 0.9, 0.8, 0.7, 0.6):
        scale_best: _Candidate | None = None
        for side_w, top_w in widths:
            found = build(scale, side_w, top_w, None)
            # Narrower wraps must earn their place: prefer the wider one unless the
            # chart grows noticeably.
            if found and (
                scale_best is None
                or found.radius > scale_best.radius + max(3.0, 0.04 * scale_best.radius)
            ):
                scale_best = found
        if scale_best is not None:
            if scale_best.radius >= target:
                found = settle(scale_best, scale)
                return _finish(width, height, cx, cy, found, scale_points, scale, legend)
            if best is None or scale_best.radius > best[1].radius:
                best = (scale, scale_best)
    if best is not None:
        found = settle(best[1], best[0])
        return _finish(width, height, cx, cy, found, scale_points, best[0], legend)

    # Last resort: elide. Fewer lines at narrower widths until something fits.
    for max_lines in (3, 2, 1):
        for side_w, top_w in ((9, 6), (7, 5), (5, 4), (4, 3)):
            found = build(0.6, side_w, top_w, max_lines)
            if found is not None:
                return _finish(width, height, cx, cy, found, scale_points, 0.6, legend)
    fallback = _Candidate(floor, fitter.labels(floor, [(0.0, 0.0)] * n, [[""]] * n))
    return _finish(width, height, cx, cy, fallback, scale_points, 0.6, legend, overlapping=True)


def _finish(
    width: float,
    height: float,
    cx: float,
    cy: float,
    found: _Candidate,
    scale_points: int,
    scale: float,
    legend: Box | None,
    overlapping: bool = False,
) -> StarLayout:
    return StarLayout(
        width=width,
        height=height,
        cx=cx,
        cy=cy,
        radius=found.radius,
        step=found.radius / scale_points,
        font_scale=scale,
        labels=found.labels,
        legend=legend,
        overlapping=overlapping,
    )
