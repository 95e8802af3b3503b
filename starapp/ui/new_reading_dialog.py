"""Ask how a new reading will be taken: template, date, worker, kind, who took part.

The dialog only collects the choices; the caller starts the draft with
``ops.start_reading(person_id, params.template, **params.details())``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from starapp.core.readings import Participation, ReadingKind
from starapp.core.templates import StarTemplate
from starapp.store.settings import load_settings
from starapp.ui.translation import tr as _tr

if TYPE_CHECKING:
    from starapp.ui.ops import Ops

WORKER_KEY = "worker/name"
WORKER_MAX = 200


@dataclass(frozen=True)
class NewReadingParams:
    template: StarTemplate
    taken_on: str  # ISO date
    worker: str
    kind: ReadingKind
    participation: Participation

    def details(self) -> dict[str, Any]:
        """Keyword arguments for ``Ops.start_reading`` after person and template."""
        return {
            "taken_on": self.taken_on,
            "worker": self.worker,
            "kind": self.kind,
            "participation": self.participation,
        }


def _offered(
    templates: list[StarTemplate], keys: tuple[str, ...], latest: str | None
) -> list[StarTemplate]:
    """The templates the service chose in its settings (none chosen, or none left: all),
    and the person's latest one, so a review can follow on from it."""
    if not any(t.key in keys for t in templates):
        return templates
    return [t for t in templates if t.key in keys or t.key == latest]


def kind_labels() -> dict[ReadingKind, str]:
    tr = _tr
    return {
        ReadingKind.FIRST: tr("First reading"),
        ReadingKind.REVIEW: tr("Review"),
        ReadingKind.EXIT: tr("Exit (last reading)"),
    }


def participation_labels() -> dict[Participation, str]:
    tr = _tr
    return {
        Participation.JOINT: tr("Worker and person together"),
        Participation.WORKER_ONLY: tr("Worker only"),
    }


def fill_combo(combo: QComboBox, labels: dict[Any, str], current: Any) -> None:
    combo.clear()
    for value, text in labels.items():
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class NewReadingDialog(QDialog):
    def __init__(
        self,
        ops: Ops,
        person_id: str,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        store = ops.store
        self.setWindowTitle(self.tr("New reading"))
        person = store.people.get(person_id)
        readings = store.readings.for_person(person_id)
        service = load_settings(store)
        latest_key = store.readings.template_of(readings[-1]).key if readings else None
        templates = _offered(store.templates.available(), service.template_keys, latest_key)

        intro = QLabel(
            self.tr("Start a new reading for {person}.").format(person=person.display_name)
        )
        intro.setWordWrap(True)

        self.template = QComboBox()
        for t in templates:
            self.template.addItem(t.name, t)
        keys = [t.key for t in templates]
        self.template.setCurrentIndex(keys.index(latest_key) if latest_key in keys else 0)

        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setMinimumDate(QDate(1990, 1, 1))
        self.date.setDisplayFormat("yyyy-MM-dd")

        # the name set up in Settings, else the last one typed on this laptop
        last = str(self._settings.value(WORKER_KEY, "") or "")
        self.worker = QLineEdit(service.worker_name or last)
        self.worker.setMaxLength(WORKER_MAX)
        self.worker.setPlaceholderText(self.tr("Your name"))

        has_final = any(r.is_final for r in readings)
        self.kind = QComboBox()
        fill_combo(self.kind, kind_labels(), ReadingKind.REVIEW if has_final else ReadingKind.FIRST)
        self.participation = QComboBox()
        fill_combo(self.participation, participation_labels(), Participation.JOINT)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Worker:"), self.worker)
        form.addRow(self.tr("&Kind of reading:"), self.kind)
        form.addRow(self.tr("Who took &part:"), self.participation)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start reading"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.template.setFocus()

    def params(self) -> NewReadingParams:
        return NewReadingParams(
            template=self.template.currentData(),
            taken_on=self.date.date().toString("yyyy-MM-dd"),
            worker=self.worker.text().strip(),
            kind=ReadingKind(self.kind.currentData()),
            participation=Participation(self.participation.currentData()),
        )

    def accept(self) -> None:
        worker = self.worker.text().strip()
        if worker:
            self._settings.setValue(WORKER_KEY, worker)  # the next reading starts with it
        super().accept()

    @classmethod
    def ask(
        cls,
        ops: Ops,
        person_id: str,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> NewReadingParams | None:
        """Show the dialog; the chosen parameters, or None when cancelled."""
        dialog = cls(ops, person_id, parent, settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.params()
