"""An erased person's tombstone erases them from the charity's copy too."""

from sync_helpers import record_reading

from starapp.sync.importer import import_paths
from starapp.sync.outbox import export_bundles


def test_erasure_reaches_the_managers_copy(worker, manager, tmp_path, life):
    import_paths(manager, export_bundles(worker, tmp_path / "a").paths)
    ash = worker.people.by_reference("W-001")
    record_reading(worker, ash.id, life, "2025-06-01")  # still pending when erased
    assert manager.people.get(ash.id).name == "Ash"

    worker.people.erase(ash.id, confirm_reference="w-001")
    (outcome,) = import_paths(manager, export_bundles(worker, tmp_path / "b").paths)

    assert outcome.report.deleted["people"] == 1
    assert manager.people.by_reference("W-001") is None
    assert (
        manager.one("SELECT count(*) AS n FROM readings WHERE person_id = ?", (ash.id,))["n"] == 0
    )
    assert manager.people.by_reference("W-002").name == "Bea"
    assert manager.integrity_problems() == []
    wal = manager.path.with_name(manager.path.name + "-wal")
    raw = manager.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"W-001" not in raw and b"Bea" in raw
