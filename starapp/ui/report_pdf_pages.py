"""Page flow for the service report PDF: a cursor down A4 pages, paragraphs, grid tables.

``Pages`` places blocks one under another in device pixels at ``RESOLUTION`` dots per
inch and starts a new numbered page when a block would not fit, so the report's content
(``report_pdf``) and charts (``report_pdf_charts``) only say how much room a block needs
kept together. Tables repeat their header row on every page they run onto.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPdfWriter, QPen

from starapp.ui.translation import tr as _tr

RESOLUTION = 300
MM = RESOLUTION / 25.4


def text_colour(background: QColor) -> QColor:
    return QColor("black") if background.lightnessF() > 0.55 else QColor("white")


class Pages:
    """A cursor that flows blocks down the page and starts new pages with numbers."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, title: str) -> None:
        self.writer, self.p, self.title = writer, painter, title
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.left, self.top = 0.0, 0.0
        self.width, self.bottom = float(rect.width()), float(rect.height()) - 8 * MM
        self.y = 0.0
        self.page = 1
        self.base = QFont("Sans Serif")

    def font(self, size: float = 9.5, bold: bool = False) -> QFont:
        f = QFont(self.base)
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    def footer(self) -> None:
        self.p.setFont(self.font(8))
        self.p.setPen(QColor("#444444"))
        r = QRectF(0, self.bottom + 3 * MM, self.width, 5 * MM)
        self.p.drawText(r, Qt.AlignmentFlag.AlignLeft, self.title)
        self.p.drawText(r, Qt.AlignmentFlag.AlignRight, _tr("Page {n}").format(n=self.page))
        self.p.setPen(QColor("black"))

    def need(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > 0:
            self.footer()
            self.writer.newPage()
            self.page += 1
            self.y = 0.0

    def text_height(self, text: str, font: QFont, width: float | None = None) -> float:
        self.p.setFont(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        r = self.p.boundingRect(QRectF(0, 0, width or self.width, 1e6), flags, text)
        return r.height()

    def paragraph(self, text: str, size: float = 9.5, bold: bool = False, gap: float = 1.5):
        font = self.font(size, bold)
        h = self.text_height(text, font)
        self.need(h)
        self.p.setFont(font)
        self.p.setPen(QColor("black"))
        self.p.drawText(QRectF(0, self.y, self.width, h), int(Qt.TextFlag.TextWordWrap), text)
        self.y += h + gap * MM

    def heading(self, text: str, size: float = 13, keep: float = 40 * MM) -> None:
        self.need(keep)  # keep a heading with what follows it
        self.y += 2 * MM if self.y > 0 else 0
        self.paragraph(text, size, bold=True, gap=1.5)


def draw_table(
    pages: Pages,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    bold_last: bool = False,
    header_fills: Sequence[QColor | None] = (),
) -> None:
    """A grid; column 0 left-aligned, the rest right-aligned; the header repeats on
    every page the table runs onto."""
    p, total = pages.p, sum(widths)
    xs = [0.0]
    for w in widths:
        xs.append(xs[-1] + pages.width * w / total)
    pad = 1.2 * MM
    head_font, body_font = pages.font(8, bold=True), pages.font(8.5)

    def height(cells: Sequence[str], font: QFont) -> float:
        return 2 * pad + max(
            pages.text_height(c, font, xs[i + 1] - xs[i] - 2 * pad) for i, c in enumerate(cells)
        )

    def draw(cells: Sequence[str], font: QFont, h: float, fills: Sequence[QColor | None]) -> None:
        p.setFont(font)
        for i, c in enumerate(cells):
            cell = QRectF(xs[i], pages.y, xs[i + 1] - xs[i], h)
            fill = fills[i] if i < len(fills) else None
            p.fillRect(cell, fill or QColor("#ffffff"))
            p.setPen(QPen(QColor("#999999"), 1.5))
            p.drawRect(cell)
            p.setPen(text_colour(fill) if fill else QColor("black"))
            align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
            flags = int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
            p.drawText(cell.adjusted(pad, pad, -pad, -pad), flags, c)
        p.setPen(QColor("black"))
        pages.y += h

    grey = QColor("#e6e6e6")
    hfills = list(header_fills) or [grey] * len(header)
    hfills = [f or grey for f in hfills]
    hh = height(header, head_font)
    pages.need(hh + height(rows[0], body_font) if rows else hh)
    draw(header, head_font, hh, hfills)
    for n, row in enumerate(rows):
        font = pages.font(8.5, bold=True) if bold_last and n == len(rows) - 1 else body_font
        h = height(row, font)
        if pages.y + h > pages.bottom:
            pages.need(h + hh + MM)
            draw(header, head_font, hh, hfills)
        draw(row, font, h, ())
    pages.y += 3 * MM
