"""Checking the shape of records.json against resources/schemas/bundle-records.schema.json.

The JSON Schema is the contract. A general validator takes minutes on a full export
(over a million score objects), so this is a direct, table-driven implementation of
the same rules; tests/sync/test_records_check.py checks that both agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from starapp.core.errors import Sentence
from starapp.sync.errors import BundleRejected

Check = Callable[[Any], bool]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").fullmatch
_HASH = re.compile(r"[0-9a-f]{64}").fullmatch


def _text(lo: int, hi: int) -> Check:
    return lambda v: type(v) is str and lo <= len(v) <= hi


def _optional(check: Check) -> Check:
    return lambda v: v is None or check(v)


def _enum(*values: str) -> Check:
    allowed = frozenset(values)
    return lambda v: type(v) is str and v in allowed


ID = _text(1, 80)
TEXT = _text(0, 20000)
SHORT = _text(0, 200)
STAMP = _text(10, 40)


def DATE(v: Any) -> bool:
    return type(v) is str and _DATE(v) is not None


def BOOL(v: Any) -> bool:
    return type(v) is bool


def REVS(v: Any) -> bool:
    return type(v) is list and len(v) <= 1000 and all(ID(x) for x in v)


OPTIONAL_DATE = _optional(DATE)

PERSON: dict[str, Check] = {
    "id": ID,
    "reference": _text(1, 40),
    "name": SHORT,
    "date_of_birth": OPTIONAL_DATE,
    "project": SHORT,
    "key_worker": SHORT,
    "consent_given": _optional(BOOL),
    "consent_date": OPTIONAL_DATE,
    "consent_method": TEXT,
    "consent_note": TEXT,
    "archived": BOOL,
    "created_at": STAMP,
    "updated_at": STAMP,
    "origin": ID,
    "rev": ID,
    "ancestors": REVS,
}
# Format 3 (store/bundle_records.py PERSON_FORMAT_3): all together, or none.
PERSON_FORMAT_3: dict[str, Check] = {
    "consent_purposes": lambda v: type(v) is list and len(v) <= 20 and all(ID(x) for x in v),
    "consent_withdrawn_on": OPTIONAL_DATE,
    "consent_withdrawn_method": TEXT,
    "consent_withdrawn_reason": TEXT,
    "archived_on": OPTIONAL_DATE,
}
PERSON_WITH_3 = {**PERSON, **PERSON_FORMAT_3}
READING: dict[str, Check] = {
    "id": ID,
    "person_id": ID,
    "template_id": ID,
    "taken_on": DATE,
    "worker": SHORT,
    "kind": _enum("first", "review", "exit"),
    "participation": _enum("joint", "worker_only"),
    "notes": TEXT,
    "amends": _optional(ID),
    "amend_reason": TEXT,
    "amend_changes": lambda v: type(v) is list and len(v) <= 100,
    "finalised_at": STAMP,
    "created_at": STAMP,
    "updated_at": STAMP,
    "origin": ID,
    "scores": lambda v: type(v) is list and len(v) <= 100,
}
SCORE_KEYS = frozenset(("area", "value", "not_applicable", "note"))
SCORE_OPTIONAL = frozenset(("own_value",))  # format 2: only when recorded
SCORE_WITH_OWN = SCORE_KEYS | SCORE_OPTIONAL
ACTION: dict[str, Check] = {
    "id": ID,
    "person_id": ID,
    "reading_id": _optional(ID),
    "area_key": _text(0, 80),
    "description": _text(1, 20000),
    "owner": _enum("person", "worker", "other"),
    "owner_name": SHORT,
    "due_on": OPTIONAL_DATE,
    "status": _enum("open", "done", "dropped"),
    "notes": TEXT,
    "created_at": STAMP,
    "updated_at": STAMP,
    "origin": ID,
    "rev": ID,
    "ancestors": REVS,
}
TEMPLATE: dict[str, Check] = {
    "id": ID,
    "key": _text(1, 80),
    "version": lambda v: type(v) is int and v >= 1,
    "content_hash": lambda v: type(v) is str and _HASH(v) is not None,
    "json": lambda v: type(v) is dict,
    "created_at": STAMP,
    "origin": ID,
}
TOMBSTONE: dict[str, Check] = {
    "entity": _enum("person", "action"),
    "id": ID,
    "deleted_at": STAMP,
    "origin": ID,
}
KINDS: dict[str, dict[str, Check]] = {
    "people": PERSON,
    "readings": READING,
    "actions": ACTION,
    "templates": TEMPLATE,
    "tombstones": TOMBSTONE,
}


def check_records(data: Any) -> None:
    """Raise BundleRejected naming the first place where ``data`` breaks the schema."""
    if type(data) is not dict:
        raise _wrong("records.json", Sentence("must be an object"))
    if data.keys() != KINDS.keys():
        missing = sorted(KINDS.keys() - data.keys())
        extra = sorted(data.keys() - KINDS.keys())
        what = (
            Sentence("is missing {names}", {"names": missing})
            if missing
            else Sentence("has unexpected parts {names}", {"names": extra})
        )
        raise _wrong("records.json", what)
    for kind, fields in KINDS.items():
        items = data[kind]
        if type(items) is not list:
            raise _wrong(kind, Sentence("must be a list"))
        keys = fields.keys()
        for i, item in enumerate(items):
            checks = fields
            if kind == "people" and type(item) is dict and item.keys() == PERSON_WITH_3.keys():
                checks = PERSON_WITH_3
            elif type(item) is not dict or item.keys() != keys:
                optional = PERSON_FORMAT_3 if kind == "people" else ()
                raise _wrong(f"{kind}[{i}]", _key_problem(item, keys, optional))
            for name, check in checks.items():
                if not check(item[name]):
                    raise _wrong(
                        f"{kind}[{i}].{name}", Sentence("has a value of the wrong type or size")
                    )
            if kind == "readings":
                _check_scores(item["scores"], f"readings[{i}]")


def _check_scores(scores: list[Any], where: str) -> None:
    for j, s in enumerate(scores):
        if type(s) is not dict or (s.keys() != SCORE_KEYS and s.keys() != SCORE_WITH_OWN):
            raise _wrong(f"{where}.scores[{j}]", _key_problem(s, SCORE_KEYS, SCORE_OPTIONAL))
        area, value, na, note = s["area"], s["value"], s["not_applicable"], s["note"]
        if type(area) is not str or not 0 < len(area) <= 80:
            raise _wrong(f"{where}.scores[{j}].area", Sentence("must be an area key"))
        if value is not None and type(value) is not int:
            raise _wrong(f"{where}.scores[{j}].value", Sentence("must be a whole number or null"))
        if type(na) is not bool:
            raise _wrong(f"{where}.scores[{j}].not_applicable", Sentence("must be true or false"))
        if type(note) is not str or len(note) > 20000:
            raise _wrong(
                f"{where}.scores[{j}].note", Sentence("must be text of at most 20000 characters")
            )
        own = s.get("own_value")
        if own is not None and type(own) is not int:
            raise _wrong(
                f"{where}.scores[{j}].own_value", Sentence("must be a whole number or null")
            )


def _key_problem(item: Any, keys: Any, optional: Any = ()) -> Sentence:
    if type(item) is not dict:
        return Sentence("must be an object")
    missing = sorted(set(keys) - item.keys())
    extra = sorted(item.keys() - set(keys) - set(optional))
    if missing:
        return Sentence("is missing {names}", {"names": missing})
    return Sentence("has unexpected fields {names}", {"names": extra})


def _wrong(where: str, problem: Sentence) -> BundleRejected:
    """``where`` is a path in the JSON (not translated); ``problem`` says what is wrong there."""
    return BundleRejected(
        "The bundle's records are not in the expected shape: {where} {problem}.",
        where=where,
        problem=problem,
    )
