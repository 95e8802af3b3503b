"""The accessible form beside the star: one row per life area.

Each row has the area's name (the buddy of its score box), a score box ("Not scored",
every point of the scale with its stage, and "Not applicable" where the area allows
it), the chosen stage and point wording, and a note. A combo box is what screen
readers and keyboard users know best: arrow keys step through the points, typing a
digit jumps to it, and every item reads as a full sentence-like label.

The form only shows a ``ReadingModel`` and sends edits to it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from starapp.core.readings import NOTE_MAX
from starapp.core.templates import Area, StarTemplate
from starapp.ui.reading_model import NOT_APPLICABLE, ReadingModel, Value

NOTE_LINES = 3


def utf16_len(text: str) -> int:
    """Length as Qt counts it (characters beyond the BMP count twice)."""
    return len(text.encode("utf-16-le")) // 2


class NoteEdit(QPlainTextEdit):
    """A plain-text note that Tab leaves, capped at ``NOTE_MAX`` characters."""

    focusLost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.truncated = False
        self.textChanged.connect(self._cap)
        self._fit_height()

    def _fit_height(self) -> None:
        fm = QFontMetrics(self.font())
        margins = self.contentsMargins()
        doc_margin = 2 * self.document().documentMargin()
        height = fm.lineSpacing() * NOTE_LINES + doc_margin + margins.top() + margins.bottom()
        self.setFixedHeight(int(height) + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def _cap(self) -> None:
        excess = utf16_len(self.toPlainText()) - NOTE_MAX
        if excess <= 0:
            return
        # Drop what was just typed or pasted (the characters before the cursor).
        cursor = self.textCursor()
        end = cursor.position()
        start = end - excess
        if start < 0:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            end = cursor.position()
            start = end - excess
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.truncated = True

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class _WheelGuard(QObject):
    """Scrolling the form must not change a score the pointer happens to pass over."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()
            return True
        return False


class ScoreRow(QFrame):
    def __init__(self, template: StarTemplate, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = template
        self.area = area
        self.setObjectName("scoreRow")
        self.setProperty("current", False)
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.name = QLabel(area.name)
        bold = QFont(self.name.font())
        bold.setBold(True)
        self.name.setFont(bold)
        self.name.setWordWrap(True)
        self.name.setToolTip(area.description)

        self.combo = QComboBox()
        self.combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.addItem(self.tr("Not scored"), None)
        for point in range(template.scale_min, template.scale_max + 1):
            stage = template.stage_for(point).name
            self.combo.addItem(f"{point} – {stage}", point)
        if area.allow_not_applicable:
            self.combo.addItem(self.tr("Not applicable"), NOT_APPLICABLE)
        self.combo.setAccessibleName(self.tr("Score for {area}").format(area=area.name))
        self.combo.setToolTip(area.description)
        self.name.setBuddy(self.combo)

        self.stage = QLabel()
        self.stage.setWordWrap(True)
        self.stage.setTextFormat(Qt.TextFormat.PlainText)
        self.stage.setFont(bold)
        self.descriptor = QLabel()
        self.descriptor.setWordWrap(True)
        self.descriptor.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptor.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.own_label = QLabel(self.tr("Their own score, if different:"))
        self.own_label.setWordWrap(True)
        self.own = QComboBox()
        self.own.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.own.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.own.addItem(self.tr("Not recorded"), None)
        for point in range(template.scale_min, template.scale_max + 1):
            self.own.addItem(str(point), point)
        self.own.setAccessibleName(
            self.tr("The person's own score for {area}").format(area=area.name)
        )
        self.own.setToolTip(
            self.tr(
                "Where the person sees this area differently, record their own score "
                "here. Reports use the agreed score."
            )
        )
        self.own_label.setBuddy(self.own)

        self.note_label = QLabel(self.tr("Note:"))
        self.note = NoteEdit()
        self.note.setAccessibleName(self.tr("Note for {area}").format(area=area.name))
        self.note_hint = self.tr("What was said about this area (optional)")
        self.note.setPlaceholderText(self.note_hint)
        self.note_label.setBuddy(self.note)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.combo, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.stage, 1, 0, 1, 2)
        grid.addWidget(self.descriptor, 2, 0, 1, 2)
        grid.addWidget(self.own_label, 3, 0)
        grid.addWidget(self.own, 3, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.note_label, 4, 0, 1, 2)
        grid.addWidget(self.note, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def value(self) -> Value:
        return self.combo.currentData()  # type: ignore[no-any-return]

    def show_value(self, value: Value) -> None:
        index = self.combo.findData(value) if value is not None else 0
        if index < 0:  # a value this area cannot take; never from the model
            index = 0
        if index != self.combo.currentIndex():
            blocked = self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(blocked)
        self._describe(value)

    def own_value(self) -> int | None:
        return self.own.currentData()  # type: ignore[no-any-return]

    def show_own(self, value: int | None) -> None:
        index = max(0, self.own.findData(value)) if value is not None else 0
        if index != self.own.currentIndex():
            blocked = self.own.blockSignals(True)
            self.own.setCurrentIndex(index)
            self.own.blockSignals(blocked)

    def show_note(self, note: str) -> None:
        if self.note.toPlainText() != note:
            blocked = self.note.blockSignals(True)
            self.note.setPlainText(note)
            self.note.blockSignals(blocked)

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)

    def _describe(self, value: Value) -> None:
        t = self._template
        if value == NOT_APPLICABLE:
            stage, text = self.tr("Not applicable"), self.tr("This area does not apply.")
        elif isinstance(value, int):
            stage = t.stage_for(value).name
            text = t.descriptor_for(self.area.key, value) or t.stage_for(value).description
        else:
            stage, text = self.tr("Not scored yet"), self.area.description
        self.stage.setText(stage)
        self.descriptor.setText(text)
        self.combo.setAccessibleDescription(f"{stage}. {text}")


class ScoreForm(QWidget):
    """Rows for every area of the model's template."""

    currentAreaChanged = Signal(str)  # a row got the keyboard focus
    noteFocusLost = Signal(str)  # area key: its note field lost focus

    def __init__(self, model: ReadingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._rows: dict[str, ScoreRow] = {}
        self._current = ""
        self._wheel_guard = _WheelGuard(self)
        self.setStyleSheet(
            'QFrame#scoreRow[current="true"] { border: 2px solid palette(highlight); }'
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        for area in model.template().areas:
            row = ScoreRow(model.template(), area, self)
            row.combo.installEventFilter(self._wheel_guard)
            row.own.installEventFilter(self._wheel_guard)
            row.combo.currentIndexChanged.connect(lambda _i, key=area.key: self._combo_changed(key))
            row.own.currentIndexChanged.connect(lambda _i, key=area.key: self._own_changed(key))
            row.note.textChanged.connect(lambda key=area.key: self._note_changed(key))
            row.note.focusLost.connect(lambda key=area.key: self.noteFocusLost.emit(key))
            for w in (row.combo, row.own, row.note):
                w.installEventFilter(self)
            self._rows[area.key] = row
            layout.addWidget(row)
        layout.addStretch(1)
        model.valueChanged.connect(self._show_value)
        model.noteChanged.connect(self._show_note)
        model.ownChanged.connect(self._show_own)
        model.reset.connect(self.refresh)
        self.refresh()

    # --- public ------------------------------------------------------------------------

    def row(self, key: str) -> ScoreRow:
        return self._rows[key]

    def rows(self) -> list[ScoreRow]:
        return list(self._rows.values())

    def focus_chain(self) -> list[QWidget]:
        """Widgets in Tab order: each row's score box, their own score, then its note."""
        chain: list[QWidget] = []
        for row in self._rows.values():
            chain += [row.combo, row.own, row.note]
        return chain

    def current_area(self) -> str:
        return self._current

    def set_current_area(self, key: str) -> None:
        if key == self._current:
            return
        if self._current in self._rows:
            self._rows[self._current].set_current(False)
        self._current = key
        if key in self._rows:
            self._rows[key].set_current(True)

    def set_read_only(self, read_only: bool) -> None:
        for row in self._rows.values():
            row.combo.setEnabled(not read_only)
            row.own.setEnabled(not read_only)
            row.note.setReadOnly(read_only)
            row.note.setPlaceholderText(self.tr("No note") if read_only else row.note_hint)

    def refresh(self) -> None:
        for key, row in self._rows.items():
            row.show_value(self._model.value(key))
            row.show_note(self._model.note(key))
            row.show_own(self._model.own(key))

    # --- slots ---------------------------------------------------------------------------

    def _combo_changed(self, key: str) -> None:
        self._model.edit(key, self._rows[key].value())

    def _own_changed(self, key: str) -> None:
        self._model.set_own(key, self._rows[key].own_value())

    def _show_own(self, key: str, value: object) -> None:
        self._rows[key].show_own(value)  # type: ignore[arg-type]

    def _note_changed(self, key: str) -> None:
        self._model.set_note(key, self._rows[key].note.toPlainText())

    def _show_value(self, key: str, value: object) -> None:
        self._rows[key].show_value(value)  # type: ignore[arg-type]

    def _show_note(self, key: str, note: str) -> None:
        self._rows[key].show_note(note)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for key, row in self._rows.items():
                if obj in (row.combo, row.own, row.note):
                    self.set_current_area(key)
                    self.currentAreaChanged.emit(key)
                    break
        return False
