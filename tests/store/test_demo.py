from collections import Counter
from datetime import date

import pytest

from starapp.core.errors import ValidationError
from starapp.core.people import PersonDraft
from starapp.core.readings import missing_areas
from starapp.store import Store
from starapp.store.demo import fill_demo

N = 50
TODAY = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with Store.open(path, create=True, actor="tester") as store:
        counts = fill_demo(store, people=N, seed=7, today=TODAY)
    store = Store.open(path)
    yield store, counts
    store.close()


def _fingerprint(store):
    people = store.db.execute(
        "SELECT id, reference, name, project, key_worker, reading_count FROM people"
        " ORDER BY reference"
    ).fetchall()
    scores = store.db.execute(
        "SELECT p.reference, r.taken_on, r.kind, r.status, s.area_key, s.value,"
        " s.not_applicable, s.note FROM scores s JOIN readings r ON r.id = s.reading_id"
        " JOIN people p ON p.id = r.person_id ORDER BY 1, 2, r.created_at, 5"
    ).fetchall()
    return people, scores


def test_counts_match_stats(demo):
    store, counts = demo
    stats = store.stats()
    assert counts["people"] == stats["people"] == N
    # every amendment replaces exactly one original
    total = stats["readings_final"] + stats["readings_draft"] + stats["readings_amended"]
    assert counts["readings"] == total
    assert counts["scores"] == stats["scores"]
    assert counts["actions"] == stats["action_steps"]
    assert stats["templates"] >= 3
    assert 6 <= stats["readings_final"] / N <= 18  # about 12 each


def test_same_seed_same_data(tmp_path, demo):
    store, _ = demo
    with Store.open(tmp_path / "again.db", create=True) as again:
        fill_demo(again, people=N, seed=7, today=TODAY)
        assert _fingerprint(again) == _fingerprint(store)
    with Store.open(tmp_path / "other.db", create=True) as other:
        fill_demo(other, people=N, seed=8, today=TODAY)
        assert _fingerprint(other)[1] != _fingerprint(store)[1]


def test_file_is_sound_and_nothing_waits_to_sync(demo):
    store, _ = demo
    assert store.integrity_problems() == []
    assert store.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    assert store.stats()["waiting_changes"] == 0
    audit = store.db.execute("SELECT action FROM audit WHERE action LIKE 'demo.%'").fetchall()
    assert audit == [("demo.fill",)]
    assert store.meta("demo") is not None


def test_people_look_fictional(demo):
    store, _ = demo
    people = store.people.find(archived=None)
    assert [p.reference for p in people] == [f"DEMO-{i:05d}" for i in range(1, N + 1)]
    code_only = sum(1 for p in people if not p.name)
    assert 0 < code_only < N
    for p in people:
        assert p.project and p.key_worker
        assert len(p.name.split()) <= 2  # a first name and an initial at most
    assert sum(1 for p in people if p.consent.given) > N // 2


def test_summary_columns_match_readings(demo):
    store, _ = demo
    for person in store.people.find(archived=None):
        finals = [r for r in store.readings.for_person(person.id) if r.is_final]
        assert person.reading_count == len(finals)
        latest = max(finals, key=lambda r: (r.taken_on, r.created_at))
        assert person.latest_reading_id == latest.id
        assert person.last_reading_on == latest.taken_on


def test_readings_follow_the_rules(demo):
    store, _ = demo
    kinds: Counter[str] = Counter()
    for person in store.people.find(archived=None):
        readings = store.readings.for_person(person.id)
        finals = [r for r in readings if r.is_final]
        assert finals[0].kind == "first"
        assert all(r.kind != "first" for r in finals[1:])
        assert all(r.kind != "exit" for r in finals[:-1])
        assert len({r.template_id for r in readings}) == 1  # one template per person
        kinds.update(r.kind for r in finals)
        for r in readings:
            assert r.taken_on <= TODAY.isoformat()
            template = store.readings.template_of(r)
            if r.is_final:
                assert missing_areas(template, r.scores) == []
            for score in r.scores.values():
                if score.not_applicable:
                    assert template.area(score.area_key).allow_not_applicable
                    assert score.value is None
                else:
                    assert template.scale_min <= score.value <= template.scale_max
    assert kinds["first"] == N and kinds["review"] > N


def test_variety(demo):
    store, _ = demo
    q = store.db.execute
    assert q("SELECT count(DISTINCT template_id) FROM readings").fetchone()[0] == 3
    assert q("SELECT count(*) FROM scores WHERE not_applicable = 1").fetchone()[0] > 0
    assert q("SELECT count(*) FROM scores WHERE note != ''").fetchone()[0] > 0
    assert q("SELECT count(*) FROM readings WHERE kind = 'exit'").fetchone()[0] > 0
    assert q("SELECT count(DISTINCT status) FROM actions").fetchone()[0] >= 2
    span = q("SELECT min(taken_on), max(taken_on) FROM readings").fetchone()
    assert date.fromisoformat(span[0]) < date(2024, 6, 30)  # about three years back


def test_drafts_and_amendments_appear_at_scale(tmp_path):
    with Store.open(tmp_path / "d.db", create=True) as store:
        fill_demo(store, people=400, seed=3, today=TODAY)
        stats = store.stats()
        assert stats["readings_draft"] > 0 and stats["readings_amended"] > 0
        draft = store.readings.drafts()[0]
        assert not draft.is_final
        amended = store.one("SELECT id FROM readings WHERE amends IS NOT NULL")
        history = store.readings.history(amended["id"])
        assert len(history) == 2
        changes = store.readings.amendment_changes(amended["id"])
        assert len(changes) == 1
        old, new = history
        area = changes[0]["area"]
        assert old.scores[area].value == changes[0]["old"]
        assert new.scores[area].value == changes[0]["new"]
        assert store.integrity_problems() == []


def test_refuses_a_file_with_people(store):
    store.people.add(PersonDraft(reference="P-1"))
    with pytest.raises(ValidationError, match="new data file"):
        fill_demo(store, people=5, seed=1)


def test_durability_settings_are_restored(tmp_path):
    with Store.open(tmp_path / "d.db", create=True) as store:
        fill_demo(store, people=3, seed=1)
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
