"""Action plan steps agreed during a reading."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ActionOwner(StrEnum):
    PERSON = "person"
    WORKER = "worker"
    OTHER = "other"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True)
class ActionStep:
    id: str
    person_id: str
    area_key: str
    description: str
    owner: ActionOwner = ActionOwner.PERSON
    owner_name: str = ""
    due_on: str | None = None
    status: ActionStatus = ActionStatus.OPEN
    notes: str = ""
    reading_id: str | None = None
    created_at: str = ""
    updated_at: str = ""
    origin: str = ""

    def is_overdue(self, on: date) -> bool:
        return (
            self.status is ActionStatus.OPEN
            and self.due_on is not None
            and date.fromisoformat(self.due_on) < on
        )
