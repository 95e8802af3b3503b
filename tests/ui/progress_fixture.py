"""A hand-made person with three finished readings, for the progress views' tests.

Template (conftest ``template``): eight areas a1..a8 on 1-10, stages of two points each
(Starting out 1-2, Getting help 3-4, Trying 5-6, Steadier 7-8, Independent 9-10);
a3 and a8 allow "not applicable".
"""

from __future__ import annotations

from starapp.core.people import PersonDraft
from starapp.core.readings import ReadingKind
from starapp.store import Store

DATES = ("2025-01-10", "2025-04-10", "2025-07-10")
NA = "n/a"
# area: score at each reading (NA: not applicable)
SCORES: dict[str, tuple[object, object, object]] = {
    "a1": (2, 4, 6),  # Starting out -> Trying: +4, up a stage
    "a2": (5, 5, 6),  # Trying -> Trying: +1, same stage
    "a3": (NA, 3, 4),  # n/a at first: left out
    "a4": (3, 4, 4),  # Getting help -> Getting help: +1
    "a5": (7, 8, 9),  # Steadier -> Independent: +2, up
    "a6": (6, 5, 4),  # Trying -> Getting help: -2, down a stage
    "a7": (1, 2, 3),  # Starting out -> Getting help: +2, up
    "a8": (4, NA, NA),  # n/a at latest: left out
}
# Compared areas: a1 a2 a4 a5 a6 a7 -> first 2+5+3+7+6+1 = 24, latest 6+6+4+9+4+3 = 32
MEAN_FIRST = 24 / 6
MEAN_LATEST = 32 / 6
MEAN_CHANGE = 8 / 6


def make_person(store: Store, template, reference: str = "P-100", name: str = "Alex Chen"):
    """The person and their readings (oldest first)."""
    person = store.people.add(PersonDraft(reference=reference, name=name, key_worker="Sam"))
    readings = []
    for i, taken in enumerate(DATES):
        kind = ReadingKind.FIRST if i == 0 else ReadingKind.REVIEW
        r = store.readings.start(person.id, template, taken_on=taken, worker="Sam", kind=kind)
        for key, values in SCORES.items():
            value = values[i]
            if value == NA:
                store.readings.set_score(r.id, key, None, not_applicable=True)
            else:
                store.readings.set_score(r.id, key, value)
        readings.append(store.readings.finalise(r.id))
    return person, readings
