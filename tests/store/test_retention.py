"""Retention: who is archived or erased, exactly at the month boundaries, and that
applying it archives and erases those people and nobody else."""

from datetime import date, timedelta

import pytest

from starapp.core.clock import today
from starapp.core.people import PersonDraft
from starapp.store.outbox import Outbox
from starapp.store.retention import (
    ARCHIVE,
    ERASE,
    apply_retention,
    months_before,
    plan_retention,
)

NAME = "Ottoline Grubwhistle"  # unusual, so a hit in the raw bytes can only be hers
NOTE = "Stays with a cousin on Pilchard Row"
DAY = timedelta(days=1)


def _raw(store) -> bytes:
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _reading(store, template, person_id, taken_on, notes=""):
    r = store.readings.start(person_id, template, taken_on=taken_on.isoformat(), notes=notes)
    for area in template.areas:
        store.readings.set_score(r.id, area.key, 5)
    store.readings.finalise(r.id)
    return r


def _plan(store, archive, erase, on):
    return {(i.reference, i.action) for i in plan_retention(store, archive, erase, on).items}


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 27), 6, date(2026, 5, 27)),
        (date(2026, 8, 31), 6, date(2026, 2, 28)),
        (date(2028, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 1, 15), 13, date(2024, 12, 15)),
        (date(2026, 1, 15), 0, date(2026, 1, 15)),
        (date(2026, 1, 31), -1, date(2026, 2, 28)),
    ],
)
def test_months_before_counts_calendar_months(day, months, expected):
    assert months_before(day, months) == expected


def test_archive_preview_at_the_boundary(store, template):
    now = today()
    cutoff = months_before(now, 6)
    due = store.people.add(PersonDraft(reference="DUE", name="Due Person"))
    _reading(store, template, due.id, cutoff)
    recent = store.people.add(PersonDraft(reference="RECENT"))
    _reading(store, template, recent.id, cutoff + DAY)
    old_then_new = store.people.add(PersonDraft(reference="BACK"))
    _reading(store, template, old_then_new.id, months_before(now, 20))
    draft = store.readings.start(old_then_new.id, template, taken_on=(cutoff + DAY).isoformat())
    assert draft.status.value == "draft"  # a reading under way counts as a reading
    store.people.add(PersonDraft(reference="NEW"))  # no reading yet: counted from added
    archived = store.people.add(PersonDraft(reference="GONE"))
    _reading(store, template, archived.id, months_before(now, 30))
    store.people.set_archived(archived.id, True)

    plan = plan_retention(store, 6, 0, now)
    assert [(i.reference, i.action) for i in plan.items] == [("DUE", ARCHIVE)]
    item = plan.items[0]
    assert (item.name, item.last_reading_on, item.since) == (
        "Due Person",
        cutoff.isoformat(),
        cutoff.isoformat(),
    )
    # Never having had a reading, they are counted from the day they were added.
    added = today()
    assert ("NEW", ARCHIVE) not in _plan(store, 6, 0, months_before(added, -6) - DAY)
    assert ("NEW", ARCHIVE) in _plan(store, 6, 0, months_before(added, -6))
    # 0 months: never.
    assert plan_retention(store, 0, 0, now).items == ()


def test_erase_preview_counts_from_the_archive_day(store, template):
    kept = store.people.add(PersonDraft(reference="KEEP"))
    archived = store.people.add(PersonDraft(reference="OLD"))
    store.people.set_archived(archived.id, True)
    day = date.fromisoformat(store.people.get(archived.id).archived_on)
    assert _plan(store, 0, 12, months_before(day, -12) - DAY) == set()
    assert _plan(store, 0, 12, months_before(day, -12)) == {("OLD", ERASE)}
    # Archived people are never archived again; not archived people are never erased.
    both = _plan(store, 1, 12, months_before(day, -12))
    assert both == {("OLD", ERASE), ("KEEP", ARCHIVE)}
    assert store.people.get(kept.id).archived is False  # a preview changes nothing


def test_apply_archives_and_erases_exactly_the_previewed_people(store, template):
    now = today()
    stale = store.people.add(PersonDraft(reference="STALE", name="Stale Person"))
    _reading(store, template, stale.id, months_before(now, 7))
    fresh = store.people.add(PersonDraft(reference="FRESH", name="Fresh Person"))
    fresh_reading = _reading(store, template, fresh.id, now - DAY)
    old = store.people.add(PersonDraft(reference="ERASE-ME", name=NAME))
    _reading(store, template, old.id, months_before(now, 40), notes=NOTE)
    store.actions.add(old.id, "home", "Phone the council", notes=NOTE)
    store.people.set_archived(old.id, True)
    # Archived two years ago (as if by an earlier version: the day is in the file).
    store.db.execute(
        "UPDATE people SET archived_on = ? WHERE id = ?",
        (months_before(now, 24).isoformat(), old.id),
    )
    other_archived = store.people.add(PersonDraft(reference="ARCH-NEW"))
    store.people.set_archived(other_archived.id, True)
    assert NAME.encode() in _raw(store) and NOTE.encode() in _raw(store)  # seen before
    before = store.stats()

    plan = plan_retention(store, 6, 12)
    assert {(i.reference, i.action) for i in plan.items} == {
        ("STALE", ARCHIVE),
        ("ERASE-ME", ERASE),
    }
    result = apply_retention(store, plan)

    assert (result.archived, result.erased) == (1, 1)
    stale_now = store.people.get(stale.id)
    assert stale_now.archived and stale_now.archived_on == now.isoformat()
    assert store.people.get(fresh.id).archived is False
    assert store.readings.get(fresh_reading.id).person_id == fresh.id
    assert store.people.get(other_archived.id).archived
    assert store.people.by_reference("ERASE-ME") is None
    after = store.stats()
    assert after["people"] == before["people"] - 1
    assert after["readings_final"] == before["readings_final"] - 1
    # No byte of the erased person's name or notes is left in the file or its WAL.
    raw = _raw(store)
    assert [n for n in (NAME, NAME.split()[1], NOTE) if n.encode() in raw] == []
    assert store.integrity_problems() == []
    # Audited as retention; the erasure travels as a tombstone.
    details = {
        (r["action"], r["entity_id"])
        for r in store.db.query("SELECT action, entity_id FROM audit WHERE detail = 'retention'")
    }
    assert details == {("person.archive", stale.id), ("person.erase", old.id)}
    pending = [(r.entity, r.entity_id, r.change) for r in Outbox(store).pending_rows()]
    assert ("person", old.id, "delete") in pending
    # Nothing left to do.
    assert plan_retention(store, 6, 12).items == ()


def test_apply_leaves_people_who_are_no_longer_due(store, template):
    now = today()
    stale = store.people.add(PersonDraft(reference="STALE"))
    _reading(store, template, stale.id, months_before(now, 7))
    restored = store.people.add(PersonDraft(reference="RESTORED"))
    store.people.set_archived(restored.id, True)
    store.db.execute(
        "UPDATE people SET archived_on = ? WHERE id = ?",
        (months_before(now, 24).isoformat(), restored.id),
    )
    plan = plan_retention(store, 6, 12)
    assert len(plan.items) == 2
    # After the preview: a new reading for one, the other restored from the archive.
    _reading(store, template, stale.id, now)
    store.people.set_archived(restored.id, False)

    result = apply_retention(store, plan)

    assert (result.archived, result.erased) == (0, 0)
    assert store.people.get(stale.id).archived is False
    assert store.people.get(restored.id).archived is False


def test_negative_months_are_refused(store):
    with pytest.raises(ValueError):
        plan_retention(store, -1, 0)
