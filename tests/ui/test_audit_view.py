"""The audit view: filters narrow the table, the export matches it, no notes anywhere;
rows are read on a worker thread and only the latest filter's rows are shown."""

from __future__ import annotations

import csv
import logging
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from person_with_everything import REFERENCE, SECRETS, add_person_with_everything
from PySide6.QtCore import QDate, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLineEdit,
)

from starapp.core.people import PersonDraft
from starapp.store import Store, audit_log
from starapp.store.audit_log import AuditFilter
from starapp.ui.audit_model import PAGE_SIZE
from starapp.ui.audit_view import AuditView, open_audit_view
from starapp.ui.ops import Ops
from starapp.ui.unlock_dialog import open_data_file

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
GONE_NAME = "Ottoline Brisk"


@pytest.fixture
def store(tmp_path, qapp):
    with Store.open(tmp_path / "people.db", create=True, actor="kim") as s:
        add_person_with_everything(s)
        gone = s.people.add(PersonDraft(reference="GONE-1", name=GONE_NAME))
        s.actor = "priya"
        s.people.erase(gone.id, confirm_reference="GONE-1")
        s.actor = "kim"
        yield s
        QThreadPool.globalInstance().waitForDone(5000)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.processEvents()


@pytest.fixture
def view(qtbot, store) -> AuditView:
    v = open_audit_view(None, Ops(store))
    qtbot.addWidget(v)
    loaded(qtbot, v)
    return v


def loaded(qtbot, view: AuditView) -> None:
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)


def shown(qtbot, view: AuditView) -> list[tuple[str, ...]]:
    """Every row matching the filters, once they have arrived from the worker thread."""
    loaded(qtbot, view)
    m = view.model
    while m.canFetchMore():
        m.fetchMore()
    return [
        tuple(m.data(m.index(r, c)) for c in range(m.columnCount())) for r in range(m.rowCount())
    ]


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_table_shows_every_entry_with_the_person_or_erased(qtbot, view, store):
    rows = shown(qtbot, view)
    assert len(rows) == audit_log.count(store) == view.model.total
    assert str(len(rows)) in view.status.text()
    people = {r[4] for r in rows}
    assert {REFERENCE, "erased person"} <= people
    assert "GONE-1" not in people
    erased = [r for r in rows if r[2] == "Person erased"]
    assert [(r[1], r[3], r[4]) for r in erased] == [("priya", "Person", "erased person")]
    everything = " ".join(" ".join(r) for r in rows)
    for secret in (*SECRETS, GONE_NAME):
        assert secret not in everything
    assert all(r[0] and "T" not in r[0] for r in rows)  # "27 Nov 2026, 09:12", not ISO


def test_filters_narrow_the_rows(qtbot, view, store):
    choose(view.actor, "priya")
    assert [r[2] for r in shown(qtbot, view)] == ["Person erased"]
    view.reset_filters()
    loaded(qtbot, view)  # the filters are enabled again with the whole log's dates
    choose(view.action, "reading.score")
    rows = shown(qtbot, view)
    assert (
        rows and {r[2] for r in rows} == {"Score changed"} and {r[4] for r in rows} == {REFERENCE}
    )
    view.reset_filters()
    choose(view.entity, "action")
    assert {r[3] for r in shown(qtbot, view)} == {"Action plan step"}
    view.reset_filters()
    loaded(qtbot, view)

    view.show()
    view.person.setFocus()
    qtbot.keyClicks(view.person, REFERENCE.lower())  # references match in any case
    qtbot.keyClick(view.person, Qt.Key.Key_Return)  # filters; neither closes nor resets
    assert view.isVisible() and view.person.text() == REFERENCE.lower()
    about = shown(qtbot, view)
    assert {r[4] for r in about} == {REFERENCE}
    assert {"Person added", "Reading finished", "Action plan step added"} <= {r[2] for r in about}
    view.person.setText("NOBODY-9")
    view.person.editingFinished.emit()
    assert shown(qtbot, view) == [] and "NOBODY-9" in view.status.text()
    assert not view.export_button.isEnabled()

    view.reset_filters()
    loaded(qtbot, view)
    view.until.setDate(QDate.currentDate().addDays(-3))  # everything here happened today
    assert shown(qtbot, view) == [] and view.status.text().startswith("0")
    assert not view.export_button.isEnabled()
    view.reset_filters()
    assert len(shown(qtbot, view)) == audit_log.count(store)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_matches_the_filtered_rows_and_holds_no_notes(
    qtbot, view, store, tmp_path, monkeypatch, kind
):
    choose(view.entity, "reading")
    loaded(qtbot, view)
    wanted = audit_log.rows(store, view.current_filter())
    target = tmp_path / "log"  # the extension follows the chosen file type
    chosen = "Excel workbook (*.xlsx)" if kind == "xlsx" else "CSV file (*.csv)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    view.export_button.click()
    qtbot.waitUntil(lambda: view.status.text().startswith("Saved"), timeout=20_000)
    path = target.with_suffix(f".{kind}")
    if kind == "csv":
        text = path.read_text(encoding="utf-8-sig")
        got = list(csv.reader(text.splitlines()))
    else:
        sheet = load_workbook(path, read_only=True)["Audit"]
        got = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
        text = " ".join(" ".join(map(str, row)) for row in got)
    assert tuple(got[0]) == audit_log.EXPORT_COLUMNS
    assert [(g[0], g[2], g[4], g[5]) for g in got[1:]] == [
        (r.at, r.action, r.entity_id, r.reference or "") for r in wanted
    ]
    for secret in (*SECRETS, GONE_NAME, "Bob's own note"):
        assert secret not in text
    assert f"{len(wanted)} entries" in view.status.text()
    exports = audit_log.rows(store, AuditFilter(action="audit.export"))
    assert [(r.actor, r.detail) for r in exports] == [("kim", kind)]


def test_controls_have_names_and_tips_and_the_view_is_screenshotted(qtbot, view):
    controls = view.findChildren(QAbstractButton) + view.findChildren(QComboBox)
    controls += view.findChildren(QLineEdit) + view.findChildren(QDateEdit)
    controls = [c for c in controls if c.isVisibleTo(view) and c.parent() is not None]
    controls = [c for c in controls if not isinstance(c.parent(), (QComboBox, QDateEdit))]
    assert controls
    for control in controls:
        assert control.accessibleName(), control.objectName()
        assert control.toolTip(), control.objectName()
    view.show()
    qtbot.waitExposed(view)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(SHOTS / "audit-view.png"))


def test_opening_a_file_in_the_app_is_audited(qtbot, tmp_path):
    path = tmp_path / "plain.db"
    Store.open(path, create=True, actor="kim").close()
    store = open_data_file(None, path)
    assert store is not None
    try:
        opened = audit_log.rows(store, AuditFilter(action="file.open"))
        assert [(r.entity, r.entity_id) for r in opened] == [("file", store.install_id)]
    finally:
        store.close()


def test_changes_elsewhere_show_once_the_typing_pauses(qtbot, store):
    ops = Ops(store)
    view = open_audit_view(None, ops)
    qtbot.addWidget(view)
    loaded(qtbot, view)
    before = view.model.total
    for n in range(3):  # three quick changes: one reload after them
        ops.add_person(PersonDraft(reference=f"NEW-{n}", name=f"New {n}"))
    assert view.model.total == before  # not reloaded per change
    qtbot.waitUntil(lambda: view.model.total == before + 3, timeout=5000)


def test_rows_arrive_from_a_worker_thread_a_page_at_a_time(qtbot, store):
    with store.transaction():
        for n in range(PAGE_SIZE + 50):
            store.audit("reading.score", "reading", f"reading-{n}", "housing")
    total = audit_log.count(store)
    view = open_audit_view(None, Ops(store))
    qtbot.addWidget(view)
    # Nothing read on the GUI thread yet: the window says so and offers no export.
    assert view.loading and view.status.text() == "Loading…"
    assert view.model.rowCount() == 0 and not view.export_button.isEnabled()
    assert not view.filters.isEnabled()  # their dates come with the rows
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(SHOTS / "audit-view-loading.png"))
    loaded(qtbot, view)
    assert view.status.text() == f"{total} entries" and view.export_button.isEnabled()
    assert view.filters.isEnabled() and view.actor.findData("priya") > 0
    assert view.since.hasFocus()  # the first filter, as before the rows were read
    first, last = audit_log.date_span(store)
    assert view.since.date() < QDate.fromString(first[:10], Qt.DateFormat.ISODate)
    assert view.until.date() > QDate.fromString(last[:10], Qt.DateFormat.ISODate)
    model = view.model
    assert (model.total, model.rowCount()) == (total, PAGE_SIZE) and model.canFetchMore()
    newest = audit_log.rows(store, limit=1)[0]
    assert model.data(model.index(0, 5)) == newest.detail
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == newest.action
    assert len(shown(qtbot, view)) == total  # later pages as the table scrolls


def test_a_stale_result_never_replaces_a_newer_filters_rows(qtbot, store, caplog):
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(1)  # loads run one after another, in the order asked for
    try:
        ops = Ops(store)
        view = open_audit_view(None, ops)
        qtbot.addWidget(view)
        loaded(qtbot, view)
        everything = view.model.total

        choose(view.actor, "priya")
        pool.waitForDone()  # priya's rows are read; their delivery waits for the event loop
        gate = threading.Event()
        ops.run_in_background(gate.wait)  # holds the one thread: kim's load must wait
        choose(view.actor, "kim")
        QApplication.processEvents()  # delivers priya's rows (queued before kim was chosen)
        # priya's rows arrived after kim was chosen: dropped, kim's still on the way.
        assert view.loading and view.status.text() == "Loading…"
        assert view.model.total == everything

        gate.set()
        kim = shown(qtbot, view)
        assert kim and {r[1] for r in kim} == {"kim"}
        expected = audit_log.count(store, view.current_filter())
        assert len(kim) == expected and view.status.text() == f"{expected} entries"
        assert view.export_button.isEnabled()
    finally:
        gate.set()
        pool.waitForDone()
        pool.setMaxThreadCount(threads)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_file_that_cannot_be_read_is_said_in_the_status_line(qtbot, view, store, tmp_path):
    store.path.rename(tmp_path / "moved.db")  # the window's own connection stays open
    view.apply_filters()
    loaded(qtbot, view)
    assert view.status.text().startswith(f"There is no data file at {store.path}.")
    assert not view.export_button.isEnabled()
    assert view.model.rowCount() > 0  # the rows already shown stay
