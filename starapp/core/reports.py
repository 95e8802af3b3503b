"""Reports: the service-wide report and one person's "distance travelled".

The service report starts from plain records, one per current final reading
(``ReportReading``), or, for speed, from the compact counts the store computes in SQL
(see ``report_figures``). Both go through the same ``build_report``; this module holds
the plain-Python path, which the tests also use as the reference for the SQL one.

Definitions (what "first" and "latest" mean, how n/a counts) are in
``report_figures.DEFINITIONS`` and printed with every report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from starapp.core.people import SHARE_FIGURES, Person
from starapp.core.readings import Reading, Score
from starapp.core.report_figures import (
    DEFINITIONS,
    EMPTY_MESSAGE,
    NA,
    AreaFigures,
    SectionCounts,
    ServiceReport,
    StageInfo,
    State,
    TemplateSection,
    TimeFigures,
    build_report,
)
from starapp.core.report_filters import ReportFilter
from starapp.core.templates import StarTemplate

__all__ = [
    "DEFINITIONS",
    "EMPTY_MESSAGE",
    "NA",
    "AreaFigures",
    "DistanceRow",
    "DistanceTravelled",
    "ReportFilter",
    "ReportReading",
    "SectionCounts",
    "ServiceReport",
    "StageInfo",
    "TemplateSection",
    "TimeFigures",
    "build_report",
    "count_records",
    "current_final",
    "distance_travelled",
    "records_from_readings",
    "report_from_records",
    "split_template_id",
]


@dataclass(frozen=True, slots=True)
class ReportReading:
    """One current final reading, as a report needs it."""

    reading_id: str
    person_id: str
    reference: str
    project: str
    key_worker: str
    taken_on: str  # ISO date
    created_at: str  # orders readings on the same date
    kind: str
    participation: str
    worker: str
    template_key: str
    template_version: int
    scores: Mapping[str, Score] = field(default_factory=dict)
    shares_figures: bool = False  # their consent covers SHARE_FIGURES

    @property
    def order(self) -> tuple[str, str, str]:
        return (self.taken_on, self.created_at, self.reading_id)


def split_template_id(tid: str) -> tuple[str, int]:
    """ "life-areas@2" -> ("life-areas", 2)."""
    key, _, version = tid.rpartition("@")
    return key, int(version)


def current_final(readings: Iterable[Reading]) -> list[Reading]:
    """Final readings not replaced by an amendment among ``readings``; drafts dropped."""
    readings = list(readings)
    replaced = {r.amends for r in readings if r.amends}
    return [r for r in readings if r.is_final and r.id not in replaced]


def records_from_readings(
    people: Mapping[str, Person], readings: Iterable[Reading]
) -> list[ReportReading]:
    """Report records from core objects: only current final readings are kept."""
    records = []
    for r in current_final(readings):
        person = people[r.person_id]
        key, version = split_template_id(r.template_id)
        records.append(
            ReportReading(
                reading_id=r.id,
                person_id=r.person_id,
                reference=person.reference,
                project=person.project,
                key_worker=person.key_worker,
                taken_on=r.taken_on,
                created_at=r.created_at,
                kind=r.kind.value,
                participation=r.participation.value,
                worker=r.worker,
                template_key=key,
                template_version=version,
                scores=dict(r.scores),
                shares_figures=person.consent.covers(SHARE_FIGURES),
            )
        )
    return records


def state(score: Score | None, own: bool = False) -> State:
    """The score a report counts: a value, NA, or None (unscored).

    ``own``: the person's own score where one was recorded, else the agreed score.
    """
    if score is None:
        return None
    if score.not_applicable:
        return NA
    if own and score.own_value is not None:
        return score.own_value
    return score.value


def count_records(records: Iterable[ReportReading], flt: ReportFilter) -> dict[str, SectionCounts]:
    """The compact counts for ``build_report``, from plain records (filters applied)."""
    flt = flt.validated()
    groups: dict[tuple[str, str], list[ReportReading]] = {}
    for rec in records:
        if flt.matches_person(
            rec.project, rec.key_worker, rec.shares_figures
        ) and flt.matches_reading(rec.template_key, rec.taken_on, rec.kind, rec.participation):
            groups.setdefault((rec.person_id, rec.template_key), []).append(rec)
    counts: dict[str, SectionCounts] = {}
    for (_, key), group in groups.items():
        if len(group) < flt.min_readings:
            continue
        group.sort(key=lambda r: r.order)
        c = counts.setdefault(key, SectionCounts(key))
        first, latest = group[0], group[-1]
        multi = len(group) > 1
        c.people += 1
        c.people_multi += multi
        c.readings += len(group)
        for area in first.scores.keys() | latest.scores.keys():
            c.pairs[
                (
                    area,
                    state(first.scores.get(area), flt.own_scores),
                    state(latest.scores.get(area), flt.own_scores),
                    multi,
                )
            ] += 1
        if multi:
            days = date.fromisoformat(latest.taken_on) - date.fromisoformat(first.taken_on)
            c.series[(len(group), days.days)] += 1
    return counts


def report_from_records(
    records: Iterable[ReportReading],
    templates: Iterable[StarTemplate],
    flt: ReportFilter,
    *,
    generated_at: str | None = None,
) -> ServiceReport:
    flt = flt.validated()
    return build_report(count_records(records, flt), templates, flt, generated_at=generated_at)


# --- one person -------------------------------------------------------------------------


@dataclass(frozen=True)
class DistanceRow:
    area_key: str
    area_name: str
    first: State  # a score, NA, or None (unscored)
    latest: State
    change: int | None  # None unless scored at both and there are two readings
    first_stage: str  # stage name, "" when not scored
    latest_stage: str
    moved_up_stage: bool | None  # None when not comparable

    @staticmethod
    def label(value: State) -> str:
        return "–" if value is None else str(value)

    @property
    def compared(self) -> bool:
        return self.change is not None


@dataclass(frozen=True)
class DistanceTravelled:
    template_key: str
    readings: int
    first_reading_id: str | None
    first_date: str | None
    latest_reading_id: str | None
    latest_date: str | None
    rows: tuple[DistanceRow, ...]
    mean_first: float | None  # over the areas compared (n/a and unscored left out)
    mean_latest: float | None
    mean_change: float | None

    @property
    def areas_up_stage(self) -> int:
        return sum(1 for r in self.rows if r.moved_up_stage)

    @property
    def areas_compared(self) -> int:
        return sum(1 for r in self.rows if r.compared)


def distance_travelled(
    template: StarTemplate, readings: Sequence[Reading], *, own_scores: bool = False
) -> DistanceTravelled:
    """First and latest score per area for one person, with the stages from ``template``.

    Only current final readings of ``template.key`` (any version) count. With one
    reading, first and latest are the same reading and nothing is compared.
    ``own_scores`` uses the person's own score where one was recorded.
    """
    mine = sorted(
        (r for r in current_final(readings) if split_template_id(r.template_id)[0] == template.key),
        key=lambda r: (r.taken_on, r.created_at, r.id),
    )
    if not mine:
        return DistanceTravelled(template.key, 0, None, None, None, None, (), None, None, None)
    first, latest = mine[0], mine[-1]
    multi = len(mine) > 1
    keys = template.area_keys + sorted(
        (first.scores.keys() | latest.scores.keys()) - set(template.area_keys)
    )
    rows = []
    pairs: list[tuple[int, int]] = []
    for key in keys:
        f = state(first.scores.get(key), own_scores)
        la = state(latest.scores.get(key), own_scores)
        change = None
        if multi and isinstance(f, int) and isinstance(la, int):
            pairs.append((f, la))
            change = la - f
        f_stage, l_stage = _stage(template, f), _stage(template, la)
        rows.append(
            DistanceRow(
                area_key=key,
                area_name=_area_name(template, key),
                first=f,
                latest=la,
                change=change,
                first_stage=f_stage[1],
                latest_stage=l_stage[1],
                moved_up_stage=(
                    l_stage[0] > f_stage[0]
                    if change is not None and f_stage[0] >= 0 and l_stage[0] >= 0
                    else None
                ),
            )
        )
    n = len(pairs)
    sum_first = sum(f for f, _ in pairs)
    sum_latest = sum(la for _, la in pairs)
    return DistanceTravelled(
        template_key=template.key,
        readings=len(mine),
        first_reading_id=first.id,
        first_date=first.taken_on,
        latest_reading_id=latest.id,
        latest_date=latest.taken_on,
        rows=tuple(rows),
        mean_first=sum_first / n if n else None,
        mean_latest=sum_latest / n if n else None,
        mean_change=(sum_latest - sum_first) / n if n else None,
    )


def _stage(template: StarTemplate, value: State) -> tuple[int, str]:
    if not isinstance(value, int):
        return -1, ""
    for i, stage in enumerate(template.stages):
        if stage.contains(value):
            return i, stage.name
    return -1, ""


def _area_name(template: StarTemplate, key: str) -> str:
    try:
        return template.area(key).name
    except KeyError:
        return key
