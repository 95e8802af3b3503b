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

from starapp.core.errors import Sentence, TemplateError, TemplateProblem
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
        raise TemplateError(str(path), [(None, Sentence("the file does not exist"))]) from None
    except IsADirectoryError:
        raise TemplateError(str(path), [(None, Sentence("this is a folder, not a file"))]) from None
    except UnicodeDecodeError:
        raise TemplateError(source, [(None, Sentence("not a text file; expected JSON"))]) from None
    except OSError as exc:
        cannot = Sentence("cannot be read ({reason})", {"reason": exc.strerror})
        raise TemplateError(str(path), [(None, cannot)]) from None
    return parse_template(text, source)


def parse_template(text: str, source: str = "template") -> StarTemplate:
    if not text.strip():
        raise TemplateError(source, [(None, Sentence("the file is empty; expected JSON"))])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # exc.msg is the json module's English ("Expecting value"); the place is what helps.
        invalid = Sentence(
            "not valid JSON ({detail} at line {line} column {column})",
            {"detail": exc.msg, "line": exc.lineno, "column": exc.colno},
        )
        raise TemplateError(source, [(None, invalid)]) from None
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


def _field_name(path: Iterable[Any]) -> str | None:
    """The JSON path of a field; None for the whole file."""
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or None


# What a schema type asks for, said as a whole problem so each reads well translated.
_MUST_BE_TYPE = {
    "string": Sentence("must be text"),
    "integer": Sentence("must be a whole number"),
    "object": Sentence("must be an object ({{...}})"),
    "array": Sentence("must be a list ([...])"),
    "boolean": Sentence("must be true or false"),
}


def _not_found(problem: Sentence, value: Any) -> Sentence:
    """``problem``, followed by the wrong value as it appears in the file when it is short
    (a number or text, not an object or a list)."""
    if isinstance(value, dict | list):
        return problem
    return Sentence(
        "{problem}, not {found}",
        {"problem": problem, "found": json.dumps(value, ensure_ascii=False)},
    )


def _explain(error: jsonschema.ValidationError) -> TemplateProblem:
    fld = _field_name(error.absolute_path)
    v = error.validator
    if "propertyNames" in error.relative_schema_path:
        name = repr(error.instance)
        if fld == "translations":
            return fld, Sentence("{name} is not a locale code like cy or cy_GB", {"name": name})
        return fld, Sentence("{name} is not a point number from 0 to 10", {"name": name})
    if v == "required":
        missing = error.message.split("'")[1]
        return (f"{fld}.{missing}" if error.absolute_path else missing, Sentence("is missing"))
    if v == "type" and error.validator_value in _MUST_BE_TYPE:
        return fld, _not_found(_MUST_BE_TYPE[error.validator_value], error.instance)
    if v == "additionalProperties":
        allowed = error.schema.get("properties", {})
        extra = ", ".join(repr(k) for k in error.instance if k not in allowed)
        return fld, Sentence(
            "has a field that is not part of the format: {extra}", {"extra": extra}
        )
    if v == "minItems":
        return fld, Sentence(
            "needs at least {limit} entries, found {found}",
            {"limit": error.validator_value, "found": len(error.instance)},
        )
    if v == "maxItems":
        return fld, Sentence(
            "allows at most {limit} entries, found {found}",
            {"limit": error.validator_value, "found": len(error.instance)},
        )
    if v == "const":
        return fld, _not_found(
            Sentence("must be {value}", {"value": error.validator_value}), error.instance
        )
    if v == "enum" and len(error.validator_value) == 2:
        first, second = error.validator_value
        must = Sentence("must be {first} or {second}", {"first": first, "second": second})
        return fld, _not_found(must, error.instance)
    if v == "enum":
        choices = ", ".join(str(c) for c in error.validator_value)
        return fld, _not_found(
            Sentence("must be one of {choices}", {"choices": choices}), error.instance
        )
    if v == "minimum":
        must = Sentence("must be at least {limit}", {"limit": error.validator_value})
        return fld, _not_found(must, error.instance)
    if v == "maximum":
        must = Sentence("must be at most {limit}", {"limit": error.validator_value})
        return fld, _not_found(must, error.instance)
    if v == "pattern" and (fld or "").endswith("colour"):
        return fld, Sentence(
            "{value} is not a colour like #3A7D44", {"value": repr(error.instance)}
        )
    if v == "pattern" and (fld or "").endswith("key"):
        return fld, Sentence(
            "{value} must be lower-case letters, digits, - or _", {"value": repr(error.instance)}
        )
    if v in ("pattern", "minLength"):
        return fld, Sentence("must not be empty")
    # A rule the schema gained after these explanations: jsonschema's own English.
    return fld, Sentence("breaks the template format: {detail}", {"detail": error.message})


def _schema_problems(data: Any) -> list[TemplateProblem]:
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.path)))
    return [_explain(e) for e in errors]


def _rule_problems(data: dict[str, Any]) -> list[TemplateProblem]:
    problems: list[TemplateProblem] = []
    lo, hi = data["scale"]["min"], data["scale"]["max"]
    if hi <= lo:
        problems.append(
            ("scale.max", Sentence("must be greater than scale.min ({min})", {"min": lo}))
        )
        return problems

    covered: dict[int, int] = {}
    for i, stage in enumerate(data["scale"]["stages"]):
        if stage["from"] > stage["to"]:
            problems.append((f"scale.stages[{i}]", Sentence("'from' is greater than 'to'")))
            continue
        for point in range(stage["from"], stage["to"] + 1):
            if not lo <= point <= hi:
                outside = Sentence("point {point} is outside the scale", {"point": point})
                problems.append((f"scale.stages[{i}]", outside))
                break
            if point in covered:
                overlap = Sentence(
                    "overlaps {other} at point {point}",
                    {"other": f"scale.stages[{covered[point]}]", "point": point},
                )
                problems.append((f"scale.stages[{i}]", overlap))
                break
            covered[point] = i
    gaps = [p for p in range(lo, hi + 1) if p not in covered]
    if gaps and not problems:
        problems.append(("scale.stages", _gap(gaps)))
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
                no_area = Sentence("no area has this key")
                problems.append((f"translations.{locale}.areas.{key}", no_area))
        for key in tr.get("stages", {}):
            if key not in stage_keys:
                no_stage = Sentence("no stage has this key")
                problems.append((f"translations.{locale}.stages.{key}", no_stage))
    return problems


def _duplicate_keys(fld: str, items: list[dict[str, Any]]) -> list[TemplateProblem]:
    seen: dict[str, int] = {}
    problems: list[TemplateProblem] = []
    for i, item in enumerate(items):
        if item["key"] in seen:
            also = Sentence(
                "{key} is also used by {other}",
                {"key": repr(item["key"]), "other": f"{fld}[{seen[item['key']]}]"},
            )
            problems.append((f"{fld}[{i}].key", also))
        seen.setdefault(item["key"], i)
    return problems


def _point_problems(fld: str, points: dict[str, str], lo: int, hi: int) -> list[TemplateProblem]:
    return [
        (
            f"{fld}.{p}",
            Sentence(
                "point {point} is outside the scale {low}-{high}",
                {"point": p, "low": lo, "high": hi},
            ),
        )
        for p in points
        if not lo <= int(p) <= hi
    ]


def _gap(points: list[int]) -> Sentence:
    """[4, 5, 6, 9] -> "... no stage covers points 4-6, 9"."""
    runs: list[list[int]] = []
    for p in points:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    parts = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
    if len(points) == 1:
        return Sentence(
            "there is a gap in the scale: no stage covers point {points}", {"points": parts}
        )
    return Sentence(
        "there is a gap in the scale: no stage covers points {points}", {"points": parts}
    )


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
