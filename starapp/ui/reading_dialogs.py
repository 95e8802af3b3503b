"""Small questions the reading editor asks: finish anyway? discard? why amend?"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from starapp.ui.translation import tr as _tr

REASON_MAX = 2000


def _ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def confirm_incomplete(parent: QWidget | None, area_names: Sequence[str]) -> bool:
    """True to finish with these areas unanswered."""
    names = "\n".join(f"• {name}" for name in area_names)
    text = _tr(
        "These areas have no score and are not marked not applicable:\n\n{names}\n\n"
        "Finish the reading anyway? It cannot be changed afterwards except by an amendment."
    ).format(names=names)
    return _ask(
        parent, _tr("Some areas are not scored"), text, _tr("&Finish anyway"), _tr("&Go back")
    )


def confirm_discard(parent: QWidget | None) -> bool:
    text = _tr("Delete this draft reading and everything scored in it? This cannot be undone.")
    return _ask(parent, _tr("Discard draft"), text, _tr("&Discard draft"), _tr("&Keep it"))


def confirm_drop_amendment(parent: QWidget | None) -> bool:
    text = _tr("You have changed this reading but not saved the amendment. Leave without saving?")
    return _ask(
        parent, _tr("Amendment not saved"), text, _tr("&Leave without saving"), _tr("&Stay")
    )


class ReasonDialog(QDialog):
    """Asks why a finalised reading is being corrected; a reason is required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reason for the amendment"))
        label = QLabel(
            self.tr("Say why this reading is being corrected. The reason is kept with it.")
        )
        label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Reason"))
        label.setBuddy(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Save amendment"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(440, 220)

    def _check(self) -> None:
        text = self.text.toPlainText()
        if len(text) > REASON_MAX:
            self.text.setPlainText(text[:REASON_MAX])
        self.ok.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.text.toPlainText().strip()


def ask_reason(parent: QWidget | None) -> str | None:
    dialog = ReasonDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason():
        return None
    return dialog.reason()
