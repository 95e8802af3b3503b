"""The star and the score form side by side in the reading editor.

The form scrolls only vertically, so its pane is never narrower than one of its rows
(fitted again when the font or style changes); the first time it is shown the star
gets about three fifths of the width and the form the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QScrollArea, QSplitter

from starapp.ui.score_form import ScoreForm
from starapp.ui.star_widget import StarWidget


class ReadingPanes(QSplitter):
    def __init__(self, star: StarWidget, form: ScoreForm) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self._form = form
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(form)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addWidget(star)
        self.addWidget(self.scroll)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        self._sized = False
        self._fit_form_width()

    def _fit_form_width(self) -> None:
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * self.scroll.frameWidth()
        self.scroll.setMinimumWidth(self._form.minimumSizeHint().width() + bar + frame)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = self.width()
            form = max(self.scroll.minimumWidth(), round(total * 0.42))
            self.setSizes([total - form, form])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_form_width()
