"""Service report figures, computed from compact counts.

Every figure in the report depends on a person's first and latest reading only
through the pair (score at first, score at latest) in each area. So whoever reads
the data (the store in SQL, or ``reports.count_records`` in plain Python) hands over
``SectionCounts``: how many people had each (area, first state, latest state) pair,
plus reading counts and the days between readings. Building the figures from that
is cheap whatever the number of scores behind it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from starapp.core.clock import utc_now
from starapp.core.report_filters import ReportFilter
from starapp.core.report_model import (
    DEFINITIONS,
    EMPTY_MESSAGE,
    OVERALL_KEY,
    OVERALL_NAME,
    AreaFigures,
    ServiceReport,
    StageInfo,
    TemplateSection,
    TimeFigures,
    share,
)
from starapp.core.templates import StarTemplate

__all__ = [
    "DEFINITIONS",
    "EMPTY_MESSAGE",
    "NA",
    "OVERALL_KEY",
    "OVERALL_NAME",
    "AreaFigures",
    "Labeller",
    "SectionCounts",
    "ServiceReport",
    "StageInfo",
    "State",
    "TemplateSection",
    "TimeFigures",
    "build_report",
    "mean",
    "median",
    "newest_versions",
    "share",
]

NA: Final = "n/a"
# A score (int), NA, or None when the area was left unscored / is missing.
State = int | str | None
PairKey = tuple[str, State, State, bool]  # (area key, first, latest, has two or more readings)

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
    for key in sorted(counts, key=lambda k: versions[k][0].name.lower() if k in versions else k):
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
    intervals: Counter[float] = Counter()
    spans: Counter[float] = Counter()
    for (readings, days), people in series.items():
        intervals[days / (readings - 1)] += people  # correctly rounded: same value, same key
        spans[float(days)] += people
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
        if latest > first:
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


def mean(histogram: Mapping[float, int]) -> float | None:
    """The mean of the values a histogram ({value: how many}) stands for.

    fsum makes the result independent of the order the histogram was filled in.
    """
    total = sum(histogram.values())
    return math.fsum(v * n for v, n in histogram.items()) / total if total else None


def median(histogram: Mapping[float, int]) -> float | None:
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
    return (lo + hi) / 2
