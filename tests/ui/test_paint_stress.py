"""Regression for the PySide6 6.12.0 / CPython 3.11 interpreter crash (see DESIGN.md).

On that combination void calls such as ``QPainter.drawLine`` drop a reference to
``None``; after a few thousand paints the process dies with "Fatal Python error:
none_dealloc". The test paints the star, and a star-like figure made of raw QPainter
calls, 20,000 times in one child process (so a crash fails this test with the child's
message instead of killing the whole test run) and checks that memory stays flat.
Checked here: PySide6 6.12.0 on 3.11 aborts; 6.11.3 passes in about 25 s on 2 cores.

Run alone: ``python tests/ui/test_paint_stress.py`` prints the figures as JSON.
"""

from __future__ import annotations

import json
import math
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

PAINTS = 20_000
WARMUP = 2_000
SIZE = 300  # layout size; the image is half that, painted through a 0.5 scale,
SCALE = 0.5  # so the run spends its time in Python calls rather than in filling pixels
ROOT = Path(__file__).resolve().parents[2]


def rss_bytes() -> int:
    """Resident set size now (Linux /proc), else the peak from getrusage."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def paint_many(paints: int = PAINTS, warmup: int = WARMUP) -> dict[str, float]:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPolygonF

    from starapp.core.templates import template_from_data
    from starapp.ui.star_painter import StarRenderer
    from starapp.ui.star_style import StarState
    from starapp.ui.star_widget import StarWidget

    sys.path.insert(0, str(Path(__file__).parent))
    from conftest import template_data

    def raw_star(p: QPainter, n: int, i: int) -> None:
        """A star drawn with bare QPainter void calls: lines, ellipses, a polygon, text."""
        c = QPointF(SIZE / 2, SIZE / 2)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(QPen(QColor("#888888"), 1.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for ring in range(1, 11):
            p.drawEllipse(c, ring * 13.0, ring * 13.0)
        pts = []
        for k in range(n):
            a = 2 * math.pi * k / n
            p.drawLine(c, QPointF(c.x() + 130 * math.sin(a), c.y() - 130 * math.cos(a)))
            r = 13.0 * (1 + (i + k) % 10)
            pts.append(QPointF(c.x() + r * math.sin(a), c.y() - r * math.cos(a)))
        p.setPen(QPen(QColor("#0072B2"), 2.0))
        p.drawPolygon(QPolygonF(pts))
        for pt in pts:
            p.drawEllipse(pt, 3.0, 3.0)
        p.drawText(QRectF(0, 0, 80, 20), Qt.AlignmentFlag.AlignLeft, str(i))

    template = template_from_data(template_data(12, 10, not_applicable=(3,)))
    keys = template.area_keys
    widget = StarWidget(template)
    widget.resize(SIZE, SIZE)
    widget.set_overlays([("a", {k: 3 for k in keys}), ("b", {k: 5 for k in keys})])
    renderer = StarRenderer(template)
    palette = QPalette()
    font = widget.font()
    image = QImage(round(SIZE * SCALE), round(SIZE * SCALE), QImage.Format.Format_RGB32)
    big = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    state = StarState({k: None for k in keys}, frozenset({keys[3]}), [("a", {keys[0]: 4})])

    started = time.perf_counter()
    baseline = 0
    for i in range(paints):
        if i == warmup:
            baseline = rss_bytes()
        for j, k in enumerate(keys):  # new scores each time: no cached polygon
            state.scores[k] = None if (i + j) % 7 == 0 else 1 + (i + j) % 10  # type: ignore[index]
        state.current, state.focused = i % len(keys), i % 2 == 0
        if i % 500 == 0:
            renderer.invalidate()  # redo the layout and the static layer now and then
        image.fill(Qt.GlobalColor.white)
        p = QPainter(image)
        p.scale(SCALE, SCALE)
        layout = renderer.layout(SIZE, SIZE, font, renderer.legend_labels(state))
        renderer.paint(p, layout, font, palette, state)
        raw_star(p, 12, i)
        p.end()
        if i % 20 == 0:  # the real widget through its paintEvent
            widget.set_scores({k: 1 + (i // 20 + j) % 10 for j, k in enumerate(keys)})
            widget.render(big)
    return {
        "paints": paints,
        "seconds": time.perf_counter() - started,
        "rss_growth_mb": (rss_bytes() - baseline) / 2**20,
    }


@pytest.mark.slow
def test_star_survives_many_thousand_paints():
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, __file__],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        cwd=ROOT,
    )
    assert proc.returncode == 0, (
        f"painting {PAINTS} times killed the interpreter (exit {proc.returncode}); "
        f"see DESIGN.md on PySide6 6.12 + Python 3.11:\n{proc.stderr[-3000:]}"
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["paints"] == PAINTS
    assert result["rss_growth_mb"] < 20, result
    assert result["seconds"] < 300, result


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    print(json.dumps(paint_many()))
