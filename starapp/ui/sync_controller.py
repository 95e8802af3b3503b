"""The sync engine on a worker thread, and what the window needs to show about it.

``SyncController`` starts ``SyncEngine.run`` on its own thread with its own ``Store``
opened on the window's data file (a SQLite connection is never shared across threads:
its transactions belong to it). The engine makes a bundle at most every few minutes
and retries with backoff; "Sync now" wakes it at once. The window never waits for it.

The thread is a daemon ``threading.Thread`` rather than a ``QThread``: on quit we ask it
to stop and wait a few seconds, but a network call may still be running. A QThread
destroyed while running aborts the whole process; a daemon thread is simply left
behind, and that is safe because the engine commits every state before each network
call (the next start re-verifies what was in flight).

Connectivity comes from QNetworkInformation when a backend is available. It is only a
hint (a folder target works offline; a "connected" laptop may be behind a Wi-Fi login
page): coming online wakes the engine, but the attempt itself is the test.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from starapp.store import Store
from starapp.ui import target_settings
from starapp.ui.ops import Ops
from starapp.ui.sync_worker import Bridge, open_worker_store, run_engine
from starapp.ui.translation import sentence_text

if TYPE_CHECKING:
    from starapp.store.targets import TargetConfig
    from starapp.sync.engine import RunResult, SyncSettings
    from starapp.sync.status import SyncStatus

log = logging.getLogger(__name__)

ONLINE, OFFLINE, UNKNOWN = "online", "offline", "unknown"
REFRESH_DELAY_MS = 150  # fold a burst of changes into one status refresh
STOP_WAIT_SECONDS = 5.0


@dataclass(frozen=True)
class SyncView:
    """Everything the status bar and the details dialog show, read at one moment."""

    status: SyncStatus
    connectivity: str  # ONLINE, OFFLINE or UNKNOWN
    syncing: bool
    missing_secrets: tuple[str, ...] = ()  # targets with no password/token this session
    last_result: RunResult | None = None
    engine_problem: str = ""  # the engine could not run at all (e.g. file not openable)
    attention: list[str] = field(default_factory=list)  # sentences: what needs a person


class SyncController(QObject):
    statusChanged = Signal(object)  # SyncView
    passStarted = Signal()
    passFinished = Signal(object)  # RunResult | None

    def __init__(
        self,
        ops: Ops,
        *,
        settings: SyncSettings | None = None,
        open_store: Callable[[Store], Store] = open_worker_store,
        watch_network: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._settings = settings
        self._open_store = open_store
        self._watch_network = watch_network
        self.session_secrets: dict[str, str] = {}  # shared with the engine thread
        self.engine_thread_ids: set[int] = set()  # where passes ran (tests check it)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._bridge: Bridge | None = None
        self._connectivity = UNKNOWN
        self._syncing = False
        self._missing: tuple[str, ...] = ()
        self._last_result: RunResult | None = None
        self._engine_problem = ""
        self._view: SyncView | None = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        ops.changed.connect(self._on_changed)

    # --- state -------------------------------------------------------------------------

    @property
    def connectivity(self) -> str:
        return self._connectivity

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def busy(self) -> bool:
        """A pass is running (or asked for and not finished yet)."""
        return self._syncing

    def view(self) -> SyncView:
        if self._view is None:
            self.refresh()
        assert self._view is not None
        return self._view

    def refresh(self) -> None:
        """Re-read the queue (a few indexed counts) and tell the status bar."""
        from starapp.sync.status import sync_status

        self._refresh_timer.stop()
        try:
            status = sync_status(self._ops.store)
        except Exception:  # the status bar must never break the window
            log.exception("Could not read the sync status")
            return
        attention = [sentence_text(p) for p in status.problems]
        for name in self._missing:
            attention.append(
                self.tr(
                    "{name}: no password or token for this session (this computer has no "
                    "keyring). Type it in Tools → Sync targets."
                ).format(name=name)
            )
        if self._engine_problem:
            attention.append(self._engine_problem)
        self._view = SyncView(
            status=status,
            connectivity=self._connectivity,
            syncing=self._syncing,
            missing_secrets=self._missing,
            last_result=self._last_result,
            engine_problem=self._engine_problem,
            attention=attention,
        )
        self.statusChanged.emit(self._view)

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity == "file":
            self._restart()
        if entity in ("person", "reading", "action", "file", "sync"):
            self._refresh_timer.start()

    # --- the worker thread -------------------------------------------------------------

    def start(self) -> None:
        """Start syncing in the background (a first pass runs at once)."""
        if self._watch_network:
            self._watch_network = False
            self._start_network_watch()
        if self.running:
            return
        self._stop = threading.Event()
        self._wake = threading.Event()
        bridge = Bridge()  # lives in the GUI thread; the worker only emits
        bridge.started.connect(self._pass_started)
        bridge.finished.connect(self._pass_finished)
        bridge.failed.connect(self._engine_failed)
        self._bridge = bridge
        self._syncing = True
        self._thread = threading.Thread(
            target=run_engine,
            args=(
                bridge,
                self._ops.store,
                self._open_store,
                self._settings,
                self.session_secrets,
                self._stop,
                self._wake,
            ),
            name="starapp-sync",
            daemon=True,
        )
        self._thread.start()
        self.refresh()

    def sync_now(self) -> None:
        """Make a bundle of what is waiting and try every target now."""
        if not self.running:
            self.start()
            return
        self._syncing = True
        self._wake.set()
        self.refresh()

    def shutdown(self, timeout: float = STOP_WAIT_SECONDS) -> bool:
        """Stop the thread; wait up to ``timeout`` seconds. True if it has ended."""
        thread, self._thread = self._thread, None
        self._stop.set()
        self._wake.set()
        self._disconnect_bridge()
        self._syncing = False
        if thread is None:
            return True
        thread.join(timeout)
        if thread.is_alive():
            log.warning("Sync is still finishing a network call; leaving it to end")
            return False
        return True

    def _restart(self) -> None:
        """Another data file was opened: the old thread ends on its own, a new one starts."""
        was_running = self._thread is not None
        self._thread = None
        self._stop.set()
        self._wake.set()
        self._disconnect_bridge()
        self._syncing = False
        self._missing = ()
        self._last_result = None
        self._engine_problem = ""
        self.session_secrets = {}
        if was_running:
            self.start()

    def _disconnect_bridge(self) -> None:
        if self._bridge is not None:
            for sig in (self._bridge.started, self._bridge.finished, self._bridge.failed):
                sig.disconnect()
            self._bridge = None

    def _pass_started(self, thread_id: int) -> None:
        self.engine_thread_ids.add(thread_id)
        self._syncing = True
        self.passStarted.emit()
        self.refresh()

    def _pass_finished(self, result: RunResult | None, missing: tuple[str, ...]) -> None:
        self._syncing = self._wake.is_set()  # "Sync now" during the pass: another follows
        self._last_result = result
        self._missing = tuple(missing)
        self._engine_problem = (
            ""
            if result is not None
            else self.tr(
                "Sync stopped with an unexpected error; it will try again. The details are "
                "in the log file."
            )
        )
        self.refresh()
        self.passFinished.emit(result)
        if result is not None and (result.delivered or result.made_bundle):
            self._ops.changed.emit("sync", "")

    def _engine_failed(self, message: str) -> None:
        self._syncing = False
        self._engine_problem = message
        self.refresh()

    # --- connectivity ------------------------------------------------------------------

    def _start_network_watch(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        try:
            loaded = QNetworkInformation.loadDefaultBackend()
            info = QNetworkInformation.instance() if loaded else None
        except Exception:  # no backend on this platform: "unknown", and just try
            log.debug("No network information backend", exc_info=True)
            info = None
        if info is None or not info.supports(QNetworkInformation.Feature.Reachability):
            log.info("No network reachability information; sync will just try")
            return
        info.reachabilityChanged.connect(self._reachability_changed)
        self._reachability_changed(info.reachability())

    def _reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        r = QNetworkInformation.Reachability
        if reachability in (r.Online, r.Site):
            self.set_connectivity(ONLINE)
        elif reachability in (r.Disconnected, r.Local):
            self.set_connectivity(OFFLINE)
        else:
            self.set_connectivity(UNKNOWN)

    def set_connectivity(self, state: str) -> None:
        """The reachability hint changed; coming online wakes the engine to try."""
        if state == self._connectivity:
            return
        came_online = state == ONLINE
        self._connectivity = state
        log.info("Network reachability: %s", state)
        if came_online and self.running:
            self._wake.set()
        self.refresh()

    # --- operations on targets (the settings dialog and the details view) ------------

    def targets(self) -> list[TargetConfig]:
        from starapp.store.targets import TargetsRepo

        return TargetsRepo(self._ops.store).all()

    def keyring_available(self) -> bool:
        from starapp.sync.secrets import keyring_available

        return keyring_available()

    def save_target(
        self, t: target_settings.TargetInput, *, editing: bool
    ) -> target_settings.SavedTarget:
        """Add or change a target (clears "needs attention"), then try it at once."""
        saved = target_settings.save_target(
            self._ops.store, self.session_secrets, t, editing=editing
        )
        self._missing = tuple(n for n in self._missing if n != saved.config.name)
        self._after_target_change()
        return saved

    def remove_target(self, name: str) -> None:
        target_settings.remove_target(self._ops.store, self.session_secrets, name)
        self._missing = tuple(n for n in self._missing if n != name)
        self._after_target_change()

    def try_again(self, target_id: str | None = None) -> None:
        """The user's "Try again": clear "needs attention" and try now."""
        from starapp.store.targets import TargetsRepo

        TargetsRepo(self._ops.store).try_again(target_id)
        self._after_target_change()

    def _after_target_change(self) -> None:
        if self.running:
            self.sync_now()
        else:
            self.refresh()
