"""What a screen reader and a keyboard user get from every window and dialog.

For each screen the tests walk every control that takes the keyboard focus and ask Qt's
accessibility layer (``QAccessible.queryAccessibleInterface(w).text(Name)``, what a
screen reader really reads, buddy labels included) for its name. A control that shows
no text of its own and has no visible label also needs a tooltip. Mnemonics (Alt+letter)
must not clash within a window, the menu bar included, or Alt+letter does the wrong thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from people_factory import make_demo_people
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)

from starapp.core.people import PersonDraft
from starapp.store import Store
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops

NAME = QAccessible.Text.Name


pytestmark = pytest.mark.usefixtures("sync_held")


@pytest.fixture
def people(store) -> Store:
    make_demo_people(store, 8)
    return store


@pytest.fixture
def window(qtbot, people, tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Ops(people), settings)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


# --- the checks -----------------------------------------------------------------------


def _inside_composite(widget: QWidget) -> bool:
    """The line edit inside a combo or spin box: its owner is the control that counts."""
    parent = widget.parentWidget()
    return isinstance(parent, QComboBox | QAbstractSpinBox)


def focusable(top: QWidget) -> Iterator[QWidget]:
    """Visible, enabled controls of ``top``'s own window that Tab can reach."""
    for widget in top.findChildren(QWidget):
        if widget.window() is not top.window() or not widget.isVisibleTo(top.window()):
            continue
        if not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or _inside_composite(widget):
            continue
        yield widget


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    if isinstance(widget, QComboBox):
        # On Linux Qt gives a combo's current item as its name and its label as a
        # "labelled by" relation (elsewhere the label is the name): either will do.
        labels = [other.text(NAME) for other, _ in iface.relations(QAccessible.Relation.Label)]
        return (widget.accessibleName() or " ".join(labels)).strip()
    return iface.text(NAME).strip()


def _own_text(widget: QWidget) -> str:
    """Text the control itself shows: a button's, tab titles, column titles, a document."""
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        return "".join(widget.tabText(i) for i in range(widget.count())).strip()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else None
        header = widget.header() if isinstance(widget, QTreeView) else header
        titles = []
        if header is not None and not header.isHidden():
            titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
        return "".join(str(t) for t in [*titles, model.index(0, 0).data()] if t).strip()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.toPlainText().strip() if widget.isReadOnly() else ""
    return ""


def _labelled(widget: QWidget) -> bool:
    """A visible label names it (a buddy) or a titled group box holds it alone."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.isVisibleTo(widget.window()) and label.text():
            return True
    return False


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '?'}) in {_path(widget)}"


def _path(widget: QWidget) -> str:
    parts = []
    w = widget.parentWidget()
    while w is not None and len(parts) < 3:
        parts.append(type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else ""))
        w = w.parentWidget()
    return "/".join(parts)


def problems(top: QWidget) -> list[str]:
    found = []
    for widget in focusable(top):
        if not spoken_name(widget):
            found.append(f"no accessible name: {describe(widget)}")
        elif not _own_text(widget) and not _labelled(widget) and not widget.toolTip():
            found.append(f"no visible text, label or tooltip: {describe(widget)}")
    return found


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_clashes(top: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys claimed by more than one visible control (or menu) of the window."""
    window = top.window()
    claims: dict[str, list[str]] = {}

    def claim(text: str, what: str) -> None:
        key = _mnemonic(text)
        if key:
            claims.setdefault(key, []).append(f"{what} {text!r}")

    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            claim(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            claim(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            claim(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                claim(widget.tabText(i), "tab")
    return {key: who for key, who in claims.items() if len(who) > 1}


def assert_accessible(top: QWidget) -> None:
    found = problems(top)
    assert found == [], "\n".join(found)
    assert mnemonic_clashes(top) == {}


# --- the screens ------------------------------------------------------------------------


def person_with_readings(store: Store) -> str:
    return max(store.people.find(), key=lambda p: p.reading_count).id


def test_people_list_empty_and_full(qtbot, store, tmp_path):
    settings = QSettings(str(tmp_path / "empty.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Ops(store), settings)
    qtbot.addWidget(win)
    win.show()
    assert win.people_page.is_empty_state()
    assert_accessible(win)
    win._ops.add_person(PersonDraft(reference="NS-0001", name="Alex Byrne"))
    qtbot.waitUntil(lambda: not win.people_page.is_empty_state())
    assert_accessible(win)


def test_person_page_every_tab(qtbot, window, people):
    window.open_person(person_with_readings(people))
    tabs = window.person_page.tabs
    window.person_page.load_chart()
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        assert_accessible(window)


def test_reading_editor_draft_and_final(qtbot, window, people):
    person_id = person_with_readings(people)
    final = people.readings.for_person(person_id)[-1]
    window.open_reading_editor(final.id)
    assert window.editor.is_read_only()
    assert_accessible(window)
    window.editor.start_amending()
    assert_accessible(window)
    draft = window._ops.start_reading(person_id, people.readings.template_of(final))
    window.open_reading_editor(draft.id)
    assert window.editor.mode() == "draft"
    assert_accessible(window)
    star = window.editor.star
    assert spoken_name(star).startswith("Star chart")
    assert star.toolTip()


def test_reports_view_before_and_after_a_run(qtbot, window):
    window.show_reports()
    view = window.reports_page
    assert_accessible(window)
    view.run_report()
    qtbot.waitUntil(lambda: view.report is not None, timeout=15_000)
    assert_accessible(window)


# --- dialogs -----------------------------------------------------------------------------


def _person_dialog(window, store):
    from starapp.ui.person_dialog import PersonDialog

    return PersonDialog(window._ops, store.people.get(person_with_readings(store)), window)


def _new_person_dialog(window, store):
    from starapp.ui.person_dialog import PersonDialog

    return PersonDialog(window._ops, None, window)


def _new_reading_dialog(window, store):
    from starapp.ui.new_reading_dialog import NewReadingDialog

    return NewReadingDialog(window._ops, person_with_readings(store), window)


def _reason_dialog(window, store):
    from starapp.ui.reading_dialogs import ReasonDialog

    return ReasonDialog(window)


def _action_dialog(window, store):
    from starapp.ui.action_dialog import ActionDialog

    person_id = person_with_readings(store)
    readings = store.readings.for_person(person_id)
    template = store.readings.template_of(readings[-1])
    return ActionDialog(window._ops, person_id, template, readings, None, window)


def _my_star_dialog(window, store):
    from starapp.ui import print_dialog

    person = store.people.get(person_with_readings(store))
    readings = store.readings.for_person(person.id)
    template = store.readings.template_of(readings[-1])
    return print_dialog.my_star_dialog(window, window._ops, person, template, readings)


def _blank_star_dialog(window, store):
    from starapp.ui import print_dialog

    return print_dialog.blank_star_dialog(window, window._ops)


def _targets_dialog(window, store):
    window.sync.open_targets()
    return window.sync.targets_dialog


def _sync_details_dialog(window, store):
    window.sync.open_details()
    return window.sync.details_dialog


def _import_dialog(window, store):
    window.sync.open_import()
    return window.sync.import_dialog


def _conflicts_dialog(window, store):
    from starapp.ui.conflicts_dialog import ConflictsDialog

    return ConflictsDialog(window._ops, window)


def _unlock_dialog(window, store):
    from starapp.ui.unlock_dialog import UnlockDialog

    return UnlockDialog(store.path, window)


def _recovery_unlock_dialog(window, store):
    from starapp.ui.unlock_dialog import UnlockDialog

    return UnlockDialog(store.path, window, recovery_only=True)


def _passphrase_dialog(window, store):
    from starapp.ui.passphrase_setup import PassphraseSetupDialog

    return PassphraseSetupDialog(store.path.with_name("new.db"), window)


def _recovery_key_dialog(window, store):
    from starapp.ui.passphrase_setup import RecoveryKeyDialog

    return RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX", store.path, window)


def _help_dialog(window, store):
    window.show_help()
    return window.help_dialog


def _settings_dialog(window, store):
    from starapp.ui.settings_dialog import SettingsDialog

    return SettingsDialog(window._ops, window.locker, window)


def _first_run(window, store):
    from starapp.ui.first_run import FirstRunWizard

    return FirstRunWizard(window._ops, window.sync.controller, window)


def _keys_dialog(window, store):
    from starapp.ui.keys_dialog import KeysDialog

    return KeysDialog(window._ops, window)


def _replace_key_confirm(window, store):
    from starapp.sync.bundle_crypto import create_key_pair
    from starapp.ui.key_questions import ReplaceKeyConfirm

    old, new = create_key_pair(), create_key_pair()
    return ReplaceKeyConfirm([old.recipient], [new.recipient], 2, window)


def _erase_dialog(window, store):
    from starapp.ui.erase_dialog import EraseDialog

    return EraseDialog(window._ops, store.people.get(person_with_readings(store)), window)


def _withdrawal_dialog(window, store):
    from starapp.ui.consent_dialog import WithdrawalDialog

    return WithdrawalDialog(window._ops, store.people.get(person_with_readings(store)), window)


def _retention_dialog(window, store):
    from starapp.ui.retention_dialog import RetentionDialog

    return RetentionDialog(window._ops, window)


def _audit_view(window, store):
    from starapp.ui.audit_view import AuditView

    return AuditView(window._ops, window)


def _change_passphrase(window, store):
    from starapp.ui.change_passphrase import ChangePassphraseDialog

    return ChangePassphraseDialog(window._ops, window)


DIALOGS = {
    "person (add)": _new_person_dialog,
    "person (edit)": _person_dialog,
    "new reading": _new_reading_dialog,
    "amendment reason": _reason_dialog,
    "action step": _action_dialog,
    "my star pdf": _my_star_dialog,
    "blank star pdf": _blank_star_dialog,
    "sync targets": _targets_dialog,
    "sync details": _sync_details_dialog,
    "import bundles": _import_dialog,
    "conflicts": _conflicts_dialog,
    "unlock": _unlock_dialog,
    "unlock with recovery key": _recovery_unlock_dialog,
    "new passphrase": _passphrase_dialog,
    "recovery key": _recovery_key_dialog,
    "help": _help_dialog,
    "settings": _settings_dialog,
    "first run": _first_run,
    "service keys": _keys_dialog,
    "replace service key": _replace_key_confirm,
    "erase person": _erase_dialog,
    "consent withdrawal": _withdrawal_dialog,
    "retention": _retention_dialog,
    "audit log": _audit_view,
    "change passphrase": _change_passphrase,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog(qtbot, window, people, name):
    dialog = DIALOGS[name](window, people)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert list(focusable(dialog)), "a dialog with nothing to focus"
    assert_accessible(dialog)
    for tabs in dialog.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            assert_accessible(dialog)
    if isinstance(dialog, QWizard):
        seen = [dialog.currentId()]
        while not dialog.currentPage().isFinalPage():
            dialog.next()
            assert dialog.currentId() not in seen
            seen.append(dialog.currentId())
            assert_accessible(dialog)
        assert len(seen) == len(dialog.pageIds())
    dispose(qtbot, dialog)


def dispose(qtbot, dialog: QWidget) -> None:
    """Deleted before the data file closes, so no late focus-out reads a closed file."""
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))


def test_lock_screen(qtbot, window):
    window.locker.lock()
    qtbot.waitUntil(lambda: window.locker.locked)
    assert_accessible(window)


# --- a large system font ------------------------------------------------------------------

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
LARGE_POINTS = 16.0


def clipped(top: QWidget) -> list[str]:
    """Visible labels and buttons given less room than their text needs."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top.window() or not widget.isVisibleTo(top.window()):
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap().isNull():
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                short = widget.height() + 1 < widget.heightForWidth(widget.width())
            else:
                need = widget.minimumSizeHint()
                short = widget.width() + 1 < need.width() or widget.height() + 1 < need.height()
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.minimumSizeHint()
            short = widget.width() + 1 < need.width() or widget.height() + 1 < need.height()
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            short = field.width() < widget.fontMetrics().horizontalAdvance(widget.currentText())
        else:
            continue
        if short:
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{describe(widget)} {text!r} {widget.size().toTuple()}")
    return found


@pytest.fixture
def large_font(qapp):
    original = QFont(qapp.font())
    large = QFont(original)
    large.setPointSizeF(LARGE_POINTS)
    qapp.setFont(large)
    yield
    qapp.setFont(original)


def test_large_system_font_shows_every_label(qtbot, people, tmp_path, large_font):
    settings = QSettings(str(tmp_path / "large.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Ops(people), settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.font().pointSizeF() == LARGE_POINTS
    pages = {"people": None, "person": None, "reading-editor": None}
    for name in pages:
        if name == "person":
            win.open_person(person_with_readings(people))
        elif name == "reading-editor":
            person_id = person_with_readings(people)
            final = people.readings.for_person(person_id)[-1]
            draft = win._ops.start_reading(person_id, people.readings.template_of(final))
            win.open_reading_editor(draft.id)
        try:  # layouts settle after late text (the status bar counts come from a thread)
            qtbot.waitUntil(lambda: not clipped(win), timeout=3000)
        finally:
            SHOTS.mkdir(parents=True, exist_ok=True)
            assert win.grab().save(str(SHOTS / f"{name}-16pt.png"))
        found = clipped(win)
        assert found == [], "\n".join(found)


# --- Welsh: the translated mnemonics must not clash either --------------------------------


def test_welsh_mnemonics_do_not_clash(qtbot, people, tmp_path, welsh):
    settings = QSettings(str(tmp_path / "cy.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Ops(people), settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.menuBar().actions()[0].text() != "&File"  # the Welsh catalogue is in use
    clashes = {"people": mnemonic_clashes(win)}
    person_id = person_with_readings(people)
    win.open_person(person_id)
    for i in range(win.person_page.tabs.count()):
        win.person_page.tabs.setCurrentIndex(i)
        clashes[f"person tab {i}"] = mnemonic_clashes(win)
    final = people.readings.for_person(person_id)[-1]
    draft = win._ops.start_reading(person_id, people.readings.template_of(final))
    win.open_reading_editor(draft.id)
    clashes["reading editor"] = mnemonic_clashes(win)
    win.show_reports()
    clashes["reports"] = mnemonic_clashes(win)
    for name, make in DIALOGS.items():
        dialog = make(win, people)
        dialog.show()
        clashes[name] = mnemonic_clashes(dialog)
        dispose(qtbot, dialog)
    assert {page: found for page, found in clashes.items() if found} == {}


# --- message lines stay readable on a dark, high-contrast theme -----------------------------


def styled_labels(top: QWidget) -> list[QLabel]:
    """Labels that set their own text colour (errors, notes), shown or not."""
    return [label for label in top.findChildren(QLabel) if "color" in label.styleSheet()]


@pytest.mark.parametrize("theme", ["usual", "high contrast"])
def test_message_lines_are_readable(qtbot, qapp, window, people, theme):
    from starapp.ui.contrast import READABLE, contrast_ratio, high_contrast_palette

    original = QPalette(qapp.palette())
    if theme == "high contrast":
        qapp.setPalette(high_contrast_palette())
    try:
        checked = 0
        for name in ("person (add)", "sync targets", "unlock", "new passphrase", "settings"):
            dialog = DIALOGS[name](window, people)
            dialog.show()
            if name == "person (add)":  # a duplicate reference: the error line shows
                qtbot.keyClicks(dialog.reference, people.people.find()[0].reference)
                assert dialog.reference_error.isVisible()
            if name == "sync targets":  # saving without a name: an error sentence
                dialog.save()
                assert dialog.message.isVisible()
            for label in styled_labels(dialog):
                label.ensurePolished()
                ink = label.palette().color(QPalette.ColorRole.WindowText)
                paper = dialog.palette().color(QPalette.ColorRole.Window)
                assert contrast_ratio(ink, paper) >= READABLE, (name, label.objectName())
                checked += 1
            dispose(qtbot, dialog)
        assert checked >= 5
    finally:
        qapp.setPalette(original)


def test_reading_editor_on_a_high_contrast_theme(qtbot, qapp, people, tmp_path):
    """A picture to look at: the editor, star and form in the theme's own colours."""
    from starapp.ui.contrast import high_contrast_palette

    original = QPalette(qapp.palette())
    qapp.setPalette(high_contrast_palette())
    try:
        settings = QSettings(str(tmp_path / "hc.ini"), QSettings.Format.IniFormat)
        win = MainWindow(Ops(people), settings)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        person_id = person_with_readings(people)
        final = people.readings.for_person(person_id)[-1]
        draft = win._ops.start_reading(person_id, people.readings.template_of(final))
        for i, area in enumerate(people.readings.template_of(final).areas[:5]):
            win._ops.set_score(draft.id, area.key, 3 + i)
        win.open_reading_editor(draft.id)
        assert win.editor.star._state.high_contrast
        assert_accessible(win)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert win.grab().save(str(SHOTS / "reading-editor-high-contrast.png"))
    finally:
        qapp.setPalette(original)


# --- menus: within one menu, each item has its own letter -----------------------------------


def menu_clashes(window: QMainWindow) -> dict[str, dict[str, list[str]]]:
    found = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        claims: dict[str, list[str]] = {}
        for action in menu.actions():
            key = _mnemonic(action.text())
            if key and action.isVisible():
                claims.setdefault(key, []).append(action.text())
        clashes = {key: texts for key, texts in claims.items() if len(texts) > 1}
        if clashes:
            found[top.text()] = clashes
    return found


@pytest.mark.parametrize("language", ["en", "cy"])
def test_menu_items_have_their_own_letters(qtbot, qapp, people, tmp_path, language):
    from starapp.ui import translation

    translation.install_language(qapp, language)
    try:
        settings = QSettings(str(tmp_path / "menus.ini"), QSettings.Format.IniFormat)
        win = MainWindow(Ops(people), settings)
        qtbot.addWidget(win)
        assert menu_clashes(win) == {}
    finally:
        translation.install_language(qapp, "en")


# --- Tab reaches every control, and no control keeps it -------------------------------------


def tab_walk(qtbot, top: QWidget, presses: int) -> list[QWidget]:
    visited = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        assert widget is not None and widget.window() is top.window(), "the focus left the window"
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return visited


@pytest.mark.parametrize("name", list(DIALOGS))
def test_tab_reaches_every_control(qtbot, window, people, name):
    dialog = DIALOGS[name](window, people)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    wanted = set(focusable(dialog))
    visited = set(tab_walk(qtbot, dialog, 3 * len(wanted) + 5))
    missed = [describe(w) for w in wanted - visited]
    assert missed == [], "\n".join(missed)
    dispose(qtbot, dialog)


def test_tab_reaches_every_control_on_each_page(qtbot, window, people):
    with qtbot.waitActive(window):
        window.activateWindow()
    pages = []

    def walk(name: str, start: QWidget) -> None:
        start.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(start.hasFocus)
        wanted = set(focusable(window))
        visited = set(tab_walk(qtbot, window, 3 * len(wanted) + 30))  # the star: one per area
        pages.append((name, [describe(w) for w in wanted - visited]))

    walk("people", window.people_page.search)
    person_id = person_with_readings(people)
    window.open_person(person_id)
    tabs = window.person_page.tabs
    window.person_page.load_chart()
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        walk(f"person tab {i}", window.person_page.back_button)
    final = people.readings.for_person(person_id)[-1]
    draft = window._ops.start_reading(person_id, people.readings.template_of(final))
    window.open_reading_editor(draft.id)
    walk("reading editor", window.editor.star)
    window.show_reports()
    window.reports_page.run_report()
    qtbot.waitUntil(lambda: window.reports_page.report is not None, timeout=15_000)
    walk("reports", window.reports_page.run_button)
    assert [(name, missed) for name, missed in pages if missed] == []


# The recovery key is shown once: it closes only after "I have written it down".
ESC_KEEPS_OPEN = {"recovery key"}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_escape_closes_the_dialog(qtbot, window, people, name):
    dialog = DIALOGS[name](window, people)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))  # some delete themselves on close
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    if name in ESC_KEEPS_OPEN:
        assert dialog.isVisible()
        dispose(qtbot, dialog)
        return
    qtbot.waitUntil(lambda: bool(gone) or not dialog.isVisible())
    if not gone:
        dispose(qtbot, dialog)
