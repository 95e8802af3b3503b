"""The retention dialog: settings, the preview table, and applying after confirmation."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from shots import save_shot

from starapp.core.clock import today
from starapp.core.people import PersonDraft
from starapp.core.templates import builtin_template
from starapp.store import Store
from starapp.store.retention import months_before
from starapp.store.settings import ServiceSettings, load_settings, save_settings
from starapp.ui.ops import Ops
from starapp.ui.retention_dialog import RetentionDialog, open_retention_dialog

NAME = "Perpetua Snodgrass-Vane"  # unusual, so a hit in the raw bytes can only be hers


@pytest.fixture
def store(tmp_path, qapp):
    """STALE: last reading 8 months ago; FRESH: last month; OLD: archived 2 years ago."""
    life = builtin_template("life-areas")
    now = today()
    with Store.open(tmp_path / "retention.db", create=True, actor="test") as s:
        for ref, name, months in [("STALE", "Stale Sam", 8), ("FRESH", "Fresh Fay", 1)]:
            p = s.people.add(PersonDraft(reference=ref, name=name))
            r = s.readings.start(p.id, life, taken_on=months_before(now, months).isoformat())
            for area in life.areas:
                s.readings.set_score(r.id, area.key, 6)
            s.readings.finalise(r.id)
        old = s.people.add(PersonDraft(reference="OLD", name=NAME))
        s.people.set_archived(old.id, True)
        s.db.execute(
            "UPDATE people SET archived_on = ? WHERE id = ?",
            (months_before(now, 24).isoformat(), old.id),
        )
        save_settings(s, ServiceSettings(archive_after_months=6, erase_after_months=12))
        yield s
        QApplication.instance().processEvents()
        for widget in QApplication.topLevelWidgets():
            widget.close()


@pytest.fixture
def ops(store):
    ops = Ops(store)
    yield ops
    ops.wait_for_background(10000)


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def click(box: QWidget, text: str) -> None:
    (found,) = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text]
    found.click()


def rows(dialog: RetentionDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def raw(store: Store) -> bytes:
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_preview_follows_the_settings_and_changes_nothing(qtbot, ops, store):
    dialog = RetentionDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.archive_months.value(), dialog.erase_months.value()) == (6, 12)
    got = rows(dialog)
    assert [r[0] for r in got] == ["OLD", "STALE"]
    assert got[0][1] == NAME and got[0][2] == "None yet"
    assert got[0][3].startswith("Erase for good (archived ")
    assert got[1][1:] == [
        "Stale Sam",
        months_before(today(), 8).strftime("%-d %b %Y"),
        "Archive",
    ]
    assert dialog.summary.text() == "Today: 1 person to archive, 1 person to erase for good."
    assert dialog.apply_button.isEnabled()
    save_shot(dialog, "retention-preview.png")

    dialog.archive_months.setValue(9)  # STALE's last reading is only 8 months old
    assert [r[0] for r in rows(dialog)] == ["OLD"]
    dialog.archive_months.setValue(1)  # now FRESH too
    assert [r[0] for r in rows(dialog)] == ["FRESH", "OLD", "STALE"]
    dialog.archive_months.setValue(0)
    dialog.erase_months.setValue(0)
    assert dialog.archive_months.text() == "Never" and dialog.erase_months.text() == "Never"
    assert rows(dialog) == [] and not dialog.apply_button.isEnabled()
    assert dialog.summary.text() == "Nobody is due today."
    for box in (dialog.archive_months, dialog.erase_months, dialog.table, dialog.apply_button):
        assert box.accessibleName() and box.toolTip()
    dialog.reject()
    assert load_settings(store).archive_after_months == 6  # closing saves nothing
    assert store.stats()["people"] == 3 and store.stats()["people_archived"] == 1


def test_save_settings_keeps_the_other_settings(qtbot, ops, store):
    save_settings(store, ServiceSettings(organisation="Riverside", archive_after_months=6))
    dialog = RetentionDialog(ops)
    qtbot.addWidget(dialog)
    dialog.archive_months.setValue(18)
    dialog.erase_months.setValue(36)
    dialog.save_button.click()
    saved = load_settings(store)
    assert (saved.archive_after_months, saved.erase_after_months) == (18, 36)
    assert saved.organisation == "Riverside"
    assert store.stats()["people_archived"] == 1  # saving archives nobody


def test_cancelled_confirmation_changes_nothing(qtbot, ops, store):
    dialog = RetentionDialog(ops)
    qtbot.addWidget(dialog)
    texts: list[str] = []

    def cancel(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(QMessageBox, cancel)
    dialog.apply_button.click()
    assert texts and texts[0].startswith("This archives 1 person and erases 1 person for good.")
    assert "cannot be undone" in texts[0]
    assert store.stats()["people"] == 3 and store.stats()["people_archived"] == 1
    assert dialog.result is None


def test_apply_archives_and_erases_exactly_the_people_listed(qtbot, ops, store):
    changed: list[tuple[str, str]] = []
    ops.changed.connect(lambda entity, pid: changed.append((entity, pid)))
    dialog = open_retention_dialog(None, ops)
    qtbot.addWidget(dialog)
    dialog.archive_months.setValue(7)  # applying saves what is on screen

    def confirm(box: QMessageBox) -> None:
        save_shot(box, "retention-confirm.png")
        click(box, "Archive and erase")

    when_modal(QMessageBox, confirm)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)

    assert (dialog.result.archived, dialog.result.erased) == (1, 1)
    assert dialog.summary.text() == "Done: 1 archived and 1 erased."
    assert rows(dialog) == [] and not dialog.apply_button.isEnabled()
    assert load_settings(store).archive_after_months == 7
    people = {p.reference: p.archived for p in store.people.find(archived=None)}
    assert people == {"STALE": True, "FRESH": False}
    assert store.people.by_reference("STALE").archived_on == today().isoformat()
    assert NAME.encode() not in raw(store)
    assert ("person", "") in changed


# --- the status-bar reminder ------------------------------------------------------------


@pytest.fixture
def window(qtbot, ops):
    from starapp.ui.main_window import MainWindow

    win = MainWindow(ops)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    return win


def test_the_status_bar_says_who_is_due_and_opens_the_review(qtbot, window, store):
    reminder = window.retention.button
    qtbot.waitUntil(reminder.isVisible, timeout=5000)
    assert reminder.text() == "Retention: 1 to archive, 1 to erase…"
    assert reminder.accessibleName() and reminder.toolTip()
    assert {i.reference for i in window.retention.plan.items} == {"STALE", "OLD"}
    save_shot(window, "retention-reminder.png")
    reminder.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RetentionDialog))
    assert store.people.by_reference("STALE").archived is False  # nothing happens by itself


def test_the_reminder_follows_the_rules_and_the_people(qtbot, window, ops, store):
    from starapp.store.retention import apply_retention, plan_retention
    from starapp.ui.service_settings import save_service_settings

    reminder = window.retention.button
    qtbot.waitUntil(reminder.isVisible, timeout=5000)
    save_service_settings(ops, ServiceSettings(archive_after_months=6, erase_after_months=0))
    qtbot.waitUntil(lambda: reminder.text() == "Retention: 1 to archive…", timeout=5000)
    save_service_settings(ops, ServiceSettings())  # no rules: nothing is ever due
    qtbot.waitUntil(lambda: not reminder.isVisible(), timeout=5000)
    save_service_settings(ops, ServiceSettings(archive_after_months=6, erase_after_months=12))
    qtbot.waitUntil(reminder.isVisible, timeout=5000)
    apply_retention(store, plan_retention(store, 6, 12))  # as the dialog does
    ops.changed.emit("person", "")
    qtbot.waitUntil(lambda: not reminder.isVisible(), timeout=5000)
