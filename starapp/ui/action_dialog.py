"""Add or edit one action plan step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from starapp.core.actions import ActionOwner, ActionStatus, ActionStep
from starapp.core.errors import StarappError
from starapp.core.readings import Reading
from starapp.core.templates import StarTemplate
from starapp.ui.action_plan import area_name
from starapp.ui.dates import DISPLAY_FORMAT, display_date
from starapp.ui.ops import Ops, show_error


class ActionDialog(QDialog):
    def __init__(
        self,
        ops: Ops,
        person_id: str,
        template: StarTemplate,
        readings: Sequence[Reading],
        step: ActionStep | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._person_id = person_id
        self._step = step
        self.saved: ActionStep | None = None
        self.setWindowTitle(self.tr("Add a step") if step is None else self.tr("Edit step"))

        self.area = QComboBox(objectName="stepArea")
        for area in template.areas:
            self.area.addItem(area.name, area.key)
        if step is not None and self.area.findData(step.area_key) < 0:
            self.area.addItem(area_name(template, step.area_key), step.area_key)

        self.what = QLineEdit(objectName="stepWhat")
        self.what.setPlaceholderText(self.tr("For example: ring the housing office about repairs"))
        self.who = QComboBox(objectName="stepWho")
        self.who.addItem(self.tr("The person"), ActionOwner.PERSON)
        self.who.addItem(self.tr("The worker"), ActionOwner.WORKER)
        self.who.addItem(self.tr("Someone else"), ActionOwner.OTHER)
        self.who_name = QLineEdit(objectName="stepWhoName")
        self.who_name.setPlaceholderText(self.tr("Name (optional)"))
        self.who_name.setAccessibleName(self.tr("Name of who will do it"))
        self.who_name.setToolTip(self.tr("The name of who will do it, if it helps to say"))
        who_row = QHBoxLayout()
        who_row.addWidget(self.who)
        who_row.addWidget(self.who_name, 1)

        self.has_due = QCheckBox(self.tr("Set a date:"), objectName="stepHasDue")
        self.due = QDateEdit(objectName="stepDue", calendarPopup=True)
        self.due.setDisplayFormat(DISPLAY_FORMAT)
        self.due.setDate(QDate.currentDate().addDays(28))
        self.due.setAccessibleName(self.tr("Date the step should be done by"))
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)

        self.status = QComboBox(objectName="stepStatus")
        self.status.addItem(self.tr("Open"), ActionStatus.OPEN)
        self.status.addItem(self.tr("Done"), ActionStatus.DONE)
        self.status.addItem(self.tr("Dropped"), ActionStatus.DROPPED)

        self.reading = QComboBox(objectName="stepReading")
        self.reading.addItem(self.tr("Not linked to a reading"), None)
        for r in reversed(readings):
            label = display_date(r.taken_on)
            if not r.is_final:
                label = self.tr("{date} (draft in progress)").format(date=label)
            self.reading.addItem(label, r.id)

        self.notes = QPlainTextEdit(objectName="stepNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)

        form = QFormLayout()
        form.addRow(self.tr("&Area:"), self.area)
        form.addRow(self.tr("&What will be done:"), self.what)
        who_label = QLabel(self.tr("W&ho will do it:"))
        who_label.setBuddy(self.who)
        due_label = QLabel(self.tr("&By when:"))
        due_label.setBuddy(self.has_due)
        form.addRow(who_label, who_row)
        form.addRow(due_label, due_row)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Agreed at &reading:"), self.reading)
        form.addRow(self.tr("&Notes:"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if step is None:
            self.has_due.setChecked(False)
            self.due.setEnabled(False)
            self.status.setEnabled(False)
            self.status.setToolTip(self.tr("A new step starts open."))
            self.reading.setCurrentIndex(1 if readings else 0)  # the latest reading
        else:
            self._show(step)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _show(self, step: ActionStep) -> None:
        self.area.setCurrentIndex(self.area.findData(step.area_key))
        self.what.setText(step.description)
        self.who.setCurrentIndex(self.who.findData(step.owner))
        self.who_name.setText(step.owner_name)
        self.has_due.setChecked(step.due_on is not None)
        self.due.setEnabled(step.due_on is not None)
        if step.due_on:
            self.due.setDate(QDate.fromString(step.due_on, Qt.DateFormat.ISODate))
        self.status.setCurrentIndex(self.status.findData(step.status))
        index = self.reading.findData(step.reading_id) if step.reading_id else 0
        if index < 0:
            self.reading.addItem(self.tr("An earlier reading"), step.reading_id)
            index = self.reading.count() - 1
        self.reading.setCurrentIndex(index)
        self.reading.setEnabled(False)  # where a step was agreed does not change
        self.notes.setPlainText(step.notes)

    def values(self) -> dict[str, object]:
        due = self.due.date().toString(Qt.DateFormat.ISODate) if self.has_due.isChecked() else None
        return {
            "area_key": self.area.currentData(),
            "description": self.what.text(),
            "owner": self.who.currentData(),
            "owner_name": self.who_name.text(),
            "due_on": due,
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        values = self.values()
        try:
            if self._step is None:
                key = values.pop("area_key")
                what = values.pop("description")
                self.saved = self._ops.add_action(
                    self._person_id,
                    str(key),
                    str(what),
                    reading_id=self.reading.currentData(),
                    **values,
                )
            else:
                self.saved = self._ops.update_action(
                    self._step.id, status=self.status.currentData(), **values
                )
        except StarappError as exc:
            show_error(self, exc)
            return
        self.accept()
