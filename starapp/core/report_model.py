"""What a service report holds: its figures, the filter it was made with, and the
definitions printed with it. Plain data; ``report_figures.build_report`` makes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from starapp.core.report_filters import ReportFilter, untranslated

OVERALL_KEY = "_all"
OVERALL_NAME = "All areas"


def empty_message(tr: Callable[[str], str] = untranslated) -> str:
    """What a report with no matching readings says instead of figures (``tr``: see
    ReportFilter.describe); the same words on screen, on paper and in every export."""
    return " ".join(
        (
            tr("No finalised readings match this selection, so there is nothing to report."),
            tr("Widen the filters (for example the dates or the template) to see figures."),
        )
    )


EMPTY_MESSAGE = empty_message()


def definitions(tr: Callable[[str], str] = untranslated) -> tuple[str, ...]:
    """What the figures mean, printed with every report (``tr``: see ReportFilter.describe)."""
    return (
        tr(
            "Only finalised readings count; drafts never do. When a reading has been amended, "
            "only its latest amended version counts, on the date of the original reading."
        ),
        tr(
            "The filters (template, project, key worker, dates, reading kind, who took part) pick "
            "readings first; 'at least N readings' then keeps the people with that many readings "
            "left in the selection. Project and key worker are the person's current ones; "
            "archived people are included."
        ),
        tr(
            "A person's first reading is their earliest finalised reading in the selection and "
            "their latest reading is their most recent one (by reading date; readings on the same "
            "date are ordered by when they were recorded)."
        ),
        tr(
            "Scores are compared area by area between the first and the latest reading. An area "
            "marked not applicable (n/a) or left unscored at either reading is left out of that "
            "area's comparison and of every average; n/a is counted in its own columns."
        ),
        tr(
            "People with only one reading in the selection appear in the stage snapshots (that "
            "one reading is both their first and their latest) but not in the change figures."
        ),
        tr(
            "Mean first score, mean latest score and change are worked out over the same people: "
            "those with at least two readings and a score in that area at both the first and the "
            "latest reading. The same people make up the movement shares and the "
            "stage-to-stage table."
        ),
        tr(
            "Moved up at least one point: the latest score is higher than the first. Moved up a "
            "stage: the latest score is in a higher stage than the first. Stayed: the same score. "
            "Moved down: the latest score is lower. Shares are of the people compared."
        ),
        tr(
            "Stage snapshot: the share of people in each stage at their first reading (of those "
            "with a score in the area at their first reading) and at their latest reading (of "
            "those with a score at their latest reading)."
        ),
        tr(
            "Each template is reported on its own. Different versions of one template are "
            "reported together area by area; stages and area names come from the newest version "
            "in the data file."
        ),
        tr(
            "'All areas' pools every area: each person's area counts once, so its counts and "
            "shares are of person-area comparisons, not of people."
        ),
        tr(
            "Scores are the agreed scores. When the report uses the person's own scores, an area "
            "where the person's own score was recorded counts with it instead (n/a stays n/a)."
        ),
        tr(
            "Time between readings, for people with at least two readings in the selection: each "
            "person's average days between readings (days from their first to their latest "
            "reading divided by the number of gaps between their readings), and their days from "
            "first to latest reading; the report gives the median and the mean across people."
        ),
    )


DEFINITIONS: tuple[str, ...] = definitions()


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
