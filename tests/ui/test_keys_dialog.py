"""The Service keys dialog: a worker trusts the manager's key only after the fingerprint
question; a manager creates the key pair, keeps the identity in the file and exports the
public key file; wrong files become one sentence and store nothing."""

from __future__ import annotations

import stat
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from shots import save_shot

from starapp.core.people import PersonDraft
from starapp.core.templates import builtin_template
from starapp.store import Store
from starapp.store.outbox import Outbox
from starapp.store.service_keys import (
    store_identity,
    stored_identity,
    trust_recipients,
    trusted_recipients,
)
from starapp.sync.bundle_crypto import (
    create_key_pair,
    fingerprint,
    identity_file_text,
    parse_identities,
    read_recipient_file,
    recipient_file_text,
    recipient_of,
)
from starapp.sync.outbox import export_bundles, make_bundle, trust_service_key
from starapp.ui.import_dialog import ImportDialog
from starapp.ui.key_questions import FingerprintCheck, ReplaceKeyConfirm
from starapp.ui.keys_dialog import KeysDialog, open_keys_dialog
from starapp.ui.ops import Ops


@pytest.fixture
def store(tmp_path, qapp):
    with Store.open(tmp_path / "keys.db", create=True, actor="test") as s:
        yield s
        QApplication.instance().processEvents()
        for widget in QApplication.topLevelWidgets():
            widget.close()


@pytest.fixture
def dialog(qtbot, store):
    dialog = KeysDialog(Ops(store))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def pair():
    return create_key_pair()


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, kind) or not box.isVisible():
            QTimer.singleShot(20, poll)
            return
        act(box)

    QTimer.singleShot(0, poll)


def test_worker_trusts_only_after_saying_the_fingerprint_matches(
    qtbot, dialog, store, pair, tmp_path
):
    assert "not encrypted yet" in dialog.sending_state.text()
    assert not dialog.sending_fingerprint.isVisible()
    file = tmp_path / "service.recipient"
    file.write_text(recipient_file_text(pair.recipient))

    check = dialog.check_recipient_file(file)
    assert isinstance(check, FingerprintCheck) and check.isVisible()
    assert check.findChild(QWidget, "fingerprint0").text() == fingerprint(pair.recipient)
    assert check.no.isDefault()  # Enter answers "no"
    save_shot(check, "keys-fingerprint-check.png")
    check.no.click()
    assert trusted_recipients(store) == []
    assert "not encrypted yet" in dialog.sending_state.text()

    dialog.check_recipient_file(file).yes.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert trusted_recipients(store) == [pair.recipient]
    assert dialog.sending_fingerprint.text() == fingerprint(pair.recipient)
    assert dialog.sending_fingerprint.isVisible()
    save_shot(dialog, "keys-worker-trusted.png")


def waiting_bundles(store: Store, count: int) -> None:
    for i in range(count):
        store.people.add(PersonDraft(reference=f"R-{i}", name="Rae"))
        assert make_bundle(store, []) is not None


def test_replacing_a_trusted_key_is_asked_with_both_fingerprints(
    qtbot, dialog, store, pair, tmp_path
):
    trust_service_key(store, [pair.recipient])
    waiting_bundles(store, 2)
    new = create_key_pair()
    file = tmp_path / "new-service.recipient"
    file.write_text(recipient_file_text(new.recipient))
    dialog.refresh()

    dialog.check_recipient_file(file).yes.click()
    confirm = dialog.confirm
    assert isinstance(confirm, ReplaceKeyConfirm) and confirm.isVisible()
    assert confirm.findChild(QWidget, "oldFingerprint").text() == fingerprint(pair.recipient)
    assert confirm.findChild(QWidget, "newFingerprint").text() == fingerprint(new.recipient)
    assert "The 2 bundles waiting to be sent are encrypted to the old key" in (
        confirm.consequence.text()
    )
    assert confirm.keep.isDefault()  # Enter keeps the old key
    for button in confirm.findChildren(QPushButton):
        assert button.accessibleName() and button.toolTip(), button.text()
    save_shot(confirm, "keys-replace-confirm.png")
    confirm.keep.click()
    assert trusted_recipients(store) == [pair.recipient]
    assert len(Outbox(store).undelivered_bundles()) == 2

    dialog.check_recipient_file(file).yes.click()
    dialog.confirm.replace.click()
    qtbot.waitUntil(lambda: trusted_recipients(store) == [new.recipient] and not dialog.busy)
    (full,) = Outbox(store).undelivered_bundles()
    assert full.kind == "full"
    assert dialog.sending_fingerprint.text() == fingerprint(new.recipient)
    assert dialog.sending_notice.isVisible()
    assert dialog.sending_notice.text() == (
        "The 2 bundles waiting to be sent were made again for the new key; the next one "
        "carries everything in this file so the manager's copy catches up."
    )
    save_shot(dialog, "keys-worker-replaced.png")


def test_trusting_the_same_key_again_asks_nothing(qtbot, dialog, store, pair, tmp_path):
    trust_service_key(store, [pair.recipient])
    file = tmp_path / "service.recipient"
    file.write_text(recipient_file_text(pair.recipient))
    dialog.check_recipient_file(file).yes.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.confirm is None and not dialog.sending_notice.isVisible()


def test_a_replacement_that_fails_says_so_and_keeps_the_old_key(
    qtbot, dialog, store, pair, tmp_path
):
    trust_service_key(store, [pair.recipient])
    waiting_bundles(store, 1)
    store.db.execute(
        "CREATE TRIGGER refuse_full BEFORE INSERT ON bundles WHEN NEW.kind = 'full'"
        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    new = create_key_pair()
    file = tmp_path / "new.recipient"
    file.write_text(recipient_file_text(new.recipient))
    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        seen.append(box.text())
        box.accept()

    dialog.check_recipient_file(file).yes.click()
    when_modal(QMessageBox, read_and_close)
    dialog.confirm.replace.click()
    qtbot.waitUntil(lambda: bool(seen) and not dialog.busy)
    assert "Your saved work is safe" in seen[0] and "Traceback" not in seen[0]
    assert trusted_recipients(store) == [pair.recipient]
    assert dialog.sending_fingerprint.text() == fingerprint(pair.recipient)
    assert len(Outbox(store).undelivered_bundles()) == 1


def test_a_private_identity_chosen_as_the_key_is_refused_in_a_sentence(
    qtbot, dialog, store, pair, tmp_path
):
    file = tmp_path / "service.identity"
    file.write_text(identity_file_text(pair))
    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        seen.append(box.text())
        box.accept()

    when_modal(QMessageBox, read_and_close)
    assert dialog.check_recipient_file(file) is None
    assert len(seen) == 1 and "PRIVATE identity" in seen[0] and "Traceback" not in seen[0]
    assert trusted_recipients(store) == []


def test_manager_creates_the_key_pair_and_exports_the_public_file(qtbot, dialog, store, tmp_path):
    assert dialog.create_button.isEnabled() and not dialog.export_button.isEnabled()
    folder = tmp_path / "safe"
    dialog.create_keys(folder)
    identity_file = folder / "service.identity"
    assert stat.S_IMODE(identity_file.stat().st_mode) == 0o600
    (identity,) = parse_identities(identity_file.read_text(), "id")
    assert stored_identity(store) == identity
    recipient = recipient_of(identity)
    assert dialog.service_fingerprint.text() == fingerprint(recipient)
    assert not dialog.create_button.isEnabled() and dialog.export_button.isEnabled()
    assert str(identity_file) in dialog.notice.text()
    save_shot(dialog, "keys-manager.png")

    exported = tmp_path / "for-laptops.recipient"
    dialog.export_recipient(exported)
    assert read_recipient_file(exported) == [recipient]


def test_manager_imports_an_identity_file(qtbot, dialog, store, pair, tmp_path):
    file = tmp_path / "service.identity"
    file.write_text(identity_file_text(pair))
    dialog.import_identity(file)
    assert stored_identity(store) == pair.identity
    assert dialog.service_fingerprint.text() == fingerprint(pair.recipient)


def test_every_control_is_named_and_explained(qtbot, store):
    dialog = open_keys_dialog(None, Ops(store))
    qtbot.addWidget(dialog)
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName() and button.toolTip(), button.text()
    assert "&" in dialog.trust_button.text() and "&" in dialog.create_button.text()
    dialog.reject()


def test_import_dialog_opens_encrypted_bundles_with_the_identity_in_the_file(
    qtbot, store, pair, tmp_path
):
    life = builtin_template("life-areas")
    with Store.open(tmp_path / "laptop.db", create=True, actor="kim") as laptop:
        trust_recipients(laptop, [pair.recipient])
        person = laptop.people.add(PersonDraft(reference="K-1", name="Kit"))
        r = laptop.readings.start(person.id, life, taken_on="2025-05-05", worker="Kim")
        for area in life.areas:
            laptop.readings.set_score(r.id, area.key, 6)
        laptop.readings.finalise(r.id)
        (sealed,) = export_bundles(laptop, tmp_path / "inbox").paths
    assert sealed.name.endswith(".starapp-bundle.age")
    store_identity(store, pair.identity)
    dialog = ImportDialog(Ops(store))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_sources([tmp_path / "inbox"])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.state.text().startswith("Done"), timeout=20000)
    assert [o.status for o in dialog.outcomes] == ["imported"]
    assert store.stats()["people"] == 1
