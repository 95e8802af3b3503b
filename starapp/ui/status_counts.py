"""The status bar's right-hand side: how many people and readings the data file holds.

People are counted at once (an indexed count). Readings and drafts need whole-file
counts that take a few hundred milliseconds on a large file, so they are counted on a
worker thread with its own read connection (WAL lets it read while the window writes);
requests arriving meanwhile are folded into one more count afterwards.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from starapp.store import Store
from starapp.ui.numbers import count
from starapp.ui.ops import Ops

log = logging.getLogger(__name__)


class StatusCounts(QObject):
    def __init__(self, ops: Ops, label: QLabel) -> None:
        super().__init__(label)
        self._ops = ops
        self._label = label
        self._people = (0, 0)  # active, archived
        self._readings: dict[str, int] | None = None
        self._running = False
        self._again = False
        ops.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self._count_people()
        self._count_readings()

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity == "file":
            self._readings = None
            self.refresh()
        elif entity == "person":
            self._count_people()
        if entity in ("reading", "person"):
            self._count_readings()

    def _count_people(self) -> None:
        people = self._ops.store.people
        self._people = (people.count(archived=False), people.count(archived=True))
        self._show()

    def _show(self) -> None:
        """Text from the counts already made: no data file access here."""
        active, archived = self._people
        parts = [
            self.tr("1 person") if active == 1 else self.tr("{n} people").format(n=count(active))
        ]
        if self._readings is not None:
            final = self._readings["final"]
            parts.append(
                self.tr("1 reading")
                if final == 1
                else self.tr("{n} readings").format(n=count(final))
            )
        if archived:
            parts.append(self.tr("{n} archived").format(n=count(archived)))
        drafts = self._readings["draft"] if self._readings else 0
        if drafts:
            parts.append(
                self.tr("1 draft") if drafts == 1 else self.tr("{n} drafts").format(n=count(drafts))
            )
        self._label.setText(" · ".join(parts))

    def _count_readings(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self._ops.run_on_own_connection(_reading_counts, self._counted, self._failed)

    def _counted(self, result: tuple[Path, dict[str, int]]) -> None:
        path, counts = result
        self._running = False
        if path == self._ops.store.path:
            self._readings = counts
            self._show()
        self._rerun_if_asked()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        log.warning("Could not count readings: %s", type(exc).__name__)
        self._rerun_if_asked()

    def _rerun_if_asked(self) -> None:
        if self._again:
            self._again = False
            self._count_readings()


def _reading_counts(store: Store) -> tuple[Path, dict[str, int]]:
    """On the worker thread: the file counted (another may be open by the time it ends)."""
    stats = store.stats()
    return store.path, {"final": stats["readings_final"], "draft": stats["readings_draft"]}
