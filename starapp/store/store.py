"""The Store: one open data file and the typed API over it.

Every public write runs in one transaction together with its audit row (and its
outbox entry when the change must reach the charity), so a crash leaves either all
of it or none of it.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from starapp.core.clock import new_id, utc_now
from starapp.store import cipher
from starapp.store.actions import ActionsRepo
from starapp.store.connection import connect
from starapp.store.encryption import open_connection
from starapp.store.errors import DataFileError
from starapp.store.migrations import SCHEMA_VERSION
from starapp.store.people import PeopleRepo
from starapp.store.readings import CURRENT, ReadingsRepo
from starapp.store.revisions import REVISED, add_revision
from starapp.store.templates import TemplatesRepo


class Store:
    key_id: str | None = None  # fingerprint of an encrypted file's data key; None: plain
    recovery_key: str | None = None  # only right after creating an encrypted file
    _key: bytes | None = None  # an encrypted file's data key, for reopen()

    def __init__(self, conn: sqlite3.Connection, path: Path, actor: str) -> None:
        self.path = path
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        self.actor = actor
        self.install_id = self._ensure_meta()
        self.templates = TemplatesRepo(self)
        self.people = PeopleRepo(self)
        self.readings = ReadingsRepo(self)
        self.actions = ActionsRepo(self)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = False,
        actor: str = "",
        passphrase: str | None = None,
        recovery_key: str | None = None,
    ) -> Store:
        """Open (or with ``create`` make) a data file; raises DataFileError subclasses.

        An encrypted file needs its ``passphrase`` (or ``recovery_key``): without one it
        raises PassphraseRequired, with a wrong one WrongPassphrase / WrongRecoveryKey,
        and the file is not touched. A plain file needs neither. ``create`` with a
        passphrase makes a new file encrypted and sets ``store.recovery_key`` (show it
        once, then set it to None); without a passphrase a new file is plain (tests and
        demo data only).
        """
        path = Path(path).expanduser()
        opened = open_connection(
            path, create=create, passphrase=passphrase, recovery_key=recovery_key
        )
        store = cls(opened.conn, path, actor or os_user())
        store.key_id = opened.key_id
        store.recovery_key = opened.recovery_key
        store._key = opened.key
        return store

    def reopen(self) -> Store:
        """Another connection to this file, with the same key: one per worker thread,
        because a connection must not be shared across threads mid-transaction."""
        store = Store(connect(self.path, create=False, key=self._key), self.path, self.actor)
        store.key_id = self.key_id
        store._key = self._key
        store.templates.locale = self.templates.locale
        return store

    @property
    def encrypted(self) -> bool:
        return self.key_id is not None

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One all-or-nothing change. A disk that is full, a read-only file or a file
        busy in another program rolls it back and raises DataFileError with a sentence."""
        try:
            with self.db.atomic() as db:
                yield db
        except cipher.OPERATIONAL_ERRORS as exc:
            raise _write_failure(self.path, exc) from exc

    def one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> dict[str, Any] | None:
        return next(iter(self.db.query(sql, params)), None)

    # --- bookkeeping shared by the repos -----------------------------------------

    def audit(self, action: str, entity: str, entity_id: str, detail: str = "") -> None:
        """Who did what, when. Never names, notes or scores."""
        self.db.table("audit").insert(
            {
                "id": new_id(),
                "at": utc_now(),
                "origin": self.install_id,
                "actor": self.actor,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "detail": detail,
            }
        )

    def enqueue(self, entity: str, entity_id: str, change: str = "upsert") -> None:
        """Queue a change for sync; called inside the transaction that made it."""
        seq = self.db.execute("SELECT coalesce(max(seq), 0) + 1 FROM outbox").fetchone()[0]
        change_id = new_id()
        if entity in REVISED and change != "delete":
            add_revision(self.db, entity, entity_id, change_id)  # see store/revisions.py
        self.db.table("outbox").insert(
            {
                "id": change_id,
                "seq": seq,
                "created_at": utc_now(),
                "entity": entity,
                "entity_id": entity_id,
                "change": change,
                "state": "pending",
            }
        )

    def stamp(self) -> dict[str, str]:
        now = utc_now()
        return {"id": new_id(), "created_at": now, "updated_at": now, "origin": self.install_id}

    # --- whole-file queries ------------------------------------------------------

    def stats(self) -> dict[str, int]:
        def count(sql: str) -> int:
            return int(self.db.execute(sql).fetchone()[0])

        return {
            "people": count("SELECT count(*) FROM people"),
            "people_archived": count("SELECT count(*) FROM people WHERE archived"),
            "readings_final": count(
                f"SELECT count(*) FROM readings WHERE status = 'final' AND {CURRENT}"
            ),
            "readings_amended": count("SELECT count(*) FROM readings WHERE amends IS NOT NULL"),
            "readings_draft": count("SELECT count(*) FROM readings WHERE status = 'draft'"),
            "scores": count("SELECT count(*) FROM scores"),
            "action_steps": count("SELECT count(*) FROM actions"),
            "templates": count("SELECT count(*) FROM templates"),
            "waiting_changes": count("SELECT count(*) FROM outbox WHERE state != 'delivered'"),
        }

    def integrity_problems(self) -> list[str]:
        """Empty when the file is sound; otherwise one line per problem found."""
        try:
            problems = [
                row[0]
                for row in self.db.execute("PRAGMA integrity_check").fetchall()
                if row[0] != "ok"
            ]
            problems += [
                f"table {table} row {rowid} points at a missing {parent} record"
                for table, rowid, parent, _ in self.db.execute("PRAGMA foreign_key_check")
            ]
        except cipher.DATABASE_ERRORS as exc:
            problems = [f"the file cannot be read in full ({exc})"]
        if self.encrypted:  # every page's HMAC: damaged or altered pages
            problems += cipher.page_problems(self.db.conn)
        return problems

    def meta(self, key: str) -> str | None:
        row = self.one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.put_meta({key: value})

    def put_meta(self, values: dict[str, str]) -> None:
        """Write ``meta`` keys, inside the caller's transaction. Plain SQL, not sqlite-utils'
        upsert: that one remembers a failed ON CONFLICT probe (made while the file refused
        writes) and afterwards silently writes nothing."""
        self.db.conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )

    def _ensure_meta(self) -> str:
        install_id = self.db.execute("SELECT value FROM meta WHERE key = 'install_id'").fetchone()
        if install_id:
            return str(install_id[0])
        new = new_id()
        with self.db.atomic():
            self.db.table("meta").insert_all(
                [
                    {"key": "install_id", "value": new},
                    {"key": "created_at", "value": utc_now()},
                    {"key": "app", "value": "starapp"},
                    {"key": "created_by_schema", "value": str(SCHEMA_VERSION)},
                ]
            )
        return new


def _write_failure(path: Path, exc: Exception) -> Exception:
    text = str(exc).lower()
    if "full" in text:
        return DataFileError(
            "The disk is full, so the last change was not saved. Free some space, then try "
            "again; everything saved before is safe."
        )
    if "readonly" in text or "read-only" in text:
        return DataFileError(
            "The data file {path} cannot be written (it is read-only), so the last change "
            "was not saved. Copy it somewhere you can write to.",
            path=path,
        )
    if "locked" in text or "busy" in text:
        return DataFileError(
            "The data file is busy in another program, so the last change was not saved. "
            "Try again in a moment."
        )
    return exc


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
