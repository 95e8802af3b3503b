"""The first-run set-up: every page, skipping, templates (own file too), sync, and what
the saved choices change (audit actor, templates offered for a new reading)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWizard
from shots import save_shot

from starapp.core.people import PersonDraft
from starapp.core.templates import builtin_templates
from starapp.store import Store
from starapp.store.settings import ServiceSettings, load_settings, save_settings
from starapp.ui.first_run import FirstRunWizard
from starapp.ui.new_reading_dialog import NewReadingDialog
from starapp.ui.ops import Ops
from starapp.ui.service_settings import after_open
from starapp.ui.sync_controller import SyncController
from starapp.ui.target_settings import TargetInput

BUILTIN_KEYS = sorted(t.key for t in builtin_templates())


@pytest.fixture
def store(tmp_path, qapp):
    (tmp_path / "data").mkdir()
    with Store.open(tmp_path / "data" / "starapp.db", create=True, actor="laptop-login") as s:
        yield s
        QThreadPool.globalInstance().waitForDone(5000)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.processEvents()


@pytest.fixture
def ops(store):
    return Ops(store)


@pytest.fixture
def controller(ops):
    return SyncController(ops, watch_network=False)  # never started: no sync passes


@pytest.fixture
def wizard(qtbot, ops, controller):
    w = FirstRunWizard(ops, controller)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.isVisible():
        w.done(0)  # closing would save the choices (as Esc does); the test is over


def last_audit_actor(store: Store) -> str:
    return store.one("SELECT actor FROM audit ORDER BY rowid DESC LIMIT 1")["actor"]


def next_page(qtbot, wizard: FirstRunWizard) -> None:
    """Enter presses the default button: Next (Finish on the last page)."""
    wizard.activateWindow()
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def test_every_page_by_keyboard_saves_the_choices(qtbot, wizard, store):
    assert wizard.currentPage() is wizard.names
    assert wizard.names.organisation.hasFocus() or wizard.focusWidget() is not None
    wizard.names.organisation.setFocus()
    qtbot.keyClicks(wizard.names.organisation, "Riverside Housing Trust")
    qtbot.keyClick(wizard.names.organisation, Qt.Key.Key_Tab)
    qtbot.keyClicks(wizard.focusWidget(), "Sam Jones")
    assert wizard.names.worker.text() == "Sam Jones"
    save_shot(wizard, "first-run-1-names.png")

    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.templates
    chooser = wizard.templates.chooser
    assert chooser.checked_keys() and len(chooser.checked_keys()) == len(BUILTIN_KEYS)
    young = chooser.list.item(
        [chooser.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(3)].index(
            "young-person"
        )
    )
    young.setCheckState(Qt.CheckState.Unchecked)
    save_shot(wizard, "first-run-2-templates.png")

    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.sync
    assert wizard.sync.later.isChecked() and not wizard.sync.set_up.isEnabled()
    save_shot(wizard, "first-run-3-sync.png")

    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.summary
    text = wizard.summary_text()
    assert "Organisation:</b></td><td style='padding: 3px 0'>Riverside Housing Trust<" in text
    assert ">Sam Jones<" in text
    assert "Young people" not in text and "Family support" in text
    assert ">later (Tools → Sync targets)<" in text
    assert not wizard.button(QWizard.WizardButton.CustomButton1).isVisible()  # Finish is enough
    save_shot(wizard, "first-run-4-summary.png")

    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.saved and not wizard.isVisible()
    saved = load_settings(store)
    assert saved.organisation == "Riverside Housing Trust"
    assert saved.worker_name == "Sam Jones"
    assert sorted(saved.template_keys) == ["family-support", "life-areas"]
    assert saved.setup_done
    # the worker's name is now the audit actor of this app's writes
    assert store.actor == "Sam Jones"
    assert last_audit_actor(store) == "Sam Jones"
    store.people.add(PersonDraft(reference="P1", name="Test Person"))
    assert last_audit_actor(store) == "Sam Jones"


def test_skip_on_the_first_page_is_not_asked_again(qtbot, wizard, store, ops, controller):
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    assert wizard.saved
    saved = load_settings(store)
    assert saved == ServiceSettings(setup_done=True)
    assert store.actor != ""  # no name given: the laptop login stays the actor
    assert after_open(None, ops, controller) is None


def test_escape_keeps_what_was_typed_and_marks_set_up_done(qtbot, wizard, store):
    qtbot.keyClicks(wizard.names.worker, "Priya")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.saved and not wizard.isVisible()
    saved = load_settings(store)
    assert (saved.worker_name, saved.template_keys, saved.setup_done) == ("Priya", (), True)


def test_after_open_shows_the_wizard_only_until_set_up_is_done(qtbot, ops, controller, store):
    save_settings(store, ServiceSettings(worker_name="Nia"))  # named, but never set up
    wizard = after_open(None, ops, controller)
    assert wizard is not None and wizard.isVisible()
    assert store.actor == "Nia"
    assert wizard.names.worker.text() == "Nia"
    wizard.skip()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert after_open(None, ops, controller) is None


def test_no_template_ticked_is_refused_with_a_sentence(qtbot, wizard):
    next_page(qtbot, wizard)
    chooser = wizard.templates.chooser
    for i in range(chooser.list.count()):
        chooser.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.templates
    assert chooser.message.isVisible()
    assert "Tick at least one template" in chooser.message.text()


def test_own_template_file_is_checked_added_and_ticked(
    qtbot, wizard, store, tmp_path, make_template
):
    next_page(qtbot, wizard)
    chooser = wizard.templates.chooser
    own = json.loads(make_template(6, key="our-star").to_json())
    own["name"] = "Our own star"
    path = tmp_path / "our-star.json"
    path.write_text(json.dumps(own), encoding="utf-8")
    assert chooser.import_file(path) is not None
    assert "Added Our own star (version 1, 6 areas)" in chooser.message.text()
    assert "our-star" in chooser.checked_keys()
    assert "our-star" in [t.key for t in store.templates.available()]
    assert chooser.chosen_keys() == ()  # everything ticked: "all", future ones too
    save_shot(wizard, "first-run-2-templates-own-added.png")


def test_broken_template_file_says_what_is_wrong_and_adds_nothing(
    qtbot, wizard, store, tmp_path, make_template
):
    next_page(qtbot, wizard)
    chooser = wizard.templates.chooser
    broken = json.loads(make_template(6, key="broken-star").to_json())
    del broken["areas"][2]["name"]
    path = tmp_path / "broken-star.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    before = chooser.list.count()
    assert chooser.import_file(path) is None
    text = chooser.message.text()
    assert text.startswith("broken-star.json is not a template starapp can use")
    assert "areas[3]" in text or "name" in text
    assert chooser.list.count() == before
    assert store.one("SELECT count(*) AS n FROM templates WHERE key = 'broken-star'")["n"] == 0
    save_shot(wizard, "first-run-2-templates-bad-file.png")

    not_json = tmp_path / "notes.json"
    not_json.write_text("{ this is not json", encoding="utf-8")
    assert chooser.import_file(not_json) is None
    assert "not valid JSON" in chooser.message.text()


def test_sync_page_shows_a_target_set_up_from_it(qtbot, wizard, controller, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert "No sync target yet" in wizard.sync.status.text()
    wizard.sync.now.setChecked(True)
    assert wizard.sync.set_up.isEnabled()
    # what the targets dialog's Save does
    controller.save_target(TargetInput("Office share", "folder", str(folder)), editing=False)
    wizard.sync.refresh()
    assert "Office share" in wizard.sync.status.text()
    save_shot(wizard, "first-run-3-sync-set-up.png")
    next_page(qtbot, wizard)
    assert ">Office share<" in wizard.summary.summary.text()


def test_new_reading_offers_only_the_service_templates(qtbot, ops, store):
    person = store.people.add(PersonDraft(reference="P1", name="Test Person"))
    dialog = NewReadingDialog(ops, person.id)
    qtbot.addWidget(dialog)
    offered = sorted(dialog.template.itemData(i).key for i in range(dialog.template.count()))
    assert offered == BUILTIN_KEYS  # nothing chosen: all

    save_settings(
        store,
        ServiceSettings(worker_name="Efe", template_keys=("young-person",), setup_done=True),
    )
    dialog = NewReadingDialog(ops, person.id)
    qtbot.addWidget(dialog)
    offered = [dialog.template.itemData(i).key for i in range(dialog.template.count())]
    assert offered == ["young-person"]
    assert dialog.worker.text() == "Efe"  # the worker set up is filled in


def test_a_review_can_follow_on_from_a_template_no_longer_chosen(qtbot, ops, store):
    person = store.people.add(PersonDraft(reference="P2", name="Another Person"))
    life = next(t for t in builtin_templates() if t.key == "life-areas")
    store.templates.ensure(life, builtin=True)
    store.readings.start(person.id, life, worker="Efe")
    save_settings(store, ServiceSettings(template_keys=("young-person",), setup_done=True))
    dialog = NewReadingDialog(ops, person.id)
    qtbot.addWidget(dialog)
    offered = [dialog.template.itemData(i).key for i in range(dialog.template.count())]
    assert offered == ["life-areas", "young-person"]
    assert dialog.template.currentData().key == "life-areas"  # the one to compare with


def refuse_writes(store: Store, refuse: bool) -> None:
    """SQLite refuses every write on this connection, as for a read-only file."""
    store.db.execute(f"PRAGMA query_only = {int(refuse)}")


def test_a_save_that_fails_says_so_and_keeps_the_wizard_open(qtbot, wizard, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    refuse_writes(store, True)
    qtbot.keyClicks(wizard.names.worker, "Femi")
    wizard.skip()
    assert wizard.isVisible() and not wizard.saved
    assert wizard.names.worker.text() == "Femi"  # what was typed stays
    assert len(shown) == 1 and "cannot be written (it is read-only)" in shown[0]
    assert store.actor == "laptop-login"
    refuse_writes(store, False)
    assert not load_settings(store).setup_done  # asked again at the next start


def test_after_a_refused_save_the_next_save_is_kept(qtbot, wizard, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    refuse_writes(store, True)
    qtbot.keyClicks(wizard.names.worker, "Femi")
    wizard.skip()
    refuse_writes(store, False)
    wizard.skip()  # the file is writable again
    assert wizard.saved
    assert load_settings(store).worker_name == "Femi"


def test_every_page_passes_the_accessibility_checks(qtbot, wizard):
    from test_accessibility import assert_accessible  # names, labels or tooltips, mnemonics

    for _page in range(4):
        assert_accessible(wizard)
        wizard.next()
