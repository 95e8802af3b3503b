"""The Reports page's table of figures per area for one template section.

One row per area and a bold "All areas" row last: people compared, mean first and
latest score, the change, and the shares who moved up a point, up a stage, stayed or
moved down. Each column header has a tooltip saying what it counts; the definitions
under the table say how.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from starapp.core.report_figures import TemplateSection
from starapp.ui.numbers import number, percent


class AreaFiguresTable(QTableView):
    """Read-only; its model, ``figures``, holds the text shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="areaTable")
        self.figures = QStandardItemModel(self)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.setAccessibleName(self.tr("Areas"))
        self.setToolTip(self.tr("The report's figures for each area"))
        self.setModel(self.figures)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)

    def show_section(self, section: TemplateSection | None) -> None:
        """The figures of ``section``; empty (no columns either) for None."""
        model = self.figures
        model.clear()
        if section is None:
            return
        headers = [
            self.tr("Area"),
            self.tr("Compared"),
            self.tr("First"),
            self.tr("Latest"),
            self.tr("Change"),
            self.tr("Up 1+ pt"),
            self.tr("Up stage"),
            self.tr("Stayed"),
            self.tr("Down"),
        ]
        tips = [
            "",
            self.tr("People with a score in this area at their first and latest reading"),
            self.tr("Mean score at the first reading"),
            self.tr("Mean score at the latest reading"),
            self.tr("Mean latest minus mean first"),
            self.tr("Share who moved up at least one point"),
            self.tr("Share who moved up at least one stage"),
            self.tr("Share with the same score"),
            self.tr("Share who moved down at least one point"),
        ]
        model.setHorizontalHeaderLabels(headers)
        for i, tip in enumerate(tips):
            model.horizontalHeaderItem(i).setToolTip(tip)
        for a in (*section.areas, section.overall):
            cells = [
                a.name,
                str(a.compared),
                number(a.mean_first),
                number(a.mean_latest),
                number(a.mean_change, True),
                percent(a.up_point, a.compared),
                percent(a.up_stage, a.compared),
                percent(a.stayed, a.compared),
                percent(a.down_point, a.compared),
            ]
            items = []
            for i, text in enumerate(cells):
                item = QStandardItem(text)
                if i:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if a is section.overall:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                items.append(item)
            model.appendRow(items)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i in range(1, len(headers)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
