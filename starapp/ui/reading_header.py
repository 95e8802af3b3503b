"""The reading editor's header: who, which template, when, by whom, and its history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from starapp.core.readings import Participation, Reading, ReadingKind
from starapp.ui.new_reading_dialog import (
    WORKER_MAX,
    fill_combo,
    kind_labels,
    participation_labels,
)


class ReadingHeader(QWidget):
    detailsEdited = Signal(dict)  # {"taken_on"|"worker"|"kind"|"participation": value}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 1.0) * 1.3)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.template = QLabel()
        self.template.setWordWrap(True)
        self.template.setTextFormat(Qt.TextFormat.PlainText)

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(QDate(1990, 1, 1))
        self.worker = QLineEdit()
        self.worker.setMaxLength(WORKER_MAX)
        self.worker.setPlaceholderText(self.tr("Worker's name"))
        self.worker.setMinimumWidth(self.worker.fontMetrics().averageCharWidth() * 16)
        self.kind = QComboBox()
        fill_combo(self.kind, kind_labels(), ReadingKind.REVIEW)
        self.participation = QComboBox()
        fill_combo(self.participation, participation_labels(), Participation.JOINT)

        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.history.hide()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)

        self._fields = QGridLayout()
        self._fields.setHorizontalSpacing(8)
        self._pairs: list[tuple[QLabel, QWidget]] = []
        for text, widget in (
            (self.tr("&Date:"), self.date),
            (self.tr("&Worker:"), self.worker),
            (self.tr("&Kind:"), self.kind),
            (self.tr("Who took &part:"), self.participation),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            self._pairs.append((label, widget))
        self._per_row = 0
        self._arrange(len(self._pairs))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.template)
        layout.addLayout(self._fields)
        layout.addWidget(self.history)

        self.date.dateChanged.connect(self._date_edited)
        self.worker.textEdited.connect(lambda text: self.detailsEdited.emit({"worker": text}))
        self.kind.activated.connect(
            lambda _i: self.detailsEdited.emit({"kind": self.kind.currentData()})
        )
        self.participation.activated.connect(
            lambda _i: self.detailsEdited.emit({"participation": self.participation.currentData()})
        )
        self._loading = False

    def fields(self) -> list[QWidget]:
        return [self.date, self.worker, self.kind, self.participation]

    def show_reading(self, reading: Reading, person: str, template: str) -> None:
        self._loading = True
        try:
            self.title.setText(person)
            self.template.setText(self.tr("Template: {name}").format(name=template))
            self.date.setMaximumDate(max(QDate.currentDate(), _qdate(reading.taken_on)))
            self.date.setDate(_qdate(reading.taken_on))
            if self.worker.text() != reading.worker:
                self.worker.setText(reading.worker)
            self.kind.setCurrentIndex(max(0, self.kind.findData(reading.kind)))
            self.participation.setCurrentIndex(
                max(0, self.participation.findData(reading.participation))
            )
        finally:
            self._loading = False

    def set_editable(self, editable: bool) -> None:
        self.date.setReadOnly(not editable)
        self.date.setCalendarPopup(editable)
        self.date.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.UpDownArrows
            if editable
            else QAbstractSpinBox.ButtonSymbols.NoButtons
        )
        self.worker.setReadOnly(not editable)
        self.kind.setEnabled(editable)
        self.participation.setEnabled(editable)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_history(self, lines: list[str]) -> None:
        self.history.setText("\n".join(lines))
        self.history.setVisible(bool(lines))

    # --- layout: the detail fields wrap onto more rows when the window is narrow ---------

    def _arrange(self, per_row: int) -> None:
        if per_row == self._per_row:
            return
        self._per_row = per_row
        grid = self._fields
        for label, widget in self._pairs:
            grid.removeWidget(label)
            grid.removeWidget(widget)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        for i, (label, widget) in enumerate(self._pairs):
            row, col = divmod(i, per_row)
            grid.addWidget(label, row, 2 * col, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row, 2 * col + 1)
        grid.setColumnStretch(2 * per_row, 1)  # fields keep their natural width
        self.setMinimumWidth(self._width_for(1))

    def _width_for(self, per_row: int) -> int:
        """Width the detail fields need with ``per_row`` pairs side by side."""
        spacing = self._fields.horizontalSpacing()
        total = 0
        for col in range(per_row):
            pairs = self._pairs[col::per_row]
            total += max(label.sizeHint().width() for label, _ in pairs)
            total += max(self._field_width(widget) for _, widget in pairs)
            total += 2 * spacing
        return total

    def _field_width(self, widget: QWidget) -> int:
        if widget is self.worker:  # a name can shrink to its minimum; combos cannot
            return widget.minimumWidth()
        return widget.sizeHint().width()

    def _rearrange(self) -> None:
        width = self.width()
        per_row = next((n for n in (len(self._pairs), 2) if self._width_for(n) <= width), 1)
        self._arrange(per_row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rearrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._per_row = 0
            self._rearrange()

    def _date_edited(self, date: QDate) -> None:
        if not self._loading and not self.date.isReadOnly():
            self.detailsEdited.emit({"taken_on": date.toString(Qt.DateFormat.ISODate)})


def _qdate(iso: str) -> QDate:
    return QDate.fromString(iso, Qt.DateFormat.ISODate)


def detail_kwargs(details: dict[str, Any]) -> dict[str, Any]:
    """Header edits as ``update_details`` keyword arguments (enums restored)."""
    out = dict(details)
    if "kind" in out:
        out["kind"] = ReadingKind(out["kind"])
    if "participation" in out:
        out["participation"] = Participation(out["participation"])
    return out
