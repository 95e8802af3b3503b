"""Take, finish, view and amend one reading: the star and the score form side by side.

The store is the source of truth. A draft is saved as it is scored (``draft_autosave``):
every score change goes to the data file at once, notes and header details a moment
after typing stops (and whenever a note loses focus or the editor is left), so closing
the laptop lid or a crash loses at most the last fraction of a second of typing. The
side-by-side panes are ``reading_panes``; the row of buttons, ``reading_buttons``.

A finalised reading opens read-only; "Amend…" makes it editable, and saving asks for
a reason and stores the correction as an amendment (the original is kept).

Signals: ``closed()`` when the user leaves (Back, or after discarding the draft);
``finished(reading_id)`` when a draft is finalised or an amendment saved (the id of
the new, current reading).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from starapp.core.errors import StarappError
from starapp.core.readings import Reading, Score
from starapp.store.readings import IncompleteReadingError
from starapp.ui import reading_dialogs
from starapp.ui.action_plan import CarriedForward
from starapp.ui.dates import display_date
from starapp.ui.draft_autosave import DraftAutosave
from starapp.ui.ops import Ops, show_error
from starapp.ui.reading_buttons import ReadingButtons
from starapp.ui.reading_context import earlier_overlays, history_lines, is_replaced
from starapp.ui.reading_header import ReadingHeader
from starapp.ui.reading_model import NOT_APPLICABLE, ReadingModel, Value
from starapp.ui.reading_panes import ReadingPanes
from starapp.ui.score_form import ScoreForm
from starapp.ui.star_widget import StarWidget

MAX_OVERLAYS = 3


class ReadingEditor(QWidget):
    closed = Signal()
    finished = Signal(str)  # reading id

    def __init__(self, ops: Ops, reading_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._reading = ops.store.readings.get(reading_id)
        self._template = ops.store.readings.template_of(self._reading)
        self._mode = "draft"  # "draft", "final" or "amending"
        self._overlays: list[tuple[str, dict[str, int | None]]] = []

        self.model = ReadingModel(self._template, self)
        self.autosave = DraftAutosave(ops, self.model, self._details_saved, self)
        self.autosave.saving.connect(self._saving)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self._error)
        self.undo_stack = QUndoStack(self)
        self.header = ReadingHeader()
        self.carried = CarriedForward()
        self.star = StarWidget(self._template)
        self.form = ScoreForm(self.model)
        self.panes = ReadingPanes(self.star, self.form)
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.carried)
        layout.addWidget(self.panes, 1)
        layout.addLayout(self.button_row)

        self.star.scoreEdited.connect(self._star_edited)
        self.star.currentAreaChanged.connect(self._star_area_changed)
        self.form.currentAreaChanged.connect(self.star.set_current_area)
        self.form.noteFocusLost.connect(lambda _key: self.flush())
        self.model.valueChanged.connect(self._value_changed)
        self.model.noteChanged.connect(self._note_changed)
        self.model.ownChanged.connect(self._own_changed)
        self.model.reset.connect(self._model_reset)
        self.header.detailsEdited.connect(self._details_edited)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

        self._load(self._reading)
        self._set_tab_order()
        self.form.set_current_area(self.star.current_area())

    # --- public ------------------------------------------------------------------------

    def reading_id(self) -> str:
        return self._reading.id

    def reading(self) -> Reading:
        return self._reading

    def mode(self) -> str:
        return self._mode

    def is_read_only(self) -> bool:
        return self._mode == "final"

    def flush(self) -> None:
        """Save typed notes and details now (normally a moment after typing stops)."""
        self.autosave.flush()

    # --- confirmations (methods so tests and callers can replace them) ---------------------

    def confirm_incomplete(self, area_names: Sequence[str]) -> bool:
        return reading_dialogs.confirm_incomplete(self, area_names)

    def confirm_discard(self) -> bool:
        return reading_dialogs.confirm_discard(self)

    def confirm_drop_amendment(self) -> bool:
        return reading_dialogs.confirm_drop_amendment(self)

    def ask_amend_reason(self) -> str | None:
        return reading_dialogs.ask_reason(self)

    # --- buttons -----------------------------------------------------------------------------

    def finish(self) -> None:
        self.flush()
        if self._mode != "draft":
            return
        rid = self._reading.id
        try:
            try:
                reading = self._ops.finalise(rid)
            except IncompleteReadingError as exc:
                names = [self._template.area(k).name for k in exc.missing]
                if not self.confirm_incomplete(names):
                    self.star.set_current_area(exc.missing[0])
                    self.star.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
                reading = self._ops.finalise(rid, allow_incomplete=True)
        except StarappError as exc:
            self._error(exc)
            return
        self._load(reading)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished.emit(reading.id)

    def discard(self) -> None:
        if self._mode != "draft" or not self.confirm_discard():
            return
        self.autosave.drop()
        try:
            self._ops.discard(self._reading.id)
        except StarappError as exc:
            self._error(exc)
            return
        self._mode = "discarded"
        self.star.set_read_only(True)
        self.form.set_read_only(True)
        self.header.set_editable(False)
        self.closed.emit()

    def start_amending(self) -> None:
        if self._mode != "final" or self._replaced():
            return
        self._mode = "amending"
        self._apply_mode()
        self.star.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_amendment(self) -> None:
        if self._mode != "amending":
            return
        changes = self._amend_changes()
        if not changes:
            QMessageBox.information(
                self, self.tr("Nothing to save"), self.tr("Nothing has been changed yet.")
            )
            return
        reason = self.ask_amend_reason()
        if not reason:
            return
        try:
            reading = self._ops.amend(self._reading.id, changes, reason)
        except StarappError as exc:
            self._error(exc)
            return
        self._load(reading)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished.emit(reading.id)

    def cancel_amending(self) -> None:
        if self._mode == "amending":
            self._load(self._reading)

    def back(self) -> None:
        if self._mode == "amending" and self._amend_changes():
            if not self.confirm_drop_amendment():
                return
            self._load(self._reading)
        self.flush()
        self.closed.emit()

    # --- model <-> views <-> store --------------------------------------------------------

    def _star_edited(self, key: str, _old: object, new: object) -> None:
        self.model.edit(key, new)  # type: ignore[arg-type]

    def _star_area_changed(self, key: str) -> None:
        self.form.set_current_area(key)
        self.panes.scroll.ensureWidgetVisible(self.form.row(key), 0, 0)

    def _value_changed(self, key: str, value: Value) -> None:
        if self._star_value(key) != value:
            self.star.apply_edit(key, value)
        if self._mode == "draft":
            self.autosave.save_score(key, value)

    def _own_changed(self, key: str, value: int | None) -> None:
        self.star.set_own_scores(self.model.own_scores())
        if self._mode == "draft":
            self.autosave.save_own_score(key, value)

    def _note_changed(self, key: str, _note: str) -> None:
        if self._mode == "draft":
            self.autosave.note_typed(key)

    def _details_edited(self, details: dict[str, Any]) -> None:
        if self._mode == "draft":
            self.autosave.details_typed(details)

    def _model_reset(self) -> None:
        self.star.set_scores(self.model.scores())
        self.star.set_not_applicable(self.model.not_applicable())
        self.star.set_own_scores(self.model.own_scores())

    def _star_value(self, key: str) -> Value:
        if key in self.star.not_applicable():
            return NOT_APPLICABLE
        return self.star.scores().get(key)

    def _details_saved(self, reading: Reading, date_changed: bool) -> None:
        self._reading = reading
        if date_changed:
            self._show_overlays()

    def _saving(self) -> None:
        self.header.set_status(self.tr("Saving…"))

    def _saved(self) -> None:
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.header.set_status(self.tr("Draft saved at {time}").format(time=time))

    def _amend_changes(self) -> dict[str, Score]:
        old = self._reading.scores
        return {
            key: self.model.score(key)
            for key in self.model.area_keys()
            if self.model.score(key) != old.get(key, Score(key))
        }

    def _error(self, exc: StarappError) -> None:
        self.header.set_status(self.tr("Last change not saved"))  # never a stale "saved at"
        show_error(self, exc)

    # --- loading and modes ---------------------------------------------------------------

    def _load(self, reading: Reading) -> None:
        self._reading = reading
        self._mode = "final" if reading.is_final else "draft"
        self.autosave.reading_id = reading.id
        self.autosave.drop()
        self.undo_stack.clear()
        self.model.set_undo_stack(None)
        self.model.load(reading.scores)
        store = self._ops.store
        person = store.people.get(reading.person_id)
        who = person.reference if not person.name else f"{person.reference} · {person.name}"
        self.header.show_reading(reading, who, self._template.name)
        self.header.set_history(history_lines(store, reading, self._template))
        self._show_overlays()
        steps = store.actions.for_person(reading.person_id) if not reading.is_final else []
        self.carried.show_steps(steps, reading.id, self._template)
        self._apply_mode()

    def _apply_mode(self) -> None:
        mode = self._mode
        editing = mode in ("draft", "amending")
        self.star.set_read_only(not editing)
        self.form.set_read_only(not editing)
        self.header.set_editable(mode == "draft")
        self.model.set_undo_stack(self.undo_stack if editing else None)
        self.undo_stack.clear()
        self._undo_action.setEnabled(False)
        self._redo_action.setEnabled(False)
        row = self.button_row
        row.show_mode(mode, amendable=mode == "final" and not self._replaced())
        if editing:
            self.setFocusProxy(self.star)
        else:
            self.setFocusProxy(
                row.amend_button if row.amend_button.isEnabled() else row.back_button
            )
        if mode == "draft":
            self.header.set_status(self.tr("Draft — saved as you go"))
        elif mode == "amending":
            self.header.set_status(self.tr("Amending — changes are kept when you save"))
        else:
            when = display_date(self._reading.finalised_at or self._reading.taken_on)
            self.header.set_status(self.tr("Finished on {date}").format(date=when))

    def _replaced(self) -> bool:
        return is_replaced(self._ops.store, self._reading)

    def _show_overlays(self) -> None:
        self._overlays = earlier_overlays(
            self._ops.store, self._reading, self._template, MAX_OVERLAYS
        )
        self.star.set_overlays(self._overlays)

    def overlays(self) -> list[tuple[str, dict[str, int | None]]]:
        """Earlier final readings drawn under this one: (date label, scores), latest first."""
        return list(self._overlays)

    # --- building ---------------------------------------------------------------------------

    def _build_buttons(self) -> None:
        self._undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self._undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self._redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self._redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self._undo_action, self._redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        row = self.button_row = ReadingButtons(self._undo_action, self._redo_action)
        row.finish_button.clicked.connect(self.finish)
        row.discard_button.clicked.connect(self.discard)
        row.amend_button.clicked.connect(self.start_amending)
        row.save_amend_button.clicked.connect(self.save_amendment)
        row.cancel_amend_button.clicked.connect(self.cancel_amending)
        row.back_button.clicked.connect(self.back)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.star, *self.form.focus_chain()]
        row = self.button_row
        chain += [row.undo_button, row.redo_button, *row.buttons(), *self.header.fields()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- Qt events ---------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
