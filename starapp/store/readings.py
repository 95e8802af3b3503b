"""Readings: drafts saved score by score, finalising, amending, listing."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from starapp.core.clock import parse_date, utc_now
from starapp.core.errors import NotFoundError, ReadingLockedError, ValidationError
from starapp.core.readings import (
    Participation,
    Reading,
    ReadingKind,
    ReadingStatus,
    Score,
    check_note,
    check_own_score,
    check_score,
    missing_areas,
)
from starapp.core.templates import StarTemplate
from starapp.store.consent import check_reading_allowed

if TYPE_CHECKING:
    from starapp.store.store import Store

# A reading is "current" unless a later amendment replaces it.
CURRENT = "NOT EXISTS (SELECT 1 FROM readings AS a WHERE a.amends = readings.id)"


class IncompleteReadingError(ValidationError):
    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__(
            "scores",
            "{count} area(s) have no score and are not marked not applicable.",
            count=len(missing),
        )


class ReadingsRepo:
    def __init__(self, store: Store) -> None:
        self._s = store

    # --- drafts -----------------------------------------------------------------

    def start(
        self,
        person_id: str,
        template: StarTemplate,
        *,
        taken_on: str | None = None,
        worker: str = "",
        kind: ReadingKind = ReadingKind.REVIEW,
        participation: Participation = Participation.JOINT,
        notes: str = "",
    ) -> Reading:
        """A new draft reading with no scores yet; refused with ConsentRequired when
        the service requires consent and the person has none in force."""
        taken = _check_date(taken_on or date.today().isoformat())
        check_note(notes)
        check_reading_allowed(self._s, self._s.people.get(person_id))
        tid = self._s.templates.ensure(template)
        with self._s.transaction():
            row = {
                **self._s.stamp(),
                "person_id": person_id,
                "template_id": tid,
                "taken_on": taken,
                "worker": worker.strip(),
                "kind": ReadingKind(kind).value,
                "participation": Participation(participation).value,
                "status": ReadingStatus.DRAFT.value,
                "notes": notes,
            }
            self._s.db.table("readings").insert(row)
            self._s.audit("reading.start", "reading", row["id"])
        return self.get(row["id"])

    def set_score(
        self, reading_id: str, area_key: str, value: int | None, *, not_applicable: bool = False
    ) -> Score:
        """Save one area's score on a draft straight away (autosave)."""
        reading = self._draft(reading_id)
        check_score(self.template_of(reading), area_key, value, not_applicable)
        old = reading.scores.get(area_key, Score(area_key))
        score = Score(area_key, value, not_applicable, old.note, old.own_value)
        with self._s.transaction():
            self._write_score(reading_id, score)
            self._touch(reading_id)
            self._s.audit("reading.score", "reading", reading_id, area_key)
        return score

    def set_own_score(self, reading_id: str, area_key: str, value: int | None) -> Score:
        """Save the person's own score for one area of a draft (None clears it), kept
        beside the agreed score. Reports use the agreed score."""
        reading = self._draft(reading_id)
        check_own_score(self.template_of(reading), area_key, value)
        score = replace(reading.scores.get(area_key, Score(area_key)), own_value=value)
        with self._s.transaction():
            self._write_score(reading_id, score)
            self._touch(reading_id)
            self._s.audit("reading.own_score", "reading", reading_id, area_key)
        return score

    def set_note(self, reading_id: str, area_key: str, note: str) -> Score:
        reading = self._draft(reading_id)
        self.template_of(reading).area(area_key)
        check_note(note)
        old = reading.scores.get(area_key, Score(area_key))
        score = replace(old, note=note)
        with self._s.transaction():
            self._write_score(reading_id, score)
            self._touch(reading_id)
            self._s.audit("reading.note", "reading", reading_id, area_key)
        return score

    def update_details(
        self,
        reading_id: str,
        *,
        taken_on: str | None = None,
        worker: str | None = None,
        kind: ReadingKind | None = None,
        participation: Participation | None = None,
        notes: str | None = None,
    ) -> Reading:
        self._draft(reading_id)
        changes: dict[str, Any] = {}
        if taken_on is not None:
            changes["taken_on"] = _check_date(taken_on)
        if worker is not None:
            changes["worker"] = worker.strip()
        if kind is not None:
            changes["kind"] = ReadingKind(kind).value
        if participation is not None:
            changes["participation"] = Participation(participation).value
        if notes is not None:
            check_note(notes)
            changes["notes"] = notes
        with self._s.transaction():
            self._s.db.table("readings").update(reading_id, {**changes, "updated_at": utc_now()})
            self._s.audit("reading.details", "reading", reading_id, ",".join(sorted(changes)))
        return self.get(reading_id)

    def finalise(self, reading_id: str, *, allow_incomplete: bool = False) -> Reading:
        """Lock a draft. Unanswered areas raise IncompleteReadingError unless allowed."""
        reading = self._draft(reading_id)
        missing = missing_areas(self.template_of(reading), reading.scores)
        if missing and not allow_incomplete:
            raise IncompleteReadingError(missing)
        now = utc_now()
        with self._s.transaction():
            self._s.db.table("readings").update(
                reading_id, {"status": "final", "finalised_at": now, "updated_at": now}
            )
            self._refresh_person(reading.person_id)
            self._s.audit("reading.finalise", "reading", reading_id)
            self._s.enqueue("reading", reading_id)
        return self.get(reading_id)

    def discard(self, reading_id: str) -> None:
        """Delete a draft and its scores. Finalised readings are never deleted."""
        self._draft(reading_id)
        with self._s.transaction():
            self._s.db.execute("DELETE FROM scores WHERE reading_id = ?", (reading_id,))
            self._s.db.execute("DELETE FROM readings WHERE id = ?", (reading_id,))
            self._s.audit("reading.discard", "reading", reading_id)

    # --- amendments -----------------------------------------------------------------

    def amend(
        self,
        reading_id: str,
        changes: Mapping[str, Score],
        reason: str,
        *,
        notes: str | None = None,
    ) -> Reading:
        """Correct a finalised reading. The original stays; a new final reading replaces it
        and records what changed and why."""
        original = self.get(reading_id)
        if not original.is_final:
            raise ValidationError("reading", "Only a finalised reading can be amended.")
        if self._s.one("SELECT id FROM readings WHERE amends = ?", (reading_id,)):
            raise ValidationError(
                "reading", "This reading has already been amended; amend its latest version."
            )
        if not reason.strip():
            raise ValidationError("reason", "Say why the reading is being amended.")
        template = self.template_of(original)
        for key, score in changes.items():
            check_score(template, key, score.value, score.not_applicable)
            check_own_score(template, key, score.own_value)
            check_note(score.note)
        scores = {**original.scores, **{k: replace(s, area_key=k) for k, s in changes.items()}}
        diff = [
            {"area": k, "old": _label(original.scores.get(k)), "new": _label(s)}
            for k, s in scores.items()
            if _label(original.scores.get(k)) != _label(s)
        ]
        now = utc_now()
        with self._s.transaction():
            row = {
                **self._s.stamp(),
                "person_id": original.person_id,
                "template_id": original.template_id,
                "taken_on": original.taken_on,
                "worker": original.worker,
                "kind": original.kind.value,
                "participation": original.participation.value,
                "status": "final",
                "notes": original.notes if notes is None else notes,
                "amends": reading_id,
                "amend_reason": reason.strip(),
                "amend_changes": json.dumps(diff),
                "finalised_at": now,
            }
            self._s.db.table("readings").insert(row)
            for score in scores.values():
                self._write_score(row["id"], score)
            self._refresh_person(original.person_id)
            self._s.audit("reading.amend", "reading", row["id"], f"amends {reading_id}")
            self._s.enqueue("reading", row["id"])
        return self.get(row["id"])

    def amendment_changes(self, reading_id: str) -> list[dict[str, Any]]:
        row = self._s.one("SELECT amend_changes FROM readings WHERE id = ?", (reading_id,))
        if row is None:
            raise NotFoundError("That reading is not in this data file.")
        return list(json.loads(row["amend_changes"]))

    def history(self, reading_id: str) -> list[Reading]:
        """The reading and every amendment of it, oldest first."""
        first = self.get(reading_id)
        while first.amends:
            first = self.get(first.amends)
        chain = [first]
        while row := self._s.one("SELECT id FROM readings WHERE amends = ?", (chain[-1].id,)):
            chain.append(self.get(row["id"]))
        return chain

    # --- reading back -------------------------------------------------------------

    def get(self, reading_id: str) -> Reading:
        row = self._s.one("SELECT * FROM readings WHERE id = ?", (reading_id,))
        if row is None:
            raise NotFoundError("That reading is not in this data file.")
        scores = self._s.db.query("SELECT * FROM scores WHERE reading_id = ?", (reading_id,))
        return _reading(row, {s["area_key"]: _score(s) for s in scores})

    def for_person(self, person_id: str, *, include_replaced: bool = False) -> list[Reading]:
        """A person's readings, oldest first; amended originals left out unless asked."""
        where = "person_id = ?" + ("" if include_replaced else f" AND {CURRENT}")
        rows = list(
            self._s.db.query(
                f"SELECT * FROM readings WHERE {where} ORDER BY taken_on, created_at",
                (person_id,),
            )
        )
        by_reading: dict[str, dict[str, Score]] = {r["id"]: {} for r in rows}
        if rows:
            marks = ",".join("?" * len(rows))
            for s in self._s.db.query(
                f"SELECT * FROM scores WHERE reading_id IN ({marks})", list(by_reading)
            ):
                by_reading[s["reading_id"]][s["area_key"]] = _score(s)
        return [_reading(r, by_reading[r["id"]]) for r in rows]

    def drafts(self, person_id: str | None = None) -> list[Reading]:
        sql = "SELECT id FROM readings WHERE status = 'draft'"
        params: tuple[str, ...] = ()
        if person_id is not None:
            sql += " AND person_id = ?"
            params = (person_id,)
        return [self.get(r["id"]) for r in self._s.db.query(sql + " ORDER BY updated_at", params)]

    def template_of(self, reading: Reading) -> StarTemplate:
        return self._s.templates.get(reading.template_id)

    # --- internals ------------------------------------------------------------------

    def _draft(self, reading_id: str) -> Reading:
        reading = self.get(reading_id)
        if reading.is_final:
            raise ReadingLockedError(
                "This reading is finalised and cannot be changed; amend it instead."
            )
        return reading

    def _write_score(self, reading_id: str, score: Score) -> None:
        self._s.db.execute(
            "INSERT INTO scores"
            " (reading_id, area_key, value, not_applicable, note, own_value, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reading_id, area_key) DO UPDATE SET"
            " value = excluded.value, not_applicable = excluded.not_applicable,"
            " note = excluded.note, own_value = excluded.own_value,"
            " updated_at = excluded.updated_at",
            (
                reading_id,
                score.area_key,
                score.value,
                int(score.not_applicable),
                score.note,
                score.own_value,
                utc_now(),
            ),
        )

    def _touch(self, reading_id: str) -> None:
        self._s.db.execute(
            "UPDATE readings SET updated_at = ? WHERE id = ?", (utc_now(), reading_id)
        )

    def _refresh_person(self, person_id: str) -> None:
        """Keep the people list's summary columns in step (saves a join per keystroke)."""
        latest = self._s.one(
            f"SELECT id, taken_on FROM readings WHERE person_id = ? AND status = 'final'"
            f" AND {CURRENT} ORDER BY taken_on DESC, created_at DESC LIMIT 1",
            (person_id,),
        )
        count = self._s.db.execute(
            f"SELECT count(*) FROM readings WHERE person_id = ? AND status = 'final' AND {CURRENT}",
            (person_id,),
        ).fetchone()[0]
        self._s.db.execute(
            "UPDATE people SET reading_count = ?, last_reading_on = ?, latest_reading_id = ?,"
            " updated_at = ? WHERE id = ?",
            (
                count,
                latest["taken_on"] if latest else None,
                latest["id"] if latest else None,
                utc_now(),
                person_id,
            ),
        )


def _check_date(text: str) -> str:
    taken = parse_date(text, "taken_on")
    if taken > date.today():
        raise ValidationError("taken_on", "The reading date is in the future.")
    return taken.isoformat()


def _label(score: Score | None) -> str | int | None:
    if score is None:
        return None
    return "n/a" if score.not_applicable else score.value


def _score(row: dict[str, Any]) -> Score:
    return Score(
        row["area_key"],
        row["value"],
        bool(row["not_applicable"]),
        row["note"],
        row.get("own_value"),
    )


def _reading(row: dict[str, Any], scores: dict[str, Score]) -> Reading:
    return Reading(
        id=row["id"],
        person_id=row["person_id"],
        template_id=row["template_id"],
        taken_on=row["taken_on"],
        worker=row["worker"],
        kind=ReadingKind(row["kind"]),
        participation=Participation(row["participation"]),
        status=ReadingStatus(row["status"]),
        notes=row["notes"],
        scores=scores,
        amends=row["amends"],
        amend_reason=row["amend_reason"],
        finalised_at=row["finalised_at"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        origin=row["origin"],
    )
