"""The sync engine's thread: its own Store on the window's data file, the engine's loop,
and signals back to the GUI thread (see sync_controller.py for why a daemon thread)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from starapp.store import Store

if TYPE_CHECKING:
    from starapp.sync.engine import RunResult, SyncSettings

log = logging.getLogger(__name__)


class Bridge(QObject):
    """Signals the worker thread emits; queued to the GUI thread by Qt. Held by the
    thread itself, so it outlives a controller that is deleted while the thread ends."""

    started = Signal(object)  # the worker thread's id (too big for a C int)
    finished = Signal(object, object)  # RunResult | None, tuple of target names
    failed = Signal(str)


def open_worker_store(store: Store) -> Store:
    """A worker thread's own connection to the file ``store`` has open (with its key
    when it is encrypted). Called on the worker thread."""
    return store.reopen()


def run_engine(
    bridge: Bridge,
    window_store: Store,
    open_store: Callable[[Store], Store],
    settings: SyncSettings | None,
    secrets: dict[str, str],
    stop: threading.Event,
    wake: threading.Event,
) -> None:
    """The worker thread: its own Store, the engine's loop, signals to the GUI thread."""
    from starapp.sync.engine import SyncEngine, SyncSettings
    from starapp.ui.ops import error_text
    from starapp.ui.translation import sentence_text

    try:
        store = open_store(window_store)
    except Exception as exc:
        log.warning("Sync could not open the data file: %s", type(exc).__name__)
        bridge.failed.emit(
            QCoreApplication.translate(
                "SyncController", "Sync cannot open the data file: {error}"
            ).format(error=error_text(exc))
        )
        return
    try:
        # What it stores about failed deliveries is shown later: in the interface language
        # (QCoreApplication.translate is thread-safe).
        engine = SyncEngine(store, settings=settings or SyncSettings(), describe=sentence_text)
        engine.secrets = secrets  # the same dict: a password typed in the dialog is seen

        def before() -> None:
            bridge.started.emit(threading.get_ident())

        def after(result: RunResult | None) -> None:
            bridge.finished.emit(result, _missing_secrets(store, secrets))

        engine.run(stop, wake, before_pass=before, after_pass=after)
    except Exception:
        log.exception("The sync thread stopped")
    finally:
        store.close()


def _missing_secrets(store: Store, secrets: dict[str, str]) -> tuple[str, ...]:
    """Targets that need a password or token and have none (runs on the worker)."""
    from starapp.store.targets import TargetsRepo
    from starapp.sync.secrets import load_secret
    from starapp.sync.targets import needs_secret

    missing = []
    for t in TargetsRepo(store).all():
        if not needs_secret(t.kind, t.username) or secrets.get(t.name):
            continue
        if not load_secret(store.install_id, t.name):
            missing.append(t.name)
    return tuple(missing)
