"""People supported by the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from starapp.core.clock import parse_date
from starapp.core.errors import ValidationError

REFERENCE_MAX = 40
TEXT_MAX = 200


@dataclass(frozen=True)
class Consent:
    given: bool | None = None  # None: not yet asked
    date: str | None = None
    method: str = ""  # how it was recorded: verbal, signed form, ...
    note: str = ""


@dataclass(frozen=True)
class PersonDraft:
    """What a worker types in; validated before it reaches the store."""

    reference: str
    name: str = ""
    date_of_birth: str | None = None
    project: str = ""
    key_worker: str = ""
    consent: Consent = field(default_factory=Consent)


@dataclass(frozen=True)
class Person(PersonDraft):
    id: str = ""
    archived: bool = False
    reading_count: int = 0
    last_reading_on: str | None = None
    latest_reading_id: str | None = None
    created_at: str = ""
    updated_at: str = ""
    origin: str = ""

    @property
    def display_name(self) -> str:
        return self.name or self.reference


def validate_person(draft: PersonDraft, today: date) -> PersonDraft:
    """Return a cleaned copy or raise ValidationError naming the field."""
    reference = draft.reference.strip()
    if not reference:
        raise ValidationError("reference", "A reference code is required.")
    if len(reference) > REFERENCE_MAX:
        raise ValidationError(
            "reference", f"The reference code is too long (at most {REFERENCE_MAX} characters)."
        )
    for name in ("name", "project", "key_worker"):
        if len(getattr(draft, name)) > TEXT_MAX:
            raise ValidationError(name, f"This is too long (at most {TEXT_MAX} characters).")
    dob = draft.date_of_birth or None
    if dob is not None:
        born = parse_date(dob, "date_of_birth")
        if born > today:
            raise ValidationError("date_of_birth", "The date of birth is in the future.")
        if born.year < 1900:
            raise ValidationError("date_of_birth", "The date of birth is before 1900.")
    consent = draft.consent
    if consent.date:
        parse_date(consent.date, "consent_date")
    return PersonDraft(
        reference=reference,
        name=draft.name.strip(),
        date_of_birth=dob,
        project=draft.project.strip(),
        key_worker=draft.key_worker.strip(),
        consent=consent,
    )
