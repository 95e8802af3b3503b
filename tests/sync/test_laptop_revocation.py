"""A manager stops accepting bundles from a lost, stolen or retired laptop.

Real files and real sealed bundles: once the laptop is marked, each of its bundles
(encrypted or plain, and any signed with its key under another laptop's id) is refused
whole with one sentence and the manager's file is byte for byte as it was; accepted
again, the same bundles import. The marks are audited and listed with the laptops.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import record_reading

from starapp.core.errors import NotFoundError
from starapp.core.people import PersonDraft
from starapp.store import Store
from starapp.store.bundle_records import collect_all
from starapp.store.laptops import find_laptop, laptops
from starapp.store.service_keys import (
    allow_laptop,
    revocation,
    revoke_laptop,
    signing_key,
    store_identity,
    trust_recipients,
)
from starapp.sync.bundle import build_bundle
from starapp.sync.bundle_crypto import SEALED_SUFFIX, create_key_pair, public_bytes, seal
from starapp.sync.importer import import_paths
from starapp.sync.outbox import export_bundles


@pytest.fixture
def pair():
    return create_key_pair()


@pytest.fixture
def sealed_worker(worker, pair):
    trust_recipients(worker, [pair.recipient])
    return worker


@pytest.fixture
def manager_with_key(manager, pair):
    store_identity(manager, pair.identity)
    return manager


def export(store: Store, out: Path) -> list[Path]:
    return export_bundles(store, out).paths


def file_bytes(store: Store) -> dict[str, bytes]:
    """The data file and its write-ahead log, as on disk."""
    files = [store.path, store.path.with_name(store.path.name + "-wal")]
    return {f.name: f.read_bytes() for f in files if f.exists()}


def audit_rows(store: Store) -> list[tuple[str, str, str, str]]:
    return store.db.execute(
        "SELECT action, entity_id, actor, detail FROM audit WHERE action LIKE 'bundle.signer_%'"
        " ORDER BY at"
    ).fetchall()


def test_a_revoked_laptops_sealed_bundle_is_refused_and_accepted_again_once_allowed(
    sealed_worker, manager_with_key, life, tmp_path
):
    manager = manager_with_key
    assert import_paths(manager, export(sealed_worker, tmp_path / "first"))[0].status == (
        "imported"
    )
    person = sealed_worker.people.add(PersonDraft(reference="W-009", name="Dee"))
    record_reading(sealed_worker, person.id, life, "2025-08-01")
    later = export(sealed_worker, tmp_path / "later")

    revoked = revoke_laptop(manager, sealed_worker.install_id, "  Lost on the bus  ")
    assert (revoked.by, revoked.reason) == ("manager", "Lost on the bus")
    before = file_bytes(manager)
    (outcome,) = import_paths(manager, later)
    assert outcome.status == "refused"
    assert str(outcome.reason) == (
        f"Bundles from the laptop {sealed_worker.install_id[:8]} are no longer accepted: it "
        f"was marked lost or retired on {revoked.revoked_at[:10]}. If it was found, accept it "
        "again in Tools > Service keys ('starapp keys allow "
        f"{sealed_worker.install_id[:8]}')."
    )
    # A plain bundle naming that laptop (as a thief could make one) is refused too.
    plain = tmp_path / "plain.zip"
    built = build_bundle(
        collect_all(sealed_worker), source_install=sealed_worker.install_id, seq=99
    )
    plain.write_bytes(built.data)
    (outcome,) = import_paths(manager, [plain], allow_plain=True)
    assert outcome.status == "refused" and "no longer accepted" in str(outcome.reason)
    assert file_bytes(manager) == before
    assert manager.stats()["people"] == 2

    assert allow_laptop(manager, sealed_worker.install_id) is True
    (outcome,) = import_paths(manager, later)
    assert outcome.status == "imported", outcome.reason
    assert manager.stats()["people"] == 3
    assert audit_rows(manager) == [
        ("bundle.signer_pinned", sealed_worker.install_id, "manager", ""),
        ("bundle.signer_revoked", sealed_worker.install_id, "manager", ""),  # no reason here
        ("bundle.signer_allowed", sealed_worker.install_id, "manager", ""),
    ]


def test_plain_bundles_from_a_revoked_laptop_are_refused_too(worker, manager, tmp_path):
    (first,) = export(worker, tmp_path / "first")
    assert first.suffix == ".zip"
    assert import_paths(manager, [first])[0].status == "imported"
    (listed,) = laptops(manager)
    assert listed.signing_key is None and listed.bundles == 1  # known from its plain bundle
    revoke_laptop(manager, worker.install_id)
    full = export_bundles(worker, tmp_path / "all", full=True).paths
    before = file_bytes(manager)
    for path in [first, *full]:
        (outcome,) = import_paths(manager, [path], allow_plain=True)
        assert outcome.status == "refused" and "no longer accepted" in str(outcome.reason)
    assert file_bytes(manager) == before


def test_a_bundle_signed_with_a_revoked_key_under_another_id_is_refused(
    sealed_worker, manager_with_key, pair, tmp_path
):
    manager = manager_with_key
    import_paths(manager, export(sealed_worker, tmp_path / "first"))
    revoke_laptop(manager, sealed_worker.install_id)
    with Store.open(tmp_path / "fresh.db", create=True, actor="x") as fresh:
        fresh.people.add(PersonDraft(reference="X-1", name="Eve"))
        built = build_bundle(collect_all(fresh), source_install=fresh.install_id, seq=1)
        forged = seal(
            built.data,
            source_install=fresh.install_id,
            key=signing_key(sealed_worker),  # the key taken with the lost laptop
            recipients=[pair.recipient],
        )
        fresh_id = fresh.install_id
    path = tmp_path / "forged" / ("starapp-forged" + SEALED_SUFFIX)
    path.parent.mkdir()
    path.write_bytes(forged)
    before = file_bytes(manager)
    (outcome,) = import_paths(manager, [path])
    assert outcome.status == "refused"
    assert str(outcome.reason).startswith(
        f"It is signed with the key of the laptop {sealed_worker.install_id[:8]}, which was "
        "marked lost or retired on "
    )
    assert f"comes from laptop {fresh_id[:8]}" in str(outcome.reason)
    assert file_bytes(manager) == before


def test_laptops_list_what_a_manager_needs_to_choose_one(sealed_worker, manager_with_key, tmp_path):
    manager = manager_with_key
    assert laptops(manager) == []
    import_paths(manager, export(sealed_worker, tmp_path / "first"))
    (laptop,) = laptops(manager)
    assert laptop.install_id == sealed_worker.install_id
    assert laptop.signing_key == public_bytes(signing_key(sealed_worker))
    assert laptop.used_by == "Kim"  # the worker on its latest reading
    assert laptop.bundles == 1 and laptop.last_import is not None
    assert laptop.first_seen <= laptop.last_import and laptop.revoked is None

    first = revoke_laptop(manager, laptop.install_id, "retired")
    assert revoke_laptop(manager, laptop.install_id, "other words") == first  # kept as it was
    (laptop,) = laptops(manager)
    assert laptop.revoked == first == revocation(manager, laptop.install_id)
    assert allow_laptop(manager, laptop.install_id) is True
    assert allow_laptop(manager, laptop.install_id) is False  # nothing to allow: no audit
    assert [a for a, *_ in audit_rows(manager)].count("bundle.signer_allowed") == 1

    assert find_laptop(manager, laptop.short_id.upper()).install_id == laptop.install_id
    with pytest.raises(NotFoundError, match="No laptop abc has sent bundles"):
        find_laptop(manager, "abc")
    with pytest.raises(NotFoundError, match="No laptop"):
        find_laptop(manager, "  ")
