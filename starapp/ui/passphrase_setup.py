"""Setting up a new data file's protection: choose a passphrase (typed twice), then see
the recovery key once and confirm it is written down.

Keeping a file unencrypted is possible only for a demo, by an explicit, warned choice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QGuiApplication
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
from starapp.store.keys import (
    MIN_PASSPHRASE_CHARS,
    check_new_passphrase,
    key_file_path,
)
from starapp.ui.contrast import message_style
from starapp.ui.translation import sentence_text, tr

log = logging.getLogger(__name__)


def loss_warning() -> str:
    """store.keys.LOSS_WARNING in the interface language (the same English words)."""
    return tr(
        "Without the passphrase and without the recovery key, the data in this file cannot be "
        "recovered by anyone."
    )


class PassphraseSetupDialog(QDialog):
    """A new passphrase, typed twice; or (demo only) no encryption. ``chosen_passphrase``
    is the passphrase, or None for an unencrypted file."""

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        allow_plain: bool = True,
        intro: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseSetup")
        self.setWindowTitle(self.tr("Protect the new data file — starapp"))
        self.chosen_passphrase: str | None = None
        text = intro or self.tr(
            "starapp keeps the people you support private: the new data file {file} is "
            "encrypted with a passphrase that only you know. Choose one of at least {n} "
            "characters; a few unrelated words are easy to remember and hard to guess.\n\n"
            "Next you will see a recovery key to write down. {warning}"
        ).format(file=path.name, n=MIN_PASSPHRASE_CHARS, warning=loss_warning())
        label = QLabel(text, objectName="setupIntro")
        label.setWordWrap(True)
        self.new = QLineEdit(objectName="newPassphrase")
        self.again = QLineEdit(objectName="repeatPassphrase")
        for field, name in ((self.new, self.tr("New passphrase")),
                            (self.again, self.tr("The same passphrase again"))):  # fmt: skip
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText(name)
            field.setAccessibleName(name)
            field.setToolTip(name)  # the placeholder is gone once typing starts
        self.show_text = QCheckBox(self.tr("&Show what I type"), objectName="showPassphrase")
        self.show_text.toggled.connect(self._show_toggled)
        self.error = QLabel(objectName="setupError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(message_style(self, error=True))
        self.error.hide()
        self.keep_plain = QCheckBox(
            self.tr("&Keep this file unencrypted (demo only)"), objectName="keepPlain"
        )
        self.plain_warning = QLabel(
            self.tr(
                "Anyone who gets this file or this laptop can read everything in it. Use an "
                "unencrypted file only for fictional people, never for real ones."
            ),
            objectName="plainWarning",
        )
        self.plain_warning.setWordWrap(True)
        self.plain_warning.setStyleSheet(message_style(self, error=True, bold=True))
        self.plain_warning.hide()
        self.keep_plain.toggled.connect(self._plain_toggled)
        self.keep_plain.setVisible(allow_plain)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create the data file"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.new.returnPressed.connect(self.again.setFocus)

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        for widget in (self.new, self.again, self.show_text, self.error):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.keep_plain)
        layout.addWidget(self.plain_warning)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped text fits
        self.new.setMinimumWidth(460)
        self.new.setFocus()

    def _show_toggled(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        self.new.setEchoMode(mode)
        self.again.setEchoMode(mode)

    def _plain_toggled(self, plain: bool) -> None:
        self.plain_warning.setVisible(plain)
        for widget in (self.new, self.again, self.show_text):
            widget.setEnabled(not plain)
        self.error.hide()
        self.adjustSize()

    def accept(self) -> None:
        if self.keep_plain.isChecked():
            self.chosen_passphrase = None
            log.warning("A new data file is being kept unencrypted (demo choice)")
            super().accept()
            return
        passphrase = self.new.text()
        try:
            check_new_passphrase(passphrase)
        except StarappError as exc:
            self._refuse(sentence_text(exc.sentence), self.new)
            return
        if self.again.text() != passphrase:
            self._refuse(self.tr("The two passphrases are not the same. Type them again."),
                         self.again)  # fmt: skip
            return
        self.chosen_passphrase = passphrase
        super().accept()

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()
        field.selectAll()
        field.setFocus()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once; closes only after "I have written it down"."""

    def __init__(self, recovery_key: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key — starapp"))
        heading = QLabel(self.tr("Write down this recovery key now"), objectName="heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        explain = QLabel(
            self.tr(
                "If the passphrase is forgotten, or the key file {key} is lost, this recovery "
                "key is the only way to open {file}. Write it on paper and keep it somewhere "
                "safe away from this laptop, such as the office safe. It is shown only this "
                "once.\n\n{warning}"
            ).format(key=key_file_path(path).name, file=path.name, warning=loss_warning()),
            objectName="recoveryExplain",
        )
        explain.setWordWrap(True)
        groups = recovery_key.split("-")
        self._first_group = groups[0]
        half = (len(groups) + 1) // 2
        shown = "-".join(groups[:half]) + "\n" + "-".join(groups[half:])
        self.key_label = QLabel(shown, objectName="recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.4)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setAccessibleDescription(" ".join(groups))
        self.key_label.setStyleSheet(
            "padding: 12px; border: 1px solid palette(mid); background: palette(base);"
        )
        self.written = QCheckBox(self.tr("I have &written it down"), objectName="writtenDown")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Continue"))
        self.ok_button.setEnabled(False)
        self.written.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.key_label)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        explain.setMinimumWidth(500)

    def reject(self) -> None:  # Esc or the close button: only once it is written down
        if self.written.isChecked():
            super().reject()
        else:
            self.written.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.written.isChecked():
            super().closeEvent(event)
        else:
            event.ignore()

    def done(self, result: int) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._first_group in clipboard.text():  # the key was copied: do not leave it
            clipboard.clear()
        super().done(result)


def offer_new_passphrase(
    parent: QWidget | None,
    path: Path,
    recovery_key: str,
    reset: Callable[[Path, str, str], None],
) -> None:
    """After unlocking with the recovery key (passphrase forgotten or key file lost):
    offer to choose a new passphrase, written to a new key file."""
    dialog = PassphraseSetupDialog(
        path,
        parent,
        allow_plain=False,
        intro=QCoreApplication.translate(
            "PassphraseSetup",
            "You opened {file} with its recovery key. Choose a new passphrase for it now "
            "(at least {n} characters); the recovery key stays the same.",
        ).format(file=path.name, n=MIN_PASSPHRASE_CHARS),
    )
    dialog.setWindowTitle(tr("Choose a new passphrase — starapp"))
    dialog.ok_button.setText(tr("&Set the new passphrase"))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_passphrase is None:
        return
    try:
        reset(path, recovery_key, dialog.chosen_passphrase)
    except StarappError as exc:
        QMessageBox.warning(parent, tr("starapp"), sentence_text(exc.sentence))
        return
    QMessageBox.information(parent, tr("starapp"), tr("The new passphrase is set."))
