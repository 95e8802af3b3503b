"""The fast records checker and the JSON Schema must agree."""

import copy
import json

import jsonschema
import pytest

from starapp.resources import resource_path
from starapp.store.bundle_records import collect_all
from starapp.sync.errors import BundleRejected
from starapp.sync.records_check import check_records

SCHEMA = json.loads(resource_path("schemas", "bundle-records.schema.json").read_text("utf-8"))

BREAKS = [
    ("people", "reference", ""),
    ("people", "archived", 1),
    ("people", "date_of_birth", "1.2.1990"),
    ("people", "ancestors", "x"),
    ("readings", "kind", "other"),
    ("readings", "taken_on", None),
    ("readings", "amends", 5),
    ("readings", "scores", {}),
    ("templates", "version", 0),
    ("templates", "content_hash", "abc"),
]


def _agree(data):
    schema_ok = jsonschema.validators.validator_for(SCHEMA)(SCHEMA).is_valid(data)
    try:
        check_records(data)
        fast_ok = True
    except BundleRejected:
        fast_ok = False
    assert schema_ok == fast_ok
    return fast_ok


def test_real_records_pass_both(worker):
    assert _agree(collect_all(worker))


@pytest.mark.parametrize(("kind", "field", "value"), BREAKS)
def test_broken_field_fails_both(worker, kind, field, value):
    data = copy.deepcopy(collect_all(worker))
    data[kind][0][field] = value
    assert not _agree(data)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["readings"][0]["scores"][0].__setitem__("value", "3"),
        lambda d: d["readings"][0]["scores"][0].pop("note"),
        lambda d: d["people"][0].__setitem__("extra", 1),
        lambda d: d.pop("tombstones"),
        lambda d: d.__setitem__("people", {}),
    ],
)
def test_broken_shape_fails_both(worker, edit):
    data = copy.deepcopy(collect_all(worker))
    edit(data)
    assert not _agree(data)


@pytest.mark.parametrize(("own", "ok"), [(3, True), (None, True), ("3", False), (True, False)])
def test_own_value_is_optional_and_agrees(worker, own, ok):
    data = copy.deepcopy(collect_all(worker))
    data["readings"][0]["scores"][0]["own_value"] = own
    assert _agree(data) is ok


FORMAT_3 = {
    "consent_purposes": ["contact", "keep_record"],
    "consent_withdrawn_on": "2026-02-03",
    "consent_withdrawn_method": "Letter",
    "consent_withdrawn_reason": "",
    "archived_on": None,
}


@pytest.mark.parametrize(
    ("fields", "ok"),
    [
        (FORMAT_3, True),
        ({**FORMAT_3, "consent_purposes": [], "consent_withdrawn_on": None}, True),
        ({"consent_purposes": ["keep_record"]}, False),  # the five travel together
        ({**FORMAT_3, "consent_purposes": "keep_record"}, False),
        ({**FORMAT_3, "consent_purposes": [""]}, False),
        ({**FORMAT_3, "consent_withdrawn_on": "3.2.2026"}, False),
        ({**FORMAT_3, "archived_on": 20260203}, False),
        ({**FORMAT_3, "consent_withdrawn_reason": None}, False),
    ],
)
def test_format_3_person_fields_agree(worker, fields, ok):
    data = copy.deepcopy(collect_all(worker))
    data["people"][0].update(fields)
    assert _agree(data) is ok
