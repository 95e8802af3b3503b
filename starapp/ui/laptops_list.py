"""Tools > Service keys…, manager's side: the laptops whose bundles this file takes.

One row a laptop (its id, the worker on its latest reading, the key it signs with, when
it was first seen and last imported from, whether its bundles are accepted). A laptop
that is lost, stolen or retired can have its bundles refused from now on, and accepted
again if it is found; both are asked first, naming the laptop and its key. Each is one
small write, so it runs on the GUI thread. The box is hidden until a laptop is known.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from starapp.store.laptops import Laptop, laptops
from starapp.store.service_keys import allow_laptop, revoke_laptop
from starapp.sync.bundle_crypto import signing_fingerprint
from starapp.ui.dates import display_date
from starapp.ui.key_questions import action_button, bold, fingerprint_label
from starapp.ui.ops import Ops, show_error


class LaptopsBox(QGroupBox):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Manager: laptops sending bundles"), parent)
        self.setObjectName("laptopsBox")
        self._ops = ops
        self._laptops: list[Laptop] = []
        self.confirm: LaptopConfirm | None = None
        intro = QLabel(
            self.tr(
                "If a laptop is lost, stolen or retired, stop accepting its bundles: whoever "
                "has it can then add or change nothing in this file. What it sent before stays."
            ),
            wordWrap=True,
        )
        headers = [
            self.tr("Laptop"),
            self.tr("Used by"),
            self.tr("Signing key"),
            self.tr("First seen"),
            self.tr("Last import"),
            self.tr("Its bundles"),
        ]
        self.table = QTableWidget(0, len(headers), objectName="laptopsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Laptops sending bundles to this file"))
        self.table.setToolTip(
            self.tr("Choose a laptop with the arrow keys, then say whether to accept its bundles")
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.revoke_button = action_button(
            self.tr("&Stop accepting bundles from this laptop…"),
            "revokeLaptop",
            self.tr("Stop accepting bundles from this laptop"),
            self.tr("For a lost, stolen or retired laptop: refuse every bundle it sends"),
        )
        self.allow_button = action_button(
            self.tr("&Accept again…"),
            "allowLaptop",
            self.tr("Accept bundles from this laptop again"),
            self.tr("The laptop was found: import its bundles again"),
        )
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.allow_button.clicked.connect(self.ask_allow)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.revoke_button)
        row.addWidget(self.allow_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        self._laptops = laptops(self._ops.store)
        self.table.setRowCount(len(self._laptops))
        for r, laptop in enumerate(self._laptops):
            for c, text in enumerate(self._cells(laptop)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(self._table_height())
        ids = [laptop.install_id for laptop in self._laptops]
        if ids:
            kept = chosen.install_id if chosen is not None else None
            self.table.selectRow(ids.index(kept) if kept in ids else 0)
        self.setVisible(bool(ids))
        self._selection_changed()

    def _cells(self, laptop: Laptop) -> list[str]:
        key = (
            signing_fingerprint(laptop.signing_key)
            if laptop.signing_key
            else self.tr("none (plain bundles)")
        )
        state = (
            self.tr("Refused since {date}").format(date=display_date(laptop.revoked.revoked_at))
            if laptop.revoked
            else self.tr("Accepted")
        )
        return [
            laptop.short_id,
            laptop.used_by,
            key,
            display_date(laptop.first_seen),
            display_date(laptop.last_import) or self.tr("never"),
            state,
        ]

    def _table_height(self) -> int:
        """Every row shown up to six; more scroll."""
        rows = sum(self.table.rowHeight(r) for r in range(min(self.table.rowCount(), 6)))
        return (
            rows + self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        )

    def selected(self) -> Laptop | None:
        rows = self.table.selectionModel().selectedRows()
        return self._laptops[rows[0].row()] if rows and self._laptops else None

    def _selection_changed(self) -> None:
        laptop = self.selected()
        self.revoke_button.setEnabled(laptop is not None and laptop.revoked is None)
        self.allow_button.setEnabled(laptop is not None and laptop.revoked is not None)

    def ask_revoke(self) -> LaptopConfirm | None:
        return self._ask(revoke=True)

    def ask_allow(self) -> LaptopConfirm | None:
        return self._ask(revoke=False)

    def _ask(self, revoke: bool) -> LaptopConfirm | None:
        laptop = self.selected()
        if laptop is None:
            return None
        self.confirm = LaptopConfirm(laptop, revoke, self)
        confirm = self.confirm
        confirm.accepted.connect(lambda: self._decided(laptop, revoke, confirm.reason()))
        confirm.open()
        return confirm

    def _decided(self, laptop: Laptop, revoke: bool, reason: str) -> None:
        try:
            if revoke:
                revoke_laptop(self._ops.store, laptop.install_id, reason)
            else:
                allow_laptop(self._ops.store, laptop.install_id)
        except Exception as exc:
            show_error(self, exc)
        else:
            self._ops.changed.emit("install", laptop.install_id)  # the audit view reloads
        self.refresh()
        self.table.setFocus()


class LaptopConfirm(QDialog):
    """Asks before a laptop's bundles are refused (with why, optional) or accepted again."""

    def __init__(self, laptop: Laptop, revoke: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("revokeConfirm" if revoke else "allowConfirm")
        question = (
            self.tr("Stop accepting bundles from this laptop?")
            if revoke
            else self.tr("Accept bundles from this laptop again?")
        )
        self.setWindowTitle(question)
        layout = QVBoxLayout(self)
        layout.addWidget(bold(QLabel(question, objectName="question", wordWrap=True), 1.25))
        layout.addWidget(bold(QLabel(self._name(laptop), objectName="laptopName", wordWrap=True)))
        if laptop.signing_key is not None:
            layout.addWidget(QLabel(self.tr("It signs its bundles with the key:")))
            layout.addWidget(
                fingerprint_label(signing_fingerprint(laptop.signing_key), "laptopFingerprint")
            )
        self.reason_edit = QLineEdit(objectName="revokeReason")
        # Parented now: a default button is found through its dialog.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if revoke:
            layout.addWidget(self._text(self._revoke_text()))
            why = QLabel(self.tr("&Why (optional, for the record):"))
            why.setBuddy(self.reason_edit)
            self.reason_edit.setPlaceholderText(self.tr("for example: lost on the bus, 3 March"))
            self.reason_edit.setAccessibleName(self.tr("Why its bundles are refused"))
            self.reason_edit.setToolTip(self.tr("Kept with the laptop in this file; optional"))
            layout.addWidget(why)
            layout.addWidget(self.reason_edit)
            self.answer = buttons.addButton(
                self.tr("&Stop accepting its bundles"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.answer.setAccessibleName(self.tr("Stop accepting bundles from this laptop"))
            self.answer.setToolTip(self.tr("Refuse every bundle from this laptop from now on"))
            self.answer.setDefault(True)  # after typing why, Enter does it; it can be undone
        else:
            self.reason_edit.hide()
            layout.addWidget(self._text(self._refused_text(laptop)))
            layout.addWidget(
                self._text(
                    self.tr(
                        "Accept them again only if the laptop is back with its worker. Bundles "
                        "it sent meanwhile are imported when you import them again."
                    )
                )
            )
            self.answer = buttons.addButton(
                self.tr("&Accept its bundles again"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.answer.setAccessibleName(self.tr("Accept bundles from this laptop again"))
            self.answer.setToolTip(self.tr("Import this laptop's bundles again from now on"))
            cancel.setDefault(True)  # Enter and Esc keep refusing: accepting is a choice
            self.answer.setAutoDefault(False)
        self.answer.setObjectName("confirmAnswer")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Change nothing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def reason(self) -> str:
        return self.reason_edit.text()

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text, wordWrap=True, objectName="whatHappens")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _name(self, laptop: Laptop) -> str:
        if laptop.used_by:
            return self.tr("Laptop {laptop}, used by {worker}").format(
                laptop=laptop.short_id, worker=laptop.used_by
            )
        return self.tr("Laptop {laptop}").format(laptop=laptop.short_id)

    def _revoke_text(self) -> str:
        return self.tr(
            "From now on every bundle from this laptop is refused, encrypted or not, so "
            "whoever has it can add or change nothing in this file. What it sent before "
            "stays. Readings on it that were not sent yet arrive only if you accept it again."
        )

    def _refused_text(self, laptop: Laptop) -> str:
        revoked = laptop.revoked
        assert revoked is not None
        date = display_date(revoked.revoked_at)
        if revoked.reason:
            return self.tr("Its bundles have been refused since {date} ({by}: {reason}).").format(
                date=date, by=revoked.by, reason=revoked.reason
            )
        return self.tr("Its bundles have been refused since {date} ({by}).").format(
            date=date, by=revoked.by
        )
