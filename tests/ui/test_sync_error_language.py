"""Sync and import errors reach the screen in the interface language.

They are raised below the UI as English templates with their values (Sentence); the sync
status, the sync details and the import dialog must show them through ``sentence_text``,
and the app's sync thread must store the text of a failed delivery through it too (that
text is read back from the data file and shown later).

A marking translator stands in for a language: it turns every "Errors" template into
"[cy] " + the template, so each test sees whether the text went through the translation
(str() of an error, the bug these guard against, has no mark). The real Welsh catalogue is
checked template by template in test_translations.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from webdav_server import DAV_USER, serve_webdav

from starapp.core.errors import Sentence
from starapp.store import Store
from starapp.store.targets import TargetsRepo
from starapp.sync import secrets as secrets_module
from starapp.sync.importer import import_bundle
from starapp.ui.import_dialog import ImportDialog
from starapp.ui.ops import Ops
from starapp.ui.sync_controller import SyncController
from starapp.ui.sync_details import SyncDetailsDialog
from starapp.ui.sync_status import SyncStatusWidget
from starapp.ui.translation import ERROR_CONTEXT, sentence_text

WAIT = 15_000  # ms: generous for a slow machine
MARK = "[cy] "
WRONG_PASSWORD = (
    "The server for {target} did not accept the user name and password (or token). "
    "Check them in the target's settings."
)
MISSING_FOLDER = "The folder {folder} is not there (is the USB stick or drive connected?)."


class MarkingTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return MARK + source if context == ERROR_CONTEXT else None  # None: not translated


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    translator = MarkingTranslator()
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def store(tmp_path: Path, qapp: QApplication) -> Iterator[Store]:
    store = Store.open(tmp_path / "laptop" / "worker.db", create=True, actor="test")
    yield store
    store.close()


@pytest.fixture
def ops(store: Store) -> Ops:
    return Ops(store)


@pytest.fixture
def controller(ops: Ops, monkeypatch: pytest.MonkeyPatch) -> Iterator[SyncController]:
    monkeypatch.setattr(secrets_module, "keyring_available", lambda: False)  # a bare laptop
    controller = SyncController(ops, watch_network=False)
    yield controller
    assert controller.shutdown()


def one_pass(qtbot, controller: SyncController) -> None:
    """Start the sync thread and wait for its first pass to end."""
    with qtbot.waitSignal(controller.passFinished, timeout=WAIT):
        controller.start()


def add_changes(store: Store) -> None:
    from starapp.core.people import PersonDraft

    store.people.add(PersonDraft(reference="NS-0001", name="Alex Byrne"))


def test_a_retry_is_stored_and_shown_in_the_interface_language(
    qtbot, marked, store, ops, controller, tmp_path
):
    usb = tmp_path / "usb stick not plugged in"
    TargetsRepo(store).add("usb", "folder", str(usb))
    add_changes(store)
    one_pass(qtbot, controller)

    expected = sentence_text(Sentence(MISSING_FOLDER, {"folder": usb}))
    assert expected.startswith(MARK) and str(usb) in expected
    assert TargetsRepo(store).find("usb").last_error == expected
    details = SyncDetailsDialog(controller, ops)
    qtbot.addWidget(details)
    details.show_view(controller.view())
    assert details.targets_table.item(0, 3).text() == f"Will try again: {expected}"
    assert expected in details.queue_table.item(0, 3).text()


def test_needs_attention_is_shown_in_the_interface_language(
    qtbot, marked, store, ops, controller, tmp_path
):
    with serve_webdav(tmp_path / "dav-root") as dav:
        TargetsRepo(store).add("cloud", "webdav", dav.url + "/in", username=DAV_USER)
        controller.session_secrets["cloud"] = "not the password"
        add_changes(store)
        one_pass(qtbot, controller)

    reason = sentence_text(Sentence(WRONG_PASSWORD, {"target": "cloud"}))
    assert reason.startswith(MARK)
    assert TargetsRepo(store).find("cloud").attention == reason  # stored as shown
    problem = sentence_text(Sentence("{target}: {problem}", {"target": "cloud", "problem": reason}))
    assert problem == f"{MARK}cloud: {reason}"
    assert controller.view().attention == [problem]

    status = SyncStatusWidget(controller)
    qtbot.addWidget(status)
    status.show_view(controller.view())
    assert status.problem.toolTip() == f"Needs attention: {problem}"
    details = SyncDetailsDialog(controller, ops)
    qtbot.addWidget(details)
    details.show_view(controller.view())
    assert problem in details.attention.text()
    assert details.targets_table.item(0, 3).text() == f"Needs attention: {reason}"


def test_a_data_file_sync_cannot_open_is_said_in_the_interface_language(
    qtbot, marked, store, tmp_path, monkeypatch
):
    monkeypatch.setattr(secrets_module, "keyring_available", lambda: False)
    not_data = tmp_path / "not-a-data-file.db"
    not_data.write_bytes(b"this is not a database " * 64)
    controller = SyncController(
        Ops(store), open_store=lambda _s: Store.open(not_data), watch_network=False
    )
    with pytest.raises(Exception) as refused:
        Store.open(not_data)
    with qtbot.waitSignal(controller.statusChanged, timeout=WAIT, check_params_cb=_failed):
        controller.start()
    said = controller.view().engine_problem
    assert said == f"Sync cannot open the data file: {sentence_text(refused.value.sentence)}"
    assert MARK in said
    assert controller.shutdown()


def _failed(view) -> bool:
    return bool(view.engine_problem)


def test_import_reasons_are_shown_in_the_interface_language(qtbot, marked, store, tmp_path):
    broken = tmp_path / "inbox" / "broken.zip"
    broken.parent.mkdir()
    broken.write_bytes(b"PK\x03\x04 cut off while copying")
    gone = tmp_path / "inbox" / "gone.zip"
    dialog = ImportDialog(Ops(store))
    qtbot.addWidget(dialog)
    dialog.add_sources([broken, gone])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.state.text().startswith("Done"), timeout=WAIT)

    damaged = import_bundle(store, broken).reason
    assert damaged is not None
    why = {o.path.name: sentence_text(o.reason) for o in dialog.outcomes if o.reason}
    assert why == {
        "broken.zip": sentence_text(damaged),
        "gone.zip": sentence_text(Sentence("There is no such file.")),
    }
    assert all(text.startswith(MARK) for text in why.values())
    shown = dialog.details.toPlainText().splitlines()
    assert shown == [f"{name}: refused — {text}" for name, text in why.items()]
    assert dialog.results.item(0, 1).toolTip() == why["broken.zip"]


def test_the_marking_translator_leaves_other_text_alone(marked) -> None:
    assert QCoreApplication.translate("SyncController", "Sync now") == "Sync now"
    assert sentence_text(Sentence("{n} waiting", {"n": 3})) == "[cy] 3 waiting"
