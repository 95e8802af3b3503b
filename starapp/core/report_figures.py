"""Service report figures, computed from compact counts.

Every figure in the report depends on a person's first and latest reading only
through the pair (score at first, score at latest) in each area. So whoever reads
the data (the store in SQL, or ``reports.count_records`` in plain Python) hands over
``SectionCounts``: how many people had each (area, first state, latest state) pair,
plus reading counts and the days between readings. Building the figures from that
is cheap whatever the number of scores behind it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Final

from starapp.core.clock import utc_now
from starapp.core.report_filters import ReportFilter
from starapp.core.templates import StarTemplate

NA: Final = "n/a"
# A score (int), NA, or None when the area was left unscored / is missing.
State = int | str | None
PairKey = tuple[str, State, State, bool]  # (area key, first, latest, has two or more readings)

OVERALL_KEY = "_all"
OVERALL_NAME = "All areas"
EMPTY_MESSAGE = (
    "No finalised readings match this selection, so there is nothing to report. "
    "Widen the filters (for example the dates or the template) to see figures."
)

DEFINITIONS: tuple[str, ...] = (
    "Only finalised readings count; drafts never do. When a reading has been amended, "
    "only its latest amended version counts, on the date of the original reading.",
    "The filters (template, project, key worker, dates, reading kind, who took part) pick "
    "readings first; 'at least N readings' then keeps the people with that many readings "
    "left in the selection. Project and key worker are the person's current ones; "
    "archived people are included.",
    "A person's first reading is their earliest finalised reading in the selection and "
    "their latest reading is their most recent one (by reading date; readings on the same "
    "date are ordered by when they were recorded).",
    "Scores are compared area by area between the first and the latest reading. An area "
    "marked not applicable (n/a) or left unscored at either reading is left out of that "
    "area's comparison and of every average; n/a is counted in its own columns.",
    "People with only one reading in the selection appear in the stage snapshots (that "
    "one reading is both their first and their latest) but not in the change figures.",
    "Mean first score, mean latest score and change are worked out over the same people: "
    "those with at least two readings and a score in that area at both the first and the "
    "latest reading. The same people make up the movement shares and the "
    "stage-to-stage table.",
    "Moved up at least one point: the latest score is higher than the first. Moved up a "
    "stage: the latest score is in a higher stage than the first. Stayed: the same score. "
    "Moved down: the latest score is lower. Shares are of the people compared.",
    "Stage snapshot: the share of people in each stage at their first reading (of those "
    "with a score in the area at their first reading) and at their latest reading (of "
    "those with a score at their latest reading).",
    "Each template is reported on its own. Different versions of one template are "
    "reported together area by area; stages and area names come from the newest version "
    "in the data file.",
    "'All areas' pools every area: each person's area counts once, so its counts and "
    "shares are of person-area comparisons, not of people.",
    "Time between readings, for people with at least two readings in the selection: each "
    "person's average days between readings (days from their first to their latest "
    "reading divided by the number of gaps between their readings), and their days from "
    "first to latest reading; the report gives the median and the mean across people.",
)


# --- what the readers hand over ------------------------------------------------------


@dataclass
class SectionCounts:
    """Everything the figures for one template key need."""

    template_key: str
    people: int = 0
    people_multi: int = 0  # with at least two readings in the selection
    readings: int = 0
    pairs: Counter[PairKey] = field(default_factory=Counter)
    # (readings, days from first to latest) -> people, for people with 2+ readings
    series: Counter[tuple[int, int]] = field(default_factory=Counter)


# --- what comes out -------------------------------------------------------------------


@dataclass(frozen=True)
class StageInfo:
    key: str
    name: str
    start: int
    end: int
    colour: str


@dataclass(frozen=True)
class AreaFigures:
    key: str
    name: str
    people_first: int  # with a score in this area at their first reading
    people_latest: int  # ... at their latest reading
    na_first: int  # marked n/a at their first reading
    na_latest: int
    compared: int  # two or more readings and a score at both first and latest
    mean_first: float | None
    mean_latest: float | None
    mean_change: float | None
    up_point: int
    up_stage: int
    stayed: int
    down_point: int
    down_stage: int
    snapshot_first: tuple[int, ...]  # people per stage, in stage order
    snapshot_latest: tuple[int, ...]
    movement: tuple[tuple[int, ...], ...]  # [stage at first][stage at latest] -> people

    def share(self, count: int) -> float | None:
        return share(count, self.compared)

    def to_dict(self, stages: Sequence[StageInfo]) -> dict[str, Any]:
        def snapshot(counts: tuple[int, ...], total: int) -> list[dict[str, Any]]:
            return [
                {"stage": s.key, "people": n, "share": share(n, total)}
                for s, n in zip(stages, counts, strict=True)
            ]

        return {
            "key": self.key,
            "name": self.name,
            "people_first": self.people_first,
            "people_latest": self.people_latest,
            "na_first": self.na_first,
            "na_latest": self.na_latest,
            "compared": self.compared,
            "mean_first": self.mean_first,
            "mean_latest": self.mean_latest,
            "mean_change": self.mean_change,
            **{
                name: {"people": n, "share": self.share(n)}
                for name, n in (
                    ("up_point", self.up_point),
                    ("up_stage", self.up_stage),
                    ("stayed", self.stayed),
                    ("down_point", self.down_point),
                    ("down_stage", self.down_stage),
                )
            },
            "snapshot_first": snapshot(self.snapshot_first, self.people_first),
            "snapshot_latest": snapshot(self.snapshot_latest, self.people_latest),
            "movement": {
                "rows_are": "stage at first reading",
                "columns_are": "stage at latest reading",
                "stages": [s.key for s in stages],
                "people": [list(row) for row in self.movement],
            },
        }


@dataclass(frozen=True)
class TimeFigures:
    people: int  # people with two or more readings
    median_days: float | None  # of each person's average days between readings
    mean_days: float | None
    median_span_days: float | None  # of each person's days from first to latest reading
    mean_span_days: float | None

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass(frozen=True)
class TemplateSection:
    template_key: str
    template_name: str
    template_version: int  # the version whose stages and names are used
    stages: tuple[StageInfo, ...]
    people: int
    people_multi: int
    readings: int
    areas: tuple[AreaFigures, ...]
    overall: AreaFigures
    time: TimeFigures

    @property
    def people_single(self) -> int:
        return self.people - self.people_multi

    def to_dict(self) -> dict[str, Any]:
        return {
            "template_key": self.template_key,
            "template_name": self.template_name,
            "stages_from_version": self.template_version,
            "stages": [vars(s) for s in self.stages],
            "people": self.people,
            "people_with_two_or_more_readings": self.people_multi,
            "people_with_one_reading": self.people_single,
            "readings": self.readings,
            "areas": [a.to_dict(self.stages) for a in self.areas],
            "all_areas": self.overall.to_dict(self.stages),
            "time_between_readings": self.time.to_dict(),
        }


@dataclass(frozen=True)
class ServiceReport:
    filter: ReportFilter
    sections: tuple[TemplateSection, ...]
    generated_at: str
    definitions: tuple[str, ...] = DEFINITIONS

    @property
    def is_empty(self) -> bool:
        return not self.sections

    @property
    def message(self) -> str:
        """A sentence for the top of the report ("" when there are figures)."""
        return EMPTY_MESSAGE if self.is_empty else ""

    @property
    def people(self) -> int:
        return sum(s.people for s in self.sections)

    @property
    def readings(self) -> int:
        return sum(s.readings for s in self.sections)

    def section(self, template_key: str) -> TemplateSection:
        for s in self.sections:
            if s.template_key == template_key:
                return s
        raise KeyError(template_key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "report": "starapp service report",
            "generated_at": self.generated_at,
            "filter": self.filter.to_dict(),
            "filter_description": self.filter.describe(),
            "empty": self.is_empty,
            "message": self.message,
            "people": self.people,
            "readings": self.readings,
            "definitions": list(self.definitions),
            "sections": [s.to_dict() for s in self.sections],
        }


def share(count: int, total: int) -> float | None:
    return count / total if total else None


# --- building -----------------------------------------------------------------------


def newest_versions(templates: Iterable[StarTemplate]) -> dict[str, list[StarTemplate]]:
    """Template versions by key, newest first."""
    by_key: dict[str, list[StarTemplate]] = {}
    for t in templates:
        by_key.setdefault(t.key, []).append(t)
    for versions in by_key.values():
        versions.sort(key=lambda t: t.version, reverse=True)
    return by_key


class Labeller:
    """Area names and stages for one template key, taken from its newest version."""

    def __init__(self, versions: Sequence[StarTemplate]) -> None:
        if not versions:
            raise ValueError("a template key needs at least one version")
        newest = versions[0]
        self.template = newest
        self.stages = tuple(
            StageInfo(s.key, s.name, s.start, s.end, s.colour) for s in newest.stages
        )
        self.names: dict[str, str] = {}
        self.order: list[str] = []
        for t in versions:  # newest first: its names and order win
            for area in t.areas:
                if area.key not in self.names:
                    self.names[area.key] = area.name
                    self.order.append(area.key)
        self.stage_index: dict[int, int] = {
            point: i for i, s in enumerate(newest.stages) for point in range(s.start, s.end + 1)
        }

    def name(self, area_key: str) -> str:
        return self.names.get(area_key, area_key)

    def stage_name(self, value: int | None) -> str:
        i = None if value is None else self.stage_index.get(value)
        return "" if i is None else self.stages[i].name

    def area_order(self, seen: Iterable[str]) -> list[str]:
        """Every area of the newest version, then areas seen only in older ones."""
        seen = set(seen)
        newest = self.template.area_keys
        older = [k for k in self.order if k in seen and k not in newest]
        return newest + older + sorted(seen - set(self.order))


def build_report(
    counts: Mapping[str, SectionCounts],
    templates: Iterable[StarTemplate],
    flt: ReportFilter,
    *,
    generated_at: str | None = None,
) -> ServiceReport:
    """The figures for every template key with people in ``counts``."""
    versions = newest_versions(templates)
    sections = []
    for key in sorted(counts, key=lambda k: (versions[k][0].name.lower() if k in versions else k)):
        section_counts = counts[key]
        if section_counts.people == 0:
            continue
        if key not in versions:
            raise ValueError(f"no template with key {key!r} was given")
        sections.append(_section(section_counts, Labeller(versions[key])))
    return ServiceReport(flt, tuple(sections), generated_at or utc_now())


def _section(counts: SectionCounts, labels: Labeller) -> TemplateSection:
    by_area: dict[str, list[tuple[State, State, bool, int]]] = {}
    for (area, first, latest, multi), n in counts.pairs.items():
        by_area.setdefault(area, []).append((first, latest, multi, n))
    areas = tuple(
        _area(key, labels.name(key), by_area.get(key, ()), labels)
        for key in labels.area_order(by_area)
    )
    pooled = [item for key in by_area for item in by_area[key]]
    return TemplateSection(
        template_key=counts.template_key,
        template_name=labels.template.name,
        template_version=labels.template.version,
        stages=labels.stages,
        people=counts.people,
        people_multi=counts.people_multi,
        readings=counts.readings,
        areas=areas,
        overall=_area(OVERALL_KEY, OVERALL_NAME, pooled, labels),
        time=_time(counts.series),
    )


def _time(series: Mapping[tuple[int, int], int]) -> TimeFigures:
    intervals: Counter[Fraction] = Counter()
    spans: Counter[Fraction] = Counter()
    for (readings, days), people in series.items():
        intervals[Fraction(days, readings - 1)] += people
        spans[Fraction(days)] += people
    return TimeFigures(
        people=sum(series.values()),
        median_days=median(intervals),
        mean_days=mean(intervals),
        median_span_days=median(spans),
        mean_span_days=mean(spans),
    )


def _area(
    key: str, name: str, items: Iterable[tuple[State, State, bool, int]], labels: Labeller
) -> AreaFigures:
    n_stages = len(labels.stages)
    stage_of = labels.stage_index
    snap_first = [0] * n_stages
    snap_latest = [0] * n_stages
    movement = [[0] * n_stages for _ in range(n_stages)]
    people_first = people_latest = na_first = na_latest = 0
    compared = sum_first = sum_latest = 0
    up_point = up_stage = stayed = down_point = down_stage = 0
    for first, latest, multi, n in items:
        sf = sl = None
        if isinstance(first, int):
            people_first += n
            sf = stage_of.get(first)
            if sf is not None:
                snap_first[sf] += n
        elif first == NA:
            na_first += n
        if isinstance(latest, int):
            people_latest += n
            sl = stage_of.get(latest)
            if sl is not None:
                snap_latest[sl] += n
        elif latest == NA:
            na_latest += n
        if not (multi and isinstance(first, int) and isinstance(latest, int)):
            continue
        compared += n
        sum_first += first * n
        sum_latest += latest * n
        if latest >= first + 2:
            up_point += n
        elif latest < first:
            down_point += n
        else:
            stayed += n
        if sf is not None and sl is not None:
            movement[sf][sl] += n
            if sl > sf:
                up_stage += n
            elif sl < sf:
                down_stage += n
    return AreaFigures(
        key=key,
        name=name,
        people_first=people_first,
        people_latest=people_latest,
        na_first=na_first,
        na_latest=na_latest,
        compared=compared,
        mean_first=sum_first / compared if compared else None,
        mean_latest=sum_latest / compared if compared else None,
        mean_change=(sum_latest - sum_first) / compared if compared else None,
        up_point=up_point,
        up_stage=up_stage,
        stayed=stayed,
        down_point=down_point,
        down_stage=down_stage,
        snapshot_first=tuple(snap_first),
        snapshot_latest=tuple(snap_latest),
        movement=tuple(tuple(row) for row in movement),
    )


def mean(histogram: Mapping[Fraction, int]) -> float | None:
    """The exact mean of the values a histogram ({value: how many}) stands for."""
    total = sum(histogram.values())
    return float(sum(v * n for v, n in histogram.items()) / total) if total else None


def median(histogram: Mapping[Fraction, int]) -> float | None:
    """The median of the values a histogram ({value: how many}) stands for."""
    total = sum(histogram.values())
    if not total:
        return None
    lo_rank, hi_rank = (total - 1) // 2, total // 2  # 0-based ranks of the middle value(s)
    lo = hi = None
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if lo is None and seen > lo_rank:
            lo = value
        if seen > hi_rank:
            hi = value
            break
    assert lo is not None and hi is not None
    return float((lo + hi) / 2)
