"""Errors about the data file itself. Messages say what happened and what to do."""

from __future__ import annotations

from starapp.core.errors import StarappError


class DataFileError(StarappError):
    """The data file cannot be used. It has not been changed."""


class DataFileMissing(DataFileError):
    pass


class NotAStarappFile(DataFileError):
    pass


class DataFileCorrupt(DataFileError):
    pass


class NewerSchemaError(DataFileError):
    pass
