"""Saving and removing sync targets from the settings dialog.

No widgets here: the dialog reads its fields into a ``TargetInput`` and calls
``SyncController.save_target``, which uses these functions. Validation messages are
sentences for a worker, not for an administrator at a terminal.

Secrets (a WebDAV password, an HTTPS token) go to the operating system's keyring
(starapp/sync/secrets.py). Where there is none, they are kept in ``session`` (a dict
the sync engine reads) until starapp closes, and the user is told so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from starapp.store.targets import TargetConfig, TargetsRepo
from starapp.sync.errors import TargetConfigError
from starapp.sync.secrets import delete_secret, save_secret
from starapp.sync.targets import check_location, needs_secret

if TYPE_CHECKING:
    from starapp.store.store import Store

KEYRING, SESSION = "keyring", "session"


@dataclass(frozen=True)
class TargetInput:
    name: str
    kind: str  # folder, webdav or https
    location: str  # a folder path or a URL
    username: str = ""
    secret: str = ""  # empty when editing: keep the one already given
    ca_file: str = ""


@dataclass(frozen=True)
class SavedTarget:
    config: TargetConfig
    secret_kept: str | None  # KEYRING, SESSION or None (no new secret given)


def check_input(t: TargetInput, data_file: Path, *, editing: bool) -> tuple[str, str | None]:
    """The cleaned location and CA file, or TargetConfigError with a sentence."""
    if not t.name.strip():
        raise TargetConfigError("Give the target a name, for example “Charity cloud”.")
    if t.kind == "folder":
        if not t.location.strip():
            raise TargetConfigError("Choose the folder to put bundles in.")
        folder = Path(t.location.strip()).expanduser()
        if not folder.is_dir():
            raise TargetConfigError(
                "There is no folder at {path}. Choose an existing folder (plug in the "
                "USB stick or drive first).",
                path=folder,
            )
        return check_location("folder", str(folder), data_file=data_file), None
    location = _check_url(t.location)
    if t.kind == "webdav" and not t.username.strip():
        raise TargetConfigError("Give the user name you log in to the WebDAV server with.")
    if needs_secret(t.kind, t.username.strip()) and not t.secret and not editing:
        if t.kind == "webdav":
            raise TargetConfigError("Type the password for this target.")
        raise TargetConfigError("Type the token for this target.")
    ca_file = None
    if t.ca_file.strip():
        ca = Path(t.ca_file.strip()).expanduser()
        if not ca.is_file():
            raise TargetConfigError(
                "There is no certificate file at {path}. Choose the CA file the charity "
                "gave you, or leave it empty.",
                path=ca,
            )
        ca_file = str(ca.resolve())
    return location, ca_file


def _check_url(text: str) -> str:
    text = text.strip()
    if not text:
        raise TargetConfigError("Type the web address (URL) the charity gave you.")
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise TargetConfigError(
            "“{text}” is not a web address. Type the full URL, starting with https://, "
            "for example https://cloud.example.org/remote.php/dav/files/alice/starapp",
            text=text,
        )
    if url.userinfo:
        raise TargetConfigError(
            "Do not put a user name or password in the web address; type them in their "
            "own boxes below."
        )
    return check_location("https", text)  # the same rules as the command line


def save_target(
    store: Store, session: dict[str, str], t: TargetInput, *, editing: bool
) -> SavedTarget:
    """Add (or, ``editing``, change) a target and keep its secret; raises StarappError."""
    location, ca_file = check_input(t, store.path, editing=editing)
    name = t.name.strip()
    username = t.username.strip() if t.kind == "webdav" else ""
    config = TargetsRepo(store).add(
        name, t.kind, location, username=username, ca_file=ca_file, replace=editing
    )
    kept = None
    if t.secret and needs_secret(t.kind, username):
        session[name] = t.secret  # used at once, whatever the keyring does
        kept = KEYRING if save_secret(store.install_id, name, t.secret) else SESSION
    return SavedTarget(config, kept)


def remove_target(store: Store, session: dict[str, str], name: str) -> None:
    TargetsRepo(store).remove(name)
    delete_secret(store.install_id, name)
    session[name] = ""  # never deleted: the engine may be reading the dict right now
