"""Starting a reading and handing it to the reading editor.

The editor (``starapp.ui.reading_editor.ReadingEditor(ops, reading_id)``) and the
dialog that asks how a new reading is taken (``starapp.ui.new_reading_dialog``) are
imported only when first needed. Without the editor, the user is told so plainly.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from starapp.core.errors import StarappError
from starapp.core.readings import ReadingKind
from starapp.core.templates import StarTemplate
from starapp.store.consent import ConsentRequired
from starapp.ui.consent_dialog import ensure_consent, explain_consent_required
from starapp.ui.ops import Ops, show_error
from starapp.ui.translation import tr as _tr

EDITOR_MODULE = "starapp.ui.reading_editor"
NEW_READING_MODULE = "starapp.ui.new_reading_dialog"
# Signals an editor may offer to say "I am done, show the person again".
CLOSE_SIGNALS = ("closeRequested", "closed", "finished")


def editor_available() -> bool:
    return importlib.util.find_spec(EDITOR_MODULE) is not None


def _not_available(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        _tr("Reading editor"),
        _tr("The reading editor is not part of this version of starapp yet."),
    )


def choose_template(parent: QWidget, ops: Ops, person_id: str) -> StarTemplate | None:
    """The template of the person's latest reading, the only one there is, or the user's pick."""
    store = ops.store
    person = store.people.get(person_id)
    if person.latest_reading_id:
        latest = store.readings.get(person.latest_reading_id)
        return store.readings.template_of(latest)
    templates = store.templates.available()
    if len(templates) == 1:
        return templates[0]
    names = [t.name for t in templates]
    name, ok = QInputDialog.getItem(
        parent, _tr("New reading"), _tr("Which star should this reading use?"), names, 0, False
    )
    return templates[names.index(name)] if ok and name in names else None


def ask_new_reading(
    parent: QWidget, ops: Ops, person_id: str
) -> tuple[StarTemplate, dict[str, Any]] | None:
    """How the reading will be taken: the editor's own dialog when there is one."""
    if importlib.util.find_spec(NEW_READING_MODULE) is not None:
        from starapp.ui.new_reading_dialog import NewReadingDialog

        params = NewReadingDialog.ask(ops, person_id, parent)
        return None if params is None else (params.template, params.details())
    template = choose_template(parent, ops, person_id)
    if template is None:
        return None
    person = ops.store.people.get(person_id)
    kind = ReadingKind.REVIEW if person.reading_count else ReadingKind.FIRST
    return template, {"worker": person.key_worker, "kind": kind}


def start_reading(parent: QWidget, ops: Ops, person_id: str) -> str | None:
    """Start a draft reading for the person; its id, or None if nothing was started."""
    if not editor_available():
        _not_available(parent)
        return None
    try:
        # Consent first, when the service asks for it: explained before any questions.
        if not ensure_consent(parent, ops, person_id):
            return None
        choice = ask_new_reading(parent, ops, person_id)
        if choice is None:
            return None
        template, details = choice
        reading = ops.start_reading(person_id, template, **details)
    except ConsentRequired as exc:  # changed meanwhile (e.g. by an import)
        explain_consent_required(parent, ops, exc)
        return None
    except StarappError as exc:
        show_error(parent, exc)
        return None
    return reading.id


def make_editor(parent: QWidget, ops: Ops, reading_id: str) -> QWidget | None:
    if not editor_available():
        _not_available(parent)
        return None
    try:
        from starapp.ui.reading_editor import ReadingEditor

        return ReadingEditor(ops, reading_id)
    except Exception as exc:  # shown as a sentence; the traceback goes to the log
        show_error(parent, exc)
        return None


def connect_close(editor: QWidget, slot: Callable[..., None]) -> None:
    for name in CLOSE_SIGNALS:
        signal = getattr(editor, name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(slot)
            return
