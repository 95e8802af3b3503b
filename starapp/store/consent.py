"""Consent: what a person agreed to, its withdrawal, and the "consent before a reading" rule.

Purposes are stored as sorted, comma-separated keys (``people.consent_purposes``). A
withdrawal fills its own columns and an audit row; nothing about the consent given
before is removed, so the record shows both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starapp.core.clock import today, utc_now
from starapp.core.errors import Sentence, StarappError
from starapp.core.people import (
    CONSENT_PURPOSES,
    KEEP_RECORD,
    Person,
    Withdrawal,
    validate_withdrawal,
)

if TYPE_CHECKING:
    from starapp.store.store import Store


class ConsentRequired(StarappError):
    """The service asks for consent before a reading, and this person has none in force."""

    def __init__(self, person: Person) -> None:
        self.person_id = person.id
        consent = person.consent
        who = person.reference
        if consent.withdrawn:
            what = Sentence(
                "{who} withdrew their consent on {date}", {"who": who, "date": consent.withdrawn_on}
            )
        elif consent.given is True:
            what = Sentence("{who}'s consent does not cover keeping their record", {"who": who})
        elif consent.given is False:
            what = Sentence("{who} did not give consent", {"who": who})
        else:
            what = Sentence("{who} has no consent recorded", {"who": who})
        super().__init__(
            "{what}, and this service asks for consent before a reading, so no reading was "
            "started. If they agree, record their consent to keep their record in their "
            "details (Edit details, Ctrl+E), then start the reading.",
            what=what,
        )


def purposes_text(purposes: frozenset[str]) -> str:
    return ",".join(sorted(purposes))


def purposes_from(text: str) -> frozenset[str]:
    return frozenset(key for key in text.split(",") if key)


def covers_sql(purpose: str, people: str = "people") -> str:
    """``Consent.covers(purpose)`` as an SQL condition on the people row ``people``
    (a table name or alias), for queries that must not load every person.

    The rule itself lives in core (``Consent.withdrawn``, ``in_force``, ``covers``);
    tests/store/test_report_consent.py checks this twin against it on every
    combination of given, dates and purposes. With no consent date, ``consent_date >
    consent_withdrawn_on`` is NULL, so any withdrawal stands, as in core.
    """
    if purpose not in CONSENT_PURPOSES:  # keys are fixed words, so safe to inline
        raise ValueError(f"unknown consent purpose {purpose!r}")
    p = people
    return (
        f"({p}.consent_given != 0"
        f" AND ({p}.consent_withdrawn_on IS NULL OR {p}.consent_date > {p}.consent_withdrawn_on)"
        f" AND instr(',' || {p}.consent_purposes || ',', ',{purpose},') > 0)"
    )


def allows_reading(person: Person) -> bool:
    """Consent in force that covers keeping their record (where readings are kept)."""
    return person.consent.covers(KEEP_RECORD)


def check_reading_allowed(store: Store, person: Person) -> None:
    """Raise ConsentRequired when the service requires consent and the person has none."""
    # Imported here: settings.py needs Store, which needs the repos that call this.
    from starapp.store.settings import load_settings

    if load_settings(store).require_consent and not allows_reading(person):
        raise ConsentRequired(person)


def withdraw_consent(store: Store, person_id: str, withdrawal: Withdrawal) -> Person:
    """Record that the person took their consent back: the date, how, and why (optional).
    Their readings stay as they are; erasing them is a separate, deliberate step."""
    person = store.people.get(person_id)
    clean = validate_withdrawal(withdrawal, person.consent, today())
    with store.transaction():
        store.db.table("people").update(
            person_id,
            {
                "consent_withdrawn_on": clean.on,
                "consent_withdrawn_method": clean.method,
                "consent_withdrawn_reason": clean.reason,
                "updated_at": utc_now(),
            },
        )
        store.audit("person.consent_withdraw", "person", person_id)
        store.enqueue("person", person_id)
    return store.people.get(person_id)
