"""Erasure: the person and everything about them leave the file, byte for byte."""

import pytest

from starapp.core.errors import ValidationError
from starapp.core.people import Consent, PersonDraft
from starapp.core.readings import Score
from starapp.store.bundle_records import collect_changes
from starapp.store.outbox import Outbox

# Unusual strings, so a hit in the raw bytes can only be this person's data.
NAME = "Zephyrine Quillfeather"
REF = "ERASE-7731"
NOTES = ("Sleeps at her sister's flat on Marrowgate", "Owes rent arrears to Kessock")
ACTION = "Ring the Kessock housing officer"
CONSENT = "Signed the Brambleworth form"


def _everything(store, template):
    """A person with a final reading, an amendment, a draft, an action, a conflict."""
    p = store.people.add(
        PersonDraft(
            reference=REF,
            name=NAME,
            project="Riverside",
            consent=Consent(given=True, date="2025-01-01", method="paper", note=CONSENT),
        )
    )
    r = store.readings.start(p.id, template, taken_on="2025-02-01", notes=NOTES[0])
    for i, area in enumerate(template.areas):
        store.readings.set_score(r.id, area.key, i + 2)
    store.readings.set_note(r.id, "home", NOTES[1])
    store.readings.finalise(r.id)
    store.readings.amend(r.id, {"money": Score("money", 9, note=NOTES[1])}, "Typed wrong")
    draft = store.readings.start(p.id, template, notes=NOTES[0])
    store.readings.set_score(draft.id, "home", 4)
    store.actions.add(p.id, "home", ACTION, notes=NOTES[1])
    store.db.execute(
        "INSERT INTO conflicts (id, entity, entity_id, kind, local, incoming, incoming_rev,"
        " bundle_id, source_install, detected_at) VALUES"
        " ('c1', 'person', ?, 'concurrent_edit', ?, ?, 'r1', 'b1', 'other', '2025-01-01')",
        (p.id, f'{{"name": "{NAME}"}}', f'{{"name": "{NAME}", "id": "{p.id}"}}'),
    )
    store.people.update(p.id, PersonDraft(reference=REF, name=NAME + " Jr", project="Riverside"))
    return p


def _raw(store) -> bytes:
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _traces(data: bytes) -> list[str]:
    needles = [NAME, NAME.split()[1], REF, *NOTES, ACTION, CONSENT]
    return [n for n in needles if n.encode() in data]


def test_erase_leaves_no_bytes_and_sends_a_tombstone(store, template):
    other = store.people.add(PersonDraft(reference="KEEP-1", name="Bob Keeper"))
    kept = store.readings.start(other.id, template, notes="Bob's own note")
    p = _everything(store, template)
    assert _traces(_raw(store))  # the test can see them before
    before = store.stats()

    store.people.erase(p.id, confirm_reference=REF.lower())

    assert _traces(_raw(store)) == []
    assert store.people.by_reference(REF) is None
    for table, column in [
        ("people", "id"),
        ("readings", "person_id"),
        ("actions", "person_id"),
        ("revisions", "entity_id"),
        ("conflicts", "entity_id"),
    ]:
        assert store.one(f"SELECT 1 AS x FROM {table} WHERE {column} = ?", (p.id,)) is None
    assert store.one("SELECT count(*) AS n FROM scores")["n"] == 0  # Bob's draft has none
    assert store.one("SELECT count(*) AS n FROM conflicts")["n"] == 0
    assert store.people.get(other.id).name == "Bob Keeper"
    assert store.readings.get(kept.id).notes == "Bob's own note"
    assert store.stats()["people"] == before["people"] - 1
    assert store.integrity_problems() == []
    # the deletion waits in the outbox and travels as a tombstone
    pending = Outbox(store).pending_rows()
    assert [(r.entity, r.entity_id, r.change) for r in pending if r.entity_id == p.id] == [
        ("person", p.id, "delete")
    ]
    records = collect_changes(store, pending)
    assert [t["id"] for t in records["tombstones"]] == [p.id]
    assert p.id not in {r["id"] for r in records["people"]}
    audit = store.one("SELECT * FROM audit WHERE action = 'person.erase'")
    assert audit["entity_id"] == p.id and audit["detail"] == ""


def test_wrong_reference_is_refused_and_changes_nothing(store, template):
    p = _everything(store, template)
    stats = store.stats()
    audits = store.one("SELECT count(*) AS n FROM audit")["n"]
    with pytest.raises(ValidationError, match="does not match"):
        store.people.erase(p.id, confirm_reference="ERASE-773")
    with pytest.raises(ValidationError):
        store.people.erase(p.id, confirm_reference="")
    assert store.stats() == stats
    assert store.one("SELECT count(*) AS n FROM audit")["n"] == audits
    assert store.people.get(p.id).name == NAME + " Jr"


def test_secure_delete_is_on(store):
    assert store.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
