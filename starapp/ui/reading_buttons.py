"""The row under a reading: undo and redo, then the buttons that fit what can be done.

A draft can be finished or discarded; a finished reading can be amended (unless a
newer amendment replaced it); an amendment can be saved or cancelled; Back is always
there. The editor owns what the buttons do; this row only shows the right ones.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton


class ReadingButtons(QHBoxLayout):
    def __init__(self, undo: QAction, redo: QAction) -> None:
        super().__init__()
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(undo)
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(redo)
        self.finish_button = QPushButton(self.tr("F&inish reading"))  # Alt+F: the File menu
        self.discard_button = QPushButton(self.tr("Discard draft"))
        self.amend_button = QPushButton(self.tr("&Amend…"))
        self.save_amend_button = QPushButton(self.tr("&Save amendment…"))
        self.cancel_amend_button = QPushButton(self.tr("Cancel amendment"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.addWidget(self.undo_button)
        self.addWidget(self.redo_button)
        self.addStretch(1)
        for button in self.buttons():
            self.addWidget(button)

    def buttons(self) -> list[QPushButton]:
        return [
            self.discard_button,
            self.cancel_amend_button,
            self.amend_button,
            self.save_amend_button,
            self.finish_button,
            self.back_button,
        ]

    def show_mode(self, mode: str, amendable: bool) -> None:
        """Show the buttons for ``mode`` ("draft", "final" or "amending")."""
        editing = mode in ("draft", "amending")
        self.undo_button.setVisible(editing)
        self.redo_button.setVisible(editing)
        self.finish_button.setVisible(mode == "draft")
        self.discard_button.setVisible(mode == "draft")
        self.amend_button.setVisible(mode == "final")
        self.amend_button.setEnabled(amendable)
        self.save_amend_button.setVisible(mode == "amending")
        self.cancel_amend_button.setVisible(mode == "amending")
