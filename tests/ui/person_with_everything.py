"""One person with a record in every table, and strings unusual enough that finding
them in raw bytes or extracted PDF text can only mean this person's data."""

from __future__ import annotations

from dataclasses import dataclass

from starapp.core.people import KEEP_RECORD, Consent, PersonDraft
from starapp.core.readings import Score
from starapp.core.templates import builtin_template
from starapp.store import Store

REFERENCE = "Quill-4471"  # mixed case: the erase dialog wants it typed exactly
NAME = "Zephyrine Quillfeather"
READING_NOTE = "Met at the Marrowgate drop-in with her sister"
AREA_NOTE = "Owes rent arrears to Kessock Homes"
ACTION = "Ring the Kessock housing officer"
ACTION_NOTE = "Ask about the Brambleworth flat"
CONSENT_NOTE = "Signed the Fennimore form"
SECRETS = (NAME, "Quillfeather", READING_NOTE, AREA_NOTE, ACTION, ACTION_NOTE, CONSENT_NOTE)


@dataclass
class Everything:
    person_id: str
    first_id: str
    amended_id: str
    other_reading_id: str  # another person's reading, which must survive


def add_person_with_everything(store: Store) -> Everything:
    life = builtin_template("life-areas")
    person = store.people.add(
        PersonDraft(
            reference=REFERENCE,
            name=NAME,
            project="Riverside",
            key_worker="Sam Okafor",
            consent=Consent(
                given=True,
                date="2026-01-05",
                method="Signed form",
                note=CONSENT_NOTE,
                purposes=frozenset({KEEP_RECORD}),
            ),
        )
    )
    other = store.people.add(PersonDraft(reference="KEEP-1", name="Bob Keeper"))
    bobs = store.readings.start(other.id, life, notes="Bob's own note")
    first = store.readings.start(
        person.id, life, taken_on="2026-01-12", worker="Sam Okafor", notes=READING_NOTE
    )
    for i, area in enumerate(life.areas):
        store.readings.set_score(first.id, area.key, i % 8 + 2)
    home = life.areas[0].key
    store.readings.set_note(first.id, home, AREA_NOTE)
    store.readings.finalise(first.id)
    amended = store.readings.amend(first.id, {home: Score(home, 7, note=AREA_NOTE)}, "Misread")
    store.actions.add(person.id, home, ACTION, notes=ACTION_NOTE)
    return Everything(person.id, first.id, amended.id, bobs.id)
