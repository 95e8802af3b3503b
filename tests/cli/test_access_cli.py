"""``starapp access``: everything held about one person, as JSON (subject access)."""

from __future__ import annotations

import json

import pytest

from starapp.cli import main
from starapp.core.people import PersonDraft
from starapp.core.readings import Score
from starapp.core.templates import builtin_template
from starapp.store import Store

PASSPHRASE = "correct horse battery staple 42"


def _fill(store: Store) -> dict[str, str]:
    life = builtin_template("life-areas")
    p = store.people.add(PersonDraft(reference="SAR-1", name="Nadia Okafor"))
    other = store.people.add(PersonDraft(reference="SAR-2", name="Someone Else"))
    r = store.readings.start(p.id, life, taken_on="2025-03-01", notes="First meeting at home")
    for i, area in enumerate(life.areas):
        store.readings.set_score(r.id, area.key, i % 10 + 1)
    first = life.areas[0].key
    store.readings.set_note(r.id, first, "Worried about the boiler")
    store.readings.finalise(r.id)
    amended = store.readings.amend(r.id, {first: Score(first, 9)}, "Scored the wrong row")
    store.actions.add(p.id, first, "Call the landlord", notes="Before Friday")
    o = store.readings.start(other.id, life, notes="Not Nadia's note")
    return {"person": p.id, "reading": r.id, "amended": amended.id, "other": o.id}


@pytest.fixture
def plain(tmp_path):
    with Store.open(tmp_path / "data.db", create=True, actor="kim") as store:
        ids = _fill(store)
    return tmp_path / "data.db", ids


def test_access_writes_everything_about_the_person(plain, tmp_path, capsys):
    data, ids = plain
    out = tmp_path / "nadia.json"
    assert main(["access", "--data", str(data), "--person", "sar-1", "--out", str(out)]) == 0
    got = json.loads(out.read_text(encoding="utf-8"))
    assert got["person"]["name"] == "Nadia Okafor" and got["person"]["reference"] == "SAR-1"
    readings = {r["id"]: r for r in got["readings"]}
    assert set(readings) == {ids["reading"], ids["amended"]}
    original, amendment = readings[ids["reading"]], readings[ids["amended"]]
    assert original["notes"] == "First meeting at home" and original["replaced_by_amendment"]
    assert "Worried about the boiler" in [s["note"] for s in original["scores"]]
    assert amendment["amends"] == ids["reading"]
    assert amendment["amend_reason"] == "Scored the wrong row" and amendment["amend_changes"]
    assert all(s["area_name"] for s in original["scores"])
    assert [a["description"] for a in got["actions"]] == ["Call the landlord"]
    actions = {a["action"] for a in got["audit"]}
    assert {"person.create", "reading.finalise", "reading.amend", "action.create"} <= actions
    assert "Not Nadia's note" not in out.read_text(encoding="utf-8")
    assert "SAR-1" in capsys.readouterr().out
    with Store.open(data) as store:  # the export itself is audited (no notes in it)
        row = store.one("SELECT * FROM audit WHERE action = 'person.export'")
        assert row["entity_id"] == ids["person"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_unknown_reference_exits_1_with_one_sentence_and_no_file(plain, tmp_path, capsys):
    data, _ = plain
    out = tmp_path / "nobody.json"
    assert main(["access", "--data", str(data), "--person", "NOPE-9", "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "NOPE-9" in err and err.endswith(".")
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("data.db")) == []


def test_access_opens_an_encrypted_file(tmp_path, monkeypatch):
    data = tmp_path / "enc.db"
    with Store.open(data, create=True, passphrase=PASSPHRASE) as store:
        _fill(store)
    monkeypatch.setenv("STARAPP_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "out.json"
    assert main(["access", "--data", str(data), "--person", "SAR-1", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["name"] == "Nadia Okafor"
