"""The sync engine: make bundles from the outbox, deliver them to every target, retry.

Blocking code with no Qt: the app runs it on a worker thread (``run`` with a stop and
a wake event), ``starapp sync`` runs it headless. Each state change is committed
before the next network call, so a kill at any moment loses nothing: the next run
picks up where this one stopped, and re-sends the identical frozen bytes.

Why a delivery failed is kept in the data file as text (a target's "needs attention",
a delivery's last error) and shown later. The engine writes every such sentence with
its ``describe`` function: ``str`` (English) for the command line, the interface's
translation when the app runs it, so the text is in the language of the app that
tried. A later attempt replaces it.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from starapp.core.errors import Sentence
from starapp.store.outbox import Delivery, Outbox
from starapp.store.targets import TargetConfig, TargetsRepo
from starapp.sync.errors import BundleConflict, NeedsAttention, TransientError
from starapp.sync.outbox import make_bundle
from starapp.sync.secrets import NO_KEYRING, keyring_available, load_secret
from starapp.sync.status import target_problem
from starapp.sync.targets import Target, needs_secret, open_target

if TYPE_CHECKING:
    from starapp.store.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncSettings:
    bundle_every: float = 300.0  # at most one new bundle this often while running
    poll_every: float = 300.0  # look at the queue at least this often
    backoff_first: float = 60.0
    backoff_cap: float = 4 * 3600.0
    timeout: float = 30.0


@dataclass
class RunResult:
    made_bundle: bool = False
    delivered: int = 0
    retrying: int = 0
    conflicts: int = 0
    problems: list[str] = field(default_factory=list)  # sentences, as ``describe`` wrote them


def backoff(attempts: int, settings: SyncSettings, rng: random.Random) -> float:
    """Seconds to wait after ``attempts`` failures: doubling from ~a minute up to the cap,
    half of it random so many laptops do not all come back at once. Never gives up."""
    delay = min(settings.backoff_cap, settings.backoff_first * 2 ** max(0, attempts - 1))
    return delay / 2 + rng.uniform(0, delay / 2)


class SyncEngine:
    def __init__(
        self,
        store: Store,
        *,
        secrets: Mapping[str, str] | None = None,
        settings: SyncSettings = SyncSettings(),
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        rng: random.Random | None = None,
        opener: Callable[[TargetConfig, str | None], Target] | None = None,
        describe: Callable[[Sentence], str] = str,
    ) -> None:
        self.store = store
        self.outbox = Outbox(store)
        self.targets = TargetsRepo(store)
        self.secrets = dict(secrets or {})
        self.settings = settings
        self.now = now
        self.rng = rng or random.Random()
        self.opener = opener or (lambda c, s: open_target(c, s, timeout=settings.timeout))
        self.describe = describe

    def run_once(self, *, make_now: bool = True) -> RunResult:
        """One pass: bundle the queue (if due) and try every delivery that is due."""
        result = RunResult()
        configs = self.targets.all()
        if not configs:
            result.problems.append(
                self.describe(Sentence("No sync target is set up yet, so changes wait here."))
            )
            return result
        for config in configs:
            self.outbox.queue_for_target(config.id)
        if self._bundle_due(make_now):
            result.made_bundle = make_bundle(self.store, [c.id for c in configs]) is not None
        for config in configs:
            if config.attention:
                result.problems.append(self._for_target(config, config.attention))
                continue
            self._deliver_to(config, result)
        return result

    def run(
        self,
        stop: threading.Event,
        wake: threading.Event | None = None,
        *,
        before_pass: Callable[[], None] | None = None,
        after_pass: Callable[[RunResult | None], None] | None = None,
    ) -> None:
        """Keep syncing until ``stop`` is set; ``wake`` ("Sync now") cuts a wait short.

        ``before_pass``/``after_pass`` are called (on this thread) around each pass, e.g.
        to report progress; ``after_pass`` gets None when the pass failed unexpectedly."""
        wake = wake or threading.Event()
        make_now = True
        while not stop.is_set():
            if before_pass is not None:
                before_pass()
            result: RunResult | None = None
            try:
                result = self.run_once(make_now=make_now)
            except Exception:  # never let one bad pass end the loop; it is logged
                log.exception("Sync pass failed")
            if after_pass is not None:
                after_pass(result)
            make_now = False
            wake.wait(self._seconds_to_next())
            if wake.is_set():
                wake.clear()
                make_now = True

    # --- internals --------------------------------------------------------------------

    def _bundle_due(self, make_now: bool) -> bool:
        if make_now:
            return True
        last = self.outbox.last_bundle_at()
        if last is None:
            return True
        age = (self.now() - datetime.fromisoformat(last)).total_seconds()
        return age >= self.settings.bundle_every

    def _seconds_to_next(self) -> float:
        wait = self.settings.poll_every
        nxt = self.outbox.next_attempt_at()
        if nxt is not None:
            wait = min(wait, (datetime.fromisoformat(nxt) - self.now()).total_seconds())
        return max(1.0, wait)

    def _secret_for(self, config: TargetConfig) -> str | None:
        if config.name in self.secrets:
            return self.secrets[config.name]
        if "*" in self.secrets:
            return self.secrets["*"]
        return load_secret(self.store.install_id, config.name)

    def _deliver_to(self, config: TargetConfig, result: RunResult) -> None:
        secret = self._secret_for(config) if needs_secret(config.kind, config.username) else None
        if needs_secret(config.kind, config.username) and not secret:
            why = (
                NO_KEYRING
                if not keyring_available()
                else Sentence("No password or token is stored.")
            )
            skipped = Sentence("skipped this time. {why}", {"why": why})
            result.problems.append(self._for_target(config, skipped))
            return
        due = self.outbox.due(_iso(self.now()), config.id)
        if not due:
            return
        target = self.opener(config, secret)
        done: tuple[Delivery, str] | None = None
        try:
            for i, delivery in enumerate(due):
                ok, done = self._attempt(target, config, delivery, result, done)
                if not ok:
                    self._postpone(due[i + 1 :])
                    break
        finally:
            if done is not None:
                self.outbox.mark_delivered(*done)
            target.close()

    def _attempt(
        self,
        target: Target,
        config: TargetConfig,
        d: Delivery,
        result: RunResult,
        done: tuple[Delivery, str] | None,
    ) -> tuple[bool, tuple[Delivery, str] | None]:
        """Try one delivery. Returns whether to go on with this target, and the delivery
        that succeeded but is not recorded yet (the next commit records it)."""
        try:
            bundle = self.outbox.bundle(d.bundle_id)
        except KeyError:  # withdrawn meanwhile: the service key was replaced (outbox.py)
            return True, done
        self.outbox.mark_sending(d, after=done)  # committed before the attempt
        try:
            note = target.deliver(bundle, self.store.install_id)
        except BundleConflict as exc:
            self.outbox.mark_conflict(d, self.describe(exc.sentence))
            result.conflicts += 1
            result.problems.append(self._for_target(config, exc.sentence))
            return True, None
        except NeedsAttention as exc:
            why = self.describe(exc.sentence)
            self.targets.set_attention(config.id, why)
            self.outbox.mark_retry(d, _iso(self.now()), why)
            result.problems.append(self._for_target(config, exc.sentence))
            return False, None
        except TransientError as exc:
            self._retry_later(d, d.attempts + 1, exc.sentence, exc.retry_after, result)
            return False, None
        except Exception as exc:  # a bug or an odd failure: log it, keep the bundle, retry
            log.exception("Unexpected error delivering to %s", config.name)
            odd = Sentence("Unexpected error ({detail}).", {"detail": str(exc)})
            self._retry_later(d, d.attempts + 1, odd, None, result)
            return False, None
        log.info("Bundle %s to %s: %s", bundle.seq, config.name, note)
        result.delivered += 1
        return True, (d, "" if note in ("uploaded", "written", "posted") else note)

    def _retry_later(
        self, d: Delivery, attempts: int, error: Sentence, at_least: float | None, result: RunResult
    ) -> None:
        delay = backoff(attempts, self.settings, self.rng)
        if at_least is not None:
            delay = min(self.settings.backoff_cap, max(delay, at_least))
        text = self.describe(error)
        self.outbox.mark_retry(d, _iso(self.now() + timedelta(seconds=delay)), text)
        result.retrying += 1
        result.problems.append(text)

    def _for_target(self, config: TargetConfig, problem: Sentence | str) -> str:
        """A problem with the target it is about (``problem`` may be stored text)."""
        return self.describe(target_problem(config.name, problem))

    def _postpone(self, rest: list[Delivery]) -> None:
        """The target just failed: the others to it wait about as long as the failed one."""
        for d in rest:
            delay = backoff(max(1, d.attempts), self.settings, self.rng)
            when = _iso(self.now() + timedelta(seconds=delay))
            self.outbox.mark_retry(d, when, d.last_error or "", tried=False)


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="milliseconds")
