"""Reading the audit log: who did what, when, to which record.

The ``audit`` table holds no names, notes or scores (only ids, action codes and short
details such as the area key that changed); keep it that way. The one piece of
personal data shown beside a row is the person's *reference*, looked up at read time
from the person, reading or action step the row is about, so an erased person's rows
no longer point at anybody.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starapp.core.report_export import ExportError, atomic_path, atomic_text, safe_text
from starapp.store.errors import DataFileError

if TYPE_CHECKING:
    from starapp.store.store import Store

PERSON_RECORDS = ("person", "reading", "action")  # entities that belong to one person
_DELETIONS = "('reading.discard', 'action.delete')"  # one record gone, not its person
EXPORT_COLUMNS = ("when_utc", "who", "action", "record_kind", "record_id", "person", "detail")

# The person each row is about, if they are still in the file; '' for other records.
_PERSON = """
    CASE a.entity
        WHEN 'person' THEN a.entity_id
        WHEN 'reading' THEN (SELECT person_id FROM readings WHERE id = a.entity_id)
        WHEN 'action' THEN (SELECT person_id FROM actions WHERE id = a.entity_id)
    END
"""


@dataclass(frozen=True)
class AuditFilter:
    """Which rows to show; every field left empty means "any".

    ``since``/``until`` are UTC ISO-8601 timestamps (``since`` included, ``until`` not),
    so the caller decides what a local day is. ``person_id`` matches the rows about the
    person, their readings and their action steps."""

    since: str | None = None
    until: str | None = None
    actor: str | None = None
    action: str | None = None
    entity: str | None = None
    person_id: str | None = None


@dataclass(frozen=True)
class AuditRow:
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: str
    reference: str | None  # the person's reference while they are in the file
    deleted: bool = False  # a discarded draft or deleted step (its person may remain)

    @property
    def about_a_person(self) -> bool:
        return self.entity in PERSON_RECORDS

    @property
    def erased(self) -> bool:
        """About a person no longer in the file: they, or the person the reading or step
        belonged to, were erased."""
        return self.about_a_person and self.reference is None and not self.deleted


def _where(f: AuditFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("actor", f.actor), ("action", f.action), ("entity", f.entity)):
        if value:
            clauses.append(f"a.{column} = ?")
            params.append(value)
    if f.since:
        clauses.append("a.at >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("a.at < ?")
        params.append(f.until)
    if f.person_id:  # SQLite runs the sub-select once, not per row
        clauses.append(
            "a.entity_id IN (SELECT ? UNION ALL SELECT id FROM readings WHERE person_id = ?"
            " UNION ALL SELECT id FROM actions WHERE person_id = ?)"
        )
        params += [f.person_id] * 3
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def count(store: Store, f: AuditFilter = AuditFilter()) -> int:
    where, params = _where(f)
    return int(store.db.execute(f"SELECT count(*) FROM audit a {where}", params).fetchone()[0])


def rows(
    store: Store,
    f: AuditFilter = AuditFilter(),
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[AuditRow]:
    """Matching rows, newest first, one page at a time when ``limit`` is given.

    "Newest" is the order the rows were written (rowid), which needs no sorting and
    stays true even if the laptop's clock was wrong for a while."""
    found = list(_query(store, f, limit, offset))
    gone = [r.entity_id for r in found if r.about_a_person and r.reference is None]
    if not gone:
        return found
    deleted = _deleted(store, gone)
    return [replace(r, deleted=True) if r.entity_id in deleted else r for r in found]


def _query(
    store: Store, f: AuditFilter, limit: int | None = None, offset: int = 0
) -> Iterator[AuditRow]:
    where, params = _where(f)
    page = "" if limit is None else f"LIMIT {int(limit)} OFFSET {int(offset)}"
    # Page the audit rows first, then look up the person for that page only.
    sql = f"""
        SELECT a.at, a.actor, a.action, a.entity, a.entity_id, a.detail, p.reference
        FROM (
            SELECT a.rowid AS n, a.* FROM audit a {where}
            ORDER BY a.rowid DESC {page}
        ) a
        LEFT JOIN people p ON p.id = ({_PERSON})
        ORDER BY a.n DESC
    """
    for row in store.db.execute(sql, params):
        yield AuditRow(*row)


def _deleted(store: Store, ids: list[str] | None = None) -> set[str]:
    """Which of ``ids`` (None: any) were deleted on their own: discarded drafts and
    deleted steps, as against records of an erased person."""
    sql = f"SELECT entity_id FROM audit WHERE action IN {_DELETIONS}"
    if ids is None:
        return {row[0] for row in store.db.execute(sql)}
    marks = ",".join("?" * len(ids))
    return {row[0] for row in store.db.execute(f"{sql} AND entity_id IN ({marks})", ids)}


@dataclass(frozen=True)
class Choices:
    """What the log holds, to offer as filters."""

    actors: list[str]
    actions: list[str]
    entities: list[str]


def choices(store: Store) -> Choices:
    """The workers, actions and kinds of record in the log (one pass over it)."""
    combos = store.db.execute("SELECT DISTINCT actor, action, entity FROM audit").fetchall()

    def column(n: int) -> list[str]:
        return sorted({row[n] for row in combos if row[n]})

    return Choices(column(0), column(1), column(2))


def date_span(store: Store) -> tuple[str | None, str | None]:
    """The earliest and latest timestamps in the log (None, None when it is empty)."""
    first, last = store.db.execute("SELECT min(at), max(at) FROM audit").fetchone()
    return first, last


def record_opened(store: Store) -> None:
    """Note that the file was opened in the app."""
    _record_access(store, "file.open")


def record_unlocked(store: Store) -> None:
    """Note that the window was unlocked again after its lock screen."""
    _record_access(store, "file.unlock")


def _record_access(store: Store, action: str) -> None:
    # A file that cannot be written (read-only, full disk) still opens and unlocks: there
    # is nothing to change in it, so nothing else to audit.
    try:
        with store.transaction():
            store.audit(action, "file", store.install_id)
    except DataFileError:
        pass


# --- export ---------------------------------------------------------------------------

MAX_XLSX_ROWS = 100_000  # writing more takes minutes here (openpyxl); CSV has no limit
ERASED = "(erased person)"
REMOVED = "(deleted)"


def _export_rows(store: Store, f: AuditFilter) -> Iterator[tuple[str, ...]]:
    """One pass over the matching rows (a cursor streams them; no pages needed)."""
    deleted = _deleted(store)
    for r in _query(store, f):
        person = r.reference or ""
        if r.about_a_person and not r.reference:
            person = REMOVED if r.entity_id in deleted else ERASED
        row = (r.at, r.actor, r.action, r.entity, r.entity_id, person, r.detail)
        yield tuple(safe_text(cell) for cell in row)  # typed text never runs as a formula


def write_csv(store: Store, f: AuditFilter, path: str | Path) -> int:
    """The matching rows as CSV (UTF-8 with a BOM, so Excel reads it); the row count."""
    n = 0
    with atomic_text(path, encoding="utf-8-sig") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(EXPORT_COLUMNS)
        for row in _export_rows(store, f):
            writer.writerow(row)
            n += 1
    return n


def write_xlsx(store: Store, f: AuditFilter, path: str | Path) -> int:
    """The matching rows as one Excel sheet; the row count."""
    if count(store, f) > MAX_XLSX_ROWS:
        raise ExportError(
            "More than {most} entries match, too many for Excel to open "
            "comfortably; export them as CSV, or narrow the dates first.",
            most=f"{MAX_XLSX_ROWS:,}",
        )
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Audit")
    sheet.append(list(EXPORT_COLUMNS))
    n = 0
    for row in _export_rows(store, f):
        sheet.append(list(row))
        n += 1
    with atomic_path(path) as tmp:
        book.save(tmp)
    return n


def export(store: Store, f: AuditFilter, path: str | Path) -> int:
    """CSV, or Excel when ``path`` ends in .xlsx; the export itself is audited."""
    kind = "xlsx" if str(path).lower().endswith(".xlsx") else "csv"
    n = (write_xlsx if kind == "xlsx" else write_csv)(store, f, path)
    with store.transaction():
        store.audit("audit.export", "audit", store.install_id, kind)
    return n
