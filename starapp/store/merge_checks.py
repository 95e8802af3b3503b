"""Checks an import makes against the data file before merging: template versions and
the scores each reading's template allows; the order readings must be inserted in."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starapp.core.errors import Sentence, StarappError, TemplateError
from starapp.core.readings import template_id
from starapp.core.templates import StarTemplate, content_hash, template_from_data

if TYPE_CHECKING:
    from starapp.store.store import Store


class MergeRefused(StarappError):
    """The bundle cannot be merged as a whole; nothing was changed."""


@dataclass(frozen=True)
class TemplateRules:
    """What a reading taken with one template version may hold, for fast checking."""

    areas: frozenset[str]
    na_allowed: frozenset[str]
    lo: int
    hi: int

    @classmethod
    def of(cls, t: StarTemplate) -> TemplateRules:
        return cls(
            frozenset(t.area_keys),
            frozenset(a.key for a in t.areas if a.allow_not_applicable),
            t.scale_min,
            t.scale_max,
        )

    def problem(self, scores: list[dict[str, Any]]) -> Sentence | None:
        seen: set[str] = set()
        for s in scores:
            area, value, na = s["area"], s["value"], s["not_applicable"]
            if area not in self.areas:
                return Sentence("its template has no area '{area}'", {"area": area})
            if area in seen:
                return Sentence("the area '{area}' is scored twice", {"area": area})
            seen.add(area)
            if na and (value is not None or area not in self.na_allowed):
                return Sentence(
                    "the area '{area}' cannot be marked not applicable like this", {"area": area}
                )
            if value is not None and not self.lo <= value <= self.hi:
                return Sentence(
                    "the score {value} for '{area}' is outside {low}-{high}",
                    {"value": value, "area": area, "low": self.lo, "high": self.hi},
                )
            own = s.get("own_value")
            if own is not None and not self.lo <= own <= self.hi:
                return Sentence(
                    "the own score {value} for '{area}' is outside {low}-{high}",
                    {"value": own, "area": area, "low": self.lo, "high": self.hi},
                )
        return None


def check_templates(store: Store, records: dict[str, Any], report: Any) -> dict[str, TemplateRules]:
    """Add the bundle's template versions that are new here; return rules for every
    template version the bundle's readings may use. A version that differs from the
    one already here, or does not match its own hash, refuses the bundle."""
    rules: dict[str, TemplateRules] = {}
    for t in records["templates"]:
        tid = t["id"]
        try:
            parsed = template_from_data(t["json"], tid)
        except TemplateError as exc:
            raise MergeRefused(
                "The bundle's template {template} is not valid ({problem}).",
                template=tid,
                problem=exc.sentence,
            ) from None
        if content_hash(t["json"]) != t["content_hash"] or template_id(parsed) != tid:
            raise MergeRefused(
                "The bundle's template {template} does not match its own checksum.", template=tid
            )
        row = store.one("SELECT content_hash FROM templates WHERE id = ?", (tid,))
        if row is not None and row["content_hash"] != t["content_hash"]:
            raise MergeRefused(
                "The bundle's template {template} has different wording from the {template} "
                "in this data file. One of them needs a new version number; ask whoever "
                "manages templates.",
                template=tid,
            )
        if row is None:
            store.db.execute(
                "INSERT INTO templates (id, created_at, updated_at, origin, key, version, name,"
                " content_hash, json, builtin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (
                    tid,
                    t["created_at"],
                    t["created_at"],
                    t["origin"],
                    parsed.key,
                    parsed.version,
                    parsed.name,
                    t["content_hash"],
                    parsed.to_json(),
                ),
            )
            report.added["templates"] += 1
        else:
            report.unchanged["templates"] += 1
        rules[tid] = TemplateRules.of(parsed)
    wanted = {r["template_id"] for r in records["readings"]} - set(rules)
    for tid in wanted:
        row = store.one("SELECT json FROM templates WHERE id = ?", (tid,))
        if row is not None:
            rules[tid] = TemplateRules.of(template_from_data(json.loads(row["json"]), tid))
    return rules


def order_readings(readings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Readings so that each comes after the one it amends (a chain may be long)."""
    by_id = {r["id"]: r for r in readings}
    depth: dict[str, int] = {}
    for r in readings:
        chain = []
        cur: dict[str, Any] | None = r
        while cur is not None and cur["id"] not in depth:
            chain.append(cur["id"])
            if len(chain) > len(by_id):
                break  # a loop of amendments: leave the rest to the database's checks
            cur = by_id.get(cur["amends"]) if cur["amends"] else None
        base = depth[cur["id"]] if cur is not None and cur["id"] in depth else -1
        for i, rid in enumerate(reversed(chain)):
            depth[rid] = base + 1 + i
    return sorted(readings, key=lambda r: depth[r["id"]])
