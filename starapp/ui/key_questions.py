"""The two questions asked before a laptop trusts a service key (Tools > Service keys…).

* ``FingerprintCheck``: is this the manager's key? Its fingerprint is shown big and the
  worker compares it with the one the manager reads out over the phone.
* ``ReplaceKeyConfirm``: the laptop already trusts another key. Replacing it makes the
  waiting bundles again for the new key, so it is asked, with both fingerprints shown,
  and "keep the old key" is what Enter and Esc answer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from starapp.sync.bundle_crypto import fingerprint

FINGERPRINT_SCALE = 2.0  # times the app's font: large, and larger still with a large system font


def fingerprint_label(text: str, name: str) -> QLabel:
    label = QLabel(text, objectName=name)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(max(label.font().pointSizeF(), 1.0) * FINGERPRINT_SCALE)
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _answer(button: QPushButton, name: str, accessible: str, tip: str) -> QPushButton:
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    return button


def action_button(text: str, name: str, accessible: str, tip: str) -> QPushButton:
    """A button beside other content: Enter in the dialog does not press it."""
    button = _answer(QPushButton(text), name, accessible, tip)
    button.setAutoDefault(False)
    return button


class FingerprintCheck(QDialog):
    """Shows a key's fingerprint big and asks whether the manager reads out the same."""

    def __init__(self, recipients: list[str], source: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprintCheck")
        self.setWindowTitle(self.tr("Check the service key"))
        self.recipients = recipients
        intro = QLabel(
            self.tr(
                "Phone your manager and ask them to read out the service key's fingerprint. "
                "Compare it with the one below, group by group."
            ),
            wordWrap=True,
        )
        question = bold(
            QLabel(
                self.tr("Does the manager read out the same fingerprint?"), objectName="question"
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("From the file {name}:").format(name=source.name)))
        for i, recipient in enumerate(recipients):
            if i:
                layout.addWidget(QLabel(self.tr("Recovery key:")))
            layout.addWidget(fingerprint_label(fingerprint(recipient), f"fingerprint{i}"))
        layout.addWidget(question)
        buttons = QDialogButtonBox()
        self.yes = _answer(
            buttons.addButton(
                self.tr("&Yes, the same: trust it"), QDialogButtonBox.ButtonRole.AcceptRole
            ),
            "sameFingerprint",
            self.tr("Yes, the same fingerprint: trust this key"),
            self.tr("Encrypt every bundle from this laptop to this key"),
        )
        self.no = _answer(
            buttons.addButton(self.tr("&No, it differs"), QDialogButtonBox.ButtonRole.RejectRole),
            "differentFingerprint",
            self.tr("No, the fingerprint differs: do not trust it"),
            self.tr("Store nothing; ask the manager for the right file"),
        )
        self.no.setDefault(True)  # Enter never trusts a key by accident
        self.yes.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ReplaceKeyConfirm(QDialog):
    """Asks before a new key replaces the one this laptop trusts, showing both."""

    def __init__(
        self, old: list[str], new: list[str], waiting: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replaceKeyConfirm")
        self.setWindowTitle(self.tr("Replace the service key?"))
        intro = QLabel(
            self.tr(
                "This laptop already encrypts its bundles to another service key. Replace it "
                "only if your manager has told you the service has a new key."
            ),
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(bold(QLabel(self.tr("Trusted now (old key):"))))
        layout.addWidget(fingerprint_label("\n".join(map(fingerprint, old)), "oldFingerprint"))
        layout.addWidget(bold(QLabel(self.tr("New key:"))))
        layout.addWidget(fingerprint_label("\n".join(map(fingerprint, new)), "newFingerprint"))
        self.consequence = QLabel(
            self._consequence(waiting), wordWrap=True, objectName="whatHappens"
        )
        layout.addWidget(self.consequence)
        layout.addWidget(bold(QLabel(self.tr("Replace the old key with the new one?"))))
        buttons = QDialogButtonBox()
        self.replace = _answer(
            buttons.addButton(self.tr("&Replace the key"), QDialogButtonBox.ButtonRole.AcceptRole),
            "replaceKey",
            self.tr("Replace the old service key with the new one"),
            self.tr("Encrypt every bundle to the new key and send everything in this file again"),
        )
        self.keep = _answer(
            buttons.addButton(self.tr("&Keep the old key"), QDialogButtonBox.ButtonRole.RejectRole),
            "keepKey",
            self.tr("Keep the old service key"),
            self.tr("Change nothing; the bundles stay encrypted to the old key"),
        )
        self.keep.setDefault(True)  # Enter and Esc keep the key: replacing is a choice
        self.replace.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _consequence(self, waiting: int) -> str:
        if waiting == 0:
            return self.tr(
                "The next bundle will carry everything in this file, encrypted to the new "
                "key, so the manager's copy catches up. Nothing in this file is deleted."
            )
        if waiting == 1:
            return self.tr(
                "The bundle waiting to be sent is encrypted to the old key. One bundle "
                "carrying everything in this file, encrypted to the new key, takes its place "
                "so the manager's copy catches up. Nothing in this file is deleted."
            )
        return self.tr(
            "The {n} bundles waiting to be sent are encrypted to the old key. One bundle "
            "carrying everything in this file, encrypted to the new key, takes their place "
            "so the manager's copy catches up. Nothing in this file is deleted."
        ).format(n=waiting)
