"""The local data file: one SQLite file per install, opened through ``Store``."""

from starapp.store.errors import (
    DataFileCorrupt,
    DataFileError,
    DataFileMissing,
    FileInUse,
    NewerSchemaError,
    NotAStarappFile,
    PassphraseRequired,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from starapp.store.readings import IncompleteReadingError
from starapp.store.store import Store

__all__ = [
    "DataFileCorrupt",
    "DataFileError",
    "DataFileMissing",
    "FileInUse",
    "IncompleteReadingError",
    "NewerSchemaError",
    "NotAStarappFile",
    "PassphraseRequired",
    "Store",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryKey",
]
