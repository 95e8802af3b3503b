"""Every UI string is translatable, and the shipped Welsh translation is complete.

(a) an AST scan of starapp/ui fails when a literal reaches a user-visible Qt call
    without tr/translate, or a translate call lupdate cannot read;
(b) a fresh lupdate finds nothing the shipped starapp_cy.ts lacks or leaves unfinished,
    and placeholders and mnemonics survive translation;
(c) the shipped .qm files are fresh compiles of their .ts files;
(d)-(e) with Welsh loaded the main window, people list, templates, dates and the guide
are Welsh. (Welsh Alt+letter clashes are checked in test_accessibility.py.)
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from people_factory import make_demo_people
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from translation_tools import translation_tools

from starapp.core.templates import builtin_template, builtin_templates
from starapp.store import Store
from starapp.ui import translation
from starapp.ui.dates import display_date

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "starapp" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
SHOTS = ROOT / "docs" / "screenshots"

# --- (a) the source scan ------------------------------------------------------------

# Setters whose argument at the given positions is shown to the user.
TEXT_SETTERS = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setSpecialValueText": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setNameFilter": (0,),
    "showMessage": (0,),
    "setItemText": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemToolTip": (1,),
    "addItem": (0,),
    "insertItem": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "addButton": (0,),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addSection": (0, 1),
    "setHeaderData": (2,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "addRow": (0,),
    "insertRow": (1,),
}
# Classes whose constructor takes the text shown (any positional argument).
TEXT_WIDGETS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QCommandLinkButton",
    "QAction",
    "QMenu",
    "QMessageBox",
    "QTableWidgetItem",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QStandardItem",
}
# Static dialogs: (parent, title, text, ...), file dialogs: (parent, caption, dir, filter).
STATIC_DIALOGS = {
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getDouble": (1, 2),
    "getMultiLineText": (1, 2),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
# Keyword arguments (Qt properties in constructors) that are shown to the user.
TEXT_KEYWORDS = {
    "text",
    "title",
    "windowTitle",
    "toolTip",
    "statusTip",
    "whatsThis",
    "placeholderText",
    "accessibleName",
    "accessibleDescription",
    "caption",
    "filter",
}
TRANSLATE_NAMES = {"tr", "_tr", "translate"}
# Literal text that may reach the screen as it is, and why.
ALLOWED = {
    "starapp": "the product's name, the same in every language",
    "https://cloud.example.org/remote.php/dav/files/…": "an example address",
    "XXXX-XXXX-XXXX-…": "the shape of a recovery key",
}
# Placeholders, HTML tags and entities are not words a translator changes.
NOT_WORDS = re.compile(r"\{[^{}]*\}|<[^<>]*>|&[a-z]+;|%\d")


def _is_word_text(value: str) -> bool:
    return value not in ALLOWED and bool(re.search(r"[A-Za-z]", NOT_WORDS.sub("", value)))


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _untranslated(node: ast.AST | None) -> Iterator[ast.AST]:
    """Literal words inside ``node`` that do not go through a translate call."""
    if node is None:
        return
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and _is_word_text(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        if any(isinstance(v, ast.Constant) and _is_word_text(v.value) for v in node.values):
            yield node
    elif isinstance(node, ast.Call):
        name = _call_name(node)
        if name in TRANSLATE_NAMES:
            return
        if name == "format" and isinstance(node.func, ast.Attribute):
            yield from _untranslated(node.func.value)
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                yield from _untranslated(arg)
        elif name == "join" and isinstance(node.func, ast.Attribute):
            yield from _untranslated(node.func.value)
    elif isinstance(node, ast.BinOp):
        yield from _untranslated(node.left)
        yield from _untranslated(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _untranslated(node.body)
        yield from _untranslated(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for item in node.elts:
            yield from _untranslated(item)


def _shown_arguments(call: ast.Call) -> Iterator[ast.AST]:
    name = _call_name(call)
    positions: tuple[int, ...] = ()
    if name in TEXT_WIDGETS:
        positions = tuple(range(len(call.args)))
    elif name in STATIC_DIALOGS and isinstance(call.func, ast.Attribute):
        positions = STATIC_DIALOGS[name]
    elif name in TEXT_SETTERS:
        positions = TEXT_SETTERS[name]
    for i in positions:
        if i < len(call.args):
            yield call.args[i]
    qt_class = name.startswith("Q") and name[1:2].isupper()  # any widget's constructor
    if qt_class or name in TEXT_SETTERS or name in STATIC_DIALOGS:
        yield from (k.value for k in call.keywords if k.arg in TEXT_KEYWORDS)


def _marked_names(tree: ast.AST) -> set[str]:
    """Names bound to QT_TRANSLATE_NOOP("", "text"): lupdate has read their text."""
    return {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and _call_name(node.value) == "QT_TRANSLATE_NOOP"
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _unreadable_translation(call: ast.Call, marked: set[str]) -> str | None:
    """Why lupdate would miss (or misfile) this translate call, if it would."""
    func, name = call.func, _call_name(call)
    literal = [
        (isinstance(a, ast.Constant) and isinstance(a.value, str))
        or (isinstance(a, ast.Name) and a.id in marked)
        for a in call.args
    ]
    if name == "translate" and not (len(literal) >= 2 and all(literal[:2])):
        return "translate() needs a literal context and a literal text"
    if name in ("tr", "_tr") and not (literal and literal[0]):
        return f"{name}() needs a literal text (lupdate reads the source)"
    if name == "tr" and isinstance(func, ast.Attribute):
        owner = func.value
        if not (isinstance(owner, ast.Name) and owner.id in ("self", "cls")):
            return "x.tr() is filed by lupdate under the variable's name; use self.tr or tr"
    return None


def _header_returns(tree: ast.AST) -> Iterator[ast.AST]:
    """Literal words returned by a model's headerData()."""
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef) and fn.name == "headerData":
            for ret in ast.walk(fn):
                if isinstance(ret, ast.Return):
                    yield from _untranslated(ret.value)


def _translations_in_fstrings(tree: ast.AST) -> Iterator[ast.Call]:
    """tr() calls inside an f-string's {...}: lupdate does not look in there."""
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                if isinstance(part, ast.FormattedValue):
                    for call in ast.walk(part.value):
                        if isinstance(call, ast.Call) and _call_name(call) in TRANSLATE_NAMES:
                            yield call


def scan(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    problems = []
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    for call in _translations_in_fstrings(tree):
        problems.append(f"{where}:{call.lineno}: {ast.unparse(call)[:60]} inside an f-string")
    marked = _marked_names(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        why = _unreadable_translation(node, marked)
        if why and path.name != "translation.py":  # the helper itself passes text through
            problems.append(f"{where}:{node.lineno}: {why}")
        for arg in _shown_arguments(node):
            for bad in _untranslated(arg):
                text = ast.unparse(bad)[:60]
                problems.append(
                    f"{where}:{bad.lineno}: {_call_name(node)}({text}) is not translated"
                )
    for bad in _header_returns(tree):
        problems.append(f"{where}:{bad.lineno}: headerData returns {ast.unparse(bad)[:60]}")
    return problems


def test_every_ui_string_goes_through_translation() -> None:
    problems = [p for path in sorted(UI.glob("*.py")) for p in scan(path)]
    assert not problems, "Untranslated UI text:\n" + "\n".join(problems)


def test_the_scan_catches_untranslated_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def build(self, label, box, combo, model, dialog):\n"
        "    label.setText('Hello')\n"
        "    label.setToolTip(f'Score {n}')\n"
        "    box = QPushButton('&Save', self)\n"
        "    QMessageBox.warning(self, self.tr('Title'), 'Body text')\n"
        "    combo.addItem('All people', 'all')\n"
        "    dialog.tr('Wrong context')\n"
        "    QCoreApplication.translate('Ctx', text)\n"
        "    label.setText(self.tr('Fine {n}').format(n=3))\n"
        "    label.setText('•')\n"
        "    combo.addItem(self.tr('Fine'), 'data-is-not-shown')\n"
        "    html = f'<h2>{self.tr(\"Unseen by lupdate\")}</h2>'\n"
        "class M:\n"
        "    def headerData(self, section, orientation, role):\n"
        "        return 'Name'\n",
        encoding="utf-8",
    )
    found = scan(sample)
    lines = sorted(int(p.split(":")[1]) for p in found)
    assert lines == [2, 3, 4, 5, 6, 7, 8, 12, 15], found


# --- (b) the Welsh catalogue is complete ------------------------------------------------


def _messages(ts_file: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
MNEMONIC = re.compile(r"&(?!&)(?=\S)")


def test_welsh_has_every_current_string(tmp_path: Path) -> None:
    fresh = tmp_path / "starapp_cy.ts"
    shutil.copy(TRANSLATIONS / "starapp_cy.ts", fresh)
    translation_tools().lupdate(fresh)  # merges today's source strings into the shipped ones
    missing = [
        f"[{context}] {source!r}"
        for context, source, message in _messages(fresh)
        if message.find("translation").get("type") == "unfinished"
        or not (message.findtext("translation") or "").strip()
    ]
    assert not missing, (
        f"{len(missing)} UI string(s) have no Welsh; run tools/update_translations.py and "
        "translate them:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("name", ["starapp_cy.ts", "qtbase_cy.ts"])
def test_translations_keep_placeholders_and_mnemonics(name: str) -> None:
    problems = []
    for context, source, message in _messages(TRANSLATIONS / name):
        text = message.findtext("translation") or ""
        if not text:
            continue  # missing: the completeness test names it
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"[{context}] {source!r}: placeholders differ in {text!r}")
        if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
            problems.append(f"[{context}] {source!r}: the & shortcut is lost in {text!r}")
    assert not problems, "\n".join(problems)


# --- (c) the compiled files are up to date ----------------------------------------------


@pytest.mark.parametrize("name", ["starapp_cy", "qtbase_cy"])
def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path, name: str) -> None:
    fresh = tmp_path / f"{name}.qm"
    translation_tools().lrelease(TRANSLATIONS / f"{name}.ts", fresh)
    shipped = TRANSLATIONS / f"{name}.qm"
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is stale: run tools/update_translations.py"
    )


# --- (d)-(e) the app in Welsh -----------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


def test_language_choice_is_saved_and_checked(settings: QSettings) -> None:
    assert [code for code, _ in translation.available_languages()] == ["en", "cy"]
    assert dict(translation.available_languages())["cy"] == "Cymraeg"
    translation.set_language("cy", settings)
    assert translation.current_language(settings) == "cy"
    assert settings.value(translation.LANGUAGE_KEY) == "cy"
    with pytest.raises(ValueError):
        translation.set_language("fr", settings)
    assert translation.current_language(settings) == "cy"


def test_without_a_choice_the_system_language_is_used_if_shipped(settings: QSettings) -> None:
    system = QLocale.system().name().split("_")[0]
    expected = system if system in ("en", "cy") else "en"
    assert translation.current_language(settings) == expected
    settings.setValue(translation.LANGUAGE_KEY, "xx")  # a hand-edited or old value
    assert translation.current_language(settings) == expected


def test_create_app_starts_in_the_saved_language(qapp: QApplication, tmp_path: Path) -> None:
    from starapp.ui.app import create_app

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    before = QLocale()
    create_app()  # names the application, so QSettings() is starapp's own
    translation.set_language("cy")  # what Settings saves
    try:
        create_app()
        assert translation.active_language() == "cy"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil"
        assert QLocale().language() == QLocale.Language.Welsh
    finally:
        QSettings().remove(translation.LANGUAGE_KEY)  # later tests start in English
        translation.install_language(qapp, "en")
        QLocale.setDefault(before)


def test_welsh_dates_and_numbers(welsh: None) -> None:
    assert display_date("2026-03-03") == "3 Maw 2026"
    assert display_date("2026-12-25") == "25 Rhag 2026"
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
    assert translation.active_language() == "cy"


def test_english_again_after_welsh(qapp: QApplication, welsh: None) -> None:
    translation.install_language(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert display_date("2026-03-03") == "3 Mar 2026"
    assert translation.active_language() == "en"


def test_qt_standard_buttons_are_welsh(qtbot, welsh: None) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok).text()
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert (ok.replace("&", ""), cancel.replace("&", "")) == ("Iawn", "Canslo")
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert "&Gludo" in [a.text().split("\t")[0] for a in menu.actions()]


@pytest.fixture
def store(tmp_path: Path, qapp: QApplication) -> Iterator[Store]:
    with Store.open(tmp_path / "people.db", create=True, actor="test") as s:
        make_demo_people(s, 12)
        yield s
        for widget in QApplication.topLevelWidgets():  # before the file closes
            widget.close()
        qapp.processEvents()


def test_main_window_menus_and_people_list_in_welsh(qtbot, welsh, store, settings) -> None:
    from starapp.ui.main_window import MainWindow
    from starapp.ui.ops import Ops

    window = MainWindow(Ops(store), settings)
    qtbot.addWidget(window)
    window.resize(1100, 680)
    window.show()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Ffeil"
    assert "&Help" not in menus
    model = window.people_page.table.model()
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert "Cyfeirnod" in headers and "Enw" in headers
    qtbot.waitUntil(lambda: "12 o bobl" in window.counts_label.text())
    for _ in range(5):
        qtbot.wait(50)  # the star thumbnails are drawn lazily, for the screenshot
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "main-window-welsh.png"))


def test_templates_show_their_welsh_labels(welsh, store) -> None:
    from starapp.ui.ops import Ops

    ops = Ops(store)
    assert store.templates.locale == "cy"
    names = {t.key: t.name for t in ops.store.templates.available()}
    for template in builtin_templates():
        welsh_name = template.localized("cy").name
        assert welsh_name != template.name, f"{template.key} has no Welsh name"
        assert names[template.key] == welsh_name
    person = next(p for p in store.people.find() if p.latest_reading_id)
    shown = store.readings.template_of(store.readings.get(person.latest_reading_id))
    english = builtin_template(shown.key)
    assert all(a.name != b.name for a, b in zip(shown.areas, english.areas, strict=True))
    # A reading started with a Welsh-labelled template stores the template as it is:
    # its main (English) name and the same content hash.
    young = next(t for t in ops.store.templates.available() if t.key == "young-person")
    ops.store.readings.start(person.id, young, worker="Sam")
    row = store.one("SELECT name, content_hash FROM templates WHERE key = 'young-person'")
    original = builtin_template("young-person")
    assert row == {"name": original.name, "content_hash": original.content_hash}


def test_reading_editor_in_welsh(qtbot, welsh, store) -> None:
    """The editor with the life-areas star's Welsh labels: nothing clipped, all Welsh."""
    from starapp.ui.ops import Ops
    from starapp.ui.reading_editor import ReadingEditor

    ops = Ops(store)
    life = next(t for t in ops.store.templates.available() if t.key == "life-areas")
    person = store.people.find()[0]
    draft = ops.store.readings.start(person.id, life, worker="Sam Jones")
    for i, area in enumerate(life.areas[:7]):
        ops.set_score(draft.id, area.key, 3 + i % 6)
    ops.set_note(draft.id, life.areas[0].key, "Mae'r denantiaeth yn ddiogel ers y gwanwyn.")
    editor = ReadingEditor(ops, draft.id)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.form.row("money").name.text() == "Arian"
    assert editor.star.template().area("home").name == "Cartref a thenantiaeth"
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert editor.grab().save(str(SHOTS / "reading-editor-welsh.png"))


def test_welsh_user_guide(qtbot, welsh) -> None:
    """F1 in Welsh opens the Welsh guide, with the English guide's sections and pictures."""
    from starapp.ui.help_dialog import HelpDialog, help_index

    guide = help_index()
    assert guide == ROOT / "resources" / "help" / "cy" / "index.html"
    english = (ROOT / "resources" / "help" / "index.html").read_text("utf-8")
    welsh_text = guide.read_text("utf-8")
    anchors = re.compile(r'<a name="([^"]+)">')
    assert anchors.findall(welsh_text) == anchors.findall(english)
    for src in re.findall(r'<img src="([^"]+)"', welsh_text):
        assert (guide.parent / src).resolve().is_file(), src
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    assert "Canllaw defnyddwyr starapp" in dialog.browser.toPlainText()


def test_first_run_in_welsh_has_no_alt_key_clash(qtbot, welsh, store) -> None:
    """The wizard's own buttons (Qt's, from qtbase_cy) share Alt keys with each page."""
    from test_accessibility import mnemonic_clashes

    from starapp.ui.first_run import FirstRunWizard
    from starapp.ui.ops import Ops
    from starapp.ui.sync_controller import SyncController

    ops = Ops(store)
    wizard = FirstRunWizard(ops, SyncController(ops, watch_network=False))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    clashes = {}
    for _ in wizard.pageIds():
        assert "Next" not in wizard.buttonText(wizard.WizardButton.NextButton)
        clashes[wizard.currentPage().title()] = mnemonic_clashes(wizard)
        wizard.next()
    assert {page: found for page, found in clashes.items() if found} == {}


def test_service_report_words_in_welsh(qtbot, welsh, store) -> None:
    """Core writes a report's filter lines, definitions and pooled row in English; the
    reports view shows them in Welsh (and the CLI keeps English)."""
    from starapp.core.report_filters import ReportFilter
    from starapp.core.report_model import DEFINITIONS
    from starapp.ui.ops import Ops
    from starapp.ui.reports_view import ReportsView

    view = ReportsView(Ops(store))
    qtbot.addWidget(view)
    assert view.run_report()
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    report = view.report
    assert report is not None and report.sections
    assert {s.overall.name for s in report.sections} == {"Pob maes"}
    assert report.definitions[0].startswith("Dim ond darlleniadau terfynol")
    shown = view.definitions.toPlainText()
    assert "Yr hidlwyr a ddefnyddiwyd" in shown and "Templed: pob templed" in shown
    assert ReportFilter().describe()[0] == "Template: all templates"  # no tr: English
    assert DEFINITIONS[0].startswith("Only finalised readings count")
