"""Consent in the window: purposes as check boxes, recording a withdrawal, and the
"consent before a reading" rule explained with a way to record consent."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from shots import save_shot

from starapp.core.people import CONTACT, KEEP_RECORD, SHARE_FIGURES, Consent, PersonDraft
from starapp.store import Store
from starapp.store.settings import ServiceSettings, save_settings
from starapp.ui import reading_launch
from starapp.ui.consent_dialog import WithdrawalDialog, ensure_consent
from starapp.ui.ops import Ops
from starapp.ui.person_dialog import PersonDialog

GIVEN = Consent(
    given=True, date="2026-01-05", method="Signed form", purposes=frozenset({KEEP_RECORD})
)


@pytest.fixture
def store(tmp_path, qapp):
    with Store.open(tmp_path / "consent.db", create=True, actor="test") as s:
        yield s
        for widget in QApplication.topLevelWidgets():
            widget.close()


@pytest.fixture
def ops(store):
    return Ops(store)


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> list[QWidget]:
    """Run ``act`` on the next modal dialog of ``kind`` once it is shown (it blocks)."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def button(dialog: QWidget, text: str) -> QPushButton:
    (found,) = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text]
    return found


def test_purposes_are_check_boxes_saved_and_shown_again(qtbot, ops, store):
    dialog = PersonDialog(ops)
    qtbot.addWidget(dialog)
    boxes = dialog.purposes
    assert list(boxes) == [KEEP_RECORD, SHARE_FIGURES, CONTACT]
    assert not any(b.isEnabled() for b in boxes.values())  # not asked yet
    assert dialog.withdraw_button.isHidden()  # nothing to withdraw for a new person
    for box in boxes.values():
        assert box.accessibleName() and box.toolTip()
    dialog.reference.setText("CU-1")
    dialog.consent_given.setCurrentIndex(dialog.consent_given.findData(True))
    assert boxes[KEEP_RECORD].isChecked()  # what consent is asked for first
    assert all(b.isEnabled() for b in boxes.values())
    boxes[CONTACT].setChecked(True)
    dialog.accept()
    person = store.people.by_reference("CU-1")
    assert person.consent.purposes == frozenset({KEEP_RECORD, CONTACT})

    again = PersonDialog(ops, person)
    qtbot.addWidget(again)
    assert [k for k, b in again.purposes.items() if b.isChecked()] == [KEEP_RECORD, CONTACT]
    assert not again.withdraw_button.isHidden()  # consent in force, as saved
    again.consent_given.setCurrentIndex(again.consent_given.findData(False))
    assert not any(b.isEnabled() for b in again.purposes.values())
    again.accept()
    refused = store.people.get(person.id).consent
    assert refused.given is False and refused.purposes == frozenset()


def test_record_withdrawal_from_the_person_dialog(qtbot, ops, store):
    person = store.people.add(PersonDraft(reference="CU-2", name="Robin", consent=GIVEN))
    changed: list[tuple[str, str]] = []
    ops.changed.connect(lambda entity, pid: changed.append((entity, pid)))
    dialog = PersonDialog(ops, person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.withdrawal.isHidden()
    assert dialog.withdraw_button.isVisible()

    def fill(w: WithdrawalDialog) -> None:
        assert w.date.date() == QDate.currentDate()
        assert w.date.minimumDate() == QDate(2026, 1, 5)  # not before consent was given
        w.method.setCurrentText("Phone call")
        w.reason.setText("Moving to another area")
        save_shot(w, "consent-withdrawal.png")
        w.ok_button.click()

    seen = when_modal(WithdrawalDialog, fill)
    dialog.withdraw_button.click()

    assert len(seen) == 1
    consent = store.people.get(person.id).consent
    assert consent.withdrawn and consent.withdrawn_on == QDate.currentDate().toString("yyyy-MM-dd")
    assert (consent.withdrawn_method, consent.withdrawn_reason) == (
        "Phone call",
        "Moving to another area",
    )
    assert consent.given is True and consent.purposes == GIVEN.purposes  # kept beside it
    assert changed == [("person", person.id)]
    assert dialog.withdrawal.isVisible()
    assert "Consent withdrawn on" in dialog.withdrawal.text()
    assert "Phone call" in dialog.withdrawal.text()
    assert dialog.withdraw_button.isHidden()
    save_shot(dialog, "person-consent-withdrawn.png")
    # Saving the dialog afterwards keeps the withdrawal.
    dialog.accept()
    assert store.people.get(person.id).consent.withdrawn


def test_cancelled_withdrawal_changes_nothing(qtbot, ops, store):
    person = store.people.add(PersonDraft(reference="CU-3", consent=GIVEN))
    dialog = PersonDialog(ops, person)
    qtbot.addWidget(dialog)
    when_modal(WithdrawalDialog, lambda w: w.reject())
    dialog.withdraw_button.click()
    assert store.people.get(person.id) == person
    assert not dialog.withdraw_button.isHidden()


def test_require_consent_refuses_a_reading_and_says_how_to_fix_it(qtbot, ops, store):
    person = store.people.add(PersonDraft(reference="CU-4", name="Jo"))
    save_settings(store, ServiceSettings(require_consent=True))
    texts: list[str] = []

    def cancel(box: QMessageBox) -> None:
        texts.append(box.text())
        record = button(box, "Record consent…")
        assert record.toolTip() and record.accessibleName()
        save_shot(box, "consent-required.png")
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(QMessageBox, cancel)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert reading_launch.start_reading(parent, ops, person.id) is None

    assert texts and texts[0].startswith("CU-4 has no consent recorded")
    assert "record their consent" in texts[0]
    assert store.stats()["readings_draft"] == 0


def test_record_consent_button_opens_the_details_and_then_allows_it(qtbot, ops, store):
    person = store.people.add(PersonDraft(reference="CU-5"))
    save_settings(store, ServiceSettings(require_consent=True))

    def give(dialog: PersonDialog) -> None:
        assert dialog.focusWidget() in (dialog.consent_given, None)
        dialog.consent_given.setCurrentIndex(dialog.consent_given.findData(True))
        dialog.ok_button.click()

    when_modal(QMessageBox, lambda box: button(box, "Record consent…").click())
    opened = when_modal(PersonDialog, give)
    assert ensure_consent(None, ops, person.id) is True
    assert len(opened) == 1
    consent = store.people.get(person.id).consent
    assert consent.in_force and KEEP_RECORD in consent.purposes


def test_without_the_rule_no_question_is_asked(ops, store):
    person = store.people.add(PersonDraft(reference="CU-6"))
    assert ensure_consent(None, ops, person.id) is True  # would block on a dialog otherwise
