"""Encrypted, signed bundles: sealed by the worker's file, opened by the age tool and by
the manager's import; every bad case refused with its reason and nothing changed."""

from __future__ import annotations

import base64
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from engine_helpers import add_dav_target, sync_until_done
from sync_helpers import DAV_PASSWORD, record_reading

from starapp.core.people import PersonDraft
from starapp.store import Store
from starapp.store.bundle_records import collect_all
from starapp.store.outbox import Outbox
from starapp.store.service_keys import (
    pinned_signer,
    signing_key,
    store_identity,
    trust_recipients,
)
from starapp.store.targets import TargetsRepo
from starapp.sync.bundle import build_bundle
from starapp.sync.bundle_crypto import (
    ENVELOPE,
    INNER,
    SEALED_SUFFIX,
    create_key_pair,
    fingerprint,
    identity_file_text,
    parse_identities,
    parse_recipients,
    public_bytes,
    recipient_file_text,
    seal,
)
from starapp.sync.bundle_reader import read_bundle_bytes
from starapp.sync.importer import find_bundles, import_paths
from starapp.sync.outbox import export_bundles, make_bundle, trust_service_key

SECRET_NOTE = "Sleeping in the van behind Morrisons since March"
SECRET_NAME = "Quentin Zebedee-Hollowell"
KNOWN = [SECRET_NOTE, SECRET_NAME, "W-SECRET-9", "W-001", "W-002"]  # long: no chance hits


@pytest.fixture
def pair():
    return create_key_pair()


@pytest.fixture
def sealed_worker(worker, pair, life):
    """The worker's file trusting the service key, with a person and a note to hide."""
    trust_recipients(worker, [pair.recipient])
    person = worker.people.add(PersonDraft(reference="W-SECRET-9", name=SECRET_NAME))
    r = worker.readings.start(person.id, life, taken_on="2025-03-03", worker="Kim")
    worker.readings.update_details(r.id, notes=SECRET_NOTE)
    for area in life.areas:
        worker.readings.set_score(r.id, area.key, 4)
    worker.readings.finalise(r.id)
    return worker


@pytest.fixture
def manager_with_key(manager, pair):
    store_identity(manager, pair.identity)
    return manager


def dump(store: Store) -> list[str]:
    return list(store.db.conn.iterdump())


def export(store: Store, out: Path) -> list[Path]:
    return export_bundles(store, out).paths


def test_key_files_round_trip_and_fingerprint_is_short(pair):
    assert parse_identities(identity_file_text(pair), "id") == [pair.identity]
    assert parse_recipients(recipient_file_text(pair.recipient), "r") == [pair.recipient]
    fp = fingerprint(pair.recipient)
    assert len(fp) == 19 and fp.count(" ") == 3 and fp == fingerprint(pair.recipient)
    assert fp != fingerprint(create_key_pair().recipient)


def test_exported_bundle_is_sealed_and_opens_with_the_age_tool(sealed_worker, pair, tmp_path):
    paths = export(sealed_worker, tmp_path / "out")
    assert len(paths) == 1 and paths[0].name.endswith(SEALED_SUFFIX)
    identity = tmp_path / "service.identity"
    identity.write_text(identity_file_text(pair))
    age = shutil.which("age")
    assert age, "Debian's age package is needed (.ci/run installs it)"
    plain = subprocess.run(
        [age, "-d", "-i", str(identity), str(paths[0])], capture_output=True, check=True
    ).stdout
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        assert sorted(zf.namelist()) == sorted([ENVELOPE, INNER])
        envelope = json.loads(zf.read(ENVELOPE))
        inner = zf.read(INNER)
    assert envelope["source_install"] == sealed_worker.install_id
    bundle = read_bundle_bytes(inner, paths[0])
    assert bundle.manifest["counts"]["people"] == 3
    assert SECRET_NOTE in json.dumps(bundle.records)


def test_sealed_bytes_hold_no_known_names_or_notes(sealed_worker, tmp_path):
    paths = export(sealed_worker, tmp_path / "out")
    raw = paths[0].read_bytes()
    frozen = [row[0] for row in sealed_worker.db.execute("SELECT data FROM bundles")]
    for blob in [raw, *[f for f in frozen if f]]:
        for text in KNOWN:
            assert text.encode() not in blob
    # nor can the laptop itself open what it sent: it holds no identity
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(raw, [pyrage.x25519.Identity.generate()])


def test_manager_imports_with_the_identity_in_its_file_and_pins_the_signer(
    sealed_worker, manager_with_key, tmp_path, life
):
    out = tmp_path / "out"
    export(sealed_worker, out)
    (outcome,) = import_paths(manager_with_key, [out])
    assert outcome.status == "imported", outcome.reason
    assert manager_with_key.stats()["people"] == 3
    pinned = pinned_signer(manager_with_key, sealed_worker.install_id)
    assert pinned is not None
    assert pinned.public_key == public_bytes(signing_key(sealed_worker))
    # a second bundle from the same laptop, same key: imported
    person = sealed_worker.people.add(PersonDraft(reference="W-003", name="Cal"))
    record_reading(sealed_worker, person.id, life, "2025-06-01")
    export(sealed_worker, out)
    outcomes = import_paths(manager_with_key, [out])
    assert [o.status for o in outcomes] == ["already imported", "imported"]


def test_identity_given_for_one_import(sealed_worker, manager, pair, tmp_path):
    out = tmp_path / "out"
    export(sealed_worker, out)
    (refused,) = import_paths(manager, [out])
    assert refused.status == "refused" and "no service identity" in str(refused.reason)
    (outcome,) = import_paths(manager, [out], identities=[pair.identity])
    assert outcome.status == "imported"


def _flip(data: bytes) -> bytes:
    b = bytearray(data)
    b[len(b) // 2] ^= 0x01
    return bytes(b)


def _sealed_by(key: Ed25519PrivateKey, store: Store, recipient: str) -> bytes:
    built = build_bundle(collect_all(store), source_install=store.install_id, seq=99)
    return seal(built.data, source_install=store.install_id, key=key, recipients=[recipient])


def _unsigned(worker, pair):
    built = build_bundle(collect_all(worker), source_install=worker.install_id, seq=99)
    return bytes(pyrage.encrypt(built.data, [pyrage.x25519.Recipient.from_str(pair.recipient)]))


def _wrong_signature(worker, pair):
    """A real envelope whose signature bytes were changed, then encrypted again."""
    good = _sealed_by(signing_key(worker), worker, pair.recipient)
    plain = pyrage.decrypt(good, [pyrage.x25519.Identity.from_str(pair.identity)])
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        envelope = json.loads(zf.read(ENVELOPE))
        inner = zf.read(INNER)
    sig = bytearray(base64.b64decode(envelope["signature"]))
    sig[0] ^= 0xFF
    envelope["signature"] = base64.b64encode(bytes(sig)).decode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(ENVELOPE, json.dumps(envelope))
        zf.writestr(INNER, inner)
    return bytes(pyrage.encrypt(buf.getvalue(), [pyrage.x25519.Recipient.from_str(pair.recipient)]))


def _as_other_laptop(worker, pair):
    """A valid signature, but over a claim that another install sent this bundle."""
    built = build_bundle(collect_all(worker), source_install=worker.install_id, seq=99)
    return seal(
        built.data,
        source_install="00000000-0000-4000-8000-000000000000",
        key=signing_key(worker),
        recipients=[pair.recipient],
    )


BAD_CASES = {
    "tampered": (lambda w, p, good: _flip(good), "changed after it was made"),
    "truncated": (lambda w, p, good: good[:-200], "cut off"),
    "wrongly addressed": (
        lambda w, p, good: _sealed_by(signing_key(w), w, create_key_pair().recipient),
        "not addressed to this service's key",
    ),
    "unsigned": (lambda w, p, good: _unsigned(w, p), "not a signed starapp bundle"),
    "wrongly signed": (lambda w, p, good: _wrong_signature(w, p), "signature does not match"),
    "signed as another laptop": (lambda w, p, good: _as_other_laptop(w, p), "contents say"),
}


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_sealed_bundles_are_refused_and_change_nothing(
    sealed_worker, manager_with_key, pair, tmp_path, case
):
    make, reason = BAD_CASES[case]
    (good,) = export(sealed_worker, tmp_path / "out")
    bad = tmp_path / "bad" / good.name
    bad.parent.mkdir()
    bad.write_bytes(make(sealed_worker, pair, good.read_bytes()))
    before = dump(manager_with_key)
    (outcome,) = import_paths(manager_with_key, [bad])
    assert outcome.status == "refused"
    assert reason in str(outcome.reason)
    assert dump(manager_with_key) == before


def test_re_signed_by_another_key_is_refused_after_the_first_was_pinned(
    sealed_worker, manager_with_key, pair, tmp_path
):
    out = tmp_path / "out"
    export(sealed_worker, out)
    assert import_paths(manager_with_key, [out])[0].status == "imported"
    forged = tmp_path / "forged" / ("starapp-forged" + SEALED_SUFFIX)
    forged.parent.mkdir()
    forged.write_bytes(_sealed_by(Ed25519PrivateKey.generate(), sealed_worker, pair.recipient))
    before = dump(manager_with_key)
    (outcome,) = import_paths(manager_with_key, [forged])
    assert outcome.status == "refused" and "different key" in str(outcome.reason)
    assert dump(manager_with_key) == before


def test_plain_bundles_refused_by_a_file_holding_the_identity_unless_allowed(
    worker, manager_with_key, tmp_path
):
    out = tmp_path / "out"
    (plain,) = export(worker, out)  # this worker trusts no key yet: a plain .zip
    assert plain.suffix == ".zip"
    before = dump(manager_with_key)
    (outcome,) = import_paths(manager_with_key, [out])
    assert outcome.status == "refused" and "not encrypted" in str(outcome.reason)
    assert dump(manager_with_key) == before
    (outcome,) = import_paths(manager_with_key, [out], allow_plain=True)
    assert outcome.status == "imported"


def test_folder_target_flow_with_encryption(sealed_worker, manager_with_key, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    TargetsRepo(sealed_worker).add("share", "folder", str(share))
    sync_until_done(sealed_worker, {})
    found = list(find_bundles([share]))
    assert len(found) == 1 and found[0].name.endswith(SEALED_SUFFIX)
    for text in KNOWN:
        assert text.encode() not in found[0].read_bytes()
    (outcome,) = import_paths(manager_with_key, [share])
    assert outcome.status == "imported" and manager_with_key.stats()["people"] == 3


def test_webdav_flow_with_encryption(sealed_worker, manager_with_key, dav):
    add_dav_target(sealed_worker, dav.url + "/charity")
    sync_until_done(sealed_worker, {"cloud": DAV_PASSWORD})
    found = list(find_bundles([dav.root]))
    assert len(found) == 1 and found[0].name.endswith(SEALED_SUFFIX)
    (outcome,) = import_paths(manager_with_key, [dav.root])
    assert outcome.status == "imported", outcome.reason
    assert manager_with_key.stats()["readings_final"] == 4


def test_trusting_the_key_seals_bundles_still_waiting_to_be_sent(
    worker, manager_with_key, pair, tmp_path
):
    share = tmp_path / "share"
    target = TargetsRepo(worker).add("share", "folder", str(share))  # not there yet
    waiting = make_bundle(worker, [target.id])
    assert waiting is not None and waiting.file_name.endswith(".zip")
    assert trust_service_key(worker, [pair.recipient]).sealed == 1
    (frozen,) = Outbox(worker).undelivered_bundles()
    assert frozen.id == waiting.id and frozen.file_name.endswith(SEALED_SUFFIX)
    assert frozen.data is not None and b"W-001" not in frozen.data
    share.mkdir()
    sync_until_done(worker, {})
    (outcome,) = import_paths(manager_with_key, [share])
    assert outcome.status == "imported", outcome.reason
    assert trust_service_key(worker, [pair.recipient]).sealed == 0  # nothing left plain
