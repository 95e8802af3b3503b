"""Reading a service report out of the data file.

Only current final readings count: ``status = 'final'`` and not replaced by an
amendment (the same rule as ``readings.CURRENT``, written as ``NOT IN`` here because
it is faster over a whole table).

The report needs, per person and template key, only the first and latest reading.
One SQL statement finds them (a composite sort key ``taken_on, created_at, id`` under
min/max, grouped by person in index order; the few people with readings of more than
one template version are grouped again by template key), joins their scores and returns counts per (area, first score, latest
score) and per (number of readings, days first to latest): a few thousand rows even
for a million scores, so nothing builds a Python object per score. The exports stream
the tidy score rows with ``iter_score_rows``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from starapp.core.errors import StarappError
from starapp.core.readings import Score
from starapp.core.report_figures import NA, SectionCounts, ServiceReport, build_report
from starapp.core.report_filters import ReportFilter
from starapp.core.reports import ReportReading, split_template_id
from starapp.core.templates import StarTemplate

if TYPE_CHECKING:
    from starapp.store.store import Store

Cancelled = Callable[[], bool]

# Sorts like (taken_on, created_at, id): char(1)/char(2) sort below every printable
# character, and the id is whatever follows char(2).
_SORT_KEY = "r.taken_on || char(1) || r.created_at || char(2) || r.id"
_TEMPLATE_KEY = "substr(r.template_id, 1, instr(r.template_id, '@') - 1)"
_STATE = "CASE WHEN {s}.value IS NOT NULL THEN {s}.value WHEN {s}.not_applicable THEN '{na}' END"


class ReportCancelled(StarappError):
    def __init__(self) -> None:
        super().__init__("The report was cancelled before it finished.")


class ScoreRow(NamedTuple):
    """One score of a current final reading, as the tidy exports write it."""

    reference: str
    project: str
    key_worker: str
    reading_id: str
    taken_on: str
    kind: str
    participation: str
    worker: str
    template_key: str
    template_version: int
    area_key: str
    value: int | None
    not_applicable: bool


def selection_sql(flt: ReportFilter) -> tuple[str, dict[str, Any]]:
    """A WHERE clause over ``readings AS r`` picking the readings the filter covers."""
    where = [
        "r.status = 'final'",
        "r.id NOT IN (SELECT amends FROM readings WHERE amends IS NOT NULL)",
    ]
    params: dict[str, Any] = {"min_readings": flt.min_readings}
    if flt.template_key is not None:
        where.append("r.template_id IN (SELECT id FROM templates WHERE key = :template_key)")
        params["template_key"] = flt.template_key
    person = []
    if flt.project is not None:
        person.append("project = :project")
        params["project"] = flt.project
    if flt.key_worker is not None:
        person.append("key_worker = :key_worker")
        params["key_worker"] = flt.key_worker
    if person:
        where.append(f"r.person_id IN (SELECT id FROM people WHERE {' AND '.join(person)})")
    if flt.date_from is not None:
        where.append("r.taken_on >= :date_from")
        params["date_from"] = flt.date_from
    if flt.date_to is not None:
        where.append("r.taken_on <= :date_to")
        params["date_to"] = flt.date_to
    if flt.kinds:
        names = [f"kind{i}" for i in range(len(flt.kinds))]
        where.append(f"r.kind IN ({', '.join(':' + n for n in names)})")
        params.update(zip(names, sorted(k.value for k in flt.kinds), strict=True))
    if flt.participation is not None:
        where.append("r.participation = :participation")
        params["participation"] = flt.participation.value
    return " AND ".join(where), params


def _counts_sql(where: str) -> str:
    first, latest = _STATE.format(s="f", na=NA), _STATE.format(s="l", na=NA)
    return f"""
    WITH per_person AS MATERIALIZED (
        SELECT r.person_id AS pid, min(r.template_id) AS t1, max(r.template_id) AS t2,
               count(*) AS n, min({_SORT_KEY}) AS fk, max({_SORT_KEY}) AS lk
        FROM readings AS r WHERE {where}
        GROUP BY r.person_id
    ),
    ends AS MATERIALIZED (
        SELECT substr(t1, 1, instr(t1, '@') - 1) AS tkey, n, fk, lk
        FROM per_person WHERE t1 = t2 AND n >= :min_readings
        UNION ALL
        SELECT {_TEMPLATE_KEY} AS tkey, count(*) AS n,
               min({_SORT_KEY}) AS fk, max({_SORT_KEY}) AS lk
        FROM readings AS r
        WHERE {where} AND r.person_id IN (SELECT pid FROM per_person WHERE t1 != t2)
        GROUP BY r.person_id, tkey HAVING count(*) >= :min_readings
    ),
    ids AS MATERIALIZED (
        SELECT tkey, n,
               substr(fk, 1, instr(fk, char(1)) - 1) AS fd,
               substr(lk, 1, instr(lk, char(1)) - 1) AS ld,
               substr(fk, instr(fk, char(2)) + 1) AS fid,
               substr(lk, instr(lk, char(2)) + 1) AS lid
        FROM ends
    )
    SELECT 'pair', i.tkey, f.area_key, {first}, {latest}, i.n > 1, count(*)
    FROM ids AS i JOIN scores AS f ON f.reading_id = i.fid
    LEFT JOIN scores AS l ON l.reading_id = i.lid AND l.area_key = f.area_key
    GROUP BY 2, 3, 4, 5, 6
    UNION ALL
    SELECT 'pair', i.tkey, l.area_key, NULL, {latest}, 1, count(*)
    FROM ids AS i JOIN scores AS l ON l.reading_id = i.lid
    WHERE i.n > 1 AND NOT EXISTS (
        SELECT 1 FROM scores AS f WHERE f.reading_id = i.fid AND f.area_key = l.area_key)
    GROUP BY 2, 3, 4, 5, 6
    UNION ALL
    SELECT 'person', tkey, NULL, n, CAST(julianday(ld) - julianday(fd) AS INTEGER), NULL,
           count(*)
    FROM ids GROUP BY 2, 4, 5
    """


def report_counts(
    store: Store, flt: ReportFilter, *, cancelled: Cancelled | None = None
) -> dict[str, SectionCounts]:
    """The compact counts the report figures are built from (see report_figures)."""
    flt = flt.validated()
    where, params = selection_sql(flt)
    counts: dict[str, SectionCounts] = {}

    def section(key: str) -> SectionCounts:
        if key not in counts:
            counts[key] = SectionCounts(key)
        return counts[key]

    with _cancellable(store, cancelled):
        for what, tkey, area, a, b, multi, n in store.db.execute(_counts_sql(where), params):
            c = section(tkey)
            if what == "pair":
                c.pairs[(area, a, b, bool(multi))] += n
            else:  # one row per (number of readings, days first -> latest)
                c.people += n
                c.readings += a * n
                if a > 1:
                    c.people_multi += n
                    c.series[(a, b)] += n
    return counts


def all_templates(store: Store) -> list[StarTemplate]:
    """Every template version in the data file (old readings keep their own)."""
    return [store.templates.get(row[0]) for row in store.db.execute("SELECT id FROM templates")]


def service_report(
    store: Store,
    flt: ReportFilter,
    *,
    cancelled: Cancelled | None = None,
    generated_at: str | None = None,
) -> ServiceReport:
    """The full service report for ``flt``; raises ValidationError for a bad filter."""
    flt = flt.validated()
    counts = report_counts(store, flt, cancelled=cancelled)
    return build_report(counts, all_templates(store), flt, generated_at=generated_at)


def _kept_sql(where: str) -> str:
    """Current final readings in the selection whose person meets min_readings."""
    return f"""
    WITH sel AS (
        SELECT r.id, r.person_id, {_TEMPLATE_KEY} AS tkey,
               count(*) OVER (PARTITION BY r.person_id, {_TEMPLATE_KEY}) AS n
        FROM readings AS r WHERE {where}
    )
    SELECT id FROM sel WHERE n >= :min_readings
    """


def iter_score_rows(
    store: Store, flt: ReportFilter, *, cancelled: Cancelled | None = None
) -> Iterator[ScoreRow]:
    """Every score of the readings the report covers, reading by reading, streamed."""
    for row, _ in _score_rows(store, flt, cancelled=cancelled, with_empty=False):
        yield row


def iter_report_readings(store: Store, flt: ReportFilter) -> Iterator[ReportReading]:
    """The plain records a report is made from (for small selections and checks)."""
    current: list[ScoreRow] = []
    extra: tuple[str, str] = ("", "")
    for row, more in _score_rows(store, flt, cancelled=None, with_empty=True):
        if current and row.reading_id != current[0].reading_id:
            yield _record(current, extra)
            current = []
        current.append(row)
        extra = more
    if current:
        yield _record(current, extra)


def _score_rows(
    store: Store, flt: ReportFilter, *, cancelled: Cancelled | None, with_empty: bool
) -> Iterator[tuple[ScoreRow, tuple[str, str]]]:
    flt = flt.validated()
    where, params = selection_sql(flt)
    kept = "" if flt.min_readings <= 1 else f"AND r.id IN ({_kept_sql(where)})"
    extra = ", r.person_id, r.created_at" if with_empty else ""
    sql = f"""
    SELECT p.reference, p.project, p.key_worker, r.id, r.taken_on, r.kind, r.participation,
           r.worker, r.template_id, s.area_key, s.value, s.not_applicable {extra}
    FROM readings AS r JOIN people AS p ON p.id = r.person_id
    {"LEFT " if with_empty else ""}JOIN scores AS s ON s.reading_id = r.id
    WHERE {where} {kept}
    ORDER BY r.person_id, r.taken_on, r.created_at, r.id, s.area_key
    """
    split: dict[str, tuple[str, int]] = {}
    with _cancellable(store, cancelled):
        for row in store.db.execute(sql, params):
            tid = row[8]
            if tid not in split:
                split[tid] = split_template_id(tid)
            key, version = split[tid]
            score = ScoreRow(*row[:8], key, version, row[9], row[10], bool(row[11]))
            yield score, (row[12], row[13]) if with_empty else ("", "")


def _record(rows: list[ScoreRow], extra: tuple[str, str]) -> ReportReading:
    head = rows[0]
    return ReportReading(
        reading_id=head.reading_id,
        person_id=extra[0],
        reference=head.reference,
        project=head.project,
        key_worker=head.key_worker,
        taken_on=head.taken_on,
        created_at=extra[1],
        kind=head.kind,
        participation=head.participation,
        worker=head.worker,
        template_key=head.template_key,
        template_version=head.template_version,
        scores={
            r.area_key: Score(r.area_key, r.value, r.not_applicable)
            for r in rows
            if r.area_key is not None
        },
    )


class _cancellable:
    """Let ``cancelled()`` stop a running SQL statement (checked every few thousand steps)."""

    def __init__(self, store: Store, cancelled: Cancelled | None) -> None:
        self.conn: sqlite3.Connection = store.db.conn
        self.cancelled = cancelled

    def __enter__(self) -> None:
        if self.cancelled is not None:
            check = self.cancelled
            self.conn.set_progress_handler(lambda: 1 if check() else 0, 20_000)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool:
        if self.cancelled is not None:
            self.conn.set_progress_handler(None, 0)
            if isinstance(exc, sqlite3.OperationalError) and self.cancelled():
                raise ReportCancelled() from None
        return False
