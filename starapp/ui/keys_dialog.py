"""Tools > Service keys…: the key that encrypts and signs bundles.

Two halves, one per role:

* the worker's laptop trusts the service's public key file (``.recipient``): its
  fingerprint is shown big and the worker is asked whether the manager reads out the
  same one before anything is stored; from then on every bundle is encrypted to it.
  Replacing a key it already trusts is asked first (both fingerprints shown): the
  bundles waiting are made again as one bundle of everything, for the new key;
* the manager creates the service's key pair once (the private identity file is saved in
  a chosen folder and kept in this data file too, so imports open bundles by
  themselves), exports the public key file for the laptops, or imports an identity file;
  below, the laptops sending bundles, any of which can be refused (ui/laptops_list.py).

Key work is a few milliseconds, so it runs on the GUI thread; trusting a key runs on a
worker thread (replacing one bundles the whole file, seconds for a big one), and the
dialog cannot be closed meanwhile. Errors become one sentence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from starapp.store.outbox import Outbox
from starapp.store.service_keys import (
    signing_public_key,
    store_identity,
    stored_identity,
    trusted_recipients,
)
from starapp.sync.bundle_crypto import (
    RECIPIENT_FILE,
    create_key_pair,
    fingerprint,
    read_identity_file,
    read_recipient_file,
    recipient_of,
    signing_fingerprint,
    write_key_files,
    write_recipient_file,
)
from starapp.sync.outbox import Trusted, is_replacement, trust_service_key
from starapp.ui.busy_dialog import BusyDialog
from starapp.ui.key_questions import (
    FingerprintCheck,
    ReplaceKeyConfirm,
    action_button,
    fingerprint_label,
)
from starapp.ui.laptops_list import LaptopsBox
from starapp.ui.ops import Ops, show_error
from starapp.ui.translation import sentence_text


class KeysDialog(BusyDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.setWindowTitle(self.tr("Service keys"))
        self._ops = ops
        self.check: FingerprintCheck | None = None
        self.confirm: ReplaceKeyConfirm | None = None

        intro = QLabel(
            self.tr(
                "Bundles carry the readings from the laptops to the manager. Encrypted to "
                "the service key, they can be read only by the manager's copy of starapp, "
                "and each is signed by the laptop that made it."
            ),
            wordWrap=True,
        )

        self.sending_state = QLabel(objectName="sendingState", wordWrap=True)
        self.sending_fingerprint = fingerprint_label("", "sendingFingerprint")
        self.signing_state = QLabel(objectName="signingState", wordWrap=True)
        self.trust_button = action_button(
            self.tr("&Trust a service key file…"),
            "trustKey",
            self.tr("Trust a service key file"),
            self.tr("Choose the .recipient file from your manager and check its fingerprint"),
        )
        sending = QGroupBox(self.tr("This laptop's bundles"))
        box = QVBoxLayout(sending)
        box.addWidget(self.sending_state)
        box.addWidget(self.sending_fingerprint)
        box.addWidget(self.signing_state)
        self.sending_notice = QLabel(objectName="sendingNotice", wordWrap=True)
        self.sending_notice.hide()
        box.addWidget(self.sending_notice)
        row = QHBoxLayout()
        row.addWidget(self.trust_button)
        row.addStretch(1)
        box.addLayout(row)

        self.service_state = QLabel(objectName="serviceState", wordWrap=True)
        self.service_fingerprint = fingerprint_label("", "serviceFingerprint")
        warning = QLabel(
            self.tr(
                "Keep the identity file safe and private (for example on a USB stick in the "
                "office safe): if it is lost and this data file with it, nobody can read the "
                "bundles encrypted to the key."
            ),
            wordWrap=True,
            objectName="identityWarning",
        )
        self.create_button = action_button(
            self.tr("&Create the service key…"),
            "createKey",
            self.tr("Create the service key"),
            self.tr("Make the service's key pair; choose a folder for the private identity file"),
        )
        self.export_button = action_button(
            self.tr("&Export the public key file…"),
            "exportKey",
            self.tr("Export the public key file"),
            self.tr("Save the .recipient file to give to every worker's laptop"),
        )
        self.import_button = action_button(
            self.tr("&Import an identity file…"),
            "importIdentity",
            self.tr("Import an identity file"),
            self.tr("Keep an existing service identity file in this data file"),
        )
        self.notice = QLabel(objectName="keysNotice", wordWrap=True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        service = QGroupBox(self.tr("Manager: the service key"))
        box = QVBoxLayout(service)
        box.addWidget(self.service_state)
        box.addWidget(self.service_fingerprint)
        box.addWidget(warning)
        box.addWidget(self.notice)
        row = QHBoxLayout()
        for button in (self.create_button, self.export_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)

        self.laptops = LaptopsBox(ops, self)  # parented: showing it never makes a window

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close this window"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(sending)
        layout.addWidget(service)
        layout.addWidget(self.laptops)
        layout.addStretch(1)  # room for the notice and fingerprints that appear later
        layout.addWidget(buttons)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())

        self.trust_button.clicked.connect(self._choose_recipient_file)
        self.create_button.clicked.connect(self._choose_key_folder)
        self.export_button.clicked.connect(self._choose_export_path)
        self.import_button.clicked.connect(self._choose_identity_file)
        self.refresh()

    def refresh(self) -> None:
        store = self._ops.store
        recipients = trusted_recipients(store)
        if recipients:
            self.sending_state.setText(
                self.tr("Every bundle from this laptop is encrypted to the service key:")
            )
            self.sending_fingerprint.setText("\n".join(fingerprint(r) for r in recipients))
        else:
            self.sending_state.setText(
                self.tr(
                    "Bundles from this laptop are not encrypted yet. Ask your manager for the "
                    "service key file (it ends in .recipient), then choose Trust a service "
                    "key file."
                )
            )
            self.sending_fingerprint.setText("")
        self.sending_fingerprint.setVisible(bool(recipients))
        signer = signing_public_key(store)
        self.signing_state.setText(
            self.tr("This laptop signs its bundles with the key {fp}.").format(
                fp=signing_fingerprint(signer)
            )
            if signer is not None
            else ""
        )
        self.signing_state.setVisible(signer is not None)

        identity = stored_identity(store)
        if identity is not None:
            self.service_state.setText(
                self.tr(
                    "This data file holds the service key, so imports open encrypted "
                    "bundles by themselves. Its fingerprint:"
                )
            )
            self.service_fingerprint.setText(fingerprint(recipient_of(identity)))
        else:
            self.service_state.setText(
                self.tr(
                    "This data file holds no service key. Only the manager's copy needs one: "
                    "create it once for the whole service."
                )
            )
        self.service_fingerprint.setVisible(identity is not None)
        self.create_button.setEnabled(identity is None)
        self.export_button.setEnabled(identity is not None)

    # --- worker: trusting the service key -------------------------------------------------

    def _choose_recipient_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the service key file from your manager"),
            "",
            self.tr("Service key files (*.recipient);;All files (*)"),
        )
        if path:
            self.check_recipient_file(Path(path))

    def check_recipient_file(self, path: Path) -> FingerprintCheck | None:
        """Open the fingerprint question for ``path``; trusts it only on "Yes"."""
        try:
            recipients = read_recipient_file(path)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.check = FingerprintCheck(recipients, path, self)
        self.check.accepted.connect(lambda: self._trust_checked(recipients))
        self.check.open()
        return self.check

    def _trust_checked(self, recipients: list[str]) -> None:
        """The fingerprint matched: trust it, after asking if it replaces another key."""
        store = self._ops.store
        if not is_replacement(store, recipients):
            self.trust(recipients)
            return
        waiting = Outbox(store).undelivered_count()
        self.confirm = ReplaceKeyConfirm(trusted_recipients(store), recipients, waiting, self)
        self.confirm.accepted.connect(lambda: self.trust(recipients))
        self.confirm.open()

    def trust(self, recipients: list[str]) -> None:
        """Trust ``recipients`` on a worker thread; the outcome is said in one sentence."""
        self._set_busy(True)
        self._ops.run_on_own_connection(
            lambda store: trust_service_key(store, recipients),
            self._trust_done,
            self._trust_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.trust_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.sending_notice.setText(
            self.tr("Encrypting this laptop's bundles to the key…") if busy else ""
        )
        self.sending_notice.setVisible(busy)

    def _trust_done(self, trusted: Trusted) -> None:
        self._set_busy(False)
        self._ops.changed.emit("sync", "")  # waiting bundles were sealed or made again
        self.refresh()
        sentence = trusted.sentence()
        if sentence is not None:
            self.sending_notice.setText(sentence_text(sentence))
            self.sending_notice.show()

    def _trust_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self, exc)
        self.refresh()

    # --- manager: the service key ---------------------------------------------------------

    def _choose_key_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a safe folder for the service's private identity file")
        )
        if folder:
            self.create_keys(Path(folder))

    def create_keys(self, folder: Path) -> None:
        """Write the key files to ``folder`` and keep the identity in this data file."""
        pair = create_key_pair()
        try:
            identity, recipient = write_key_files(folder, pair)
            store_identity(self._ops.store, pair.identity)
        except Exception as exc:
            show_error(self, exc)
        else:
            self._tell(
                self.tr(
                    "Saved the private identity file {identity} (keep it safe) and the "
                    "public key file {recipient} (give it to every worker's laptop)."
                ).format(identity=identity, recipient=recipient)
            )
        self.refresh()

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _choose_export_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the service key file for the laptops"),
            RECIPIENT_FILE,
            self.tr("Service key files (*.recipient)"),
        )
        if path:
            self.export_recipient(Path(path))

    def export_recipient(self, path: Path) -> None:
        identity = stored_identity(self._ops.store)
        if identity is None:
            return
        try:
            write_recipient_file(path, recipient_of(identity))
        except Exception as exc:
            show_error(self, exc)
        else:
            self._tell(self.tr("Saved {path}: give it to every worker's laptop.").format(path=path))

    def _choose_identity_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the service identity file"),
            "",
            self.tr("Service identity files (*.identity);;All files (*)"),
        )
        if path:
            self.import_identity(Path(path))

    def import_identity(self, path: Path) -> None:
        try:
            (identity, *_) = read_identity_file(path)
            store_identity(self._ops.store, identity)
        except Exception as exc:
            show_error(self, exc)
        self.refresh()


def open_keys_dialog(parent: QWidget | None, ops: Ops) -> KeysDialog:
    """Open Tools > Service keys… (window-modal); the lead wires it to the menu."""
    dialog = KeysDialog(ops, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
