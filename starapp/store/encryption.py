"""Encrypted data files: unlocking, creating, converting and re-keying.

An encrypted data file is a SQLCipher 4 database keyed with a random data key; the key
file beside it holds that key wrapped by the passphrase (keys.py). A file whose first
bytes are not "SQLite format 3" and that has a key file beside it is encrypted.

Converting a file (plain -> encrypted or back) writes the converted copy under a
temporary name in the same folder, syncs it, and renames it over the original, so a
crash at any moment leaves either the original or the finished conversion, never a mix.
The original's key file is written before the rename; a key file beside a plain file is
ignored (the header says the file is plain).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from starapp.store import cipher
from starapp.store.connection import SQLITE_MAGIC, connect, inspect_file, is_new
from starapp.store.errors import (
    DataFileError,
    FileInUse,
    PassphraseRequired,
    WrongPassphrase,
    WrongRecoveryKey,
)
from starapp.store.keys import (
    LOSS_WARNING,
    check_new_passphrase,
    fsync_dir,
    key_file_path,
    key_id,
    new_data_key,
    parse_recovery_key,
    read_key_file,
    recovery_key_text,
    unwrap_key,
    wrap_key,
    write_key_file,
)
from starapp.store.migrations import APPLICATION_ID

log = logging.getLogger(__name__)

__all__ = [
    "LOSS_WARNING",
    "Unlocked",
    "change_passphrase",
    "check_unlock",
    "decrypt_file",
    "encrypt_file",
    "is_encrypted",
    "open_connection",
    "reset_passphrase",
]


@dataclass
class Unlocked:
    conn: sqlite3.Connection
    key_id: str | None  # None: a plain file
    recovery_key: str | None  # set only when this call created the file
    key: bytes | None = None  # kept in memory so worker threads can open the file too


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is an encrypted starapp file (not plain SQLite, key file beside it)."""
    return not _looks_plain(path) and key_file_path(path).exists()


def _looks_plain(path: Path) -> bool:
    """A plain SQLite header, or something inspect_file explains (missing, empty, folder)."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_MAGIC))
    except OSError:
        return True
    return len(header) == 0 or header.startswith(SQLITE_MAGIC)


def open_connection(
    path: Path,
    *,
    create: bool,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> Unlocked:
    """Open ``path``, plain or encrypted; with ``create`` and a passphrase make a new
    encrypted file (its recovery key is returned once)."""
    remove_conversion_leftovers(path)
    if create and is_new(path):
        if passphrase is None:
            return Unlocked(connect(path, create=True), None, None)
        return _create_encrypted(path, passphrase)
    if _looks_plain(path) or (recovery_key is None and not key_file_path(path).exists()):
        return Unlocked(connect(path, create=create), None, None)
    key = data_key(path, passphrase=passphrase, recovery_key=recovery_key)
    return Unlocked(connect(path, create=create, key=key), key_id(key), None, key)


def data_key(path: Path, *, passphrase: str | None, recovery_key: str | None) -> bytes:
    """The data key of the encrypted file ``path``, from the recovery key or passphrase."""
    if recovery_key is not None:
        key = parse_recovery_key(recovery_key)
        if not cipher.key_opens(path, key):
            raise WrongRecoveryKey(
                "That recovery key does not open {name} (each data file has its own). "
                "Check it against the written copy; the file has not been changed.",
                name=path.name,
            )
        return key
    key_file = read_key_file(path)
    if key_file is None:
        raise DataFileError(
            "{path} is encrypted, but its key file {key_file} is missing. "
            "Put the key file back beside it, or open it with its recovery key.",
            path=path,
            key_file=key_file_path(path).name,
        )
    if passphrase is None:
        raise PassphraseRequired("{path} is encrypted. Enter its passphrase to open it.", path=path)
    return unwrap_key(key_file, passphrase, file_name=path.name)


def check_unlock(
    path: Path,
    expected_key_id: str,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> None:
    """Check a passphrase (or recovery key) against the open file's key without reopening
    it, e.g. to leave the lock screen. Raises WrongPassphrase / WrongRecoveryKey."""
    if recovery_key is not None:
        if key_id(parse_recovery_key(recovery_key)) != expected_key_id:
            raise WrongRecoveryKey(
                "That recovery key does not belong to {name}. Check it against the written copy.",
                name=path.name,
            )
        return
    key_file = read_key_file(path)
    if key_file is None:
        raise DataFileError(
            "The key file of {name} is missing, so the passphrase cannot be checked. "
            "Unlock with the recovery key.",
            name=path.name,
        )
    unwrap_key(key_file, passphrase or "", file_name=path.name)
    if key_file.key_id != expected_key_id:
        raise WrongPassphrase(
            "The key file beside {name} has been replaced with one for another file. "
            "Unlock with the recovery key.",
            name=path.name,
        )


def _create_encrypted(path: Path, passphrase: str) -> Unlocked:
    check_new_passphrase(passphrase)
    key = new_data_key()
    key_file = wrap_key(key, passphrase)
    path.parent.mkdir(parents=True, exist_ok=True)
    old = key_file_path(path)
    if old.exists() and not path.exists():
        # A key file with no data file: keep it aside rather than destroy a key.
        aside = old.with_name(f"{old.name}.old-{time.strftime('%Y%m%dT%H%M%S')}")
        old.replace(aside)
        log.warning("Kept an orphaned key file aside as %s", aside.name)
    # The key file first: a data file never has pages without a key file beside it.
    write_key_file(path, key_file)
    conn = connect(path, create=True, key=key)
    log.info("Created an encrypted data file")
    return Unlocked(conn, key_file.key_id, recovery_key_text(key), key)


# --- changing the passphrase ------------------------------------------------------------------


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-wrap the data key with ``new``; only the key file changes (instant)."""
    path = Path(path)
    check_new_passphrase(new)
    if not is_encrypted(path):
        raise DataFileError(
            "{path} is not encrypted, so it has no passphrase to change.", path=path
        )
    key = data_key(path, passphrase=old, recovery_key=None)
    write_key_file(path, wrap_key(key, new))
    log.info("Changed the passphrase of a data file")


def reset_passphrase(path: Path, recovery_key: str, new: str) -> None:
    """A new passphrase (and key file) from the recovery key: for a forgotten passphrase
    or a lost key file."""
    path = Path(path)
    check_new_passphrase(new)
    if _looks_plain(path):
        raise DataFileError("{path} is not encrypted, so it has no passphrase to reset.", path=path)
    key = data_key(path, passphrase=None, recovery_key=recovery_key)
    inspect_file(path, key)
    write_key_file(path, wrap_key(key, new))
    log.info("Reset the passphrase of a data file with its recovery key")


# --- converting ---------------------------------------------------------------------------


def encrypt_file(path: Path, passphrase: str) -> str:
    """Convert a plain data file to an encrypted one, atomically; the recovery key."""
    path = Path(path)
    check_new_passphrase(passphrase)
    if is_encrypted(path):
        raise DataFileError("{path} is already encrypted.", path=path)
    version = inspect_file(path)
    key = new_data_key()
    tmp = path.with_name(path.name + ".encrypting")
    _export(path, None, tmp, key, version)
    write_key_file(path, wrap_key(key, passphrase))
    _replace(tmp, path)
    log.info("Encrypted a data file")
    return recovery_key_text(key)


def decrypt_file(path: Path, passphrase: str | None, *, recovery_key: str | None = None) -> None:
    """Convert an encrypted data file back to a plain one, atomically (needs its key)."""
    path = Path(path)
    if _looks_plain(path):
        raise DataFileError("{path} is not encrypted.", path=path)
    key = data_key(path, passphrase=passphrase, recovery_key=recovery_key)
    version = inspect_file(path, key)
    tmp = path.with_name(path.name + ".decrypting")
    _export(path, key, tmp, None, version)
    _replace(tmp, path)
    key_file_path(path).unlink(missing_ok=True)
    fsync_dir(path.parent)
    log.info("Decrypted a data file")


def _export(
    source: Path, source_key: bytes | None, tmp: Path, key: bytes | None, version: int
) -> None:
    """Copy ``source`` into the new file ``tmp`` (encrypted with ``key``, or plain)."""
    _remove_with_sidecars(tmp)
    conn = cipher.connect(source, source_key, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        # Exclusive: refuse while starapp (or anything) has the file open, and keep
        # every other writer out until the copy is done. Only ``converted`` is written,
        # so the commit needs no super-journal beside the data file.
        conn.execute("PRAGMA main.locking_mode = EXCLUSIVE")
        try:
            cipher.attach(conn, tmp, "converted", key)
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM main.sqlite_master").fetchone()
        except cipher.OPERATIONAL_ERRORS as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise FileInUse(
                    "{path} is open in starapp or another program. Close it and try "
                    "again; nothing was changed.",
                    path=source,
                ) from None
            raise
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute(f"PRAGMA converted.application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE converted")
    except BaseException:
        conn.close()
        _remove_with_sidecars(tmp)
        raise
    conn.close()  # the last connection: checkpoints and removes the source's WAL
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace(tmp: Path, path: Path) -> None:
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        _remove_with_sidecars(tmp)
        raise FileInUse(
            "{path} still has changes in {wal} (is starapp using it?). Close starapp, "
            "open the file once, and try again; nothing was changed.",
            path=path,
            wal=wal.name,
        )
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    if os.name == "posix":
        os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def remove_conversion_leftovers(path: Path) -> None:
    """A conversion killed half-way leaves its temporary copy; a decryption's is readable."""
    for suffix in (".encrypting", ".decrypting"):
        with contextlib.suppress(OSError):  # e.g. a read-only folder: opening still works
            _remove_with_sidecars(path.with_name(path.name + suffix))


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
