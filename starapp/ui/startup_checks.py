"""Checks made when the window starts, before anything asks the user a question:

- the data file's folder must be writable and its disk not full, or nothing the worker
  types could be saved. A read-only home folder or a full disk is said in one sentence
  naming the folder, before the passphrase is chosen, and the app stops untouched;
- the folder of the laptop preferences (QSettings) should be writable; if not, starapp
  still works and says that preferences will be forgotten.

Each check tries what starapp will really do (make the folder, create and delete a file),
because permission bits say nothing about a read-only mount, and ``os.access`` says
nothing useful for an administrator's account.
"""

from __future__ import annotations

import errno
import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from starapp.ui.translation import tr as _tr

log = logging.getLogger(__name__)

# A new data file with its templates takes a few hundred KiB; below this, the first
# reading could not be saved.
MIN_FREE_BYTES = 1 << 20


def disk_full_text(folder: Path) -> str:
    return _tr(
        "The disk that holds {folder} is full, so starapp cannot save anything there. "
        "Free some space on it (empty the recycle bin, move large files away), then start "
        "starapp again. Nothing in your data has been changed."
    ).format(folder=folder)


def _write_problem(folder: Path) -> OSError | None:
    """Make ``folder`` if needed, then create and delete a file in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".starapp-check-"):
            pass
    except OSError as exc:
        return exc
    return None


def data_folder_problem(path: Path) -> str | None:
    """Why the data file ``path`` could not be made or written, as a sentence; else None."""
    folder = path.expanduser().absolute().parent
    problem = _write_problem(folder)
    if problem is not None and problem.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full_text(folder)
    if problem is not None:
        log.warning(
            "The data folder cannot be written: %s", errno.errorcode.get(problem.errno or 0)
        )
        return _tr(
            "starapp cannot save its data in the folder {folder} ({reason}). Ask your "
            "support contact to make that folder writable, or to start starapp with a "
            "data file in a folder you can write to. Nothing has been changed."
        ).format(folder=folder, reason=problem.strerror or type(problem).__name__)
    if shutil.disk_usage(folder).free < MIN_FREE_BYTES:
        log.warning("The data folder's disk is full")
        return disk_full_text(folder)
    return None


def preferences_problem(settings: QSettings | None = None) -> str | None:
    """A sentence when the laptop preferences cannot be saved; else None."""
    folder = Path((settings or QSettings()).fileName()).parent
    problem = _write_problem(folder)
    if problem is None:
        return None
    log.warning(
        "The preferences folder cannot be written: %s", errno.errorcode.get(problem.errno or 0)
    )
    return _tr(
        "starapp cannot save its preferences in {folder} ({reason}). It works, but the "
        "window size, language and auto-lock time are forgotten when it closes. Ask your "
        "support contact to make that folder writable."
    ).format(folder=folder, reason=problem.strerror or type(problem).__name__)
