"""Locking the window: after a spell of no input (default 5 minutes) or on Ctrl+L.

Locking saves any typing still waiting in the reading editor, takes the window's
central widget (every page with personal data) out of the window, hides the other
windows (dialogs) and disables the menus; a lock screen asks for the passphrase, checks
it against the key file (the file stays open), and puts everything back.

The idle time is the QSettings key ``security/autoLockMinutes`` (0: never).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from starapp.store.audit_log import record_unlocked
from starapp.store.encryption import check_unlock
from starapp.ui.ops import Ops
from starapp.ui.unlock_dialog import UnlockForm

log = logging.getLogger(__name__)

AUTO_LOCK_KEY = "security/autoLockMinutes"
DEFAULT_AUTO_LOCK_MINUTES = 5

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


def auto_lock_ms(settings: QSettings) -> int:
    """The idle time before locking, from the settings (0: never)."""
    value = settings.value(AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES)
    try:
        minutes = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        minutes = DEFAULT_AUTO_LOCK_MINUTES
    return max(0, round(minutes * 60_000))


class LockScreen(QWidget):
    """Shown in place of the window's pages while locked: no personal data, a passphrase."""

    unlocked = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        store = ops.store
        title = QLabel(self.tr("starapp is locked"), objectName="lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form: UnlockForm | None = None
        box = QWidget(objectName="lockBox")
        box.setMinimumWidth(380)
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        if store.encrypted:
            key_id, path = store.key_id, store.path
            assert key_id is not None

            def attempt(passphrase: str | None, recovery_key: str | None) -> bool:
                check_unlock(path, key_id, passphrase=passphrase, recovery_key=recovery_key)
                return True

            text = self.tr(
                "The people's details are hidden. Type the passphrase of {file} to go on."
            ).format(file=path.name)
            self.form = UnlockForm(attempt, box)
            self.form.unlocked.connect(self.unlocked)
        else:
            text = self.tr(
                "The people's details are hidden. This data file ({file}) is not "
                "encrypted, so no passphrase is needed."
            ).format(file=store.path.name)
        explain = QLabel(text, objectName="lockExplain")
        explain.setWordWrap(True)
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(explain)
        self.unlock_button = QPushButton(self.tr("&Unlock"), objectName="unlockButton")
        self.unlock_button.setDefault(True)
        if self.form is not None:
            inner.addWidget(self.form)
            self.unlock_button.clicked.connect(self.form.submit)
        else:
            self.unlock_button.clicked.connect(self.unlocked)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def focus(self) -> None:
        if self.form is not None:
            self.form.focus_field()
        else:
            self.unlock_button.setFocus()


class LockController(QObject):
    """Watches the whole application's input; locks ``window`` when idle or asked to."""

    lockedChanged = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        ops: Ops,
        settings: QSettings,
        *,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._ops = ops
        self._content: QWidget | None = None
        self._screen: LockScreen | None = None
        self._hidden_windows: list[QWidget] = []
        self._disabled_actions: list[QAction] = []
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._idle)
        self.set_idle_ms(auto_lock_ms(settings) if idle_ms is None else idle_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._screen is not None

    @property
    def screen(self) -> LockScreen | None:
        return self._screen

    def set_idle_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        if ms > 0 and not self.locked:
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.locked and self._timer.interval() > 0:
            self._timer.start()  # restart: input means someone is there
        return False

    def _idle(self) -> None:
        log.info("Locking after the idle time")
        self.lock()

    def lock(self) -> None:
        if self.locked:
            return
        window = self._window
        editor = getattr(window, "editor", None)
        flush = getattr(editor, "flush", None)
        if callable(flush):
            flush()  # typing still waiting for autosave goes to the file now
        others = [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()]
        for w in others:  # dialogs, other windows, open menus and tooltips
            w.hide()
        self._hidden_windows = [
            w for w in others if w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ]
        self._disabled_actions = [
            a for a in window.findChildren(QAction) if a.isEnabled() and a.objectName() != "quit"
        ]
        for action in self._disabled_actions:
            action.setEnabled(False)
        self._content = window.takeCentralWidget()
        self._screen = LockScreen(self._ops)
        self._screen.unlocked.connect(self.unlock)
        window.setCentralWidget(self._screen)
        self._screen.focus()
        self._timer.stop()
        self.lockedChanged.emit(True)

    def unlock(self) -> None:
        if not self.locked:
            return
        window = self._window
        screen = window.takeCentralWidget()
        if screen is not None:
            screen.deleteLater()
        self._screen = None
        if self._content is not None:
            window.setCentralWidget(self._content)
            self._content.show()
            self._content = None
        for action in self._disabled_actions:
            action.setEnabled(True)
        self._disabled_actions = []
        for w in self._hidden_windows:
            w.show()
        self._hidden_windows = []
        if self._timer.interval() > 0:
            self._timer.start()
        record_unlocked(self._ops.store)
        log.info("Unlocked")
        self.lockedChanged.emit(False)
