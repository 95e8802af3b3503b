"""Opening the data file safely.

A file is inspected read-only first; only a file that is plainly starapp's, of a
schema this app knows, is then opened for writing. Anything else is refused with a
message and left byte-for-byte as it was.

An encrypted file (SQLCipher, see cipher.py) is inspected and opened the same way once
its data key is known; encryption.py finds the key.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import struct
from pathlib import Path

from starapp.store import cipher
from starapp.store.errors import (
    DataFileCorrupt,
    DataFileError,
    DataFileMissing,
    NewerSchemaError,
    NotAStarappFile,
)
from starapp.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


def inspect_file(path: Path, key: bytes | None = None) -> int:
    """Check ``path`` without changing it; return its schema version.

    ``key`` is the data key of an encrypted file (None for a plain one)."""
    if not path.exists():
        raise DataFileMissing(
            "There is no data file at {path}. Check the path, or create one with "
            "'starapp demo' or by starting the app.",
            path=path,
        )
    if path.is_dir():
        raise DataFileError(
            "{path} is a folder, not a data file. Give the path of the file.", path=path
        )
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise DataFileError(
            "The data file {path} cannot be read ({reason}). Check its permissions.",
            path=path,
            reason=exc.strerror,
        ) from None
    if len(header) == 0:
        raise NotAStarappFile("{path} is empty, so it is not a starapp data file.", path=path)
    if key is not None:
        return _inspect_encrypted(path, key)
    if not header.startswith(SQLITE_MAGIC):
        raise NotAStarappFile(
            "{path} is not a starapp data file. Choose the file that starapp created. (If it "
            "is an encrypted one whose key file {name}.key is missing, open it with "
            "its recovery key.)",
            path=path,
            name=path.name,
        )
    _check_length(path, header)
    (version,) = struct.unpack(">I", header[60:64])  # PRAGMA user_version
    (app_id,) = struct.unpack(">I", header[68:72])  # PRAGMA application_id
    wal = path.with_name(path.name + "-wal")
    stale_header = wal.exists() and wal.stat().st_size > 0
    try:
        # immutable: read without creating -wal/-shm files or taking locks. But after a
        # crash the header can predate commits still in the WAL (a new file's schema
        # among them), so then read through the WAL instead.
        mode = "mode=ro" if stale_header else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if stale_header:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        log.warning("Refused data file: %s", exc)
        raise DataFileCorrupt(
            "The data file {path} is damaged and cannot be opened ({reason}). "
            "It has not been changed; restore it from a backup or ask for help.",
            path=path,
            reason=exc,
        ) from None
    return _check_identity(path, app_id, version)


def _inspect_encrypted(path: Path, key: bytes) -> int:
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "mode=ro&immutable=1"
    try:
        conn = cipher.connect(f"{path.resolve().as_uri()}?{mode}", key, uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except cipher.DATABASE_ERRORS as exc:
        log.warning("Refused encrypted data file: %s", exc)
        if cipher.NOT_A_DATABASE in str(exc):
            raise DataFileCorrupt(
                "The data file {path} cannot be decrypted: its first page is damaged, or "
                "the key file beside it belongs to another data file. It has not been "
                "changed; restore it from a backup, or open it with its recovery key.",
                path=path,
            ) from None
        raise DataFileCorrupt(
            "The encrypted data file {path} is damaged and cannot be opened ({reason}). "
            "It has not been changed; restore it from a backup or ask for help.",
            path=path,
            reason=exc,
        ) from None
    return _check_identity(path, app_id, version)


def _check_identity(path: Path, app_id: int, version: int) -> int:
    if app_id != APPLICATION_ID:
        raise NotAStarappFile(
            "{path} is a database, but not a starapp data file. "
            "Choose the file that starapp created.",
            path=path,
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            "{path} was written by a newer version of starapp (data format {version}; this "
            "app knows up to {known}). Update starapp to open it; the file has not "
            "been changed.",
            path=path,
            version=version,
            known=SCHEMA_VERSION,
        )
    return int(version)


def _check_length(path: Path, header: bytes) -> None:
    """A file shorter than its header says was cut off (copy interrupted, disk full)."""
    if len(header) < 100:
        raise DataFileCorrupt(
            "The data file {path} is truncated. Restore it from a backup.", path=path
        )
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    wal = path.with_name(path.name + "-wal")
    wal_has_pages = wal.exists() and wal.stat().st_size > 0
    header_is_current = change_counter == valid_for and not wal_has_pages
    if header_is_current and page_size * page_count > path.stat().st_size:
        raise DataFileCorrupt(
            "The data file {path} is truncated (it is shorter than its own header "
            "says). It has not been changed; restore it from a backup.",
            path=path,
        )


def is_new(path: Path) -> bool:
    """No file yet, or 0 bytes: an earlier create was killed before its first commit."""
    return not path.exists() or (path.is_file() and path.stat().st_size == 0)


def connect(path: Path, *, create: bool, key: bytes | None = None) -> sqlite3.Connection:
    """An open, migrated, durable connection to ``path`` (encrypted with ``key``, if given)."""
    if create and is_new(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        version = 0
    else:
        version = inspect_file(path, key)
    _owner_only(path)
    conn = None
    try:
        # One try for both steps: cipher.connect already reads page 1 (to find the
        # file's layout), so a read-only or busy file can fail there too.
        if key is None:
            conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        else:
            conn = cipher.connect(path, key, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # a finalised reading survives power loss
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # erased people leave no bytes behind
        if version < SCHEMA_VERSION:
            migrate(conn, version)
    except cipher.OPERATIONAL_ERRORS as exc:
        if conn is not None:
            conn.close()
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise DataFileError(
                "The data file {path} is read-only. Copy it somewhere you can write to.",
                path=path,
            ) from None
        raise DataFileError(
            "The data file {path} cannot be opened ({reason}).", path=path, reason=exc
        ) from None
    return conn


def _owner_only(path: Path) -> None:
    """Personal data: owner-only permissions, set before SQLite makes its -wal and -shm
    files, which copy the main file's mode."""
    if os.name != "posix":
        return
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
