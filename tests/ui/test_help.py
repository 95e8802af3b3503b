"""The user guide (F1), the About box and the app icon."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextImageFormat
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMessageBox

from starapp import __version__
from starapp.resources import resource_path
from starapp.store import Store
from starapp.ui.app import create_app
from starapp.ui.help_dialog import SECTIONS, HelpDialog, about_text, help_index
from starapp.ui.icons import ICON_SIZES, app_icon
from starapp.ui.main_window import MainWindow
from starapp.ui.ops import Ops

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
GUIDE = resource_path("help", "index.html")
HEADINGS = [
    "Taking a reading together",
    "What the stages mean",
    "How sync works",
    "When you are offline",
    "Getting a person's data out",
]


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    create_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


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


def test_the_guide_has_every_section():
    html = GUIDE.read_text(encoding="utf-8")
    for anchor in SECTIONS:
        assert f'<a name="{anchor}">' in html, anchor
        assert f'href="#{anchor}"' in html, f"contents does not link to {anchor}"
    document = QTextDocument()
    document.setHtml(html)
    text = document.toPlainText()
    for heading in HEADINGS:
        assert heading in text


def test_every_image_in_the_guide_resolves(qtbot):
    html = GUIDE.read_text(encoding="utf-8")
    sources = re.findall(r'<img[^>]*src="([^"]+)"', html)
    assert len(sources) >= 3
    for src in sources:
        image = QImage(str(GUIDE.parent / src))
        assert not image.isNull(), f"{src} is missing or unreadable"
        assert image.width() <= 1024  # shipped small: a help picture, not a poster

    # ... and the browser itself finds them (relative to the page it shows)
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
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


def test_help_screenshot(qtbot, window):
    window.show_help()
    dialog = window.help_dialog
    assert dialog is not None
    dialog.resize(760, 760)
    qtbot.waitExposed(dialog)
    dialog.show_contents()
    qtbot.wait(50)
    image = dialog.grab().toImage()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SHOTS / "help.png"))
    assert len({image.pixel(x, 300) for x in range(0, image.width(), 7)}) > 3  # not blank
