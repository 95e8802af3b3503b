"""The people list page: search, filters, the table, and the empty state of a new file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from starapp.ui.ops import Ops
from starapp.ui.people_model import STAR_COLUMN, THUMB_SIZE, PeopleModel

NAME_COLUMN = 1


class PeopleTable(QTableView):
    """Enter opens the current person, like a double-click."""

    personActivated = Signal(str)

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleTable")
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(THUMB_SIZE + 4)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STAR_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._section_resized)
        self.doubleClicked.connect(self.activate)

    def fit_columns(self) -> None:
        """Widths from the headers and the rows loaded so far (one page at most), capped,
        so columns are sized once and do not jump while the user types a search."""
        fm = self.fontMetrics()
        em = fm.horizontalAdvance("M")
        pad = em
        model = self.model()
        rows = min(model.rowCount(), 200)
        for column in (0, 2, 3, 4, 5):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            width = fm.horizontalAdvance(title) + em  # room for the sort arrow
            for row in range(rows):
                text = model.index(row, column).data() or ""
                width = max(width, fm.horizontalAdvance(text))
            self.setColumnWidth(column, min(width, em * 18) + pad)
        self.setColumnWidth(STAR_COLUMN, max(THUMB_SIZE, fm.horizontalAdvance("Star")) + pad)
        self.verticalHeader().setDefaultSectionSize(max(THUMB_SIZE + 4, fm.height() + 10))
        self.fit_name_column()

    def fit_name_column(self) -> None:
        """The name column takes the width the others leave, but never gets too narrow."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != NAME_COLUMN)
        minimum = self.fontMetrics().horizontalAdvance("M") * 8
        self.setColumnWidth(NAME_COLUMN, max(minimum, self.viewport().width() - others))

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != NAME_COLUMN:
            self.fit_name_column()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.fit_name_column()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activate(self.currentIndex())
            return
        super().keyPressEvent(event)

    def activate(self, index: QModelIndex) -> None:
        person_id = index.siblingAtColumn(0).data(PeopleModel.PersonIdRole)
        if person_id:
            self.personActivated.emit(person_id)


class PeopleListPage(QWidget):
    personActivated = Signal(str)
    addPersonRequested = Signal()
    demoRequested = Signal()

    ANY = None

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.model = PeopleModel(ops, self)
        self.search = QLineEdit(objectName="search", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search by reference or name"))
        self.search.setToolTip(self.tr("Find people by reference or name (Ctrl+F)"))
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M") * 14)
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.installEventFilter(self)  # Down and Enter lead on to the results
        self.project = QComboBox(objectName="projectFilter")
        self.project.setAccessibleName(self.tr("Project"))
        self.project.setToolTip(self.tr("Show only the people of one project"))
        self.key_worker = QComboBox(objectName="keyWorkerFilter")
        self.key_worker.setAccessibleName(self.tr("Key worker"))
        self.key_worker.setToolTip(self.tr("Show only the people of one key worker"))
        self.archived = QComboBox(objectName="archivedFilter")
        self.archived.setAccessibleName(self.tr("Which people"))
        self.archived.setToolTip(self.tr("Active people, archived people or everyone"))
        for text, value in (
            (self.tr("Active people"), False),
            (self.tr("Archived people"), True),
            (self.tr("Everyone"), None),
        ):
            self.archived.addItem(text, value)
        for combo in (self.project, self.key_worker):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.add_button = QPushButton(self.tr("Add person…"), objectName="addPerson")
        self.add_button.clicked.connect(self.addPersonRequested)
        self.table = PeopleTable(self.model, self)
        self.table.setAccessibleName(self.tr("People"))
        self.table.personActivated.connect(self.personActivated)
        self.no_match = QLabel(objectName="noMatch", alignment=Qt.AlignmentFlag.AlignCenter)
        self.no_match.setText(self.tr("No one matches this search and these filters."))
        self.no_match.hide()

        self.stack = QStackedWidget()
        self.list_panel = QWidget()
        self.empty_panel = self._empty_panel()
        self.stack.addWidget(self.list_panel)
        self.stack.addWidget(self.empty_panel)
        self._lay_out()

        self.search.textChanged.connect(self.model.set_search)
        self.project.currentIndexChanged.connect(self._filters_changed)
        self.key_worker.currentIndexChanged.connect(self._filters_changed)
        self.archived.currentIndexChanged.connect(self._filters_changed)
        self.model.modelReset.connect(self._update_state)
        self.model.rowsInserted.connect(self._update_state)
        ops.changed.connect(self._on_changed)
        self._fill_filter_choices()
        self.table.fit_columns()
        self._update_state()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.project, 1)
        bar.addWidget(self.key_worker, 1)
        bar.addWidget(self.archived)
        bar.addSpacing(12)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.no_match)
        layout.addWidget(self.table, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

    def _empty_panel(self) -> QWidget:
        panel = QWidget(objectName="emptyState")
        title = QLabel(self.tr("No one here yet"), alignment=Qt.AlignmentFlag.AlignCenter)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Add the first person you support to start taking star readings with them. "
                "To look around first, open the demo data: fictional people only."
            ),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        text.setFixedWidth(min(text.fontMetrics().horizontalAdvance("M") * 32, 640))
        add = QPushButton(self.tr("Add a person"), objectName="emptyAddPerson")
        add.setDefault(True)
        add.clicked.connect(self.addPersonRequested)
        demo = QPushButton(self.tr("Open the demo data"), objectName="emptyOpenDemo")
        demo.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(demo)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(8)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
        return panel

    # --- behaviour ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Down goes to the first match; Enter opens the only match,
        or goes to the first one when there are several."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.model.rowCount() == 1 and key != Qt.Key.Key_Down:
                    self.table.activate(self.model.index(0, 0))
                elif self.model.rowCount() > 0:
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_panel

    def select_person(self, person_id: str) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _filters_changed(self) -> None:
        self.model.set_filters(
            project=self.project.currentData(),
            key_worker=self.key_worker.currentData(),
            archived=self.archived.currentData(),
        )

    def _fill_filter_choices(self) -> None:
        people = self._ops.store.people
        for combo, everyone, values in (
            (self.project, self.tr("All projects"), people.projects()),
            (self.key_worker, self.tr("All key workers"), people.key_workers()),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, self.ANY)
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            if index < 0:  # the chosen value no longer exists
                self._filters_changed()

    def _update_state(self) -> None:
        has_anyone = self.model.total > 0 or self._ops.store.people.count(archived=None) > 0
        if has_anyone and self.is_empty_state():  # the first people arrived: size columns
            self.table.fit_columns()
        self.stack.setCurrentWidget(self.list_panel if has_anyone else self.empty_panel)
        self.no_match.setVisible(has_anyone and self.model.total == 0)

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity in ("person", "file"):
            self._fill_filter_choices()
            self._update_state()
        if entity == "file":
            self.table.fit_columns()
