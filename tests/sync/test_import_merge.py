import hashlib
import io
import json
import struct
import zipfile
import zlib

import pytest
from engine_helpers import add_dav_target, sync_until_done
from fault_server import Fault
from sync_helpers import DAV_PASSWORD, record_reading

from starapp.core.people import PersonDraft
from starapp.store import Store
from starapp.store.bundle_records import collect_all
from starapp.sync.bundle import build_bundle, counts_of
from starapp.sync.bundle_reader import Limits
from starapp.sync.importer import import_paths
from starapp.sync.outbox import export_bundles


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one(outcomes):
    assert len(outcomes) == 1
    return outcomes[0]


def test_import_adds_then_changes_nothing(worker, manager, tmp_path):
    out = export_bundles(worker, tmp_path / "out").paths
    first = one(import_paths(manager, out))
    assert first.status == "imported"
    assert first.report.added["readings"] == 3 and first.report.added["people"] == 2
    before = sha(manager.path)
    again = one(import_paths(manager, out))
    assert again.status == "already imported"
    assert sha(manager.path) == before
    assert manager.stats()["readings_final"] == 3


def test_person_updated_by_newer_change(worker, manager, tmp_path):
    import_paths(manager, export_bundles(worker, tmp_path / "a").paths)
    p = worker.people.by_reference("W-001")
    worker.people.update(p.id, PersonDraft(reference="W-001", name="Ashley"))
    o = one(import_paths(manager, export_bundles(worker, tmp_path / "b").paths))
    assert o.report.updated["people"] == 1
    assert manager.people.get(p.id).name == "Ashley"
    assert manager.people.get(p.id).reading_count == 2


def test_older_version_arriving_late_changes_nothing(worker, manager, tmp_path):
    p = worker.people.by_reference("W-001")
    old = export_bundles(worker, tmp_path / "a").paths
    worker.people.update(p.id, PersonDraft(reference="W-001", name="Ashley"))
    new = export_bundles(worker, tmp_path / "b").paths
    import_paths(manager, new)
    o = one(import_paths(manager, old))
    assert o.report.unchanged["people"] >= 1 and not o.report.conflicts
    assert manager.people.get(p.id).name == "Ashley"


def test_person_changed_on_two_laptops_keeps_both(worker, tmp_path):
    export_bundles(worker, tmp_path / "base", full=True)
    # a second laptop starts from a copy of the same file (same people, same history)
    worker.close()
    import shutil

    shutil.copy(tmp_path / "worker.db", tmp_path / "laptop2.db")
    w1 = Store.open(tmp_path / "worker.db")
    w2 = Store.open(tmp_path / "laptop2.db")
    w2.db.execute("UPDATE meta SET value = 'aaaaaaaa-0000-4000-8000-000000000002'"
                  " WHERE key = 'install_id'")  # fmt: skip
    w2 = Store.open(tmp_path / "laptop2.db")
    manager = Store.open(tmp_path / "m.db", create=True)
    import_paths(manager, [tmp_path / "base"])
    p = w1.people.by_reference("W-001")
    w1.people.update(p.id, PersonDraft(reference="W-001", name="Ash One"))
    w2.people.update(p.id, PersonDraft(reference="W-001", name="Ash Two"))
    a = one(import_paths(manager, export_bundles(w1, tmp_path / "one").paths))
    assert a.report.updated["people"] == 1
    b = one(import_paths(manager, export_bundles(w2, tmp_path / "two").paths))
    assert len(b.report.conflicts) == 1
    assert manager.people.get(p.id).name == "Ash One"  # not silently overwritten
    row = manager.one("SELECT * FROM conflicts")
    assert json.loads(row["incoming"])["name"] == "Ash Two"
    assert json.loads(row["local"])["name"] == "Ash One"


def test_same_reference_from_two_laptops_keeps_both_people(worker, tmp_path, life):
    other = Store.open(tmp_path / "other.db", create=True)
    q = other.people.add(PersonDraft(reference="W-001", name="Someone else"))
    record_reading(other, q.id, life, "2025-01-01")
    manager = Store.open(tmp_path / "m.db", create=True)
    import_paths(manager, export_bundles(worker, tmp_path / "a").paths)
    o = one(import_paths(manager, export_bundles(other, tmp_path / "b").paths))
    assert o.status == "imported" and o.report.conflicts
    assert manager.stats()["people"] == 3 and manager.stats()["readings_final"] == 4
    assert manager.people.get(q.id).reference.startswith("W-001~")


def test_amendments_and_action_steps_and_tombstones(worker, manager, tmp_path, life):
    p = worker.people.by_reference("W-002")
    reading = worker.readings.for_person(p.id)[0]
    from starapp.core.readings import Score

    worker.readings.amend(reading.id, {life.areas[0].key: Score(life.areas[0].key, 9)}, "typo")
    keep = worker.actions.add(p.id, life.areas[0].key, "Call the council")
    drop = worker.actions.add(p.id, life.areas[1].key, "Added by mistake")
    import_paths(manager, export_bundles(worker, tmp_path / "a").paths)
    assert manager.stats()["readings_amended"] == 1 and manager.stats()["action_steps"] == 2
    worker.actions.delete(drop.id)
    o = one(import_paths(manager, export_bundles(worker, tmp_path / "b").paths))
    assert o.report.deleted["actions"] == 1
    assert [a.id for a in manager.actions.for_person(p.id)] == [keep.id]
    assert manager.people.get(p.id).reading_count == 1


def test_worker_and_manager_reports_agree(worker, manager, tmp_path):
    import_paths(manager, export_bundles(worker, tmp_path / "a", full=True).paths)
    for p in worker.people.find():
        mine = [(r.id, dict(r.values())) for r in worker.readings.for_person(p.id)]
        theirs = [(r.id, dict(r.values())) for r in manager.readings.for_person(p.id)]
        assert mine == theirs


# --- end to end -----------------------------------------------------------------------------


def test_two_workers_sync_through_faults_and_manager_has_every_reading_once(
    tmp_path, faulty_dav, life
):
    workers = [Store.open(tmp_path / f"w{i}.db", create=True, actor=f"w{i}") for i in (1, 2)]
    expected = set()
    for n, w in enumerate(workers):
        add_dav_target(w, faulty_dav.url + "/dav/charity")
        for k in range(3):
            p = w.people.add(PersonDraft(reference=f"L{n}-{k}", name=f"Person {k}"))
            expected.add(record_reading(w, p.id, life, "2025-01-0" + str(k + 1)))
    faulty_dav.fail_next(
        Fault("close", after=True), Fault("500"), Fault("reset", after=True),
        Fault("truncate", after=True), Fault("429"), Fault("slow", after=True),
    )  # fmt: skip
    for w in workers:
        sync_until_done(w, {"cloud": DAV_PASSWORD})
    # offline work continues; a second round goes through more failures
    for w in workers:
        p = w.people.find()[0]
        expected.add(record_reading(w, p.id, life, "2025-05-05"))
    faulty_dav.fail_next(Fault("503", after=True), Fault("close", after=True))
    for w in workers:
        sync_until_done(w, {"cloud": DAV_PASSWORD})
    assert len(faulty_dav.dav.files()) == 4  # two bundles per laptop, one copy each
    manager = Store.open(tmp_path / "manager.db", create=True)
    outcomes = import_paths(manager, [faulty_dav.dav.root])
    assert [o.status for o in outcomes] == ["imported"] * 4
    ids = [r[0] for r in manager.db.execute("SELECT id FROM readings WHERE status = 'final'")]
    assert sorted(ids) == sorted(expected)  # every reading, exactly once
    assert manager.stats()["people"] == 6
    assert [o.status for o in import_paths(manager, [faulty_dav.dav.root])] == [
        "already imported"
    ] * 4


# --- bad input: each refused with a reason, the data file unchanged --------------------------


def _bundle_bytes(worker, **changes):
    built = build_bundle(collect_all(worker), source_install=worker.install_id, seq=1)
    return built.data


def _rezip(data, edit):
    """Rewrite members (name -> bytes) keeping or breaking the manifest as ``edit`` says."""
    src = zipfile.ZipFile(io.BytesIO(data))
    members = {i.filename: src.read(i.filename) for i in src.infolist()}
    edit(members)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return buf.getvalue()


def _resign(members):
    manifest = json.loads(members["manifest.json"])
    manifest["counts"] = counts_of(json.loads(members["records.json"]))
    for m in manifest["members"]:
        m["size"] = len(members[m["name"]])
        m["sha256"] = hashlib.sha256(members[m["name"]]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()


def _edit_records(fn):
    def edit(members):
        records = json.loads(members["records.json"])
        fn(records)
        members["records.json"] = json.dumps(records).encode()
        _resign(members)

    return edit


def _edit_manifest(fn):
    def edit(members):
        manifest = json.loads(members["manifest.json"])
        fn(manifest)
        members["manifest.json"] = json.dumps(manifest).encode()

    return edit


def _bomb():
    """A real zip bomb: 3 GiB of zeros in about 3 MB, built without making 3 GiB."""
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = block.compress(b"\0" * (1 << 24)) + block.flush(zlib.Z_FULL_FLUSH)
    size = 192 << 24
    body = chunk * 192 + b"\x03\x00"
    crc = 0
    zeros = b"\0" * (1 << 24)
    for _ in range(192):
        crc = zlib.crc32(zeros, crc)
    name = b"records.json"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(body),
                        size, len(name), 0) + name  # fmt: skip
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc,
                          len(body), size, len(name), 0, 0, 0, 0, 0, 0) + name  # fmt: skip
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central),
                      len(local) + len(body), 0)  # fmt: skip
    return local + body + central + end


BAD = {
    "truncated": lambda w: _bundle_bytes(w)[:-200],
    "corrupted": lambda w: _bundle_bytes(w)[:100] + b"\xff" * 50 + _bundle_bytes(w)[150:],
    "not a zip": lambda w: b"hello, this is not a bundle",
    "wrong checksum": lambda w: _rezip(
        _bundle_bytes(w), lambda m: m.__setitem__("people.csv", b"tampered")
    ),
    "newer format": lambda w: _rezip(
        _bundle_bytes(w), _edit_manifest(lambda m: m.__setitem__("format_version", 4))
    ),
    "escaping path": lambda w: _rezip(
        _bundle_bytes(w), lambda m: m.__setitem__("../../evil.json", b"{}")
    ),
    "zip bomb": lambda w: _bomb(),
    "wrong shape": lambda w: _rezip(
        _bundle_bytes(w), _edit_records(lambda r: r["readings"][0].__setitem__("kind", 5))
    ),
    "unknown template": lambda w: _rezip(
        _bundle_bytes(w),
        _edit_records(
            lambda r: (
                r.__setitem__("templates", []),
                [x.__setitem__("template_id", "nope@1") for x in r["readings"]],
            )
        ),
    ),
    "unknown person": lambda w: _rezip(
        _bundle_bytes(w), _edit_records(lambda r: r.__setitem__("people", []))
    ),
    "wrong counts": lambda w: _rezip(
        _bundle_bytes(w),
        _edit_manifest(lambda m: m["counts"].__setitem__("readings", 1)),
    ),
}
REASONS = {
    "truncated": "not a complete zip",
    "corrupted": "",
    "not a zip": "not a complete zip",
    "wrong checksum": "checksum",
    "newer format": "newer version of starapp",
    "escaping path": "tries to leave",
    "zip bomb": "zip bomb",
    "wrong shape": "not in the expected shape",
    "unknown template": "template nope@1",
    "unknown person": "person(s) that neither",
    "wrong counts": "counts do not match",
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_bundles_are_refused_and_change_nothing(worker, manager, tmp_path, case):
    path = tmp_path / f"bad-{case.replace(' ', '-')}.zip"
    path.write_bytes(BAD[case](worker))
    manager.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = sha(manager.path)
    o = one(import_paths(manager, [path]))
    assert o.status == "refused", o
    assert REASONS[case] in str(o.reason)
    manager.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert sha(manager.path) == before
    assert manager.stats()["readings_final"] == 0


def test_own_bundle_is_refused(worker, tmp_path):
    o = one(import_paths(worker, export_bundles(worker, tmp_path / "a").paths))
    assert o.status == "refused" and "this data file itself" in str(o.reason)


def test_liar_header_cannot_unpack_past_the_limit(worker, manager, tmp_path):
    path = tmp_path / "b.zip"
    path.write_bytes(_bundle_bytes(worker))
    o = one(import_paths(manager, [path], Limits(max_member_bytes=1000, max_total_bytes=10**9)))
    assert o.status == "refused" and "zip bomb" in str(o.reason)


def test_score_outside_template_is_rejected_with_reason(worker, manager, tmp_path):
    data = _rezip(
        _bundle_bytes(worker),
        _edit_records(lambda r: r["readings"][0]["scores"][0].__setitem__("value", 99)),
    )
    path = tmp_path / "b.zip"
    path.write_bytes(data)
    o = one(import_paths(manager, [path]))
    assert o.status == "imported" and len(o.report.rejected) == 1
    assert "outside 1-10" in str(o.report.rejected[0])
    assert manager.stats()["readings_final"] == 2
