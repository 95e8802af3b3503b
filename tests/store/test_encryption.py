"""Encryption at rest: what is on disk, unlocking, re-keying, recovery and conversion.

Most tests make Argon2id cheap (``fast_kdf``) so the suite stays quick; the unlock-time
test uses the real settings.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from starapp.core.people import PersonDraft
from starapp.core.readings import ReadingKind
from starapp.store import (
    DataFileCorrupt,
    DataFileError,
    FileInUse,
    NotAStarappFile,
    PassphraseRequired,
    Store,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
    cipher,
    keys,
)
from starapp.store.connection import SQLITE_MAGIC
from starapp.store.demo import fill_demo
from starapp.store.encryption import (
    change_passphrase,
    decrypt_file,
    encrypt_file,
    is_encrypted,
    reset_passphrase,
)
from starapp.store.keys import key_file_path

PAGE_SIZE = int(next(s for s in cipher.PAGE_SETTINGS if "page_size" in s).split("=")[1])
PASS = "correct horse battery staple"
NEW_PASS = "purple elephant umbrella"

# Personal details that must never be readable on disk.
SECRETS = [
    "Zebediah Quillfeather",
    "Marigold Thistlewood",
    "sleeps in the bus shelter on Canal Street",
    "afraid of the landlord Mr Pennyworth",
]


@pytest.fixture
def fast_kdf(monkeypatch):
    monkeypatch.setattr(keys, "KDF_TIME_COST", 1)
    monkeypatch.setattr(keys, "KDF_MEMORY_KIB", 8 * 1024)
    monkeypatch.setattr(keys, "KDF_PARALLELISM", 1)


def _fill_personal(store: Store, template) -> None:
    a = store.people.add(PersonDraft(reference="R-1", name=SECRETS[0], project="Canal"))
    store.people.add(PersonDraft(reference="R-2", name=SECRETS[1]))
    reading = store.readings.start(a.id, template, kind=ReadingKind.FIRST, notes=SECRETS[2])
    for area in template.areas:
        store.readings.set_score(reading.id, area.key, 4)
    store.readings.set_note(reading.id, template.areas[0].key, SECRETS[3])
    store.readings.finalise(reading.id)


def _leaks(folder: Path) -> list[str]:
    """(file, secret) pairs found in the bytes of every file in ``folder``."""
    found = []
    for path in folder.iterdir():
        data = path.read_bytes()
        for secret in SECRETS:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if secret.encode(encoding) in data:
                    found.append(f"{path.name}: {secret}")
    return found


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _new_encrypted(path: Path, template=None) -> tuple[str, dict[str, int]]:
    with Store.open(path, create=True, passphrase=PASS) as store:
        assert store.encrypted
        recovery_key = store.recovery_key
        if template is not None:
            _fill_personal(store, template)
        stats = store.stats()
    assert recovery_key
    return recovery_key, stats


# --- what is on disk ----------------------------------------------------------------------


def test_file_and_wal_hold_no_names_or_notes(tmp_path, template, fast_kdf, caplog):
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "data.db"
    store = Store.open(path, create=True, passphrase=PASS, actor="tester")
    _fill_personal(store, template)
    wal = path.with_name("data.db-wal")
    assert wal.stat().st_size > 0, "the WAL must hold the recent pages for this check"
    assert _leaks(tmp_path) == []  # while open: main file, WAL and -shm
    store.close()
    assert _leaks(tmp_path) == []  # after the final checkpoint
    assert not path.read_bytes().startswith(SQLITE_MAGIC)
    assert not any(s in caplog.text for s in SECRETS)


def test_the_same_check_finds_names_in_a_plain_file(tmp_path, template):
    """The control: proves _leaks would notice."""
    with Store.open(tmp_path / "plain.db", create=True) as store:
        _fill_personal(store, template)
    assert _leaks(tmp_path)
    assert (tmp_path / "plain.db").read_bytes().startswith(SQLITE_MAGIC)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_file_and_key_file_are_owner_only(tmp_path, fast_kdf):
    path = tmp_path / "data.db"
    _new_encrypted(path)
    for p in (path, key_file_path(path)):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


def test_key_file_is_small_json_without_the_key(tmp_path, fast_kdf):
    path = tmp_path / "data.db"
    recovery_key, _ = _new_encrypted(path)
    text = key_file_path(path).read_text()
    data_key = keys.parse_recovery_key(recovery_key)
    assert data_key.hex() not in text and "argon2id" in text
    assert "cannot be recovered" in text


# --- unlocking ------------------------------------------------------------------------------


def test_no_or_wrong_passphrase_is_refused_and_changes_nothing(tmp_path, template, fast_kdf):
    path = tmp_path / "data.db"
    _new_encrypted(path, template)
    before = sorted(p.name for p in tmp_path.iterdir()), _digest(path)
    with pytest.raises(PassphraseRequired, match="encrypted"):
        Store.open(path)
    with pytest.raises(WrongPassphrase, match=r"does not open data\.db") as exc:
        Store.open(path, passphrase="not the passphrase")
    assert "not been changed" in str(exc.value)
    assert (sorted(p.name for p in tmp_path.iterdir()), _digest(path)) == before
    with Store.open(path, passphrase=PASS) as store:
        assert store.people.by_reference("R-1").name == SECRETS[0]


def test_weak_passphrase_is_refused_before_any_file_is_made(tmp_path):
    with pytest.raises(WeakPassphrase, match="at least 8"):
        Store.open(tmp_path / "data.db", create=True, passphrase="short")
    assert list(tmp_path.iterdir()) == []


def test_reopen_gives_a_worker_thread_its_own_keyed_connection(tmp_path, template, fast_kdf):
    path = tmp_path / "data.db"
    _new_encrypted(path, template)
    with Store.open(path, passphrase=PASS) as store, store.reopen() as other:
        assert other.encrypted and other.db.conn is not store.db.conn
        assert other.stats() == store.stats()


def test_a_new_file_without_a_passphrase_is_plain(tmp_path):
    with Store.open(tmp_path / "demo.db", create=True) as store:
        assert not store.encrypted and store.recovery_key is None
    assert not is_encrypted(tmp_path / "demo.db")


# --- damage ---------------------------------------------------------------------------------


def test_a_damaged_page_is_detected(tmp_path, fast_kdf):
    path = tmp_path / "data.db"
    with Store.open(path, create=True, passphrase=PASS) as store:
        fill_demo(store, people=60, seed=2)
    data = bytearray(path.read_bytes())
    size = PAGE_SIZE
    page = len(data) // size // 2
    data[page * size + 200] ^= 0x55
    path.write_bytes(bytes(data))
    with Store.open(path, passphrase=PASS) as store:
        problems = store.integrity_problems()
    assert any(f"page {page + 1}" in p for p in problems), problems


def test_a_damaged_first_page_is_refused_unchanged(tmp_path, fast_kdf):
    path = tmp_path / "data.db"
    _new_encrypted(path)
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(DataFileCorrupt, match="cannot be decrypted"):
        Store.open(path, passphrase=PASS)
    assert _digest(path) == before


def test_a_truncated_file_is_refused_unchanged(tmp_path, fast_kdf):
    path = tmp_path / "data.db"
    with Store.open(path, create=True, passphrase=PASS) as store:
        fill_demo(store, people=40, seed=3)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = _digest(path)
    with pytest.raises(DataFileCorrupt):
        Store.open(path, passphrase=PASS)
    assert _digest(path) == before


def test_a_key_file_from_another_data_file_is_explained(tmp_path, fast_kdf):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    _new_encrypted(a)
    _new_encrypted(b)
    shutil.copy(key_file_path(b), key_file_path(a))
    with pytest.raises(DataFileCorrupt, match="belongs to another data file"):
        Store.open(a, passphrase=PASS)


def test_a_damaged_key_file_points_to_the_recovery_key(tmp_path, fast_kdf):
    path = tmp_path / "data.db"
    _new_encrypted(path)
    key_file_path(path).write_text("{not json")
    with pytest.raises(DataFileError, match="recovery key"):
        Store.open(path, passphrase=PASS)


# --- passphrase changes and the recovery key ---------------------------------------------------


def test_changed_passphrase_old_fails_new_works(tmp_path, template, fast_kdf):
    path = tmp_path / "data.db"
    _, stats = _new_encrypted(path, template)
    before = _digest(path)
    started = time.perf_counter()
    change_passphrase(path, PASS, NEW_PASS)
    assert time.perf_counter() - started < 1.0
    assert _digest(path) == before, "only the key file changes"
    with pytest.raises(WrongPassphrase):
        Store.open(path, passphrase=PASS)
    with Store.open(path, passphrase=NEW_PASS) as store:
        assert store.stats() == stats
    with pytest.raises(WrongPassphrase):
        change_passphrase(path, "a wrong old one", "whatever else")


def test_recovery_key_opens_the_file_even_without_its_key_file(tmp_path, template, fast_kdf):
    path = tmp_path / "data.db"
    recovery_key, stats = _new_encrypted(path, template)
    assert len(recovery_key.split("-")) == 14
    typed = recovery_key.lower().replace("-", " ").replace("O", "0")
    with Store.open(path, recovery_key=typed) as store:
        assert store.stats() == stats
    key_file_path(path).unlink()
    with pytest.raises(NotAStarappFile, match="recovery key"):
        Store.open(path, passphrase=PASS)
    with Store.open(path, recovery_key=recovery_key) as store:
        assert store.people.by_reference("R-2").name == SECRETS[1]
    reset_passphrase(path, recovery_key, NEW_PASS)  # a new key file from the recovery key
    with Store.open(path, passphrase=NEW_PASS) as store:
        assert store.stats() == stats


def test_mistyped_or_foreign_recovery_keys_are_refused(tmp_path, fast_kdf):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    key_a, _ = _new_encrypted(a)
    key_b, _ = _new_encrypted(b)
    groups = key_a.split("-")
    groups[3] = "AAAA" if groups[3] != "AAAA" else "BBBB"
    with pytest.raises(WrongRecoveryKey, match="typing mistake"):
        Store.open(a, recovery_key="-".join(groups))
    with pytest.raises(WrongRecoveryKey, match="groups of four"):
        Store.open(a, recovery_key=key_a[:-5])
    with pytest.raises(WrongRecoveryKey, match=r"does not open a\.db"):
        Store.open(a, recovery_key=key_b)


# --- conversion ------------------------------------------------------------------------------


def _people(store: Store) -> list[tuple[str, str]]:
    return [(r["reference"], r["name"]) for r in store.db.query("SELECT * FROM people")]


def test_encrypt_then_decrypt_keeps_everything(tmp_path, template, fast_kdf):
    path = tmp_path / "data.db"
    with Store.open(path, create=True) as store:
        _fill_personal(store, template)
        stats, people = store.stats(), _people(store)
    recovery_key = encrypt_file(path, PASS)
    assert is_encrypted(path) and _leaks(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.db", "data.db.key"]
    with Store.open(path, passphrase=PASS) as store:
        assert (store.stats(), _people(store)) == (stats, people)
        assert store.integrity_problems() == []
    with Store.open(path, recovery_key=recovery_key) as store:
        assert store.stats() == stats
    with pytest.raises(WrongPassphrase):
        decrypt_file(path, "not the passphrase")
    decrypt_file(path, PASS)
    assert not is_encrypted(path) and not key_file_path(path).exists()
    with Store.open(path) as store:
        assert (store.stats(), _people(store)) == (stats, people)


def test_encrypting_twice_or_a_foreign_file_is_refused(tmp_path, fast_kdf):
    path = tmp_path / "data.db"
    _new_encrypted(path)
    with pytest.raises(DataFileError, match="already encrypted"):
        encrypt_file(path, PASS)
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(NotAStarappFile):
        encrypt_file(junk, PASS)


def test_a_file_open_in_another_process_is_not_converted(tmp_path):
    path = tmp_path / "data.db"
    Store.open(path, create=True).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from starapp.store import Store; "
            "s = Store.open(sys.argv[1]); s.stats(); print('open', flush=True); time.sleep(30)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        before = _digest(path)
        with pytest.raises(FileInUse, match="Close it"):
            encrypt_file(path, PASS)
        assert _digest(path) == before and not key_file_path(path).exists()
        assert not (tmp_path / "data.db.encrypting").exists()
    finally:
        holder.kill()
        holder.wait()
    with Store.open(path) as store:
        assert store.integrity_problems() == []


def _kill_during(action: str, path: Path, delay: float) -> bool:
    """Run the converter and SIGKILL it ``delay`` s after it is ready; True if it was
    still working when killed."""
    env = {**os.environ, "STARAPP_PASSPHRASE": PASS, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("convert_child.py")), action, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        alive = proc.poll() is None
        proc.send_signal(signal.SIGKILL)  # no-op if it has already finished
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return alive


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_conversion_killed_at_random_moments_leaves_a_whole_file(tmp_path):
    """SIGKILL mid-conversion (either way) leaves the original intact or the conversion
    finished, and the file always opens with everything in it."""
    path = tmp_path / "data.db"
    with Store.open(path, create=True) as store:
        fill_demo(store, people=300, seed=5)
        stats = store.stats()
    started = time.perf_counter()
    encrypt_file(path, PASS)
    took = time.perf_counter() - started
    decrypt_file(path, PASS)
    rng = random.Random(20261127)
    interrupted = {"encrypt": 0, "decrypt": 0}
    for round_no in range(16):
        action = "encrypt" if round_no % 2 == 0 else "decrypt"
        if action == "encrypt" and is_encrypted(path):
            decrypt_file(path, PASS)
        elif action == "decrypt" and not is_encrypted(path):
            encrypt_file(path, PASS)
        if _kill_during(action, path, rng.uniform(0.0, took * 1.5)):
            interrupted[action] += 1
        encrypted = is_encrypted(path)
        with Store.open(path, passphrase=PASS if encrypted else None) as store:
            assert store.stats() == stats
            assert store.integrity_problems() == []
        if encrypted:  # and no readable copy is left beside it
            readable = [p.name for p in tmp_path.iterdir() if _is_plain_sqlite(p)]
            assert readable == [], readable
    assert interrupted["encrypt"] >= 3 and interrupted["decrypt"] >= 3, interrupted


def _is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == SQLITE_MAGIC
