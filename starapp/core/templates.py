"""Star templates: validated data describing a scale, its stages and the life areas.

Templates are JSON files (docs/templates.md) checked against
resources/schemas/template.schema.json and then against rules a schema cannot say
(stages must cover the scale with no gap or overlap, keys must be unique).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starapp.core.errors import TemplateError
from starapp.resources import resource_path, template_files

if TYPE_CHECKING:
    import jsonschema


@dataclass(frozen=True)
class Stage:
    key: str
    name: str
    start: int
    end: int
    colour: str
    description: str

    def contains(self, score: int) -> bool:
        return self.start <= score <= self.end


@dataclass(frozen=True)
class Area:
    key: str
    name: str
    description: str
    allow_not_applicable: bool = False
    points: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StarTemplate:
    key: str
    version: int
    name: str
    description: str
    scale_min: int
    scale_max: int
    stages: tuple[Stage, ...]
    areas: tuple[Area, ...]
    points: Mapping[int, str]
    raw: Mapping[str, Any] = field(repr=False, compare=False)
    source: str = field(default="", compare=False)

    @property
    def content_hash(self) -> str:
        return content_hash(self.raw)

    @property
    def area_keys(self) -> list[str]:
        return [a.key for a in self.areas]

    def area(self, key: str) -> Area:
        for area in self.areas:
            if area.key == key:
                return area
        raise KeyError(key)

    def stage_for(self, score: int) -> Stage:
        for stage in self.stages:
            if stage.contains(score):
                return stage
        raise ValueError(f"{score} is outside the scale {self.scale_min}-{self.scale_max}")

    def descriptor_for(self, area_key: str, score: int) -> str:
        """The wording of one point: the area's own if it has one, else the general one."""
        return self.area(area_key).points.get(score) or self.points.get(score, "")

    def locales(self) -> list[str]:
        return sorted(self.raw.get("translations", {}))

    def localized(self, locale: str) -> StarTemplate:
        """The same template with labels in ``locale`` where a translation exists."""
        tr = _translation_for(self.raw.get("translations", {}), locale)
        if not tr:
            return self
        return _build(self.raw, self.source, tr)

    def to_json(self) -> str:
        return canonical_json(self.raw)


def canonical_json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(data: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def load_template(path: str | Path) -> StarTemplate:
    """Read and validate a template file; raises TemplateError naming file, field, problem."""
    path = Path(path)
    source = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError(str(path), [("(file)", "the file does not exist")]) from None
    except IsADirectoryError:
        raise TemplateError(str(path), [("(file)", "this is a folder, not a file")]) from None
    except UnicodeDecodeError:
        raise TemplateError(source, [("(file)", "not a text file; expected JSON")]) from None
    except OSError as exc:
        raise TemplateError(str(path), [("(file)", f"cannot be read ({exc.strerror})")]) from None
    return parse_template(text, source)


def parse_template(text: str, source: str = "template") -> StarTemplate:
    if not text.strip():
        raise TemplateError(source, [("(file)", "the file is empty; expected JSON")])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"{exc.msg} at line {exc.lineno} column {exc.colno}"
        raise TemplateError(source, [("(file)", f"not valid JSON ({where})")]) from None
    return template_from_data(data, source)


def template_from_data(data: Any, source: str = "template") -> StarTemplate:
    problems = _schema_problems(data)
    if not problems:
        problems = _rule_problems(data)
    if problems:
        raise TemplateError(source, problems)
    return _build(data, source, {})


@cache
def builtin_templates() -> tuple[StarTemplate, ...]:
    """The sample templates shipped with starapp, in a stable order."""
    return tuple(load_template(p) for p in template_files())


def builtin_template(key: str) -> StarTemplate:
    for template in builtin_templates():
        if template.key == key:
            return template
    raise KeyError(key)


# --- validation -----------------------------------------------------------------


@cache
def _validator() -> jsonschema.protocols.Validator:
    import jsonschema  # imported on first validation: it costs ~0.1 s of start-up

    schema = json.loads(resource_path("schemas", "template.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)  # type: ignore[no-any-return]


def _field_name(path: Iterable[Any]) -> str:
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "(top level)"


_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "object": "an object ({...})",
    "array": "a list ([...])",
    "boolean": "true or false",
}


def _found(value: Any) -> str:
    """A short ", not ..." suffix showing a wrong scalar value as it appears in the file."""
    if isinstance(value, dict | list):
        return ""
    return f", not {json.dumps(value, ensure_ascii=False)}"


def _explain(error: jsonschema.ValidationError) -> tuple[str, str]:
    fld = _field_name(error.absolute_path)
    v = error.validator
    if "propertyNames" in error.relative_schema_path:
        if fld == "translations":
            return fld, f"{error.instance!r} is not a locale code like cy or cy_GB"
        return fld, f"{error.instance!r} is not a point number from 0 to 10"
    if v == "required":
        missing = error.message.split("'")[1]
        return (f"{fld}.{missing}" if error.absolute_path else missing, "is missing")
    if v == "type":
        words = _TYPE_WORDS.get(str(error.validator_value), str(error.validator_value))
        return fld, f"must be {words}{_found(error.instance)}"
    if v == "additionalProperties":
        allowed = error.schema.get("properties", {})
        extra = ", ".join(repr(k) for k in error.instance if k not in allowed)
        return fld, f"has a field that is not part of the format: {extra}"
    if v == "minItems":
        return fld, f"needs at least {error.validator_value} entries, found {len(error.instance)}"
    if v == "maxItems":
        return fld, f"allows at most {error.validator_value} entries, found {len(error.instance)}"
    if v == "const":
        return fld, f"must be {error.validator_value}{_found(error.instance)}"
    if v == "enum":
        choices = " or ".join(str(c) for c in error.validator_value)
        return fld, f"must be {choices}{_found(error.instance)}"
    if v == "minimum":
        return fld, f"must be at least {error.validator_value}{_found(error.instance)}"
    if v == "maximum":
        return fld, f"must be at most {error.validator_value}{_found(error.instance)}"
    if v == "pattern" and fld.endswith("colour"):
        return fld, f"{error.instance!r} is not a colour like #3A7D44"
    if v == "pattern" and fld.endswith("key"):
        return fld, f"{error.instance!r} must be lower-case letters, digits, - or _"
    if v in ("pattern", "minLength"):
        return fld, "must not be empty"
    return fld, error.message


def _schema_problems(data: Any) -> list[tuple[str, str]]:
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.path)))
    return [_explain(e) for e in errors]


def _rule_problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    lo, hi = data["scale"]["min"], data["scale"]["max"]
    if hi <= lo:
        problems.append(("scale.max", f"must be greater than scale.min ({lo})"))
        return problems

    covered: dict[int, int] = {}
    for i, stage in enumerate(data["scale"]["stages"]):
        if stage["from"] > stage["to"]:
            problems.append((f"scale.stages[{i}]", "'from' is greater than 'to'"))
            continue
        for point in range(stage["from"], stage["to"] + 1):
            if not lo <= point <= hi:
                problems.append((f"scale.stages[{i}]", f"point {point} is outside the scale"))
                break
            if point in covered:
                other = f"scale.stages[{covered[point]}]"
                problems.append((f"scale.stages[{i}]", f"overlaps {other} at point {point}"))
                break
            covered[point] = i
    gaps = [p for p in range(lo, hi + 1) if p not in covered]
    if gaps and not problems:
        gap = f"there is a gap in the scale: no stage covers {_ranges(gaps)}"
        problems.append(("scale.stages", gap))
    problems += _duplicate_keys("scale.stages", data["scale"]["stages"])
    problems += _duplicate_keys("areas", data["areas"])
    problems += _point_problems("scale.points", data["scale"].get("points", {}), lo, hi)
    for i, area in enumerate(data["areas"]):
        problems += _point_problems(f"areas[{i}].points", area.get("points", {}), lo, hi)

    area_keys = {a["key"] for a in data["areas"]}
    stage_keys = {s["key"] for s in data["scale"]["stages"]}
    for locale, tr in data.get("translations", {}).items():
        for key in tr.get("areas", {}):
            if key not in area_keys:
                problems.append((f"translations.{locale}.areas.{key}", "no area has this key"))
        for key in tr.get("stages", {}):
            if key not in stage_keys:
                problems.append((f"translations.{locale}.stages.{key}", "no stage has this key"))
    return problems


def _duplicate_keys(fld: str, items: list[dict[str, Any]]) -> list[tuple[str, str]]:
    seen: dict[str, int] = {}
    problems = []
    for i, item in enumerate(items):
        if item["key"] in seen:
            problems.append(
                (f"{fld}[{i}].key", f"{item['key']!r} is also used by {fld}[{seen[item['key']]}]")
            )
        seen.setdefault(item["key"], i)
    return problems


def _point_problems(fld: str, points: dict[str, str], lo: int, hi: int) -> list[tuple[str, str]]:
    return [
        (f"{fld}.{p}", f"point {p} is outside the scale {lo}-{hi}")
        for p in points
        if not lo <= int(p) <= hi
    ]


def _ranges(points: list[int]) -> str:
    """[4, 5, 6, 9] -> "points 4-6, 9"."""
    runs: list[list[int]] = []
    for p in points:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs]
    return ("point " if len(points) == 1 else "points ") + ", ".join(parts)


# --- building ---------------------------------------------------------------------


def _translation_for(translations: Mapping[str, Any], locale: str) -> Mapping[str, Any]:
    """Exact locale first ("cy_GB"), then its language ("cy")."""
    return translations.get(locale) or translations.get(locale.split("_")[0]) or {}


def _points(raw: Mapping[str, str], tr: Mapping[str, str] | None = None) -> dict[int, str]:
    merged = {**raw, **(tr or {})}
    return {int(k): v for k, v in merged.items()}


def _build(data: Mapping[str, Any], source: str, tr: Mapping[str, Any]) -> StarTemplate:
    tr_stages = tr.get("stages", {})
    tr_areas = tr.get("areas", {})
    stages = tuple(
        Stage(
            key=s["key"],
            name=tr_stages.get(s["key"], {}).get("name", s["name"]),
            start=s["from"],
            end=s["to"],
            colour=s["colour"],
            description=tr_stages.get(s["key"], {}).get("description", s["description"]),
        )
        for s in sorted(data["scale"]["stages"], key=lambda s: s["from"])
    )
    areas = tuple(
        Area(
            key=a["key"],
            name=tr_areas.get(a["key"], {}).get("name", a["name"]),
            description=tr_areas.get(a["key"], {}).get("description", a["description"]),
            allow_not_applicable=a.get("allow_not_applicable", False),
            points=_points(a.get("points", {}), tr_areas.get(a["key"], {}).get("points")),
        )
        for a in data["areas"]
    )
    return StarTemplate(
        key=data["key"],
        version=data["version"],
        name=tr.get("name", data["name"]),
        description=tr.get("description", data["description"]),
        scale_min=data["scale"]["min"],
        scale_max=data["scale"]["max"],
        stages=stages,
        areas=areas,
        points=_points(data["scale"].get("points", {}), tr.get("points")),
        raw=data,
        source=source,
    )
