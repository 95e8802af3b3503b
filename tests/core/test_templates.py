"""Star templates: the shipped samples, and clear errors for broken template files."""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from starapp.core.errors import TemplateError
from starapp.core.templates import (
    StarTemplate,
    builtin_template,
    builtin_templates,
    load_template,
    parse_template,
    template_from_data,
)
from starapp.resources import resource_path

BUILTIN_KEYS = {"life-areas", "family-support", "young-person"}

# Commercial "Outcomes Star" journey-of-change wording must never appear in our templates.
FORBIDDEN_WORDS = ("stuck", "accepting help", "believing", "self-reliance", "self reliance")


def raw_copy(key: str = "life-areas") -> dict[str, Any]:
    return copy.deepcopy(dict(builtin_template(key).raw))


def write(tmp_path: Path, data: Any, name: str = "broken.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def error_for(tmp_path: Path, mutate: Callable[[dict[str, Any]], None]) -> TemplateError:
    data = raw_copy()
    mutate(data)
    with pytest.raises(TemplateError) as info:
        load_template(write(tmp_path, data))
    return info.value


def luminance(colour: str) -> float:
    """CIE L* (0 black .. 100 white) of a #RRGGBB colour: how it looks in grayscale."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    return 116 * y ** (1 / 3) - 16 if y > 0.008856 else 903.3 * y


# --- the shipped templates --------------------------------------------------------


def test_builtin_templates_are_the_three_samples() -> None:
    templates = builtin_templates()
    assert {t.key for t in templates} == BUILTIN_KEYS
    assert len(templates) == 3
    assert builtin_template("young-person").key == "young-person"
    with pytest.raises(KeyError):
        builtin_template("no-such-template")


@pytest.mark.parametrize("key", sorted(BUILTIN_KEYS))
def test_builtin_template_is_complete(key: str) -> None:
    t = builtin_template(key)
    assert isinstance(t, StarTemplate)
    assert t.raw["format"] == 1
    assert t.version >= 1
    assert t.localized("cy").name != t.name  # every sample carries Welsh labels
    assert (t.scale_min, t.scale_max) == (1, 10)
    assert 5 <= len(t.areas) <= 12
    assert 4 <= len(t.stages) <= 5
    assert len(set(t.area_keys)) == len(t.areas)
    assert t.name.strip() and t.description.strip()
    for area in t.areas:
        assert area.name.strip() and area.description.strip(), area.key
    for point in range(t.scale_min, t.scale_max + 1):
        assert t.points.get(point, "").strip(), f"{key}: no general descriptor for {point}"
        for area in t.areas:
            own = area.points.get(point, "")
            assert own.strip(), f"{key}: {area.key} has no descriptor for {point}"
            assert len(own) <= 110, f"{key}: {area.key}.{point} is too long"
            assert t.descriptor_for(area.key, point) == own


@pytest.mark.parametrize("key", sorted(BUILTIN_KEYS))
def test_builtin_template_loads_from_its_file(key: str) -> None:
    fresh = load_template(resource_path("templates", f"{key}.json"))
    assert fresh == builtin_template(key)
    assert fresh.source == f"{key}.json"


@pytest.mark.parametrize("key", sorted(BUILTIN_KEYS))
def test_stages_have_distinct_colours_that_survive_grayscale(key: str) -> None:
    stages = builtin_template(key).stages
    assert [s.start for s in stages] == sorted(s.start for s in stages)
    assert len({s.colour.upper() for s in stages}) == len(stages)
    assert len({s.key for s in stages}) == len(stages)
    shades = [luminance(s.colour) for s in stages]
    # Stages get steadily lighter and stay tellable apart when printed in black and white.
    assert all(b - a >= 10 for a, b in itertools.pairwise(shades)), shades


@pytest.mark.parametrize("key", sorted(BUILTIN_KEYS))
def test_no_commercial_star_wording(key: str) -> None:
    t = builtin_template(key)
    for stage in t.stages:
        text = f"{stage.key} {stage.name} {stage.description}".lower()
        for words in FORBIDDEN_WORDS:
            assert words not in text, f"{key}: stage {stage.key} uses {words!r}"


def test_life_areas_allows_not_applicable_for_some_areas_only() -> None:
    t = builtin_template("life-areas")
    optional = {a.key for a in t.areas if a.allow_not_applicable}
    assert "drugs-alcohol" in optional
    assert 0 < len(optional) < len(t.areas)
    assert not t.area("home").allow_not_applicable


@pytest.mark.parametrize("key", sorted(BUILTIN_KEYS))
def test_stage_for_every_point_and_outside_the_scale(key: str) -> None:
    t = builtin_template(key)
    for point in range(t.scale_min, t.scale_max + 1):
        stage = t.stage_for(point)
        assert stage.start <= point <= stage.end
        assert sum(s.contains(point) for s in t.stages) == 1
    assert t.stage_for(t.scale_min) is t.stages[0]
    assert t.stage_for(t.scale_max) is t.stages[-1]
    for outside in (t.scale_min - 1, t.scale_max + 1, -5, 100):
        with pytest.raises(ValueError, match="outside the scale"):
            t.stage_for(outside)


# --- translations -------------------------------------------------------------------


def test_welsh_translation_changes_labels() -> None:
    t = builtin_template("life-areas")
    cy = t.localized("cy")
    assert t.locales() == ["cy"]
    assert cy.name != t.name
    assert cy.description != t.description
    assert [s.name for s in cy.stages] != [s.name for s in t.stages]
    assert all(a.name != b.name for a, b in zip(cy.areas, t.areas, strict=True))
    assert cy.area("money").name == "Arian"
    # Same structure: keys, ranges and colours do not change with the language.
    assert cy.area_keys == t.area_keys
    assert [(s.key, s.start, s.end, s.colour) for s in cy.stages] == [
        (s.key, s.start, s.end, s.colour) for s in t.stages
    ]


def test_translation_falls_back_to_english(tmp_path: Path) -> None:
    t = builtin_template("life-areas")
    cy = t.localized("cy")
    # The Welsh covers descriptions and the wording of every point...
    assert cy.area("home").description != t.area("home").description
    assert cy.descriptor_for("home", 3) != t.descriptor_for("home", 3)
    assert set(cy.points) == set(t.points) and cy.points[1] != t.points[1]
    # ...and a label it leaves out stays English.
    data = raw_copy("life-areas")
    del data["translations"]["cy"]["areas"]["home"]["points"]["3"]
    partial = load_template(write(tmp_path, data, "partial-points.json")).localized("cy")
    assert partial.descriptor_for("home", 3) == t.descriptor_for("home", 3)
    assert partial.descriptor_for("home", 4) == cy.descriptor_for("home", 4)
    # A regional locale uses its language; an unknown locale gives the original.
    assert t.localized("cy_GB").name == cy.name
    assert t.localized("fr") is t
    untranslated = raw_copy("young-person")
    del untranslated["translations"]
    plain = load_template(write(tmp_path, untranslated, "plain.json"))
    assert plain.localized("cy") is plain


def test_partial_translation_of_one_label_keeps_the_rest(tmp_path: Path) -> None:
    data = raw_copy("family-support")
    data["translations"] = {"cy": {"areas": {"home-money": {"name": "Cartref ac arian"}}}}
    t = load_template(write(tmp_path, data, "partial.json"))
    cy = t.localized("cy")
    assert cy.area("home-money").name == "Cartref ac arian"
    assert cy.area("home-money").description == t.area("home-money").description
    assert cy.name == t.name
    assert cy.area("keeping-safe").name == t.area("keeping-safe").name


# --- content hash -------------------------------------------------------------------


def test_content_hash_is_stable_across_loads(tmp_path: Path) -> None:
    path = resource_path("templates", "life-areas.json")
    first, second = load_template(path), load_template(path)
    assert first.content_hash == second.content_hash
    assert len(first.content_hash) == 64
    # Re-indenting or reordering the file does not change the hash.
    data = json.loads(path.read_text("utf-8"))
    reordered = dict(reversed(list(data.items())))
    copy_path = tmp_path / "copy.json"
    copy_path.write_text(json.dumps(reordered, indent=4), encoding="utf-8")
    assert load_template(copy_path).content_hash == first.content_hash


def test_content_hash_changes_when_wording_changes() -> None:
    base = builtin_template("life-areas")
    data = raw_copy()
    data["areas"][0]["points"]["5"] = "You pay your rent on time with a reminder."
    changed = template_from_data(data, "changed.json")
    assert changed.content_hash != base.content_hash
    data = raw_copy()
    data["translations"]["cy"]["name"] = "Enw arall"
    assert template_from_data(data).content_hash != base.content_hash
    hashes = {t.content_hash for t in builtin_templates()}
    assert len(hashes) == 3


# --- broken templates: every error names the file, the field and the problem --------


def test_missing_area_name(tmp_path: Path) -> None:
    err = error_for(tmp_path, lambda d: d["areas"][2].pop("name"))
    assert "broken.json" in str(err)
    assert "areas[2].name" in str(err)
    assert "missing" in str(err)
    assert err.source == "broken.json"
    assert [(f, str(p)) for f, p in err.problems] == [("areas[2].name", "is missing")]


def test_blank_area_name(tmp_path: Path) -> None:
    err = error_for(tmp_path, lambda d: d["areas"][1].__setitem__("name", "   "))
    assert "broken.json" in str(err)
    assert "areas[1].name" in str(err)
    assert "must not be empty" in str(err)


def test_overlapping_stage_ranges(tmp_path: Path) -> None:
    err = error_for(tmp_path, lambda d: d["scale"]["stages"][1].__setitem__("from", 2))
    msg = str(err)
    assert "broken.json" in msg
    assert "scale.stages[1]" in msg
    assert "overlaps scale.stages[0]" in msg
    assert "point 2" in msg


def test_gap_in_the_scale(tmp_path: Path) -> None:
    err = error_for(tmp_path, lambda d: d["scale"]["stages"][1].__setitem__("to", 3))
    msg = str(err)
    assert "broken.json" in msg
    assert "scale.stages" in msg
    assert "gap" in msg
    assert "no stage covers point 4" in msg


def test_gap_at_the_end_of_the_scale_lists_the_points(tmp_path: Path) -> None:
    def drop_last_stage(d: dict[str, Any]) -> None:
        d["scale"]["stages"].pop()
        d["translations"]["cy"]["stages"].pop("thriving")

    err = error_for(tmp_path, drop_last_stage)
    assert "no stage covers points 9-10" in str(err)


def test_stage_running_backwards(tmp_path: Path) -> None:
    err = error_for(tmp_path, lambda d: d["scale"]["stages"][0].__setitem__("to", 0))
    assert "scale.stages[0]" in str(err)
    assert "'from' is greater than 'to'" in str(err)


def test_duplicate_area_keys(tmp_path: Path) -> None:
    err = error_for(tmp_path, lambda d: d["areas"][3].__setitem__("key", "money"))
    msg = str(err)
    assert "broken.json" in msg
    assert "areas[3].key" in msg
    assert "'money' is also used by areas[1]" in msg


def test_duplicate_stage_keys(tmp_path: Path) -> None:
    err = error_for(tmp_path, lambda d: d["scale"]["stages"][2].__setitem__("key", "thriving"))
    assert "scale.stages[4].key" in str(err)
    assert "also used by scale.stages[2]" in str(err)


def test_fewer_than_five_areas(tmp_path: Path) -> None:
    def four_areas(d: dict[str, Any]) -> None:
        d["areas"] = d["areas"][:4]
        d.pop("translations")

    err = error_for(tmp_path, four_areas)
    msg = str(err)
    assert "broken.json" in msg
    assert "areas:" in msg
    assert "needs at least 5 entries, found 4" in msg


def test_more_than_twelve_areas(tmp_path: Path) -> None:
    def thirteen_areas(d: dict[str, Any]) -> None:
        for i in range(3):
            extra = copy.deepcopy(d["areas"][0])
            extra["key"] = f"extra-{i}"
            d["areas"].append(extra)

    err = error_for(tmp_path, thirteen_areas)
    msg = str(err)
    assert "broken.json" in msg
    assert "areas:" in msg
    assert "allows at most 12 entries, found 13" in msg


@pytest.mark.parametrize("colour", ["red", "#12345", "#GGGGGG", "3F1D6E", "#3F1D6E0"])
def test_bad_colour(tmp_path: Path, colour: str) -> None:
    err = error_for(tmp_path, lambda d: d["scale"]["stages"][0].__setitem__("colour", colour))
    msg = str(err)
    assert "broken.json" in msg
    assert "scale.stages[0].colour" in msg
    assert f"{colour!r} is not a colour like #" in msg


@pytest.mark.parametrize(
    ("mutate", "fld", "problem"),
    [
        (lambda d: d.__setitem__("version", "1"), "version", 'must be a whole number, not "1"'),
        (lambda d: d.__setitem__("name", 5), "name", "must be text, not 5"),
        (lambda d: d["scale"].__setitem__("max", 9.5), "scale.max", "must be a whole number"),
        (
            lambda d: d["areas"][4].__setitem__("allow_not_applicable", "yes"),
            "areas[4].allow_not_applicable",
            'must be true or false, not "yes"',
        ),
        (lambda d: d.__setitem__("areas", {}), "areas", "must be a list"),
        (lambda d: d["areas"][0].__setitem__("points", ["x"]), "areas[0].points", "an object"),
    ],
    ids=["version-as-text", "name-number", "max-decimal", "na-text", "areas-object", "points"],
)
def test_wrong_types(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], fld: str, problem: str
) -> None:
    err = error_for(tmp_path, mutate)
    msg = str(err)
    assert "broken.json" in msg
    assert f": {fld}: " in msg
    assert problem in msg


@pytest.mark.parametrize(
    ("mutate", "fld", "problem"),
    [
        (lambda d: d.__setitem__("format", 2), "format", "must be 1, not 2"),
        (lambda d: d.__setitem__("version", 0), "version", "must be at least 1"),
        (lambda d: d["scale"].__setitem__("min", 3), "scale.min", "must be 0 or 1, not 3"),
        (lambda d: d["scale"].__setitem__("max", 12), "scale.max", "must be at most 10"),
        (lambda d: d.__setitem__("key", "Life Areas"), "key", "must be lower-case letters"),
        (lambda d: d.__setitem__("colour", "red"), None, "not part of the format"),
        (lambda d: d["scale"]["points"].__setitem__("11", "x"), "scale.points", "'11' is not"),
        (
            lambda d: d["scale"]["points"].__setitem__("0", "x"),
            "scale.points.0",
            "outside the scale 1-10",
        ),
        (
            lambda d: d["translations"].__setitem__("Welsh", {}),
            "translations",
            "not a locale code",
        ),
        (
            lambda d: d["translations"]["cy"]["areas"].__setitem__("nope", {"name": "x"}),
            "translations.cy.areas.nope",
            "no area has this key",
        ),
        (lambda d: d.pop("areas"), "areas", "is missing"),
    ],
    ids=[
        "format",
        "version-0",
        "scale-min",
        "scale-max",
        "key",
        "unknown-field",
        "point-11",
        "point-0",
        "locale",
        "translation-key",
        "no-areas",
    ],
)
def test_other_rules(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], fld: str | None, problem: str
) -> None:
    err = error_for(tmp_path, mutate)
    msg = str(err)
    assert "broken.json" in msg
    assert msg.startswith(f"{err.source}: {fld}: " if fld else f"{err.source}: ")
    assert problem in msg


def test_every_problem_is_listed(tmp_path: Path) -> None:
    def two_problems(d: dict[str, Any]) -> None:
        d["version"] = "1"
        d["scale"]["stages"][0]["colour"] = "red"

    err = error_for(tmp_path, two_problems)
    assert "(and 1 more problems)" in str(err)
    assert len(err.lines()) == 2
    assert all(str(line).startswith("broken.json: ") for line in err.lines())
    # Each problem is a sentence the UI translates; the field path stays as it is.
    assert [line.values["field"] for line in err.lines()] == [f for f, _ in err.problems]
    assert {p.template for _, p in err.problems} == {
        "{problem}, not {found}",
        "{value} is not a colour like #3A7D44",
    }
    assert {f for f, _ in err.problems} == {"version", "scale.stages[0].colour"}


def test_not_json_at_all(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("Home: 5\nMoney: 3\n", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_template(path)
    msg = str(info.value)
    assert "notes.json" in msg
    assert msg.startswith(f"{info.value.source}: ")  # the whole file: no field named
    assert "not valid JSON" in msg
    assert "line 1 column 1" in msg


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_text("", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"empty\.json: the file is empty"):
        load_template(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "picture.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(TemplateError, match=r"picture\.json: not a text file"):
        load_template(path)


def test_json_that_is_not_an_object(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as info:
        load_template(write(tmp_path, [1, 2, 3], "list.json"))
    assert "list.json: must be an object" in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    with pytest.raises(TemplateError) as info:
        load_template(path)
    msg = str(info.value)
    assert "nowhere.json" in msg
    assert msg.startswith(f"{info.value.source}: ")  # the whole file: no field named
    assert "does not exist" in msg


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "templates.json"
    folder.mkdir()
    with pytest.raises(TemplateError) as info:
        load_template(folder)
    msg = str(info.value)
    assert "templates.json" in msg
    assert msg.startswith(f"{info.value.source}: ")  # the whole file: no field named
    assert "folder, not a file" in msg


def test_parse_template_names_its_source() -> None:
    with pytest.raises(TemplateError, match=r"^pasted: not valid JSON"):
        parse_template("{", "pasted")


# --- other valid shapes -------------------------------------------------------------


def test_scale_one_to_five_is_valid(tmp_path: Path) -> None:
    data = raw_copy()
    data["key"] = "short-scale"
    data["scale"]["max"] = 5
    data["scale"]["stages"] = [
        {**data["scale"]["stages"][0], "from": 1, "to": 2},
        {**data["scale"]["stages"][2], "from": 3, "to": 4},
        {**data["scale"]["stages"][4], "from": 5, "to": 5},
    ]
    data["scale"]["points"] = {k: v for k, v in data["scale"]["points"].items() if int(k) <= 5}
    for area in data["areas"]:
        area["points"] = {k: v for k, v in area["points"].items() if int(k) <= 5}
    for dropped in ("reaching-out", "holding-steady"):
        data["translations"]["cy"]["stages"].pop(dropped)

    t = load_template(write(tmp_path, data, "short.json"))
    assert (t.scale_min, t.scale_max) == (1, 5)
    assert [t.stage_for(p).key for p in range(1, 6)] == [
        "first-steps",
        "first-steps",
        "building-up",
        "building-up",
        "thriving",
    ]
    with pytest.raises(ValueError):
        t.stage_for(6)


def test_optional_fields_may_be_left_out(tmp_path: Path) -> None:
    data = raw_copy("young-person")
    data["scale"].pop("points")
    data.pop("translations")
    for area in data["areas"]:
        area.pop("points")
    t = load_template(write(tmp_path, data, "bare.json"))
    assert t.points == {}
    assert t.descriptor_for("money", 4) == ""
    assert not any(a.allow_not_applicable for a in t.areas)
    assert t.locales() == []


def test_area_without_own_descriptor_uses_the_general_one(tmp_path: Path) -> None:
    data = raw_copy("family-support")
    data["areas"][0]["points"].pop("6")
    t = load_template(write(tmp_path, data, "partial-points.json"))
    key = data["areas"][0]["key"]
    assert t.descriptor_for(key, 6) == t.points[6]
    assert t.descriptor_for(key, 7) == data["areas"][0]["points"]["7"]
