"""Saving a draft reading as it is taken, so nothing typed is lost.

The store is the source of truth. Every score change goes to the data file at once;
notes and header details a moment after typing stops (``SAVE_DELAY_MS``), or at once
when the editor flushes (a note loses focus, the editor is left, the app quits), so
closing the laptop lid or a crash loses at most the last fraction of a second of
typing. The editor decides when a reading is a draft and shows what happened, from
the signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from starapp.core.errors import StarappError
from starapp.core.readings import Reading
from starapp.ui.ops import Ops
from starapp.ui.reading_header import detail_kwargs
from starapp.ui.reading_model import NOT_APPLICABLE, ReadingModel, Value

SAVE_DELAY_MS = 400


class DraftAutosave(QObject):
    saving = Signal()  # typing is waiting to be saved
    saved = Signal()  # everything typed so far is in the data file
    failed = Signal(object)  # the StarappError; the change was not saved

    def __init__(
        self,
        ops: Ops,
        model: ReadingModel,
        details_saved: Callable[[Reading, bool], None],
        parent: QObject | None = None,
    ) -> None:
        """``details_saved(reading, date_changed)`` is a call, not a signal, so that a
        store error it raises is reported like the save's own."""
        super().__init__(parent)
        self._ops = ops
        self._model = model
        self._details_saved = details_saved
        self.reading_id = ""
        self._pending_notes: set[str] = set()
        self._pending_details: dict[str, Any] = {}
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def save_score(self, key: str, value: Value) -> None:
        try:
            self._ops.set_score(
                self.reading_id,
                key,
                value if isinstance(value, int) else None,
                not_applicable=value == NOT_APPLICABLE,
            )
        except StarappError as exc:
            self.failed.emit(exc)
            return
        self._saved()

    def save_own_score(self, key: str, value: int | None) -> None:
        try:
            self._ops.set_own_score(self.reading_id, key, value)
        except StarappError as exc:
            self.failed.emit(exc)
            return
        self._saved()

    def note_typed(self, key: str) -> None:
        self._pending_notes.add(key)
        self._schedule()

    def details_typed(self, details: dict[str, Any]) -> None:
        self._pending_details.update(details)
        self._schedule()

    def drop(self) -> None:
        """Forget what is waiting to be saved (the draft is being loaded again or discarded)."""
        self._timer.stop()
        self._pending_notes.clear()
        self._pending_details.clear()

    def flush(self) -> None:
        """Save typed notes and details now (normally a moment after typing stops)."""
        self._timer.stop()
        if not (self._pending_notes or self._pending_details):
            return
        notes, self._pending_notes = self._pending_notes, set()
        details, self._pending_details = self._pending_details, {}
        rid = self.reading_id
        try:
            for key in self._model.area_keys():
                if key in notes:
                    self._ops.set_note(rid, key, self._model.note(key))
            if details:
                reading = self._ops.update_reading_details(rid, **detail_kwargs(details))
                self._details_saved(reading, "taken_on" in details)
        except StarappError as exc:
            self.failed.emit(exc)
            return
        self._saved()

    def _schedule(self) -> None:
        self.saving.emit()
        self._timer.start()

    def _saved(self) -> None:
        if not self._timer.isActive():
            self.saved.emit()
