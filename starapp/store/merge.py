"""Merging a verified bundle into the data file, in one transaction.

Rules (docs/bundle-format.md, "Importing"):

* new records are added; a record already here and the same is unchanged;
* a person or action step is updated only by a newer version of what is here (its
  ancestors include our current revision); if both sides changed it since they last
  agreed, ours is kept, theirs is stored in ``conflicts`` and flagged for a person;
* readings are append-only: one already here is never changed (amendments are new
  readings that link to the one they replace);
* tombstones delete;
* anything that cannot stand (a score outside its template) is rejected with a reason;
  a bundle that refers to what neither it nor this file has is refused whole.

The same bundle twice changes nothing; the bundle is recorded in ``imported_bundles``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starapp.core.clock import new_id, utc_now
from starapp.core.errors import Sentence, StarappError
from starapp.store.bundle_records import PERSON_FORMAT_3
from starapp.store.consent import purposes_text
from starapp.store.erasure import purge_person, scrub_file
from starapp.store.merge_checks import (
    MergeRefused,
    TemplateRules,
    check_templates,
    order_readings,
)
from starapp.store.outbox import write_transaction
from starapp.store.revisions import add_history, history

if TYPE_CHECKING:
    from starapp.store.store import Store

CHUNK = 500
PERSON_COLUMNS = (
    "id", "reference", "name", "date_of_birth", "project", "key_worker", "consent_given",
    "consent_date", "consent_method", "consent_note", "archived", "created_at", "updated_at",
    "origin",
)  # fmt: skip
READING_COLUMNS = (
    "id", "person_id", "template_id", "taken_on", "worker", "kind", "participation", "status",
    "notes", "amends", "amend_reason", "amend_changes", "finalised_at", "created_at",
    "updated_at", "origin",
)  # fmt: skip
ACTION_COLUMNS = (
    "id", "person_id", "reading_id", "area_key", "description", "owner", "owner_name",
    "due_on", "status", "notes", "created_at", "updated_at", "origin",
)  # fmt: skip


class AlreadyImported(StarappError):
    """This exact bundle was imported before; importing it again changes nothing."""


@dataclass
class MergeReport:
    bundle_id: str
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    # One line per record left out or kept aside, for the UI to translate (sentence_text).
    rejected: list[Sentence] = field(default_factory=list)
    conflicts: list[Sentence] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        return {
            "added": sum(self.added.values()),
            "updated": sum(self.updated.values()),
            "unchanged": sum(self.unchanged.values()),
            "deleted": sum(self.deleted.values()),
            "rejected": len(self.rejected),
            "conflicts": len(self.conflicts),
        }


def merge_bundle(
    store: Store, manifest: dict[str, Any], records: dict[str, Any], sha256: str
) -> MergeReport:
    bundle_id = manifest["bundle_id"]
    if manifest["source_install"] == store.install_id:
        raise MergeRefused(
            "This bundle was made by this data file itself, so there is nothing to import."
        )
    with write_transaction(store):
        done = store.one(
            "SELECT sha256, imported_at FROM imported_bundles WHERE id = ?", (bundle_id,)
        )
        if done is not None:
            if done["sha256"] != sha256:
                raise MergeRefused(
                    "A different bundle with the same id was imported before; this one may "
                    "have been altered. It was refused."
                )
            raise AlreadyImported(
                "This bundle was already imported on {date}; nothing was changed.",
                date=done["imported_at"][:10],
            )
        merger = _Merger(store, manifest)
        merger.run(records)
        report = merger.report
        store.db.execute(
            "INSERT INTO imported_bundles (id, source_install, seq, sha256, created_at,"
            " imported_at, counts) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                bundle_id,
                manifest["source_install"],
                manifest["sequence"],
                sha256,
                manifest["created_at"],
                utc_now(),
                json.dumps(report.totals(), sort_keys=True),
            ),
        )
        store.audit("bundle.import", "bundle", bundle_id, json.dumps(report.totals()))
    if report.deleted["people"]:
        scrub_file(store.db.conn)  # no bytes of an erased person left in this copy either
    return report


class _Merger:
    def __init__(self, store: Store, manifest: dict[str, Any]) -> None:
        self.s = store
        self.db = store.db
        self.conn = store.db.conn
        self.manifest = manifest
        self.report = MergeReport(manifest["bundle_id"])
        self.touched_people: set[str] = set()

    def run(self, records: dict[str, Any]) -> None:
        rules = check_templates(self.s, records, self.report)
        people = {p["id"]: p for p in records["people"]}
        local_people = self._existing("people", people)
        self._check_references(records, people, local_people, rules)
        self._merge_revised("person", "people", records["people"], local_people)
        self._merge_readings(records["readings"], rules)
        actions = {a["id"]: a for a in records["actions"]}
        self._merge_revised(
            "action", "actions", records["actions"], self._existing("actions", actions)
        )
        self._apply_tombstones(records["tombstones"])
        self._refresh_people()

    # --- checks ------------------------------------------------------------------

    def _existing(self, table: str, ids: Any) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
            )
        return found

    def _check_references(
        self,
        records: dict[str, Any],
        people: dict[str, Any],
        local_people: set[str],
        rules: dict[str, TemplateRules],
    ) -> None:
        known = set(people) | local_people
        wanted = {r["person_id"] for r in records["readings"]} | {
            a["person_id"] for a in records["actions"]
        }
        missing = wanted - known - self._existing("people", wanted - known)
        if missing:
            raise MergeRefused(
                "The bundle refers to {count} person(s) that neither it nor this data "
                "file has. It was refused; ask for a full export from that laptop.",
                count=len(missing),
            )
        for r in records["readings"]:
            if r["template_id"] not in rules:
                raise MergeRefused(
                    "A reading refers to the template {template}, which neither the "
                    "bundle nor this data file has. Import that template first.",
                    template=r["template_id"],
                )
        reading_ids = {r["id"] for r in records["readings"]}
        amended = {r["amends"] for r in records["readings"] if r["amends"]} - reading_ids
        if amended - self._existing("readings", amended):
            raise MergeRefused(
                "A reading in the bundle amends a reading that neither the bundle nor this "
                "data file has. It was refused."
            )

    # --- people and action steps -----------------------------------------------------

    def _merge_revised(
        self, entity: str, table: str, incoming: list[dict[str, Any]], local_ids: set[str]
    ) -> None:
        kind = "people" if entity == "person" else "actions"
        gone = self._tombstoned(entity, [r["id"] for r in incoming])
        local_revs = history(self.db, entity, local_ids)
        adds: list[dict[str, Any]] = []
        refs = self._references() if entity == "person" else {}
        for rec in incoming:
            if rec["id"] in gone:
                self.report.rejected.append(_deleted_here(entity, rec["id"]))
                continue
            if entity == "action" and not self._action_fits(rec):
                continue
            lineage = [*rec["ancestors"], rec["rev"]]
            if rec["id"] not in local_ids:
                adds.append(self._row(entity, rec, refs))
                add_history(self.db, entity, rec["id"], lineage)
                self.report.added[kind] += 1
                continue
            revs = local_revs.get(rec["id"], [])
            if rec["rev"] in revs:
                self.report.unchanged[kind] += 1
            elif not revs or revs[-1] in rec["ancestors"]:
                row = self._row(entity, rec, refs)
                sets = ", ".join(f"{c} = :{c}" for c in row if c != "id")
                self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = :id", row)
                add_history(self.db, entity, rec["id"], lineage)
                self.report.updated[kind] += 1
            elif not self._conflict(entity, table, rec, "concurrent_edit"):
                self.report.unchanged[kind] += 1
            if entity == "person":
                self.touched_people.add(rec["id"])
        if adds:
            columns = list(adds[0])
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES"
                f" ({', '.join(':' + c for c in columns)})",
                adds,
            )
        if entity == "person":
            self.touched_people.update(r["id"] for r in incoming)

    def _row(self, entity: str, rec: dict[str, Any], refs: dict[str, str]) -> dict[str, Any]:
        if entity == "action":
            return {c: rec[c] for c in ACTION_COLUMNS}
        row = {c: rec[c] for c in PERSON_COLUMNS}
        row["consent_given"] = None if rec["consent_given"] is None else int(rec["consent_given"])
        row["archived"] = int(rec["archived"])
        # Format 3 fields: absent means none set (they travel only when one is).
        row.update({c: rec.get(c) for c in PERSON_FORMAT_3})
        row["consent_purposes"] = purposes_text(frozenset(rec.get("consent_purposes") or ()))
        row["consent_withdrawn_method"] = rec.get("consent_withdrawn_method") or ""
        row["consent_withdrawn_reason"] = rec.get("consent_withdrawn_reason") or ""
        key = rec["reference"].casefold()
        holder = refs.get(key)
        if holder is not None and holder != rec["id"]:
            # Two laptops gave the same reference to different people: keep both, apart.
            row["reference"] = f"{rec['reference']}~{rec['id'][:8]}"
            self._conflict("person", "people", rec, "reference_clash", other=holder)
            key = row["reference"].casefold()
        refs[key] = rec["id"]
        return row

    def _references(self) -> dict[str, str]:
        return {
            r[0].casefold(): r[1] for r in self.conn.execute("SELECT reference, id FROM people")
        }

    def _action_fits(self, rec: dict[str, Any]) -> bool:
        rid = rec["reading_id"]
        if rid is None or rid in self._reading_ids_here():
            return True
        self.report.rejected.append(
            Sentence(
                "action step {id}: its reading {reading} is not in the bundle or this file",
                {"id": rec["id"], "reading": rid},
            )
        )
        return False

    def _reading_ids_here(self) -> set[str]:
        if not hasattr(self, "_readings_here"):
            self._readings_here = {r[0] for r in self.conn.execute("SELECT id FROM readings")}
        return self._readings_here

    def _conflict(
        self, entity: str, table: str, rec: dict[str, Any], kind: str, other: str | None = None
    ) -> bool:
        """Keep theirs beside ours for a person to resolve; False if already flagged."""
        local = self.s.one(f"SELECT * FROM {table} WHERE id = ?", (other or rec["id"],)) or {}
        marker = rec["rev"] if kind == "concurrent_edit" else f"reference:{rec['reference']}"
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO conflicts (id, entity, entity_id, kind, local, incoming,"
            " incoming_rev, bundle_id, source_install, detected_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new_id(),
                entity,
                rec["id"],
                kind,
                json.dumps(local, sort_keys=True),
                json.dumps(rec, sort_keys=True),
                marker,
                self.manifest["bundle_id"],
                self.manifest["source_install"],
                utc_now(),
            ),
        )
        if not cur.rowcount:
            return False
        self.report.conflicts.append(_conflict_line(entity, rec["id"], kind))
        return True

    # --- readings ----------------------------------------------------------------------

    def _merge_readings(
        self, readings: list[dict[str, Any]], rules: dict[str, TemplateRules]
    ) -> None:
        here = self._existing("readings", [r["id"] for r in readings])
        rejected: set[str] = set()
        rows: list[tuple[Any, ...]] = []
        scores: list[tuple[Any, ...]] = []
        for r in order_readings(readings):
            rid = r["id"]
            if rid in here:
                self.report.unchanged["readings"] += 1
                continue
            problem = rules[r["template_id"]].problem(r["scores"])
            if problem is None and r["amends"] in rejected:
                problem = Sentence("it amends a reading that was rejected")
            if problem is not None:
                rejected.add(rid)
                self.report.rejected.append(
                    Sentence("reading {id}: {problem}", {"id": rid, "problem": problem})
                )
                continue
            r = {**r, "status": "final", "amend_changes": json.dumps(r["amend_changes"])}
            rows.append(tuple(r[c] for c in READING_COLUMNS))
            stamp = r["finalised_at"]
            scores.extend(
                (
                    rid,
                    s["area"],
                    s["value"],
                    int(s["not_applicable"]),
                    s["note"],
                    s.get("own_value"),
                    stamp,
                )
                for s in r["scores"]
            )
            self.touched_people.add(r["person_id"])
            self.report.added["readings"] += 1
        marks = ", ".join("?" * len(READING_COLUMNS))
        self.conn.executemany(
            f"INSERT INTO readings ({', '.join(READING_COLUMNS)}) VALUES ({marks})", rows
        )
        self.conn.executemany(
            "INSERT INTO scores (reading_id, area_key, value, not_applicable, note, own_value,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            scores,
        )
        self._readings_here = self._reading_ids_here() | {row[0] for row in rows}

    # --- tombstones and summaries --------------------------------------------------------

    def _tombstoned(self, entity: str, ids: list[str]) -> set[str]:
        gone = {
            r[0]
            for r in self.conn.execute(
                "SELECT entity_id FROM tombstones WHERE entity = ?", (entity,)
            )
        }
        return gone & set(ids)

    def _apply_tombstones(self, tombstones: list[dict[str, Any]]) -> None:
        for t in tombstones:
            entity, tid = t["entity"], t["id"]
            kind = "people" if entity == "person" else "actions"
            if entity == "person":
                deleted = purge_person(self.conn, tid)
                self.touched_people.discard(tid)
            else:
                deleted = self.conn.execute("DELETE FROM actions WHERE id = ?", (tid,)).rowcount
            self.conn.execute(
                "INSERT OR IGNORE INTO tombstones (entity, entity_id, deleted_at, origin)"
                " VALUES (?, ?, ?, ?)",
                (entity, tid, t["deleted_at"], t["origin"]),
            )
            if deleted:
                self.report.deleted[kind] += 1
            else:
                self.report.unchanged["tombstones"] += 1

    def _refresh_people(self) -> None:
        """The people list's summary columns, for everyone whose readings changed."""
        ids = list(self.touched_people)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            self.conn.execute(
                f"""
                UPDATE people SET
                  reading_count = (SELECT count(*) FROM readings AS r WHERE r.person_id = people.id
                    AND r.status = 'final'
                    AND NOT EXISTS (SELECT 1 FROM readings AS a WHERE a.amends = r.id)),
                  latest_reading_id = (SELECT r.id FROM readings AS r WHERE r.person_id = people.id
                    AND r.status = 'final'
                    AND NOT EXISTS (SELECT 1 FROM readings AS a WHERE a.amends = r.id)
                    ORDER BY r.taken_on DESC, r.created_at DESC LIMIT 1),
                  last_reading_on = (SELECT max(r.taken_on) FROM readings AS r
                    WHERE r.person_id = people.id AND r.status = 'final'
                    AND NOT EXISTS (SELECT 1 FROM readings AS a WHERE a.amends = r.id))
                WHERE id IN ({marks})
                """,
                chunk,
            )


def _deleted_here(entity: str, record_id: str) -> Sentence:
    if entity == "person":
        return Sentence("person {id}: it was deleted here", {"id": record_id})
    return Sentence("action {id}: it was deleted here", {"id": record_id})


def _conflict_line(entity: str, record_id: str, kind: str) -> Sentence:
    if kind == "reference_clash":
        return Sentence("person {id}: reference used twice", {"id": record_id})
    if entity == "person":
        return Sentence("person {id}: changed on two laptops", {"id": record_id})
    return Sentence("action {id}: changed on two laptops", {"id": record_id})
