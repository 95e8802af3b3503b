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


# --- encrypted files (store/encryption.py) ------------------------------------------------


class PassphraseRequired(DataFileError):
    """The file is encrypted and no passphrase (or recovery key) was given."""


class WrongPassphrase(DataFileError):
    """The passphrase does not unlock the file's key. Nothing was changed."""


class WrongRecoveryKey(DataFileError):
    """The recovery key is mistyped or belongs to another file. Nothing was changed."""


class WeakPassphrase(StarappError):
    """A new passphrase is too short to protect personal data."""


class FileInUse(DataFileError):
    """Another program has the file open, so it cannot be converted now."""
