"""Readings: one sitting in which every area of a template is scored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from starapp.core.errors import ValidationError
from starapp.core.templates import StarTemplate

NOTE_MAX = 20_000


class ReadingKind(StrEnum):
    FIRST = "first"
    REVIEW = "review"
    EXIT = "exit"


class ReadingStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class Participation(StrEnum):
    JOINT = "joint"  # worker and person together
    WORKER_ONLY = "worker_only"


@dataclass(frozen=True)
class Score:
    area_key: str
    value: int | None = None
    not_applicable: bool = False
    note: str = ""
    own_value: int | None = None  # the person's own score, where it differs from the agreed

    @property
    def is_answered(self) -> bool:
        return self.value is not None or self.not_applicable


@dataclass(frozen=True)
class Reading:
    id: str
    person_id: str
    template_id: str  # "key@version": the exact template version it was taken with
    taken_on: str  # ISO date
    worker: str
    kind: ReadingKind
    participation: Participation
    status: ReadingStatus
    notes: str = ""
    scores: Mapping[str, Score] = field(default_factory=dict)
    amends: str | None = None  # id of the reading this one corrects
    amend_reason: str = ""
    finalised_at: str | None = None
    created_at: str = ""
    updated_at: str = ""
    origin: str = ""

    @property
    def is_final(self) -> bool:
        return self.status is ReadingStatus.FINAL

    def values(self) -> dict[str, int | None]:
        return {k: s.value for k, s in self.scores.items()}

    def not_applicable(self) -> set[str]:
        return {k for k, s in self.scores.items() if s.not_applicable}


def template_id(template: StarTemplate) -> str:
    return f"{template.key}@{template.version}"


def check_score(template: StarTemplate, area_key: str, value: int | None, na: bool) -> None:
    try:
        area = template.area(area_key)
    except KeyError:
        raise ValidationError("area", "The template has no area '{area}'.", area=area_key) from None
    if na and not area.allow_not_applicable:
        raise ValidationError("area", "'{area}' cannot be marked not applicable.", area=area.name)
    if na and value is not None:
        raise ValidationError("area", "A score marked not applicable cannot have a value.")
    if value is not None and not template.scale_min <= value <= template.scale_max:
        raise ValidationError(
            "score",
            "Scores run from {low} to {high}; {value} is outside.",
            low=template.scale_min,
            high=template.scale_max,
            value=value,
        )


def check_own_score(template: StarTemplate, area_key: str, value: int | None) -> None:
    """The person's own score: any point of the scale, or None (not recorded)."""
    try:
        template.area(area_key)
    except KeyError:
        raise ValidationError("area", "The template has no area '{area}'.", area=area_key) from None
    if value is not None and not template.scale_min <= value <= template.scale_max:
        raise ValidationError(
            "own_score",
            "Scores run from {low} to {high}; {value} is outside.",
            low=template.scale_min,
            high=template.scale_max,
            value=value,
        )


def missing_areas(template: StarTemplate, scores: Mapping[str, Score]) -> list[str]:
    """Areas neither scored nor marked not applicable, in template order."""
    return [a.key for a in template.areas if not (a.key in scores and scores[a.key].is_answered)]


def check_note(note: str) -> None:
    if len(note) > NOTE_MAX:
        raise ValidationError(
            "note", "The note is too long (at most {most} characters).", most=NOTE_MAX
        )
