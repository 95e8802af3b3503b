"""Files that are not a usable starapp data file are refused and left untouched."""

import hashlib
import sqlite3

import pytest

from starapp.core.people import PersonDraft
from starapp.store import (
    DataFileCorrupt,
    DataFileError,
    DataFileMissing,
    NewerSchemaError,
    NotAStarappFile,
    Store,
)
from starapp.store.migrations import SCHEMA_VERSION


def snapshot(folder):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


def refuse(path, error):
    before = snapshot(path.parent)
    with pytest.raises(error) as err:
        Store.open(path)
    assert snapshot(path.parent) == before  # same files, same bytes, no -wal/-shm
    return str(err.value)


def make_store_with_data(path, people=50):
    with Store.open(path, create=True) as s:
        for i in range(people):
            s.people.add(PersonDraft(reference=f"R{i}", name="x" * 200))


def test_missing_file_is_not_created_without_create(tmp_path):
    path = tmp_path / "nope.db"
    with pytest.raises(DataFileMissing, match="no data file"):
        Store.open(path)
    assert not path.exists()


def test_directory(tmp_path):
    (tmp_path / "dir").mkdir()
    assert "folder" in refuse(tmp_path / "dir", DataFileError)


def test_text_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("hello, this is not a database\n" * 10)
    assert "not a starapp data file" in refuse(path, NotAStarappFile)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    assert "empty" in refuse(path, NotAStarappFile)


def test_other_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert "not a starapp data file" in refuse(path, NotAStarappFile)


def test_truncated_database(tmp_path):
    path = tmp_path / "cut.db"
    make_store_with_data(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "truncated" in refuse(path, DataFileCorrupt)


def test_garbage_after_header(tmp_path):
    path = tmp_path / "garbage.db"
    make_store_with_data(path)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page
    path.write_bytes(bytes(data))
    message = refuse(path, DataFileCorrupt)
    assert "damaged" in message and "not been changed" in message


def _file_from_the_future(tmp_path):
    """A data file whose schema a newer starapp wrote."""
    path = tmp_path / "future.db"
    make_store_with_data(path, people=1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return path


def test_newer_schema_refused(tmp_path):
    path = _file_from_the_future(tmp_path)
    assert "newer version of starapp" in refuse(path, NewerSchemaError)


def test_refusals_keep_the_path_apart_from_the_sentence(tmp_path):
    """The UI translates the template and fills the values in: the path is not baked in."""
    path = _file_from_the_future(tmp_path)
    with pytest.raises(NewerSchemaError) as err:
        Store.open(path)
    sentence = err.value.sentence
    assert str(path) not in sentence.template and "{path}" in sentence.template
    assert sentence.values == {"path": path, "version": SCHEMA_VERSION + 1, "known": SCHEMA_VERSION}
    assert str(err.value) == str(sentence)


def test_reopen_keeps_install_id_and_data(tmp_path):
    path = tmp_path / "data.db"
    with Store.open(path, create=True) as s:
        install = s.install_id
        s.people.add(PersonDraft(reference="A"))
    with Store.open(path) as s:
        assert s.install_id == install
        assert s.people.count() == 1
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.integrity_problems() == []


def test_files_are_owner_only(tmp_path):
    path = tmp_path / "private.db"
    with Store.open(path, create=True) as s:
        s.people.add(PersonDraft(reference="A"))
        for name in ("private.db", "private.db-wal", "private.db-shm"):
            assert (tmp_path / name).stat().st_mode & 0o077 == 0, name


def test_empty_file_is_started_afresh_when_creating(tmp_path):
    path = tmp_path / "killed-at-birth.db"
    path.touch()
    with Store.open(path, create=True) as s:
        assert s.people.count() == 0


def test_full_disk_during_a_change_is_a_sentence_and_loses_nothing(tmp_path):
    path = tmp_path / "full.db"
    with Store.open(path, create=True) as s:
        kept = s.people.add(PersonDraft(reference="KEPT", name="Saved before"))
        pages = s.db.execute("PRAGMA page_count").fetchone()[0]
        s.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
        with pytest.raises(DataFileError, match="disk is full") as err:
            for i in range(200):
                s.people.add(PersonDraft(reference=f"NEW-{i}", name="x" * 150))
        assert "Traceback" not in str(err.value)
    with Store.open(path) as s:
        assert s.people.get(kept.id).name == "Saved before"
        assert s.integrity_problems() == []
