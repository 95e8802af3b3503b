"""Consent in the window: recording a withdrawal, and "consent first" before a reading.

``record_withdrawal(parent, ops, person_id)`` asks when and how the person took their
consent back and records it (the consent given before stays on the record).
``ensure_consent(parent, ops, person_id)`` is called before a reading starts: when the
service requires consent and the person has none in force, it says so in one sentence
and offers to open the person's details to record it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from starapp.core.errors import StarappError
from starapp.core.people import CONTACT, KEEP_RECORD, SHARE_FIGURES, TEXT_MAX, Person, Withdrawal
from starapp.store.consent import ConsentRequired, allows_reading, withdraw_consent
from starapp.store.settings import load_settings
from starapp.ui.ops import Ops, show_error
from starapp.ui.translation import tr as _tr

_ISO = Qt.DateFormat.ISODate


def purpose_label(key: str) -> str:
    """What each consent purpose means, in the words shown beside its check box."""
    return {
        KEEP_RECORD: _tr("Keep their details and readings"),
        SHARE_FIGURES: _tr("Count them in anonymised figures for the service"),
        CONTACT: _tr("Contact them between meetings"),
    }[key]


def purpose_tooltip(key: str) -> str:
    return {
        KEEP_RECORD: _tr("Needed before a reading when the service asks for consent first"),
        SHARE_FIGURES: _tr("Numbers in service reports that never name them"),
        CONTACT: _tr("Phone calls, texts or letters between meetings"),
    }[key]


def withdrawal_text(person: Person) -> str:
    """One line about a withdrawal on the record, or "" when there is none."""
    consent = person.consent
    if consent.withdrawn_on is None:
        return ""
    when = QDate.fromString(consent.withdrawn_on, _ISO).toString("d MMM yyyy")
    text = _tr("Consent withdrawn on {date}").format(date=when)
    if consent.withdrawn_method:
        text += _tr(" ({how})").format(how=consent.withdrawn_method)
    if consent.withdrawn_reason:
        text += _tr(": {reason}").format(reason=consent.withdrawn_reason)
    if not consent.withdrawn:
        text += _tr(". Consent was given again on {date}.").format(
            date=QDate.fromString(consent.date or "", _ISO).toString("d MMM yyyy")
        )
    return text


class WithdrawalDialog(QDialog):
    """``exec()`` records the withdrawal; ``saved`` then holds the person as stored."""

    def __init__(self, ops: Ops, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.person = person
        self.saved: Person | None = None
        self.setWindowTitle(self.tr("Record withdrawal of consent"))
        self.setMinimumWidth(440)

        intro = QLabel(
            self.tr(
                "{ref} no longer agrees to what they consented to. Their details and "
                "readings stay as they are; to remove them as well, use Erase person."
            ).format(ref=person.reference),
            wordWrap=True,
        )
        self.date = QDateEdit(objectName="withdrawnOn", calendarPopup=True)
        self.date.setDisplayFormat("d MMM yyyy")
        if person.consent.date:
            self.date.setMinimumDate(QDate.fromString(person.consent.date, _ISO))
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Date consent was withdrawn"))
        self.date.setToolTip(self.tr("The day they told you they withdraw their consent"))
        self.method = QComboBox(objectName="withdrawnMethod", editable=True)
        self.method.addItems(
            [self.tr("In person"), self.tr("Phone call"), self.tr("Letter or email")]
        )
        self.method.setCurrentIndex(-1)
        self.method.lineEdit().setMaxLength(TEXT_MAX)
        self.method.setAccessibleName(self.tr("How they withdrew consent"))
        self.method.setToolTip(self.tr("How they told you: pick one or type your own"))
        self.reason = QLineEdit(objectName="withdrawnReason", maxLength=TEXT_MAX)
        self.reason.setPlaceholderText(self.tr("Optional, in their words"))
        self.reason.setAccessibleName(self.tr("Reason for withdrawing"))
        self.reason.setToolTip(self.tr("Optional: why, if they said"))

        form = QFormLayout()
        form.addRow(_buddy(self.tr("&Date"), self.date), self.date)
        form.addRow(_buddy(self.tr("&How"), self.method), self.method)
        form.addRow(_buddy(self.tr("&Reason"), self.reason), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record &withdrawal"))  # Alt+R is Reason
        self.ok_button.setToolTip(self.tr("Record that they withdrew their consent"))
        self.ok_button.setAccessibleName(self.tr("Record withdrawal"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without recording anything"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def withdrawal(self) -> Withdrawal:
        return Withdrawal(
            on=self.date.date().toString(_ISO),
            method=self.method.currentText().strip(),
            reason=self.reason.text().strip(),
        )

    def accept(self) -> None:
        try:
            self.saved = withdraw_consent(self._ops.store, self.person.id, self.withdrawal())
        except StarappError as exc:
            show_error(self, exc)
            return
        self._ops.changed.emit("person", self.person.id)
        super().accept()


def record_withdrawal(parent: QWidget | None, ops: Ops, person_id: str) -> Person | None:
    """Ask for and record a withdrawal; the person as stored, or None if cancelled."""
    try:
        person = ops.store.people.get(person_id)
    except StarappError as exc:
        show_error(parent, exc)
        return None
    dialog = WithdrawalDialog(ops, person, parent)
    dialog.exec()
    return dialog.saved


def ensure_consent(parent: QWidget | None, ops: Ops, person_id: str) -> bool:
    """True when a reading may start for the person. Otherwise explain why not and offer
    to record consent; True if it was recorded there and now allows the reading."""
    store = ops.store
    person = store.people.get(person_id)
    if not load_settings(store).require_consent or allows_reading(person):
        return True
    return explain_consent_required(parent, ops, ConsentRequired(person))


def explain_consent_required(parent: QWidget | None, ops: Ops, problem: ConsentRequired) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("consentRequired")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Consent needed first"))
    box.setText(str(problem))
    record = box.addButton(_tr("Record &consent…"), QMessageBox.ButtonRole.AcceptRole)
    record.setObjectName("recordConsent")
    record.setToolTip(_tr("Open their details to record their consent"))
    record.setAccessibleName(_tr("Record consent"))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setToolTip(_tr("No reading now"))
    box.setDefaultButton(record)
    box.setEscapeButton(cancel)
    box.exec()
    if box.clickedButton() is not record:
        return False
    return open_consent_details(parent, ops, problem.person_id)


def open_consent_details(parent: QWidget | None, ops: Ops, person_id: str) -> bool:
    """The person's details with the consent part in focus; True when consent now
    allows a reading."""
    from starapp.ui.person_dialog import PersonDialog

    dialog = PersonDialog(ops, ops.store.people.get(person_id), parent)
    dialog.consent_given.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
        return False
    return allows_reading(dialog.saved)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
