"""Driving the sync engine in tests: a clock that jumps past every backoff."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from starapp.store.targets import TargetsRepo
from starapp.sync.engine import SyncEngine, SyncSettings

SETTINGS = SyncSettings(timeout=0.5)


class JumpingClock:
    def __init__(self) -> None:
        self.t = datetime.now(UTC) + timedelta(minutes=1)

    def __call__(self) -> datetime:
        return self.t

    def jump(self, hours: float = 5) -> None:
        self.t += timedelta(hours=hours)  # past the longest backoff


def engine_for(store, secrets=None, clock=None):
    return SyncEngine(
        store,
        secrets=secrets or {},
        settings=SETTINGS,
        now=clock or JumpingClock(),
        rng=random.Random(1),
    )


def sync_until_done(store, secrets, *, max_passes=40):
    """Run passes, jumping the clock past each backoff, until nothing waits (bounded)."""
    clock = JumpingClock()
    engine = engine_for(store, secrets, clock)
    results = []
    for _ in range(max_passes):
        results.append(engine.run_once())
        if store.stats()["waiting_changes"] == 0:
            return results
        clock.jump()
    raise AssertionError(f"still waiting after {max_passes} passes: {results[-1].problems}")


def add_dav_target(store, url, user="worker", name="cloud"):
    return TargetsRepo(store).add(name, "webdav", url, username=user)
