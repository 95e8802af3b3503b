"""Add or edit a person: reference, name, date of birth, project, key worker, consent
(given or not, when, how, for what; a withdrawal is recorded from here too)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from starapp.core.errors import StarappError, ValidationError
from starapp.core.people import (
    CONSENT_PURPOSES,
    KEEP_RECORD,
    REFERENCE_MAX,
    TEXT_MAX,
    Consent,
    Person,
    PersonDraft,
)
from starapp.ui.consent_dialog import (
    purpose_label,
    purpose_tooltip,
    record_withdrawal,
    withdrawal_text,
)
from starapp.ui.contrast import message_style
from starapp.ui.ops import Ops, error_text, show_error

_ISO = Qt.DateFormat.ISODate
_EARLIEST_BIRTH = QDate(1900, 1, 1)
_UNKNOWN_DAY = _EARLIEST_BIRTH.addDays(-1)  # shown blank while "Not known" is ticked


class PersonDialog(QDialog):
    """``exec()`` saves through ``ops``; ``saved`` then holds the person as stored."""

    def __init__(self, ops: Ops, person: Person | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._person = person
        self.saved: Person | None = None
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add a person"))
        self.setMinimumWidth(460)

        self.reference = QLineEdit(objectName="reference", maxLength=REFERENCE_MAX)
        self.reference.setPlaceholderText(self.tr("A code, not a name, e.g. NS-0142"))
        self.reference_error = QLabel(objectName="referenceError", wordWrap=True)
        self.reference_error.setStyleSheet(message_style(self, error=True))
        self.reference_error.hide()
        self.name = QLineEdit(objectName="name", maxLength=TEXT_MAX)
        self.name.setPlaceholderText(self.tr("Optional"))
        self.dob = _date_edit("dateOfBirth")
        self.dob_unknown = QCheckBox(self.tr("Not known"), objectName="dateOfBirthUnknown")
        self.project = _combo("project", ops.store.people.projects())
        self.key_worker = _combo("keyWorker", ops.store.people.key_workers())

        self.consent_given = QComboBox(objectName="consentGiven")
        for text, value in (
            (self.tr("Not asked yet"), None),
            (self.tr("Given"), True),
            (self.tr("Refused"), False),
        ):
            self.consent_given.addItem(text, value)
        self.consent_date = _date_edit("consentDate")
        self.consent_method = _combo(
            "consentMethod",
            [self.tr("Verbal"), self.tr("Signed form"), self.tr("Email"), self.tr("Other")],
        )
        self.consent_note = QLineEdit(objectName="consentNote", maxLength=TEXT_MAX)
        self.purposes: dict[str, QCheckBox] = {}
        for key in CONSENT_PURPOSES:
            box = QCheckBox(purpose_label(key), objectName=f"purpose_{key}")
            box.setToolTip(purpose_tooltip(key))
            box.setAccessibleName(self.tr("Consent to: {what}").format(what=purpose_label(key)))
            self.purposes[key] = box
        self.withdrawal = QLabel(objectName="consentWithdrawal", wordWrap=True)
        self.withdraw_button = QPushButton(
            self.tr("Record &withdrawal…"), objectName="recordWithdrawal"
        )
        self.withdraw_button.setToolTip(self.tr("Record that they take back the consent they gave"))
        self.withdraw_button.setAccessibleName(self.tr("Record withdrawal of consent"))
        self.withdraw_button.clicked.connect(self._record_withdrawal)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if person else self.tr("Add person"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._lay_out()
        self._fill(person)
        self._show_withdrawal(person)
        self.reference.textEdited.connect(lambda _text: self._validate(show=True))
        self.reference.editingFinished.connect(lambda: self._validate(show=True))
        self.dob_unknown.toggled.connect(self._dob_known_changed)
        self.consent_given.currentIndexChanged.connect(self._consent_changed)
        self._consent_state()
        self._validate(show=False)

    # --- building -----------------------------------------------------------------

    def _lay_out(self) -> None:
        reference_box = QVBoxLayout()
        reference_box.setSpacing(2)
        reference_box.addWidget(self.reference)
        reference_box.addWidget(self.reference_error)
        dob_box = QHBoxLayout()
        dob_box.addWidget(self.dob, 1)
        dob_box.addWidget(self.dob_unknown)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_buddy(self.tr("&Reference"), self.reference), reference_box)
        form.addRow(_buddy(self.tr("&Name"), self.name), self.name)
        form.addRow(_buddy(self.tr("Date of &birth"), self.dob), dob_box)
        form.addRow(_buddy(self.tr("&Project"), self.project), self.project)
        form.addRow(_buddy(self.tr("&Key worker"), self.key_worker), self.key_worker)

        consent = QGroupBox(self.tr("Consent"))
        consent_form = QFormLayout(consent)
        consent_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        consent_form.addRow(_buddy(self.tr("&Consent"), self.consent_given), self.consent_given)
        consent_form.addRow(_buddy(self.tr("&Date"), self.consent_date), self.consent_date)
        consent_form.addRow(
            _buddy(self.tr("&How recorded"), self.consent_method), self.consent_method
        )
        consent_form.addRow(_buddy(self.tr("N&ote"), self.consent_note), self.consent_note)
        purposes_box = QVBoxLayout()
        purposes_box.setSpacing(2)
        for box in self.purposes.values():
            purposes_box.addWidget(box)
        consent_form.addRow(QLabel(self.tr("They agree to")), purposes_box)
        consent_form.addRow(self.withdrawal)
        consent_form.addRow("", self.withdraw_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(consent)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fill(self, person: Person | None) -> None:
        self.dob.setSpecialValueText(" ")  # the minimum date shows blank: "not known"
        self.dob_unknown.setChecked(True)
        self._dob_known_changed(True)
        self.consent_method.setCurrentText("")
        if person is None:
            return
        self.reference.setText(person.reference)
        self.name.setText(person.name)
        if person.date_of_birth:
            self.dob_unknown.setChecked(False)
            self.dob.setDate(QDate.fromString(person.date_of_birth, _ISO))
        self.project.setCurrentText(person.project)
        self.key_worker.setCurrentText(person.key_worker)
        consent = person.consent
        self.consent_given.setCurrentIndex(self.consent_given.findData(consent.given))
        if consent.date:
            self.consent_date.setDate(QDate.fromString(consent.date, _ISO))
        self.consent_method.setCurrentText(consent.method)
        self.consent_note.setText(consent.note)
        for key, box in self.purposes.items():
            box.setChecked(key in consent.purposes)

    # --- behaviour ------------------------------------------------------------------

    def _dob_known_changed(self, unknown: bool) -> None:
        """Unknown shows a blank box; known starts from a plausible adult birth year."""
        self.dob.setDisabled(unknown)
        if unknown:
            self.dob.setMinimumDate(_UNKNOWN_DAY)
            self.dob.setDate(_UNKNOWN_DAY)
        else:
            if self.dob.date() == _UNKNOWN_DAY:
                self.dob.setDate(QDate.currentDate().addYears(-30))
            self.dob.setMinimumDate(_EARLIEST_BIRTH)

    def _consent_state(self) -> None:
        given = self.consent_given.currentData()
        asked = given is not None
        for widget in (self.consent_date, self.consent_method, self.consent_note):
            widget.setEnabled(asked)
        for box in self.purposes.values():
            box.setEnabled(given is True)

    def _consent_changed(self) -> None:
        self._consent_state()
        given = self.consent_given.currentData() is True
        if given and not any(box.isChecked() for box in self.purposes.values()):
            self.purposes[KEEP_RECORD].setChecked(True)  # what consent is asked for first

    def _show_withdrawal(self, person: Person | None) -> None:
        text = withdrawal_text(person) if person else ""
        self.withdrawal.setText(text)
        # In force or not matters before any reading: a withdrawal still standing stands out.
        standing = person is not None and person.consent.withdrawn
        self.withdrawal.setStyleSheet(
            message_style(self, error=True, bold=True) if standing else ""
        )
        self.withdrawal.setVisible(bool(text))
        # Only consent in force, as saved, can be withdrawn.
        self.withdraw_button.setVisible(person is not None and person.consent.in_force)

    def _record_withdrawal(self) -> None:
        if self._person is None:
            return
        saved = record_withdrawal(self, self._ops, self._person.id)
        if saved is not None:
            self._person = saved
            self._show_withdrawal(saved)

    def _reference_problem(self) -> str:
        text = self.reference.text().strip()
        if not text:
            return self.tr("A reference code is required.")
        other = self._ops.store.people.by_reference(text)
        if other is not None and (self._person is None or other.id != self._person.id):
            return self.tr("The reference {ref} is already used by another person.").format(
                ref=other.reference
            )
        return ""

    def _validate(self, *, show: bool) -> bool:
        problem = self._reference_problem()
        self.ok_button.setEnabled(not problem)
        if show or not problem:
            self._show_reference_error(problem)
        return not problem

    def _show_reference_error(self, message: str) -> None:
        self.reference_error.setText(message)
        self.reference_error.setVisible(bool(message))
        self.reference.setAccessibleDescription(message)

    def draft(self) -> PersonDraft:
        given = self.consent_given.currentData()
        asked = given is not None
        return PersonDraft(
            reference=self.reference.text(),
            name=self.name.text(),
            date_of_birth=None if self.dob_unknown.isChecked() else _iso(self.dob),
            project=self.project.currentText(),
            key_worker=self.key_worker.currentText(),
            consent=Consent(
                given=given,
                date=_iso(self.consent_date) if asked else None,
                method=self.consent_method.currentText().strip() if asked else "",
                note=self.consent_note.text().strip() if asked else "",
                purposes=frozenset(k for k, box in self.purposes.items() if box.isChecked()),
            ),
        )

    def accept(self) -> None:
        if not self._validate(show=True):
            return
        try:
            if self._person is None:
                self.saved = self._ops.add_person(self.draft())
            else:
                self.saved = self._ops.update_person(self._person.id, self.draft())
        except ValidationError as exc:
            if exc.field == "reference":
                self._show_reference_error(error_text(exc))
                self.ok_button.setEnabled(False)
                return
            show_error(self, exc)
            return
        except StarappError as exc:
            show_error(self, exc)
            return
        super().accept()


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _combo(name: str, items: list[str]) -> QComboBox:
    combo = QComboBox(objectName=name, editable=True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(items)
    combo.setCurrentIndex(-1)
    combo.lineEdit().setMaxLength(TEXT_MAX)
    return combo


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(objectName=name, calendarPopup=True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setMinimumDate(_EARLIEST_BIRTH)
    edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate.currentDate())
    return edit


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString(_ISO)
