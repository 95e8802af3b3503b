"""Typed errors raised by the domain and storage layers.

Every message is a sentence a worker can act on; the UI and CLI show ``str(error)``
and never a traceback.
"""

from __future__ import annotations


class StarappError(Exception):
    """Base of every error that should reach the user as a plain message."""


class TemplateError(StarappError):
    """A template file is missing, not JSON, or breaks the template rules."""

    def __init__(self, source: str, problems: list[tuple[str, str]]) -> None:
        self.source = source
        self.problems = problems  # (field, problem) pairs
        first_field, first_problem = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{source}: {first_field}: {first_problem}{more}")

    def lines(self) -> list[str]:
        return [f"{self.source}: {field}: {problem}" for field, problem in self.problems]


class ValidationError(StarappError):
    """A value given to the domain is not acceptable (e.g. a duplicate reference)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class NotFoundError(StarappError):
    """A record asked for does not exist."""


class ReadingLockedError(StarappError):
    """A finalised reading can only change through an amendment."""
