"""Settings (Ctrl+,): the service's settings kept in the data file (organisation, worker,
templates, consent) and this laptop's preferences kept in QSettings (auto-lock,
language). Nothing is saved until "Save"; a full disk or read-only file is said in one
sentence and the dialog stays open with what was typed.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from starapp.core.errors import StarappError
from starapp.store.settings import ServiceSettings, load_settings
from starapp.ui.change_passphrase import ChangePassphraseDialog
from starapp.ui.contrast import HIGH_CONTRAST_KEY, message_style
from starapp.ui.lock import AUTO_LOCK_KEY, LockController, auto_lock_ms
from starapp.ui.ops import Ops, show_error
from starapp.ui.retention_dialog import open_retention_dialog
from starapp.ui.service_settings import NAME_MAX, save_service_settings
from starapp.ui.template_chooser import TemplateChooser
from starapp.ui.translation import (
    active_language,
    available_languages,
    current_language,
    set_language,
)

log = logging.getLogger(__name__)

MAX_AUTO_LOCK_MINUTES = 120


def _page(*rows: QWidget | QFormLayout) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for row in rows:
        if isinstance(row, QFormLayout):
            layout.addLayout(row)
        else:
            layout.addWidget(row)
    layout.addStretch(1)
    return page


def _left(button: QPushButton) -> QWidget:
    """A button at its own size, on the left, a little apart from the text above."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.addWidget(button)
    layout.addStretch(1)
    return row


def _note(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True)
    if name:
        label.setObjectName(name)
    return label


class SettingsDialog(QDialog):
    def __init__(
        self,
        ops: Ops,
        locker: LockController | None = None,
        parent: QWidget | None = None,
        prefs: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings — starapp"))
        self._ops = ops
        self._locker = locker
        self._prefs = prefs if prefs is not None else QSettings()
        self._service = load_settings(ops.store)
        self.tabs = QTabWidget(objectName="settingsTabs")
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(self._organisation_tab(), self.tr("&Organisation"))
        self.tabs.addTab(self._templates_tab(), self.tr("&Templates"))
        self.tabs.addTab(self._security_tab(), self.tr("Sec&urity"))
        self.tabs.addTab(self._display_tab(), self.tr("&Display"))
        self.tabs.addTab(self._privacy_tab(), self.tr("&Privacy"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setToolTip(self.tr("Save the settings on every tab"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without saving"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(600, 420)

    # --- tabs -------------------------------------------------------------------------

    def _organisation_tab(self) -> QWidget:
        self.organisation = QLineEdit(self._service.organisation, objectName="organisation")
        self.worker = QLineEdit(self._service.worker_name, objectName="workerName")
        for edit, name, tip in (
            (self.organisation, self.tr("Organisation name"),
             self.tr("Shown on printed stars and reports")),
            (self.worker, self.tr("Your name"),
             self.tr("Filled in on new readings and kept in the record of who changed what")),
        ):  # fmt: skip
            edit.setMaxLength(NAME_MAX)
            edit.setAccessibleName(name)
            edit.setToolTip(tip)
        form = QFormLayout()
        form.addRow(self.tr("O&rganisation:"), self.organisation)
        form.addRow(self.tr("&Your name:"), self.worker)
        return _page(
            form,
            _note(
                self.tr(
                    "These are kept in the data file, so they stay with it when it is "
                    "opened on another laptop."
                )
            ),
        )

    def _templates_tab(self) -> QWidget:
        self.chooser = TemplateChooser(self._ops, self._service.template_keys)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_note(self.tr("Tick the templates offered when a reading starts.")))
        layout.addWidget(self.chooser, 1)
        return page

    def _security_tab(self) -> QWidget:
        self.auto_lock = QSpinBox(objectName="autoLockMinutes")
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(
            min(MAX_AUTO_LOCK_MINUTES, round(auto_lock_ms(self._prefs) / 60_000))
        )
        self.auto_lock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.auto_lock.setToolTip(
            self.tr("Hide everyone's details after this long without use (0: never)")
        )
        self.change_passphrase = QPushButton(
            self.tr("&Change passphrase…"), objectName="changePassphrase"
        )
        self.change_passphrase.setAccessibleName(self.tr("Change passphrase"))
        self.change_passphrase.clicked.connect(self.open_change_passphrase)
        self.passphrase_note = _note(name="passphraseNote")
        if self._ops.store.encrypted:
            self.change_passphrase.setToolTip(self.tr("Choose a new passphrase for this file"))
        else:
            self.change_passphrase.setEnabled(False)
            self.change_passphrase.setToolTip(self.tr("This data file is not encrypted"))
            self.passphrase_note.setText(
                self.tr("This data file is not encrypted, so it has no passphrase.")
            )
        self.auto_lock.valueChanged.connect(self._auto_lock_changed)
        self._auto_lock_changed(self.auto_lock.value())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Loc&k after:"), self.auto_lock)
        return _page(
            form,
            _note(
                self.tr(
                    "After this long without use, starapp hides everyone's details until "
                    "the passphrase is typed. Ctrl+L locks at once."
                )
            ),
            _left(self.change_passphrase),
            self.passphrase_note,
        )

    def _auto_lock_changed(self, minutes: int) -> None:
        self.auto_lock.setSuffix(self.tr(" minute") if minutes == 1 else self.tr(" minutes"))

    def _display_tab(self) -> QWidget:
        self.language = QComboBox(objectName="language")
        for code, name in available_languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language(self._prefs))))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("The language of starapp's menus and windows"))
        self.language_note = _note(name="languageNote")
        self.language.currentIndexChanged.connect(self._display_changed)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Interface language:"), self.language)
        self.contrast = QComboBox(objectName="contrast")
        for text, value in (
            (self.tr("Follow the system"), ""),
            (self.tr("High contrast: white on black"), "true"),
            (self.tr("Usual colours"), "false"),
        ):
            self.contrast.addItem(text, value)
        chosen = str(self._prefs.value(HIGH_CONTRAST_KEY, "") or "").lower()
        self.contrast.setCurrentIndex(max(0, self.contrast.findData(chosen)))
        self.contrast.setAccessibleName(self.tr("Contrast"))
        self.contrast.setToolTip(
            self.tr("High contrast draws windows and the star in white, black and yellow")
        )
        self.contrast.currentIndexChanged.connect(self._display_changed)
        self._display_changed()
        form.addRow(self.tr("&Contrast:"), self.contrast)
        return _page(form, self.language_note)

    def _display_changed(self, *_args: object) -> None:
        saved_contrast = str(self._prefs.value(HIGH_CONTRAST_KEY, "") or "").lower()
        differs = (
            self.language.currentData() != active_language()
            or self.contrast.currentData() != saved_contrast
        )
        self.language_note.setText(
            self.tr("The change takes effect when starapp restarts.") if differs else ""
        )

    def _privacy_tab(self) -> QWidget:
        self.require_consent = QCheckBox(
            self.tr("&Ask for recorded consent before a reading is saved"),
            objectName="requireConsent",
        )
        self.require_consent.setChecked(self._service.require_consent)
        self.require_consent.setAccessibleName(self.tr("Require consent before a reading"))
        self.require_consent.setToolTip(
            self.tr("A reading can start only for someone whose consent is recorded")
        )
        self.retention = QPushButton(self.tr("&Retention…"), objectName="retention")
        self.retention.setAccessibleName(self.tr("Retention"))
        self.retention.setToolTip(
            self.tr("How long records are kept: archive and erase people after some months")
        )
        self.retention.clicked.connect(lambda: open_retention_dialog(self, self._ops))
        return _page(
            self.require_consent,
            _note(
                self.tr(
                    "The person's consent (given or not, when, how and for what) is "
                    "recorded on their page."
                )
            ),
            _left(self.retention),
            _note(
                self.tr(
                    "Retention: people with no reading for some months can be archived, and "
                    "archived people erased later, with a preview before anything happens."
                )
            ),
        )

    # --- actions ----------------------------------------------------------------------

    def open_change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self._ops, self)
        dialog.exec()
        if dialog.changed:
            self.passphrase_note.setText(
                self.tr("The passphrase is changed. Use the new one from now on.")
            )
            self.passphrase_note.setStyleSheet(message_style(self, error=False))

    def chosen(self) -> ServiceSettings:
        """The settings to save: the file's current ones (the retention dialog may have
        changed some meanwhile) with this dialog's fields."""
        return replace(
            load_settings(self._ops.store),
            organisation=self.organisation.text().strip(),
            worker_name=self.worker.text().strip(),
            template_keys=self.chooser.chosen_keys(),
            require_consent=self.require_consent.isChecked(),
        )

    def accept(self) -> None:
        if self.chooser.show_problem():
            self.tabs.setCurrentWidget(self.tabs.widget(1))
            return
        chosen = self.chosen()
        if chosen != load_settings(self._ops.store):
            try:
                save_service_settings(self._ops, chosen)
            except StarappError as exc:  # nothing saved; what was typed stays
                show_error(self, exc)
                return
        minutes = self.auto_lock.value()
        self._prefs.setValue(AUTO_LOCK_KEY, minutes)
        self._prefs.setValue(HIGH_CONTRAST_KEY, self.contrast.currentData())
        if self.language.currentData() != current_language(self._prefs):
            set_language(self.language.currentData(), self._prefs)
        self._prefs.sync()
        if self._prefs.status() != QSettings.Status.NoError:
            log.warning("Laptop preferences not saved: %s", self._prefs.status().name)
            QMessageBox.warning(
                self,
                self.tr("starapp"),
                self.tr(
                    "The auto-lock time and language could not be saved in {file}, so they "
                    "last only until starapp closes. Ask your support contact to make that "
                    "folder writable."
                ).format(file=self._prefs.fileName()),
            )
        if self._locker is not None:
            self._locker.set_idle_ms(minutes * 60_000)  # the running window, at once
        log.info("Settings saved")
        super().accept()


def open_settings_dialog(
    parent: QWidget | None, ops: Ops, locker: LockController | None = None
) -> SettingsDialog:
    """Edit → Settings… (Ctrl+,): window-modal; returns at once."""
    dialog = SettingsDialog(ops, locker, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
