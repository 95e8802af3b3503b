"""Subject access: everything this file holds about one person, as plain data.

The result is JSON-ready (strings, numbers, lists, dicts): the person's record, every
reading (drafts, finalised ones and each amendment, with scores and notes), their
action plan and the audit history of all of it.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from enum import Enum
from typing import TYPE_CHECKING, Any

from starapp.core.clock import utc_now
from starapp.core.errors import StarappError

if TYPE_CHECKING:
    from starapp.store.store import Store

FORMAT = 1


def subject_access(store: Store, person_id: str) -> dict[str, Any]:
    """Everything held about one person; raises NotFoundError if they are not here."""
    person = store.people.get(person_id)
    reading_ids = [
        r[0]
        for r in store.db.execute(
            "SELECT id FROM readings WHERE person_id = ? ORDER BY taken_on, created_at",
            (person_id,),
        )
    ]
    readings = [_reading(store, store.readings.get(rid)) for rid in reading_ids]
    actions = [_plain(asdict(a)) for a in store.actions.for_person(person_id)]
    ids = [person_id, *reading_ids, *(a["id"] for a in actions)]
    marks = ",".join("?" * len(ids))
    audit = [
        {k: row[k] for k in ("at", "actor", "action", "entity", "entity_id", "detail")}
        for row in store.db.query(
            f"SELECT * FROM audit WHERE entity_id IN ({marks}) ORDER BY at, rowid", ids
        )
    ]
    return {
        "format": FORMAT,
        "produced_at": utc_now(),
        "produced_by": store.actor,
        "person": _plain(asdict(person)),
        "readings": readings,
        "actions": actions,
        "audit": audit,
    }


def _reading(store: Store, reading: Any) -> dict[str, Any]:
    data = _plain(asdict(reading))
    try:
        names = {a.key: a.name for a in store.readings.template_of(reading).areas}
    except StarappError:  # a missing template must not hide the reading
        names = {}
    data["scores"] = [
        {**score, "area_name": names.get(key, key)} for key, score in data["scores"].items()
    ]
    data["replaced_by_amendment"] = (
        store.one("SELECT id FROM readings WHERE amends = ?", (reading.id,)) is not None
    )
    data["amend_changes"] = store.readings.amendment_changes(reading.id)
    return data


def _plain(value: Any) -> Any:
    """Enums to their values, mappings to dicts, tuples and sets to lists (JSON-ready)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):  # e.g. the purposes consent was given for
        return sorted(_plain(v) for v in value)
    return value


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
