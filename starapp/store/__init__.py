"""The local data file: one SQLite file per install, opened through ``Store``."""

from starapp.store.errors import (
    DataFileCorrupt,
    DataFileError,
    DataFileMissing,
    NewerSchemaError,
    NotAStarappFile,
)
from starapp.store.readings import IncompleteReadingError
from starapp.store.store import Store

__all__ = [
    "DataFileCorrupt",
    "DataFileError",
    "DataFileMissing",
    "IncompleteReadingError",
    "NewerSchemaError",
    "NotAStarappFile",
    "Store",
]
