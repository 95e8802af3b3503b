""" "Distance travelled": each area's first and latest score, the change and the stages.

The figures come from ``core.reports.distance_travelled``; this module only shows
them. Everything is said in words ("Yes, up a stage", "n/a"), so nothing relies on
colour. Areas marked not applicable are shown as such and left out of the averages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from starapp.core.report_figures import NA
from starapp.core.reports import DistanceRow, DistanceTravelled
from starapp.ui.dates import display_date
from starapp.ui.numbers import number

Index = QModelIndex | QPersistentModelIndex
AREA_ROLE = Qt.ItemDataRole.UserRole


def change_text(change: int | None) -> str:
    return "" if change is None else number(change, signed=True, decimals=0)


def mean_text(value: float | None, signed: bool = False) -> str:
    return "" if value is None else number(value, signed, decimals=1)


class DistanceModel(QAbstractTableModel):
    """One row per area and a last row with the averages."""

    COLUMNS = ("area", "first", "latest", "change", "first_stage", "latest_stage", "moved_up")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._d: DistanceTravelled | None = None
        self._headers = (
            self.tr("Area"),
            self.tr("First"),
            self.tr("Latest"),
            self.tr("Change"),
            self.tr("Stage at first"),
            self.tr("Stage at latest"),
            self.tr("Moved up a stage?"),
        )

    def set_distance(self, distance: DistanceTravelled | None) -> None:
        self.beginResetModel()
        self._d = distance
        self.endResetModel()

    def distance(self) -> DistanceTravelled | None:
        return self._d

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._d is None or not self._d.rows:
            return 0
        return len(self._d.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def is_average_row(self, row: int) -> bool:
        return self._d is not None and row == len(self._d.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._d is None:
            return None
        column = self.COLUMNS[index.column()]
        average = self.is_average_row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if average:
                return self._average_text(column)
            return self._row_text(self._d.rows[index.row()], column)
        if role == Qt.ItemDataRole.FontRole and average:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("first", "latest", "change"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == AREA_ROLE:
            return None if average else self._d.rows[index.row()].area_key
        if role == Qt.ItemDataRole.ToolTipRole and not average:
            return self._row_tip(self._d.rows[index.row()])
        return None

    def _row_text(self, row: DistanceRow, column: str) -> str:
        if column == "area":
            return row.area_name
        if column in ("first", "latest"):
            value = row.first if column == "first" else row.latest
            if value == NA:
                return self.tr("n/a")
            return self.tr("not scored") if value is None else str(value)
        if column == "change":
            return change_text(row.change)
        if column in ("first_stage", "latest_stage"):
            value = row.first if column == "first_stage" else row.latest
            stage = row.first_stage if column == "first_stage" else row.latest_stage
            return self.tr("n/a") if value == NA else stage
        if row.moved_up_stage is None:
            if NA in (row.first, row.latest):
                return self.tr("n/a — left out")
            if self._d is not None and self._d.readings < 2:
                return self.tr("Only one reading")
            return self.tr("Not compared")
        if row.moved_up_stage:
            return self.tr("Yes, up a stage")
        if row.latest_stage == row.first_stage:
            return self.tr("No, same stage")
        return self.tr("No, a lower stage")

    def _average_text(self, column: str) -> str:
        d = self._d
        assert d is not None
        if column == "area":
            return self.tr("Average ({n} areas compared)").format(n=d.areas_compared)
        if column == "first":
            return mean_text(d.mean_first)
        if column == "latest":
            return mean_text(d.mean_latest)
        if column == "change":
            return mean_text(d.mean_change, signed=True)
        if column == "moved_up":
            return self.tr("{up} of {n} areas").format(up=d.areas_up_stage, n=d.areas_compared)
        return ""

    def _row_tip(self, row: DistanceRow) -> str:
        if NA in (row.first, row.latest):
            return self.tr("Marked not applicable, so left out of the averages.")
        if row.change is None:
            return self.tr("Needs a score at both the first and the latest reading.")
        return ""


class DistanceTable(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(objectName="distanceCaption", wordWrap=True)
        self.model = DistanceModel(self)
        self.view = QTableView(objectName="distanceTable")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setAccessibleName(self.tr("Distance travelled"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)

    def set_distance(self, distance: DistanceTravelled | None) -> None:
        self.model.set_distance(distance)
        if distance is None or distance.readings == 0:
            self.caption.setText(self.tr("No finished readings yet."))
        elif distance.readings == 1:
            self.caption.setText(
                self.tr(
                    "One reading so far ({date}). The change shows once there is a second."
                ).format(date=display_date(distance.first_date))
            )
        else:
            self.caption.setText(
                self.tr(
                    "From the first reading ({first}) to the latest ({latest}), "
                    "{n} readings. Areas marked n/a are left out of the averages."
                ).format(
                    first=display_date(distance.first_date),
                    latest=display_date(distance.latest_date),
                    n=distance.readings,
                )
            )
