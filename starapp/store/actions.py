"""Action plan steps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starapp.core.actions import ActionOwner, ActionStatus, ActionStep
from starapp.core.clock import parse_date, utc_now
from starapp.core.errors import NotFoundError, ValidationError
from starapp.core.readings import check_note
from starapp.store.revisions import add_tombstone

if TYPE_CHECKING:
    from starapp.store.store import Store

_FIELDS = ("area_key", "description", "owner", "owner_name", "due_on", "status", "notes")


class ActionsRepo:
    def __init__(self, store: Store) -> None:
        self._s = store

    def add(
        self,
        person_id: str,
        area_key: str,
        description: str,
        *,
        owner: ActionOwner = ActionOwner.PERSON,
        owner_name: str = "",
        due_on: str | None = None,
        reading_id: str | None = None,
        notes: str = "",
    ) -> ActionStep:
        self._s.people.get(person_id)
        values = _clean(
            {
                "area_key": area_key,
                "description": description,
                "owner": owner,
                "owner_name": owner_name,
                "due_on": due_on,
                "status": ActionStatus.OPEN,
                "notes": notes,
            }
        )
        with self._s.transaction():
            row = {**self._s.stamp(), "person_id": person_id, "reading_id": reading_id, **values}
            self._s.db.table("actions").insert(row)
            self._s.audit("action.create", "action", row["id"])
            self._s.enqueue("action", row["id"])
        return self.get(row["id"])

    def update(self, action_id: str, **changes: Any) -> ActionStep:
        unknown = set(changes) - set(_FIELDS)
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)} on an action step")
        current = self.get(action_id)
        merged = {f: getattr(current, f) for f in _FIELDS} | changes
        values = _clean(merged)
        with self._s.transaction():
            self._s.db.table("actions").update(action_id, {**values, "updated_at": utc_now()})
            self._s.audit("action.update", "action", action_id, ",".join(sorted(changes)))
            self._s.enqueue("action", action_id)
        return self.get(action_id)

    def delete(self, action_id: str) -> None:
        """Remove a step added by mistake; the deletion travels to the charity as a
        tombstone (see store/revisions.py)."""
        self.get(action_id)
        with self._s.transaction():
            self._s.db.execute("DELETE FROM actions WHERE id = ?", (action_id,))
            add_tombstone(self._s.db, "action", action_id, self._s.install_id)
            self._s.audit("action.delete", "action", action_id)
            self._s.enqueue("action", action_id, "delete")

    def get(self, action_id: str) -> ActionStep:
        row = self._s.one("SELECT * FROM actions WHERE id = ?", (action_id,))
        if row is None:
            raise NotFoundError("That action step is not in this data file.")
        return _step(row)

    def for_person(self, person_id: str) -> list[ActionStep]:
        rows = self._s.db.query(
            "SELECT * FROM actions WHERE person_id = ?"
            " ORDER BY status = 'open' DESC, coalesce(due_on, '9999'), created_at",
            (person_id,),
        )
        return [_step(r) for r in rows]


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    description = str(values["description"]).strip()
    if not description:
        raise ValidationError("description", "Say what will be done.")
    check_note(values["notes"])
    due_on = values["due_on"] or None
    if due_on is not None:
        due_on = parse_date(due_on, "due_on").isoformat()
    return {
        "area_key": values["area_key"],
        "description": description,
        "owner": ActionOwner(values["owner"]).value,
        "owner_name": str(values["owner_name"]).strip(),
        "due_on": due_on,
        "status": ActionStatus(values["status"]).value,
        "notes": values["notes"],
    }


def _step(row: dict[str, Any]) -> ActionStep:
    return ActionStep(
        id=row["id"],
        person_id=row["person_id"],
        area_key=row["area_key"],
        description=row["description"],
        owner=ActionOwner(row["owner"]),
        owner_name=row["owner_name"],
        due_on=row["due_on"],
        status=ActionStatus(row["status"]),
        notes=row["notes"],
        reading_id=row["reading_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        origin=row["origin"],
    )
