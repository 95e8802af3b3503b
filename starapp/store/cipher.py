"""SQLCipher connections for encrypted data files.

The ``sqlcipher3`` package bundles SQLCipher 4 (no system library needed). Its
connections work with ``sqlite_utils.Database`` like the standard library's, but its
exception classes are its own: code that catches database errors uses the tuples here,
which hold both kinds.

Every page of the file and of its WAL is encrypted (AES-256, with an HMAC per page, so a
damaged or altered page is detected on reading). The key is the 256-bit data key passed
raw (``x'...'``), so SQLCipher's own PBKDF2 step is skipped: the slow part of unlocking
is the Argon2id step in keys.py, done once.
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

# Part of the file format: every connection to an encrypted file (and every ATTACH of
# one) sets these after the key. SQLCipher 4's defaults (4 KiB pages, HMAC-SHA512) made
# a full scan of a 10,000-person file cost twice a plain one; 16 KiB pages with
# HMAC-SHA256 bring it to about the plain cost (benchmarks/bench_encryption.py).
PAGE_SETTINGS = ("cipher_page_size = 16384", "cipher_hmac_algorithm = HMAC_SHA256")


def key_pragma(key: bytes, schema: str = "") -> str:
    prefix = f"{schema}." if schema else ""
    return f"PRAGMA {prefix}key = \"x'{key.hex()}'\""


def attach(conn: Any, path: Path, schema: str, key: bytes | None) -> None:
    """ATTACH ``path`` as ``schema``, encrypted with ``key`` or plain (key None)."""
    key_sql = f"\"x'{key.hex()}'\"" if key is not None else "''"
    conn.execute(f"ATTACH DATABASE ? AS {schema} KEY {key_sql}", (str(path),))
    if key is not None:
        for setting in PAGE_SETTINGS:
            conn.execute(f"PRAGMA {schema}.{setting}")


def connect(target: str | Path, key: bytes | None, *, uri: bool = False, **kw: Any) -> Any:
    """A SQLCipher connection; with ``key`` None it reads and writes a plain file."""
    conn = sqlcipher.connect(str(target), uri=uri, **kw)
    try:
        # SQLCipher would print decryption failures to stderr; callers report them.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(key_pragma(key))
            for setting in PAGE_SETTINGS:
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
