"""Sync details: each target's state (with "Try again"), the bundles waiting to be
delivered and the delivery history. Opened from the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from starapp.store import sync_log
from starapp.store.sync_log import BundleLine, DeliveryLine
from starapp.store.targets import TargetConfig
from starapp.ui.ops import Ops, show_error
from starapp.ui.sync_controller import OFFLINE, ONLINE, SyncController, SyncView
from starapp.ui.sync_status import local_time

HISTORY_ROWS = 100


def _table(name: str, headers: list[str], accessible_name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class SyncDetailsDialog(QDialog):
    targetsRequested = Signal()

    def __init__(self, controller: SyncController, ops: Ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncDetails")
        self.setWindowTitle(self.tr("Sync details"))
        self._controller = controller
        self._ops = ops
        self._targets: list[TargetConfig] = []
        self._conflicts = 0
        self._stopped: set[str] = set()  # names of targets that need attention

        self.headline = QLabel(objectName="syncHeadline", wordWrap=True)
        self.attention = QLabel(objectName="syncAttention", wordWrap=True)
        self.attention.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.targets_table = _table(
            "syncTargetsTable",
            [self.tr("Target"), self.tr("Where"), self.tr("Last success"), self.tr("State")],
            self.tr("Sync targets"),
        )
        self.try_again = QPushButton(self.tr("T&ry again"), objectName="tryAgain")
        self.try_again.setToolTip(
            self.tr("Clear “needs attention” and try this target now (after fixing the cause)")
        )
        self.edit_targets = QPushButton(self.tr("Sync &targets…"), objectName="editTargets")
        targets_page = QWidget()
        tl = QVBoxLayout(targets_page)
        tl.addWidget(self.targets_table)
        row = QHBoxLayout()
        row.addWidget(self.try_again)
        row.addStretch(1)
        row.addWidget(self.edit_targets)
        tl.addLayout(row)

        self.unbundled = QLabel(objectName="syncUnbundled", wordWrap=True)
        self.queue_table = _table(
            "syncQueue",
            [self.tr("Bundle"), self.tr("Made"), self.tr("Contents"), self.tr("Delivery")],
            self.tr("Bundles waiting to be delivered"),
        )
        queue_page = QWidget()
        ql = QVBoxLayout(queue_page)
        ql.addWidget(self.unbundled)
        ql.addWidget(self.queue_table)

        self.history_table = _table(
            "syncHistory",
            [self.tr("Bundle"), self.tr("Made"), self.tr("Delivered"), self.tr("Contents"),
             self.tr("Where")],
            self.tr("Bundles delivered"),
        )  # fmt: skip
        self.tabs = QTabWidget(objectName="syncTabs")
        self.tabs.addTab(targets_page, self.tr("Targets"))
        self.tabs.addTab(queue_page, self.tr("Waiting"))
        self.tabs.addTab(self.history_table, self.tr("History"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_now = self.buttons.addButton(
            self.tr("Sync &now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sync_now.setObjectName("detailsSyncNow")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.attention)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 460)

        self.sync_now.clicked.connect(controller.sync_now)
        self.try_again.clicked.connect(self._try_again)
        self.edit_targets.clicked.connect(self.targetsRequested)
        self.targets_table.itemSelectionChanged.connect(self._selection_changed)
        controller.statusChanged.connect(self.show_view)
        self.show_view(controller.view())

    # --- showing -----------------------------------------------------------------------

    def show_view(self, view: SyncView) -> None:
        status = view.status
        connectivity = {
            ONLINE: self.tr("This computer seems to be online."),
            OFFLINE: self.tr("This computer seems to be offline; changes wait here safely."),
        }.get(view.connectivity, self.tr("starapp cannot tell whether it is online."))
        if view.syncing:
            doing = self.tr("Syncing now…")
        elif status.targets:
            when = local_time(status.last_success_at) or self.tr("never")
            doing = self.tr("Last successful sync: {when}.").format(when=when)
        else:
            doing = self.tr("No sync target is set up yet, so changes wait on this computer.")
        self.headline.setText(
            self.tr("{n} changes waiting to be delivered. {doing} {connectivity}").format(
                n=status.waiting, doing=doing, connectivity=connectivity
            )
        )
        if view.attention:
            lines = "".join(f"<li>{_html(p)}</li>" for p in view.attention)
            self.attention.setText(
                self.tr("<b>Needs attention</b> (retrying will not help until it is fixed):")
                + f"<ul>{lines}</ul>"
            )
        self.attention.setVisible(bool(view.attention))
        self.sync_now.setEnabled(bool(status.targets) and not view.syncing)
        self._conflicts = status.conflicts
        self._stopped = {t.name for t in status.targets if t.attention}
        self._show_targets(status.targets)
        self._show_queue()
        self._show_history()

    def _show_targets(self, targets: list[TargetConfig]) -> None:
        selected = self._selected()
        self._targets = targets
        rows = []
        for t in targets:
            if t.attention:
                state = self.tr("Needs attention: {reason}").format(reason=t.attention)
            elif t.last_error:
                state = self.tr("Will try again: {error}").format(error=t.last_error)
            else:
                state = self.tr("OK")
            kind = {"folder": self.tr("Folder"), "webdav": self.tr("WebDAV")}.get(
                t.kind, self.tr("HTTPS")
            )
            where = f"{kind}: {t.location}"
            last = local_time(t.last_success_at) or self.tr("never")
            rows.append([t.name, where, last, state])
        _fill(self.targets_table, rows)
        for i, t in enumerate(targets):
            if selected is not None and t.id == selected.id:
                self.targets_table.selectRow(i)
        if self.targets_table.currentRow() < 0 and targets:
            self.targets_table.selectRow(0)
        self._selection_changed()

    def _show_queue(self) -> None:
        store = self._ops.store
        pending = sync_log.unbundled_changes(store)
        self.unbundled.setText(
            self.tr("{n} changes are waiting for the next bundle.").format(n=pending)
            if pending
            else self.tr("Every change is in a bundle.")
        )
        rows = [
            [
                f"#{b.seq}",
                local_time(b.created_at),
                self._contents(b),
                "\n".join(self._delivery(d) for d in b.deliveries) or self.tr("no target yet"),
            ]
            for b in sync_log.queued_bundles(store)
        ]
        _fill(self.queue_table, rows)
        self.tabs.setTabText(1, self.tr("Waiting ({n})").format(n=len(rows)))

    def _show_history(self) -> None:
        rows = [
            [
                f"#{b.seq}",
                local_time(b.created_at),
                local_time(b.delivered_at),
                self._contents(b),
                ", ".join(
                    d.target_name for d in b.deliveries if d.state in ("delivered", "skipped")
                )
                or self.tr("exported by hand"),
            ]
            for b in sync_log.delivered_bundles(self._ops.store, HISTORY_ROWS)
        ]
        _fill(self.history_table, rows)

    def _contents(self, b: BundleLine) -> str:
        c = b.counts
        parts = []
        if c.get("people"):
            parts.append(self.tr("{n} people").format(n=c["people"]))
        if c.get("readings"):
            parts.append(self.tr("{n} readings").format(n=c["readings"]))
        if c.get("actions"):
            parts.append(self.tr("{n} action steps").format(n=c["actions"]))
        if c.get("tombstones"):
            parts.append(self.tr("{n} deletions").format(n=c["tombstones"]))
        return ", ".join(parts) or self.tr("{n} changes").format(n=b.changes)

    def _delivery(self, d: DeliveryLine) -> str:
        if d.state == "delivered":
            what = self.tr("delivered {when}").format(when=local_time(d.delivered_at))
        elif d.state == "sending":
            what = self.tr("sending")
        elif d.state == "conflict":
            what = self.tr("conflict: {reason}").format(reason=d.last_error or "")
        elif d.state == "skipped":
            what = self.tr("exported by hand")
        elif d.target_name in self._stopped:
            what = self.tr("waits until the target's problem is fixed")
        elif d.attempts:
            what = self.tr("not delivered yet ({n} attempts), next try {when}. {error}").format(
                n=d.attempts, when=local_time(d.next_attempt_at), error=d.last_error or ""
            )
        else:
            what = self.tr("waiting")
        return f"{d.target_name}: {what}"

    # --- acting ------------------------------------------------------------------------

    def _selected(self) -> TargetConfig | None:
        row = self.targets_table.currentRow()
        return self._targets[row] if 0 <= row < len(self._targets) else None

    def _selection_changed(self) -> None:
        t = self._selected()
        self.try_again.setEnabled(
            t is not None and bool(t.attention or t.last_error or self._conflicts)
        )

    def _try_again(self) -> None:
        target = self._selected()
        if target is None:
            return
        try:
            self._controller.try_again(target.id)
        except Exception as exc:
            show_error(self, exc)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
