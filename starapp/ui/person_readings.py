"""A person's readings on their page: the list (latest first) and the draft banners.

The list sits beside the page's tabs and asks for only the width its columns need;
each draft still in progress gets a banner above both, with a "Continue" button, so a
half-taken reading is never forgotten. Both say what the user wants by signals; the
page decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from starapp.core.readings import Reading, ReadingKind
from starapp.ui.dates import display_date

_ID_ROLE = Qt.ItemDataRole.UserRole


class ReadingsPanel(QWidget):
    newRequested = Signal()
    openRequested = Signal(str)  # reading id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Readings"))
        heading_font = QFont(heading.font())
        heading_font.setBold(True)
        heading.setFont(heading_font)
        self.new_reading_button = QPushButton(self.tr("&New reading"), objectName="newReading")
        self.new_reading_button.clicked.connect(self.newRequested)
        self.list = QTreeWidget(objectName="readingsList")
        self.list.setAccessibleName(self.tr("Readings"))
        self.list.setToolTip(self.tr("Latest first; Enter or a double-click opens a reading"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Worker"), self.tr("Status"), ""]
        )
        self.list.headerItem().setToolTip(4, self.tr("Whether the reading was corrected"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(self._open_item)
        row = QHBoxLayout()
        row.addWidget(heading, 1)
        row.addWidget(self.new_reading_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)

    def show_readings(self, readings: list[Reading]) -> None:
        kinds = {
            ReadingKind.FIRST: self.tr("First"),
            ReadingKind.REVIEW: self.tr("Review"),
            ReadingKind.EXIT: self.tr("Exit"),
        }
        self.list.clear()
        for reading in reversed(readings):
            item = QTreeWidgetItem(
                [
                    display_date(reading.taken_on),
                    kinds[reading.kind],
                    reading.worker,
                    self.tr("Final") if reading.is_final else self.tr("Draft"),
                    self.tr("Amended") if reading.amends else "",
                ]
            )
            item.setData(0, _ID_ROLE, reading.id)
            if not reading.is_final:
                font = QFont(self.list.font())
                font.setBold(True)
                for column in range(5):
                    item.setFont(column, font)
            self.list.addTopLevelItem(item)
        if readings:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def fit_columns(self) -> int:
        """Fit the columns to their text; returns the width the list needs to show them."""
        tree = self.list
        fm = tree.fontMetrics()
        pad = fm.horizontalAdvance("M")
        for column in (0, 1, 3, 4):
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, tree.columnWidth(column) + pad)
        worker = max(
            [fm.horizontalAdvance("Worker") * 3 // 2]
            + [
                fm.horizontalAdvance(tree.topLevelItem(i).text(2))
                for i in range(tree.topLevelItemCount())
            ]
        )
        wanted = sum(tree.columnWidth(c) for c in (0, 1, 3, 4)) + worker + pad * 3
        return wanted + tree.verticalScrollBar().sizeHint().width() + 2 * tree.frameWidth()

    def _open_item(self, item: QTreeWidgetItem) -> None:
        self.openRequested.emit(item.data(0, _ID_ROLE))


class DraftBanners(QVBoxLayout):
    """A layout, not a widget, so that with no drafts it takes no room on the page."""

    continueRequested = Signal(str)  # reading id

    def __init__(self) -> None:
        super().__init__()
        self.setSpacing(4)

    def show_drafts(self, drafts: list[Reading]) -> None:
        while self.count():
            item = self.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for draft in drafts:
            self.addWidget(self._banner(draft))

    def _banner(self, draft: Reading) -> QFrame:
        banner = QFrame(objectName="draftBanner")
        banner.setStyleSheet(
            "#draftBanner { background: #fff4ce; border: 1px solid #e0b100; border-radius: 4px; }"
            "#draftBanner QLabel { color: #3d3000; }"
        )
        text = self.tr("Draft in progress — started {date}").format(
            date=display_date(draft.taken_on)
        )
        if draft.worker:
            text += self.tr(" by {worker}").format(worker=draft.worker)
        label = QLabel(text, wordWrap=True)
        label_font = QFont(label.font())
        label_font.setBold(True)
        label.setFont(label_font)
        button = QPushButton(self.tr("Continue"), objectName="continueDraft")
        button.clicked.connect(lambda: self.continueRequested.emit(draft.id))
        layout = QHBoxLayout(banner)
        layout.addWidget(label, 1)
        layout.addWidget(button)
        return banner
