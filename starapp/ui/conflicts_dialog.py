"""Conflicts found on import, shown side by side (read-only), with an explanation.

starapp never overwrites a record changed on two laptops: the version already in this
file is kept and the other laptop's is stored beside it. Here a manager compares them;
to take the other version they edit the person (or step) to match, then choose "Keep
the version here" to close the conflict.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from starapp.store.conflicts import Conflict, keep_local, open_conflicts
from starapp.ui.dates import display_date
from starapp.ui.ops import Ops, show_error

PERSON_FIELDS = (
    "reference", "name", "date_of_birth", "project", "key_worker", "consent_given",
    "consent_date", "consent_method", "consent_note", "archived", "updated_at",
)  # fmt: skip
ACTION_FIELDS = (
    "description", "area_key", "owner", "owner_name", "due_on", "status", "notes", "updated_at",
)  # fmt: skip
YES_NO_FIELDS = ("consent_given", "archived")


class ConflictsDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts to look at"))
        self._ops = ops
        self._conflicts: list[Conflict] = []

        self.list = QListWidget(objectName="conflictsList")
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.explanation = QLabel(objectName="conflictExplanation", wordWrap=True)
        self.compare = QTableWidget(0, 3, objectName="conflictCompare")
        self.compare.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.compare.setHorizontalHeaderLabels(
            [self.tr("Detail"), self.tr("In this file (kept)"), self.tr("From the other laptop")]
        )
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.verticalHeader().setVisible(False)
        header = self.compare.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr("There are no conflicts to look at."), objectName="noConflicts", wordWrap=True
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.keep = self.buttons.addButton(
            self.tr("&Keep the version here"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.keep.setObjectName("keepLocal")
        self.keep.setToolTip(self.tr("Close this conflict; the record stays as it is in this file"))
        self.buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.explanation)
        right.addWidget(self.compare, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 2)
        columns.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 420)

        self.list.currentRowChanged.connect(self._show)
        self.keep.clicked.connect(self._keep_local)
        self.reload()

    def reload(self) -> None:
        row = max(0, self.list.currentRow())
        self._conflicts = open_conflicts(self._ops.store)
        self.list.clear()
        for c in self._conflicts:
            self.list.addItem(QListWidgetItem(self._title(c)))
        has_any = bool(self._conflicts)
        self.empty.setVisible(not has_any)
        for w in (self.list, self.explanation, self.compare):
            w.setEnabled(has_any)
        if has_any:
            self.list.setCurrentRow(min(row, len(self._conflicts) - 1))
        else:
            self._show(-1)

    def _title(self, c: Conflict) -> str:
        rec = c.incoming or c.local
        if c.entity == "person":
            who = rec.get("reference", "")
            if rec.get("name"):
                who = f"{who} ({rec['name']})"
            what = self.tr("Person {who}").format(who=who)
        else:
            what = self.tr("Action step: {text}").format(text=rec.get("description", "")[:40])
        how = (
            self.tr("changed on two laptops")
            if c.kind == "concurrent_edit"
            else self.tr("same reference as another person")
        )
        return f"{what}: {how}"

    def _show(self, row: int) -> None:
        self.keep.setEnabled(0 <= row < len(self._conflicts))
        if not 0 <= row < len(self._conflicts):
            self.explanation.clear()
            self.compare.setRowCount(0)
            return
        c = self._conflicts[row]
        when = display_date(c.detected_at)
        if c.kind == "concurrent_edit":
            text = self.tr(
                "This record was changed on two laptops before either knew of the other's "
                "change (found on {when}). starapp kept the version already in this file and "
                "stored the other laptop's version beside it, so nothing was lost. Compare "
                "them below. If the other version is right, edit the record to match, then "
                "choose “Keep the version here” to close this conflict."
            )
        else:
            text = self.tr(
                "Two different people were given the same reference on different laptops "
                "(found on {when}). Both people are kept; the one that arrived last had “~” and "
                "part of its id added to its reference. Give one of them a new reference, then "
                "choose “Keep the version here” to close this conflict."
            )
        self.explanation.setText(text.format(when=when))
        fields = PERSON_FIELDS if c.entity == "person" else ACTION_FIELDS
        self.compare.setRowCount(len(fields))
        bold = QFont(self.compare.font())
        bold.setBold(True)
        for i, name in enumerate(fields):
            ours, theirs = _value(c.local, name), _value(c.incoming, name)
            cells = [self._label(name), ours, theirs]
            for col, text_ in enumerate(cells):
                item = QTableWidgetItem(text_)
                if ours != theirs:
                    item.setFont(bold)
                self.compare.setItem(i, col, item)
        self.compare.resizeRowsToContents()

    def _label(self, field: str) -> str:
        labels = {
            "reference": self.tr("Reference"),
            "name": self.tr("Name"),
            "date_of_birth": self.tr("Date of birth"),
            "project": self.tr("Project"),
            "key_worker": self.tr("Key worker"),
            "consent_given": self.tr("Consent given"),
            "consent_date": self.tr("Consent date"),
            "consent_method": self.tr("Consent method"),
            "consent_note": self.tr("Consent note"),
            "archived": self.tr("Archived"),
            "updated_at": self.tr("Last changed"),
            "description": self.tr("Step"),
            "area_key": self.tr("Area"),
            "owner": self.tr("Who does it"),
            "owner_name": self.tr("Name of who does it"),
            "due_on": self.tr("Due"),
            "status": self.tr("Status"),
            "notes": self.tr("Notes"),
        }
        return labels.get(field, field)

    def _keep_local(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._conflicts):
            return
        conflict = self._conflicts[row]
        try:
            keep_local(self._ops.store, conflict.id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)


def _value(record: dict[str, Any], field: str) -> str:
    value = record.get(field)
    if field in YES_NO_FIELDS:
        if value is None:
            return ""
        if value:
            return QCoreApplication.translate("ConflictsDialog", "yes")
        return QCoreApplication.translate("ConflictsDialog", "no")
    if field == "updated_at" and value:
        return display_date(str(value))
    return "" if value is None else str(value)
