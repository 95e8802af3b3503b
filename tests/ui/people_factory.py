"""Fictional people (and readings) made through the store API for UI tests."""

from __future__ import annotations

import random
from datetime import date, timedelta

from starapp.core.people import Consent, PersonDraft
from starapp.core.readings import ReadingKind
from starapp.core.templates import builtin_templates
from starapp.store import Store

PROJECTS = ["Northside Outreach", "Riverside Housing", "Hillview Youth"]
WORKERS = ["Sam Okafor", "Priya Shah", "Tom Reilly", "Ana Costa"]
FIRST = ["Alex", "Jordan", "Casey", "Morgan", "Robin", "Jamie", "Taylor", "Drew", "Kit", "Rae"]
LAST = ["Adebayo", "Byrne", "Chen", "Dawson", "Evans", "Fischer", "Grant", "Hughes", "Iqbal"]


def make_people(store: Store, count: int, *, start: int = 1) -> list[str]:
    """``count`` people with references P0001...; returns their ids."""
    ids = []
    with store.transaction():
        for n in range(start, start + count):
            draft = PersonDraft(
                reference=f"P{n:04d}",
                name=f"{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]}",
                project=PROJECTS[n % len(PROJECTS)],
                key_worker=WORKERS[n % len(WORKERS)],
            )
            ids.append(store.people.add(draft).id)
    return ids


def make_demo_people(store: Store, count: int = 30, seed: int = 7) -> list[str]:
    """Demo-like people: most with one to four finalised readings, a few drafts."""
    rng = random.Random(seed)
    template = builtin_templates()[0]
    ids = []
    today = date.today()
    with store.transaction():
        for n in range(1, count + 1):
            draft = PersonDraft(
                reference=f"NS-{100 + n * 7:04d}",
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                date_of_birth=(today - timedelta(days=rng.randint(18 * 365, 70 * 365))).isoformat(),
                project=rng.choice(PROJECTS),
                key_worker=rng.choice(WORKERS),
                consent=Consent(given=True, date=today.isoformat(), method="Signed form"),
            )
            person = store.people.add(draft)
            ids.append(person.id)
            readings = rng.choice([0, 1, 2, 3, 4, 4])
            levels = {a.key: rng.randint(1, 5) for a in template.areas}
            for r in range(readings):
                taken = today - timedelta(days=90 * (readings - r))
                kind = ReadingKind.FIRST if r == 0 else ReadingKind.REVIEW
                reading = store.readings.start(
                    person.id,
                    template,
                    taken_on=taken.isoformat(),
                    worker=person.key_worker,
                    kind=kind,
                )
                for key in levels:
                    levels[key] = min(template.scale_max, levels[key] + rng.randint(0, 2))
                    store.readings.set_score(reading.id, key, levels[key])
                store.readings.finalise(reading.id)
            if n % 9 == 0:
                reading = store.readings.start(person.id, template, worker=person.key_worker)
                store.readings.set_score(reading.id, template.areas[0].key, 6)
    return ids
