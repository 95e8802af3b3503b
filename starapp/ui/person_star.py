"""The star on a person's page: the latest reading, with the first and/or the previous
reading drawn under it (the user picks which) and the person's own view where recorded."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from starapp.core.readings import Reading
from starapp.core.reports import split_template_id
from starapp.core.templates import StarTemplate
from starapp.ui.dates import display_date
from starapp.ui.star_widget import StarWidget

Overlay = tuple[str, dict[str, int | None]]


def comparable(finals: Sequence[Reading], latest: Reading) -> list[Reading]:
    """Final readings of the latest one's template key, oldest first (the latest last)."""
    key = split_template_id(latest.template_id)[0]
    return [r for r in finals if split_template_id(r.template_id)[0] == key]


class PersonStarPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first: Reading | None = None
        self._previous: Reading | None = None
        self._latest: Reading | None = None
        self._template: StarTemplate | None = None
        self.caption = QLabel(objectName="starCaption", wordWrap=True)
        self.show_first = QCheckBox(objectName="compareFirst")
        self.show_previous = QCheckBox(objectName="comparePrevious")
        self.show_own = QCheckBox(self.tr("Their own view"), objectName="compareOwn")
        self.show_own.setToolTip(
            self.tr("Hollow rings: the person's own score, where it differs from the agreed one")
        )
        for box in (self.show_first, self.show_previous, self.show_own):
            box.setChecked(True)
            box.toggled.connect(self._apply)
        self.compare_label = QLabel(self.tr("Compare with:"))
        compare = QHBoxLayout()
        compare.addWidget(self.compare_label)
        compare.addWidget(self.show_first)
        compare.addWidget(self.show_previous)
        compare.addWidget(self.show_own)
        compare.addStretch(1)
        self.stack = QStackedWidget()
        self.no_star = QLabel(
            self.tr("No finished readings yet.\nStart one with “New reading”."),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        self.star: StarWidget | None = None
        self.stack.addWidget(self.no_star)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(compare)
        layout.addWidget(self.stack, 1)

    def show_readings(self, finals: Sequence[Reading], template: StarTemplate | None) -> None:
        """``finals``: the person's current final readings, oldest first; ``template``:
        the latest one's."""
        if not finals or template is None:
            self._latest = self._first = self._previous = None
            self.caption.setText("")
            self._set_compare_visible(False, False, False)
            self.stack.setCurrentWidget(self.no_star)
            return
        same = comparable(finals, finals[-1])
        self._latest = same[-1]
        self._first = same[0] if len(same) >= 2 else None
        self._previous = same[-2] if len(same) >= 3 else None
        self._template = template
        if self.star is None:
            self.star = StarWidget(template)
            self.star.setObjectName("personStar")
            self.star.set_read_only(True)
            self.stack.addWidget(self.star)
        elif self.star.template() != template:
            self.star.set_template(template)
        self.star.set_scores(self._only_areas(self._latest.values()))
        na = self._latest.not_applicable() & {
            a.key for a in template.areas if a.allow_not_applicable
        }
        self.star.set_not_applicable(na)
        if self._first is not None:
            self.show_first.setText(
                self.tr("first, {date}").format(date=display_date(self._first.taken_on))
            )
        if self._previous is not None:
            self.show_previous.setText(
                self.tr("previous, {date}").format(date=display_date(self._previous.taken_on))
            )
        has_own = any(s.own_value is not None for s in self._latest.scores.values())
        self._set_compare_visible(self._first is not None, self._previous is not None, has_own)
        self.stack.setCurrentWidget(self.star)
        self.caption.setText(
            self.tr("Now: the latest reading, {date}  ·  {template}").format(
                date=display_date(self._latest.taken_on), template=template.name
            )
        )
        self._apply()

    def overlays(self) -> list[Overlay]:
        """The readings drawn under the latest one now: (label, scores)."""
        out: list[Overlay] = []
        if self._first is not None and self.show_first.isChecked():
            label = self.tr("First, {date}").format(date=display_date(self._first.taken_on))
            out.append((label, self._only_areas(self._first.values())))
        if self._previous is not None and self.show_previous.isChecked():
            label = self.tr("Previous, {date}").format(date=display_date(self._previous.taken_on))
            out.append((label, self._only_areas(self._previous.values())))
        return out

    def _only_areas(self, values: dict[str, int | None]) -> dict[str, int | None]:
        keys = {a.key for a in self._template.areas} if self._template else set()
        return {k: v for k, v in values.items() if k in keys}

    def _set_compare_visible(self, first: bool, previous: bool, own: bool) -> None:
        self.show_first.setVisible(first)
        self.show_previous.setVisible(previous)
        self.show_own.setVisible(own)
        self.compare_label.setVisible(first or previous or own)

    def _apply(self, *_args: object) -> None:
        if self.star is None or self._latest is None:
            return
        self.star.set_overlays(self.overlays())
        own: dict[str, int | None] = {}
        if self.show_own.isChecked():
            own = {k: s.own_value for k, s in self._latest.scores.items()}
        self.star.set_own_scores(self._only_areas(own))
