"""What surrounds one reading: earlier readings to draw under it, and its amendments."""

from __future__ import annotations

from starapp.core.readings import Reading
from starapp.core.templates import StarTemplate
from starapp.store import Store
from starapp.ui.dates import display_date
from starapp.ui.reading_model import NOT_APPLICABLE
from starapp.ui.translation import tr as _tr

Overlay = tuple[str, dict[str, int | None]]


def earlier_overlays(
    store: Store, reading: Reading, template: StarTemplate, limit: int = 3
) -> list[Overlay]:
    """Up to ``limit`` final readings of the same star taken before this one, latest
    first, as (date label, scores) for the areas this template has."""
    keys = set(template.area_keys)
    earlier = [
        o
        for o in store.readings.for_person(reading.person_id)
        if o.is_final
        and o.id != reading.id
        and o.template_id.split("@")[0] == template.key
        and (o.taken_on, o.created_at) < (reading.taken_on, reading.created_at)
    ]
    return [
        (display_date(o.taken_on), {k: v for k, v in o.values().items() if k in keys})
        for o in reversed(earlier[-limit:])
    ]


def is_replaced(store: Store, reading: Reading) -> bool:
    """True when a later amendment has replaced this version of a final reading."""
    if not reading.is_final:
        return False
    return store.readings.history(reading.id)[-1].id != reading.id


def history_lines(store: Store, reading: Reading, template: StarTemplate) -> list[str]:
    """One line per amendment in this reading's history: when, why and what changed."""
    if not reading.is_final:
        return []
    lines = []
    for r in store.readings.history(reading.id):
        if not r.amends:
            continue
        changes = ", ".join(
            f"{_area_name(template, c['area'])}: {_label(c['old'])} → {_label(c['new'])}"
            for c in store.readings.amendment_changes(r.id)
        )
        line = _tr("Amended on {date}: {reason}").format(
            date=display_date(r.finalised_at or r.created_at), reason=r.amend_reason
        )
        lines.append(f"{line} ({changes})" if changes else line)
    if is_replaced(store, reading):
        lines.append(_tr("A later amendment replaces this version of the reading."))
    return lines


def _area_name(template: StarTemplate, key: str) -> str:
    try:
        return template.area(key).name
    except KeyError:
        return key


def _label(value: object) -> str:
    if value is None:
        return "–"
    if value == NOT_APPLICABLE:
        return _tr("not applicable")
    return str(value)
