"""The charts of the reports view (pyqtgraph, imported lazily): mean first vs latest
score per area, and a stacked stage snapshot per area at first and latest reading.

Nothing relies on colour alone: first-reading bars are hatched and latest ones solid,
each stage has its own fill pattern, shown in the legend beside its name, and the
charts take their colours from the palette (see chart_theme), restyling when it changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from starapp.core.report_figures import TemplateSection
from starapp.ui.chart_theme import ChartTheme, chart_theme, style_plot
from starapp.ui.contrast import FIRST_READING_PATTERN

BAR_HEIGHT = 0.34


class ReportCharts(QWidget):
    """Two plots for one template section of a report; empty until ``show_section``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # lazily: start-up must not wait for it

        self._pg = pg
        self._section: TemplateSection | None = None
        self.theme = chart_theme(self)
        self.stage_bars: list[tuple[Any, Any]] = []  # per stage: (fill, pattern) items
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.means = pg.PlotWidget(objectName="meansChart")
        self.snapshot = pg.PlotWidget(objectName="snapshotChart")
        for plot in (self.means, self.snapshot):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.getPlotItem().invertY(True)
            plot.setToolTip(self.tr("The table beside the charts has the same figures"))
            layout.addWidget(plot)
        self.means.setAccessibleName(self.tr("Mean first and latest score per area"))
        self.snapshot.setAccessibleName(self.tr("Stage snapshot"))
        self.stage_legend = QWidget()
        self.stage_legend.setObjectName("stageLegend")
        self.stage_legend.setAccessibleName(self.tr("Stages and their patterns"))
        self._legend_row = QHBoxLayout(self.stage_legend)
        self._legend_row.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.stage_legend)
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # e.g. dark mode or high contrast
            self._restyle()
            if self._section is not None:
                self.show_section(self._section)

    def _restyle(self) -> None:
        self.theme = chart_theme(self)
        for plot in (self.means, self.snapshot):
            style_plot(plot, self.theme)

    def clear(self) -> None:
        self._section = None
        self.stage_bars = []
        self._fill_legend(None)
        for plot in (self.means, self.snapshot):
            plot.clear()
            if plot.plotItem.legend is not None:
                plot.plotItem.legend.clear()

    def show_section(self, section: TemplateSection) -> None:
        self.clear()
        self._section = section
        theme = self.theme
        areas = [*section.areas, section.overall]
        ticks = [[(y, a.name) for y, a in enumerate(areas)]]
        self._means(section, areas, theme)
        self._snapshot(section, areas, theme)
        for plot in (self.means, self.snapshot):
            plot.getAxis("left").setTicks(ticks)
            plot.setYRange(-0.6, len(areas) - 0.4, padding=0)
        style_plot(self.means, theme)
        style_plot(self.snapshot, theme)
        self._fill_legend(section)

    def _means(self, section: TemplateSection, areas: list[Any], theme: ChartTheme) -> None:
        """Two horizontal bars per area: first (hatched) above latest (solid)."""
        pg, p = self._pg, self.means
        scale_max = max((s.end for s in section.stages), default=10)
        p.setTitle(self.tr("Mean first and latest score per area"))
        legend = p.addLegend(offset=(-10, 10))  # made once: colour it on every call
        legend.setLabelTextColor(theme.text)
        legend.setBrush(QBrush(theme.background))
        legend.setPen(theme.pen(1.0))
        ys = range(len(areas))
        bars = []
        for shift, values, brush in (
            (-0.18, [a.mean_first or 0 for a in areas], QBrush(theme.text, FIRST_READING_PATTERN)),
            (0.18, [a.mean_latest or 0 for a in areas], QBrush(theme.latest)),
        ):
            bar = pg.BarGraphItem(
                x0=0,
                y=[y + shift for y in ys],
                height=BAR_HEIGHT,
                width=values,
                brush=brush,
                pen=theme.pen(),
            )
            p.addItem(bar)
            bars.append(bar)
        legend.addItem(bars[0], self.tr("First reading"))
        legend.addItem(bars[1], self.tr("Latest reading"))
        p.setXRange(0, scale_max, padding=0.02)
        p.setLabel("bottom", self.tr("Mean score"))

    def _snapshot(self, section: TemplateSection, areas: list[Any], theme: ChartTheme) -> None:
        """Stacked shares per stage: for each area, first above latest."""
        pg, s = self._pg, self.snapshot
        s.setTitle(self.tr("Stage snapshot (share of people, first / latest)"))
        rows: list[tuple[float, tuple[int, ...], int]] = []
        for i, a in enumerate(areas):
            rows.append((i - 0.2, a.snapshot_first, a.people_first))
            rows.append((i + 0.2, a.snapshot_latest, a.people_latest))
        ys = [y for y, _, _ in rows]
        left = [0.0] * len(rows)
        for k, stage in enumerate(section.stages):
            widths = [100 * counts[k] / total if total else 0 for _, counts, total in rows]
            common = {"x0": left, "y": ys, "height": 0.36, "width": widths}
            fill = pg.BarGraphItem(**common, brush=theme.stage_fill(stage.colour), pen=None)
            hatch = pg.BarGraphItem(
                **common, brush=theme.stage_hatch(k, stage.colour), pen=theme.pen()
            )
            s.addItem(fill)
            s.addItem(hatch)
            self.stage_bars.append((fill, hatch))
            left = [a + b for a, b in zip(left, widths, strict=True)]
        s.setXRange(0, 100, padding=0.02)
        s.setLabel("bottom", self.tr("% of people (upper bar: first, lower bar: latest)"))

    def _fill_legend(self, section: TemplateSection | None) -> None:
        """A swatch (fill and pattern) and the name of each stage, in a centred row."""
        row = self._legend_row
        while (item := row.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        if section is None:
            return
        size = max(12, self.fontMetrics().height())
        row.addStretch(1)
        for k, stage in enumerate(section.stages):
            swatch = QLabel()
            swatch.setPixmap(self.theme.stage_swatch(k, stage.colour, size))
            row.addWidget(swatch)
            row.addWidget(QLabel(stage.name))
            row.addSpacing(size)
        row.addStretch(1)


def chart_widget(parent: QWidget | None = None) -> Any:
    """The charts widget, or None when pyqtgraph is not installed."""
    try:
        return ReportCharts(parent)
    except ImportError:
        return None
