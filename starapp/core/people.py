"""People supported by the service."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from starapp.core.clock import parse_date
from starapp.core.errors import ValidationError

REFERENCE_MAX = 40
TEXT_MAX = 200

# What a person can consent to, in the order the person dialog shows them.
KEEP_RECORD = "keep_record"  # keep their details and readings in this file
SHARE_FIGURES = "share_anonymised_figures"  # count them in anonymised service reports
CONTACT = "contact"  # contact them (phone, letter) between meetings
CONSENT_PURPOSES = (KEEP_RECORD, SHARE_FIGURES, CONTACT)


@dataclass(frozen=True)
class Consent:
    given: bool | None = None  # None: not yet asked
    date: str | None = None
    method: str = ""  # how it was recorded: verbal, signed form, ...
    note: str = ""
    purposes: frozenset[str] = frozenset()  # keys from CONSENT_PURPOSES
    # A withdrawal is kept on the record, never wiped: consent given on a later date
    # puts consent back in force, and the withdrawal stays visible beside it.
    withdrawn_on: str | None = None
    withdrawn_method: str = ""
    withdrawn_reason: str = ""

    @property
    def withdrawn(self) -> bool:
        """Withdrawn, and not given again since."""
        if self.withdrawn_on is None:
            return False
        return self.date is None or self.date <= self.withdrawn_on

    @property
    def in_force(self) -> bool:
        return self.given is True and not self.withdrawn

    def covers(self, purpose: str) -> bool:
        """In force, and given for ``purpose`` (a key from CONSENT_PURPOSES).

        store/consent.py ``covers_sql`` is the same rule in SQL; a test checks the two
        agree on every combination, so change both together."""
        return self.in_force and purpose in self.purposes


@dataclass(frozen=True)
class Withdrawal:
    """What a worker records when a person takes their consent back."""

    on: str
    method: str = ""  # how they said so: in person, phone, letter, ...
    reason: str = ""


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
    archived_on: str | None = None
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
            "reference",
            "The reference code is too long (at most {most} characters).",
            most=REFERENCE_MAX,
        )
    for name in ("name", "project", "key_worker"):
        if len(getattr(draft, name)) > TEXT_MAX:
            raise ValidationError(
                name, "This is too long (at most {most} characters).", most=TEXT_MAX
            )
    dob = draft.date_of_birth or None
    if dob is not None:
        born = parse_date(dob, "date_of_birth")
        if born > today:
            raise ValidationError("date_of_birth", "The date of birth is in the future.")
        if born.year < 1900:
            raise ValidationError("date_of_birth", "The date of birth is before 1900.")
    consent = draft.consent
    if consent.date and parse_date(consent.date, "consent_date") > today:
        raise ValidationError("consent_date", "The consent date is in the future.")
    unknown = consent.purposes - set(CONSENT_PURPOSES)
    if unknown:
        raise ValidationError(
            "consent_purposes",
            "Unknown consent purpose(s): {purposes}.",
            purposes=", ".join(sorted(unknown)),
        )
    if len(consent.method) > TEXT_MAX:
        raise ValidationError(
            "consent_method", "This is too long (at most {most} characters).", most=TEXT_MAX
        )
    if consent.given is not True:
        consent = replace(consent, purposes=frozenset())  # purposes only of consent given
    return PersonDraft(
        reference=reference,
        name=draft.name.strip(),
        date_of_birth=dob,
        project=draft.project.strip(),
        key_worker=draft.key_worker.strip(),
        consent=consent,
    )


def validate_withdrawal(withdrawal: Withdrawal, consent: Consent, today: date) -> Withdrawal:
    """A cleaned copy, or ValidationError: only consent in force can be withdrawn, and
    not before it was given."""
    if not consent.in_force:
        raise ValidationError(
            "consent",
            "There is no consent in force to withdraw; record the consent first if it was given.",
        )
    on = parse_date(withdrawal.on, "withdrawn_on")
    if on > today:
        raise ValidationError("withdrawn_on", "The withdrawal date is in the future.")
    if consent.date and on < parse_date(consent.date, "consent_date"):
        raise ValidationError(
            "withdrawn_on",
            "The withdrawal date is before consent was given ({given}); check the date.",
            given=consent.date,
        )
    for name in ("method", "reason"):
        if len(getattr(withdrawal, name)) > TEXT_MAX:
            raise ValidationError(
                name, "This is too long (at most {most} characters).", most=TEXT_MAX
            )
    return Withdrawal(on.isoformat(), withdrawal.method.strip(), withdrawal.reason.strip())
