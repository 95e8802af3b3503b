"""Shared by the printable pages (my star, blank star): paper sizes, a star picture drawn
for paper (light background, dark text), and writing a document to PDF or a printer.

A PDF is written to a temporary file next to the target and moved into place only
when complete, so a failure never leaves a half-written file under the chosen name
(the temporary file is deleted). Printing goes straight to the printer: no files.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from starapp.core.templates import StarTemplate
from starapp.store import Store
from starapp.store.settings import load_settings
from starapp.ui.star_painter import StarRenderer
from starapp.ui.star_style import StarState
from starapp.ui.translation import tr as _tr

PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
LETTER_COUNTRIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}
MARGIN_MM = 15.0
RESOLUTION = 300  # dots per inch of the PDF's coordinate system
# Black text and grey-ruled tables shared by every printed page; each adds its headings.
PAPER_STYLE = """
body { color: #000000; }
p { margin-top: 2px; margin-bottom: 4px; }
.small { font-size: 9pt; color: #333333; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #555555; padding: 3px 5px; }
table.grid th { background-color: #e8e8e8; text-align: left; }
"""
# Said where the organisation's name goes when Settings has none; it reads right both
# mid-sentence ("everything this service keeps") and after "From".
DEFAULT_SERVICE = QT_TRANSLATE_NOOP("", "this service")  # English here, translated when shown


def default_paper(locale: QLocale | None = None) -> str:
    """US Letter where it is the usual paper, A4 elsewhere."""
    country = (locale or QLocale()).territory()
    return "Letter" if country in LETTER_COUNTRIES else "A4"


def service_name(store: Store) -> str:
    """The organisation's name from the data file's settings, or a plain fallback."""
    return load_settings(store).organisation.strip() or _tr(DEFAULT_SERVICE)


def paper_palette() -> QPalette:
    """Black on white whatever the screen's theme."""
    palette = QPalette(QGuiApplication.palette())
    for role, colour in (
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Text, "#000000"),
        (QPalette.ColorRole.WindowText, "#000000"),
        (QPalette.ColorRole.PlaceholderText, "#444444"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def star_image(
    template: StarTemplate,
    scores: Mapping[str, int | None],
    size: int,
    *,
    overlays: Sequence[tuple[str, Mapping[str, int | None]]] = (),
    not_applicable: Iterable[str] = (),
    current_label: str = "",
    scale: float = 3.0,
    font_px: float = 12.0,
) -> QImage:
    """The star as a picture for paper: laid out at ``size`` logical pixels square and
    drawn at ``scale`` times that, so lines keep their on-screen weight and stay sharp."""
    renderer = StarRenderer(template)
    state = StarState(dict(scores), frozenset(not_applicable), list(overlays))
    if current_label:
        state.current_label = current_label
    font = QFont(QGuiApplication.font())
    font.setPixelSize(round(font_px))
    layout = renderer.layout(size, size, font, renderer.legend_labels(state))
    pixels = round(size * scale)
    image = QImage(pixels, pixels, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    p = QPainter(image)
    renderer.paint(p, layout, font, paper_palette(), state)
    p.end()
    return image


def page_layout(paper: str) -> QPageLayout:
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {sorted(PAPERS)}, not {paper!r}")
    return QPageLayout(
        QPageSize(PAPERS[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def layout_dpi() -> float:
    """The resolution QTextDocument lays text out at (the screen's logical DPI); printing
    scales from it, so page sizes in these units print fonts at their true size."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchX() if screen is not None else 96.0


def page_width(paper: str) -> float:
    """Width of the printable area in document units (see ``layout_dpi``)."""
    return page_layout(paper).paintRect(QPageLayout.Unit.Inch).width() * layout_dpi()


def prepare(doc: QTextDocument, paper: str) -> None:
    """Lay ``doc`` out for the printable area of ``paper``."""
    rect = page_layout(paper).paintRect(QPageLayout.Unit.Inch)
    dpi = layout_dpi()
    doc.setPageSize(QSizeF(rect.width() * dpi, rect.height() * dpi))
    doc.setDocumentMargin(0)


def write_pdf(doc: QTextDocument, path: str | Path, paper: str, title: str) -> Path:
    """Write ``doc`` as a PDF at ``path`` (A4 or Letter); returns the path."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".starapp-", suffix=".pdf.part", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(page_layout(paper))
        writer.setTitle(title)
        writer.setCreator("starapp")
        prepare(doc, paper)
        doc.print_(writer)
        del writer  # finishes and closes the file
        if Path(tmp).stat().st_size == 0:
            raise OSError(0, "The PDF could not be written", str(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def print_document(doc: QTextDocument, paper: str, parent: QWidget | None, title: str) -> bool:
    """Ask for a printer and print ``doc``; False when the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    prepare(doc, paper)
    doc.print_(printer)
    return True


def pale(colour: str, amount: float = 0.7) -> str:
    """A stage colour mixed towards white, as the star's bands are."""
    c = QColor(colour)
    mix = [round(v + (255 - v) * amount) for v in (c.red(), c.green(), c.blue())]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def stages_table(t: StarTemplate) -> str:
    rows = ['<table class="grid" width="100%" cellspacing="0">']
    for stage in t.stages:
        points = _tr("points {a} to {b}").format(a=stage.start, b=stage.end)
        if stage.start == stage.end:
            points = _tr("point {a}").format(a=stage.start)
        rows.append(
            f"<tr><td width='4%' bgcolor='{pale(stage.colour)}'>&nbsp;</td>"
            f"<td width='26%'><b>{escape(stage.name)}</b><br>"
            f"<span class='small'>{escape(points)}</span></td>"
            f"<td>{escape(stage.description)}</td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
