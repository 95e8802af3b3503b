"""Sync in the main window: the controller, its part of the status bar, the menu actions
(File → Import bundles…, Tools → Sync now / Sync details… / Sync targets…) and the
dialogs they open. The main window only creates this, places its pieces, and calls
``shutdown`` when it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from starapp.ui.ops import Ops
from starapp.ui.sync_controller import SyncController, SyncView
from starapp.ui.sync_status import SyncStatusWidget


class SyncUi(QObject):
    # Sync starts a moment after the window appears, so start-up never waits for it.
    # Tests set this to -1 and start the controller themselves.
    START_DELAY_MS = 1500

    def __init__(self, window: QWidget, ops: Ops) -> None:
        super().__init__(window)
        self._window = window
        self._ops = ops
        self.controller = SyncController(ops, parent=self)
        self.status = SyncStatusWidget(self.controller)
        self.details_dialog: QWidget | None = None
        self.targets_dialog: QWidget | None = None
        self.import_dialog: QWidget | None = None

        self.import_action = self._action(
            self.tr("&Import bundles…"), self.open_import, "importBundles"
        )
        self.import_action.setToolTip(self.tr("Bring in bundles sent by workers' laptops"))
        self.sync_now_action = self._action(
            self.tr("Sync &now"), self.controller.sync_now, "syncNow"
        )
        self.details_action = self._action(
            self.tr("Sync &details…"), self.open_details, "syncDetails"
        )
        self.targets_action = self._action(
            self.tr("Sync &targets…"), self.open_targets, "syncTargets"
        )

        self.status.detailsRequested.connect(self.open_details)
        self.controller.statusChanged.connect(self._show_state)
        self._show_state(self.controller.view())
        if self.START_DELAY_MS >= 0:
            QTimer.singleShot(self.START_DELAY_MS, self, self.controller.start)

    def _action(self, text: str, slot, name: str) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _show_state(self, view: SyncView) -> None:
        self.sync_now_action.setEnabled(bool(view.status.targets) and not view.syncing)

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.sync_now_action)
        menu.addAction(self.details_action)
        menu.addSeparator()
        menu.addAction(self.targets_action)

    # --- dialogs (each opened once; opening again brings it forward) ----------------

    def open_details(self) -> None:
        from starapp.ui.sync_details import SyncDetailsDialog

        if self.details_dialog is None:
            dialog = SyncDetailsDialog(self.controller, self._ops, self._window)
            dialog.targetsRequested.connect(self.open_targets)
            self.details_dialog = self._keep(dialog, "details_dialog")
        self._present(self.details_dialog)

    def open_targets(self) -> None:
        from starapp.ui.targets_dialog import TargetsDialog

        if self.targets_dialog is None:
            parent = self.details_dialog or self._window
            self.targets_dialog = self._keep(
                TargetsDialog(self.controller, parent), "targets_dialog"
            )
        self._present(self.targets_dialog)

    def open_import(self) -> None:
        from starapp.ui.import_dialog import ImportDialog

        if self.import_dialog is None:
            self.import_dialog = self._keep(ImportDialog(self._ops, self._window), "import_dialog")
        self._present(self.import_dialog)

    def _keep(self, dialog: QWidget, attr: str) -> QWidget:
        """Forget the dialog when it closes (it is deleted then)."""
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, attr, None))
        return dialog

    def _present(self, dialog: QWidget) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def shutdown(self) -> None:
        """The window is closing: stop syncing (waits a few seconds at most)."""
        if self.import_dialog is not None:
            self.import_dialog.done(0)  # stops after the bundle in hand, and waits for it
        self.controller.shutdown()
