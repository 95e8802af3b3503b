"""Which readings a service report covers: the filters a manager picks.

A ``ReportFilter`` is plain data. ``validated()`` cleans it and raises ValidationError
with a sentence when it cannot make sense (a date range back to front, say); the
store turns it into SQL and ``matches_*`` apply it to records in plain Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from starapp.core.clock import parse_date
from starapp.core.errors import ValidationError
from starapp.core.readings import Participation, ReadingKind


def untranslated(text: str) -> str:
    """The default for ``tr`` parameters: English, as the CLI and exports print it."""
    return text


@dataclass(frozen=True)
class ReportFilter:
    """Empty fields mean "all". Dates are ISO (YYYY-MM-DD) and inclusive."""

    template_key: str | None = None
    project: str | None = None
    key_worker: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_readings: int = 1
    kinds: frozenset[ReadingKind] = field(default_factory=frozenset)
    participation: Participation | None = None
    own_scores: bool = False  # the person's own score where recorded, else the agreed one
    # Only people whose consent in force covers SHARE_FIGURES. Off by default: the
    # service's own figures; a manager turns it on for figures that leave the service.
    shared_figures_only: bool = False

    def validated(self) -> ReportFilter:
        """A cleaned copy; raises ValidationError naming the field that is wrong."""
        date_from = _date(self.date_from, "date_from")
        date_to = _date(self.date_to, "date_to")
        if date_from and date_to and date_from > date_to:
            raise ValidationError(
                "date_to",
                "The date range is back to front: 'from' ({start}) is after "
                "'to' ({end}); swap the two dates.",
                start=date_from,
                end=date_to,
            )
        if isinstance(self.min_readings, bool) or not isinstance(self.min_readings, int):
            raise ValidationError(
                "min_readings", "The minimum number of readings must be a whole number."
            )
        if self.min_readings < 1:
            raise ValidationError(
                "min_readings", "The minimum number of readings must be at least 1."
            )
        unknown = [k for k in self.kinds if k not in set(ReadingKind)]
        if unknown:
            raise ValidationError(
                "kinds",
                "'{kind}' is not a kind of reading; use first, review or exit.",
                kind=unknown[0],
            )
        if self.participation is not None and self.participation not in set(Participation):
            raise ValidationError(
                "participation",
                "'{who}' is not a way of taking part; use joint or worker_only.",
                who=self.participation,
            )
        kinds = frozenset(ReadingKind(k) for k in self.kinds)
        participation = None if self.participation is None else Participation(self.participation)
        return replace(
            self,
            template_key=_text(self.template_key),
            project=_text(self.project),
            key_worker=_text(self.key_worker),
            date_from=date_from,
            date_to=date_to,
            kinds=kinds,
            participation=participation,
        )

    # --- applying it to plain records (the store does the same in SQL) ----------------

    def matches_person(self, project: str, key_worker: str, shares_figures: bool) -> bool:
        """``shares_figures``: the person's consent covers SHARE_FIGURES (Consent.covers)."""
        return (
            (self.project is None or project == self.project)
            and (self.key_worker is None or key_worker == self.key_worker)
            and (shares_figures or not self.shared_figures_only)
        )

    def matches_reading(
        self, template_key: str, taken_on: str, kind: str, participation: str
    ) -> bool:
        return (
            (self.template_key is None or template_key == self.template_key)
            and (self.date_from is None or taken_on >= self.date_from)
            and (self.date_to is None or taken_on <= self.date_to)
            and (not self.kinds or kind in self.kinds)
            and (self.participation is None or participation == self.participation)
        )

    # --- words --------------------------------------------------------------------------

    def describe(self, tr: Callable[[str], str] = untranslated) -> list[str]:
        """One line per filter, for the top of a report.

        ``tr`` translates each piece of text (the UI passes its own; lupdate reads the
        ``tr("...")`` calls here), so core stays free of Qt and the CLI stays English.
        """
        if self.date_from and self.date_to:
            dates = tr("{start} to {end}").format(start=self.date_from, end=self.date_to)
        elif self.date_from:
            dates = tr("from {start}").format(start=self.date_from)
        elif self.date_to:
            dates = tr("up to {end}").format(end=self.date_to)
        else:
            dates = tr("all dates")
        kind_words = {
            ReadingKind.FIRST: tr("first"),
            ReadingKind.REVIEW: tr("review"),
            ReadingKind.EXIT: tr("exit"),
        }
        kinds = ", ".join(kind_words[k] for k in _ordered_kinds(self.kinds)) or tr("all kinds")
        if self.participation == Participation.JOINT:
            who = tr("joint readings only (worker and person together)")
        elif self.participation == Participation.WORKER_ONLY:
            who = tr("worker-only readings only")
        else:
            who = tr("all readings")
        if self.own_scores:
            scores = tr("the person's own score where one was recorded, otherwise the agreed score")
        else:
            scores = tr("the agreed scores")
        if self.shared_figures_only:
            people = tr("only people who agreed to share anonymised figures")
        else:
            people = tr("everyone, whether or not they agreed to share anonymised figures")
        return [
            tr("Template: {name}").format(name=self.template_key or tr("all templates")),
            tr("Project: {name}").format(name=self.project or tr("all projects")),
            tr("Key worker: {name}").format(name=self.key_worker or tr("all key workers")),
            tr("Readings taken: {dates}").format(dates=dates),
            tr("Reading kinds: {kinds}").format(kinds=kinds),
            tr("Who took part: {who}").format(who=who),
            tr("Readings per person: at least {n} in the selection").format(n=self.min_readings),
            tr("Scores used: {scores}").format(scores=scores),
            tr("People counted: {people}").format(people=people),
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "template_key": self.template_key,
            "project": self.project,
            "key_worker": self.key_worker,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "min_readings": self.min_readings,
            "kinds": [k.value for k in _ordered_kinds(self.kinds)],
            "participation": None if self.participation is None else self.participation.value,
            "own_scores": self.own_scores,
            "shared_figures_only": self.shared_figures_only,
        }


def _ordered_kinds(kinds: Iterable[ReadingKind]) -> list[ReadingKind]:
    order = list(ReadingKind)
    return sorted((ReadingKind(k) for k in kinds), key=order.index)


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _date(value: str | None, field_name: str) -> str | None:
    value = _text(value)
    if value is None:
        return None
    return parse_date(value, field_name).isoformat()
