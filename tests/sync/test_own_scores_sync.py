"""The person's own score (``own_value``) travels in bundles from format 2; bundles
without it stay format 1 and still import."""

import hashlib
import io
import json
import zipfile

from starapp.sync.bundle import counts_of
from starapp.sync.importer import import_paths
from starapp.sync.outbox import export_bundles


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one(outcomes):
    assert len(outcomes) == 1
    return outcomes[0]


def own_reading(store, person_id, template):
    """A finalised reading whose first area has an own score of 3 beside the agreed 6."""
    r = store.readings.start(person_id, template, taken_on="2025-06-01", worker="Kim")
    for area in template.areas:
        store.readings.set_score(r.id, area.key, 6)
    store.readings.set_own_score(r.id, template.areas[0].key, 3)
    store.readings.finalise(r.id)
    return r.id


def members_of(path):
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rewrite(path, out, edit):
    """The bundle at ``path`` with its records edited and the manifest re-signed."""
    members = members_of(path)
    records = json.loads(members["records.json"])
    edit(records)
    members["records.json"] = json.dumps(records).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["counts"] = counts_of(records)
    for m in manifest["members"]:
        m["size"] = len(members[m["name"]])
        m["sha256"] = hashlib.sha256(members[m["name"]]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    out.write_bytes(buf.getvalue())
    return out


def own_scores(records):
    return [s for r in records["readings"] for s in r["scores"] if "own_value" in s]


def test_own_score_reaches_the_manager(worker, manager, tmp_path, life):
    person = worker.people.by_reference("W-001")
    rid = own_reading(worker, person.id, life)
    path = one(export_bundles(worker, tmp_path / "out").paths)
    members = members_of(path)
    assert json.loads(members["manifest.json"])["format_version"] == 2
    assert own_scores(json.loads(members["records.json"])) == [
        {"area": life.areas[0].key, "value": 6, "not_applicable": False, "note": "",
         "own_value": 3}
    ]  # fmt: skip
    o = one(import_paths(manager, [path]))
    assert o.status == "imported" and not o.report.rejected
    scores = manager.readings.get(rid).scores
    assert scores[life.areas[0].key].own_value == 3
    assert scores[life.areas[0].key].value == 6
    assert all(scores[a.key].own_value is None for a in life.areas[1:])
    assert manager.readings.get(rid) == worker.readings.get(rid)


def test_bundle_without_own_scores_is_format_1_and_imports(worker, manager, tmp_path):
    path = one(export_bundles(worker, tmp_path / "out").paths)
    members = members_of(path)
    assert json.loads(members["manifest.json"])["format_version"] == 1
    assert own_scores(json.loads(members["records.json"])) == []
    o = one(import_paths(manager, [path]))
    assert o.status == "imported" and not o.report.rejected
    assert manager.stats()["readings_final"] == 3
    for r in manager.db.query("SELECT own_value FROM scores"):
        assert r["own_value"] is None


def test_explicit_null_own_value_imports(worker, manager, tmp_path):
    path = one(export_bundles(worker, tmp_path / "out").paths)

    def null_own(records):
        for r in records["readings"]:
            for s in r["scores"]:
                s["own_value"] = None

    o = one(import_paths(manager, [rewrite(path, tmp_path / "null.zip", null_own)]))
    assert o.status == "imported" and not o.report.rejected
    assert manager.stats()["readings_final"] == 3


def test_own_score_off_the_scale_rejects_the_reading_with_reason(worker, manager, tmp_path, life):
    rid = own_reading(worker, worker.people.by_reference("W-002").id, life)
    path = one(export_bundles(worker, tmp_path / "out").paths)

    def off_scale(records):
        own_scores(records)[0]["own_value"] = 11

    o = one(import_paths(manager, [rewrite(path, tmp_path / "off.zip", off_scale)]))
    assert o.status == "imported"
    assert list(map(str, o.report.rejected)) == [f"reading {rid}: the own score 11 for "
                                           f"'{life.areas[0].key}' is outside 1-10"]  # fmt: skip
    assert manager.stats()["readings_final"] == 3  # the other readings still import
    assert manager.db.execute("SELECT count(*) FROM scores WHERE reading_id = ?",
                              [rid]).fetchone()[0] == 0  # fmt: skip


def test_own_score_of_the_wrong_type_refuses_the_bundle_unchanged(worker, manager, tmp_path, life):
    own_reading(worker, worker.people.by_reference("W-002").id, life)
    path = one(export_bundles(worker, tmp_path / "out").paths)

    def wrong_type(records):
        own_scores(records)[0]["own_value"] = "3"

    bad = rewrite(path, tmp_path / "bad.zip", wrong_type)
    manager.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = sha(manager.path)
    o = one(import_paths(manager, [bad]))
    assert o.status == "refused"
    assert "own_value must be a whole number or null" in str(o.reason)
    manager.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert sha(manager.path) == before
    assert manager.stats()["readings_final"] == 0
