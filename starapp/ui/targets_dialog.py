"""Tools → Sync targets…: where this laptop sends its bundles.

A target is a folder (a cloud-drive folder or a USB stick), a WebDAV server (Nextcloud,
ownCloud) with a user and password, or an HTTPS endpoint with a token. Passwords and
tokens go to the system keyring; without one they are kept until starapp closes, and
the dialog says so. Messages are sentences that say what to fix.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from starapp.core.errors import StarappError
from starapp.store.targets import TargetConfig
from starapp.ui.contrast import message_style
from starapp.ui.ops import error_text, show_error
from starapp.ui.sync_controller import SyncController
from starapp.ui.target_settings import KEYRING, SESSION, TargetInput

KINDS = ("folder", "webdav", "https")


def _with_button(edit: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return box


class TargetsDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetsDialog")
        self.setWindowTitle(self.tr("Sync targets"))
        self._controller = controller
        self._editing: TargetConfig | None = None
        self._has_keyring = controller.keyring_available()

        intro = QLabel(
            self.tr(
                "When this computer is online, starapp sends new and changed records to "
                "each target below. The data file itself never goes there."
            ),
            wordWrap=True,
        )
        self.list = QListWidget(objectName="targetsList")
        self.list.setAccessibleName(self.tr("Sync targets"))
        self.list.setToolTip(self.tr("Choose a target to change it"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("N&ew target"), objectName="newTarget")
        self.remove_button = QPushButton(self.tr("&Remove…"), objectName="removeTarget")
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)

        self.form_box = QGroupBox(objectName="targetForm")
        self.name = QLineEdit(objectName="targetName")
        self.name.setPlaceholderText(self.tr("e.g. Charity cloud"))
        self.kind = QComboBox(objectName="targetKind")
        self.kind.addItem(self.tr("A folder (cloud-drive folder or USB stick)"), "folder")
        self.kind.addItem(self.tr("A WebDAV server (Nextcloud, ownCloud)"), "webdav")
        self.kind.addItem(self.tr("An HTTPS address the charity gave you"), "https")
        self.folder = QLineEdit(objectName="targetFolder")
        self.choose_folder = QPushButton(self.tr("C&hoose…"), objectName="chooseFolder")
        self.url = QLineEdit(objectName="targetUrl")
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/files/…")
        self.user = QLineEdit(objectName="targetUser")
        self.secret = QLineEdit(objectName="targetSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit(objectName="targetCaFile")
        self.ca_file.setPlaceholderText(self.tr("Only if the charity gave you one"))
        self.choose_ca = QPushButton(self.tr("Ch&oose…"), objectName="chooseCa")
        self.keyring_note = QLabel(objectName="keyringNote", wordWrap=True)
        self.message = QLabel(objectName="targetMessage", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save target"), objectName="saveTarget")

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Folder:"), _with_button(self.folder, self.choose_folder))
        self.form.addRow(self.tr("&Web address:"), self.url)
        self.form.addRow(self.tr("&User name:"), self.user)
        self.form.addRow(self.tr("&Password:"), self.secret)
        self.form.addRow(self.tr("&CA file:"), _with_button(self.ca_file, self.choose_ca))
        # These fields share a row with a button: Alt+letter goes to the field itself, and
        # it is named in its own right (a screen reader looks for a label beside it).
        for edit, name in ((self.folder, self.tr("Folder")), (self.ca_file, self.tr("CA file"))):
            edit.setAccessibleName(name)
            label = self.form.labelForField(edit.parentWidget())
            if isinstance(label, QLabel):
                label.setBuddy(edit)
        box = QVBoxLayout(self.form_box)
        box.addLayout(self.form)
        box.addWidget(self.keyring_note)
        box.addWidget(self.message)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        box.addLayout(save_row)
        box.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.form_box, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(820, 440)
        # Enter in any field saves; the other buttons only act when clicked or pressed
        for button in (self.new_button, self.remove_button, self.choose_folder, self.choose_ca):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)  # once it is inside the dialog

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.list.currentItemChanged.connect(self._target_chosen)
        self.new_button.clicked.connect(self.new_target)
        self.remove_button.clicked.connect(self.remove_target)
        self.save_button.clicked.connect(self.save)
        controller.statusChanged.connect(self._targets_changed)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.choose_ca.clicked.connect(self._choose_ca)
        self._reload()
        self.new_target()

    # --- the list ----------------------------------------------------------------------

    def _reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for t in self._controller.targets():
            second = self._kind_name(t.kind)
            if t.attention:
                second = self.tr("{kind}, needs attention").format(kind=second)
            item = QListWidgetItem(f"{t.name}\n{second}")
            if t.attention:
                item.setIcon(warning)
            item.setData(Qt.ItemDataRole.UserRole, t)
            item.setToolTip(t.attention or t.location)
            self.list.addItem(item)
            if t.name == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def _targets_changed(self, _view: object = None) -> None:
        """A sync pass (or "Try again") changed a target's state: show it, keep the form."""
        editing = self._editing
        self._reload(select=editing.name if editing else None)
        item = self.list.currentItem()
        if editing is None or item is None:
            return
        now: TargetConfig = item.data(Qt.ItemDataRole.UserRole)
        self._editing = now
        if now.attention != editing.attention:
            self._say(self._attention_text(now), error=bool(now.attention))

    def _attention_text(self, t: TargetConfig) -> str:
        if not t.attention:
            return ""
        return self.tr(
            "Needs attention: {reason} Saving the target clears this and tries again."
        ).format(reason=t.attention)

    def _kind_name(self, kind: str) -> str:
        return {"folder": self.tr("Folder"), "webdav": self.tr("WebDAV server")}.get(
            kind, self.tr("HTTPS address")
        )

    def _target_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.remove_button.setEnabled(item is not None)
        if item is None:
            return
        t: TargetConfig = item.data(Qt.ItemDataRole.UserRole)
        self._editing = t
        self.form_box.setTitle(self.tr("Change “{name}”").format(name=t.name))
        self.name.setText(t.name)
        self.name.setReadOnly(True)
        self.name.setToolTip(self.tr("To rename a target, remove it and add it again."))
        self.kind.setCurrentIndex(KINDS.index(t.kind))
        self.folder.setText(t.location if t.kind == "folder" else "")
        self.url.setText(t.location if t.kind != "folder" else "")
        self.user.setText(t.username)
        self.secret.clear()
        self.ca_file.setText(t.ca_file or "")
        self._say(self._attention_text(t), error=bool(t.attention))
        self._kind_changed()

    def new_target(self) -> None:
        self._editing = None
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.form_box.setTitle(self.tr("New target"))
        self.name.setReadOnly(False)
        self.name.setToolTip("")
        for edit in (self.name, self.folder, self.url, self.user, self.secret, self.ca_file):
            edit.clear()
        self.kind.setCurrentIndex(0)
        self._say("")
        self._kind_changed()
        self.name.setFocus()

    # --- the form ----------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        web = kind in ("webdav", "https")
        self.form.setRowVisible(self.folder.parentWidget(), kind == "folder")
        self.form.setRowVisible(self.url, web)
        self.form.setRowVisible(self.user, kind == "webdav")
        self.form.setRowVisible(self.secret, web)
        self.form.setRowVisible(self.ca_file.parentWidget(), web)
        label = self.form.labelForField(self.secret)
        if isinstance(label, QLabel):
            label.setText(self.tr("&Password:") if kind == "webdav" else self.tr("&Token:"))
        self.secret.setPlaceholderText(self._secret_hint())
        if web and not self._has_keyring:
            self.keyring_note.setText(
                self.tr(
                    "This computer has no system keyring, so starapp keeps the password or "
                    "token only until it closes. You will need to type it here again next time."
                )
            )
        else:
            self.keyring_note.clear()
        self.keyring_note.setVisible(bool(self.keyring_note.text()))

    def _secret_hint(self) -> str:
        if self._editing is None:
            return ""
        if self._has_keyring or self._controller.session_secrets.get(self._editing.name):
            return self.tr("Leave empty to keep the one given before")
        return self.tr("Type it for this session (no keyring on this computer)")

    def _input(self) -> TargetInput:
        kind = self.kind.currentData()
        return TargetInput(
            name=self.name.text(),
            kind=kind,
            location=self.folder.text() if kind == "folder" else self.url.text(),
            username=self.user.text(),
            secret=self.secret.text(),
            ca_file=self.ca_file.text(),
        )

    def save(self) -> None:
        try:
            saved = self._controller.save_target(self._input(), editing=self._editing is not None)
        except StarappError as exc:
            self._say(error_text(exc), error=True)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        name = saved.config.name
        text = self.tr("Saved “{name}”. starapp will send bundles there.").format(name=name)
        if saved.secret_kept == KEYRING:
            text += " " + self.tr("The password or token is kept in this computer's keyring.")
        elif saved.secret_kept == SESSION:
            text += " " + self.tr(
                "There is no keyring on this computer, so the password or token is kept only "
                "until starapp closes."
            )
        self._reload(select=name)
        self._target_chosen(self.list.currentItem())
        self._say(text)

    def remove_target(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        t: TargetConfig = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self,
            self.tr("Remove sync target"),
            self.tr(
                "Stop sending to “{name}”? Nothing already there is deleted, and changes "
                "stay on this computer until another target receives them."
            ).format(name=t.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._controller.remove_target(t.name)
        except Exception as exc:
            show_error(self, exc)
            return
        self._reload()
        self.new_target()
        self._say(self.tr("Removed “{name}”.").format(name=t.name))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(message_style(self, error=error))
        self.message.setVisible(bool(text))
        if text:
            self.message.setAccessibleDescription(text)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for bundles"), self.folder.text()
        )
        if path:
            self.folder.setText(path)

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the charity's CA certificate"),
            self.ca_file.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)
