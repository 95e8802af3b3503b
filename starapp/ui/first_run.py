"""First-run set-up: after the passphrase step of a new data file (or for a file whose
set-up was never finished), a few questions: the organisation and the worker's names,
which templates the service uses, and optionally where to sync; then a summary.

Every step can be skipped ("Skip set-up" on every page, or Esc): whatever has been
typed is kept, and the set-up is marked done so it is not asked again. Everything here
can be changed later in Settings.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from starapp.core.errors import StarappError
from starapp.store.settings import ServiceSettings, load_settings
from starapp.ui.ops import Ops, show_error
from starapp.ui.service_settings import NAME_MAX, save_service_settings
from starapp.ui.sync_controller import SyncController
from starapp.ui.template_chooser import TemplateChooser

log = logging.getLogger(__name__)


def _wrapped(text: str, name: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True)
    if name:
        label.setObjectName(name)
    return label


class NamesPage(QWizardPage):
    def __init__(self, settings: ServiceSettings) -> None:
        super().__init__()
        self.setObjectName("namesPage")
        self.setTitle(self.tr("Welcome to starapp"))
        intro = _wrapped(
            self.tr(
                "A few questions set starapp up for your service. Every step can be "
                "skipped, and everything can be changed later in Settings."
            )
        )  # in the page: a header subtitle cannot grow for longer languages
        self.organisation = QLineEdit(settings.organisation, objectName="organisation")
        self.worker = QLineEdit(settings.worker_name, objectName="workerName")
        for edit, name, tip, hint in (
            (self.organisation, self.tr("Organisation name"),
             self.tr("Shown on printed stars and reports"),
             self.tr("For example: Riverside Housing Trust")),
            (self.worker, self.tr("Your name"),
             self.tr("Filled in on new readings and kept in the record of who changed what"),
             self.tr("For example: Sam Jones")),
        ):  # fmt: skip
            edit.setMaxLength(NAME_MAX)
            edit.setAccessibleName(name)
            edit.setToolTip(tip)
            edit.setPlaceholderText(hint)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Your name:"), self.worker)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Both are optional. Your name is kept with the readings you take and "
                    "in the record of who changed what, never anywhere else."
                )
            )
        )
        layout.addStretch(1)


class TemplatesPage(QWizardPage):
    def __init__(self, ops: Ops, settings: ServiceSettings) -> None:
        super().__init__()
        self.setObjectName("templatesPage")
        self.setTitle(self.tr("Which stars does your service use?"))
        intro = _wrapped(
            self.tr(
                "Tick the templates offered when a reading starts. starapp comes with "
                "three sample templates; your service can add its own."
            )
        )
        self.chooser = TemplateChooser(ops, settings.template_keys, self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.chooser)

    def validatePage(self) -> bool:
        return not self.chooser.show_problem()


class SyncPage(QWizardPage):
    def __init__(self, controller: SyncController) -> None:
        super().__init__()
        self.setObjectName("syncPage")
        self._controller = controller
        self.setTitle(self.tr("Where should readings be sent?"))
        intro = _wrapped(
            self.tr(
                "When this laptop is online, starapp can send new readings to your "
                "organisation: a shared folder, a Nextcloud or WebDAV server, or a web "
                "address. Everything also stays on this laptop."
            )
        )
        self.later = QRadioButton(self.tr("&Later: I will set it up in Tools → Sync targets"))
        self.later.setObjectName("syncLater")
        self.now = QRadioButton(self.tr("N&ow"), objectName="syncNow")
        self.set_up = QPushButton(self.tr("&Choose where to sync…"), objectName="chooseTargets")
        for widget, name, tip in (
            (self.later, self.tr("Set up sync later"),
             self.tr("Nothing is sent until a sync target is set up")),
            (self.now, self.tr("Set up sync now"),
             self.tr("Choose a folder or server to send readings to")),
            (self.set_up, self.tr("Choose where to sync"),
             self.tr("Open the sync targets: a folder, WebDAV server or HTTPS address")),
        ):  # fmt: skip
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        group = QButtonGroup(self)
        group.addButton(self.later)
        group.addButton(self.now)
        self.later.setChecked(True)
        self.set_up.setEnabled(False)
        self.now.toggled.connect(self.set_up.setEnabled)
        self.set_up.clicked.connect(self.open_targets)
        self.status = _wrapped("", "syncStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.later)
        layout.addWidget(self.now)
        indented = QVBoxLayout()
        indented.setContentsMargins(24, 0, 0, 0)
        indented.addWidget(self.set_up, 0, Qt.AlignmentFlag.AlignLeft)
        indented.addWidget(self.status)
        layout.addLayout(indented)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.refresh()

    def target_names(self) -> list[str]:
        return [t.name for t in self._controller.targets()]

    def refresh(self) -> None:
        names = self.target_names()
        if names:
            self.now.setChecked(True)
            self.status.setText(self.tr("Set up: {names}.").format(names=", ".join(names)))
        else:
            self.status.setText(self.tr("No sync target yet."))

    def open_targets(self) -> None:
        from starapp.ui.targets_dialog import TargetsDialog

        dialog = TargetsDialog(self._controller, self)
        dialog.exec()
        self.refresh()


class SummaryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("summaryPage")
        self.setTitle(self.tr("All set"))
        intro = _wrapped(
            self.tr("This is how starapp is set up. Change any of it later in Settings.")
        )
        self.summary = _wrapped("", "setupSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # names are escaped
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        self.summary.setText(wizard.summary_text())


class FirstRunWizard(QWizard):
    """Saves on Finish, on "Skip set-up" and on Esc; ``saved`` says whether it did."""

    def __init__(self, ops: Ops, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up starapp"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Skip set-up"))
        skip = self.button(QWizard.WizardButton.CustomButton1)
        skip.setObjectName("skipSetup")
        skip.setAccessibleName(self.tr("Skip set-up"))
        skip.setToolTip(self.tr("Keep what is typed so far and start; change it in Settings"))
        self.customButtonClicked.connect(lambda _which: self.skip())
        self.currentIdChanged.connect(lambda _id: skip.setVisible(not self._on_last_page()))
        self._ops = ops
        self._settings = load_settings(ops.store)
        self.saved = False
        self.names = NamesPage(self._settings)
        self.templates = TemplatesPage(ops, self._settings)
        self.sync = SyncPage(controller)
        self.summary = SummaryPage()
        for page in (self.names, self.templates, self.sync, self.summary):
            self.addPage(page)
        b = QWizard.WizardButton
        for which, name, tip in (
            (b.NextButton, self.tr("Next step"), self.tr("Go to the next step")),
            (b.BackButton, self.tr("Previous step"), self.tr("Go back one step")),
            (b.FinishButton, self.tr("Finish set-up"), self.tr("Save these choices and start")),
        ):
            self.button(which).setAccessibleName(name)
            self.button(which).setToolTip(tip)
        self.setMinimumSize(640, 440)

    def chosen(self) -> ServiceSettings:
        keys = () if self.templates.chooser.problem() else self.templates.chooser.chosen_keys()
        return replace(
            self._settings,
            organisation=self.names.organisation.text().strip(),
            worker_name=self.names.worker.text().strip(),
            template_keys=keys,
            setup_done=True,
        )

    def summary_text(self) -> str:
        s = self.chosen()
        by_key = {t.key: t.name for t in self._ops.store.templates.available()}
        templates = (
            ", ".join(by_key.get(k, k) for k in s.template_keys)
            if s.template_keys
            else self.tr("all of them ({names})").format(names=", ".join(by_key.values()))
        )
        targets = self.sync.target_names()
        rows = [
            (self.tr("Organisation:"), s.organisation or self.tr("not given")),
            (self.tr("Your name:"), s.worker_name or self.tr("not given")),
            (self.tr("Templates offered:"), templates),
            (self.tr("Sync:"), ", ".join(targets) or self.tr("later (Tools → Sync targets)")),
        ]
        protection = (
            self.tr(
                "The data file is encrypted with your passphrase. Keep the recovery key "
                "somewhere safe, away from this laptop."
            )
            if self._ops.store.encrypted
            else self.tr("The data file is not encrypted: keep only fictional people in it.")
        )
        cells = "".join(
            f"<tr><td style='padding: 3px 12px 3px 0'><b>{escape(label)}</b></td>"
            f"<td style='padding: 3px 0'>{escape(value)}</td></tr>"
            for label, value in rows
        )
        return f"<table>{cells}</table><p>{escape(protection)}</p>"

    def _on_last_page(self) -> bool:
        return self.currentPage() is self.summary

    def skip(self) -> None:
        log.info("First-run set-up skipped on page %s", self.currentId())
        self._finish()

    def accept(self) -> None:
        self._finish()

    def reject(self) -> None:  # Esc or the window's close button: the same as skipping
        self._finish()

    def _finish(self) -> None:
        try:
            save_service_settings(self._ops, self.chosen())
        except StarappError as exc:  # e.g. a full disk: say so and stay open
            show_error(self, exc)
            return
        self.saved = True
        super().accept()
