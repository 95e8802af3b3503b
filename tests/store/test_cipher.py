"""The page layout of encrypted files: new files get 8 KiB pages; files written in the
earlier 16 KiB layout keep opening, reading and writing in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from starapp.core.people import PersonDraft
from starapp.store import Store, cipher, keys
from starapp.store.demo import fill_demo
from starapp.store.encryption import decrypt_file, encrypt_file
from starapp.store.migrations import APPLICATION_ID, SCHEMA_VERSION

PASS = "correct horse battery staple"


@pytest.fixture
def fast_kdf(monkeypatch):
    monkeypatch.setattr(keys, "KDF_TIME_COST", 1)
    monkeypatch.setattr(keys, "KDF_MEMORY_KIB", 8 * 1024)
    monkeypatch.setattr(keys, "KDF_PARALLELISM", 1)


def _legacy_file(path: Path, key: bytes) -> dict[str, int]:
    """An encrypted file as starapp wrote them before 8 KiB pages (what encrypt_file did
    then: export a plain file into a SQLCipher file with 16 KiB pages); its stats."""
    plain = path.with_name("plain.db")
    with Store.open(plain, create=True) as store:
        fill_demo(store, people=30, seed=4)
        stats = store.stats()
    conn = sqlcipher.connect(str(plain), isolation_level=None)
    try:
        conn.execute(f"ATTACH DATABASE ? AS old KEY \"x'{key.hex()}'\"", (str(path),))
        for setting in cipher.LEGACY_PAGE_SETTINGS:
            conn.execute(f"PRAGMA old.{setting}")
        conn.execute("SELECT sqlcipher_export('old')")
        conn.execute(f"PRAGMA old.user_version = {SCHEMA_VERSION}")
        conn.execute(f"PRAGMA old.application_id = {APPLICATION_ID}")
        conn.execute("DETACH DATABASE old")
    finally:
        conn.close()
    plain.unlink()
    keys.write_key_file(path, keys.wrap_key(key, PASS))
    return stats


def _opens_in(path: Path, key: bytes, layout: tuple[str, ...]) -> bool:
    """Whether page 1 verifies under exactly ``layout`` (raw SQLCipher, read-only)."""
    conn = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(cipher.key_pragma(key))
        for setting in layout:
            conn.execute(f"PRAGMA {setting}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher.DatabaseError as exc:
        assert cipher.NOT_A_DATABASE in str(exc)
        return False
    finally:
        conn.close()
    return True


def _page_size(store: Store) -> int:
    return int(store.db.execute("PRAGMA page_size").fetchone()[0])


def test_a_new_encrypted_file_has_8_kib_pages(tmp_path, fast_kdf):
    path = tmp_path / "data.db"
    with Store.open(path, create=True, passphrase=PASS) as store:
        fill_demo(store, people=20, seed=1)
        assert _page_size(store) == 8192
        key = store._key
    assert key is not None
    assert path.stat().st_size % 8192 == 0
    assert _opens_in(path, key, cipher.PAGE_SETTINGS)
    assert not _opens_in(path, key, cipher.LEGACY_PAGE_SETTINGS)


def test_a_16_kib_file_opens_writes_and_keeps_its_layout(tmp_path, fast_kdf):
    path = tmp_path / "old.db"
    key = keys.new_data_key()
    stats = _legacy_file(path, key)
    assert not _opens_in(path, key, cipher.PAGE_SETTINGS)
    with Store.open(path, passphrase=PASS) as store:
        assert store.stats() == stats
        assert _page_size(store) == 16384
        store.people.add(PersonDraft(reference="NEW-1", name="Added after the change"))
        with store.reopen() as worker:  # a worker thread's connection finds it too
            assert worker.people.by_reference("NEW-1") is not None
    assert _opens_in(path, key, cipher.LEGACY_PAGE_SETTINGS)
    with Store.open(path, recovery_key=keys.recovery_key_text(key)) as store:
        assert store.people.by_reference("NEW-1").name == "Added after the change"
        assert store.integrity_problems() == []


def test_a_wrong_key_opens_neither_layout(tmp_path, fast_kdf):
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    key = keys.new_data_key()
    _legacy_file(old, key)
    with Store.open(new, create=True, passphrase=PASS) as store:
        new_key = store._key
    assert new_key is not None
    other = keys.new_data_key()
    assert cipher.key_opens(old, key) and cipher.key_opens(new, new_key)
    assert not cipher.key_opens(old, other) and not cipher.key_opens(new, other)
    assert not cipher.key_opens(old, new_key)


def test_decrypting_and_encrypting_a_16_kib_file_gives_it_8_kib_pages(tmp_path, fast_kdf):
    path = tmp_path / "old.db"
    stats = _legacy_file(path, keys.new_data_key())
    decrypt_file(path, PASS)
    recovery_key = encrypt_file(path, PASS)
    with Store.open(path, passphrase=PASS) as store:
        assert store.stats() == stats
        assert _page_size(store) == 8192
    assert _opens_in(path, keys.parse_recovery_key(recovery_key), cipher.PAGE_SETTINGS)
