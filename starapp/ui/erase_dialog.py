"""Erasing a person for good, after typing their reference.

The dialog says plainly what happens (everything about them leaves this laptop, the
manager's copy follows after the next sync, it cannot be undone) and offers the subject
access export first. The Erase button only works once the reference is typed exactly as
shown. Erasing compacts the whole file (store/erasure.py), which can take a while on a
big file, so it runs on a worker thread with its own connection while a busy bar shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from starapp.core.people import Person
from starapp.ui.busy_dialog import BusyDialog
from starapp.ui.contrast import message_style
from starapp.ui.ops import Ops, show_error
from starapp.ui.pdf_output import escape


class EraseDialog(BusyDialog):
    """``erased`` is True once the person is gone (the dialog then closes itself)."""

    def __init__(self, ops: Ops, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self._ops = ops
        self.person = person
        self.erased = False
        self.setWindowTitle(self.tr("Erase {reference}").format(reference=person.reference))

        heading = QLabel(
            self.tr("Erase {reference} for good?").format(reference=person.reference),
            objectName="eraseHeading",
        )
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        points = [
            self.tr(
                "Everything about this person is removed from this laptop: their details, "
                "consent, every reading with its scores and notes, and their action plan."
            ),
            self.tr("The manager's copy erases them too, after the next sync."),
            self.tr("<b>This cannot be undone.</b>"),
        ]
        explain = QLabel(
            "<ul style='margin-left: -20px'>"
            + "".join(f"<li style='margin-bottom: 4px'>{p}</li>" for p in points)
            + "</ul>",
            objectName="eraseExplanation",
            wordWrap=True,
        )
        explain.setTextFormat(Qt.TextFormat.RichText)
        access = QLabel(
            self.tr(
                "If they asked for a copy of what is held about them, export it before erasing."
            ),
            wordWrap=True,
        )
        self.export_button = QPushButton(
            self.tr("E&xport everything about them first…"), objectName="exportFirst"
        )
        self.export_button.setAccessibleName(self.tr("Export everything about them first"))
        self.export_button.setToolTip(
            self.tr("Save a PDF and a JSON file of everything held about this person")
        )
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self._export_first)

        prompt = QLabel(
            self.tr("To confirm, type their reference <b>{reference}</b> exactly as shown:").format(
                reference=escape(person.reference)
            ),
            wordWrap=True,
        )
        prompt.setTextFormat(Qt.TextFormat.RichText)
        self.confirm = QLineEdit(objectName="confirmReference")
        self.confirm.setAccessibleName(self.tr("Type the person's reference to confirm"))
        self.confirm.setToolTip(
            self.tr("The Erase button works once this matches the reference, capitals included")
        )
        prompt.setBuddy(self.confirm)
        self.confirm.textChanged.connect(self._update_button)
        self.confirm.returnPressed.connect(self.erase)
        self.mismatch = QLabel(objectName="eraseMismatch", wordWrap=True)
        self.mismatch.setStyleSheet(message_style(self, error=True))
        self.mismatch.hide()

        self.progress_label = QLabel(
            self.tr("Erasing and tidying the data file. This can take a minute; please wait."),
            objectName="eraseProgressLabel",
            wordWrap=True,
        )
        self.progress = QProgressBar(objectName="eraseProgress")
        self.progress.setRange(0, 0)  # busy: VACUUM gives no progress
        self.progress.setAccessibleName(self.tr("Erasing"))
        self.progress.setToolTip(self.tr("Erasing and tidying the data file"))
        self.progress_label.hide()
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAccessibleName(self.tr("Erase this person for good"))
        self.erase_button.setToolTip(self.tr("Type the reference above first"))
        self.erase_button.setAutoDefault(False)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel: keep this person"))
        self.cancel_button.setToolTip(self.tr("Close without erasing anything (Esc)"))
        self.cancel_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(access)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.setTabOrder(self.confirm, self.erase_button)
        self.setTabOrder(self.erase_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.export_button)
        self.confirm.setFocus()

    def matches(self) -> bool:
        """The typed text is the reference: capitals count, spaces around do not."""
        return self.confirm.text().strip() == self.person.reference

    def _update_button(self) -> None:
        ok = self.matches()
        if ok:
            self.mismatch.hide()
        self.erase_button.setEnabled(ok and not self.busy)
        self.erase_button.setToolTip(
            self.tr("Erase everything about this person from this laptop")
            if ok
            else self.tr("Type the reference above first")
        )

    def erase(self) -> None:
        if self.busy or not self.matches():
            return
        self._set_busy(True)
        person_id, reference = self.person.id, self.person.reference
        self._ops.run_on_own_connection(
            lambda store: store.people.erase(person_id, confirm_reference=reference),
            self._done,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.confirm, self.export_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.progress_label.setVisible(busy)
        self.progress.setVisible(busy)
        self._update_button()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.erased = True
        self._ops.changed.emit("person", self.person.id)  # lists and the person page refresh
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self, exc)

    def _export_first(self) -> None:
        from starapp.ui.subject_access_export import subject_access_dialog

        subject_access_dialog(self, self._ops, self.person.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.matches():
            # Enter neither erases nor closes until the reference is typed: say why.
            self.mismatch.setText(
                self.tr(
                    "That does not match {reference} yet. Type it exactly, capitals included."
                ).format(reference=self.person.reference)
            )
            self.mismatch.show()
            return
        super().keyPressEvent(event)


def erase_person_dialog(parent: QWidget | None, ops: Ops, person_id: str) -> EraseDialog | None:
    """Open the erase dialog for one person (window-modal); None if they are not here."""
    try:
        person = ops.store.people.get(person_id)
    except Exception as exc:
        show_error(parent, exc)
        return None
    dialog = EraseDialog(ops, person, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
