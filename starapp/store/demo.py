"""Fictional demo data at any scale: ``starapp demo --people N``.

Everything here is made up: reference codes start with ``DEMO-``, names are a first
name and a surname initial at most, and projects and workers are invented. The same
seed always gives the same people, readings and scores (ids too), so demo files and
benchmarks can be compared. Demo records are never put in the outbox: they must
never reach a charity.

This module writes the rows; ``demo_people`` makes each person's rows and
``demo_wording`` holds the made-up names and notes. People are made in batches and
written with ``executemany`` inside one transaction, so 10,000 people (about 120,000
readings, a million scores) take seconds.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from starapp.core.clock import today as _today
from starapp.core.errors import ValidationError
from starapp.core.readings import template_id
from starapp.core.templates import StarTemplate, builtin_templates
from starapp.store.demo_people import PeopleGenerator, Plan, Rows
from starapp.store.demo_wording import PROJECTS, TEMPLATE_WEIGHTS
from starapp.store.revisions import seed_rev
from starapp.store.settings import load_settings, save_settings

if TYPE_CHECKING:
    from starapp.store.store import Store

BATCH_PEOPLE = 500

_PEOPLE_SQL = (
    "INSERT INTO people (id, created_at, updated_at, origin, reference, name, date_of_birth,"
    " project, key_worker, consent_given, consent_date, consent_method, consent_note,"
    " consent_purposes, archived, reading_count, last_reading_on, latest_reading_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_READINGS_SQL = (
    "INSERT INTO readings (id, created_at, updated_at, origin, person_id, template_id,"
    " taken_on, worker, kind, participation, status, notes, amends, amend_reason,"
    " amend_changes, finalised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SCORES_SQL = (
    "INSERT INTO scores (reading_id, area_key, value, not_applicable, note, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_ACTIONS_SQL = (
    "INSERT INTO actions (id, created_at, updated_at, origin, person_id, reading_id,"
    " area_key, description, owner, owner_name, due_on, status, notes)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

_REVISIONS_SQL = "INSERT INTO revisions (entity, entity_id, rev) VALUES (?, ?, ?)"


def fill_demo(store: Store, *, people: int, seed: int, today: date | None = None) -> dict[str, int]:
    """Add ``people`` fictional people with readings and action steps; return counts.

    The file must not hold any people yet. ``today`` anchors the dates (default: today).
    """
    if people < 0:
        raise ValueError("people must not be negative")
    conn = store.db.conn
    if conn.execute("SELECT 1 FROM people LIMIT 1").fetchone():
        raise ValidationError(
            "people", "Demo data goes into a new data file; this one already holds people."
        )
    rng = random.Random(seed)
    anchor = (today or _today()).toordinal()
    counts = {"people": 0, "readings": 0, "scores": 0, "actions": 0}
    old_sync = conn.execute("PRAGMA synchronous").fetchone()[0]
    old_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    # Demo data can be made again, so the fill itself need not survive a power cut; the
    # checkpoint below writes it to the main file once FULL is back.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB while the indexes grow
    try:
        with store.transaction():
            plans = _ensure_templates(store)
            weights = [p.weight for p in plans]
            gen = PeopleGenerator(rng, anchor, store.install_id)
            for start in range(0, people, BATCH_PEOPLE):
                rows = Rows([], [], [], [])
                for number in range(start + 1, min(people, start + BATCH_PEOPLE) + 1):
                    plan = rng.choices(plans, weights)[0]
                    gen.person(number, plan, rows)
                conn.executemany(_PEOPLE_SQL, rows.people)
                conn.executemany(_READINGS_SQL, rows.readings)
                conn.executemany(_SCORES_SQL, rows.scores)
                conn.executemany(_ACTIONS_SQL, rows.actions)
                # Like records made before sync existed: only their seed revision.
                conn.executemany(
                    _REVISIONS_SQL,
                    [("person", p[0], seed_rev(p[0])) for p in rows.people]
                    + [("action", a[0], seed_rev(a[0])) for a in rows.actions],
                )
                for key, got in zip(counts, vars(rows).values(), strict=True):
                    counts[key] += len(got)
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', ?)",
                (json.dumps({"seed": seed, "people": people}),),
            )
            store.audit("demo.fill", "demo", str(seed), f"people={counts['people']}")
            # A demo file is for looking around: no first-run set-up questions.
            save_settings(store, replace(load_settings(store), setup_done=True))
    finally:
        conn.execute(f"PRAGMA synchronous = {int(old_sync)}")
        conn.execute(f"PRAGMA cache_size = {int(old_cache)}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return counts


def _ensure_templates(store: Store) -> list[Plan]:
    """Store the sample templates; drop the outbox entries that adds (demo never syncs)."""
    conn = store.db.conn
    before = conn.execute("SELECT coalesce(max(seq), 0) FROM outbox").fetchone()[0]
    templates: Sequence[StarTemplate] = builtin_templates()
    if not templates:
        raise ValidationError("templates", "No sample templates were found to make demo data.")
    for t in templates:
        store.templates.ensure(t, builtin=True)
    conn.execute("DELETE FROM outbox WHERE seq > ? AND entity = 'template'", (before,))
    all_projects = tuple(sorted({p for ps in PROJECTS.values() for p in ps}))
    return [
        Plan(
            tid=template_id(t),
            keys=tuple(t.area_keys),
            na_allowed=tuple(a.allow_not_applicable for a in t.areas),
            lo=t.scale_min,
            hi=t.scale_max,
            projects=PROJECTS.get(t.key, all_projects),
            weight=TEMPLATE_WEIGHTS.get(t.key, 10),
        )
        for t in templates
    ]
