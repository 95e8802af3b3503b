"""Helpers shared by the sync tests (conftest.py holds the fixtures)."""

from __future__ import annotations

from webdav_server import DAV_PASSWORD, DAV_USER

from starapp.store import Store

__all__ = ["DAV_PASSWORD", "DAV_USER", "record_reading"]


def record_reading(store: Store, person_id: str, template, taken_on: str, value: int = 5) -> str:
    """A finalised reading through the store API, as a worker would make it."""
    r = store.readings.start(person_id, template, taken_on=taken_on, worker="Kim")
    for i, area in enumerate(template.areas):
        store.readings.set_score(r.id, area.key, (value + i) % 10 + 1)
    store.readings.finalise(r.id)
    return r.id
