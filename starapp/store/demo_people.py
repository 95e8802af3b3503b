"""Rows for fictional people, one person at a time, for ``demo.fill_demo`` to write.

A person gets 1-20 final readings a few months apart whose scores follow a shape (mostly
up, some flat, down or wavy), now and then an amendment or an unfinished draft, and a
few action steps. Everything comes from one seeded ``random.Random`` in a fixed order,
ids included, so the same seed always gives the same rows. Rows are plain tuples in
the column order of ``demo``'s INSERT statements.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from starapp.store.demo_wording import (
    AMEND_REASONS,
    CONSENT_METHODS,
    FIRST_NAMES,
    INITIALS,
    OTHER_OWNERS,
    READING_NOTES,
    SCORE_NOTES,
    WORKER_NAMES,
    action_words,
)

MAX_SPAN_DAYS = 1200  # readings spread over the last ~3 years


@dataclass(frozen=True)
class Plan:
    """What the generator needs to know about one template."""

    tid: str
    keys: tuple[str, ...]
    na_allowed: tuple[bool, ...]
    lo: int
    hi: int
    projects: tuple[str, ...]
    weight: int


@dataclass(frozen=True)
class _Final:
    """A final reading already generated, as the later steps need it."""

    id: str
    day: int
    created: str
    worker: str
    kind: str
    first_score: int  # index of its first row in Rows.scores


@dataclass
class Rows:
    """One batch of rows per table, each a tuple in its INSERT statement's column order."""

    people: list[tuple[Any, ...]]
    readings: list[tuple[Any, ...]]
    scores: list[tuple[Any, ...]]
    actions: list[tuple[Any, ...]]


@cache
def _iso(day: int) -> str:
    """The ISO date of a proleptic ordinal day (cached: a fill uses ~1,300 distinct days)."""
    return date.fromordinal(day).isoformat()


_V4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_V4_SET = (0x4000 << 64) | (0x8000 << 48)


def _uuid4(bits: int) -> str:
    """Same text as ``str(uuid.UUID(int=bits, version=4))``, several times faster."""
    h = f"{(bits & _V4_CLEAR) | _V4_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class PeopleGenerator:
    """Makes people's rows from one seeded generator; ``today`` is a proleptic ordinal day."""

    def __init__(self, rng: random.Random, today: int, origin: str) -> None:
        self.rng = rng
        self.today = today
        self.origin = origin
        self.workers: dict[str, tuple[str, ...]] = {}

    def uuid(self) -> str:
        return _uuid4(self.rng.getrandbits(128))

    def stamp(self, day: int) -> str:
        """A UTC time during working hours on ``day``."""
        minutes, second = divmod(28_800 + int(self.rng.random() * 36_000), 60)
        return f"{_iso(day)}T{minutes // 60:02d}:{minutes % 60:02d}:{second:02d}.000+00:00"

    def project_workers(self, project: str) -> tuple[str, ...]:
        if project not in self.workers:
            self.workers[project] = tuple(self.rng.sample(WORKER_NAMES, 4))
        return self.workers[project]

    # --- one person -------------------------------------------------------------

    def person(self, number: int, plan: Plan, rows: Rows) -> None:
        r = self.rng
        pid = self.uuid()
        project = r.choice(plan.projects)
        workers = self.project_workers(project)
        key_worker = r.choice(workers)
        young = plan.tid.startswith("young-person")
        n = max(1, min(20, round(r.gauss(12, 4.5))))
        exited = n >= 3 and r.random() < 0.2
        days = self.reading_days(n, exited)
        kinds = ["first"] + ["review"] * (n - 1)
        if exited:
            kinds[-1] = "exit"

        values = self.trajectories(plan, n)
        joined = days[0] - r.randint(0, 14)
        finals: list[_Final] = []
        for i, day in enumerate(days):
            rid = self.uuid()
            created = self.stamp(day)
            worker = key_worker if r.random() < 0.85 else r.choice(workers)
            rows.readings.append(
                (rid, created, created, self.origin, pid, plan.tid, _iso(day), worker,
                 kinds[i], "joint" if r.random() < 0.93 else "worker_only", "final",
                 r.choice(READING_NOTES) if r.random() < 0.15 else "", None, "", "[]", created)
            )  # fmt: skip
            first_score = len(rows.scores)
            self.scores(rid, plan, values[i], values[i - 1] if i else None, created, rows)
            finals.append(_Final(rid, day, created, worker, kinds[i], first_score))

        current = list(finals)
        if n >= 2 and r.random() < 0.02:
            index = r.randrange(n)
            current[index] = self.amendment(pid, plan, finals[index], values[index], rows)

        if not exited and r.random() < 0.04:
            self.draft(pid, plan, days[-1], values[-1], key_worker, rows)

        self.action_steps(pid, plan, finals, values, key_worker, rows)

        latest = max(current, key=lambda f: (f.day, f.created))
        archived = exited and days[-1] < self.today - 180 and r.random() < 0.5
        rows.people.append(
            (pid, self.stamp(joined), latest.created, self.origin, f"DEMO-{number:05d}",
             self.name(), self.date_of_birth(joined, young), project, key_worker,
             *self.consent(joined), int(archived), len(current), _iso(latest.day), latest.id)
        )  # fmt: skip

    def name(self) -> str:
        r = self.rng
        if r.random() < 0.3:
            return ""  # code only
        first = r.choice(FIRST_NAMES)
        return first if r.random() < 0.2 else f"{first} {r.choice(INITIALS)}."

    def date_of_birth(self, first_day: int, young: bool) -> str | None:
        r = self.rng
        if r.random() < 0.35:
            return None
        age_days = r.randint(16 * 365, 24 * 365) if young else r.randint(19 * 365, 70 * 365)
        return _iso(first_day - age_days)

    def consent(self, joined: int) -> tuple[int | None, str | None, str, str, str]:
        r = self.rng
        roll = r.random()
        when = _iso(joined)
        if roll < 0.88:  # purposes as a service would ask them: keeping the record first
            return 1, when, r.choice(CONSENT_METHODS), "", "keep_record,share_anonymised_figures"
        if roll < 0.95:
            return None, None, "", "", ""
        return 0, when, "verbal", "Declined sharing beyond the project for now.", ""

    def reading_days(self, n: int, exited: bool) -> list[int]:
        """Day numbers, oldest first: 2-4 months apart, within the last ~3 years."""
        r = self.rng
        gaps = [r.randint(60, 120) for _ in range(n - 1)]
        if sum(gaps) > MAX_SPAN_DAYS - 30:
            squeeze = (MAX_SPAN_DAYS - 30) / sum(gaps)
            gaps = [max(21, int(g * squeeze)) for g in gaps]
        since_last = r.randint(30, 400) if exited else r.randint(0, 100)
        since_last = max(0, min(since_last, MAX_SPAN_DAYS - sum(gaps)))
        day = self.today - since_last - sum(gaps)
        days = [day]
        for g in gaps:
            day += g
            days.append(day)
        return days

    def trajectories(self, plan: Plan, n: int) -> list[list[int | None]]:
        """values[i][a]: the score of area a at reading i; None means not applicable."""
        r = self.rng
        rand = r.random
        lo, hi = plan.lo, plan.hi
        span = hi - lo
        shape = r.choices(("up", "flat", "down", "wavy"), (50, 25, 10, 15))[0]
        columns: list[list[int | None]] = []
        for allowed in plan.na_allowed:
            if shape == "up":
                start, slope = r.uniform(0.05, 0.5), r.uniform(0.01, 0.07)
            elif shape == "flat":
                start, slope = r.uniform(0.2, 0.8), r.uniform(-0.005, 0.005)
            elif shape == "down":
                start, slope = r.uniform(0.45, 0.85), -r.uniform(0.01, 0.05)
            else:
                start, slope = r.uniform(0.2, 0.6), r.uniform(0.0, 0.03)
            ceiling = r.uniform(0.65, 1.0)
            wave = r.uniform(0.05, 0.15) if shape == "wavy" else 0.0
            phase = r.uniform(0, 6.3)
            column: list[int | None] = []
            for i in range(n):
                level = lo + span * min(ceiling, start + slope * i)
                if wave:
                    level += span * wave * math.sin(phase + i)
                # noise: a sum of three uniforms (sd 0.6), much cheaper than gauss()
                value = round(level + 1.2 * (rand() + rand() + rand() - 1.5))
                column.append(lo if value < lo else hi if value > hi else value)
            if allowed:
                roll = r.random()
                if roll < 0.2:
                    column = [None] * n
                elif roll < 0.3:
                    until = r.randint(1, n)
                    column[:until] = [None] * until
            columns.append(column)
        return [list(row) for row in zip(*columns, strict=True)]

    def scores(
        self,
        rid: str,
        plan: Plan,
        now: Sequence[int | None],
        before: Sequence[int | None] | None,
        updated: str,
        rows: Rows,
        answered: int | None = None,
    ) -> None:
        rand = self.rng.random
        append = rows.scores.append
        for a, key in enumerate(plan.keys[:answered]):
            value = now[a]
            note = ""
            if rand() < 0.06 and value is not None:
                prev = before[a] if before is not None else None
                mood = "same" if prev is None or prev == value else "up" if value > prev else "down"
                note = self.rng.choice(SCORE_NOTES[mood])
            append((rid, key, value, int(value is None), note, updated))

    def amendment(
        self, pid: str, plan: Plan, original: _Final, values: list[int | None], rows: Rows
    ) -> _Final:
        """Correct one score of a final reading, keeping its notes; return the amendment."""
        r = self.rng
        scored = [a for a, v in enumerate(values) if v is not None]
        a = r.choice(scored)
        old = values[a]
        assert old is not None
        new = old + 1 if old < plan.hi else old - 1
        rid = self.uuid()
        at = max(self.stamp(min(original.day + r.randint(1, 10), self.today)), original.created)
        diff = json.dumps([{"area": plan.keys[a], "old": old, "new": new}])
        rows.readings.append(
            (rid, at, at, self.origin, pid, plan.tid, _iso(original.day), original.worker,
             original.kind, "joint", "final", "", original.id, r.choice(AMEND_REASONS), diff, at)
        )  # fmt: skip
        start, first = original.first_score, len(rows.scores)
        for i, (_, key, value, na, note, _) in enumerate(rows.scores[start : start + len(values)]):
            rows.scores.append((rid, key, new if i == a else value, na, note, at))
        return _Final(rid, original.day, at, original.worker, original.kind, first)

    def draft(
        self, pid: str, plan: Plan, last: int, values: list[int | None], worker: str, rows: Rows
    ) -> None:
        """A reading started recently and not finished: some areas not scored yet."""
        r = self.rng
        day = max(last + 1, self.today - r.randint(0, 20))
        if day > self.today:
            return
        rid = self.uuid()
        created = self.stamp(day)
        rows.readings.append(
            (rid, created, created, self.origin, pid, plan.tid, _iso(day), worker, "review",
             "joint", "draft", "", None, "", "[]", None)
        )  # fmt: skip
        answered = r.randint(0, len(plan.keys) - 1)
        self.scores(rid, plan, values, None, created, rows, answered)

    def action_steps(
        self,
        pid: str,
        plan: Plan,
        finals: list[_Final],
        values: list[list[int | None]],
        key_worker: str,
        rows: Rows,
    ) -> None:
        r = self.rng
        for _ in range(r.choices((0, 1, 2, 3, 4, 5), (10, 20, 25, 20, 15, 10))[0]):
            index = r.randrange(len(finals))
            rid, day, created = finals[index].id, finals[index].day, finals[index].created
            scored = [(v, a) for a, v in enumerate(values[index]) if v is not None]
            a = min(scored)[1] if r.random() < 0.6 else r.choice(scored)[1]
            key = plan.keys[a]
            due = day + r.randint(14, 90)
            if due < self.today - 30:
                status = r.choices(("done", "dropped", "open"), (70, 10, 20))[0]
            else:
                status = "open"
            owner = r.choices(("person", "worker", "other"), (60, 30, 10))[0]
            owner_name = {"person": "", "worker": key_worker}.get(owner) or r.choice(OTHER_OWNERS)
            rows.actions.append(
                (self.uuid(), created, created, self.origin, pid, rid, key,
                 r.choice(action_words(key)), owner, owner_name,
                 _iso(due) if r.random() < 0.85 else None, status, "")
            )  # fmt: skip
