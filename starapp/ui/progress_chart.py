"""Each area's score across all of a person's readings, drawn with pyqtgraph.

Dates run along the bottom, the template's stages are pale horizontal bands behind
the lines (named on the right-hand axis), a list picks the areas to draw, and
hovering near a point says which area, date, score and stage it is.

pyqtgraph takes about a second to import, so nothing imports this module at start-up:
the person page loads it the first time its chart is shown.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from starapp.core.reports import current_final, split_template_id
from starapp.core.templates import StarTemplate
from starapp.ui.dates import display_date

# Colour-blind-friendly colours (Okabe-Ito, then Tol's muted) and, so lines also
# differ without colour, a marker shape and dash pattern for each area.
COLOURS = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#882255",
    "#44AA99",
    "#999933",
    "#AA4499",
    "#332288",
)
SYMBOLS = ("o", "s", "t", "d", "p", "h", "star", "t1", "t2", "t3", "+", "x")
DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
HOVER_PIXELS = 14
DAY = 86_400
AREA_ROLE = Qt.ItemDataRole.UserRole


def timestamp(iso: str) -> float:
    """Noon UTC on the day, so the date axis (shown in UTC) never slips a day."""
    d = date.fromisoformat(iso[:10])
    return float(calendar.timegm((d.year, d.month, d.day, 12, 0, 0)))


class AreaPicker(QListWidget):
    """Tick boxes for the areas, flowing in rows under the chart, as tall as they need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        rows_height = self.contentsSize().height() if self.count() else 0
        return QSize(super().sizeHint().width(), rows_height + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        height = self.sizeHint().height()
        if height != self.height():
            self.setFixedHeight(min(height, 8 * self.fontMetrics().lineSpacing()))


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template: StarTemplate | None = None
        self._series: dict[str, list[tuple[str, int]]] = {}
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._bands: list[pg.LinearRegionItem] = []

        self.plot = pg.PlotWidget(
            background="w",
            axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)},
        )
        self.plot.setObjectName("progressPlot")
        self.plot.setAccessibleName(self.tr("Scores over time"))
        self.plot.setToolTip(
            self.tr("One line per area; the Distance travelled tab has the same scores as a table")
        )
        item = self.plot.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMenuEnabled(False)
        item.getViewBox().setMouseEnabled(x=True, y=False)
        item.showAxis("right")
        for side in ("left", "bottom", "right"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen("#444444"))
            axis.setTextPen(pg.mkPen("#222222"))
        self.hover = pg.TextItem(
            color="#111111", fill=pg.mkBrush(255, 255, 255, 235), border=pg.mkPen("#555555")
        )
        self.hover.setZValue(100)
        self.hover.hide()
        item.addItem(self.hover, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)

        self.areas = AreaPicker()
        self.areas.setObjectName("areaPicker")
        self.areas.setAccessibleName(self.tr("Areas to draw"))
        self.areas.itemChanged.connect(self._area_toggled)
        all_button = QPushButton(self.tr("All"))
        none_button = QPushButton(self.tr("None"))
        all_button.clicked.connect(lambda: self.select_areas(None))
        none_button.clicked.connect(lambda: self.select_areas([]))
        picker_label = QLabel(self.tr("Areas:"))
        picker_label.setBuddy(self.areas)
        buttons = QHBoxLayout()
        buttons.addWidget(picker_label)
        buttons.addStretch(1)
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.plot, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.areas)

    # --- data -------------------------------------------------------------------------

    def set_readings(self, template: StarTemplate, readings: Sequence[object]) -> None:
        """Draw the current final readings of ``template``'s key (any version)."""
        mine = sorted(
            (
                r
                for r in current_final(readings)  # type: ignore[arg-type]
                if split_template_id(r.template_id)[0] == template.key
            ),
            key=lambda r: (r.taken_on, r.created_at),
        )
        selected = self.selected_areas() if self._template == template else None
        self._template = template
        self._series = {
            a.key: [
                (r.taken_on, s.value)
                for r in mine
                if (s := r.scores.get(a.key)) is not None and s.value is not None
            ]
            for a in template.areas
        }
        self._fill_picker(template, selected)
        self._draw_bands(template)
        self._redraw()
        if len(mine) < 2:
            self.message.setText(
                self.tr("One reading so far: the lines appear once there is a second.")
                if mine
                else self.tr("No finished readings yet.")
            )
            self.message.show()
        else:
            self.message.hide()
        if mine:
            first, last = timestamp(mine[0].taken_on), timestamp(mine[-1].taken_on)
            pad = max(7 * DAY, (last - first) * 0.05)
            self.plot.setXRange(first - pad, last + pad, padding=0)
        self.plot.setYRange(template.scale_min - 0.5, template.scale_max + 0.5, padding=0)

    def selected_areas(self) -> list[str]:
        return [
            self.areas.item(i).data(AREA_ROLE)
            for i in range(self.areas.count())
            if self.areas.item(i).checkState() == Qt.CheckState.Checked
        ]

    def select_areas(self, keys: Sequence[str] | None) -> None:
        """Tick exactly ``keys`` (None: every area)."""
        blocked = self.areas.blockSignals(True)
        for i in range(self.areas.count()):
            item = self.areas.item(i)
            on = keys is None or item.data(AREA_ROLE) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.areas.blockSignals(blocked)
        self._redraw()

    def curves(self) -> dict[str, pg.PlotDataItem]:
        """The lines drawn now, by area key."""
        return dict(self._curves)

    def points(self, area_key: str) -> list[tuple[str, int]]:
        """(ISO date, score) of one area, oldest first; n/a and unscored left out."""
        return list(self._series.get(area_key, []))

    def bands(self) -> list[pg.LinearRegionItem]:
        return list(self._bands)

    # --- drawing ------------------------------------------------------------------------

    def _fill_picker(self, template: StarTemplate, selected: list[str] | None) -> None:
        blocked = self.areas.blockSignals(True)
        self.areas.clear()
        for i, area in enumerate(template.areas):
            swatch = QPixmap(14, 14)
            swatch.fill(QColor(COLOURS[i % len(COLOURS)]))
            item = QListWidgetItem(swatch, area.name)
            item.setToolTip(area.name)
            item.setData(AREA_ROLE, area.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = selected is None or area.key in selected
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.areas.addItem(item)
        self.areas.blockSignals(blocked)
        self.areas.updateGeometry()

    def _draw_bands(self, template: StarTemplate) -> None:
        item = self.plot.getPlotItem()
        for band in self._bands:
            item.removeItem(band)
        self._bands = []
        for stage in template.stages:
            colour = QColor(stage.colour)
            colour.setAlpha(48)
            band = pg.LinearRegionItem(
                values=(stage.start - 0.5, stage.end + 0.5),
                orientation="horizontal",
                brush=pg.mkBrush(colour),
                pen=pg.mkPen(None),
                movable=False,
            )
            band.setZValue(-100)
            band.setToolTip(stage.name)
            item.addItem(band, ignoreBounds=True)
            self._bands.append(band)
        right = item.getAxis("right")
        right.setTicks([[((s.start + s.end) / 2, s.name) for s in template.stages], []])
        left = item.getAxis("left")
        left.setTicks(
            [[(p, str(p)) for p in range(template.scale_min, template.scale_max + 1)], []]
        )

    def _area_toggled(self, _item: QListWidgetItem) -> None:
        self._redraw()

    def _redraw(self) -> None:
        item = self.plot.getPlotItem()
        for curve in self._curves.values():
            item.removeItem(curve)
        self._curves = {}
        self.hover.hide()
        t = self._template
        if t is None:
            return
        selected = set(self.selected_areas())
        for i, area in enumerate(t.areas):
            pts = self._series.get(area.key, [])
            if area.key not in selected or not pts:
                continue
            colour = COLOURS[i % len(COLOURS)]
            pen = pg.mkPen(colour, width=2, style=DASHES[(i // 2) % len(DASHES)])
            curve = pg.PlotDataItem(
                [timestamp(d) for d, _ in pts],
                [v for _, v in pts],
                pen=pen,
                symbol=SYMBOLS[i % len(SYMBOLS)],
                symbolSize=10,
                symbolBrush=pg.mkBrush(colour),
                symbolPen=pg.mkPen("w", width=1),
                name=area.name,
                antialias=True,
            )
            item.addItem(curve)
            self._curves[area.key] = curve

    # --- hover ---------------------------------------------------------------------------

    def hover_text(self, x: float, y: float) -> str:
        """What hovering at chart coordinates (x: timestamp, y: score) shows, or ""."""
        t = self._template
        if t is None:
            return ""
        view = self.plot.getPlotItem().getViewBox()
        sx, sy = view.viewPixelSize()  # chart units per screen pixel
        best: tuple[float, str, str, int] | None = None
        for key in self._curves:
            for d, v in self._series[key]:
                dist = math.hypot((timestamp(d) - x) / sx, (v - y) / sy)
                if dist <= HOVER_PIXELS and (best is None or dist < best[0]):
                    best = (dist, key, d, v)
        if best is None:
            return ""
        _, key, d, v = best
        others = [t.area(k).name for k in self._curves if k != key and (d, v) in self._series[k]]
        text = self.tr("{area}\n{date}: {score} of {max} — {stage}").format(
            area=t.area(key).name,
            date=display_date(d),
            score=v,
            max=t.scale_max,
            stage=t.stage_for(v).name,
        )
        if others:
            text += "\n" + self.tr("Also: {areas}").format(areas=", ".join(others))
        return text

    def _mouse_moved(self, pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(pos):
            self.hover.hide()
            return
        point = view.mapSceneToView(pos)
        text = self.hover_text(point.x(), point.y())
        if not text:
            self.hover.hide()
            return
        self.hover.setText(text)
        (x0, x1), (y0, y1) = view.viewRange()
        self.hover.setAnchor(
            (1 if point.x() > (x0 + x1) / 2 else 0, 1 if point.y() < (y0 + y1) / 2 else 0)
        )
        self.hover.setPos(point.x(), point.y())
        self.hover.show()
