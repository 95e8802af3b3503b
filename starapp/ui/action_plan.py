"""The action plan on a person's page: the steps agreed, who does them and by when.

Overdue steps (still open after their date) are shown in bold with the word "Overdue"
in their status, so the warning never depends on colour alone. ``CarriedForward`` is
the short list of open steps the reading editor shows while the next reading is taken.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from starapp.core.actions import ActionOwner, ActionStatus, ActionStep
from starapp.core.errors import StarappError
from starapp.core.readings import Reading
from starapp.core.templates import StarTemplate
from starapp.ui.dates import display_date
from starapp.ui.ops import Ops, show_error
from starapp.ui.translation import tr as _tr

Index = QModelIndex | QPersistentModelIndex
STEP_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BACKGROUND = "#FDECEA"
CARRIED_SHOWN = 5


def area_name(template: StarTemplate | None, key: str) -> str:
    if template is not None:
        try:
            return template.area(key).name
        except KeyError:
            pass
    return key


def owner_text(step: ActionStep) -> str:
    """Who does it, in words: "The person", "The worker (Sam)", "Someone else (GP)"."""
    who = {
        ActionOwner.PERSON: _tr("The person"),
        ActionOwner.WORKER: _tr("The worker"),
        ActionOwner.OTHER: _tr("Someone else"),
    }[step.owner]
    return f"{who} ({step.owner_name})" if step.owner_name else who


def status_text(step: ActionStep, today: date) -> str:
    if step.is_overdue(today):
        return _tr("Overdue (open)")
    return {
        ActionStatus.OPEN: _tr("Open"),
        ActionStatus.DONE: _tr("Done"),
        ActionStatus.DROPPED: _tr("Dropped"),
    }[step.status]


class ActionPlanModel(QAbstractTableModel):
    COLUMNS = ("area", "what", "who", "due", "status", "agreed")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[ActionStep] = []
        self._template: StarTemplate | None = None
        self._reading_dates: dict[str, str] = {}
        self.today = date.today()
        self._headers = (
            self.tr("Area"),
            self.tr("What will be done"),
            self.tr("Who"),
            self.tr("By when"),
            self.tr("Status"),
            self.tr("Agreed at"),
        )

    def set_steps(
        self,
        steps: Sequence[ActionStep],
        template: StarTemplate | None,
        reading_dates: Mapping[str, str],
        today: date | None = None,
    ) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self._template = template
        self._reading_dates = dict(reading_dates)
        self.today = today or date.today()
        self.endResetModel()

    def steps(self) -> list[ActionStep]:
        return list(self._steps)

    def step(self, row: int) -> ActionStep:
        return self._steps[row]

    def overdue(self) -> list[ActionStep]:
        return [s for s in self._steps if s.is_overdue(self.today)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        column = self.COLUMNS[index.column()]
        overdue = step.is_overdue(self.today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(step, column)
            if role == Qt.ItemDataRole.ToolTipRole and column == "agreed" and text:
                return self.tr("Agreed at the reading of {date}").format(date=text)
            return text
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QColor(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QColor("#000000")  # dark text on the pale band in any theme
        if role == STEP_ROLE:
            return step.id
        if role == OVERDUE_ROLE:
            return overdue
        return None

    def _text(self, step: ActionStep, column: str) -> str:
        if column == "area":
            return area_name(self._template, step.area_key)
        if column == "what":
            notes = " ".join(step.notes.split())
            return (
                f"{step.description}\n" + self.tr("Notes:") + f" {notes}"
                if notes
                else step.description
            )
        if column == "who":
            return owner_text(step)
        if column == "due":
            return display_date(step.due_on) or self.tr("No date")
        if column == "status":
            return status_text(step, self.today)
        taken = self._reading_dates.get(step.reading_id or "")
        return display_date(taken) if taken else ""


class ActionPlanPanel(QWidget):
    """The steps table with Add, Edit, Mark done and Delete."""

    summaryChanged = Signal(str)  # e.g. "Action plan · 1 overdue" for a tab title

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._person_id = ""
        self._template: StarTemplate | None = None
        self._readings: list[Reading] = []
        self.dialog: QWidget | None = None
        self.model = ActionPlanModel(self)
        self.summary = QLabel(objectName="actionSummary", wordWrap=True)
        self.table = QTableView(objectName="actionTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Action plan"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        em = self.fontMetrics().horizontalAdvance("M")
        header.resizeSection(0, em * 9)
        header.resizeSection(2, em * 9)
        self.table.doubleClicked.connect(lambda _i: self.edit_step())
        self.table.activated.connect(lambda _i: self.edit_step())
        self.add_button = QPushButton(self.tr("&Add step…"), objectName="addStep")
        self.edit_button = QPushButton(self.tr("Ed&it step…"), objectName="editStep")
        self.done_button = QPushButton(self.tr("&Mark done"), objectName="doneStep")
        self.delete_button = QPushButton(self.tr("Delete step…"), objectName="deleteStep")
        self.add_button.clicked.connect(self.add_step)
        self.edit_button.clicked.connect(self.edit_step)
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button.clicked.connect(self.delete_step)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.add_button, self.edit_button, self.done_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # --- showing --------------------------------------------------------------------

    def show_plan(
        self,
        person_id: str,
        steps: Sequence[ActionStep],
        template: StarTemplate | None,
        readings: Sequence[Reading],
        today: date | None = None,
    ) -> None:
        self._person_id = person_id
        self._template = template
        self._readings = list(readings)
        selected = self.selected_step()
        self.model.set_steps(steps, template, {r.id: r.taken_on for r in readings}, today)
        if selected is not None:
            for row, step in enumerate(self.model.steps()):
                if step.id == selected.id:
                    self.table.selectRow(row)
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        steps = self.model.steps()
        open_steps = [s for s in steps if s.status is ActionStatus.OPEN]
        overdue = self.model.overdue()
        if not steps:
            text = self.tr("No steps agreed yet. Add one with “Add step”.")
        else:
            text = self.tr("{open} open, {done} done").format(
                open=len(open_steps), done=sum(s.status is ActionStatus.DONE for s in steps)
            )
            if overdue:
                text += self.tr(" · {n} overdue").format(n=len(overdue))
        self.summary.setText(text)
        title = self.tr("Action p&lan")
        if overdue:
            title = self.tr("Action p&lan · {n} overdue").format(n=len(overdue))
        self.summaryChanged.emit(title)

    def selected_step(self) -> ActionStep | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.step(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        step = self.selected_step()
        self.add_button.setEnabled(bool(self._person_id) and self._template is not None)
        self.edit_button.setEnabled(step is not None)
        self.delete_button.setEnabled(step is not None)
        self.done_button.setEnabled(step is not None and step.status is ActionStatus.OPEN)

    # --- slots ------------------------------------------------------------------------

    def add_step(self) -> None:
        self._open_dialog(None)

    def edit_step(self) -> None:
        step = self.selected_step()
        if step is not None:
            self._open_dialog(step)

    def _open_dialog(self, step: ActionStep | None) -> None:
        if not self._person_id or self._template is None:
            return
        from starapp.ui.action_dialog import ActionDialog

        dialog = ActionDialog(
            self._ops, self._person_id, self._template, self._readings, step, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def mark_done(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        try:
            self._ops.update_action(step.id, status=ActionStatus.DONE)
        except StarappError as exc:
            show_error(self, exc)

    def confirm_delete(self, step: ActionStep) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete step"),
            self.tr(
                "Delete the step “{what}”? Use this for a step added by mistake; to stop "
                "working on a step, edit it and set its status to Dropped."
            ).format(what=step.description),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_step(self) -> None:
        step = self.selected_step()
        if step is None or not self.confirm_delete(step):
            return
        try:
            self._ops.delete_action(step.id)
        except StarappError as exc:
            show_error(self, exc)


class CarriedForward(QLabel):
    """Open steps from the action plan, shown in the editor while the next reading is
    taken (read-only; steps are changed on the person's page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carriedForward")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            "#carriedForward { border: 1px solid palette(mid); border-radius: 4px;"
            " padding: 4px 8px; }"
        )
        self.steps: list[ActionStep] = []
        self.hide()

    def show_steps(
        self,
        steps: Sequence[ActionStep],
        reading_id: str,
        template: StarTemplate | None,
        today: date | None = None,
    ) -> None:
        """Show the open steps not agreed at ``reading_id`` itself."""
        today = today or date.today()
        self.steps = [
            s for s in steps if s.status is ActionStatus.OPEN and s.reading_id != reading_id
        ]
        if not self.steps:
            self.hide()
            return
        overdue = sum(s.is_overdue(today) for s in self.steps)
        head = self.tr("Carried forward from the action plan: {n} open step(s)").format(
            n=len(self.steps)
        )
        if overdue:
            head += self.tr(", {n} overdue").format(n=overdue)
        lines = [head + ":"]
        for s in self.steps[:CARRIED_SHOWN]:
            due = display_date(s.due_on)
            line = f"• {area_name(template, s.area_key)}: {s.description} — {owner_text(s)}"
            if due:
                line += self.tr(", by {date}").format(date=due)
            if s.is_overdue(today):
                line += self.tr(" (OVERDUE)")
            lines.append(line)
        if len(self.steps) > CARRIED_SHOWN:
            lines.append(
                self.tr("…and {n} more on the person's page.").format(
                    n=len(self.steps) - CARRIED_SHOWN
                )
            )
        self.setText("\n".join(lines))
        self.show()
