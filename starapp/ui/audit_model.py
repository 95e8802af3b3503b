"""The audit log as a table: rows from store/audit_log.py a page at a time (the view
asks for more as it is scrolled), newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from starapp.store import Store, audit_log
from starapp.store.audit_log import AuditFilter, AuditRow
from starapp.ui.audit_words import action_words, entity_words
from starapp.ui.dates import display_datetime

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """The rows matching ``audit_filter``, newest first, fetched a page at a time."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.audit_filter = AuditFilter()
        self.total = 0
        self._rows: list[AuditRow] = []
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What happened"),
            self.tr("Record"),
            self.tr("Person"),
            self.tr("Details"),
        ]
        self.reload()

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self.audit_filter = audit_filter
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.total = audit_log.count(self.store, self.audit_filter)
        self._rows = audit_log.rows(self.store, self.audit_filter, limit=PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        page = audit_log.rows(
            self.store, self.audit_filter, limit=PAGE_SIZE, offset=len(self._rows)
        )
        if not page:
            self.total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.action if column == 2 else r.at if column == 0 else None
        return (
            display_datetime(r.at),
            r.actor,
            action_words(r.action),
            entity_words(r.entity),
            self.person_text(r),
            r.detail,
        )[column]

    def person_text(self, r: AuditRow) -> str:
        if r.reference:
            return r.reference
        if r.erased:
            return self.tr("erased person")
        if r.deleted:
            return self.tr("deleted")
        return ""
