"""One reading's scores, "not applicable" marks and notes, shared by the star and the form.

Both views show this model and send their edits to it; neither talks to the other.
A value of one area is ``None`` (not scored), an ``int`` on the scale, or the string
``"n/a"`` (not applicable), the same convention as ``StarWidget``.

``edit()`` is what a view calls for a user's change: with an undo stack set it becomes
one undoable command, so undo and redo run through ``set_value()`` like everything
else and every listener (the views, the autosave) hears about them the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from starapp.core.readings import Score
from starapp.core.templates import StarTemplate

NOT_APPLICABLE = "n/a"
Value = int | str | None


def value_of(score: Score | None) -> Value:
    if score is None:
        return None
    return NOT_APPLICABLE if score.not_applicable else score.value


class ReadingModel(QObject):
    valueChanged = Signal(str, object)  # area key, new value
    noteChanged = Signal(str, str)  # area key, new note
    ownChanged = Signal(str, object)  # area key, the person's own score (int or None)
    reset = Signal()  # everything was replaced (load)

    def __init__(self, template: StarTemplate, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._template = template
        self._values: dict[str, Value] = {a.key: None for a in template.areas}
        self._notes: dict[str, str] = {a.key: "" for a in template.areas}
        self._own: dict[str, int | None] = {a.key: None for a in template.areas}
        self._undo: QUndoStack | None = None

    # --- reading -----------------------------------------------------------------------

    def template(self) -> StarTemplate:
        return self._template

    def area_keys(self) -> list[str]:
        return list(self._values)

    def value(self, key: str) -> Value:
        return self._values[key]

    def note(self, key: str) -> str:
        return self._notes[key]

    def own(self, key: str) -> int | None:
        """The person's own score for an area, where it was recorded."""
        return self._own[key]

    def own_scores(self) -> dict[str, int | None]:
        return dict(self._own)

    def scores(self) -> dict[str, int | None]:
        """Numeric scores (None for unscored and not applicable), as the star takes them."""
        return {k: v if isinstance(v, int) else None for k, v in self._values.items()}

    def not_applicable(self) -> set[str]:
        return {k for k, v in self._values.items() if v == NOT_APPLICABLE}

    def score(self, key: str) -> Score:
        v = self._values[key]
        return Score(
            key,
            v if isinstance(v, int) else None,
            v == NOT_APPLICABLE,
            self._notes[key],
            self._own[key],
        )

    # --- changing ------------------------------------------------------------------------

    def load(self, scores: Mapping[str, Score]) -> None:
        """Replace everything with ``scores`` (areas left out are unscored, no note)."""
        for key in self._values:
            s = scores.get(key)
            self._values[key] = value_of(s)
            self._notes[key] = s.note if s is not None else ""
            self._own[key] = s.own_value if s is not None else None
        self.reset.emit()

    def set_undo_stack(self, stack: QUndoStack | None) -> None:
        self._undo = stack

    def edit(self, key: str, value: Value) -> None:
        """A user's change from either view; undoable when an undo stack is set."""
        self._check(key, value)
        old = self._values[key]
        if old == value:
            return
        if self._undo is None:
            self.set_value(key, value)
        else:
            self._undo.push(_SetValue(self, key, old, value, self._label(key)))

    def set_value(self, key: str, value: Value) -> None:
        """Set one area (no undo entry); emits ``valueChanged`` when it changes."""
        self._check(key, value)
        if self._values[key] == value:
            return
        self._values[key] = value
        self.valueChanged.emit(key, value)

    def set_note(self, key: str, note: str) -> None:
        if key not in self._notes:
            raise KeyError(key)
        if self._notes[key] == note:
            return
        self._notes[key] = note
        self.noteChanged.emit(key, note)

    def set_own(self, key: str, value: int | None) -> None:
        """Record the person's own score (None: not recorded); not part of undo."""
        if value is not None:
            self._check(key, value)
        elif key not in self._own:
            raise KeyError(key)
        if self._own[key] == value:
            return
        self._own[key] = value
        self.ownChanged.emit(key, value)

    # --- internals -------------------------------------------------------------------------

    def _check(self, key: str, value: Value) -> None:
        area = self._template.area(key)  # KeyError for an unknown area
        t = self._template
        if value == NOT_APPLICABLE:
            if not area.allow_not_applicable:
                raise ValueError(f"area {key!r} does not allow 'not applicable'")
        elif value is not None and (
            not isinstance(value, int)
            or isinstance(value, bool)
            or not t.scale_min <= value <= t.scale_max
        ):
            raise ValueError(f"{value!r} is not a point on the scale {t.scale_min}-{t.scale_max}")

    def _label(self, key: str) -> str:
        return self.tr("change {area}").format(area=self._template.area(key).name)


class _SetValue(QUndoCommand):
    def __init__(self, model: ReadingModel, key: str, old: Value, new: Value, text: str) -> None:
        super().__init__(text)
        self._model, self._key, self._old, self._new = model, key, old, new

    def redo(self) -> None:
        self._model.set_value(self._key, self._new)

    def undo(self) -> None:
        self._model.set_value(self._key, self._old)
