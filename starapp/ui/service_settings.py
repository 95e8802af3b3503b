"""Saving the service settings from the window (first-run set-up and Settings), and
using the saved worker's name as the audit actor of this app's writes."""

from __future__ import annotations

import logging

from starapp.store import Store
from starapp.store.settings import ServiceSettings, load_settings, save_settings
from starapp.store.store import os_user
from starapp.ui.ops import Ops

log = logging.getLogger(__name__)

NAME_MAX = 200  # organisation and worker names


def use_worker_name(store: Store, settings: ServiceSettings | None = None) -> None:
    """The audit log names the worker set up for this file rather than the laptop's
    login (often a shared "user" account). No name set: the login, as the CLI uses."""
    name = (settings or load_settings(store)).worker_name.strip()
    store.actor = name or os_user()


def save_service_settings(ops: Ops, settings: ServiceSettings) -> None:
    """Write the settings (raises DataFileError, e.g. on a full disk, with nothing
    changed), then tell the views."""
    store = ops.store
    before = store.actor
    use_worker_name(store, settings)  # the settings change is the named worker's first
    try:
        save_settings(store, settings)
    except BaseException:
        store.actor = before
        raise
    log.info("Service settings saved")
    ops.changed.emit("settings", "service")
