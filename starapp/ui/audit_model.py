"""The audit log as a table: rows from store/audit_log.py a page at a time (the view
asks for more as it is scrolled), newest first.

The count and the first page of a filter are read on a worker thread (``read_first_page``)
and handed to the model (``show``): on a long log they take a few hundred milliseconds.
A later page takes 10-25 ms even 100,000 rows down such a log (measured by
benchmarks/bench_audit.py), so it is read on the GUI thread when the view asks. Each
row's words are worked out once, when it is read: the table asks for every cell many
times (painting, sizing the columns).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from starapp.store import Store, audit_log
from starapp.store.audit_log import AuditFilter, AuditRow, Choices
from starapp.ui.audit_words import action_words, entity_words
from starapp.ui.dates import display_datetime

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FirstPage:
    """What a worker thread read for one filter."""

    audit_filter: AuditFilter
    total: int
    rows: list[AuditRow]
    texts: list[tuple[str, ...]]  # each row's cells in words
    choices: Choices | None  # when asked for: the workers, actions and records logged
    days: tuple[QDate, QDate] | None  # when asked for the whole log: its first and last day


def read_first_page(
    store: Store, f: AuditFilter, *, whole_log: bool, with_choices: bool
) -> FirstPage:
    """The count and first page for ``f``, its dates replaced by the log's first and last
    day when ``whole_log``. Runs on a worker thread, on its own ``store``."""
    days = None
    if whole_log:
        days = _whole_log_days(*audit_log.date_span(store))
        dated = filter_between(*days)
        f = replace(f, since=dated.since, until=dated.until)
    choices = audit_log.choices(store) if with_choices else None
    total = audit_log.count(store, f)
    rows = audit_log.rows(store, f, limit=PAGE_SIZE)
    return FirstPage(f, total, rows, page_texts(rows), choices, days)


def page_texts(rows: list[AuditRow]) -> list[tuple[str, ...]]:
    """Each row's cells as the table shows them, each code put in words once (Qt's
    translation is thread-safe)."""
    actions = {a: action_words(a) for a in {r.action for r in rows}}
    entities = {e: entity_words(e) for e in {r.entity for r in rows}}
    return [
        (
            display_datetime(r.at),
            r.actor,
            actions[r.action],
            entities[r.entity],
            _person_text(r),
            r.detail,
        )
        for r in rows
    ]


def _person_text(r: AuditRow) -> str:
    if r.reference:
        return r.reference
    if r.erased:
        return QCoreApplication.translate("AuditModel", "erased person")
    if r.deleted:
        return QCoreApplication.translate("AuditModel", "deleted")
    return ""


def _whole_log_days(first: str | None, last: str | None) -> tuple[QDate, QDate]:
    """The local days from the first entry to the last one (or today)."""
    today = QDate.currentDate()
    # A day early: the first entry may fall on "yesterday" in local time.
    since = _day(first).addDays(-1) if first else today
    until = max(today, _day(last).addDays(1)) if last else today
    return since, until


def filter_between(since: QDate, until: QDate, **fields: str | None) -> AuditFilter:
    """The filter for the local days ``since`` to ``until``, both included."""
    return AuditFilter(since=_utc_start_of(since), until=_utc_start_of(until.addDays(1)), **fields)


def _utc_start_of(day: QDate) -> str:
    """The UTC timestamp at which ``day`` begins on this laptop."""
    local = datetime.combine(day.toPython(), time()).astimezone()
    return local.astimezone(UTC).isoformat(timespec="milliseconds")


def _day(at: str) -> QDate:
    return QDate.fromString(at[:10], Qt.DateFormat.ISODate)


class AuditModel(QAbstractTableModel):
    """The rows matching ``audit_filter``, newest first: the first page as shown, later
    pages fetched as the view scrolls."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.audit_filter = AuditFilter()
        self.total = 0
        self._rows: list[AuditRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What happened"),
            self.tr("Record"),
            self.tr("Person"),
            self.tr("Details"),
        ]

    def show(self, page: FirstPage) -> None:
        """The rows of a new filter: its count and first page, read on a worker thread."""
        self.beginResetModel()
        self.audit_filter = page.audit_filter
        self.total = page.total
        self._rows = list(page.rows)
        self._texts = list(page.texts)
        self.endResetModel()

    def clear(self) -> None:
        """No rows (a filter nothing can match)."""
        self.show(FirstPage(AuditFilter(), 0, [], [], None, None))

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
        self._texts.extend(page_texts(page))
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
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            r = self._rows[index.row()]
            return r.action if column == 2 else r.at if column == 0 else None
        return self._texts[index.row()][column]
