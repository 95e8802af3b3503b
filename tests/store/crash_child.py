"""Writer process for test_crash_safety.py: saves readings until it is killed.

Usage: python crash_child.py DATA_FILE SEED

Prints "ready" once the data file is open, then for every reading it finalises prints
the reading's id on its own line and flushes: that line is the acknowledgement the
parent holds the store to after a SIGKILL.
"""

from __future__ import annotations

import random
import sys
import uuid

from starapp.core.people import PersonDraft
from starapp.core.readings import ReadingKind
from starapp.core.templates import builtin_templates
from starapp.store import Store


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    templates = builtin_templates()
    store = Store.open(path, create=True, actor="crash-test")
    print("ready", flush=True)
    person, template = None, templates[0]
    while True:
        if person is None or rng.random() < 0.5:
            template = rng.choice(templates)
            person = store.people.add(PersonDraft(reference=f"C-{uuid.uuid4().hex[:16]}"))
            kind = ReadingKind.FIRST
        else:
            kind = ReadingKind.REVIEW
        reading = store.readings.start(person.id, template, kind=kind, worker="Crash test")
        for area in template.areas:
            value = rng.randint(template.scale_min, template.scale_max)
            store.readings.set_score(reading.id, area.key, value)
        store.readings.finalise(reading.id)
        sys.stdout.write(reading.id + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
