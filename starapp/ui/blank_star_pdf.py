"""A blank star to print, for readings done on paper.

Page 1: boxes for who and when, the empty star with every area, and a table to write
each score in. Then the wording of every point of every area, so the person and the
worker can choose on paper what they would choose on screen. The reading is typed in
later as a new reading with the date it was taken.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextDocument

from starapp.core.templates import StarTemplate
from starapp.ui.pdf_output import (
    PAPER_STYLE,
    escape,
    page_width,
    stages_table,
    star_image,
    write_pdf,
)
from starapp.ui.translation import tr as _tr

STAR_PIXELS = 520
STAR_WIDTH = 0.98
BODY_PT = 10.0


STYLE = (
    PAPER_STYLE
    + """
h1 { font-size: 18pt; margin: 0; }
h2 { font-size: 13pt; margin-top: 12px; margin-bottom: 4px; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }
table.grid td, table.grid th { padding: 4px 5px; }
"""
)


def build_document(template: StarTemplate, paper: str = "A4", service: str = "") -> QTextDocument:
    t = template
    doc = QTextDocument()
    font = QFont(doc.defaultFont())
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    image = star_image(t, {}, STAR_PIXELS)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("blank-star.png"), image)
    width = round(page_width(paper) * STAR_WIDTH)
    scale = _tr("{lo} to {hi}").format(lo=t.scale_min, hi=t.scale_max)

    h: list[str] = []
    h.append(f"<h1>{escape(t.name)}</h1>")
    if service:
        h.append(f"<p><b>{escape(service)}</b></p>")
    h.append(
        "<p>"
        + escape(
            _tr(
                "A star reading on paper. For each area, talk it through, then mark the point "
                "on its line that fits best ({scale}; the wording for every point is on the "
                "next pages). Write n/a where an area does not apply to you. The worker types "
                "the reading in later as a new reading with this date."
            ).format(scale=scale)
        )
        + "</p>"
    )
    line = "_" * 22
    h.append('<table width="100%" cellspacing="0" cellpadding="3">')
    h.append(
        "<tr><td>"
        + escape(_tr("Name or reference:"))
        + f" {line}</td><td>"
        + escape(_tr("Date:"))
        + f" {line}</td></tr><tr><td>"
        + escape(_tr("Worker:"))
        + f" {line}</td><td>"
        + escape(_tr("Done together?  Yes  /  Worker only"))
        + "</td></tr>"
    )
    h.append("</table>")
    h.append(f'<p align="center"><img src="blank-star.png" width="{width}" height="{width}"></p>')

    h.append("<h2 style='page-break-before: always'>" + escape(_tr("Scores")) + "</h2>")
    h.append('<table class="grid" width="100%" cellspacing="0">')
    head = [
        _tr("Area"),
        _tr("Agreed score ({scale}) or n/a").format(scale=scale),
        _tr("Their own score, if different"),
        _tr("Notes"),
    ]
    h.append("<tr>" + "".join(f"<th>{escape(x)}</th>" for x in head) + "</tr>")
    for area in t.areas:
        na = _tr(" (n/a allowed)") if area.allow_not_applicable else ""
        h.append(
            f"<tr><td width='30%'><b>{escape(area.name)}</b>"
            f"<span class='small'>{escape(na)}</span><br>&nbsp;<br>&nbsp;</td>"
            "<td width='16%'></td><td width='16%'></td><td></td></tr>"
        )
    h.append("</table>")

    h.append("<h2>" + escape(_tr("The stages")) + "</h2>")
    h.append(stages_table(t))

    h.append(
        "<h2 style='page-break-before: always'>" + escape(_tr("What each point means")) + "</h2>"
    )
    for i, area in enumerate(t.areas):
        # Two areas a page, so an area's points are not split across pages.
        brk = " style='page-break-before: always'" if i and i % 2 == 0 else ""
        h.append(f"<h3{brk}>{escape(area.name)}</h3>")
        h.append(f"<p class='small'>{escape(area.description)}</p>")
        h.append('<table class="grid" width="100%" cellspacing="0">')
        for point in range(t.scale_max, t.scale_min - 1, -1):
            stage = t.stage_for(point)
            words = t.descriptor_for(area.key, point) or stage.description
            h.append(
                f"<tr><td width='6%' align='center'><b>{point}</b></td>"
                f"<td width='20%'>{escape(stage.name)}</td>"
                f"<td>{escape(words)}</td></tr>"
            )
        h.append("</table>")
    doc.setHtml("<html><body>" + "\n".join(h) + "</body></html>")
    return doc


def write_blank_star_pdf(
    path: str | Path, template: StarTemplate, paper: str = "A4", service: str = ""
) -> Path:
    """Write the blank star for ``template`` as a PDF (``paper``: "A4" or "Letter")."""
    doc = build_document(template, paper, service)
    return write_pdf(doc, path, paper, _tr("Blank star: {name}").format(name=template.name))
