"""Each area's score across all of a person's readings, drawn with pyqtgraph.

Dates run along the bottom, the template's stages are pale horizontal bands behind
the lines (named on the right-hand axis), a list picks the areas to draw, and
hovering near a point says which area, date, score and stage it is. Each line ends
in its area's name, and lines differ by marker shape and dash as well as colour (the
picker shows the same sample), so none relies on colour alone. Colours come from the
palette (chart_theme); in high contrast every line is the text colour, thicker, and
the stage bands are patterned like the star's.

pyqtgraph takes about a second to import, so nothing imports this module at start-up:
the person page loads it the first time its chart is shown.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QResizeEvent, QTransform
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
from starapp.ui.chart_theme import ChartTheme, chart_theme, style_plot
from starapp.ui.contrast import STAGE_PATTERNS
from starapp.ui.dates import display_date
from starapp.ui.star_style import mix

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
LABEL_ROOM = 0.3  # room for the lines' names after the last reading, as a share of the dates
LABEL_GAP = 8  # pixels between a line's last marker and its name
AXES = ("left", "bottom", "right")
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
        self._labels: list[pg.TextItem] = []
        self.theme = chart_theme(self)

        self.plot = pg.PlotWidget(
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
        self.hover = pg.TextItem()
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
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # e.g. dark mode or high contrast
            self._restyle()
            if self._template is not None:
                self._fill_picker(self._template, self.selected_areas())
                self._draw_bands(self._template)
                self._redraw()

    def _restyle(self) -> None:
        self.theme = theme = chart_theme(self)
        style_plot(self.plot, theme, AXES)
        self.hover.setColor(theme.text)
        self.hover.fill = pg.mkBrush(theme.background)
        self.hover.border = theme.pen(1.0)

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
            room = max(30 * DAY, (last - first) * LABEL_ROOM)
            self.plot.setXRange(first - pad, last + room, padding=0)
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

    def labels(self) -> list[pg.TextItem]:
        """The names at the lines' ends (areas ending on the same point share one)."""
        return list(self._labels)

    def line_style(self, index: int) -> tuple[QColor, Qt.PenStyle, str]:
        """Colour, dash and marker of the ``index``th area's line: the shape and dash
        tell lines apart where colour cannot (in high contrast all are the text colour)."""
        theme = self.theme
        colour = (
            theme.text if theme.high_contrast else theme.readable(COLOURS[index % len(COLOURS)])
        )
        return colour, DASHES[(index // 2) % len(DASHES)], SYMBOLS[index % len(SYMBOLS)]

    def line_sample(self, index: int, height: int) -> QPixmap:
        """The picker's key for an area: a short stretch of its line with its marker."""
        colour, dash, symbol = self.line_style(index)
        pixmap = QPixmap(2 * height, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, 2.0, dash)
        p.setPen(pen)
        p.drawLine(QPointF(0, height / 2), QPointF(2 * height, height / 2))
        p.setWorldTransform(QTransform.fromTranslate(height, height / 2))  # marker: centre
        marker = QPen(self.theme.background, 1.0)
        marker.setCosmetic(True)
        drawSymbol(p, symbol, height * 0.7, marker, pg.mkBrush(colour))
        p.end()
        return pixmap

    # --- drawing ------------------------------------------------------------------------

    def _fill_picker(self, template: StarTemplate, selected: list[str] | None) -> None:
        blocked = self.areas.blockSignals(True)
        self.areas.clear()
        height = max(14, self.fontMetrics().height())
        self.areas.setIconSize(QSize(2 * height, height))
        for i, area in enumerate(template.areas):
            item = QListWidgetItem(self.line_sample(i, height), area.name)
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
        theme = self.theme
        for i, stage in enumerate(template.stages):
            band = pg.LinearRegionItem(
                values=(stage.start - 0.5, stage.end + 0.5),
                orientation="horizontal",
                brush=_band_brush(theme, i, stage.colour),
                pen=theme.pen(1.0) if theme.high_contrast else pg.mkPen(None),  # stage edges
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
        for old in (*self._curves.values(), *self._labels):
            item.removeItem(old)
        self._curves = {}
        self._labels = []
        self.hover.hide()
        t = self._template
        if t is None:
            return
        selected = set(self.selected_areas())
        width = 3.0 if self.theme.high_contrast else 2.0
        ends: dict[tuple[str, int], list[str]] = {}
        for i, area in enumerate(t.areas):
            pts = self._series.get(area.key, [])
            if area.key not in selected or not pts:
                continue
            colour, dash, symbol = self.line_style(i)
            curve = pg.PlotDataItem(
                [timestamp(d) for d, _ in pts],
                [v for _, v in pts],
                pen=pg.mkPen(colour, width=width, style=dash),
                symbol=symbol,
                symbolSize=10,
                symbolBrush=pg.mkBrush(colour),
                symbolPen=pg.mkPen(self.theme.background, width=1),
                name=area.name,
                antialias=True,
            )
            item.addItem(curve)
            self._curves[area.key] = curve
            ends.setdefault(pts[-1], []).append(area.name)
        for (d, v), names in ends.items():  # one stacked label where lines end together
            label = pg.TextItem(color=self.theme.text, anchor=(0, 0.5))
            label.textItem.document().setDocumentMargin(LABEL_GAP)  # clear of the marker
            label.setText("\n".join(names))
            label.setPos(timestamp(d), v)
            item.addItem(label, ignoreBounds=True)
            self._labels.append(label)

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


def _band_brush(theme: ChartTheme, index: int, colour: str) -> QBrush:
    """A stage band: pale stage colour; in high contrast the star's alternating texture."""
    if theme.high_contrast:
        dots = mix(theme.text, theme.background, 0.45)  # quieter than the lines
        return QBrush(dots, STAGE_PATTERNS[index % 2])
    tint = QColor(colour)
    tint.setAlpha(48)
    return QBrush(tint)
