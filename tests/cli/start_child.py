"""Runs ``starapp`` (the CLI's GUI start) in a child process and answers its dialogs.

Every modal dialog that opens is reported on stdout as one line, then answered:

- ``MESSAGE <title> | <text>`` for a message box, which is closed;
- ``DIALOG <objectName>`` for any other dialog. With ``START_PASSPHRASE`` in the
  environment, the passphrase set-up and the unlock dialog are given it and the recovery
  key is "written down"; the first-run set-up gets ``START_WORKER`` as the worker's name
  and is skipped. Anything else is cancelled.

Once the main window is up with no dialog over it, ``WINDOW mainWindow`` is printed and
the window closed, so the app quits (unless the start-up probe is on: it closes the
window itself). The exit code is starapp's own.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from starapp.cli import main
from starapp.ui.app import create_app

PASSPHRASE = os.environ.get("START_PASSPHRASE", "")


def answer_dialog(dialog: QDialog) -> None:
    name = dialog.objectName()
    print(f"DIALOG {name}", flush=True)
    if PASSPHRASE and name == "passphraseSetup":
        dialog.new.setText(PASSPHRASE)
        dialog.again.setText(PASSPHRASE)
        dialog.accept()
    elif PASSPHRASE and name == "unlockDialog":
        dialog.form.passphrase.setText(PASSPHRASE)
        dialog.form.submit()  # unlocks on a worker thread, then accepts
    elif name == "recoveryKeyDialog":
        dialog.written.setChecked(True)
        dialog.accept()
    elif name == "firstRunWizard":
        dialog.names.worker.setText(os.environ.get("START_WORKER", ""))
        dialog.skip()
    else:
        dialog.done(QDialog.DialogCode.Rejected)


def answer() -> None:
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QMessageBox):
        text = " ".join(dialog.text().split())
        print(f"MESSAGE {dialog.windowTitle()} | {text}", flush=True)
        dialog.done(0)
    elif isinstance(dialog, QDialog):
        if dialog.property("answered") is None:
            dialog.setProperty("answered", True)
            answer_dialog(dialog)
    elif dialog is None and not os.environ.get("STARAPP_STARTUP_PROBE"):  # it closes itself
        for window in QApplication.topLevelWidgets():
            if window.objectName() == "mainWindow" and window.isVisible():
                print("WINDOW mainWindow", flush=True)
                window.close()


if __name__ == "__main__":
    app = create_app()
    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    sys.exit(main(sys.argv[1:]))
