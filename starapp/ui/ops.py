"""Operations: the one way the UI changes the data file.

Each method calls the store and then emits ``changed(entity, id)`` on the one
app-level signal, so every view can refresh itself. Entities emitted:

- ``"person"``  a person was added, edited, archived or restored (id: person id)
- ``"reading"`` a reading was started, finalised, amended, discarded or had its
  details changed (id: reading id); finalising and amending also emit ``"person"``
  because the person's summary (count, last reading) changed
- ``"score"``   one area's score, own score or note on a draft was saved (id: reading id)
- ``"action"``  an action plan step was added, changed or deleted (id: action id)
- ``"file"``    a different data file was opened (id: "")
- ``"sync"``    the sync queue changed: a bundle was made or delivered (id: "")

After an import many records change at once: ``"person"`` and ``"reading"`` are emitted
with the id ``""`` (meaning "any"), so views refresh everything they show.

Slow work (export, sync, demo data) goes through ``run_in_background`` so the window
never freezes. Errors reach the user through ``show_error``: a sentence, never a
traceback.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from starapp.core.actions import ActionStep
from starapp.core.errors import StarappError
from starapp.core.people import Person, PersonDraft
from starapp.core.readings import Reading, Score
from starapp.core.templates import StarTemplate
from starapp.store import Store
from starapp.ui.translation import active_language, sentence_text

log = logging.getLogger(__name__)


class Ops(QObject):
    changed = Signal(str, str)  # entity, id

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        store.templates.locale = active_language()  # area and stage names as shown
        self._pool = QThreadPool.globalInstance()
        self._jobs: set[_Job] = set()

    @property
    def store(self) -> Store:
        return self._store

    def switch_store(self, store: Store) -> None:
        """Use another data file; the old one is closed."""
        old, self._store = self._store, store
        store.templates.locale = active_language()
        if old is not store:
            old.close()
        self.changed.emit("file", "")

    # --- people -------------------------------------------------------------------

    def add_person(self, draft: PersonDraft) -> Person:
        person = self._store.people.add(draft)
        self.changed.emit("person", person.id)
        return person

    def update_person(self, person_id: str, draft: PersonDraft) -> Person:
        person = self._store.people.update(person_id, draft)
        self.changed.emit("person", person.id)
        return person

    def set_archived(self, person_id: str, archived: bool) -> Person:
        person = self._store.people.set_archived(person_id, archived)
        self.changed.emit("person", person.id)
        return person

    # --- readings -----------------------------------------------------------------

    def start_reading(self, person_id: str, template: StarTemplate, **details: Any) -> Reading:
        reading = self._store.readings.start(person_id, template, **details)
        self.changed.emit("reading", reading.id)
        return reading

    def set_score(
        self, reading_id: str, area_key: str, value: int | None, *, not_applicable: bool = False
    ) -> Score:
        score = self._store.readings.set_score(
            reading_id, area_key, value, not_applicable=not_applicable
        )
        self.changed.emit("score", reading_id)
        return score

    def set_own_score(self, reading_id: str, area_key: str, value: int | None) -> Score:
        score = self._store.readings.set_own_score(reading_id, area_key, value)
        self.changed.emit("score", reading_id)
        return score

    def set_note(self, reading_id: str, area_key: str, note: str) -> Score:
        score = self._store.readings.set_note(reading_id, area_key, note)
        self.changed.emit("score", reading_id)
        return score

    def update_reading_details(self, reading_id: str, **details: Any) -> Reading:
        reading = self._store.readings.update_details(reading_id, **details)
        self.changed.emit("reading", reading_id)
        return reading

    def finalise(self, reading_id: str, *, allow_incomplete: bool = False) -> Reading:
        reading = self._store.readings.finalise(reading_id, allow_incomplete=allow_incomplete)
        self.changed.emit("reading", reading.id)
        self.changed.emit("person", reading.person_id)
        return reading

    def amend(
        self,
        reading_id: str,
        changes: Mapping[str, Score],
        reason: str,
        *,
        notes: str | None = None,
    ) -> Reading:
        reading = self._store.readings.amend(reading_id, changes, reason, notes=notes)
        self.changed.emit("reading", reading.id)
        self.changed.emit("person", reading.person_id)
        return reading

    def discard(self, reading_id: str) -> None:
        self._store.readings.discard(reading_id)
        self.changed.emit("reading", reading_id)

    # --- action plan --------------------------------------------------------------

    def add_action(self, person_id: str, area_key: str, description: str, **kw: Any) -> ActionStep:
        step = self._store.actions.add(person_id, area_key, description, **kw)
        self.changed.emit("action", step.id)
        return step

    def update_action(self, action_id: str, **changes: Any) -> ActionStep:
        step = self._store.actions.update(action_id, **changes)
        self.changed.emit("action", step.id)
        return step

    def delete_action(self, action_id: str) -> None:
        self._store.actions.delete(action_id)
        self.changed.emit("action", action_id)

    # --- slow work ----------------------------------------------------------------

    def run_in_background(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn`` on a worker thread; ``on_done(result)`` or ``on_error(exc)`` then
        run on the GUI thread.

        ``fn`` must not touch widgets, and should open its own ``Store`` on the file
        (WAL lets it read and write alongside the window) rather than use ``self.store``:
        SQLite transactions belong to a connection, so sharing one across threads could
        mix the window's writes into the worker's transaction.
        """
        job = _Job(fn)
        self._jobs.add(job)  # keep the signals object alive until it reports

        def finish() -> None:
            self._jobs.discard(job)

        if on_done is not None:
            job.signals.done.connect(on_done)
        job.signals.failed.connect(on_error or (lambda exc: show_error(None, exc)))
        job.signals.done.connect(finish)
        job.signals.failed.connect(finish)
        self._pool.start(job)

    def run_on_own_connection(
        self,
        work: Callable[[Store], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """``run_in_background`` for work on the data file: ``work(store)`` gets the
        worker thread's own connection to the current file, closed when it returns."""
        window_store = self._store

        def job() -> Any:
            with window_store.reopen() as store:
                return work(store)

        self.run_in_background(job, on_done, on_error)

    def wait_for_background(self, msecs: int = -1) -> bool:
        """Wait for running jobs (tests and shutdown)."""
        return self._pool.waitForDone(msecs)


class _JobSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported to the GUI thread, never lost
            if not isinstance(exc, StarappError):
                log.error("Background job failed\n%s", "".join(traceback.format_exception(exc)))
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def error_text(exc: BaseException) -> str:
    """The sentence shown for an error, in the interface language. StarappError messages
    are written for users."""
    if isinstance(exc, StarappError):
        return sentence_text(exc.sentence)
    if isinstance(exc, OSError):
        what = exc.strerror or type(exc).__name__
        where = f" ({exc.filename})" if exc.filename else ""
        return QCoreApplication.translate(
            "Ops", "A file could not be used: {what}{where}. Check the file and try again."
        ).format(what=what, where=where)
    return QCoreApplication.translate(
        "Ops",
        "Something went wrong and the last action did not finish. Your saved work is safe. "
        "The details have been written to the log file.",
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """The one place an error becomes a message box: a sentence, no traceback."""
    if not isinstance(exc, StarappError):
        log.error("Unexpected error\n%s", "".join(traceback.format_exception(exc)))
    title = QCoreApplication.translate("Ops", "starapp")
    QMessageBox.warning(parent, title, error_text(exc))
