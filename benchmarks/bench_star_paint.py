"""How long the star takes to paint, against a floor measured in the same run.

    python benchmarks/bench_star_paint.py [--paints 300] [--size 700]

Rows:
  floor            bare QPainter drawing the same bands, rings, spokes, names,
                   polygons, markers and legend into the same-size QImage
  star (warm)      StarWidget.render() into a QImage: 12 areas, 3 overlays, focus
  star (cold)      the same with the layout and static layer rebuilt every paint
                   (what a resize or font change costs)
  drag step        one mouse-move event along a spoke + the synchronous repaint

Runs on the offscreen platform unless QT_QPA_PLATFORM is already set.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import PySide6
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication

from starapp.core.templates import StarTemplate, template_from_data
from starapp.ui import star_geometry as geo
from starapp.ui.star_widget import StarWidget

NAMES = [
    "Managing money and paying the bills on time",
    "A safe and settled place to live",
    "Physical health, sleep and looking after yourself",
    "Emotional wellbeing and mental health",
    "Friends, family and the people who matter to you",
    "Learning, training and getting ready for work",
    "Drug and alcohol use",
    "Staying out of trouble",
    "Everyday living skills",
    "Feeling part of a community",
    "Confidence and hope",
    "Meaningful use of time",
]


def make_template() -> StarTemplate:
    colours = ["#C0504D", "#E39B3C", "#D9C94A", "#7FB069", "#3A7D44"]
    stages = [
        {
            "key": f"s{i}",
            "name": f"Stage {i}",
            "from": 2 * i + 1,
            "to": 2 * i + 2,
            "colour": colours[i],
            "description": "A stage.",
        }
        for i in range(5)
    ]
    areas = [
        {"key": f"a{i}", "name": name, "description": "An area."} for i, name in enumerate(NAMES)
    ]
    return template_from_data(
        {
            "format": 1,
            "key": "bench",
            "version": 1,
            "name": "Benchmark star",
            "description": "Twelve areas.",
            "scale": {"min": 1, "max": 10, "stages": stages},
            "areas": areas,
        }
    )


def timed(fn: Callable[[int], object], count: int, warmup: int = 20) -> list[float]:
    for i in range(warmup):
        fn(i)
    out = []
    for i in range(count):
        t0 = time.perf_counter_ns()
        fn(i)
        out.append((time.perf_counter_ns() - t0) / 1e6)
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def floor_painter(star: StarWidget, overlays: list[dict[str, int]]) -> Callable[[int], object]:
    """Everything the star shows, drawn with no caching and no Python logic per paint."""
    t = star.template()
    layout = star._layout()  # the same label boxes and radius as the widget
    size = star.size()
    image = QImage(size.width(), size.height(), QImage.Format.Format_ARGB32_Premultiplied)
    c = QPointF(layout.cx, layout.cy)
    bands = [
        ((s.end - t.scale_min + 1) * layout.step, QColor(s.colour).lighter(160)) for s in t.stages
    ]
    rings = [
        geo.ring_radius(s, t.scale_min, layout.step) for s in range(t.scale_min, t.scale_max + 1)
    ]
    n = len(t.areas)
    spokes = []
    for i in range(n):
        ux, uy = geo.spoke_unit(i, n)
        spokes += [c, QPointF(c.x() + ux * layout.radius, c.y() + uy * layout.radius)]
    readings = [star.scores(), *overlays]
    polys = [QPolygonF([star.point_for(a.key, r[a.key]) for a in t.areas]) for r in readings]
    labels = [
        (QRectF(lb.box.x, lb.box.y, lb.box.w, lb.box.h), "\n".join(lb.lines))
        for lb in layout.labels
    ]
    font = QFont(star.font())
    grid, blue = QPen(QColor("#bbbbbb"), 1.0), QPen(QColor("#0072B2"), 2.5)
    fill = QColor(0, 114, 178, 64)
    pens = [
        QPen(QColor(col), 2.0, style)
        for col, style in (
            ("#D55E00", Qt.PenStyle.DashLine),
            ("#CC79A7", Qt.PenStyle.DotLine),
            ("#009E73", Qt.PenStyle.DashDotLine),
        )
    ]

    def paint(_: int) -> None:
        image.fill(Qt.GlobalColor.white)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        for r, colour in reversed(bands):
            p.setBrush(colour)
            p.drawEllipse(c, r, r)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(grid)
        for r in rings:
            p.drawEllipse(c, r, r)
        p.drawLines(spokes)
        p.setFont(font)
        p.setPen(QColor("black"))
        for rect, text in labels:
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawPolygon(polys[0])
        p.setBrush(Qt.BrushStyle.NoBrush)
        for poly, pen in zip(polys[1:], pens, strict=True):
            p.setPen(pen)
            p.drawPolygon(poly)
        p.setPen(blue)
        p.drawPolygon(polys[0])
        for poly in polys:
            p.setBrush(QColor("#0072B2"))
            for pt in poly:
                p.drawEllipse(pt, 4.5, 4.5)
        p.setPen(QColor("black"))
        for k, text in enumerate(("Now", "Jan", "Apr", "Jul")):
            p.drawText(QRectF(50, 10 + 16 * k, 100, 16), Qt.AlignmentFlag.AlignLeft, text)
        p.end()

    return paint


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paints", type=int, default=300)
    parser.add_argument("--size", type=int, default=700)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])

    template = make_template()
    keys = template.area_keys
    star = StarWidget(template)
    star.resize(args.size, args.size)
    star.set_scores({k: 1 + (3 * i) % 10 for i, k in enumerate(keys)})
    overlays = [{k: 1 + (i + j) % 8 for i, k in enumerate(keys)} for j in range(3)]
    star.set_overlays(list(zip(("Jan", "Apr", "Jul"), overlays, strict=True)))
    star.show()
    star.activateWindow()
    star.setFocus()
    app.processEvents()
    image = QImage(args.size, args.size, QImage.Format.Format_ARGB32_Premultiplied)

    rows = []
    floor = timed(floor_painter(star, overlays), args.paints)
    rows.append(("floor: bare QPainter, same figure", floor))
    rows.append(
        ("star (warm): StarWidget.render", timed(lambda _: star.render(image), args.paints))
    )

    def cold(_: int) -> None:
        star._renderer.invalidate()
        star.render(image)

    rows.append(("star (cold): relayout + static layer", timed(cold, max(30, args.paints // 5))))

    # Drag: press on a spoke once, then move back and forth along it, repainting each step.
    key = keys[4]
    start = star.point_for(key, 2)
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        start,
        star.mapToGlobal(start),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(star, press)
    targets = [star.point_for(key, 1 + s % 10) for s in range(10)]

    def drag(i: int) -> None:
        pos = targets[i % len(targets)]
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            pos,
            star.mapToGlobal(pos),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(star, move)
        star.repaint()

    rows.append(("drag step: mouse move + repaint", timed(drag, args.paints)))

    floor_median = statistics.median(floor)
    print(
        f"Star paint at {args.size}x{args.size}, 12 areas, 3 overlays; PySide6 "
        f"{PySide6.__version__}, Python {sys.version.split()[0]}, "
        f"{os.environ['QT_QPA_PLATFORM']}, {args.paints} paints"
    )
    print(f"{'case':40} {'median ms':>10} {'p95 ms':>8} {'x floor':>8}")
    for name, values in rows:
        median = statistics.median(values)
        print(f"{name:40} {median:10.2f} {p95(values):8.2f} {median / floor_median:8.2f}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
