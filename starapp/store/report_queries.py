"""Reading a service report out of the data file.

Only current final readings count: ``status = 'final'`` and not replaced by an
amendment (the same rule as ``readings.CURRENT``, written as ``NOT IN`` here because
it is faster over a whole table).

The report needs, per person and template key, only the first and latest reading.
One SQL statement finds them (a composite sort key ``taken_on, created_at, id`` under
min/max, grouped by person in index order; the few people with readings of more than
one template version are grouped again by template key), joins their scores and
returns counts per (area, first score, latest score) and per (number of readings, days
first to latest): a few thousand rows even for a million scores, so nothing builds a
Python object per score.

The exports stream every score with ``iter_reading_scores`` (one reading at a time);
``count_score_rows`` says how many there will be.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NamedTuple

from starapp.core.errors import StarappError
from starapp.core.people import SHARE_FIGURES
from starapp.core.readings import Score
from starapp.core.report_export import AreaScore
from starapp.core.report_figures import NA, SectionCounts, ServiceReport, build_report
from starapp.core.report_filters import ReportFilter
from starapp.core.reports import ReportReading, split_template_id
from starapp.core.templates import StarTemplate
from starapp.store.cipher import OPERATIONAL_ERRORS
from starapp.store.consent import covers_sql

if TYPE_CHECKING:
    from starapp.store.store import Store

Cancelled = Callable[[], bool]

# Sorts like (taken_on, created_at, id): char(1)/char(2) sort below every printable
# character, and the id is whatever follows char(2).
_SORT_KEY = "r.taken_on || char(1) || r.created_at || char(2) || r.id"
_TEMPLATE_KEY = "substr(r.template_id, 1, instr(r.template_id, '@') - 1)"
_STATE = "CASE WHEN {s}.value IS NOT NULL THEN {s}.value WHEN {s}.not_applicable THEN '{na}' END"
_OWN_STATE = "CASE WHEN {s}.not_applicable THEN '{na}' ELSE coalesce({s}.own_value, {s}.value) END"


class ReportCancelled(StarappError):
    def __init__(self) -> None:
        super().__init__("The report was cancelled before it finished.")


class ReadingHead(NamedTuple):
    """A current final reading in a report, without its scores."""

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
    person_id: str
    created_at: str


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
    own_value: int | None


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
    if flt.shared_figures_only:
        person.append(covers_sql(SHARE_FIGURES))
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


def _counts_sql(where: str, own_scores: bool = False) -> str:
    expr = _OWN_STATE if own_scores else _STATE
    first, latest = expr.format(s="f", na=NA), expr.format(s="l", na=NA)
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
    store: Store,
    flt: ReportFilter,
    *,
    cancelled: Cancelled | None = None,
    check_every: int = 20_000,
) -> dict[str, SectionCounts]:
    """The compact counts the report figures are built from (see report_figures)."""
    flt = flt.validated()
    where, params = selection_sql(flt)
    counts: dict[str, SectionCounts] = {}

    def section(key: str) -> SectionCounts:
        if key not in counts:
            counts[key] = SectionCounts(key)
        return counts[key]

    with _cancellable(store, cancelled, check_every), _bigger_cache(store.db.conn):
        sql = _counts_sql(where, flt.own_scores)
        for what, tkey, area, a, b, multi, n in store.db.execute(sql, params):
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


def iter_reading_scores(
    store: Store, flt: ReportFilter, *, cancelled: Cancelled | None = None
) -> Iterator[tuple[ReadingHead, list[AreaScore]]]:
    """Every reading the report covers with its scores, person by person, streamed.

    Two statements in the same order (person, date, recorded, id), merged here, so the
    reading's details cross from SQLite once per reading rather than once per score.
    """
    flt = flt.validated()
    where, params = selection_sql(flt)
    kept = "" if flt.min_readings <= 1 else f"AND r.id IN ({_kept_sql(where)})"
    order = "ORDER BY r.person_id, r.taken_on, r.created_at, r.id"
    heads_sql = f"""
    SELECT r.rowid, p.reference, p.project, p.key_worker, r.id, r.taken_on, r.kind,
           r.participation, r.worker, r.template_id, r.person_id, r.created_at
    FROM readings AS r JOIN people AS p ON p.id = r.person_id
    WHERE {where} {kept} {order}
    """
    scores_sql = f"""
    SELECT r.rowid, s.area_key, s.value, s.not_applicable, s.own_value
    FROM readings AS r JOIN scores AS s ON s.reading_id = r.id
    WHERE {where} {kept} {order}, s.area_key
    """
    split: dict[str, tuple[str, int]] = {}
    conn = store.db.conn
    with _cancellable(store, cancelled):
        scores = conn.execute(scores_sql, params)
        pending = scores.fetchone()
        for row in conn.execute(heads_sql, params):
            tid = row[9]
            if tid not in split:
                split[tid] = split_template_id(tid)
            key, version = split[tid]
            head = ReadingHead(
                row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                key, version, row[10], row[11],
            )  # fmt: skip
            items: list[AreaScore] = []
            while pending is not None and pending[0] == row[0]:
                items.append((pending[1], pending[2], bool(pending[3]), pending[4]))
                pending = scores.fetchone()
            yield head, items


def count_score_rows(store: Store, flt: ReportFilter) -> int:
    """How many scores ``iter_reading_scores`` will give (for progress and size checks)."""
    flt = flt.validated()
    where, params = selection_sql(flt)
    kept = "" if flt.min_readings <= 1 else f"AND r.id IN ({_kept_sql(where)})"
    sql = f"""
    SELECT count(*) FROM readings AS r JOIN scores AS s ON s.reading_id = r.id
    WHERE {where} {kept}
    """
    return int(store.db.execute(sql, params).fetchone()[0])


def iter_score_rows(
    store: Store, flt: ReportFilter, *, cancelled: Cancelled | None = None
) -> Iterator[ScoreRow]:
    """Every score of the readings the report covers, one at a time."""
    for h, items in iter_reading_scores(store, flt, cancelled=cancelled):
        for area, value, na, own in items:
            yield ScoreRow(
                h.reference, h.project, h.key_worker, h.reading_id, h.taken_on, h.kind,
                h.participation, h.worker, h.template_key, h.template_version, area, value, na,
                own,
            )  # fmt: skip


def iter_report_readings(store: Store, flt: ReportFilter) -> Iterator[ReportReading]:
    """The plain records a report is made from (for small selections and checks)."""
    sharing = {
        row[0]
        for row in store.db.execute(f"SELECT id FROM people WHERE {covers_sql(SHARE_FIGURES)}")
    }
    for h, items in iter_reading_scores(store, flt):
        yield ReportReading(
            reading_id=h.reading_id,
            person_id=h.person_id,
            reference=h.reference,
            project=h.project,
            key_worker=h.key_worker,
            taken_on=h.taken_on,
            created_at=h.created_at,
            kind=h.kind,
            participation=h.participation,
            worker=h.worker,
            template_key=h.template_key,
            template_version=h.template_version,
            scores={area: Score(area, value, na, own_value=own) for area, value, na, own in items},
            shares_figures=h.person_id in sharing,
        )


REPORT_CACHE_KIB = 163_840  # holds the pages a 10,000-person report visits twice


@contextmanager
def _bigger_cache(conn: Any) -> Iterator[None]:
    """In an encrypted file, a 160 MiB page cache while the report runs, so each page is
    decrypted once (measured: report overhead +15% -> +4% over plain, for ~60 MB more
    peak memory, given back when the report's connection closes). A plain file gains
    nothing measurable, so it keeps its cache (and its memory)."""
    if not conn.execute("PRAGMA cipher_version").fetchall():  # plain SQLite: no such pragma
        yield
        return
    old = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    old_kib = -old if old < 0 else old * page // 1024
    if old_kib >= REPORT_CACHE_KIB:
        yield
        return
    conn.execute(f"PRAGMA cache_size = -{REPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {old}")


class _cancellable:
    """Let ``cancelled()`` stop a running SQL statement (checked every few thousand steps)."""

    def __init__(self, store: Store, cancelled: Cancelled | None, every: int = 20_000) -> None:
        self.conn: sqlite3.Connection = store.db.conn
        self.cancelled = cancelled
        self.every = every

    def __enter__(self) -> None:
        if self.cancelled is not None:
            check = self.cancelled
            self.conn.set_progress_handler(lambda: 1 if check() else 0, self.every)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.cancelled is not None:
            self.conn.set_progress_handler(None, 0)
            if isinstance(exc, OPERATIONAL_ERRORS) and self.cancelled():
                raise ReportCancelled() from None
