"""What the status bar and ``starapp sync`` show: waiting changes, last success, problems."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from starapp.core.errors import Sentence
from starapp.store.outbox import Outbox
from starapp.store.targets import TargetConfig, TargetsRepo

if TYPE_CHECKING:
    from starapp.store.store import Store


@dataclass(frozen=True)
class SyncStatus:
    waiting: int  # changes not yet delivered
    last_success_at: str | None
    next_attempt_at: str | None
    targets: list[TargetConfig]
    conflicts: int  # bundles a target holds a different file for
    problems: list[Sentence]  # what needs a person; str() is the English

    def summary(self) -> str:
        if not self.targets:
            return f"{self.waiting} waiting — no sync target set up"
        if self.problems:
            return f"{self.waiting} waiting — needs attention"
        if self.waiting:
            return f"{self.waiting} waiting"
        return "All changes delivered"


def target_problem(target: str, problem: Sentence | str) -> Sentence:
    """A problem named with its target; ``problem`` may be text stored earlier."""
    return Sentence("{target}: {problem}", {"target": target, "problem": problem})


def sync_status(store: Store) -> SyncStatus:
    outbox = Outbox(store)
    targets = TargetsRepo(store).all()
    successes = [t.last_success_at for t in targets if t.last_success_at]
    conflicts = int(
        store.db.execute("SELECT count(*) FROM deliveries WHERE state = 'conflict'").fetchone()[0]
    )
    problems = [target_problem(t.name, t.attention) for t in targets if t.attention]
    if conflicts:
        problems.append(
            Sentence("{n} bundle(s) clash with a different file on a target.", {"n": conflicts})
        )
    return SyncStatus(
        waiting=outbox.waiting(),
        last_success_at=max(successes) if successes else None,
        next_attempt_at=outbox.next_attempt_at(),
        targets=targets,
        conflicts=conflicts,
        problems=problems,
    )
