from datetime import date

import pytest

from starapp.core.errors import NotFoundError, ReadingLockedError, TemplateError, ValidationError
from starapp.core.readings import Participation, ReadingKind, Score
from starapp.store import IncompleteReadingError

ALL = {"home": 3, "money": 5, "health": 7, "people": 2, "time": 9}


def fill(store, reading_id, values=ALL, na=("drink",)):
    for key, value in values.items():
        store.readings.set_score(reading_id, key, value)
    for key in na:
        store.readings.set_score(reading_id, key, None, not_applicable=True)


def test_draft_saves_score_by_score(store, person, template):
    r = store.readings.start(person.id, template, taken_on="2026-03-01", worker="Kim")
    store.readings.set_score(r.id, "home", 4)
    store.readings.set_note(r.id, "home", "Moved in last week")
    store.readings.set_score(r.id, "home", 5)  # keeps the note
    got = store.readings.get(r.id)
    assert got.status == "draft" and got.taken_on == "2026-03-01"
    assert got.scores["home"] == Score("home", 5, False, "Moved in last week")
    assert store.readings.drafts(person.id)[0].id == r.id


def test_score_validation(store, person, template):
    r = store.readings.start(person.id, template)
    with pytest.raises(ValidationError, match="1 to 10"):
        store.readings.set_score(r.id, "home", 11)
    with pytest.raises(ValidationError, match="cannot be marked not applicable"):
        store.readings.set_score(r.id, "home", None, not_applicable=True)
    with pytest.raises(ValidationError, match="no area"):
        store.readings.set_score(r.id, "nope", 3)
    with pytest.raises(ValidationError, match="too long"):
        store.readings.set_note(r.id, "home", "x" * 20_001)
    assert store.readings.get(r.id).scores == {}


def test_future_date_refused(store, person, template):
    with pytest.raises(ValidationError, match="future"):
        store.readings.start(person.id, template, taken_on="2999-01-01")


def test_finalise_requires_every_area_unless_allowed(store, person, template):
    r = store.readings.start(person.id, template)
    store.readings.set_score(r.id, "home", 3)
    with pytest.raises(IncompleteReadingError) as err:
        store.readings.finalise(r.id)
    assert err.value.missing == ["money", "health", "drink", "people", "time"]
    assert store.readings.get(r.id).status == "draft"
    done = store.readings.finalise(r.id, allow_incomplete=True)
    assert done.is_final and done.finalised_at


def test_finalise_locks_and_updates_person_summary(store, person, template):
    r = store.readings.start(person.id, template, taken_on="2026-02-02", kind=ReadingKind.FIRST)
    fill(store, r.id)
    store.readings.finalise(r.id)
    with pytest.raises(ReadingLockedError):
        store.readings.set_score(r.id, "home", 1)
    with pytest.raises(ReadingLockedError):
        store.readings.discard(r.id)
    p = store.people.get(person.id)
    assert (p.reading_count, p.last_reading_on, p.latest_reading_id) == (1, "2026-02-02", r.id)
    queued = [row["entity_id"] for row in store.db.query("SELECT * FROM outbox")]
    assert r.id in queued


def test_discard_draft_removes_it(store, person, template):
    r = store.readings.start(person.id, template)
    fill(store, r.id)
    store.readings.discard(r.id)
    with pytest.raises(NotFoundError):
        store.readings.get(r.id)
    assert store.db.execute("SELECT count(*) FROM scores").fetchone()[0] == 0


def test_amend_keeps_original_and_records_change_and_reason(store, person, template):
    r = store.readings.start(person.id, template, taken_on="2026-01-10")
    fill(store, r.id)
    store.readings.finalise(r.id)
    with pytest.raises(ValidationError, match="why"):
        store.readings.amend(r.id, {"home": Score("home", 6)}, " ")
    new = store.readings.amend(r.id, {"home": Score("home", 6)}, "Typed 3 instead of 6")
    assert new.amends == r.id and new.is_final
    assert new.scores["home"].value == 6 and new.scores["money"].value == 5
    assert store.readings.get(r.id).scores["home"].value == 3  # original untouched
    assert store.readings.amendment_changes(new.id) == [{"area": "home", "old": 3, "new": 6}]
    assert [x.id for x in store.readings.history(r.id)] == [r.id, new.id]
    assert [x.id for x in store.readings.for_person(person.id)] == [new.id]
    assert len(store.readings.for_person(person.id, include_replaced=True)) == 2
    assert store.people.get(person.id).latest_reading_id == new.id
    with pytest.raises(ValidationError, match="already been amended"):
        store.readings.amend(r.id, {"home": Score("home", 7)}, "again")


def test_readings_listed_oldest_first_with_details(store, person, template):
    ids = []
    for day in ("2026-05-01", "2025-11-01", "2026-01-15"):
        r = store.readings.start(
            person.id, template, taken_on=day, participation=Participation.WORKER_ONLY
        )
        fill(store, r.id)
        store.readings.finalise(r.id)
        ids.append(r.id)
    listed = store.readings.for_person(person.id)
    assert [x.taken_on for x in listed] == ["2025-11-01", "2026-01-15", "2026-05-01"]
    assert listed[0].participation is Participation.WORKER_ONLY
    assert listed[-1].values()["time"] == 9 and listed[-1].not_applicable() == {"drink"}
    assert store.people.get(person.id).reading_count == 3


def test_reading_keeps_its_template_version(store, person, template, make_template):
    r = store.readings.start(person.id, template)
    newer = make_template(version=2, first_area="Housing")
    store.templates.ensure(newer)
    old = store.readings.template_of(store.readings.get(r.id))
    assert (old.version, old.areas[0].name) == (1, "Home")
    assert [t.version for t in store.templates.available() if t.key == "small"] == [2]


def test_same_version_with_different_words_is_refused(store, template, make_template):
    store.templates.ensure(template)
    changed = make_template(first_area="Housing")
    with pytest.raises(TemplateError, match="raise the version"):
        store.templates.ensure(changed)


def test_update_details(store, person, template):
    r = store.readings.start(person.id, template)
    got = store.readings.update_details(
        r.id, taken_on="2025-12-24", kind=ReadingKind.EXIT, notes="Done on paper"
    )
    assert (got.taken_on, got.kind, got.notes) == ("2025-12-24", ReadingKind.EXIT, "Done on paper")


def test_action_steps(store, person):
    step = store.actions.add(person.id, "home", "Call the landlord", due_on="2026-01-01")
    assert step.is_overdue(date(2026, 2, 1))
    done = store.actions.update(step.id, status="done")
    assert not done.is_overdue(date(2026, 2, 1))
    assert [s.id for s in store.actions.for_person(person.id)] == [step.id]
    with pytest.raises(ValidationError):
        store.actions.add(person.id, "home", "  ")
