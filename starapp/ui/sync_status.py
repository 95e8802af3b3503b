"""The sync part of the status bar: "3 waiting — offline", the last successful sync, any
problem ("Needs attention: …") and a "Sync now" button.

It only shows what ``SyncController`` reports (no data file access here). Clicking the
summary or the problem asks for the details view.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from starapp.ui.dates import display_date
from starapp.ui.sync_controller import OFFLINE, ONLINE, SyncController, SyncView

PROBLEM_CHARS = 60  # the status bar shows the start of the reason; the rest is a tooltip


def local_time(iso: str | None) -> str:
    """A stored UTC time as the user reads it: "14:02" today, else "3 Mar 2026 14:02"."""
    if not iso:
        return ""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    when = when.toLocalTime()
    clock = QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
    if when.date() == QDateTime.currentDateTime().date():
        return clock
    return f"{display_date(when.date().toString(Qt.DateFormat.ISODate))} {clock}"


class SyncStatusWidget(QWidget):
    detailsRequested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._controller = controller
        self.summary = QToolButton(objectName="syncSummary", autoRaise=True)
        self.summary.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.last = QLabel(objectName="syncLast")
        self.problem = QToolButton(objectName="syncProblem", autoRaise=True)
        self.problem.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problem.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.problem.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        font = self.problem.font()
        font.setBold(True)
        self.problem.setFont(font)
        self.sync_now = QToolButton(objectName="syncNow", text=self.tr("Sync now"))
        self.sync_now.setToolTip(self.tr("Send waiting changes to the charity now"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for w in (self.summary, self.last, self.problem, self.sync_now):
            layout.addWidget(w)

        self.summary.clicked.connect(self.detailsRequested)
        self.problem.clicked.connect(self.detailsRequested)
        self.sync_now.clicked.connect(controller.sync_now)
        controller.statusChanged.connect(self.show_view)
        self.show_view(controller.view())

    def show_view(self, view: SyncView) -> None:
        """Texts from the view already read: no data file access here."""
        summary = self.summary_text(view)
        self.summary.setText(summary)
        connectivity = {
            ONLINE: self.tr("This computer seems to be online."),
            OFFLINE: self.tr("This computer seems to be offline; changes wait here safely."),
        }.get(
            view.connectivity,
            self.tr("starapp cannot tell whether this computer is online; it will just try."),
        )
        self.summary.setToolTip(
            self.tr("{connectivity} Click for the queue and the delivery history.").format(
                connectivity=connectivity
            )
        )
        self.summary.setAccessibleName(self.tr("Sync status: {text}").format(text=summary))
        self.summary.setAccessibleDescription(connectivity)
        if view.syncing:
            self.last.setText(self.tr("Syncing…"))
        elif view.status.targets:
            when = local_time(view.status.last_success_at) or self.tr("never")
            self.last.setText(self.tr("Last sync: {when}").format(when=when))
        else:
            self.last.setText("")
        self.last.setVisible(bool(self.last.text()))
        if view.attention:
            reason = view.attention[0]
            more = len(view.attention) - 1
            text = self.tr("Needs attention: {reason}").format(reason=reason)
            short = text if len(text) <= PROBLEM_CHARS else text[: PROBLEM_CHARS - 1] + "…"
            if more:
                short += self.tr(" (+{n} more)").format(n=more)
            self.problem.setText(short)
            full = "\n".join(
                self.tr("Needs attention: {reason}").format(reason=r) for r in view.attention
            )
            self.problem.setToolTip(full)
            self.problem.setAccessibleName(full)
        self.problem.setVisible(bool(view.attention))
        self.sync_now.setEnabled(bool(view.status.targets) and not view.syncing)

    def summary_text(self, view: SyncView) -> str:
        status = view.status
        if not status.targets:
            if not status.waiting:
                return self.tr("Sync not set up")
            return self.tr("{n} waiting — no sync target set up").format(n=status.waiting)
        waiting = (
            self.tr("{n} waiting").format(n=status.waiting)
            if status.waiting
            else self.tr("All changes delivered")
        )
        if view.connectivity == ONLINE:
            return self.tr("{waiting} — online").format(waiting=waiting)
        if view.connectivity == OFFLINE:
            return self.tr("{waiting} — offline").format(waiting=waiting)
        return waiting
