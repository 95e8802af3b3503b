"""A dialog that cannot be closed while its work runs on a worker thread: closing a
half-seen erase or retention run would leave people unsure what happened."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog


class BusyDialog(QDialog):
    busy = False  # True while the work runs; Esc and the close button then do nothing

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)
