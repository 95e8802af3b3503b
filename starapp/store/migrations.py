"""Numbered schema migrations. Never edit a released step; add a new one.

``PRAGMA user_version`` holds the schema version; ``PRAGMA application_id`` marks the
file as starapp's so other SQLite files are refused.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x53544152  # "STAR"

_COMMON = """
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL
"""

MIGRATIONS: list[str] = [
    # 1: the first schema
    f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE templates (
        {_COMMON},
        key TEXT NOT NULL,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        json TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0,
        UNIQUE (key, version)
    );
    CREATE TABLE people (
        {_COMMON},
        reference TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        date_of_birth TEXT,
        project TEXT NOT NULL DEFAULT '',
        key_worker TEXT NOT NULL DEFAULT '',
        consent_given INTEGER,
        consent_date TEXT,
        consent_method TEXT NOT NULL DEFAULT '',
        consent_note TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0,
        reading_count INTEGER NOT NULL DEFAULT 0,
        last_reading_on TEXT,
        latest_reading_id TEXT
    );
    CREATE UNIQUE INDEX people_reference ON people (reference COLLATE NOCASE);
    CREATE INDEX people_project ON people (project);
    CREATE INDEX people_key_worker ON people (key_worker);
    CREATE TABLE readings (
        {_COMMON},
        person_id TEXT NOT NULL REFERENCES people (id),
        template_id TEXT NOT NULL REFERENCES templates (id),
        taken_on TEXT NOT NULL,
        worker TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('first', 'review', 'exit')),
        participation TEXT NOT NULL CHECK (participation IN ('joint', 'worker_only')),
        status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
        notes TEXT NOT NULL DEFAULT '',
        amends TEXT REFERENCES readings (id),
        amend_reason TEXT NOT NULL DEFAULT '',
        amend_changes TEXT NOT NULL DEFAULT '[]',
        finalised_at TEXT
    );
    CREATE INDEX readings_person ON readings (person_id, taken_on);
    CREATE INDEX readings_amends ON readings (amends);
    CREATE TABLE scores (
        reading_id TEXT NOT NULL REFERENCES readings (id) ON DELETE CASCADE,
        area_key TEXT NOT NULL,
        value INTEGER,
        not_applicable INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (reading_id, area_key)
    ) WITHOUT ROWID;
    CREATE TABLE actions (
        {_COMMON},
        person_id TEXT NOT NULL REFERENCES people (id),
        reading_id TEXT REFERENCES readings (id),
        area_key TEXT NOT NULL,
        description TEXT NOT NULL,
        owner TEXT NOT NULL CHECK (owner IN ('person', 'worker', 'other')),
        owner_name TEXT NOT NULL DEFAULT '',
        due_on TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX actions_person ON actions (person_id);
    CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        change TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        bundle_id TEXT
    );
    CREATE INDEX outbox_state ON outbox (state);
    CREATE TABLE audit (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        origin TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, current: int) -> None:
    """Bring the schema from ``current`` to SCHEMA_VERSION, one transaction per step."""
    for number in range(current + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number - 1].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
