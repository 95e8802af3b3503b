"""The audit view: who did what, when, to which record; filtered, paged, exportable.

Rows come from store/audit_log.py a page at a time (the table asks for more as it is
scrolled). The log holds no names or notes; the only personal detail shown is the
person's reference while they are still in the file ("erased person" afterwards).
Export writes the filtered rows to CSV or Excel on a worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QLocale,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from starapp.store import Store, audit_log
from starapp.store.audit_log import AuditFilter
from starapp.ui.audit_model import AuditModel
from starapp.ui.audit_words import action_words, entity_words
from starapp.ui.ops import Ops, show_error

RELOAD_AFTER_MS = 1000  # quiet time after the last change elsewhere before reloading


def _utc_start_of(day: QDate) -> str:
    """The UTC timestamp at which ``day`` begins on this laptop."""
    local = datetime.combine(day.toPython(), time()).astimezone()
    return local.astimezone(UTC).isoformat(timespec="milliseconds")


class AuditView(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.setWindowTitle(self.tr("Audit log — starapp"))
        self._ops = ops
        self.model = AuditModel(ops.store, self)
        self._filling = True  # filling the fields is not a change of filter
        self._build()
        self._default_dates()
        self._fill_choices()
        self.apply_filters()
        self._reload = QTimer(self, singleShot=True, interval=RELOAD_AFTER_MS)
        self._reload.timeout.connect(self._reload_now)
        ops.changed.connect(self._on_changed)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Who did what, and when. The log never holds names, notes or scores; a "
                "person is shown by their reference while they are in this file."
            ),
            wordWrap=True,
        )
        self.since = self._date_edit("auditSince", self.tr("Show entries from this day on"))
        self.until = self._date_edit("auditUntil", self.tr("Show entries up to this day"))
        self.actor = self._combo("auditActor", self.tr("Only what this worker did"))
        self.action = self._combo("auditAction", self.tr("Only this kind of change"))
        self.entity = self._combo("auditEntity", self.tr("Only changes to this kind of record"))
        self.person = QLineEdit(objectName="auditPerson", clearButtonEnabled=True)
        self.person.setPlaceholderText(self.tr("Any person"))
        self.person.setAccessibleName(self.tr("Person's reference"))
        self.person.setToolTip(
            self.tr("Type a reference to see only that person's record, readings and steps")
        )
        self.person.editingFinished.connect(self.apply_filters)
        self.reset_button = QPushButton(self.tr("&Show everything"), objectName="auditReset")
        self.reset_button.setAccessibleName(self.tr("Clear the filters"))
        self.reset_button.setToolTip(self.tr("Clear every filter and show the whole log"))
        self.reset_button.clicked.connect(self.reset_filters)

        grid = QGridLayout()
        fields = [
            (self.tr("&From:"), self.since),
            (self.tr("&To:"), self.until),
            (self.tr("&Who:"), self.actor),
            (self.tr("W&hat:"), self.action),
            (self.tr("&Record:"), self.entity),
            (self.tr("&Person:"), self.person),
        ]
        for n, (text, field) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, n // 3, (n % 3) * 2)
            grid.addWidget(field, n // 3, (n % 3) * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        self.table = QTableView(objectName="auditTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setToolTip(self.tr("Newest first; scroll down to load older entries"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

        self.status = QLabel(objectName="auditStatus")
        self.export_button = QPushButton(self.tr("&Export…"), objectName="auditExport")
        self.export_button.setAccessibleName(self.tr("Export the entries shown"))
        self.export_button.setToolTip(
            self.tr("Save the entries matching the filters as a CSV file or an Excel workbook")
        )
        self.export_button.clicked.connect(self.export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the audit log"))
        close.setToolTip(self.tr("Close the audit log (Esc)"))
        self.buttons.rejected.connect(self.reject)

        # Enter in a filter field applies it; no button may take Enter as its default.
        for button in (self.reset_button, self.export_button, close):
            button.setAutoDefault(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.buttons)
        top = QHBoxLayout()
        top.addLayout(grid, 1)
        top.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(980, 600)

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit(objectName=name, calendarPopup=True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(tip)
        edit.setToolTip(tip)
        edit.dateChanged.connect(self.apply_filters)
        return edit

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setAccessibleName(tip)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    # --- filters ---------------------------------------------------------------------

    def _fill_choices(self) -> None:
        """The choices are what the log holds; the current choice is kept if still there."""
        held = audit_log.choices(self._ops.store)
        choices = [
            (self.actor, self.tr("Anyone"), [(a, a) for a in held.actors]),
            (
                self.action,
                self.tr("Anything"),
                sorted(((action_words(a), a) for a in held.actions), key=_first),
            ),
            (
                self.entity,
                self.tr("Any record"),
                sorted(((entity_words(e), e) for e in held.entities), key=_first),
            ),
        ]
        self._filling = True
        for combo, anything, items in choices:
            current = combo.currentData()
            combo.clear()
            combo.addItem(anything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._filling = False

    def _default_dates(self) -> None:
        """From the first entry's day to the last one's (or today): the whole log."""
        first, last = audit_log.date_span(self._ops.store)
        today = QDate.currentDate()
        self._filling = True
        for edit in (self.since, self.until):
            edit.setDateRange(QDate(2000, 1, 1), today.addYears(5))
        # A day early: the first entry may fall on "yesterday" in local time.
        self.since.setDate(_day(first).addDays(-1) if first else today)
        self.until.setDate(max(today, _day(last).addDays(1)) if last else today)
        self._filling = False

    def current_filter(self) -> AuditFilter | None:
        """The filter the fields describe; None when the person's reference is unknown."""
        f = AuditFilter(
            since=_utc_start_of(self.since.date()),
            until=_utc_start_of(self.until.date().addDays(1)),
            actor=self.actor.currentData(),
            action=self.action.currentData(),
            entity=self.entity.currentData(),
        )
        reference = self.person.text().strip()
        if reference:
            person = self._ops.store.people.by_reference(reference)
            if person is None:
                return None
            f = replace(f, person_id=person.id)
        return f

    def apply_filters(self) -> None:
        if self._filling:
            return
        f = self.current_filter()
        if f is None:
            self.model.set_filter(AuditFilter(person_id="-"))  # no person has this id: no rows
            self.status.setText(
                self.tr("No one in this file has the reference {reference}.").format(
                    reference=self.person.text().strip()
                )
            )
        else:
            self.model.set_filter(f)
            self.status.setText(
                self.tr("{n} entries").format(n=QLocale().toString(self.model.total))
            )
        self.export_button.setEnabled(f is not None and self.model.total > 0)
        for column in range(self.model.columnCount() - 1):  # the details take the rest
            self.table.resizeColumnToContents(column)

    def reset_filters(self) -> None:
        self._filling = True
        for combo in (self.actor, self.action, self.entity):
            combo.setCurrentIndex(0)
        self.person.clear()
        self._filling = False
        self._default_dates()
        self._fill_choices()
        self.apply_filters()

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity == "file":
            self.model.store = self._ops.store
        # Every score typed elsewhere is a change: reload once they pause, not per key
        # (a count over a long log takes a few hundred ms on the GUI thread).
        self._reload.start()

    def _reload_now(self) -> None:
        self._fill_choices()
        self.apply_filters()

    # --- export ----------------------------------------------------------------------

    def export(self) -> None:
        f = self.current_filter()
        if f is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(Path.home() / "starapp-audit.csv"),
            self.tr("CSV file (*.csv);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if "xlsx" in chosen and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        elif "csv" in chosen and not path.lower().endswith(".csv"):
            path += ".csv"
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        store = self._ops.store
        self._ops.run_in_background(
            lambda: _export(store, f, Path(path)),
            lambda n: self._exported(n, Path(path)),
            self._export_failed,
        )

    def _exported(self, n: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("Saved {n} entries to {file}.").format(n=QLocale().toString(n), file=path.name)
        )
        self.status.setToolTip(str(path))
        self._fill_choices()  # the export itself is now in the log
        self.model.reload()

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was exported."))
        show_error(self, exc)


def _day(at: str) -> QDate:
    return QDate.fromString(at[:10], Qt.DateFormat.ISODate)


def _first(pair: tuple[str, str]) -> str:
    return pair[0].casefold()


def _export(store: Store, f: AuditFilter, path: Path) -> int:
    """On the worker thread, with its own connection."""
    with store.reopen() as worker:
        return audit_log.export(worker, f, path)


def open_audit_view(parent: QWidget | None, ops: Ops) -> AuditView:
    """Show the audit log in its own window (it stays open beside the app)."""
    view = AuditView(ops, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
