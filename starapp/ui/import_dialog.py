"""File → Import bundles…: the manager's copy takes in bundles from workers' laptops.

The bundles (chosen files, or every bundle in a folder: plain ``*.zip`` or encrypted
``*.starapp-bundle.age``, opened with the identity the data file holds) are imported on a
worker thread with its own connection to the data file, one transaction per bundle, while a
progress bar moves. The result shows, per bundle, what was added, updated, unchanged,
deleted and rejected (with each reason), and any conflicts to look at.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from starapp.store import Store
from starapp.store.conflicts import count_open
from starapp.sync.importer import ImportOutcome, find_bundles, import_bundle, missing_file
from starapp.ui.conflicts_dialog import ConflictsDialog
from starapp.ui.ops import Ops, error_text
from starapp.ui.sync_worker import open_worker_store
from starapp.ui.translation import sentence_text

log = logging.getLogger(__name__)

REFUSED_COLOUR = "#9f1d1d"
COUNT_COLUMNS = ("added", "updated", "unchanged", "deleted", "rejected", "conflicts")


class ImportWorker(QThread):
    """Imports the bundles one by one; stops between bundles when cancelled."""

    progress = Signal(int, int, str)  # bundles done, bundles found, the next file's name
    outcome = Signal(object)  # ImportOutcome
    failed = Signal(str)

    def __init__(
        self, window_store: Store, sources: list[Path], open_store: Callable[[Store], Store]
    ) -> None:
        super().__init__()
        self._window_store = window_store
        self._sources = sources
        self._open_store = open_store
        self._cancel = threading.Event()
        self.thread_id: int | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        self.thread_id = threading.get_ident()
        try:
            store = self._open_store(self._window_store)
        except Exception as exc:
            self.failed.emit(error_text(exc))
            return
        try:
            bundles = list(find_bundles(self._sources))
            for i, bundle in enumerate(bundles):
                if self._cancel.is_set():
                    break
                self.progress.emit(i, len(bundles), bundle.name)
                found = bundle.is_file()
                self.outcome.emit(import_bundle(store, bundle) if found else missing_file(bundle))
            else:
                self.progress.emit(len(bundles), len(bundles), "")
        except Exception as exc:  # a bug: logged, told as a sentence
            log.exception("Import failed")
            self.failed.emit(error_text(exc))
        finally:
            store.close()


class ImportDialog(QDialog):
    def __init__(
        self,
        ops: Ops,
        parent: QWidget | None = None,
        *,
        open_store: Callable[[Store], Store] = open_worker_store,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import bundles"))
        self._ops = ops
        self._open_store = open_store
        self.sources: list[Path] = []
        self.outcomes: list[ImportOutcome] = []
        self._failure = ""
        self.worker: ImportWorker | None = None
        self.conflicts_dialog: ConflictsDialog | None = None

        intro = QLabel(
            self.tr(
                "Bring in the bundles that workers' laptops have sent (the .zip files in "
                "the shared folder or on a USB stick). Each bundle is checked first; one "
                "that fails a check is refused whole and changes nothing. Importing the "
                "same bundle again changes nothing."
            ),
            wordWrap=True,
        )
        self.source_list = QListWidget(objectName="importSources")
        self.source_list.setAccessibleName(self.tr("Bundles and folders to import"))
        self.source_list.setToolTip(self.tr("The bundles and folders chosen with the buttons"))
        self.source_list.setMaximumHeight(90)
        self.add_files = QPushButton(self.tr("Add &files…"), objectName="addFiles")
        self.add_folder = QPushButton(self.tr("Add a f&older…"), objectName="addFolder")
        self.start_button = QPushButton(self.tr("&Import"), objectName="startImport")
        row = QHBoxLayout()
        row.addWidget(self.add_files)
        row.addWidget(self.add_folder)
        row.addStretch(1)
        row.addWidget(self.start_button)

        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.state = QLabel(objectName="importState", wordWrap=True)
        self.results = QTableWidget(0, 2 + len(COUNT_COLUMNS), objectName="importResults")
        self.results.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.results.setAccessibleName(self.tr("Import results"))
        self.results.setHorizontalHeaderLabels(
            [
                self.tr("Bundle"),
                self.tr("Result"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Deleted"),
                self.tr("Rejected"),
                self.tr("Conflicts"),
            ]
        )
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.verticalHeader().setVisible(False)
        self.results.setWordWrap(False)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long bundle names
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel(objectName="importTotals", wordWrap=True)
        self.details = QPlainTextEdit(objectName="importDetails", readOnly=True)
        self.details.setPlaceholderText(self.tr("Reasons for anything refused appear here."))
        self.details.setAccessibleName(self.tr("Import details"))
        self.details.setToolTip(self.tr("Why a bundle was refused, if one was"))
        self.details.setMaximumHeight(120)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_conflicts = self.buttons.addButton(
            self.tr("Show &conflicts…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_conflicts.setObjectName("showConflicts")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.source_list)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.state)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        for button in (self.add_files, self.add_folder):
            button.setAutoDefault(False)
        self.start_button.setDefault(True)  # once it is inside the dialog

        self.add_files.clicked.connect(self._choose_files)
        self.add_folder.clicked.connect(self._choose_folder)
        self.start_button.clicked.connect(self.start)
        self.show_conflicts.clicked.connect(self.open_conflicts)
        self._update_buttons()

    # --- choosing --------------------------------------------------------------------

    def add_sources(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.sources:
                self.sources.append(path)
                self.source_list.addItem(str(path))
        self._update_buttons()

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose bundles to import"),
            "",
            self.tr("starapp bundles (*.zip *.starapp-bundle.age);;All files (*)"),
        )
        self.add_sources([Path(f) for f in files])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder of bundles (its sub-folders are searched too)")
        )
        if folder:
            self.add_sources([Path(folder)])

    # --- importing -------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def start(self) -> None:
        if self.running or not self.sources:
            return
        self.outcomes = []
        self._failure = ""
        self.results.setRowCount(0)
        self.details.clear()
        self.totals.clear()
        self.progress.setRange(0, 0)  # busy until the bundles are counted
        self.state.setText(self.tr("Looking for bundles…"))
        worker = ImportWorker(self._ops.store, list(self.sources), self._open_store)
        worker.progress.connect(self._progress)
        worker.outcome.connect(self._outcome)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self.worker = worker
        worker.start()
        self._update_buttons()

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if name:
            self.state.setText(
                self.tr("Importing {n} of {total}: {name}").format(
                    n=done + 1, total=total, name=name
                )
            )

    def _outcome(self, o: ImportOutcome) -> None:
        self.outcomes.append(o)
        row = self.results.rowCount()
        self.results.insertRow(row)
        status = {
            "imported": self.tr("imported"),
            "already imported": self.tr("already imported"),
        }.get(o.status, self.tr("refused"))
        cells = [o.path.name, status]
        totals = o.report.totals() if o.report is not None else {}
        cells += [str(totals[c]) if totals else "" for c in COUNT_COLUMNS]
        reason = sentence_text(o.reason) if o.reason is not None else ""
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(str(o.path) if col == 0 else (reason or text))
            if col >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            elif col == 1 and o.status == "refused":
                item.setForeground(QColor(REFUSED_COLOUR))
            self.results.setItem(row, col, item)
        lines = []
        if o.status == "refused":
            lines.append(
                self.tr("{file}: refused — {reason}").format(file=o.path.name, reason=reason)
            )
        elif o.status == "already imported":
            lines.append(f"{o.path.name}: {reason}")
        if o.report is not None:
            for rejected in o.report.rejected:
                lines.append(
                    self.tr("{file}: rejected {reason}").format(
                        file=o.path.name, reason=sentence_text(rejected)
                    )
                )
            for conflict in o.report.conflicts:
                lines.append(
                    self.tr("{file}: conflict, {what}").format(
                        file=o.path.name, what=sentence_text(conflict)
                    )
                )
        for line in lines:
            self.details.appendPlainText(line)

    def _failed(self, message: str) -> None:
        self._failure = message
        self.details.appendPlainText(message)
        self.state.setText(message)

    def _finished(self) -> None:
        self.progress.setRange(0, max(1, len(self.outcomes)))
        self.progress.setValue(len(self.outcomes))
        sums = dict.fromkeys(COUNT_COLUMNS, 0)
        imported = refused = again = 0
        for o in self.outcomes:
            if o.report is not None:
                imported += 1
                for key, n in o.report.totals().items():
                    if key in sums:
                        sums[key] += n
            elif o.status == "already imported":
                again += 1
            else:
                refused += 1
        if self._failure:
            self.state.setText(self._failure)
        elif not self.outcomes:
            self.state.setText(
                self.tr("No bundles (*.zip or *.starapp-bundle.age) were found there.")
            )
        else:
            self.state.setText(
                self.tr(
                    "Done: {imported} imported, {again} already imported, {refused} refused."
                ).format(imported=imported, again=again, refused=refused)
            )
        self.totals.setText(
            self.tr(
                "Records: {added} added, {updated} updated, {unchanged} unchanged, "
                "{deleted} deleted, {rejected} rejected, {conflicts} conflicts."
            ).format(**sums)
        )
        if imported:
            # many people and readings may have changed: every view refreshes itself
            self._ops.changed.emit("person", "")
            self._ops.changed.emit("reading", "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.running
        for w in (self.add_files, self.add_folder, self.start_button):
            w.setEnabled(not running)
        self.start_button.setEnabled(not running and bool(self.sources))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stop") if running else self.tr("&Close"))
        try:
            conflicts = count_open(self._ops.store)
        except Exception:  # the button is a convenience; never break the dialog
            log.exception("Could not count conflicts")
            conflicts = 0
        self.show_conflicts.setText(self.tr("Show &conflicts ({n})…").format(n=conflicts))
        self.show_conflicts.setVisible(bool(conflicts) and not running)

    def open_conflicts(self) -> None:
        self.conflicts_dialog = ConflictsDialog(self._ops, self)
        self.conflicts_dialog.finished.connect(lambda _r: self._update_buttons())
        self.conflicts_dialog.open()

    # --- closing ---------------------------------------------------------------------

    def reject(self) -> None:
        """Close; while importing, stop after the bundle in hand (it is one transaction)."""
        if self.running and self.worker is not None:
            self.worker.cancel()
            self.state.setText(self.tr("Stopping after this bundle…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running and self.worker is not None:
            self.worker.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()  # at most the bundle in hand
        super().done(result)
