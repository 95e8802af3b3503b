"""Consent "for what", its withdrawal, migration 4, and consent before a reading."""

import json
import sqlite3
import zipfile

import pytest

from starapp.core.clock import today
from starapp.core.errors import ValidationError
from starapp.core.people import (
    CONTACT,
    KEEP_RECORD,
    SHARE_FIGURES,
    Consent,
    PersonDraft,
    Withdrawal,
)
from starapp.store import Store
from starapp.store.consent import ConsentRequired, withdraw_consent
from starapp.store.migrations import APPLICATION_ID, MIGRATIONS
from starapp.store.settings import ServiceSettings, load_settings, save_settings

GIVEN = Consent(
    given=True,
    date="2026-01-05",
    method="Signed form",
    note="Read the leaflet together",
    purposes=frozenset({KEEP_RECORD, CONTACT}),
)


def _require_consent(store, on=True):
    save_settings(store, ServiceSettings(require_consent=on))


def test_purposes_round_trip_through_the_file(tmp_path):
    path = tmp_path / "c.db"
    with Store.open(path, create=True, actor="t") as store:
        p = store.people.add(PersonDraft(reference="C-1", consent=GIVEN))
    with Store.open(path, actor="t") as store:
        got = store.people.get(p.id).consent
        assert got == GIVEN
        assert got.in_force and not got.withdrawn
        row = store.one("SELECT consent_purposes FROM people WHERE id = ?", (p.id,))
        assert row["consent_purposes"] == "contact,keep_record"


def test_purposes_need_consent_given_and_known_keys(store):
    refused = Consent(given=False, date="2026-01-05", purposes=frozenset({KEEP_RECORD}))
    p = store.people.add(PersonDraft(reference="C-2", consent=refused))
    assert store.people.get(p.id).consent.purposes == frozenset()
    with pytest.raises(ValidationError) as err:
        store.people.add(
            PersonDraft(reference="C-3", consent=Consent(given=True, purposes=frozenset({"x"})))
        )
    assert err.value.field == "consent_purposes"
    with pytest.raises(ValidationError, match="future"):
        store.people.add(
            PersonDraft(reference="C-4", consent=Consent(given=True, date="2999-01-01"))
        )


def test_withdrawal_is_recorded_audited_and_kept_through_edits(store):
    p = store.people.add(PersonDraft(reference="C-5", name="Robin", consent=GIVEN))
    got = withdraw_consent(store, p.id, Withdrawal("2026-03-02", " Phone call ", "Moving away"))
    consent = got.consent
    assert consent.withdrawn and not consent.in_force
    assert (consent.withdrawn_on, consent.withdrawn_method, consent.withdrawn_reason) == (
        "2026-03-02",
        "Phone call",
        "Moving away",
    )
    # What was given before is still on the record beside the withdrawal.
    assert (consent.given, consent.date, consent.purposes) == (True, "2026-01-05", GIVEN.purposes)
    audit = store.one("SELECT * FROM audit WHERE action = 'person.consent_withdraw'")
    assert audit["entity_id"] == p.id and audit["detail"] == ""
    assert store.one(
        "SELECT 1 AS x FROM outbox WHERE entity = 'person' AND entity_id = ? AND seq = "
        "(SELECT max(seq) FROM outbox)",
        (p.id,),
    )
    # An ordinary edit (the person dialog) never wipes the withdrawal...
    edited = store.people.update(p.id, PersonDraft(reference="C-5", name="Robin B", consent=GIVEN))
    assert edited.consent.withdrawn_on == "2026-03-02"
    assert edited.consent.withdrawn
    # ...and consent given again on a later day is in force, the withdrawal still shown.
    again = Consent(given=True, date="2026-04-01", purposes=frozenset({KEEP_RECORD}))
    renewed = store.people.update(p.id, PersonDraft(reference="C-5", consent=again)).consent
    assert renewed.in_force and renewed.withdrawn_on == "2026-03-02"


@pytest.mark.parametrize(
    ("consent", "on", "problem"),
    [
        (Consent(), "2026-03-02", "no consent in force"),
        (Consent(given=False, date="2026-01-05"), "2026-03-02", "no consent in force"),
        (GIVEN, "2026-01-04", "before consent was given"),
        (GIVEN, "2999-01-01", "future"),
        (GIVEN, "2.3.2026", "not a date"),
    ],
)
def test_withdrawal_refused_with_a_reason_and_nothing_changes(store, consent, on, problem):
    p = store.people.add(PersonDraft(reference="C-6", consent=consent))
    audits = store.one("SELECT count(*) AS n FROM audit")["n"]
    with pytest.raises(ValidationError, match=problem):
        withdraw_consent(store, p.id, Withdrawal(on))
    assert store.people.get(p.id) == p
    assert store.one("SELECT count(*) AS n FROM audit")["n"] == audits


def test_withdrawing_twice_is_refused(store):
    p = store.people.add(PersonDraft(reference="C-7", consent=GIVEN))
    withdraw_consent(store, p.id, Withdrawal("2026-02-01"))
    with pytest.raises(ValidationError, match="no consent in force"):
        withdraw_consent(store, p.id, Withdrawal("2026-02-02"))
    assert store.people.get(p.id).consent.withdrawn_on == "2026-02-01"


def test_require_consent_refuses_a_reading_in_the_store(store, template):
    settled = store.people.add(PersonDraft(reference="OK-1", consent=GIVEN))
    never = store.people.add(PersonDraft(reference="NO-1"))
    refused = store.people.add(
        PersonDraft(reference="NO-2", consent=Consent(given=False, date="2026-01-05"))
    )
    contact_only = store.people.add(
        PersonDraft(
            reference="NO-3",
            consent=Consent(given=True, date="2026-01-05", purposes=frozenset({CONTACT})),
        )
    )
    withdrawn = store.people.add(PersonDraft(reference="NO-4", consent=GIVEN))
    old = store.readings.start(withdrawn.id, template, taken_on="2026-02-01")
    store.readings.set_score(old.id, "home", 5)
    withdraw_consent(store, withdrawn.id, Withdrawal("2026-03-01", "Letter"))

    # Off (the default): anyone can have a reading.
    assert store.readings.start(never.id, template).person_id == never.id
    _require_consent(store)
    assert load_settings(store).require_consent
    assert store.readings.start(settled.id, template).person_id == settled.id
    expected = {
        never.id: "NO-1 has no consent recorded",
        refused.id: "NO-2 did not give consent",
        contact_only.id: "NO-3's consent does not cover keeping their record",
        withdrawn.id: "NO-4 withdrew their consent on 2026-03-01",
    }
    for person_id, what in expected.items():
        drafts = store.stats()["readings_draft"]
        with pytest.raises(ConsentRequired) as err:
            store.readings.start(person_id, template)
        message = str(err.value)
        assert message.startswith(what)
        assert "record their consent" in message and "Edit details" in message
        assert err.value.person_id == person_id
        assert store.stats()["readings_draft"] == drafts
    # Readings already stored are never touched: the draft stays, and can still be saved.
    assert store.readings.get(old.id).scores["home"].value == 5
    store.readings.set_score(old.id, "money", 6)
    assert store.readings.get(old.id).scores["money"].value == 6


def test_migration_4_fills_purposes_and_archive_dates(tmp_path):
    """A file made by the previous schema: consent given becomes keep_record, and an
    archived person is dated by their archive audit row."""
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:3]:
        for statement in step.split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    stamp = "2025-05-05T10:00:00.000+00:00"
    for pid, ref, given, archived in [
        ("p1", "OLD-1", 1, 0),
        ("p2", "OLD-2", 0, 1),
        ("p3", "OLD-3", None, 1),
    ]:
        conn.execute(
            "INSERT INTO people (id, created_at, updated_at, origin, reference, consent_given,"
            " archived) VALUES (?, ?, ?, 'o', ?, ?, ?)",
            (pid, stamp, stamp, ref, given, archived),
        )
    conn.execute(
        "INSERT INTO audit (id, at, origin, actor, action, entity, entity_id) VALUES"
        " ('a1', '2025-03-04T09:00:00.000+00:00', 'o', 't', 'person.archive', 'person', 'p2')"
    )
    conn.close()
    with Store.open(path, actor="t") as store:
        p1, p2, p3 = (store.people.get(pid) for pid in ("p1", "p2", "p3"))
    assert p1.consent.purposes == frozenset({KEEP_RECORD}) and p1.consent.in_force
    assert p2.consent.purposes == frozenset() and p3.consent.purposes == frozenset()
    assert (p1.archived_on, p2.archived_on, p3.archived_on) == (None, "2025-03-04", "2025-05-05")
    assert p1.consent.withdrawn_on is None and p1.consent.withdrawn_method == ""


def test_archiving_dates_it_and_restoring_clears_it(store, person):
    archived = store.people.set_archived(person.id, True)
    assert archived.archived_on == today().isoformat()
    assert store.people.set_archived(person.id, False).archived_on is None


def test_share_figures_is_a_purpose(store):
    consent = Consent(given=True, date="2026-01-05", purposes=frozenset({SHARE_FIGURES}))
    p = store.people.add(PersonDraft(reference="C-8", consent=consent))
    assert store.people.get(p.id).consent.purposes == frozenset({SHARE_FIGURES})


def test_purposes_withdrawal_and_archive_day_travel_in_a_bundle(tmp_path):
    from starapp.sync.importer import import_paths
    from starapp.sync.outbox import export_bundles

    worker = Store.open(tmp_path / "worker.db", create=True, actor="kim")
    manager = Store.open(tmp_path / "manager.db", create=True, actor="boss")
    try:
        p = worker.people.add(PersonDraft(reference="B-1", consent=GIVEN))
        plain = worker.people.add(PersonDraft(reference="B-2"))
        (first,) = export_bundles(worker, tmp_path / "out1").paths
        with zipfile.ZipFile(first) as zf:
            people = {r["reference"]: r for r in json.loads(zf.read("records.json"))["people"]}
            assert json.loads(zf.read("manifest.json"))["format_version"] == 3
        assert people["B-1"]["consent_purposes"] == ["contact", "keep_record"]
        assert "consent_purposes" not in people["B-2"]  # only when set: older apps read it
        withdraw_consent(worker, p.id, Withdrawal("2026-02-03", "Letter", "No longer wishes"))
        worker.people.set_archived(p.id, True)
        (second,) = export_bundles(worker, tmp_path / "out2").paths
        worker.people.update(plain.id, PersonDraft(reference="B-2", name="Only B-2"))
        (third,) = export_bundles(worker, tmp_path / "out3").paths
        with zipfile.ZipFile(third) as zf:  # nobody in it has the new fields: format 1
            assert json.loads(zf.read("manifest.json"))["format_version"] == 1

        for path in (first, second, third):
            (outcome,) = import_paths(manager, [path])
            assert outcome.status == "imported", outcome
        assert manager.people.get(p.id).consent == worker.people.get(p.id).consent
        got = manager.people.get(p.id)
        assert got.consent.withdrawn and got.consent.purposes == GIVEN.purposes
        assert got.archived and got.archived_on == today().isoformat()
        # People with none of the new fields arrive with none.
        assert manager.people.get(plain.id).consent == Consent()
        assert manager.people.get(plain.id).archived_on is None
    finally:
        worker.close()
        manager.close()


def test_demo_people_who_gave_consent_gave_it_for_their_record(store):
    from starapp.store.consent import allows_reading
    from starapp.store.demo import fill_demo

    fill_demo(store, people=30, seed=3)
    people = store.people.find(archived=None)
    given = [p for p in people if p.consent.given]
    assert given and all(allows_reading(p) for p in given)
    assert not any(allows_reading(p) for p in people if not p.consent.given)
