"""Starting the GUI: the QApplication, logging to a file, the last-resort error handler."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtWidgets import QApplication, QMessageBox

from starapp.core.errors import StarappError
from starapp.store import DataFileError
from starapp.store.location import APP_NAME
from starapp.ui.translation import install_language, sentence_text
from starapp.ui.translation import tr as _tr

log = logging.getLogger(__name__)

LOG_FILE = "starapp.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), named so QSettings has a stable home."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1] if argv is None else argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("starapp")
    install_language(app)  # after the names: the saved language is a QSettings value
    return app


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log to a rotating file. Records hold what happened, never names, notes or scores."""
    folder = folder or log_dir()
    path = folder / LOG_FILE
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None  # no log file is better than no app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    for other in root.handlers:
        if other is not handler and other.level == logging.NOTSET:
            other.setLevel(logging.WARNING)  # the console keeps its CLI level
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


class _LogFile(RotatingFileHandler):
    """The log file; when a write fails (a full disk), the log simply stops, instead of
    printing a traceback for every record."""

    def handleError(self, record: logging.LogRecord) -> None:
        logging.getLogger().removeHandler(self)
        self.close()


def install_excepthook() -> None:
    """Errors nobody caught: the traceback goes to the log, the user gets a sentence."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("Unhandled error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            if isinstance(exc, StarappError):
                text = sentence_text(exc.sentence)
            else:
                text = _tr(
                    "Something went wrong and the last action did not finish. Your saved "
                    "readings are safe. If it happens again, restart starapp and tell your "
                    "support contact; the details are in the log file."
                )
            QMessageBox.critical(None, _tr("starapp"), text)
        finally:
            showing = False

    sys.excepthook = hook


def run_app(path: str | Path) -> int:
    """Open the data file at ``path`` (made if missing) in the main window; the exit code."""
    app = create_app()
    setup_logging()
    install_excepthook()
    log.info("starapp starting")
    from starapp.ui.contrast import apply_contrast_choice
    from starapp.ui.startup_checks import data_folder_problem, preferences_problem
    from starapp.ui.unlock_dialog import open_data_file

    apply_contrast_choice(app)  # Settings → Display; before the first window is made
    path = Path(path).expanduser()
    problem = data_folder_problem(path)  # before a passphrase is asked for nothing
    if problem:
        return _refuse(_tr("starapp cannot start"), problem)
    problem = preferences_problem()
    if problem:
        _say(problem)
        QMessageBox.warning(None, _tr("starapp"), problem)
    try:
        # A new file: choose a passphrase and see the recovery key; encrypted: unlock.
        store = open_data_file(None, path, create=True)
    except DataFileError as exc:
        log.warning("Data file refused: %s", type(exc).__name__)
        return _refuse(_tr("starapp cannot open the data file"), sentence_text(exc.sentence))
    if store is None:  # the unlock or set-up was cancelled
        log.info("starapp stopped before opening a data file")
        return 0

    from starapp.ui.main_window import MainWindow
    from starapp.ui.ops import Ops
    from starapp.ui.service_settings import after_open

    ops = Ops(store)
    window = MainWindow(ops)
    window.show()
    after_open(window, ops, window.sync.controller)  # the worker's name; set-up if new
    try:
        return app.exec()
    finally:
        ops.wait_for_background()
        ops.store.close()
        log.info("starapp stopped")


def _say(text: str) -> None:
    """Also on stderr, for a start from a terminal or a script (no console: nothing)."""
    if sys.stderr is not None:
        print(f"starapp: {text}", file=sys.stderr, flush=True)


def _refuse(title: str, text: str) -> int:
    _say(text)
    QMessageBox.critical(None, title, text)
    return 1
