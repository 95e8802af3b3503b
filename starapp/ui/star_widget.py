"""The radial star: one spoke per life area, one ring per point of the scale.

Editing: click or drag along a spoke, or use the keyboard (Left/Right move between
areas, Tab/Shift+Tab too until the first/last area; Up/Down, digits, Home/End,
Delete, N for "not applicable"). Every user edit emits ``scoreEdited(area, old, new)``
so an editor can push it onto a QUndoStack and undo it with ``apply_edit``.

A value of one area is ``None`` (not scored), an ``int`` on the scale, or the string
``"n/a"`` (not applicable). Painting lives in ``star_painter``; geometry in
``star_geometry`` and ``star_labels``; screen-reader support in ``star_accessibility``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from starapp.core.templates import StarTemplate
from starapp.ui import star_accessibility as a11y
from starapp.ui import star_geometry as geo
from starapp.ui.contrast import is_high_contrast
from starapp.ui.star_painter import StarRenderer, render_star_pixmap
from starapp.ui.star_style import MAX_OVERLAYS, StarState

__all__ = ["NOT_APPLICABLE", "StarWidget", "render_star_pixmap"]

NOT_APPLICABLE = "n/a"
Value = int | str | None
_UNCHANGED = object()  # the key was handled without a new value
_IGNORED = object()  # the key is not ours


class StarWidget(QWidget):
    scoresChanged = Signal(dict)
    notApplicableChanged = Signal(object)  # set[str]
    currentAreaChanged = Signal(str)
    scoreEdited = Signal(str, object, object)  # area key, old value, new value

    def __init__(self, template: StarTemplate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        a11y.install_star_accessibility()
        self._renderer = StarRenderer(template)
        self._scores: dict[str, int | None] = {a.key: None for a in template.areas}
        self._na: set[str] = set()
        self._overlays: list[tuple[str, dict[str, int | None]]] = []
        self._current = 0
        self._read_only = False
        self._drag: tuple[str, Value] | None = None
        self._state = StarState(self._scores, self._na, self._overlays)
        self._state.high_contrast = is_high_contrast(self.palette())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(120, 120)
        a11y.describe(self)
        self.setToolTip(  # shown away from the areas; over one, its score and wording
            self.tr(
                "Click or drag along a spoke to score an area, or use the keyboard: "
                "Left and Right choose the area, a digit or Up and Down set the score."
            )
        )

    # --- public API ----------------------------------------------------------------

    def template(self) -> StarTemplate:
        return self._renderer.template()

    def set_template(self, template: StarTemplate) -> None:
        """Switch template; scores of areas that still exist (and fit the scale) are kept."""
        old_scores = dict(self._scores)
        self._renderer.set_template(template)
        self._scores.clear()
        for area in template.areas:
            v = old_scores.get(area.key)
            ok = v is not None and template.scale_min <= v <= template.scale_max
            self._scores[area.key] = v if ok else None
        self._na.intersection_update(a.key for a in template.areas if a.allow_not_applicable)
        self._current = min(self._current, len(template.areas) - 1)
        a11y.describe(self)
        a11y.template_changed(self)
        self.update()

    def scores(self) -> dict[str, int | None]:
        return dict(self._scores)

    def set_scores(self, mapping: Mapping[str, int | None]) -> None:
        """Replace all scores (areas left out become unscored); emits nothing."""
        t = self.template()
        unknown = set(mapping) - set(self._scores)
        if unknown:
            raise ValueError(f"no area with key(s) {sorted(unknown)} in template {t.key!r}")
        for key in self._scores:
            v = mapping.get(key)
            if v is not None:
                self._check_score(v)
                self._na.discard(key)
            self._scores[key] = v
        self.update()

    def not_applicable(self) -> set[str]:
        return set(self._na)

    def set_not_applicable(self, keys: Iterable[str]) -> None:
        keys = set(keys)
        for key in keys:
            if not self.template().area(key).allow_not_applicable:
                raise ValueError(f"area {key!r} does not allow 'not applicable'")
        self._na.clear()
        self._na.update(keys)
        for key in keys:
            self._scores[key] = None
        self.update()

    def set_overlays(self, overlays: Sequence[tuple[str, Mapping[str, int | None]]]) -> None:
        """Earlier readings drawn under the current one: at most three (label, scores)."""
        if len(overlays) > MAX_OVERLAYS:
            raise ValueError(f"at most {MAX_OVERLAYS} overlays can be shown, got {len(overlays)}")
        self._overlays[:] = [(str(label), dict(values)) for label, values in overlays]
        self.update()

    def set_own_scores(self, mapping: Mapping[str, int | None]) -> None:
        """The person's own scores, drawn as small hollow rings beside the agreed ones."""
        self._state.own = {k: v for k, v in mapping.items() if k in self._scores}
        self.update()

    def own_scores(self) -> dict[str, int | None]:
        return dict(self._state.own)

    def point_for(self, area_key: str, score: int) -> QPointF:
        return self._renderer.point(self._layout(), self._index(area_key), score)

    def current_area(self) -> str:
        return self.template().areas[self._current].key

    def set_current_area(self, key: str) -> None:
        self._set_current(self._index(key))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = bool(read_only)
        self._drag = None
        policy = Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus
        self.setFocusPolicy(policy)
        if read_only and self.hasFocus():
            self.clearFocus()
        self.update()

    def is_read_only(self) -> bool:
        return self._read_only

    def apply_edit(self, area_key: str, value: Value) -> None:
        """Set one area's value (int, None or "n/a") without ``scoreEdited``; for undo/redo."""
        self._check_value(area_key, value)
        self._set_current(self._index(area_key))
        _, na_changed = self._set_value(area_key, value)
        self._changed(area_key, na_changed)

    # --- value model -----------------------------------------------------------------

    def _index(self, key: str) -> int:
        for i, area in enumerate(self.template().areas):
            if area.key == key:
                return i
        raise KeyError(key)

    def _check_score(self, v: object) -> None:
        t = self.template()
        if not isinstance(v, int) or isinstance(v, bool) or not t.scale_min <= v <= t.scale_max:
            raise ValueError(f"{v!r} is not a point on the scale {t.scale_min}-{t.scale_max}")

    def _check_value(self, key: str, value: Value) -> None:
        if value == NOT_APPLICABLE:
            if not self.template().area(key).allow_not_applicable:
                raise ValueError(f"area {key!r} does not allow 'not applicable'")
        elif value is not None:
            self._check_score(value)

    def _value(self, key: str) -> Value:
        return NOT_APPLICABLE if key in self._na else self._scores[key]

    def _set_value(self, key: str, value: Value) -> tuple[bool, bool]:
        """Store a value; returns (changed, not-applicable set changed)."""
        if self._value(key) == value:
            return False, False
        was_na = key in self._na
        if value == NOT_APPLICABLE:
            self._na.add(key)
            self._scores[key] = None
        else:
            self._na.discard(key)
            self._scores[key] = value  # type: ignore[assignment]
        return True, was_na != (key in self._na)

    def _changed(self, key: str, na_changed: bool) -> None:
        self.update()
        self.scoresChanged.emit(self.scores())
        if na_changed:
            self.notApplicableChanged.emit(self.not_applicable())
        a11y.value_changed(self, self._index(key))

    def _user_edit(self, key: str, value: Value) -> None:
        old = self._value(key)
        changed, na_changed = self._set_value(key, value)
        if changed:
            self._changed(key, na_changed)
            self.scoreEdited.emit(key, old, value)

    def _set_current(self, index: int) -> None:
        if index == self._current:
            return
        self._current = index
        self.update()
        self.currentAreaChanged.emit(self.current_area())
        if self.hasFocus():
            a11y.focus_changed(self, index)

    # --- geometry ----------------------------------------------------------------------

    def _legend(self) -> tuple[str, ...]:
        self._state.current_label = self.tr("Now")
        self._state.own_label = self.tr("Their own view")
        return self._renderer.legend_labels(self._state)

    def _layout(self) -> geo.StarLayout:
        return self._renderer.layout(self.width(), self.height(), self.font(), self._legend())

    def _hit(self, pos: QPointF) -> tuple[int, int | None] | None:
        """(area index, score under pos) in the chart; (index, None) on a label."""
        layout = self._layout()
        t = self.template()
        n = len(t.areas)
        for i, label in enumerate(layout.labels):
            if label.box.contains(pos.x(), pos.y()):
                return i, None
        dx, dy = pos.x() - layout.cx, pos.y() - layout.cy
        if math.hypot(dx, dy) <= layout.radius + layout.step * 0.5:
            i = geo.nearest_spoke(dx, dy, n)
            d = geo.projection(dx, dy, i, n)
            return i, geo.score_at(d, t.scale_min, t.scale_max, layout.step)
        return None

    def _drag_score(self, pos: QPointF, index: int) -> int:
        layout = self._layout()
        t = self.template()
        d = geo.projection(pos.x() - layout.cx, pos.y() - layout.cy, index, len(t.areas))
        return geo.score_at(d, t.scale_min, t.scale_max, layout.step)

    def _label_rect(self, index: int) -> geo.Box | None:
        labels = self._layout().labels
        return labels[index].box if index < len(labels) else None

    # --- Qt events -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(640, 640)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        self._state.current = self._current
        self._state.focused = self.hasFocus() and not self._read_only
        self._renderer.paint(p, self._layout(), self.font(), self.palette(), self._state)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._read_only or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        hit = self._hit(event.position())
        if hit is None:
            return
        index, score = hit
        self._set_current(index)
        if score is not None:
            key = self.current_area()
            self._drag = (key, self._value(key))
            changed, na_changed = self._set_value(key, score)
            if changed:
                self._changed(key, na_changed)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            super().mouseMoveEvent(event)
            return
        key = self._drag[0]
        changed, na_changed = self._set_value(
            key, self._drag_score(event.position(), self._index(key))
        )
        if changed:
            self._changed(key, na_changed)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        key, old = self._drag
        self._drag = None
        new = self._value(key)
        if new != old:
            self.scoreEdited.emit(key, old, new)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._read_only:
            super().keyPressEvent(event)
            return
        new = self._key_value(event.key())
        if new is _IGNORED:
            super().keyPressEvent(event)
            return
        if new is not _UNCHANGED:
            self._user_edit(self.current_area(), new)  # type: ignore[arg-type]
        event.accept()

    def _key_value(self, key: int) -> object:
        """The new value a key asks for (None clears); _UNCHANGED or _IGNORED otherwise."""
        t = self.template()
        n = len(t.areas)
        area = t.areas[self._current]
        value = self._value(area.key)
        score = value if isinstance(value, int) else None
        k = Qt.Key
        if key in (k.Key_Left, k.Key_Right):
            self._set_current((self._current + (1 if key == k.Key_Right else -1)) % n)
        elif key == k.Key_Up:
            return t.scale_min if score is None else min(score + 1, t.scale_max)
        elif key == k.Key_Down:
            return _UNCHANGED if score is None else max(score - 1, t.scale_min)
        elif key == k.Key_Home:
            return t.scale_min
        elif key == k.Key_End:
            return t.scale_max
        elif key in _CLEAR_KEYS:
            return None
        elif key == k.Key_N:
            if area.allow_not_applicable:
                return None if value == NOT_APPLICABLE else NOT_APPLICABLE
        elif k.Key_0 <= key <= k.Key_9:
            digit = key - k.Key_0
            if digit == 0 and t.scale_max >= 10:
                digit = 10
            if t.scale_min <= digit <= t.scale_max:
                return digit
        elif key == k.Key_Escape and self._drag is not None:
            key_, old = self._drag
            self._drag = None
            changed, na_changed = self._set_value(key_, old)
            if changed:
                self._changed(key_, na_changed)
        else:
            return _IGNORED
        return _UNCHANGED

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.hasFocus() and not self._read_only:
            last = len(self.template().areas) - 1
            if next and self._current < last:
                self._set_current(self._current + 1)
                return True
            if not next and self._current > 0:
                self._set_current(self._current - 1)
                return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self._set_current(0)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self._set_current(len(self.template().areas) - 1)
        a11y.focus_changed(self, self._current)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # e.g. the system turned high contrast on
            self._state.high_contrast = is_high_contrast(self.palette())
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip(QPointF(event.pos())) or self._general_tip()
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- text --------------------------------------------------------------------------

    def _general_tip(self) -> str:
        return "" if self._read_only else self.toolTip()

    def _tooltip(self, pos: QPointF) -> str:
        hit = self._hit(pos)
        if hit is None:
            return ""
        index, score = hit
        t = self.template()
        area = t.areas[index]
        if self._read_only or score is None:
            value = self._value(area.key)
            if value == NOT_APPLICABLE:
                return f"{area.name}\n" + self.tr("Not applicable")
            if value is None:
                return f"{area.name}\n" + self.tr("Not scored") + f"\n{area.description}"
            score = int(value)
        stage = t.stage_for(score).name
        point = self.tr("{score} of {max} — {stage}").format(
            score=score, max=t.scale_max, stage=stage
        )
        lines = [area.name, point, t.descriptor_for(area.key, score)]
        own = self._state.own.get(area.key)
        if own is not None:
            lines.append(self.tr("Their own score: {score}").format(score=own))
        return "\n".join(line for line in lines if line)


_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
