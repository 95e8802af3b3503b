"""A small dialog for the printable pages: pick the paper (and, for the blank star, the
template), then save a PDF or print it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from starapp.core.people import Person
from starapp.core.readings import Reading
from starapp.core.templates import StarTemplate
from starapp.ui.ops import Ops, show_error
from starapp.ui.pdf_output import default_paper, print_document, write_pdf
from starapp.ui.translation import tr as _tr

log = logging.getLogger(__name__)

# Builds the document for (paper, template); template is None when there is no choice.
Builder = Callable[[str, StarTemplate | None], QTextDocument]


class PrintDialog(QDialog):
    def __init__(
        self,
        title: str,
        explanation: str,
        file_name: str,
        builder: Builder,
        templates: Sequence[StarTemplate] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._title = title
        self._file_name = file_name
        self._builder = builder
        self.saved: Path | None = None

        self.paper = QComboBox(objectName="paper")
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.template = QComboBox(objectName="template")
        for t in templates:
            self.template.addItem(
                self.tr("{name} (version {v})").format(name=t.name, v=t.version), t
            )

        form = QFormLayout()
        if templates:
            form.addRow(self.tr("S&tar:"), self.template)  # Alt+S: Save as PDF
        form.addRow(self.tr("P&aper:"), self.paper)  # Alt+P: Print

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), objectName="savePdf")
        self.print_button = QPushButton(self.tr("&Print…"), objectName="printPdf")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_)
        self.buttons.rejected.connect(self.reject)

        note = QLabel(explanation, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # Enter saves, Esc closes (once in the dialog)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def chosen_paper(self) -> str:
        return str(self.paper.currentData())

    def chosen_template(self) -> StarTemplate | None:
        return self.template.currentData() if self.template.count() else None

    def document(self) -> QTextDocument:
        return self._builder(self.chosen_paper(), self.chosen_template())

    def ask_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path(folder) / self._file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def save(self) -> None:
        path = self.ask_path()
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        try:
            self.saved = write_pdf(self.document(), path, self.chosen_paper(), self._title)
        except Exception as exc:
            show_error(self, exc)
            return False
        log.info("Saved a printable page")
        self.accept()
        return True

    def print_(self) -> None:
        try:
            if print_document(self.document(), self.chosen_paper(), self, self._title):
                self.accept()
        except Exception as exc:
            show_error(self, exc)


def blank_star_dialog(parent: QWidget, ops: Ops) -> PrintDialog:
    """Open the "Print blank star" dialog: any template, with its point wording."""
    from starapp.ui.blank_star_pdf import build_document
    from starapp.ui.pdf_output import service_name

    service = service_name(ops.store)

    def builder(paper: str, template: StarTemplate | None) -> QTextDocument:
        assert template is not None
        return build_document(template, paper, service)

    dialog = PrintDialog(
        _tr("Print a blank star"),
        QCoreApplication.translate(
            "PrintDialog",
            "A blank star for a reading done on paper, with the wording of every point. "
            "Type the reading in afterwards as a new reading with the date it was taken.",
        ),
        _tr("blank-star.pdf"),
        builder,
        ops.store.templates.available(),
        parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def my_star_dialog(
    parent: QWidget,
    ops: Ops,
    person: Person,
    template: StarTemplate,
    readings: Sequence[Reading],
) -> PrintDialog:
    """Open the "My star" dialog for one person (needs a finished reading)."""
    from starapp.ui.my_star_pdf import build_document, my_star
    from starapp.ui.pdf_output import service_name

    name = person.name or person.reference

    def builder(paper: str, _template: StarTemplate | None) -> QTextDocument:
        steps = ops.store.actions.for_person(person.id)
        return build_document(
            my_star(name, template, readings, steps, service_name(ops.store)), paper
        )

    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in person.reference)
    dialog = PrintDialog(
        _tr("My star"),
        _tr(
            "A page for {name} to keep: their star with the first and latest readings, "
            "each area and its stage in words, and the next steps agreed."
        ).format(name=name),
        _tr("my-star-{ref}.pdf").format(ref=safe or "person"),
        builder,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
