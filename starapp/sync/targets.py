"""Checking a target's settings and opening the right kind of target."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Protocol

import httpx

from starapp.store.outbox import FrozenBundle
from starapp.store.targets import TargetConfig
from starapp.sync.errors import TargetConfigError
from starapp.sync.folder_target import FolderTarget
from starapp.sync.https_target import HttpsTarget
from starapp.sync.webdav_target import WebDavTarget

LOOPBACK_NAMES = ("localhost",)


class Target(Protocol):
    name: str

    def deliver(self, bundle: FrozenBundle, source_install: str) -> str: ...

    def close(self) -> None: ...


def needs_secret(kind: str, username: str = "") -> bool:
    return kind == "https" or (kind == "webdav" and bool(username))


def check_location(kind: str, location: str, *, data_file: Path | None = None) -> str:
    """The location cleaned up, or TargetConfigError saying what is wrong with it."""
    if kind == "folder":
        return _check_folder(location, data_file)
    return check_url(location)


def check_url(text: str) -> str:
    try:
        url = httpx.URL(text.strip())
    except (httpx.InvalidURL, TypeError, ValueError):
        raise _not_a_url(text) from None
    if url.scheme not in ("http", "https") or not url.host:
        raise _not_a_url(text)
    if url.userinfo:
        raise TargetConfigError(
            "Do not put a user name or password in the URL; give the user with --user and "
            "the password when asked."
        )
    if url.scheme == "http" and not _is_loopback(url.host):
        raise TargetConfigError(
            "Personal data is only sent over https. Use an https:// address (plain http is "
            "allowed only to this computer itself, for testing)."
        )
    if url.query or url.fragment:
        raise TargetConfigError("The target URL must not have a ?query or #fragment.")
    return str(url).rstrip("/")


def _check_folder(location: str, data_file: Path | None) -> str:
    if not location.strip():
        raise TargetConfigError("Give the folder to write bundles into.")
    folder = Path(location).expanduser().resolve()
    if data_file is not None:
        home = data_file.expanduser().resolve().parent
        if folder == home or home.is_relative_to(folder) or folder.is_relative_to(home):
            raise TargetConfigError(
                "{folder} holds (or is inside the folder of) the live data file. Choose a "
                "different folder, so a cloud drive never copies the database itself.",
                folder=folder,
            )
    return str(folder)


def _not_a_url(text: str) -> TargetConfigError:
    return TargetConfigError(
        "'{text}' is not a web address. Give the full URL, like "
        "https://cloud.example.org/remote.php/dav/files/alice/starapp",
        text=text,
    )


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def open_target(config: TargetConfig, secret: str | None, *, timeout: float = 30.0) -> Target:
    if config.kind == "folder":
        return FolderTarget(config.name, config.location)
    if config.kind == "webdav":
        return WebDavTarget(
            config.name,
            config.location,
            username=config.username,
            password=secret,
            ca_file=config.ca_file,
            timeout=timeout,
        )
    return HttpsTarget(
        config.name, config.location, token=secret, ca_file=config.ca_file, timeout=timeout
    )
