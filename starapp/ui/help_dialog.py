"""The user guide (F1) and the About box.

The guide is an HTML page shipped in resources/help (index.html and images/), shown in a
QTextBrowser. A translated guide goes in resources/help/<language>/index.html and is
chosen by the locale when it exists.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, QUrl, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from starapp import __version__
from starapp.resources import resource_path
from starapp.ui.translation import tr as _tr

SECTIONS = ("setup", "reading", "stages", "sync", "offline", "data-out", "safe", "keys")


def help_index(locale: QLocale | None = None) -> Path:
    """The guide's start page for ``locale`` (the system's by default), else English."""
    locale = locale or QLocale()
    for name in (locale.name(), locale.name().split("_")[0]):
        translated = resource_path("help", name, "index.html")
        if translated.is_file():
            return translated
    return resource_path("help", "index.html")


class HelpDialog(QDialog):
    """The user guide in a window of its own, beside the app (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("starapp user guide"))
        self.browser = QTextBrowser(objectName="helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setSource(QUrl.fromLocalFile(str(help_index())))

        self.back = QPushButton(self.tr("&Back"), objectName="helpBack")
        self.back.setToolTip(self.tr("The page you were reading before (Alt+Left)"))
        self.back.setShortcut(QKeySequence.StandardKey.Back)
        self.back.setEnabled(False)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.contents = QPushButton(self.tr("&Contents"), objectName="helpContents")
        self.contents.setToolTip(self.tr("Back to the list of topics"))
        self.contents.clicked.connect(self.show_contents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addWidget(self.contents)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
        font_width = self.fontMetrics().horizontalAdvance("M")
        self.resize(max(720, font_width * 62), 720)  # the guide's pictures are 600 px wide

    def show_contents(self) -> None:
        self.browser.home()
        self.browser.verticalScrollBar().setValue(0)

    def show_section(self, name: str) -> None:
        self.browser.scrollToAnchor(name)


def about_text() -> str:
    python = platform.python_version()
    return "".join(
        [
            f"<h3>starapp {__version__}</h3>",
            "<p>",
            _tr(
                "Strengths-based outcome readings drawn as a star, kept on this computer "
                "and shared with your organisation when you are online."
            ),
            "</p><p>",
            _tr(
                "Free software under the MIT licence: you may use, copy, change and share "
                "it. It comes with no warranty."
            ),
            "</p><p><small>",
            _tr("Built with Qt {qt} (PySide6 {pyside}) and Python {python}{frozen}.").format(
                qt=qVersion(),
                pyside=pyside_version,
                python=python,
                frozen=_tr(", self-contained") if getattr(sys, "frozen", False) else "",
            ),
            "</small></p>",
        ]
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, _tr("About starapp"), about_text())
