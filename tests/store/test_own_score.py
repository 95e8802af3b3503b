"""The person's own score, kept beside the agreed one (migration 3)."""

import sqlite3

import pytest

from starapp.core.errors import ReadingLockedError, ValidationError
from starapp.core.readings import Score
from starapp.store import Store
from starapp.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def test_own_score_saved_beside_agreed_score(store, person, template):
    r = store.readings.start(person.id, template, taken_on="2026-03-01")
    store.readings.set_score(r.id, "home", 4)
    store.readings.set_note(r.id, "home", "New flat")
    saved = store.readings.set_own_score(r.id, "home", 7)
    assert saved == Score("home", 4, False, "New flat", 7)
    assert store.readings.get(r.id).scores["home"].own_value == 7


def test_agreed_score_and_note_keep_the_own_score(store, person, template):
    r = store.readings.start(person.id, template)
    store.readings.set_own_score(r.id, "money", 2)  # before any agreed score
    assert store.readings.get(r.id).scores["money"] == Score("money", None, False, "", 2)
    store.readings.set_score(r.id, "money", 5)
    store.readings.set_note(r.id, "money", "Debt advice booked")
    assert store.readings.get(r.id).scores["money"] == Score(
        "money", 5, False, "Debt advice booked", 2
    )
    store.readings.set_own_score(r.id, "money", None)  # cleared
    assert store.readings.get(r.id).scores["money"].own_value is None


def test_own_score_validation_and_drafts_only(store, person, template):
    r = store.readings.start(person.id, template)
    with pytest.raises(ValidationError, match="1 to 10"):
        store.readings.set_own_score(r.id, "home", 11)
    with pytest.raises(ValidationError, match="no area"):
        store.readings.set_own_score(r.id, "nope", 3)
    assert store.readings.get(r.id).scores == {}
    store.readings.set_score(r.id, "home", 3)
    store.readings.finalise(r.id, allow_incomplete=True)
    with pytest.raises(ReadingLockedError):
        store.readings.set_own_score(r.id, "home", 5)


def test_own_score_is_audited_without_the_value(store, person, template):
    r = store.readings.start(person.id, template)
    store.readings.set_own_score(r.id, "health", 9)
    rows = list(store.db.query("SELECT * FROM audit WHERE action = 'reading.own_score'"))
    assert len(rows) == 1
    assert rows[0]["entity_id"] == r.id and rows[0]["detail"] == "health"
    assert "9" not in rows[0]["detail"]


def test_amendment_keeps_and_can_change_own_scores(store, person, template):
    r = store.readings.start(person.id, template)
    store.readings.set_score(r.id, "home", 3)
    store.readings.set_own_score(r.id, "home", 6)
    store.readings.set_score(r.id, "money", 4)
    store.readings.set_own_score(r.id, "money", 2)
    store.readings.finalise(r.id, allow_incomplete=True)
    amended = store.readings.amend(
        r.id, {"home": Score("home", 4, False, "", 6)}, "Typed the wrong point"
    )
    assert amended.scores["home"] == Score("home", 4, False, "", 6)
    assert amended.scores["money"].own_value == 2  # untouched areas keep theirs
    with pytest.raises(ValidationError):
        store.readings.amend(amended.id, {"home": Score("home", 4, False, "", 0)}, "why")


def test_files_from_before_own_scores_are_migrated(tmp_path, template):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    assert SCHEMA_VERSION >= 3
    with Store.open(path, actor="tester") as store:
        columns = {row[1] for row in store.db.execute("PRAGMA table_info(scores)")}
        assert "own_value" in columns
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
