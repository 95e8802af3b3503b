"""Saving the service settings from the window (first-run set-up and Settings), using
the saved worker's name as the audit actor of this app's writes, and offering the
first-run set-up when a file is opened."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from starapp.store import Store
from starapp.store.settings import ServiceSettings, load_settings, save_settings
from starapp.store.store import os_user
from starapp.ui.ops import Ops
from starapp.ui.sync_controller import SyncController

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


def after_open(parent: QWidget | None, ops: Ops, controller: SyncController) -> QDialog | None:
    """Right after a data file is opened in the window: use its worker's name for the
    audit log and, if its set-up was never done, open the set-up (window-modal; it
    returns at once). The wizard, or None when set-up was done before. The wizard's
    module is imported only then: every later start skips it."""
    settings = load_settings(ops.store)
    use_worker_name(ops.store, settings)
    if settings.setup_done:
        return None
    from starapp.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(ops, controller, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
