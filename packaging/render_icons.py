"""Render resources/icons/starapp.svg to the PNG, ICO (Windows) and ICNS (macOS) icons.

    python packaging/render_icons.py

Uses Qt's own SVG renderer, so it needs nothing beyond the app's dependencies. The
outputs are committed; run this again after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 256)  # committed PNGs (window icon, .desktop, hicolor theme)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# ICNS entry types holding PNG data, by pixel size
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (allowed since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png
        for size, png in sorted(pngs.items())
    )
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "starapp.svg"))
    if not renderer.isValid():
        print("starapp.svg could not be read", file=sys.stderr)
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: render(renderer, size) for size in sizes}
    for size in PNG_SIZES:
        (ICONS / f"starapp-{size}.png").write_bytes(pngs[size])
    (ICONS / "starapp.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "starapp.icns").write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    print(f"Wrote PNG {', '.join(map(str, PNG_SIZES))}, starapp.ico and starapp.icns to {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
