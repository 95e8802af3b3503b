"""The user guide (F1), the About box and the app icon."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QShortcut, QTextDocument, QTextImageFormat
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMessageBox

from starapp import __version__
from starapp.core.people import PersonDraft
from starapp.core.templates import builtin_template
from starapp.resources import resource_path
from starapp.store import Store
from starapp.ui import translation
from starapp.ui.help_dialog import SECTIONS, HelpDialog, about_text, help_index
from starapp.ui.icons import ICON_SIZES, app_icon
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
GUIDE = resource_path("help", "index.html")
GUIDES = {"en": GUIDE, "cy": resource_path("help", "cy", "index.html")}
# every section of the guide, in order, with its heading in each language
HEADINGS = {
    "setup": ("Getting started", "Dechrau arni"),
    "reading": ("Taking a reading together", "Cymryd darlleniad gyda'ch gilydd"),
    "stages": ("What the stages mean", "Beth mae'r cyfnodau'n ei olygu"),
    "sync": ("How sync works", "Sut mae cysoni'n gweithio"),
    "offline": ("When you are offline", "Pan fyddwch all-lein"),
    "data-out": ("Getting a person's data out", "Cael data person allan"),
    "safe": ("Keeping people's information safe", "Cadw gwybodaeth pobl yn ddiogel"),
    "keys": ("Keyboard shortcuts", "Llwybrau byr y bysellfwrdd"),
}
# what each new section must still explain, in the words of the menus and dialogs
MUST_SAY = {
    "en": (
        "Skip set-up",
        "Edit → Settings…",
        "Ctrl+,",
        "Export everything…",
        "Erase person…",
        "Erase for good",
        "manager's copy erases them",
        "Check who you are talking to",
        "recovery key",
        "File → Lock",
        "Record withdrawal…",
        "Tools → Retention…",
        "Tools → Audit log…",
        "Tools → Service keys…",
        "fingerprint",
    ),
    "cy": (
        "Hepgor y gosod",
        "Golygu → Gosodiadau…",
        "Ctrl+,",
        "Allforio popeth…",
        "Dileu'r person…",
        "Dileu am byth",
        "copi'r rheolwr yn eu dileu",
        "Gwiriwch â phwy rydych yn siarad",
        "allwedd adfer",
        "Ffeil → Cloi",
        "Cofnodi tynnu'n ôl…",
        "Offer → Cadw cofnodion…",
        "Offer → Log archwilio…",
        "Offer → Allweddi'r gwasanaeth…",
        "olion bysedd",
    ),
}
# keys in the table that are not shortcuts: Enter opens the person chosen in the list
NOT_SHORTCUTS = {"Enter"}


@pytest.fixture(params=["en", "cy"])
def language(request, qapp):
    """The interface in English, then in Welsh (English and the locale come back after)."""
    before = QLocale()
    assert translation.install_language(qapp, request.param) == request.param
    yield request.param
    translation.install_language(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    with Store.open(tmp_path / "people.db", create=True, actor="test") as store:
        win = MainWindow(Ops(store), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        win.resize(1024, 640)
        with qtbot.waitActive(win):
            win.show()
            win.activateWindow()
        yield win
        QThreadPool.globalInstance().waitForDone(5000)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.processEvents()


def test_f1_opens_the_guide(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.browser.source().toLocalFile() == str(GUIDE)
    assert "starapp user guide" in dialog.browser.toPlainText()
    # pressing F1 again brings the same window forward rather than stacking copies
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help_dialog is dialog


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


@pytest.mark.parametrize("code", GUIDES)
def test_the_guide_has_every_section(code):
    html = GUIDES[code].read_text(encoding="utf-8")
    assert set(SECTIONS) <= set(HEADINGS)
    anchors = re.findall(r'<h2><a name="([^"]+)"></a>', html)
    assert anchors == list(HEADINGS), "sections missing or out of order"
    assert re.findall(r'<li><a href="#([^"]+)">', html) == anchors, "the contents list differs"
    text = _plain(html)
    for number, (anchor, headings) in enumerate(HEADINGS.items(), start=1):
        heading = headings[list(GUIDES).index(code)]
        assert f"{number}. {heading}" in text, anchor
    for words in MUST_SAY[code]:
        assert words in text, words


def _menu_paths(html: str) -> set[tuple[str, str]]:
    """Every "Menu → Item" the guide names in bold."""
    found = re.findall(r"<b>([^<→]+)→([^<]+)</b>", html)
    return {(" ".join(unescape(m).split()), " ".join(unescape(i).split())) for m, i in found}


def test_every_menu_path_in_the_guide_is_a_real_menu_item(qtbot, tmp_path, language):
    with Store.open(tmp_path / "people.db", create=True, actor="test") as store:
        win = MainWindow(Ops(store), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        menus = {
            action.text().replace("&", ""): {
                item.text().replace("&", "") for item in action.menu().actions()
            }
            for action in win.menuBar().actions()
        }
        win.close()
    paths = _menu_paths(GUIDES[language].read_text(encoding="utf-8"))
    assert len(paths) >= 10
    for menu, item in paths:
        assert item in menus.get(menu, set()), f"{menu} → {item} is not in the {language} menus"


def test_every_button_the_guide_names_is_a_real_interface_text():
    """Bold names ending in "…" (buttons and menu items) are the interface's own words:
    an English source text or its Welsh translation in starapp_cy.ts, Alt letters aside."""
    messages = ElementTree.parse(resource_path("translations", "starapp_cy.ts")).iter("message")
    texts = {"en": set(), "cy": set()}
    for message in messages:
        texts["en"].add((message.findtext("source") or "").replace("&", ""))
        texts["cy"].add((message.findtext("translation") or "").replace("&", ""))
    for code, guide in GUIDES.items():
        bold = re.findall(r"<b>([^<]+)</b>", guide.read_text(encoding="utf-8"))
        names = [" ".join(unescape(b).split()) for b in bold if b.endswith("…")]
        assert len(names) >= 15
        for name in names:
            for part in name.split(" → "):
                assert part in texts[code], f"{part!r} in the {code} guide is not in the interface"


def _shortcut_table(html: str) -> list[str]:
    table = html.split('<a name="keys">', 1)[1].split("</table>", 1)[0]
    cells = re.findall(r"<tr><td>([^<]+)</td>", table)
    return [key.strip() for cell in cells for key in cell.split(" / ")]


def test_both_guides_list_the_same_shortcuts():
    english, welsh = (_shortcut_table(g.read_text(encoding="utf-8")) for g in GUIDES.values())
    assert english == welsh
    for key in ("F1", "Ctrl+L", "Ctrl+,", "Ctrl+2"):
        assert key in english


def test_every_shortcut_in_the_guide_is_a_real_shortcut(qtbot, window):
    # the reading editor's undo and redo exist once a reading is open
    store = window._ops.store
    person = store.people.add(PersonDraft(reference="KEYS-1"))
    draft = store.readings.start(person.id, builtin_template("life-areas"))
    window.open_reading_editor(draft.id)
    assert window.editor is not None
    real = {
        sequence.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
    } | {
        shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        for shortcut in window.findChildren(QShortcut)  # Esc on the person page
    }
    listed = _shortcut_table(GUIDE.read_text(encoding="utf-8"))
    for key in listed:
        if key in NOT_SHORTCUTS:
            continue
        portable = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
        assert portable == key, f"{key} is not how Qt spells it"
        assert key in real, f"the guide lists {key}, but no action of the window has it"
    # every menu shortcut a worker would use is in the table (Ctrl+O and Ctrl+1 need no row:
    # opening another file is rare and Esc goes back to the list too)
    menu_keys = {
        action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction)
        if action.parent() is window and not action.shortcut().isEmpty()
    }
    assert menu_keys - set(listed) <= {"Ctrl+O", "Ctrl+1"}


@pytest.mark.parametrize("code", GUIDES)
def test_every_image_in_the_guide_resolves(qtbot, code):
    guide = GUIDES[code]
    html = guide.read_text(encoding="utf-8")
    sources = re.findall(r'<img[^>]*src="([^"]+)"', html)
    assert len(sources) >= 4
    for src in sources:
        image = QImage(str(guide.parent / src))
        assert not image.isNull(), f"{src} is missing or unreadable"
        assert image.width() <= 600  # shipped small: a help picture, not a poster

    # ... and the browser itself finds them (relative to the page it shows)
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.browser.setSource(QUrl.fromLocalFile(str(guide)))
    document = dialog.browser.document()
    shown = []
    block = document.begin()
    while block.isValid():
        for fragment in _fragments(block):
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                name = QTextImageFormat(fmt).name()
                resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
                image = QImage(resource) if isinstance(resource, QImage) else resource
                assert image is not None and not image.isNull(), name
                shown.append(name)
        block = block.next()
    assert sorted(shown) == sorted(sources)


def _fragments(block):
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


def test_contents_links_scroll_to_their_section(qtbot):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.resize(700, 500)
    dialog.show()
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    dialog.show_section("keys")
    assert bar.value() > 0
    dialog.show_contents()
    assert bar.value() == 0


def test_guide_falls_back_to_english_and_prefers_a_translation(tmp_path, monkeypatch):
    assert help_index(QLocale("cy_GB")) == GUIDE or help_index(QLocale("cy_GB")).parent.name == "cy"
    assert help_index(QLocale("en_GB")) == GUIDE

    from starapp.ui import help_dialog

    (tmp_path / "help" / "cy").mkdir(parents=True)
    (tmp_path / "help" / "cy" / "index.html").write_text("<h1>Canllaw</h1>", encoding="utf-8")
    monkeypatch.setattr(help_dialog, "resource_path", lambda *p: tmp_path.joinpath(*p))
    assert help_index(QLocale("cy_GB")) == tmp_path / "help" / "cy" / "index.html"


def test_about_names_version_and_licence(monkeypatch, window):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: shown.append((title, text)))
    window.findChild(type(window.new_person_action), "about").trigger()
    title, text = shown[0]
    assert "About starapp" in title
    assert __version__ in text and "MIT licence" in text
    assert about_text() == text
    licence = Path(__file__).resolve().parents[2] / "LICENSE"
    assert licence.read_text(encoding="utf-8").startswith("MIT License")


def test_app_icon_has_every_size():
    assert QSvgRenderer(str(resource_path("icons", "starapp.svg"))).isValid()
    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert set(ICON_SIZES) <= sizes
    for size in ICON_SIZES:
        image = QImage(str(resource_path("icons", f"starapp-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
        # not blank: the centre of the star is drawn
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_help_screenshot(qtbot, language, window):
    window.show_help()
    dialog = window.help_dialog
    assert dialog is not None
    assert dialog.browser.source().toLocalFile() == str(GUIDES[language])
    dialog.resize(760, 760)
    qtbot.waitExposed(dialog)
    suffix = "" if language == "en" else "-welsh"
    SHOTS.mkdir(parents=True, exist_ok=True)
    for section, name in ((None, "help"), ("safe", "help-safe")):
        if section is None:
            dialog.show_contents()
        else:
            dialog.show_section(section)
        qtbot.wait(50)
        image = dialog.grab().toImage()
        assert image.save(str(SHOTS / f"{name}{suffix}.png"))
        assert len({image.pixel(x, 300) for x in range(0, image.width(), 7)}) > 3  # not blank
