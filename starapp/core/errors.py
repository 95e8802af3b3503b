"""Typed errors raised by the domain and storage layers, and the sentences they carry.

Every message is a sentence a worker can act on. It is written once, in English, as a
literal template with ``{named}`` placeholders and the values kept apart (a
``Sentence``): the CLI shows ``str(error)``, the UI looks the template up in the
translation (``ui/translation.py``) and fills in the values. tools/update_translations.py
collects the templates from the raise sites, so a message must be a literal at the site.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Sentence:
    """An English template and its values; a value may itself be a Sentence."""

    template: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values)


# A problem in a template file: the path of the field in its JSON (the same in every
# language; None when the problem is with the whole file) and what is wrong.
TemplateProblem = tuple[str | None, Sentence]


class StarappError(Exception):
    """Base of every error that should reach the user as a plain message."""

    def __init__(self, message: str | Sentence, /, **values: Any) -> None:
        # A Sentence is passed on as it is (an error re-raised under another type).
        self.sentence = message if isinstance(message, Sentence) else Sentence(message, values)
        super().__init__(str(self.sentence))


class TemplateError(StarappError):
    """A template file is missing, not JSON, or breaks the template rules."""

    def __init__(self, source: str, problems: list[TemplateProblem]) -> None:
        self.source = source
        self.problems = problems
        first: Sentence = self.lines()[0]
        if len(problems) == 1:
            super().__init__(first)
        else:
            super().__init__(
                "{first} (and {more} more problems)", first=first, more=len(problems) - 1
            )

    def lines(self) -> list[Sentence]:
        return [
            Sentence(
                "{source}: {field}: {problem}", {"source": self.source, "field": f, "problem": p}
            )
            if f
            else Sentence("{source}: {problem}", {"source": self.source, "problem": p})
            for f, p in self.problems
        ]


class ValidationError(StarappError):
    """A value given to the domain is not acceptable (e.g. a duplicate reference)."""

    def __init__(self, field: str, message: str, /, **values: Any) -> None:
        self.field = field
        super().__init__(message, **values)


class NotFoundError(StarappError):
    """A record asked for does not exist."""


class ReadingLockedError(StarappError):
    """A finalised reading can only change through an amendment."""
