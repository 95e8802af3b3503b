"""The audit log: filters, pages, the person each row is about, exports without notes."""

import csv

import pytest
from openpyxl import load_workbook

from starapp.core.people import PersonDraft
from starapp.core.report_export import ExportError
from starapp.store import audit_log
from starapp.store.audit_log import AuditFilter

NAME = "Perpetua Vantongeren"
NOTE = "Sleeps in the van behind Ostwick depot"
STEP = "Ask Ostwick council about a flat"


def _fill(store, template):
    """Two people (one later erased), a reading with notes, a step, a discarded draft."""
    kept = store.people.add(PersonDraft(reference="KEEP-1", name=NAME))
    gone = store.people.add(PersonDraft(reference="GONE-1", name="Ottoline Brisk"))
    reading = store.readings.start(kept.id, template, notes=NOTE)
    store.readings.set_note(reading.id, "home", NOTE)
    store.readings.set_score(reading.id, "home", 3)
    store.actions.add(kept.id, "home", STEP, notes=NOTE)
    draft = store.readings.start(kept.id, template)
    store.readings.discard(draft.id)
    gone_reading = store.readings.start(gone.id, template, notes="Gone's note")
    store.people.erase(gone.id, confirm_reference="GONE-1")
    return kept, gone, reading, draft, gone_reading


def test_rows_name_the_person_while_they_are_here(store, template):
    kept, gone, reading, draft, gone_reading = _fill(store, template)
    rows = audit_log.rows(store)
    assert len(rows) == audit_log.count(store) == store.one("SELECT count(*) n FROM audit")["n"]
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    by_id = {}
    for r in rows:
        by_id.setdefault(r.entity_id, set()).add((r.reference, r.erased, r.deleted))
    assert by_id[kept.id] == {("KEEP-1", False, False)}
    assert by_id[reading.id] == {("KEEP-1", False, False)}
    assert by_id[gone.id] == {(None, True, False)}  # erased: no reference left
    assert by_id[gone_reading.id] == {(None, True, False)}  # their reading: erased too
    assert by_id[draft.id] == {(None, False, True)}  # a discarded draft, person still here
    assert all(not r.erased for r in rows if not r.about_a_person)


def test_filters_combine_and_pages_cover_every_row(store, template):
    kept, _, reading, _, _ = _fill(store, template)
    store.actor = "second-worker"
    store.people.update(kept.id, PersonDraft(reference="KEEP-1", name=NAME + " B"))
    everything = audit_log.rows(store)

    mine = audit_log.rows(store, AuditFilter(actor="second-worker"))
    assert [(r.action, r.entity_id) for r in mine] == [("person.update", kept.id)]
    scores = audit_log.rows(store, AuditFilter(action="reading.score", entity="reading"))
    assert [r.entity_id for r in scores] == [reading.id]
    about_kept = audit_log.rows(store, AuditFilter(person_id=kept.id))
    assert {r.reference for r in about_kept} == {"KEEP-1"}
    assert {"person.create", "reading.note", "action.create", "person.update"} <= {
        r.action for r in about_kept
    }
    middle = everything[len(everything) // 2].at
    newer = audit_log.rows(store, AuditFilter(since=middle))
    older = audit_log.rows(store, AuditFilter(until=middle))
    assert len(newer) + len(older) == len(everything)
    assert all(r.at >= middle for r in newer) and all(r.at < middle for r in older)
    assert audit_log.count(store, AuditFilter(since=middle)) == len(newer)

    pages = [audit_log.rows(store, limit=3, offset=o) for o in range(0, len(everything), 3)]
    assert [r for page in pages for r in page] == everything
    held = audit_log.choices(store)
    assert held.actors == ["second-worker", "tester"]
    assert {"person", "reading", "action"} <= set(held.entities)
    assert "person.erase" in held.actions and held.actions == sorted(held.actions)


def test_csv_and_xlsx_exports_hold_the_rows_and_no_names_or_notes(store, template, tmp_path):
    _fill(store, template)
    wanted = audit_log.rows(store)
    out = tmp_path / "audit.csv"
    assert audit_log.export(store, AuditFilter(), out) == len(wanted)
    text = out.read_text(encoding="utf-8-sig")
    for secret in (NAME, NOTE, STEP, "Ottoline", "Gone's note"):
        assert secret not in text
    got = list(csv.reader(text.splitlines()))
    assert tuple(got[0]) == audit_log.EXPORT_COLUMNS
    assert [(g[0], g[2], g[4]) for g in got[1:]] == [(r.at, r.action, r.entity_id) for r in wanted]
    people = {g[5] for g in got[1:]}
    assert {"KEEP-1", audit_log.ERASED, audit_log.REMOVED} <= people
    assert "GONE-1" not in text

    book = tmp_path / "audit.xlsx"
    reading_rows = AuditFilter(entity="reading")
    n = audit_log.export(store, reading_rows, book)
    sheet = load_workbook(book, read_only=True)["Audit"]
    values = [tuple(c or "" for c in row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == audit_log.EXPORT_COLUMNS and len(values) == n + 1
    assert {v[3] for v in values[1:]} == {"reading"}
    exports = audit_log.rows(store, AuditFilter(action="audit.export"))
    assert [r.detail for r in exports] == ["xlsx", "csv"]


def test_opening_is_recorded_and_a_read_only_file_still_opens(store, tmp_path):
    audit_log.record_opened(store)
    assert [r.action for r in audit_log.rows(store, AuditFilter(entity="file"))] == ["file.open"]
    store.db.execute("PRAGMA query_only = 1")  # writes now fail as on a read-only file
    audit_log.record_opened(store)  # no error
    assert audit_log.count(store, AuditFilter(action="file.open")) == 1


def test_too_many_rows_for_excel_are_refused_with_a_sentence(store, tmp_path, monkeypatch):
    for _ in range(3):
        audit_log.record_opened(store)
    monkeypatch.setattr(audit_log, "MAX_XLSX_ROWS", 2)
    target = tmp_path / "big.xlsx"
    with pytest.raises(ExportError, match="export them as CSV"):
        audit_log.export(store, AuditFilter(), target)
    assert not target.exists()
    assert audit_log.count(store, AuditFilter(action="audit.export")) == 0
    assert audit_log.export(store, AuditFilter(), tmp_path / "big.csv") == 3


def test_a_reference_like_a_formula_stays_text(store, tmp_path):
    store.people.add(PersonDraft(reference="=1+2"))
    store.actor = "@worker"
    audit_log.record_opened(store)
    book = tmp_path / "a.xlsx"
    audit_log.export(store, AuditFilter(), book)
    cells = [c for row in load_workbook(book).active.iter_rows(values_only=True) for c in row]
    assert "'=1+2" in cells and "'@worker" in cells and "=1+2" not in cells
    audit_log.export(store, AuditFilter(), tmp_path / "a.csv")
    assert "'=1+2" in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
