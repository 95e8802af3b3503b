"""Tools > Service keys…, the manager's laptops: each laptop that sent bundles is listed
with its worker and key; stopping one is asked first (naming it), refuses its next
bundle and is shown; accepting it again is asked too, and Enter there changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from shots import save_shot

from starapp.core.people import PersonDraft
from starapp.core.templates import builtin_template
from starapp.store import Store
from starapp.store.service_keys import (
    revocation,
    signing_public_key,
    store_identity,
    trust_recipients,
)
from starapp.sync.bundle_crypto import create_key_pair, signing_fingerprint
from starapp.sync.importer import import_paths
from starapp.sync.outbox import export_bundles
from starapp.ui.keys_dialog import KeysDialog
from starapp.ui.laptops_list import LaptopConfirm
from starapp.ui.ops import Ops


def laptop_with_a_reading(path: Path, worker: str, recipient: str | None) -> Store:
    store = Store.open(path, create=True, actor=worker.lower())
    if recipient is not None:
        trust_recipients(store, [recipient])
    life = builtin_template("life-areas")
    person = store.people.add(PersonDraft(reference=f"{worker}-1", name="Ash"))
    reading = store.readings.start(person.id, life, taken_on="2026-10-01", worker=worker)
    for area in life.areas:
        store.readings.set_score(reading.id, area.key, 6)
    store.readings.finalise(reading.id)
    return store


@pytest.fixture
def setting(tmp_path, qapp):
    """A manager's file that imported from Kim's (sealed) and Sam's (plain) laptops."""
    pair = create_key_pair()
    kim = laptop_with_a_reading(tmp_path / "kim.db", "Kim Adebayo", pair.recipient)
    sam = laptop_with_a_reading(tmp_path / "sam.db", "Sam Price", None)
    manager = Store.open(tmp_path / "manager.db", create=True, actor="manager")
    store_identity(manager, pair.identity)
    for laptop in (kim, sam):
        paths = export_bundles(laptop, tmp_path / laptop.install_id).paths
        (outcome,) = import_paths(manager, paths, allow_plain=True)
        assert outcome.status == "imported", outcome.reason
    yield manager, kim, sam, pair
    QApplication.instance().processEvents()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    for store in (manager, kim, sam):
        store.close()


def cells(dialog: KeysDialog) -> list[list[str]]:
    table = dialog.laptops.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_lost_laptop_is_refused_after_the_question_then_accepted_again(qtbot, setting, tmp_path):
    manager, kim, _, _ = setting
    ops = Ops(manager)
    dialog = KeysDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {row[1]: row for row in cells(dialog)}
    assert set(rows) == {"Kim Adebayo", "Sam Price"}
    kim_fp = signing_fingerprint(signing_public_key(kim))
    assert rows["Kim Adebayo"][0] == kim.install_id[:8] and rows["Kim Adebayo"][2] == kim_fp
    assert rows["Sam Price"][2] == "none (plain bundles)"
    assert {row[5] for row in rows.values()} == {"Accepted"}
    box = dialog.laptops
    kim_row = [r[1] for r in cells(dialog)].index("Kim Adebayo")
    box.table.selectRow(kim_row)
    assert box.revoke_button.isEnabled() and not box.allow_button.isEnabled()
    save_shot(dialog, "keys-manager-laptops.png")

    confirm = box.ask_revoke()
    assert isinstance(confirm, LaptopConfirm) and confirm.isVisible()
    assert confirm.findChild(QLabel, "laptopName").text() == (
        f"Laptop {kim.install_id[:8]}, used by Kim Adebayo"
    )
    assert confirm.findChild(QLabel, "laptopFingerprint").text() == kim_fp
    assert confirm.reason_edit.text() == ""
    confirm.reason_edit.setFocus()
    qtbot.keyClicks(confirm.reason_edit, "Stolen from the car")
    save_shot(confirm, "keys-revoke-laptop.png")
    with qtbot.waitSignal(ops.changed) as told:  # the audit view reloads
        qtbot.keyClick(confirm.reason_edit, Qt.Key.Key_Return)  # Enter after typing why: done
    assert told.args == ["install", kim.install_id]
    assert not confirm.isVisible() and confirm.result() == LaptopConfirm.DialogCode.Accepted

    revoked = revocation(manager, kim.install_id)
    assert revoked is not None and revoked.reason == "Stolen from the car"
    assert revoked.by == "manager"
    assert cells(dialog)[kim_row][5].startswith("Refused since ")
    assert box.selected().install_id == kim.install_id  # still the chosen row
    assert not box.revoke_button.isEnabled() and box.allow_button.isEnabled()

    # Kim's laptop sends another bundle: refused, the manager's file unchanged.
    kim.people.add(PersonDraft(reference="Kim-2", name="Bea"))
    later = export_bundles(kim, tmp_path / "later").paths
    (outcome,) = import_paths(manager, later)
    assert outcome.status == "refused" and "no longer accepted" in str(outcome.reason)
    assert manager.stats()["people"] == 2

    again = box.ask_allow()
    assert (
        again is not None
        and "(manager: Stolen from the car)." in again.findChild(QLabel, "whatHappens").text()
    )
    save_shot(again, "keys-allow-laptop.png")
    qtbot.keyClick(again, Qt.Key.Key_Return)  # Enter keeps refusing
    assert not again.isVisible() and revocation(manager, kim.install_id) is not None
    again = box.ask_allow()
    qtbot.mouseClick(again.answer, Qt.MouseButton.LeftButton)
    assert revocation(manager, kim.install_id) is None
    assert cells(dialog)[kim_row][5] == "Accepted"
    (outcome,) = import_paths(manager, later)
    assert outcome.status == "imported" and manager.stats()["people"] == 3


def test_the_box_is_hidden_on_a_file_that_took_no_bundles(qtbot, tmp_path, qapp):
    with Store.open(tmp_path / "laptop.db", create=True) as store:
        dialog = KeysDialog(Ops(store))
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.laptops.isVisible()
        dialog.reject()


def test_every_control_is_named_explained_and_reachable_by_keyboard(qtbot, setting):
    manager, *_ = setting
    dialog = KeysDialog(Ops(manager))
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.laptops
    assert box.table.accessibleName() and box.table.toolTip()
    assert box.table.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "&" in box.revoke_button.text() and "&" in box.allow_button.text()
    confirm = box.ask_revoke()
    assert confirm is not None
    for button in confirm.findChildren(QPushButton):
        assert button.accessibleName() and button.toolTip(), button.text()
    assert confirm.reason_edit.accessibleName() and confirm.reason_edit.toolTip()
    qtbot.keyClick(confirm, Qt.Key.Key_Escape)
    assert not confirm.isVisible()
    assert revocation(manager, box.selected().install_id) is None
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName() and button.toolTip(), button.text()
    dialog.reject()
