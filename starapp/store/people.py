"""People: add, edit, archive, find."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starapp.core.clock import today, utc_now
from starapp.core.errors import NotFoundError, ValidationError
from starapp.core.people import Consent, Person, PersonDraft, validate_person
from starapp.store.consent import purposes_from, purposes_text
from starapp.store.erasure import purge_person, scrub_file
from starapp.store.revisions import add_tombstone

if TYPE_CHECKING:
    from starapp.store.store import Store

SORTABLE = {
    "reference": "reference COLLATE NOCASE",
    "name": "name COLLATE NOCASE",
    "project": "project COLLATE NOCASE",
    "key_worker": "key_worker COLLATE NOCASE",
    "reading_count": "reading_count",
    "last_reading_on": "last_reading_on",
}


class PeopleRepo:
    def __init__(self, store: Store) -> None:
        self._s = store

    def add(self, draft: PersonDraft) -> Person:
        clean = validate_person(draft, today())
        with self._s.transaction():
            self._check_unique(clean.reference, None)
            row = {**self._s.stamp(), **_columns(clean)}
            self._s.db.table("people").insert(row)
            self._s.audit("person.create", "person", row["id"])
            self._s.enqueue("person", row["id"])
        return self.get(row["id"])

    def update(self, person_id: str, draft: PersonDraft) -> Person:
        clean = validate_person(draft, today())
        with self._s.transaction():
            self.get(person_id)
            self._check_unique(clean.reference, person_id)
            self._s.db.table("people").update(
                person_id, {**_columns(clean), "updated_at": utc_now()}
            )
            self._s.audit("person.update", "person", person_id)
            self._s.enqueue("person", person_id)
        return self.get(person_id)

    def set_archived(self, person_id: str, archived: bool, *, detail: str = "") -> Person:
        """Archive (dated today: retention counts from it) or restore a person."""
        with self._s.transaction():
            self.get(person_id)
            self._s.db.table("people").update(
                person_id,
                {
                    "archived": int(archived),
                    "archived_on": today().isoformat() if archived else None,
                    "updated_at": utc_now(),
                },
            )
            action = "person.archive" if archived else "person.restore"
            self._s.audit(action, "person", person_id, detail)
            self._s.enqueue("person", person_id)
        return self.get(person_id)

    def erase(self, person_id: str, *, confirm_reference: str) -> None:
        """Delete the person and everything about them, for good, in one transaction;
        their tombstone goes out in the next bundle so the charity's copy erases them
        too. Then the file is scrubbed so no page or WAL frame still holds their data.
        ``confirm_reference`` must be their reference, typed in (any case)."""
        person = self.get(person_id)
        if confirm_reference.strip().casefold() != person.reference.casefold():
            raise ValidationError(
                "reference",
                "The reference typed does not match this person's reference "
                "({reference}), so nothing was erased.",
                reference=person.reference,
            )
        self.purge([person_id])

    def purge(self, person_ids: list[str], detail: str = "") -> None:
        """Erase these people in one transaction, then scrub the file once. Callers
        confirm first: ``erase`` (a reference typed in) or retention (a preview)."""
        with self._s.transaction():
            for person_id in person_ids:
                purge_person(self._s.db.conn, person_id)
                add_tombstone(self._s.db, "person", person_id, self._s.install_id)
                self._s.audit("person.erase", "person", person_id, detail)
                self._s.enqueue("person", person_id, "delete")
        scrub_file(self._s.db.conn)

    def get(self, person_id: str) -> Person:
        row = self._s.one("SELECT * FROM people WHERE id = ?", (person_id,))
        if row is None:
            raise NotFoundError("That person is not in this data file.")
        return _person(row)

    def by_reference(self, reference: str) -> Person | None:
        row = self._s.one(
            "SELECT * FROM people WHERE reference = ? COLLATE NOCASE", (reference.strip(),)
        )
        return None if row is None else _person(row)

    def find(
        self,
        search: str = "",
        *,
        project: str | None = None,
        key_worker: str | None = None,
        archived: bool | None = False,
        order_by: str = "reference",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Person]:
        """People matching the filters; ``archived=None`` means archived or not."""
        where, params = _filters(search, project, key_worker, archived)
        order = SORTABLE.get(order_by)
        if order is None:
            raise ValueError(f"cannot sort people by {order_by!r}")
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT * FROM people {where} "
            f"ORDER BY {order} {direction}, reference COLLATE NOCASE {direction}"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [_person(row) for row in self._s.db.query(sql, params)]

    def count(
        self,
        search: str = "",
        *,
        project: str | None = None,
        key_worker: str | None = None,
        archived: bool | None = False,
    ) -> int:
        where, params = _filters(search, project, key_worker, archived)
        return int(self._s.db.execute(f"SELECT count(*) FROM people {where}", params).fetchone()[0])

    def projects(self) -> list[str]:
        return self._distinct("project")

    def key_workers(self) -> list[str]:
        return self._distinct("key_worker")

    def _distinct(self, column: str) -> list[str]:
        sql = f"SELECT DISTINCT {column} FROM people WHERE {column} != '' ORDER BY 1"
        return [row[0] for row in self._s.db.execute(sql)]

    def _check_unique(self, reference: str, person_id: str | None) -> None:
        other = self.by_reference(reference)
        if other is not None and other.id != person_id:
            raise ValidationError(
                "reference",
                "The reference {reference} is already used by another person.",
                reference=reference,
            )


def _filters(
    search: str, project: str | None, key_worker: str | None, archived: bool | None
) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if search.strip():
        clauses.append("(reference LIKE :q ESCAPE '\\' OR name LIKE :q ESCAPE '\\')")
        escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["q"] = f"%{escaped}%"
    if project is not None:
        clauses.append("project = :project")
        params["project"] = project
    if key_worker is not None:
        clauses.append("key_worker = :key_worker")
        params["key_worker"] = key_worker
    if archived is not None:
        clauses.append("archived = :archived")
        params["archived"] = int(archived)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _columns(draft: PersonDraft) -> dict[str, Any]:
    consent = draft.consent
    return {
        "reference": draft.reference,
        "name": draft.name,
        "date_of_birth": draft.date_of_birth,
        "project": draft.project,
        "key_worker": draft.key_worker,
        "consent_given": None if consent.given is None else int(consent.given),
        "consent_date": consent.date,
        "consent_method": consent.method,
        "consent_note": consent.note,
        "consent_purposes": purposes_text(consent.purposes),
    }  # withdrawal columns: written only by store/consent.py, never by an edit


def _person(row: dict[str, Any]) -> Person:
    given = row["consent_given"]
    return Person(
        id=row["id"],
        reference=row["reference"],
        name=row["name"],
        date_of_birth=row["date_of_birth"],
        project=row["project"],
        key_worker=row["key_worker"],
        consent=Consent(
            given=None if given is None else bool(given),
            date=row["consent_date"],
            method=row["consent_method"],
            note=row["consent_note"],
            purposes=purposes_from(row["consent_purposes"]),
            withdrawn_on=row["consent_withdrawn_on"],
            withdrawn_method=row["consent_withdrawn_method"],
            withdrawn_reason=row["consent_withdrawn_reason"],
        ),
        archived=bool(row["archived"]),
        archived_on=row["archived_on"],
        reading_count=row["reading_count"],
        last_reading_on=row["last_reading_on"],
        latest_reading_id=row["latest_reading_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        origin=row["origin"],
    )
