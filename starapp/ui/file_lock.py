"""One starapp window per data file.

A second window on the same file would keep its own idea of what is on screen and
write over the first window's edits (SQLite itself keeps the file sound, but not the
meaning). So a window holds a lock file beside its data file (``people.db.lock``) while
it has the file open, and a second copy is turned away with a sentence.

The lock is Qt's ``QLockFile``: it records the process id, so a lock left behind by a
crash or a power cut is noticed and taken over, never left to block the file for ever.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile

from starapp.core.errors import StarappError

log = logging.getLogger(__name__)


class DataFileInUse(StarappError):
    """Another starapp window has this data file open."""


def lock_path(data_file: str | Path) -> Path:
    """Where the lock for ``data_file`` lives: beside it, named after it."""
    data = Path(data_file).expanduser().resolve()
    return data.with_name(data.name + ".lock")


# Locks this process holds, by lock-file path.
_held: dict[Path, QLockFile] = {}


def acquire(data_file: str | Path) -> None:
    """Hold the lock of ``data_file``; raise DataFileInUse when another window holds it.

    Holding it already is fine. When the lock cannot be made at all (a read-only
    folder), starapp carries on without it: opening the file will say what is wrong.
    """
    path = lock_path(data_file)
    if path in _held:
        return
    lock = QLockFile(str(path))
    # Never treat a live lock as stale because of its age: a window stays open for
    # hours. A lock whose process has gone is still recognised as stale and taken over.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        _held[path] = lock
        return
    error = lock.error()
    if error == QLockFile.LockError.LockFailedError:
        log.info("Data file already open in another window")
        raise DataFileInUse(
            "This data file is already open in another starapp window ({file}). "
            "Switch to that window, or close it and try again.",
            file=Path(data_file).name,
        )
    log.warning("No lock file beside the data file (%s); carrying on without one", error.name)


def release(data_file: str | Path) -> None:
    lock = _held.pop(lock_path(data_file), None)
    if lock is not None:
        lock.unlock()


def release_all_but(data_file: str | Path | None = None) -> None:
    """Release every lock this process holds except the one of ``data_file``."""
    keep = lock_path(data_file) if data_file is not None else None
    for path in [p for p in _held if p != keep]:
        _held.pop(path).unlock()


def is_held(data_file: str | Path) -> bool:
    return lock_path(data_file) in _held


@contextmanager
def held(data_file: str | Path) -> Iterator[None]:
    """Hold the lock of ``data_file`` for the block (and whatever file the window switches to)."""
    acquire(data_file)
    try:
        yield
    finally:
        release_all_but(None)
