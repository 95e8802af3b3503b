"""Which star templates the service uses: a tick list of the templates in the data file
(the shipped samples and any imported), and "Add our own template file…".

Shared by the first-run set-up and Settings. Ticking every template is stored as "all"
(an empty tuple), so a template imported later is offered too.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from starapp.core.errors import StarappError, TemplateError
from starapp.core.templates import StarTemplate, load_template
from starapp.ui.contrast import message_style
from starapp.ui.ops import Ops, error_text
from starapp.ui.translation import sentence_text

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole


class TemplateChooser(QWidget):
    def __init__(self, ops: Ops, chosen: Sequence[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("templateChooser")
        self._ops = ops
        self.list = QListWidget(objectName="templateList")
        self.list.setAccessibleName(self.tr("Templates the service uses"))
        self.list.setToolTip(self.tr("Tick the templates offered when a reading starts"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.tr("&Add our own template file…"))
        self.add_button.setObjectName("addTemplateFile")
        self.add_button.setAccessibleName(self.tr("Add our own template file"))
        self.add_button.setToolTip(
            self.tr("Check a template file (JSON) written for your service and add it")
        )
        self.add_button.clicked.connect(self.choose_file)
        self.message = QLabel(objectName="templateMessage", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._fill(set(chosen))

    def _fill(self, chosen: set[str]) -> None:
        self.list.clear()
        for t in self._ops.store.templates.available():
            self._add_item(t, checked=not chosen or t.key in chosen)

    def _add_item(self, t: StarTemplate, *, checked: bool) -> QListWidgetItem:
        areas = self.tr("{n} areas").format(n=len(t.areas))
        item = QListWidgetItem(f"{t.name} — {areas}\n{t.description}")
        item.setData(KEY_ROLE, t.key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setToolTip(t.description)
        self.list.addItem(item)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def checked_keys(self) -> tuple[str, ...]:
        return tuple(
            item.data(KEY_ROLE)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def chosen_keys(self) -> tuple[str, ...]:
        """What to store: the ticked keys, or () when every template is ticked."""
        keys = self.checked_keys()
        return () if len(keys) == self.list.count() else keys

    def problem(self) -> str:
        """A sentence when the choice cannot be saved, else ""."""
        if self.checked_keys():
            return ""
        return self.tr("Tick at least one template: a reading needs one.")

    def show_problem(self) -> bool:
        """Show the problem, if any; True when there is one."""
        text = self.problem()
        if text:
            self._say(text, error=True)
            self.list.setFocus()
        return bool(text)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add our own template file"),
            str(Path.home()),
            self.tr("Star templates (*.json);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> StarTemplate | None:
        """Check the file, add it to the data file and tick it; errors become sentences."""
        try:
            template = load_template(path)
            tid = self._ops.store.templates.ensure(template)
        except TemplateError as exc:
            lines = [sentence_text(line) for line in exc.lines()]
            shown = "\n".join(lines[:5]) + ("\n…" if len(lines) > 5 else "")
            self._say(
                self.tr(
                    "{file} is not a template starapp can use, so nothing was added. Ask "
                    "whoever wrote it to fix this:\n{problems}"
                ).format(file=path.name, problems=shown),
                error=True,
            )
            return None
        except StarappError as exc:
            self._say(error_text(exc), error=True)
            return None
        log.info("Imported a template from the set-up or settings")
        self._ops.changed.emit("template", tid)
        for item in self._items():
            if item.data(KEY_ROLE) == template.key:
                self.list.takeItem(self.list.row(item))  # an older version of it
        item = self._add_item(template, checked=True)
        self.list.setCurrentItem(item)
        self._say(
            self.tr("Added {name} (version {version}, {n} areas).").format(
                name=template.name, version=template.version, n=len(template.areas)
            )
        )
        return template

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(message_style(self, error=error))
        self.message.show()
