"""The service report PDF: page flow, tables that run onto a new page, charts' legends.
Written with QPdfWriter offscreen over demo data; read back with poppler-utils."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QPainter, QPdfWriter

from starapp.core.report_filters import ReportFilter
from starapp.store import Store
from starapp.store.demo import fill_demo
from starapp.store.report_queries import service_report
from starapp.ui.report_pdf import write_report_pdf
from starapp.ui.report_pdf_pages import RESOLUTION, Pages, draw_table

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def page_texts(path: Path) -> list[str]:
    """The text of each page, in order (pdftotext ends a page with a form feed); NFKC
    undoes ligatures such as "ﬁ"."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", out.stdout).split("\f")[:-1]


@pytest.fixture(scope="module")
def report(tmp_path_factory, qapp):
    path = tmp_path_factory.mktemp("report") / "demo.db"
    with Store.open(path, create=True, actor="test") as store:
        fill_demo(store, people=80, seed=4, today=date(2026, 1, 5))
        return service_report(store, ReportFilter())


def test_every_page_is_numbered_and_each_template_has_its_section(report, tmp_path):
    out = write_report_pdf(tmp_path / "report.pdf", report)
    pages = page_texts(out)
    assert len(pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert "Service report" in text and f"Page {n}" in text
    whole = "\n".join(pages)
    assert f"{report.people} people and {report.readings} readings" in whole
    assert len(report.sections) == 3  # the demo uses every sample template
    for section in report.sections:
        assert section.template_name in whole
    assert whole.count("Mean first and latest score per area") == len(report.sections)
    assert whole.count("Movement between stages, all areas") == len(report.sections)
    for stage in report.sections[0].stages:  # the snapshot's legend names every stage
        assert stage.name in whole
    assert "Definitions" in pages[-1]


def test_a_table_that_runs_onto_the_next_page_repeats_its_header(tmp_path, qapp):
    out = tmp_path / "table.pdf"
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    painter = QPainter()
    assert painter.begin(writer)
    pages = Pages(writer, painter, "Long table")
    rows = [[f"Row {i}", str(i)] for i in range(150)]
    draw_table(pages, ["Name header", "Count header"], rows, [3, 1])
    pages.footer()
    painter.end()
    del writer  # finishes the file
    texts = page_texts(out)
    assert len(texts) >= 2 and len(texts) == pages.page
    for n, text in enumerate(texts, start=1):
        assert "Name header" in text and f"Page {n}" in text
    numbers = [int(m) for t in texts for m in re.findall(r"Row (\d+)", t)]
    assert sorted(numbers) == list(range(150))  # every row once, none lost at a break


def test_screenshot_of_a_section_page(report, tmp_path):
    out = write_report_pdf(tmp_path / "report.pdf", report)
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "2", "-l", "2", "-singlefile", str(out),
         str(SHOTS / "report-pdf")],
        check=True,
    )  # fmt: skip
    assert (SHOTS / "report-pdf.png").stat().st_size > 10_000


def test_paper_draws_each_stage_pattern_of_the_screen_and_tells_them_apart():
    """On paper (black and white) a stage is told by the same pattern as on screen."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage

    from starapp.ui.contrast import FIRST_READING_PATTERN, STAGE_PATTERNS
    from starapp.ui.report_pdf_charts import patterned_fill
    from starapp.ui.report_pdf_pages import MM

    def drawn(pattern: Qt.BrushStyle) -> bytes:
        image = QImage(int(12 * MM), int(6 * MM), QImage.Format.Format_Grayscale8)
        painter = QPainter(image)
        patterned_fill(painter, QRectF(0, 0, 12 * MM, 6 * MM), QColor("white"), pattern)
        painter.end()
        raw, stride, width = bytes(image.constBits()), image.bytesPerLine(), image.width()
        return b"".join(raw[y * stride : y * stride + width] for y in range(image.height()))

    blank = drawn(Qt.BrushStyle.NoBrush)
    assert set(blank) == {255}
    patterns = [p for p in STAGE_PATTERNS if p != Qt.BrushStyle.NoBrush]
    pictures = {p: drawn(p) for p in patterns}
    assert all(pictures[p] != blank for p in patterns), "a pattern drew nothing"
    assert len(set(pictures.values())) == len(patterns), "two stages look the same on paper"
    assert pictures[FIRST_READING_PATTERN] != blank
