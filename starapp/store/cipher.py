"""SQLCipher connections for encrypted data files.

The ``sqlcipher3`` package bundles SQLCipher 4 (no system library needed). Its
connections work with ``sqlite_utils.Database`` like the standard library's, but its
exception classes are its own: code that catches database errors uses the tuples here,
which hold both kinds.

Every page of the file and of its WAL is encrypted (AES-256, with an HMAC per page, so a
damaged or altered page is detected on reading). The key is the 256-bit data key passed
raw (``x'...'``), so SQLCipher's own PBKDF2 step is skipped: the slow part of unlocking
is the Argon2id step in keys.py, done once.

SQLCipher keeps no plaintext header, so a file cannot say which page layout it was
written with. The HMAC of its first page says it instead: page 1 verifies only under the
layout it was written with, so an existing file is opened with the first layout in
``LAYOUTS`` under which page 1 verifies, and a new file gets ``PAGE_SETTINGS``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    sqlcipher.OperationalError,
)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, sqlcipher.IntegrityError)

NOT_A_DATABASE = "file is not a database"  # SQLCipher's answer to a wrong key

# Part of the file format: a connection to an encrypted file sets these after the key.
# Encryption costs one HMAC and one AES pass per page read from disk (the HMAC is ~4/5
# of it even with SHA-NI), so the layout decides the cost. HMAC-SHA256: SQLCipher 4's
# default SHA-512 runs at half its speed here. 8 KiB pages: opening a person or a report
# reads scattered pages (one per reading), and 16 KiB pages decrypted 1.5 times the bytes
# for a report and cost +33% against +19% on a person; 4 KiB pages made bulk writes
# ~25% slower (benchmarks/bench_encryption.py).
PAGE_SETTINGS = ("cipher_page_size = 8192", "cipher_hmac_algorithm = HMAC_SHA256")
# Files written before 8 KiB pages (starapp's first encrypted files) keep their layout.
LEGACY_PAGE_SETTINGS = ("cipher_page_size = 16384", "cipher_hmac_algorithm = HMAC_SHA256")
LAYOUTS = (PAGE_SETTINGS, LEGACY_PAGE_SETTINGS)


def key_pragma(key: bytes, schema: str = "") -> str:
    prefix = f"{schema}." if schema else ""
    return f"PRAGMA {prefix}key = \"x'{key.hex()}'\""


def attach(conn: Any, path: Path, schema: str, key: bytes | None) -> None:
    """ATTACH the new file ``path`` as ``schema``, encrypted with ``key`` (in the layout
    for new files) or plain (key None)."""
    key_sql = f"\"x'{key.hex()}'\"" if key is not None else "''"
    conn.execute(f"ATTACH DATABASE ? AS {schema} KEY {key_sql}", (str(path),))
    if key is not None:
        for setting in PAGE_SETTINGS:
            conn.execute(f"PRAGMA {schema}.{setting}")


def connect(target: str | Path, key: bytes | None, *, uri: bool = False, **kw: Any) -> Any:
    """A SQLCipher connection; with ``key`` None it reads and writes a plain file.

    An encrypted file is opened in the layout its first page verifies under; when none
    fits (a wrong key, a damaged first page), in the last one, so that the caller's first
    read reports "file is not a database" as it always did."""
    if key is None:
        return _open(target, None, (), uri, kw)
    for layout in LAYOUTS[:-1]:
        conn = _open(target, key, layout, uri, kw)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher.DatabaseError as exc:
            conn.close()
            if NOT_A_DATABASE in str(exc):
                continue
            raise
        except BaseException:
            conn.close()
            raise
        return conn
    return _open(target, key, LAYOUTS[-1], uri, kw)


def _open(
    target: str | Path, key: bytes | None, layout: tuple[str, ...], uri: bool, kw: Any
) -> Any:
    conn = sqlcipher.connect(str(target), uri=uri, **kw)
    try:
        # SQLCipher would print decryption failures to stderr; callers report them.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(key_pragma(key))
            for setting in layout:
                conn.execute(f"PRAGMA {setting}")
            # Sorts and temporary tables stay in memory, never in unencrypted temp files.
            conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def key_opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` decrypts the file's first page (read-only, changes nothing)."""
    # immutable: no locks, no -wal/-shm made. Page 1 in the main file has the same key.
    conn = connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", key, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        if NOT_A_DATABASE in str(exc):
            return False
        raise
    finally:
        conn.close()
    return True


def page_problems(conn: Any) -> list[str]:
    """Pages whose HMAC does not match (damaged or altered), from cipher_integrity_check."""
    return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
