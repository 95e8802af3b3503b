"""A folder target: a cloud-drive folder (OneDrive, Dropbox, Nextcloud desktop...) or a
USB stick. Bundles are written under a temp name, fsynced, then renamed, so the sync
client or the manager never picks up half a file. The live database never goes here."""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path

from starapp.store.outbox import FrozenBundle
from starapp.sync.bundle import write_file_atomically
from starapp.sync.errors import BundleConflict, NeedsAttention, TransientError


class FolderTarget:
    def __init__(self, name: str, path: str) -> None:
        self.name = name
        self.root = Path(path).expanduser()

    def deliver(self, bundle: FrozenBundle, source_install: str) -> str:
        if bundle.data is None:
            raise NeedsAttention("The bundle's stored bytes are missing.")
        if not self.root.is_dir():
            raise TransientError(
                "The folder {folder} is not there (is the USB stick or drive connected?).",
                folder=self.root,
            )
        folder = self.root / source_install
        final = folder / bundle.file_name
        try:
            if final.exists():
                if hashlib.sha256(final.read_bytes()).hexdigest() == bundle.sha256:
                    return "already there"
                raise BundleConflict(
                    "{path} already exists with different content. Move it away, then "
                    "choose Try again.",
                    path=final,
                )
            write_file_atomically(folder, bundle.file_name, bundle.data)
        except PermissionError:
            raise NeedsAttention(
                "starapp is not allowed to write in {folder}. Choose another folder or "
                "fix its permissions.",
                folder=self.root,
            ) from None
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise NeedsAttention("The folder {folder} is full.", folder=self.root) from None
            raise TransientError(
                "Could not write to {folder} ({reason}).", folder=self.root, reason=exc.strerror
            ) from None
        return "written"

    def close(self) -> None:
        pass
