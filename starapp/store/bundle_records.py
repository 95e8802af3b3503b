"""Reading the records a bundle carries out of the data file, as plain JSON-ready dicts.

A bundle is self-contained: with every reading go its person, its template version and
the reading it amends (and so on back); with every action step its person. So any
bundle can be imported on its own and in any order. docs/bundle-format.md describes
the shape; resources/schemas/bundle-records.schema.json is its contract.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starapp.store.consent import purposes_from
from starapp.store.revisions import MAX_ANCESTORS, all_history, history, seed_rev

if TYPE_CHECKING:
    from starapp.store.store import Store

Records = dict[str, list[dict[str, Any]]]
CHUNK = 500
KINDS = ("people", "readings", "actions", "templates", "tombstones")
# Format 3: a person carries these together, and only when one of them is set, so a
# bundle without them stays readable by an older starapp (see sync/bundle.py).
PERSON_FORMAT_3 = (
    "consent_purposes", "consent_withdrawn_on", "consent_withdrawn_method",
    "consent_withdrawn_reason", "archived_on",
)  # fmt: skip


@dataclass(frozen=True)
class OutboxRow:
    id: str
    seq: int
    entity: str
    entity_id: str
    change: str


def empty_records() -> Records:
    return {kind: [] for kind in KINDS}


def collect_changes(store: Store, rows: Iterable[OutboxRow]) -> Records:
    """The current state of every record the outbox rows name, plus what they need."""
    wanted: dict[str, set[str]] = {e: set() for e in ("person", "reading", "action", "template")}
    deleted: set[tuple[str, str]] = set()
    for row in rows:
        if row.change == "delete":
            deleted.add((row.entity, row.entity_id))
        elif row.entity in wanted:
            wanted[row.entity].add(row.entity_id)
    db = store.db
    readings = _with_amended(store, wanted["reading"])
    reading_rows = _rows(store, "readings", readings, "status = 'final'")
    action_rows = _rows(store, "actions", wanted["action"])
    person_ids = wanted["person"] | {r["person_id"] for r in reading_rows}
    person_ids |= {a["person_id"] for a in action_rows}
    template_ids = wanted["template"] | {r["template_id"] for r in reading_rows}
    records = empty_records()
    people = _rows(store, "people", person_ids)
    records["people"] = [_person(p, h) for p, h in _revised(db, "person", people)]
    records["readings"] = _readings(store, reading_rows)
    records["actions"] = [_action(a, h) for a, h in _revised(db, "action", action_rows)]
    records["templates"] = [_template(t) for t in _rows(store, "templates", template_ids)]
    records["tombstones"] = _tombstones(store, deleted)
    return _sorted(records)


def collect_all(store: Store) -> Records:
    """Everything this file holds that travels: for a first, full export."""
    db = store.db
    records = empty_records()
    people_revs = all_history(db, "person")
    records["people"] = [
        _person(p, people_revs.get(p["id"], [])) for p in db.query("SELECT * FROM people")
    ]
    reading_rows = list(db.query("SELECT * FROM readings WHERE status = 'final'"))
    scores: dict[str, list[dict[str, Any]]] = {}
    for s in db.query(
        "SELECT s.* FROM scores AS s JOIN readings AS r ON r.id = s.reading_id"
        " WHERE r.status = 'final'"
    ):
        scores.setdefault(s["reading_id"], []).append(_score(s))
    records["readings"] = [_reading(r, scores.get(r["id"], [])) for r in reading_rows]
    action_revs = all_history(db, "action")
    records["actions"] = [
        _action(a, action_revs.get(a["id"], [])) for a in db.query("SELECT * FROM actions")
    ]
    records["templates"] = [_template(t) for t in db.query("SELECT * FROM templates")]
    records["tombstones"] = [
        {"entity": t["entity"], "id": t["entity_id"], "deleted_at": t["deleted_at"],
         "origin": t["origin"]}
        for t in db.query("SELECT * FROM tombstones")
    ]  # fmt: skip
    return _sorted(records)


# --- queries ----------------------------------------------------------------------


def _rows(store: Store, table: str, ids: Iterable[str], where: str = "") -> list[dict[str, Any]]:
    ids = sorted(ids)
    found: list[dict[str, Any]] = []
    extra = f" AND {where}" if where else ""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        found += store.db.query(f"SELECT * FROM {table} WHERE id IN ({marks}){extra}", chunk)
    return found


def _with_amended(store: Store, reading_ids: set[str]) -> set[str]:
    """The readings and every reading they amend, back to the first."""
    found = set(reading_ids)
    frontier = set(reading_ids)
    while frontier:
        amended = {r["amends"] for r in _rows(store, "readings", frontier) if r["amends"]}
        frontier = amended - found
        found |= frontier
    return found


def _revised(db: Any, entity: str, rows: list[dict[str, Any]]) -> list[tuple[dict, list[str]]]:
    revs = history(db, entity, [r["id"] for r in rows])
    return [(r, revs.get(r["id"], [])) for r in rows]


def _readings(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    scores: dict[str, list[dict[str, Any]]] = {r["id"]: [] for r in rows}
    ids = list(scores)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        for s in store.db.query(f"SELECT * FROM scores WHERE reading_id IN ({marks})", chunk):
            scores[s["reading_id"]].append(_score(s))
    return [_reading(r, scores[r["id"]]) for r in rows]


def _tombstones(store: Store, deleted: set[tuple[str, str]]) -> list[dict[str, Any]]:
    found = []
    for entity, entity_id in sorted(deleted):
        row = store.one(
            "SELECT * FROM tombstones WHERE entity = ? AND entity_id = ?", (entity, entity_id)
        )
        if row is not None:
            found.append(
                {
                    "entity": entity,
                    "id": entity_id,
                    "deleted_at": row["deleted_at"],
                    "origin": row["origin"],
                }
            )
    return found


# --- shaping ------------------------------------------------------------------------


def _revs(record_id: str, revs: list[str]) -> dict[str, Any]:
    revs = revs or [seed_rev(record_id)]
    return {"rev": revs[-1], "ancestors": revs[:-1][-MAX_ANCESTORS:]}


def _person(row: dict[str, Any], revs: list[str]) -> dict[str, Any]:
    given = row["consent_given"]
    person = {
        "id": row["id"],
        "reference": row["reference"],
        "name": row["name"],
        "date_of_birth": row["date_of_birth"],
        "project": row["project"],
        "key_worker": row["key_worker"],
        "consent_given": None if given is None else bool(given),
        "consent_date": row["consent_date"],
        "consent_method": row["consent_method"],
        "consent_note": row["consent_note"],
        "archived": bool(row["archived"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "origin": row["origin"],
        **_revs(row["id"], revs),
    }
    extra = {name: row[name] for name in PERSON_FORMAT_3}
    extra["consent_purposes"] = sorted(purposes_from(row["consent_purposes"]))
    if any(extra.values()):
        person.update(extra)
    return person


def _score(row: dict[str, Any]) -> dict[str, Any]:
    score: dict[str, Any] = {
        "area": row["area_key"],
        "value": row["value"],
        "not_applicable": bool(row["not_applicable"]),
        "note": row["note"],
    }
    if row["own_value"] is not None:
        # Only when recorded: a bundle without own scores stays format 1 (bundle.py).
        score["own_value"] = row["own_value"]
    return score


def _reading(row: dict[str, Any], scores: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "person_id": row["person_id"],
        "template_id": row["template_id"],
        "taken_on": row["taken_on"],
        "worker": row["worker"],
        "kind": row["kind"],
        "participation": row["participation"],
        "notes": row["notes"],
        "amends": row["amends"],
        "amend_reason": row["amend_reason"],
        "amend_changes": json.loads(row["amend_changes"] or "[]"),
        "finalised_at": row["finalised_at"] or row["updated_at"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "origin": row["origin"],
        "scores": sorted(scores, key=lambda s: s["area"]),
    }


def _action(row: dict[str, Any], revs: list[str]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "person_id": row["person_id"],
        "reading_id": row["reading_id"],
        "area_key": row["area_key"],
        "description": row["description"],
        "owner": row["owner"],
        "owner_name": row["owner_name"],
        "due_on": row["due_on"],
        "status": row["status"],
        "notes": row["notes"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "origin": row["origin"],
        **_revs(row["id"], revs),
    }


def _template(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "key": row["key"],
        "version": row["version"],
        "content_hash": row["content_hash"],
        "json": json.loads(row["json"]),
        "created_at": row["created_at"],
        "origin": row["origin"],
    }


def _sorted(records: Records) -> Records:
    for kind, items in records.items():
        key = (lambda r: (r["entity"], r["id"])) if kind == "tombstones" else (lambda r: r["id"])
        items.sort(key=key)
    return records
