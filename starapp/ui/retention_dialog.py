"""Keeping records: the retention settings, who they would archive or erase, and doing it.

The two settings (archive after N months without a reading, erase M months after
archiving; 0 means never) are saved with the service settings. The table previews who
is due before anything happens; "Archive and erase now…" names how many people will be
archived and erased and asks first. The work runs on a worker thread with its own
connection (erasing compacts the whole file), and the people still due then are the
only ones touched (store/retention.py).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from starapp.store.retention import (
    ARCHIVE,
    RetentionPlan,
    RetentionResult,
    apply_retention,
    plan_retention,
)
from starapp.store.settings import load_settings
from starapp.ui.busy_dialog import BusyDialog
from starapp.ui.ops import Ops, show_error
from starapp.ui.service_settings import save_service_settings

MONTHS_MAX = 240  # twenty years
_ERASE_COLOUR = QColor("#b3261e")


def _day(iso: str) -> str:
    return QDate.fromString(iso, Qt.DateFormat.ISODate).toString("d MMM yyyy")


class RetentionDialog(BusyDialog):
    """``result`` holds what the last apply did (None before one finished)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self._ops = ops
        self.plan: RetentionPlan | None = None
        self.result: RetentionResult | None = None
        self.setWindowTitle(self.tr("Keeping records"))
        self.resize(640, 480)

        intro = QLabel(
            self.tr(
                "People who have not had a reading for a while can be archived, and people "
                "in the archive erased for good after a while longer. Nothing happens until "
                "you press the button below and confirm."
            ),
            wordWrap=True,
        )
        settings = load_settings(ops.store)
        self.archive_months = self._months_box(
            "archiveMonths",
            settings.archive_after_months,
            self.tr("Archive after months without a reading"),
            self.tr("Archive people with no reading for this many months; Never turns it off"),
        )
        self.erase_months = self._months_box(
            "eraseMonths",
            settings.erase_after_months,
            self.tr("Erase after months in the archive"),
            self.tr("Erase people who have been archived this long; Never turns it off"),
        )
        form = QFormLayout()
        form.addRow(
            _buddy(self.tr("&Archive people with no reading for"), self.archive_months),
            self.archive_months,
        )
        form.addRow(
            _buddy(self.tr("&Erase archived people after"), self.erase_months),
            self.erase_months,
        )

        self.table = QTableWidget(0, 4, objectName="retentionPreview")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Reference"),
                self.tr("Name"),
                self.tr("Last reading"),
                self.tr("What will happen"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("People who would be archived or erased"))
        self.table.setToolTip(self.tr("Who the settings above would archive or erase today"))
        self.summary = QLabel(objectName="retentionSummary", wordWrap=True)
        self.progress = QProgressBar(objectName="retentionBusy", maximum=0)
        self.progress.setAccessibleName(self.tr("Archiving and erasing"))
        self.progress.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = QPushButton(self.tr("Archive and erase &now…"), objectName="apply")
        self.apply_button.setAccessibleName(self.tr("Archive and erase now"))
        self.apply_button.setToolTip(
            self.tr("Save these settings, then archive and erase the people listed")
        )
        self.apply_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("&Save settings"), objectName="save")
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.setToolTip(self.tr("Keep these settings without archiving anyone now"))
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setToolTip(self.tr("Close without saving the settings"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.apply_button.clicked.connect(self.confirm_and_apply)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.archive_months.valueChanged.connect(self.refresh)
        self.erase_months.valueChanged.connect(self.refresh)
        self.refresh()

    def _months_box(self, name: str, value: int, label: str, tip: str) -> QSpinBox:
        box = QSpinBox(objectName=name, minimum=0, maximum=MONTHS_MAX)
        box.setSpecialValueText(self.tr("Never"))
        box.setSuffix(self.tr(" months"))
        box.setValue(min(value, MONTHS_MAX))
        box.setAccessibleName(label)
        box.setToolTip(tip)
        return box

    # --- preview ------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.plan = plan_retention(
                self._ops.store, self.archive_months.value(), self.erase_months.value()
            )
        except Exception as exc:  # a damaged or busy file: a sentence, the dialog stays
            show_error(self, exc)
            return
        items = self.plan.items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            last = _day(item.last_reading_on) if item.last_reading_on else self.tr("None yet")
            if item.action == ARCHIVE:
                what = self.tr("Archive")
            else:
                what = self.tr("Erase for good (archived {day})").format(day=_day(item.since))
            cells = [item.reference, item.name, last, what]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.action != ARCHIVE and column == 3:
                    cell.setForeground(_ERASE_COLOUR)
                self.table.setItem(row, column, cell)
        self.summary.setText(self._summary())
        self._update_buttons()

    def _summary(self) -> str:
        assert self.plan is not None
        archive, erase = len(self.plan.to_archive), len(self.plan.to_erase)
        if not archive and not erase:
            return self.tr("Nobody is due today.")
        return self.tr("Today: {archive} to archive, {erase} to erase for good.").format(
            archive=self._people(archive), erase=self._people(erase)
        )

    def _people(self, n: int) -> str:
        return (self.tr("1 person") if n == 1 else self.tr("{n} people")).format(n=n)

    def _update_buttons(self) -> None:
        due = self.plan is not None and bool(self.plan.items)
        self.apply_button.setEnabled(due and not self.busy)
        for widget in (self.save_button, self.close_button, self.archive_months, self.erase_months):
            widget.setEnabled(not self.busy)

    # --- saving and applying ----------------------------------------------------------

    def _save_settings(self) -> bool:
        settings = replace(
            load_settings(self._ops.store),
            archive_after_months=self.archive_months.value(),
            erase_after_months=self.erase_months.value(),
        )
        try:
            save_service_settings(self._ops, settings)
        except Exception as exc:
            show_error(self, exc)
            return False
        return True

    def save(self) -> None:
        if self._save_settings():
            self.accept()

    def confirmation_text(self) -> str:
        assert self.plan is not None
        archive, erase = len(self.plan.to_archive), len(self.plan.to_erase)
        text = self.tr("This archives {archive} and erases {erase} for good.").format(
            archive=self._people(archive), erase=self._people(erase)
        )
        if erase:
            text += " " + self.tr(
                "Erasing removes everything about them from this laptop, and from the "
                "manager's copy after the next sync. It cannot be undone."
            )
        return text

    def confirm_and_apply(self) -> None:
        self.refresh()  # the preview as it is now, not as it was when the dialog opened
        if self.busy or self.plan is None or not self.plan.items:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Archive and erase now?"),
            self.confirmation_text(),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("retentionConfirm")
        go = box.addButton(self.tr("Archive and erase"), QMessageBox.ButtonRole.AcceptRole)
        go.setToolTip(self.tr("Archive and erase the people listed"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter does not erase
        box.exec()
        if box.clickedButton() is not go or not self._save_settings():
            return
        self._set_busy(True)
        plan = self.plan
        self._ops.run_on_own_connection(
            lambda store: apply_retention(store, plan), self._done, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self._update_buttons()

    def _done(self, result: RetentionResult) -> None:
        self._set_busy(False)
        self.result = result
        self._ops.changed.emit("person", "")  # lists and pages refresh everyone
        self.refresh()
        self.summary.setText(
            self.tr("Done: {archived} archived and {erased} erased.").format(
                archived=result.archived, erased=result.erased
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self, exc)
        self.refresh()


def open_retention_dialog(parent: QWidget | None, ops: Ops) -> RetentionDialog:
    """Open the retention dialog (window-modal); the lead wires it to the menu."""
    dialog = RetentionDialog(ops, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
