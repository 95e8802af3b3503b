"""Settings → Security → Change passphrase…: the current passphrase, the new one twice.

Only the key file beside the data file is rewritten (the data key stays, so the
recovery key keeps working). The check runs Argon2id twice, so it runs on a worker
thread; a wrong current passphrase is said in the dialog, which stays open.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from starapp.core.errors import StarappError
from starapp.store.encryption import change_passphrase
from starapp.store.keys import MIN_PASSPHRASE_CHARS, check_new_passphrase
from starapp.ui.contrast import message_style
from starapp.ui.ops import Ops, error_text

log = logging.getLogger(__name__)


class ChangePassphraseDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphrase")
        self.setWindowTitle(self.tr("Change passphrase — starapp"))
        self._ops = ops
        self._path: Path = ops.store.path
        self.changed = False
        intro = QLabel(
            self.tr(
                "Type the passphrase you use now, then the new one twice (at least {n} "
                "characters). The recovery key stays the same."
            ).format(n=MIN_PASSPHRASE_CHARS),
            wordWrap=True,
        )
        self.current = QLineEdit(objectName="currentPassphrase")
        self.new = QLineEdit(objectName="newPassphrase")
        self.again = QLineEdit(objectName="repeatPassphrase")
        for edit, name in (
            (self.current, self.tr("Current passphrase")),
            (self.new, self.tr("New passphrase")),
            (self.again, self.tr("The new passphrase again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.setToolTip(name)
        self.show_text = QCheckBox(self.tr("&Show what I type"), objectName="showPassphrase")
        self.show_text.setToolTip(self.tr("Show the passphrases as plain text"))
        self.show_text.toggled.connect(self._show_toggled)
        self.error = QLabel(objectName="changeError", wordWrap=True)
        self.error.setStyleSheet(message_style(self, error=True))
        self.error.hide()
        self.busy = QLabel(self.tr("Changing the passphrase…"), objectName="changeBusy")
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("C&hange passphrase"))
        self.ok_button.setToolTip(self.tr("Save the new passphrase"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("New passphrase &again:"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.show_text)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro.setMinimumWidth(440)
        self.current.setFocus()

    def _show_toggled(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        for edit in (self.current, self.new, self.again):
            edit.setEchoMode(mode)

    def accept(self) -> None:
        if self.busy.isVisible():
            return
        old, new = self.current.text(), self.new.text()
        if not old:
            self._refuse(self.tr("Type the passphrase you use now."), self.current)
            return
        try:
            check_new_passphrase(new)
        except StarappError as exc:
            self._refuse(error_text(exc), self.new)
            return
        if self.again.text() != new:
            self._refuse(self.tr("The two new passphrases are not the same. Type them again."),
                         self.again)  # fmt: skip
            return
        self._set_busy(True)
        path = self._path
        self._ops.run_in_background(
            lambda: change_passphrase(path, old, new), self._done, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.error.hide()
        for widget in (self.current, self.new, self.again, self.show_text, self.ok_button):
            widget.setEnabled(not busy)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.changed = True  # Settings says so
        log.info("Passphrase changed from Settings")
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._refuse(error_text(exc), self.current)

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        field.selectAll()
        field.setFocus()
