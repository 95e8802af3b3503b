import pytest

from starapp.core.errors import NotFoundError, ValidationError
from starapp.core.people import Consent, PersonDraft


def test_add_and_read_back(store):
    consent = Consent(given=True, date="2026-01-05", method="verbal", note="agreed")
    p = store.people.add(PersonDraft(reference=" R1 ", name="Sam", consent=consent))
    got = store.people.get(p.id)
    assert got.reference == "R1"
    assert got.consent == consent
    assert got.origin == store.install_id
    assert got.created_at.endswith("+00:00")


def test_reference_required_and_unique_case_insensitive(store):
    store.people.add(PersonDraft(reference="abc"))
    with pytest.raises(ValidationError) as err:
        store.people.add(PersonDraft(reference="ABC"))
    assert err.value.field == "reference"
    with pytest.raises(ValidationError, match="required"):
        store.people.add(PersonDraft(reference="  "))
    assert store.people.count() == 1


def test_future_birth_date_refused(store):
    with pytest.raises(ValidationError) as err:
        store.people.add(PersonDraft(reference="x", date_of_birth="2999-01-01"))
    assert err.value.field == "date_of_birth"
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        store.people.add(PersonDraft(reference="x", date_of_birth="12/01/1990"))


def test_update_keeps_id_and_checks_uniqueness(store, person):
    other = store.people.add(PersonDraft(reference="P-002"))
    updated = store.people.update(person.id, PersonDraft(reference="P-001", name="Alexis"))
    assert updated.id == person.id and updated.name == "Alexis"
    with pytest.raises(ValidationError):
        store.people.update(other.id, PersonDraft(reference="p-001"))
    with pytest.raises(NotFoundError):
        store.people.update("nope", PersonDraft(reference="Z"))


def test_archive_restore_and_filters(store, person):
    store.people.add(PersonDraft(reference="Q-1", name="Jo", project="Northgate", key_worker="Kim"))
    store.people.set_archived(person.id, True)
    assert [p.reference for p in store.people.find()] == ["Q-1"]
    assert [p.reference for p in store.people.find(archived=True)] == ["P-001"]
    assert store.people.count(archived=None) == 2
    store.people.set_archived(person.id, False)
    assert store.people.count() == 2
    assert [p.reference for p in store.people.find(project="Northgate")] == ["Q-1"]
    assert [p.reference for p in store.people.find(key_worker="Kim")] == ["Q-1"]
    assert store.people.projects() == ["Northgate", "Riverside"]


def test_search_matches_reference_or_name_and_escapes_wildcards(store, person):
    store.people.add(PersonDraft(reference="X_9", name="Beth"))
    store.people.add(PersonDraft(reference="X19", name="Carl"))
    assert [p.reference for p in store.people.find("alex")] == ["P-001"]
    assert [p.reference for p in store.people.find("X_")] == ["X_9"]
    assert store.people.find("%") == []


def test_sorting_and_paging(store):
    for i in range(25):
        store.people.add(PersonDraft(reference=f"R{i:02d}", name=f"N{24 - i:02d}"))
    page = store.people.find(order_by="name", limit=10, offset=10)
    assert [p.name for p in page] == [f"N{i:02d}" for i in range(10, 20)]
    desc = store.people.find(order_by="reference", descending=True, limit=3)
    assert [p.reference for p in desc] == ["R24", "R23", "R22"]
    with pytest.raises(ValueError):
        store.people.find(order_by="reference; DROP TABLE people")


def test_every_write_is_audited_without_personal_text(store, person):
    store.people.update(person.id, PersonDraft(reference="P-001", name="Secret Name"))
    rows = list(store.db.query("SELECT * FROM audit WHERE entity_id = ?", (person.id,)))
    assert [r["action"] for r in rows] == ["person.create", "person.update"]
    assert all(r["actor"] == "tester" for r in rows)
    dump = "\n".join(str(r) for r in store.db.query("SELECT * FROM audit"))
    assert "Secret" not in dump and "Alex" not in dump


def test_changes_are_queued_for_sync_in_the_same_transaction(store, person):
    queued = list(store.db.query("SELECT entity, entity_id, state FROM outbox"))
    assert queued == [{"entity": "person", "entity_id": person.id, "state": "pending"}]
