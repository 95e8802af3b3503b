"""Runs ``starapp`` (the CLI's GUI start) in a child process and answers its dialogs.

Every modal dialog that opens is reported on stdout as one line and then closed:
``MESSAGE <title> | <text>`` for a message box, ``DIALOG <objectName>`` for anything
else (a passphrase set-up is cancelled). The exit code is starapp's own.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from starapp.cli import main
from starapp.ui.app import create_app


def answer() -> None:
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QMessageBox):
        text = " ".join(dialog.text().split())
        print(f"MESSAGE {dialog.windowTitle()} | {text}", flush=True)
        dialog.done(0)
    elif isinstance(dialog, QDialog):
        print(f"DIALOG {dialog.objectName()}", flush=True)
        dialog.done(QDialog.DialogCode.Rejected)


if __name__ == "__main__":
    app = create_app()
    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    sys.exit(main(sys.argv[1:]))
