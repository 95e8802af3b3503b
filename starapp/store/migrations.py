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
    # 2: sync — targets, frozen bundles and their deliveries, revisions of editable
    # records (to spot changes made on two laptops), tombstones, imported bundles and
    # conflicts found on import. See docs/bundle-format.md.
    """
    CREATE TABLE sync_targets (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('folder', 'webdav', 'https')),
        location TEXT NOT NULL,
        username TEXT NOT NULL DEFAULT '',
        ca_file TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        attention TEXT,
        attention_at TEXT,
        last_attempt_at TEXT,
        last_success_at TEXT,
        last_error TEXT
    );
    CREATE TABLE bundles (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('changes', 'full')),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        counts TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('sending', 'delivered')),
        delivered_at TEXT,
        data BLOB
    );
    CREATE TABLE deliveries (
        bundle_id TEXT NOT NULL REFERENCES bundles (id),
        target_id TEXT NOT NULL REFERENCES sync_targets (id) ON DELETE CASCADE,
        state TEXT NOT NULL
            CHECK (state IN ('pending', 'sending', 'delivered', 'conflict', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        updated_at TEXT NOT NULL,
        delivered_at TEXT,
        PRIMARY KEY (bundle_id, target_id)
    );
    CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);
    CREATE INDEX outbox_bundle ON outbox (bundle_id);
    CREATE TABLE revisions (
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        rev TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id, rev)
    );
    INSERT INTO revisions (entity, entity_id, rev)
        SELECT 'person', id, 'seed:' || id FROM people;
    INSERT INTO revisions (entity, entity_id, rev)
        SELECT 'action', id, 'seed:' || id FROM actions;
    CREATE TABLE tombstones (
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        origin TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id)
    );
    CREATE TABLE imported_bundles (
        id TEXT PRIMARY KEY,
        source_install TEXT NOT NULL,
        seq INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        counts TEXT NOT NULL
    );
    CREATE INDEX imported_bundles_source ON imported_bundles (source_install, seq);
    CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('concurrent_edit', 'reference_clash')),
        local TEXT NOT NULL,
        incoming TEXT NOT NULL,
        incoming_rev TEXT NOT NULL,
        bundle_id TEXT NOT NULL,
        source_install TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT,
        UNIQUE (entity, entity_id, incoming_rev, kind)
    );
    """,
    # 3: the person's own score beside the agreed one (null: not recorded). Reports use
    # the agreed ``value``; bundles carry it as a score's optional ``own_value``.
    """
    ALTER TABLE scores ADD COLUMN own_value INTEGER;
    """,
    # 4: consent "for what" (comma-separated purpose keys, see core/people.py) and its
    # withdrawal, kept beside the consent rather than replacing it; and the day a person
    # was archived, which retention counts from. Consent given before purposes existed
    # was asked as "consent to keep their details", so it becomes keep_record. People
    # archived before are dated by their last archive audit row (else their last change).
    # The audit index serves the audit view's person filter and subject access.
    """
    CREATE INDEX audit_entity ON audit (entity_id);
    ALTER TABLE people ADD COLUMN consent_purposes TEXT NOT NULL DEFAULT '';
    ALTER TABLE people ADD COLUMN consent_withdrawn_on TEXT;
    ALTER TABLE people ADD COLUMN consent_withdrawn_method TEXT NOT NULL DEFAULT '';
    ALTER TABLE people ADD COLUMN consent_withdrawn_reason TEXT NOT NULL DEFAULT '';
    ALTER TABLE people ADD COLUMN archived_on TEXT;
    UPDATE people SET consent_purposes = 'keep_record' WHERE consent_given = 1;
    UPDATE people SET archived_on = substr(coalesce(
        (SELECT max(a.at) FROM audit AS a
         WHERE a.action = 'person.archive' AND a.entity_id = people.id),
        updated_at), 1, 10)
    WHERE archived
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
