"""A status-bar reminder that people are due for archiving or erasing.

Retention never runs by itself: erasing is final, so a person reviews the list first
(Tools → Retention…). But a small charity with no IT staff will not remember to look,
so when the service has retention rules (Settings → Privacy) the window checks them on
opening a file, after changes and every hour, and says in the status bar when someone
is due. The check runs on a worker thread (about 0.1–0.2 s for 10,000 people).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton

from starapp.store import Store
from starapp.store.retention import ARCHIVE, ERASE, RetentionPlan, plan_retention
from starapp.store.settings import load_settings
from starapp.ui.ops import Ops

log = logging.getLogger(__name__)

RECHECK_AFTER_CHANGE_MS = 2000  # people edited one after another: check once they pause
RECHECK_EVERY_MS = 60 * 60 * 1000  # the window may stay open for days


class RetentionReminder(QObject):
    """Keeps its ``button`` (for the status bar) hidden, or saying who is due; pressing
    it calls ``review`` (which opens the retention dialog)."""

    def __init__(self, ops: Ops, review: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._ops = ops
        self.button = button = QPushButton(objectName="retentionReminder")
        self.plan: RetentionPlan | None = None
        self._asked = 0  # a newer check makes an older one's answer stale
        button.setAccessibleName(self.tr("People due for retention"))
        button.setToolTip(
            self.tr(
                "The service's retention rules (Settings → Privacy) say these people's "
                "records are due to be archived or erased. Nothing changes until you review "
                "the list and apply it."
            )
        )
        button.hide()
        button.clicked.connect(review)
        self._soon = QTimer(self, singleShot=True, interval=RECHECK_AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.check)
        self._hourly = QTimer(self, interval=RECHECK_EVERY_MS)
        self._hourly.timeout.connect(self.check)
        self._hourly.start()
        ops.changed.connect(self._on_changed)
        self.check()

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity in ("file", "settings"):
            self.check()
        elif entity in ("person", "reading"):
            self._soon.start()

    def check(self) -> None:
        self._asked += 1
        asked, window_store = self._asked, self._ops.store

        def job() -> tuple[int, RetentionPlan | None]:
            try:
                with window_store.reopen() as store:
                    return asked, _plan(store)
            except Exception:
                # Nothing to show: opening the file or the retention dialog says what
                # is wrong in a sentence.
                log.warning("Retention check failed", exc_info=True)
                return asked, None

        # A method of this object, so the answer is dropped if the window has gone.
        self._ops.run_in_background(job, self._answer)

    def _answer(self, result: tuple[int, RetentionPlan | None]) -> None:
        asked, plan = result
        if asked == self._asked:  # else a newer check is on its way
            self._show(plan)

    def _show(self, plan: RetentionPlan | None) -> None:
        self.plan = plan
        archive = sum(1 for i in plan.items if i.action == ARCHIVE) if plan else 0
        erase = sum(1 for i in plan.items if i.action == ERASE) if plan else 0
        if archive and erase:
            text = self.tr("Retention: {archive} to archive, {erase} to erase…")
        elif archive:
            text = self.tr("Retention: {archive} to archive…")
        elif erase:
            text = self.tr("Retention: {erase} to erase…")
        else:
            self.button.hide()
            return
        self.button.setText(text.format(archive=archive, erase=erase))
        self.button.show()


def _plan(store: Store) -> RetentionPlan | None:
    """Who is due today; None when the service has no retention rules."""
    settings = load_settings(store)
    if not (settings.archive_after_months or settings.erase_after_months):
        return None
    return plan_retention(store, settings.archive_after_months, settings.erase_after_months)
