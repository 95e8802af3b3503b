"""The charts of the reports view (pyqtgraph, imported lazily): mean first vs latest
score per area, and a stacked stage snapshot per area at first and latest reading."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from starapp.core.report_figures import TemplateSection

FIRST, LATEST = "#b8b8b8", "#2b4c7e"


class ReportCharts(QWidget):
    """Two plots for one template section of a report; empty until ``show_section``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # lazily: start-up must not wait for it

        self._pg = pg
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.means = pg.PlotWidget(objectName="meansChart", background="w")
        self.snapshot = pg.PlotWidget(objectName="snapshotChart", background="w")
        for plot in (self.means, self.snapshot):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.getPlotItem().invertY(True)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setTextPen("k")
                axis.setPen("k")
            layout.addWidget(plot)
        self.stage_legend = QLabel(objectName="stageLegend")
        self.stage_legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.stage_legend)

    def clear(self) -> None:
        self.stage_legend.setText("")
        for plot in (self.means, self.snapshot):
            plot.clear()
            if plot.plotItem.legend is not None:
                plot.plotItem.legend.clear()

    def show_section(self, section: TemplateSection) -> None:
        self.clear()
        pg = self._pg
        areas = [*section.areas, section.overall]
        scale_max = max((s.end for s in section.stages), default=10)

        # means: two horizontal bars per area
        p = self.means
        p.setTitle(self.tr("Mean first and latest score per area"), color="k")
        legend = p.addLegend(offset=(-10, 10), labelTextColor="k", brush=QColor(255, 255, 255, 220))
        ys = list(range(len(areas)))
        first = [a.mean_first or 0 for a in areas]
        latest = [a.mean_latest or 0 for a in areas]
        b1 = pg.BarGraphItem(
            x0=0, y=[y - 0.18 for y in ys], height=0.34, width=first, brush=FIRST, pen="k"
        )
        b2 = pg.BarGraphItem(
            x0=0, y=[y + 0.18 for y in ys], height=0.34, width=latest, brush=LATEST, pen="k"
        )
        p.addItem(b1)
        p.addItem(b2)
        legend.addItem(b1, self.tr("First reading"))
        legend.addItem(b2, self.tr("Latest reading"))
        p.getAxis("left").setTicks([[(y, a.name) for y, a in zip(ys, areas, strict=True)]])
        p.setXRange(0, scale_max, padding=0.02)
        p.setYRange(-0.6, len(areas) - 0.4, padding=0)
        p.setLabel("bottom", self.tr("Mean score"), color="k")

        # snapshot: stacked shares per stage, first and latest per area
        s = self.snapshot
        s.setTitle(self.tr("Stage snapshot (share of people, first / latest)"), color="k")
        rows: list[tuple[float, tuple[int, ...], int]] = []
        ticks: list[tuple[float, str]] = []
        for i, a in enumerate(areas):
            rows.append((i - 0.2, a.snapshot_first, a.people_first))
            rows.append((i + 0.2, a.snapshot_latest, a.people_latest))
            ticks.append((i, a.name))
        left = [0.0] * len(rows)
        for k, stage in enumerate(section.stages):
            widths = [100 * counts[k] / total if total else 0 for _, counts, total in rows]
            bar = pg.BarGraphItem(
                x0=left,
                y=[y for y, _, _ in rows],
                height=0.36,
                width=widths,
                brush=QBrush(QColor(stage.colour)),
                pen=pg.mkPen("w", width=0.5),
            )
            s.addItem(bar)
            left = [a + b for a, b in zip(left, widths, strict=True)]
        s.getAxis("left").setTicks([ticks])
        s.setXRange(0, 100, padding=0.02)
        s.setYRange(-0.6, len(areas) - 0.4, padding=0)
        self.stage_legend.setText(
            "&nbsp;&nbsp;".join(
                f"<span style='color:{st.colour}'>&#9632;</span>&nbsp;{_escape(st.name)}"
                for st in section.stages
            )
        )
        s.setLabel(
            "bottom", self.tr("% of people (upper bar: first, lower bar: latest)"), color="k"
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def chart_widget(parent: QWidget | None = None) -> Any:
    """The charts widget, or None when pyqtgraph is not installed."""
    try:
        return ReportCharts(parent)
    except ImportError:
        return None
