"""The reports' and the person's charts follow the theme (light, dark, high contrast) and
never tell stages or readings apart by colour alone."""

from __future__ import annotations

import pytest
from progress_fixture import make_person
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel
from shots import save_shot

from starapp.core.report_filters import ReportFilter
from starapp.store import Store
from starapp.store.demo import fill_demo
from starapp.store.report_queries import service_report
from starapp.ui.contrast import STAGE_PATTERNS, contrast_ratio, high_contrast_palette
from starapp.ui.progress_chart import ProgressChart
from starapp.ui.reports_charts import ReportCharts
from starapp.ui.star_style import CURRENT_COLOUR


def dark_palette() -> QPalette:
    """A typical dark desktop theme: grey window, near-black fields, light text."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d7ab8"),
        (roles.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


THEMES = {"light": None, "dark": dark_palette, "high-contrast": high_contrast_palette}


@pytest.fixture(scope="module")
def section(tmp_path_factory):
    """The life-areas section of a demo service (10 areas, 5 stages)."""
    path = tmp_path_factory.mktemp("charts") / "demo.db"
    with Store.open(path, create=True, actor="test") as store:
        fill_demo(store, people=40, seed=2)
        report = service_report(store, ReportFilter(template_key="life-areas"))
    return report.sections[0]


def charts(qtbot, section, theme: str) -> ReportCharts:
    widget = ReportCharts()
    qtbot.addWidget(widget)
    if THEMES[theme] is not None:
        widget.setPalette(THEMES[theme]())
    widget.resize(640, 760)
    widget.show_section(section)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def colours_of(plot) -> tuple[QColor, QColor, QColor]:
    """(background, axis line, axis text) of a PlotWidget as drawn."""
    axis = plot.getPlotItem().getAxis("left")
    return plot.backgroundBrush().color(), axis.pen().color(), axis.textPen().color()


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_charts_take_the_palettes_colours(qtbot, section, theme):
    widget = charts(qtbot, section, theme)
    palette = widget.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    assert widget.theme.high_contrast == (theme == "high-contrast")
    for plot in (widget.means, widget.snapshot):
        background, line, words = colours_of(plot)
        assert background == base
        assert words == text
        title = plot.getPlotItem().titleLabel
        assert QColor(title.opts["color"]) == text
        if theme == "high-contrast":
            assert line == text  # pure palette colours, thicker lines
            assert plot.getPlotItem().getAxis("left").pen().widthF() >= 2
        else:
            assert line != QColor("black")  # not pyqtgraph's fixed grey or black
    if theme == "high-contrast":  # no stage colour anywhere: fills empty, patterns in text
        for fill, hatch in widget.stage_bars:
            assert fill.opts["brush"].style() == Qt.BrushStyle.NoBrush
            assert hatch.opts["brush"].color() == text


@pytest.mark.parametrize("theme", ["light", "high-contrast"])
def test_each_stage_has_its_own_pattern_and_first_differs_from_latest(qtbot, section, theme):
    widget = charts(qtbot, section, theme)
    styles = [hatch.opts["brush"].style() for _, hatch in widget.stage_bars]
    assert len(styles) == len(section.stages) == 5
    assert len(set(styles)) == len(styles)
    assert styles == list(STAGE_PATTERNS[: len(styles)])
    first, latest = (item.opts["brush"] for item in widget.means.getPlotItem().items[:2])
    assert first.style() != latest.style()  # hatched first, solid latest
    # the legend under the snapshot shows every stage by name beside its swatch
    names = [label.text() for label in widget.stage_legend.findChildren(QLabel) if label.text()]
    assert names == [stage.name for stage in section.stages]
    if theme == "light":
        assert latest.color() == QColor(CURRENT_COLOUR)


def test_charts_restyle_when_the_palette_changes(qtbot, section):
    widget = charts(qtbot, section, "light")
    assert not widget.theme.high_contrast
    widget.setPalette(high_contrast_palette())
    assert widget.theme.high_contrast
    assert colours_of(widget.snapshot)[0] == QColor("#1c1c1c")
    assert all(fill.opts["brush"].style() == Qt.BrushStyle.NoBrush for fill, _ in widget.stage_bars)


@pytest.mark.parametrize("theme", list(THEMES))
def test_report_chart_screenshots(qtbot, section, theme):
    widget = charts(qtbot, section, theme)
    qtbot.wait(50)
    save_shot(widget, f"report-charts-{theme}.png")


# --- a person's progress over time ---------------------------------------------------------


@pytest.fixture
def readings(tmp_path, template):
    with Store.open(tmp_path / "person.db", create=True, actor="test") as store:
        yield make_person(store, template)[1]


def progress(qtbot, template, readings, theme: str) -> ProgressChart:
    chart = ProgressChart()
    qtbot.addWidget(chart)
    if THEMES[theme] is not None:
        chart.setPalette(THEMES[theme]())
    chart.resize(900, 560)
    chart.set_readings(template, readings)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_progress_chart_takes_the_palettes_colours(qtbot, template, readings, theme):
    chart = progress(qtbot, template, readings, theme)
    palette = chart.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    background, _line, words = colours_of(chart.plot)
    assert background == base and words == text
    for side in ("bottom", "right"):
        assert chart.plot.getPlotItem().getAxis(side).textPen().color() == text
    assert all(label.color == text for label in chart.labels())
    assert chart.hover.fill.color() == base
    pens = [curve.opts["pen"] for curve in chart.curves().values()]
    if theme == "high-contrast":  # one colour, thicker lines; bands textured like the star
        assert all(pen.color() == text and pen.widthF() >= 3 for pen in pens)
        styles = [band.brush.style() for band in chart.bands()]
        assert styles == [STAGE_PATTERNS[i % 2] for i in range(len(template.stages))]
    else:  # each its own colour, and every one stands out on the dark background
        assert len({pen.color().name() for pen in pens}) == len(pens)
        assert all(contrast_ratio(pen.color(), base) >= 3 for pen in pens)


def test_lines_differ_without_colour_and_end_in_their_names(qtbot, template, readings):
    chart = progress(qtbot, template, readings, "light")
    styles = [chart.line_style(i)[1:] for i in range(len(template.areas))]
    assert len(set(styles)) == len(styles)  # (dash, marker) unique per area
    curve = chart.curves()["a3"]
    assert (curve.opts["pen"].style(), curve.opts["symbol"]) == styles[2]
    icon = chart.areas.item(0).icon().pixmap(chart.areas.iconSize()).toImage()
    assert icon.width() == 2 * icon.height()  # a stretch of line with its marker, not a dot
    # the names where the lines end; lines ending on the same point share one label
    name = {a.key: a.name for a in template.areas}
    expected = {
        (name["a1"], name["a2"]),  # both 6 at the latest reading
        (name["a3"], name["a4"], name["a6"]),  # all 4
        (name["a5"],),
        (name["a7"],),
        (name["a8"],),  # scored only at the first reading
    }
    assert {tuple(label.textItem.toPlainText().split("\n")) for label in chart.labels()} == expected
    chart.select_areas(["a1"])
    assert [label.textItem.toPlainText() for label in chart.labels()] == [name["a1"]]


def test_progress_chart_restyles_when_the_palette_changes(qtbot, template, readings):
    chart = progress(qtbot, template, readings, "light")
    chart.setPalette(high_contrast_palette())
    assert chart.theme.high_contrast
    white = QColor("#ffffff")
    assert all(curve.opts["pen"].color() == white for curve in chart.curves().values())
    assert colours_of(chart.plot)[2] == white


@pytest.mark.parametrize("theme", list(THEMES))
def test_progress_chart_screenshots(qtbot, template, readings, theme):
    chart = progress(qtbot, template, readings, theme)
    qtbot.wait(50)
    save_shot(chart, f"progress-chart-{theme}.png")
