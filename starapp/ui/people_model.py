"""The people list as a table model, loaded page by page from the data file.

Only the rows the view has asked for are read (200 at a time through
canFetchMore/fetchMore); sorting and filtering are done by SQL. Star thumbnails are
drawn only for rows the view paints, a few at a time after the paint, and cached by
the id of the reading they show.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from starapp.core.people import Person
from starapp.ui.dates import display_date
from starapp.ui.ops import Ops

log = logging.getLogger(__name__)

PAGE_SIZE = 200
THUMB_SIZE = 36
_THUMB_CACHE = 500

Index = QModelIndex | QPersistentModelIndex

# column -> the store's order_by key (None: not sortable)
COLUMNS: list[tuple[str, str | None]] = [
    ("reference", "reference"),
    ("name", "name"),
    ("project", "project"),
    ("key_worker", "key_worker"),
    ("reading_count", "reading_count"),
    ("last_reading_on", "last_reading_on"),
    ("star", None),
]
STAR_COLUMN = 6
_KEEP: Any = object()


class PeopleModel(QAbstractTableModel):
    PersonIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ops: Ops, parent: Any = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._rows: list[Person] = []
        self._total = 0
        self._search = ""
        self._project: str | None = None
        self._key_worker: str | None = None
        self._archived: bool | None = False
        self._order_by = "reference"
        self._descending = False
        self._thumbs: OrderedDict[str, QPixmap] = OrderedDict()
        self._thumb_wanted: dict[str, int] = {}  # reading id -> row to repaint
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(0)
        self._thumb_timer.timeout.connect(self._render_thumbs)
        self._headers = [
            self.tr("Reference"),
            self.tr("Name"),
            self.tr("Project"),
            self.tr("Key worker"),
            self.tr("Readings"),
            self.tr("Last reading"),
            self.tr("Star"),
        ]
        ops.changed.connect(self._on_changed)
        self._reload()

    # --- filters and sorting --------------------------------------------------------

    def set_filters(
        self,
        *,
        search: str | None = None,
        project: Any = _KEEP,
        key_worker: Any = _KEEP,
        archived: Any = _KEEP,
    ) -> None:
        """Change any of the filters (leave one out to keep it).

        ``project``/``key_worker``: a value, or None for any; ``archived``: False for
        active people, True for archived ones, None for everyone.
        """
        if search is not None:
            self._search = search
        if project is not _KEEP:
            self._project = project
        if key_worker is not _KEEP:
            self._key_worker = key_worker
        if archived is not _KEEP:
            self._archived = archived
        self._reset()

    def set_search(self, text: str) -> None:
        self.set_filters(search=text)

    @property
    def total(self) -> int:
        """How many people match the filters (loaded or not)."""
        return self._total

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        self._order_by = COLUMNS[column][1] or "reference"
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reset()

    # --- Qt model API -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._query(limit=PAGE_SIZE, offset=len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == STAR_COLUMN:
                return self.tr("The latest finalised reading")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STAR_COLUMN:
            return self._thumb(person, index.row())
        if role == Qt.ItemDataRole.ToolTipRole and column == STAR_COLUMN:
            if person.latest_reading_id:
                return self.tr("Latest reading on {date}").format(date=person.last_reading_on)
            return self.tr("No finalised reading yet")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and person.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and person.archived:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == self.PersonIdRole:
            return person.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- helpers for views --------------------------------------------------------

    def person_at(self, row: int) -> Person | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: str) -> int:
        """The loaded row showing this person, or -1."""
        for row, person in enumerate(self._rows):
            if person.id == person_id:
                return row
        return -1

    # --- internals ------------------------------------------------------------------

    def _text(self, person: Person, column: int) -> str | None:
        if column == 0:
            return person.reference
        if column == 1:
            return person.name
        if column == 2:
            return person.project
        if column == 3:
            return person.key_worker
        if column == 4:
            return str(person.reading_count)
        if column == 5:
            return display_date(person.last_reading_on)
        return None

    def _query(self, *, limit: int, offset: int = 0) -> list[Person]:
        return self._ops.store.people.find(
            self._search,
            project=self._project,
            key_worker=self._key_worker,
            archived=self._archived,
            order_by=self._order_by,
            descending=self._descending,
            limit=limit,
            offset=offset,
        )

    def _count(self) -> int:
        return self._ops.store.people.count(
            self._search,
            project=self._project,
            key_worker=self._key_worker,
            archived=self._archived,
        )

    def _reload(self, keep: int = 0) -> None:
        self._total = self._count()
        want = max(PAGE_SIZE, keep)
        self._rows = self._query(limit=want) if self._total else []

    def _reset(self) -> None:
        self.beginResetModel()
        self._thumb_wanted.clear()
        self._reload()
        self.endResetModel()

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity == "file":
            self._thumbs.clear()
            self._reset()
        elif entity == "person":
            self._refresh()

    def _refresh(self) -> None:
        """Re-read the loaded rows; keep selection and scroll when the order is the same."""
        old_ids = [p.id for p in self._rows]
        total = self._count()
        rows = self._query(limit=max(PAGE_SIZE, len(self._rows))) if total else []
        if [p.id for p in rows] == old_ids:
            self._rows, self._total = rows, total
            if rows:
                last = self.index(len(rows) - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows, self._total = rows, total
        self._thumb_wanted.clear()
        self.endResetModel()

    # --- star thumbnails ------------------------------------------------------------

    def _thumb(self, person: Person, row: int) -> QPixmap | None:
        reading_id = person.latest_reading_id
        if not reading_id:
            return None
        pixmap = self._thumbs.get(reading_id)
        if pixmap is not None:
            self._thumbs.move_to_end(reading_id)
            return pixmap
        self._thumb_wanted[reading_id] = row
        if not self._thumb_timer.isActive():
            self._thumb_timer.start()
        return None

    def _render_thumbs(self) -> None:
        wanted, self._thumb_wanted = self._thumb_wanted, {}
        rows = [row for reading_id, row in wanted.items() if self._draw_thumb(reading_id)]
        for row in rows:
            if row < len(self._rows):
                cell = self.index(row, STAR_COLUMN)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DecorationRole])

    def _draw_thumb(self, reading_id: str) -> bool:
        if reading_id in self._thumbs:
            return True
        try:
            from starapp.ui.star_widget import render_star_pixmap
        except ImportError:
            return False
        try:
            store = self._ops.store
            reading = store.readings.get(reading_id)
            template = store.readings.template_of(reading)
            pixmap = render_star_pixmap(template, reading.values(), THUMB_SIZE)
        except Exception:  # a thumbnail must never break the list
            log.exception("Could not draw a star thumbnail")
            return False
        self._thumbs[reading_id] = pixmap
        while len(self._thumbs) > _THUMB_CACHE:
            self._thumbs.popitem(last=False)
        return True
