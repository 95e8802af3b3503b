"""``starapp keys`` and ``starapp import --identity``: the manager's key pair, a worker's
file trusting it, encrypted exports, and imports that open them (with the identity file,
or with the identity kept in an encrypted manager's file)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from starapp.core.people import PersonDraft
from starapp.store import Store
from starapp.sync.bundle_crypto import SEALED_SUFFIX, fingerprint, parse_recipients

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery staple"


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "starapp", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**{k: v for k, v in os.environ.items() if k != "STARAPP_PASSPHRASE"}, **(env or {})},
    )


def ok(result):
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def one_sentence_error(result) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("starapp: "), result.stderr
    return lines[0]


@pytest.fixture
def keys(tmp_path):
    out = tmp_path / "keys"
    printed = ok(run("keys", "create", "--out", out))
    return out / "service.identity", out / "service.recipient", printed


@pytest.fixture
def worker_file(tmp_path):
    data = tmp_path / "worker.db"
    ok(run("demo", "--data", data, "--people", 4, "--seed", 3))
    return data


def test_create_writes_a_private_identity_and_prints_the_fingerprint(keys):
    identity, recipient, printed = keys
    assert stat.S_IMODE(identity.stat().st_mode) == 0o600
    assert identity.read_text().strip().splitlines()[-1].startswith("AGE-SECRET-KEY-1")
    (public,) = parse_recipients(recipient.read_text(), "r")
    assert f"Fingerprint: {fingerprint(public)}" in printed
    assert "nobody" in printed  # the warning that losing the identity loses the bundles
    before = identity.read_bytes()
    again = one_sentence_error(run("keys", "create", "--out", identity.parent))
    assert "already exists" in again
    assert identity.read_bytes() == before


def test_trust_show_export_and_import_with_the_identity_file(keys, worker_file, tmp_path):
    identity, recipient, _ = keys
    (public,) = parse_recipients(recipient.read_text(), "r")
    shown = ok(run("keys", "show", "--data", worker_file))
    assert "nothing (no service key trusted" in shown
    trusted = ok(run("keys", "trust", "--data", worker_file, recipient))
    assert fingerprint(public) in trusted
    out = tmp_path / "usb"
    ok(run("export", "--data", worker_file, "--out", out, "--all"))
    (bundle,) = list(out.iterdir())
    assert bundle.name.endswith(SEALED_SUFFIX)
    shown = ok(run("keys", "show", "--data", worker_file))
    assert f"Bundles encrypted to: {fingerprint(public)}" in shown
    assert "signs bundles with: " in shown and "no key yet" not in shown

    manager = tmp_path / "manager.db"
    Store.open(manager, create=True, passphrase=PASS).close()
    env = {"STARAPP_PASSPHRASE": PASS}
    refused = run("import", "--data", manager, out, env=env)
    assert refused.returncode == 1 and "no service identity" in refused.stderr
    imported = ok(run("import", "--data", manager, "--identity", identity, out, env=env))
    assert "imported — added" in imported
    # once the identity is kept in the (encrypted) manager's file, no file is needed
    held = ok(run("keys", "import-identity", "--data", manager, identity, env=env))
    assert fingerprint(public) in held
    again = ok(run("import", "--data", manager, out, env=env))
    assert "already imported" in again
    on_manager = ok(run("keys", "show", "--data", manager, env=env))
    assert f"Service identity held: {fingerprint(public)}" in on_manager
    # the manager can compare each laptop's pinned key with what the laptop shows
    laptop_fp = shown.split("signs bundles with: ")[1].splitlines()[0]
    assert f"signs with: {laptop_fp} (first seen " in on_manager


def test_plain_bundles_need_allow_plain_once_the_file_holds_the_identity(
    keys, worker_file, tmp_path
):
    identity, _, _ = keys
    out = tmp_path / "usb"
    ok(run("export", "--data", worker_file, "--out", out, "--all"))
    manager = tmp_path / "manager.db"
    Store.open(manager, create=True).close()
    ok(run("keys", "import-identity", "--data", manager, identity))
    refused = run("import", "--data", manager, out)
    assert refused.returncode == 1 and "not encrypted" in refused.stderr
    assert "imported — added" in ok(run("import", "--data", manager, out, "--allow-plain"))


def test_wrong_key_files_are_refused_in_one_sentence(keys, worker_file, tmp_path):
    identity, recipient, _ = keys
    private = one_sentence_error(run("keys", "trust", "--data", worker_file, identity))
    assert "PRIVATE identity" in private
    junk = tmp_path / "junk.txt"
    junk.write_text("hello\n")
    assert "valid service key" in one_sentence_error(
        run("keys", "trust", "--data", worker_file, junk)
    )
    assert "not a service identity" in one_sentence_error(
        run("keys", "import-identity", "--data", worker_file, recipient)
    )
    missing = one_sentence_error(run("keys", "trust", "--data", worker_file, tmp_path / "nope"))
    assert "cannot be read" in missing
    assert "no service key trusted" in ok(run("keys", "show", "--data", worker_file))


def test_a_recovery_key_opens_the_bundles_too(keys, worker_file, tmp_path):
    _, recipient, _ = keys
    spare = tmp_path / "safe"
    ok(run("keys", "create", "--out", spare))
    trusted = ok(
        run(
            "keys",
            "trust",
            "--data",
            worker_file,
            recipient,
            "--recovery-file",
            spare / "service.recipient",
        )
    )
    (recovery,) = parse_recipients((spare / "service.recipient").read_text(), "r")
    assert fingerprint(recovery) in trusted
    out = tmp_path / "usb"
    ok(run("export", "--data", worker_file, "--out", out, "--all"))
    manager = tmp_path / "manager.db"
    Store.open(manager, create=True).close()
    opened = run("import", "--data", manager, "--identity", spare / "service.identity", out)
    assert "imported — added" in ok(opened)


def test_trusting_a_new_key_says_the_waiting_bundles_were_made_again(keys, worker_file, tmp_path):
    from starapp.sync.outbox import make_bundle

    _, old, _ = keys
    ok(run("keys", "trust", "--data", worker_file, old))
    with Store.open(worker_file) as store:
        for reference in ("CLI-1", "CLI-2"):
            store.people.add(PersonDraft(reference=reference, name="Fay"))
            assert make_bundle(store, []) is not None
    replacement = tmp_path / "new-keys"
    ok(run("keys", "create", "--out", replacement))
    (new,) = parse_recipients((replacement / "service.recipient").read_text(), "r")
    (before,) = parse_recipients(old.read_text(), "r")

    said = ok(run("keys", "trust", "--data", worker_file, replacement / "service.recipient"))
    assert f"This replaces the key it trusted before ({fingerprint(before)})." in said
    assert (
        "The 2 bundles waiting to be sent were made again for the new key; the next one "
        "carries everything in this file so the manager's copy catches up."
    ) in said
    out = tmp_path / "usb"
    ok(run("export", "--data", worker_file, "--out", out))
    assert len(list(out.iterdir())) == 1  # not the two old ones: one full bundle instead
    manager = tmp_path / "manager.db"
    Store.open(manager, create=True).close()
    imported = ok(
        run("import", "--data", manager, "--identity", replacement / "service.identity", out)
    )
    assert "imported — added" in imported
    with Store.open(manager) as m, Store.open(worker_file) as w:
        assert m.stats()["people"] == w.stats()["people"] == 6
        assert m.stats()["readings_final"] == w.stats()["readings_final"]
    assert fingerprint(new) in said


def test_a_lost_laptop_is_revoked_its_bundles_refused_then_allowed_again(
    keys, worker_file, tmp_path
):
    identity, recipient, _ = keys
    ok(run("keys", "trust", "--data", worker_file, recipient))
    out = tmp_path / "usb"
    ok(run("export", "--data", worker_file, "--out", out, "--all"))
    manager = tmp_path / "manager.db"
    Store.open(manager, create=True, actor="boss").close()
    ok(run("keys", "import-identity", "--data", manager, identity))
    assert "No laptop has sent bundles" in ok(run("keys", "laptops", "--data", manager))
    ok(run("import", "--data", manager, out))
    with Store.open(worker_file) as w:
        laptop = w.install_id
    signs_with = ok(run("keys", "show", "--data", worker_file))
    laptop_fp = signs_with.split("signs bundles with: ")[1].splitlines()[0]

    listed = ok(run("keys", "laptops", "--data", manager))
    assert f"{laptop}  key {laptop_fp}  first seen " in listed
    assert "used by " in listed and listed.strip().endswith("accepted")

    said = ok(run("keys", "revoke", "--data", manager, laptop[:8], "--reason", "stolen"))
    assert f"Bundles from laptop {laptop[:8]} are refused from now on" in said
    listed = ok(run("keys", "laptops", "--data", manager))
    assert "REFUSED since " in listed and "stolen)" in listed
    ok(run("export", "--data", worker_file, "--out", tmp_path / "again", "--all"))
    before = manager.read_bytes()
    refused = run("import", "--data", manager, tmp_path / "again")
    assert refused.returncode == 1 and "are no longer accepted" in refused.stdout + refused.stderr
    assert manager.read_bytes() == before

    assert "accepted again" in ok(run("keys", "allow", "--data", manager, laptop))
    assert "nothing changed" in ok(run("keys", "allow", "--data", manager, laptop))
    assert "imported — added" in ok(run("import", "--data", manager, tmp_path / "again"))

    unknown = one_sentence_error(run("keys", "revoke", "--data", manager, "nope"))
    assert unknown == (
        "starapp: No laptop nope has sent bundles to this data file. 'starapp keys laptops' "
        "lists the ones that have."
    )
    assert "No laptop" in one_sentence_error(run("keys", "allow", "--data", manager, "zz"))
