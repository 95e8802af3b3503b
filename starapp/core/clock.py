"""Identifiers and timestamps shared by every record."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    """UTC ISO-8601 with milliseconds, e.g. 2026-11-27T06:14:07.123+00:00."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def today() -> date:
    return date.today()


def parse_date(text: str, field: str) -> date:
    from starapp.core.errors import ValidationError

    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValidationError(field, "'{text}' is not a date; use YYYY-MM-DD.", text=text) from None
