"""Unlocking an encrypted data file: the passphrase form (shared with the lock screen), the
unlock dialog shown at start, and ``open_data_file``, the one way the GUI opens a file.

The passphrase is turned into the key on a worker thread (Argon2id takes a few tenths of
a second), so the window never freezes. A wrong passphrase says so and lets the user try
again; nothing is written to the file until it is unlocked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from starapp.core.errors import StarappError
from starapp.store import Store
from starapp.store.audit_log import record_opened
from starapp.store.connection import is_new
from starapp.store.encryption import is_encrypted, reset_passphrase
from starapp.store.keys import key_file_path
from starapp.ui.contrast import message_style
from starapp.ui.translation import sentence_text
from starapp.ui.translation import tr as _tr

log = logging.getLogger(__name__)

Attempt = Callable[[str | None, str | None], Any]  # (passphrase, recovery key) -> result


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class UnlockForm(QWidget):
    """A passphrase field, a "use the recovery key instead" option and an error line.

    ``attempt(passphrase, recovery_key)`` runs on a worker thread; its result is emitted
    as ``unlocked``. Its errors (a wrong passphrase, a mistyped recovery key) are shown
    in the form, which stays open for another try."""

    unlocked = Signal(object)

    def __init__(
        self,
        attempt: Attempt,
        parent: QWidget | None = None,
        *,
        recovery_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockForm")
        self._attempt = attempt
        self._task: _Task | None = None
        self.passphrase = QLineEdit(objectName="passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setToolTip(self.tr("The passphrase chosen when this data file was made"))
        self.use_recovery = QCheckBox(self.tr("Use the &recovery key instead"))
        self.use_recovery.setObjectName("useRecoveryKey")
        self.recovery_key = QLineEdit(objectName="recoveryKey")
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.recovery_key.setToolTip(
            self.tr("The recovery key written down when the file was made")
        )
        self.recovery_key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.error = QLabel(objectName="unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(message_style(self, error=True))
        self.error.hide()
        self.busy = QLabel(self.tr("Unlocking…"), objectName="unlockBusy")
        self.busy.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.passphrase, self.use_recovery, self.recovery_key):
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        self.use_recovery.toggled.connect(self._mode_changed)
        self.passphrase.returnPressed.connect(self.submit)
        self.recovery_key.returnPressed.connect(self.submit)
        if recovery_only:
            self.use_recovery.setChecked(True)
            self.use_recovery.hide()
        self._mode_changed(self.use_recovery.isChecked())

    @property
    def using_recovery_key(self) -> bool:
        return self.use_recovery.isChecked()

    def focus_field(self) -> None:
        field = self.recovery_key if self.using_recovery_key else self.passphrase
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mode_changed(self, recovery: bool) -> None:
        self.passphrase.setVisible(not recovery)
        self.recovery_key.setVisible(recovery)
        self.error.hide()
        self.focus_field()

    def submit(self) -> None:
        if self._task is not None:
            return
        if self.using_recovery_key:
            passphrase, recovery_key = None, self.recovery_key.text().strip() or None
        else:
            passphrase, recovery_key = self.passphrase.text() or None, None
        if passphrase is None and recovery_key is None:
            what = self.tr("recovery key") if self.using_recovery_key else self.tr("passphrase")
            self.show_error(self.tr("Type the {what} first.").format(what=what))
            return
        self._set_busy(True)
        task = _Task(lambda: self._attempt(passphrase, recovery_key))
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        self._task = task
        QThreadPool.globalInstance().start(task)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.recovery_key, self.use_recovery):
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()

    def _done(self, result: object) -> None:
        self._task = None
        self._set_busy(False)
        self.clear()
        self.unlocked.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, StarappError):
            log.info("Unlock refused: %s", type(exc).__name__)
            self.show_error(sentence_text(exc.sentence))
        else:
            log.error("Unlock failed", exc_info=exc)
            self.show_error(
                self.tr("The file could not be unlocked because of an unexpected problem; the "
                        "details are in the log file.")
            )  # fmt: skip

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        if isinstance(self.window(), QDialog):
            self.window().adjustSize()
        field = self.recovery_key if self.using_recovery_key else self.passphrase
        field.selectAll()
        self.focus_field()

    def clear(self) -> None:
        self.passphrase.clear()
        self.recovery_key.clear()
        self.error.hide()


class UnlockDialog(QDialog):
    """At start: the passphrase of an encrypted data file; ``store`` once unlocked."""

    def __init__(
        self, path: Path, parent: QWidget | None = None, *, recovery_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock {file} — starapp").format(file=path.name))
        self.path = path
        self.store: Store | None = None
        self.recovery_key: str | None = None
        if recovery_only:
            text = self.tr(
                "{file} is not a plain data file, and there is no key file ({key}) beside "
                "it. If it is an encrypted starapp file, type its recovery key to open it."
            ).format(file=path.name, key=key_file_path(path).name)
        else:
            text = self.tr(
                "The data file {file} is encrypted. Type its passphrase to open it."
            ).format(file=path.name)
        intro = QLabel(text, objectName="unlockIntro")
        intro.setWordWrap(True)
        self.form = UnlockForm(self._open, self, recovery_only=recovery_only)
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.form.submit)
        self.buttons.rejected.connect(self.reject)
        self.form.unlocked.connect(self._unlocked)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped text fits
        self.form.setMinimumWidth(440)
        self.form.focus_field()

    def _open(self, passphrase: str | None, recovery_key: str | None) -> Store:
        store = Store.open(self.path, passphrase=passphrase, recovery_key=recovery_key)
        self.recovery_key = recovery_key
        return store

    def _unlocked(self, store: object) -> None:
        assert isinstance(store, Store)
        self.store = store
        self.accept()


def open_data_file(parent: QWidget | None, path: Path, *, create: bool = False) -> Store | None:
    """Open ``path`` for the window: a new file is set up (passphrase, recovery key), an
    encrypted one is unlocked, a plain one just opens. None when the user cancelled;
    raises StarappError (DataFileError...) for a file that cannot be used. The opening
    is written to the file's audit log."""
    store = _open_data_file(parent, path, create=create)
    if store is not None:
        record_opened(store)
    return store


def _open_data_file(parent: QWidget | None, path: Path, *, create: bool) -> Store | None:
    from starapp.ui.passphrase_setup import (
        PassphraseSetupDialog,
        RecoveryKeyDialog,
        offer_new_passphrase,
    )

    path = Path(path).expanduser()
    if create and is_new(path):
        setup = PassphraseSetupDialog(path, parent)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        store = Store.open(path, create=True, passphrase=setup.chosen_passphrase)
        if store.recovery_key:
            RecoveryKeyDialog(store.recovery_key, path, parent).exec()
            store.recovery_key = None  # shown once, then forgotten
        return store
    recovery_only = False
    if not is_encrypted(path) and _maybe_keyless_encrypted(path):
        answer = QMessageBox.question(
            parent,
            _tr("Open with the recovery key?"),
            _tr(
                "{file} is not a plain starapp data file, and no key file is beside it. If it "
                "is an encrypted starapp file whose key file was lost, it can be opened with "
                "its recovery key. Try the recovery key?",
            ).format(file=path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return Store.open(path)  # raises the usual "not a starapp file" sentence
        recovery_only = True
    if is_encrypted(path) or recovery_only:
        dialog = UnlockDialog(path, parent, recovery_only=recovery_only)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
            return None
        if dialog.recovery_key:
            offer_new_passphrase(parent, path, dialog.recovery_key, reset_passphrase)
        return dialog.store
    return Store.open(path, create=create)


def _maybe_keyless_encrypted(path: Path) -> bool:
    """Not SQLite, no key file, and sized like an encrypted file (whole 4 KiB pages)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            header = f.read(16)
    except OSError:
        return False
    return size >= 4096 and size % 4096 == 0 and header != b"SQLite format 3\x00"
