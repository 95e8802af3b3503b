"""What happens around ``run_app`` when the app is started (``cli.cmd_gui``).

- the window icon, for every window and dialog;
- one window per data file (``file_lock``): a second copy on the same file is turned
  away with a sentence, in a message box and on stderr, before anything is opened;
- the start-up probe: with ``STARAPP_STARTUP_PROBE=1`` in the environment, the app
  prints ``starapp-ready`` on stdout once the main window has painted the people list,
  then closes the window. ``benchmarks/bench_startup.py`` and the launch test of the
  built program time the start with it; it does nothing otherwise.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget

from starapp.ui import file_lock
from starapp.ui.app import create_app
from starapp.ui.icons import app_icon
from starapp.ui.translation import sentence_text

log = logging.getLogger(__name__)

STARTUP_PROBE_ENV = "STARAPP_STARTUP_PROBE"
READY_MARKER = "starapp-ready"


def launch(path: str | Path, run: Callable[[], int]) -> int:
    """Prepare the QApplication, take the data file's lock, then ``run()`` the app."""
    app = create_app()
    app.setWindowIcon(app_icon())
    try:
        file_lock.acquire(path)
    except file_lock.DataFileInUse as exc:
        title = QCoreApplication.translate("Launch", "starapp")
        QMessageBox.warning(None, title, sentence_text(exc.sentence))
        raise  # the CLI prints it too and exits non-zero
    probe = StartupProbe(app) if os.environ.get(STARTUP_PROBE_ENV) else None
    try:
        return run()
    finally:
        if probe is not None:
            probe.deleteLater()
        file_lock.release_all_but(None)


class StartupProbe(QObject):
    """Says when the main window first paints a populated people list, then closes it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._done = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            view = watched.parent()
            window = watched.window()
            if (
                isinstance(view, QAbstractItemView)
                and watched is view.viewport()
                and view.model() is not None
                and view.model().rowCount() > 0
                and window.objectName() == "mainWindow"
            ):
                self._done = True
                # runs after this paint has finished and reached the screen
                QTimer.singleShot(0, lambda: self._ready(window, view.model().rowCount()))
        return False

    def _ready(self, window: QWidget, rows: int) -> None:
        print(f"{READY_MARKER} rows={rows}", flush=True)
        log.info("Start-up probe: main window ready")
        window.close()
