"""The audit view: who did what, when, to which record; filtered, paged, exportable.

Rows come from store/audit_log.py a page at a time (the table asks for more as it is
scrolled). On a manager's copy the log runs to hundreds of thousands of rows, so the
count and first page of each filter (and the choices the filters offer) are read on a
worker thread with its own connection: the window never freezes, and a newer filter
stops and replaces a load still on its way. The log holds no names or notes; the only
personal detail shown is the person's reference while they are still in the file
("erased person" afterwards). Export writes the filtered rows to CSV or Excel on a
worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QDate,
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
from starapp.store.audit_log import AuditFilter, Choices
from starapp.ui.audit_model import AuditModel, FirstPage, filter_between, read_first_page
from starapp.ui.audit_words import action_words, entity_words
from starapp.ui.numbers import count
from starapp.ui.ops import Ops, error_text, show_error

RELOAD_AFTER_MS = 1000  # quiet time after the last change elsewhere before reloading
FIT_ROWS = 50  # rows measured to fit the columns to
CHECK_EVERY = 100_000  # SQLite steps between checks that a load is still wanted (~5 ms here)


class _Loads:
    """Numbers the loads; only the latest one is wanted. Worker threads read ``latest``
    to stop a superseded query early (an int read is atomic under the GIL)."""

    latest = 0

    def start(self) -> int:
        self.latest += 1
        return self.latest


class AuditView(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.setWindowTitle(self.tr("Audit log — starapp"))
        self._ops = ops
        self.model = AuditModel(ops.store, self)
        self._loads = _Loads()
        self._landed = 0  # the load whose rows are shown
        self._filling = False  # filling the fields is not a change of filter
        self._dated = False  # the date fields hold a span (not yet: the log's is on its way)
        self._wants_choices = True  # the filters' choices are to be read (again)
        self._say_count = True  # the latest load ends by saying how many entries match
        self._build()
        self._fill_choices(Choices([], [], []))  # "Anyone" and so on while the log is read
        self._reload = QTimer(self, singleShot=True, interval=RELOAD_AFTER_MS)
        self._reload.timeout.connect(self._reload_now)
        ops.changed.connect(self._on_changed)
        self.reset_filters()

    @property
    def loading(self) -> bool:
        """Rows are on their way from a worker thread."""
        return self._landed != self._loads.latest

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

        # The filters wait for the log's first and last day when the view opens or resets.
        self.filters = QWidget(objectName="auditFilters")
        grid = QGridLayout(self.filters)
        grid.setContentsMargins(0, 0, 0, 0)
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
        # Columns fit the rows on screen and a few more: measuring a whole page's text
        # each time a filter's rows arrive held the window for ~40 ms.
        header.setResizeContentsPrecision(FIT_ROWS)
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
        top.addWidget(self.filters, 1)
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
        today = QDate.currentDate()
        edit.setDateRange(QDate(2000, 1, 1), today.addYears(5))
        edit.setDate(today)  # until the log's first and last day are read
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

    def _fill_choices(self, held: Choices) -> None:
        """The choices are what the log holds; the current choice is kept if still there."""
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

    def _set_dates(self, since: QDate, until: QDate) -> None:
        self._filling = True
        self.since.setDate(since)
        self.until.setDate(until)
        self._filling = False
        self._dated = True

    def current_filter(self) -> AuditFilter | None:
        """The filter the fields describe; None when the person's reference is unknown."""
        f = filter_between(
            self.since.date(),
            self.until.date(),
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
        if not self._filling:
            self._load()

    def reset_filters(self) -> None:
        """Every filter cleared: the whole log, once a worker has read its first and last day."""
        self._filling = True
        for combo in (self.actor, self.action, self.entity):
            combo.setCurrentIndex(0)
        self.person.clear()
        self._filling = False
        self._dated = False
        self._wants_choices = True
        self._load()

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity == "file":
            self.model.store = self._ops.store
        # Every score typed elsewhere is a change: reload once they pause, not per key.
        self._reload.start()

    def _reload_now(self) -> None:
        self._wants_choices = True
        self._load(say_loading=False)  # the rows shown stay until the new ones arrive

    # --- loading on a worker thread ----------------------------------------------------

    def _load(self, *, say_loading: bool = True, say_count: bool = True) -> None:
        """Count and read the first page for the filters on a worker thread; this load
        supersedes any still on its way."""
        n = self._loads.start()
        self._say_count = say_count
        f = self.current_filter()
        if f is None:
            self._landed = n
            self.model.clear()
            self.status.setText(
                self.tr("No one in this file has the reference {reference}.").format(
                    reference=self.person.text().strip()
                )
            )
            self.export_button.setEnabled(False)
            return
        whole_log = not self._dated  # the worker reads the log's first and last day
        self.filters.setEnabled(self._dated)
        if say_loading:
            self.status.setText(self.tr("Loading…"))
            self.export_button.setEnabled(False)
        with_choices = self._wants_choices
        loads = self._loads

        def work(store: Store) -> tuple[int, FirstPage | None]:
            # SQLite asks every CHECK_EVERY steps whether to go on: a newer load stops this one.
            store.db.conn.set_progress_handler(lambda: loads.latest != n, CHECK_EVERY)
            try:
                return n, read_first_page(store, f, whole_log=whole_log, with_choices=with_choices)
            except Exception:
                if loads.latest != n:
                    return n, None  # stopped: a newer load is on its way
                raise

        # Bound methods: Qt drops the calls if the view is closed before the rows arrive.
        self._ops.run_on_own_connection(work, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[int, FirstPage | None]) -> None:
        n, page = result
        if n != self._loads.latest or page is None:
            return  # superseded: a newer load's rows are on their way, or shown already
        opening = self._landed == 0
        self._landed = n
        if page.days is not None:
            self._set_dates(*page.days)
            self.filters.setEnabled(True)
            if opening and self.reset_button.hasFocus():  # where it fell while they were off
                self.since.setFocus()
        if page.choices is not None:
            self._fill_choices(page.choices)
            self._wants_choices = False
        self.model.show(page)
        if self._say_count:
            self.status.setText(self.tr("{n} entries").format(n=count(page.total)))
        self.export_button.setEnabled(page.total > 0)
        for column in range(self.model.columnCount() - 1):  # the details take the rest
            self.table.resizeColumnToContents(column)

    def _load_failed(self, exc: BaseException) -> None:
        """The latest load could not read the file (one that failed before a newer load
        started is replaced by that one's rows when they arrive)."""
        self._landed = self._loads.latest
        self.status.setText(error_text(exc))
        self.export_button.setEnabled(False)

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
        self._ops.run_on_own_connection(
            lambda store: audit_log.export(store, f, Path(path)),
            lambda n: self._exported(n, Path(path)),
            self._export_failed,
        )

    def _exported(self, n: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("Saved {n} entries to {file}.").format(n=count(n), file=path.name)
        )
        self.status.setToolTip(str(path))
        self._wants_choices = True  # the export itself is now in the log
        self._load(say_loading=False, say_count=False)  # "Saved…" stays

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was exported."))
        show_error(self, exc)


def _first(pair: tuple[str, str]) -> str:
    return pair[0].casefold()


def open_audit_view(parent: QWidget | None, ops: Ops) -> AuditView:
    """Show the audit log in its own window (it stays open beside the app)."""
    view = AuditView(ops, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
