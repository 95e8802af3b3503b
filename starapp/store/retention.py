"""Retention: archive people with no reading for N months, erase people archived for M.

``plan_retention`` only looks: it lists who would be archived or erased and why, for a
preview. ``apply_retention`` then acts on that list, after checking each person is
still due (someone who had a reading or was restored since the preview is left alone).
Archiving uses the usual archive path; erasing uses the usual erasure (secure delete,
vacuum, tombstone for the charity's copy). Months are calendar months: on 31 August,
six months back is 28 (or 29) February.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from starapp.core.clock import today

if TYPE_CHECKING:
    from starapp.store.store import Store

ARCHIVE = "archive"
ERASE = "erase"


@dataclass(frozen=True)
class RetentionItem:
    person_id: str
    reference: str
    name: str
    last_reading_on: str | None  # any reading, draft or final; None: never had one
    since: str  # the day counted from: last reading (or added), or archived on
    action: str  # ARCHIVE or ERASE


@dataclass(frozen=True)
class RetentionPlan:
    archive_after_months: int  # 0: never
    erase_after_months: int  # 0: never
    on: date
    items: tuple[RetentionItem, ...]

    @property
    def to_archive(self) -> list[RetentionItem]:
        return [i for i in self.items if i.action == ARCHIVE]

    @property
    def to_erase(self) -> list[RetentionItem]:
        return [i for i in self.items if i.action == ERASE]


@dataclass(frozen=True)
class RetentionResult:
    archived: int
    erased: int


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier, or that month's last day."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def plan_retention(
    store: Store, archive_after_months: int, erase_after_months: int, on: date | None = None
) -> RetentionPlan:
    """Who is due on ``on`` (default today): not archived, with no reading (or, never
    having had one, added) at least N months ago; archived at least M months ago."""
    if archive_after_months < 0 or erase_after_months < 0:
        raise ValueError("retention months cannot be negative")
    on = on or today()
    archive_by = months_before(on, archive_after_months).isoformat()
    erase_by = months_before(on, erase_after_months).isoformat()
    items: list[RetentionItem] = []
    for row in store.db.query(
        """
        SELECT p.id, p.reference, p.name, p.archived,
          coalesce(p.archived_on, substr(p.updated_at, 1, 10)) AS archived_on,
          substr(p.created_at, 1, 10) AS added_on,
          (SELECT max(r.taken_on) FROM readings AS r WHERE r.person_id = p.id) AS last_reading
        FROM people AS p ORDER BY p.reference COLLATE NOCASE
        """
    ):
        if row["archived"]:
            action, since, months, cutoff = ERASE, row["archived_on"], erase_after_months, erase_by
        else:
            action, since = ARCHIVE, row["last_reading"] or row["added_on"]
            months, cutoff = archive_after_months, archive_by
        if months > 0 and since <= cutoff:
            items.append(
                RetentionItem(
                    row["id"], row["reference"], row["name"], row["last_reading"], since, action
                )
            )
    return RetentionPlan(archive_after_months, erase_after_months, on, tuple(items))


def apply_retention(store: Store, plan: RetentionPlan) -> RetentionResult:
    """Archive and erase the people in ``plan`` who are still due today."""
    now = plan_retention(store, plan.archive_after_months, plan.erase_after_months)
    due = {(i.person_id, i.action) for i in now.items}
    archive = [i.person_id for i in plan.to_archive if (i.person_id, ARCHIVE) in due]
    erase = [i.person_id for i in plan.to_erase if (i.person_id, ERASE) in due]
    with store.transaction():
        for person_id in archive:
            store.people.set_archived(person_id, True, detail="retention")
    if erase:
        store.people.purge(erase, detail="retention")
    return RetentionResult(archived=len(archive), erased=len(erase))
