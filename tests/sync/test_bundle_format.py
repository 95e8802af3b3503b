import hashlib
import io
import json
import zipfile

import jsonschema
import pytest
from sync_helpers import record_reading

from starapp.resources import resource_path
from starapp.store.bundle_records import collect_all
from starapp.store.outbox import Outbox
from starapp.sync.bundle import MEMBER_ORDER, build_bundle
from starapp.sync.outbox import export_bundles, make_bundle


def _schema(name):
    return json.loads(resource_path("schemas", name).read_text("utf-8"))


def test_same_records_give_identical_bytes(worker):
    records = collect_all(worker)
    kw = dict(source_install=worker.install_id, seq=7, bundle_id="b" * 8 + "-" + "0" * 27,
              created_at="2026-01-01T00:00:00.000+00:00")  # fmt: skip
    one = build_bundle(records, **kw)
    two = build_bundle(collect_all(worker), **kw)
    assert one.data == two.data and one.sha256 == two.sha256


def test_bundle_layout_manifest_and_checksums(worker):
    built = build_bundle(collect_all(worker), source_install=worker.install_id, seq=1)
    zf = zipfile.ZipFile(io.BytesIO(built.data))
    assert [i.filename for i in zf.infolist()] == list(MEMBER_ORDER)
    assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    manifest = json.loads(zf.read("manifest.json"))
    jsonschema.validate(manifest, _schema("bundle-manifest.schema.json"))
    for member in manifest["members"]:
        data = zf.read(member["name"])
        assert hashlib.sha256(data).hexdigest() == member["sha256"]
        assert len(data) == member["size"]
    records = json.loads(zf.read("records.json"))
    jsonschema.validate(records, _schema("bundle-records.schema.json"))
    assert manifest["counts"]["readings"] == 3 and manifest["counts"]["people"] == 2
    assert manifest["counts"]["scores"] == 3 * 10
    scores_csv = zf.read("scores.csv").decode("utf-8-sig").splitlines()
    assert scores_csv[0] == "reading_id,area,value,not_applicable,note"
    assert len(scores_csv) == 1 + 3 * 10


def test_csv_cells_cannot_run_as_formulas(worker, life):
    from starapp.core.people import PersonDraft

    p = worker.people.add(PersonDraft(reference="W-9", name='=HYPERLINK("x")'))
    record_reading(worker, p.id, life, "2025-03-03")
    built = build_bundle(collect_all(worker), source_install=worker.install_id, seq=1)
    people = zipfile.ZipFile(io.BytesIO(built.data)).read("people.csv").decode("utf-8-sig")
    assert "'=HYPERLINK" in people


def test_frozen_bundle_is_resent_identically(worker):
    bundle = make_bundle(worker, [])
    assert bundle is not None and bundle.data is not None
    again = Outbox(worker).bundle(bundle.id)
    assert again.data == bundle.data
    assert hashlib.sha256(again.data).hexdigest() == bundle.sha256
    # the queue rows now belong to the bundle; nothing is pending
    assert Outbox(worker).pending_rows() == []
    assert make_bundle(worker, []) is None


def test_outbox_states_follow_the_bundle(worker):
    states = lambda: {r[0] for r in worker.db.execute("SELECT state FROM outbox")}  # noqa: E731
    assert states() == {"pending"}
    make_bundle(worker, [])
    assert states() == {"sending"}
    assert worker.stats()["waiting_changes"] > 0


def test_export_writes_complete_files_and_marks_sent(worker, tmp_path):
    out = tmp_path / "usb"
    result = export_bundles(worker, out)
    assert len(result.paths) == 1 and result.paths[0].exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left
    assert worker.stats()["waiting_changes"] == 0
    assert export_bundles(worker, out).paths == []


def test_export_interrupted_leaves_queue_waiting(worker, tmp_path, monkeypatch):
    import starapp.sync.outbox as sync_outbox

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sync_outbox, "write_file_atomically", boom)
    with pytest.raises(OSError):
        export_bundles(worker, tmp_path / "usb")
    assert worker.stats()["waiting_changes"] > 0
    monkeypatch.undo()
    first = Outbox(worker).undelivered_bundles()[0]
    paths = export_bundles(worker, tmp_path / "usb").paths
    assert paths[0].read_bytes() == first.data  # the same frozen bytes
    assert worker.stats()["waiting_changes"] == 0


def test_full_export_numbers_follow_on(worker, tmp_path):
    result = export_bundles(worker, tmp_path / "out", full=True)
    seqs = sorted(int(p.name.split("-")[2]) for p in result.paths)
    assert seqs == [1, 2]
