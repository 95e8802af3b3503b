"""The Reports page: filters, "Run report" off the GUI thread, figures, charts, exports.

Work that touches the data file runs through ``ops.run_on_own_connection``: on a worker
thread with its own Store, never the window's connection.
Progress comes back through a small signal bridge; Cancel sets an event the query and
the exports check.

The page puts the parts together and runs the work; the filters are
``report_filter_bar``, the figures table ``report_area_table``, the charts
``reports_charts`` and the export writers ``report_export_job``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from starapp.core.errors import ValidationError
from starapp.core.report_export import ExportCancelled
from starapp.core.report_figures import ServiceReport, TemplateSection
from starapp.core.report_filters import ReportFilter
from starapp.core.report_model import definitions, empty_message
from starapp.store import Store
from starapp.store.report_queries import ReportCancelled
from starapp.ui.contrast import message_style
from starapp.ui.ops import Ops, error_text
from starapp.ui.report_area_table import AreaFiguresTable
from starapp.ui.report_export_job import FORMATS, run_export
from starapp.ui.report_filter_bar import ReportFilterBar
from starapp.ui.translation import tr

log = logging.getLogger(__name__)


class _Bridge(QObject):
    progress = Signal(int, int)  # done, total (0: unknown)


class ReportsView(QWidget):
    """The service report page. ``backRequested`` goes back to the people list."""

    backRequested = Signal()
    finished = Signal()  # a run or an export ended (done, failed or cancelled)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.report: ServiceReport | None = None
        self.busy = False
        self._cancel = threading.Event()
        self._bridge = _Bridge(self)
        self._bridge.progress.connect(self._on_progress)
        self._charts: Any = None
        self._build()
        ops.changed.connect(self._on_changed)
        self.fill_choices()

    # --- building -----------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← People"), objectName="backButton")
        back.clicked.connect(self.backRequested)
        title = QLabel(self.tr("Service report"), objectName="reportTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(back)
        top.addWidget(title)
        top.addStretch(1)
        outer.addLayout(top)

        self.filters = ReportFilterBar()
        outer.addWidget(self.filters)

        actions = QHBoxLayout()
        self.run_button = QPushButton(self.tr("&Run report"), objectName="runReport")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_report)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelReport")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar(objectName="reportProgress")
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(260)
        self.message = QLabel(objectName="reportMessage", wordWrap=True)
        actions.addWidget(self.filters.own_scores)
        actions.addWidget(self.filters.shared_only)
        actions.addStretch(1)
        actions.addWidget(self.message, 3)
        actions.addWidget(self.progress)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.run_button)
        outer.addLayout(actions)

        summary_row = QHBoxLayout()
        self.summary = QLabel(
            self.tr("Choose filters and press Run report."),
            objectName="reportSummary",
            wordWrap=True,
        )
        self.section = QComboBox(objectName="sectionPicker")
        self.section.setAccessibleName(self.tr("Report section"))
        self.section.setToolTip(self.tr("Which part of the report to show"))
        self.section.currentIndexChanged.connect(self._show_section)
        self.section.setVisible(False)
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.section)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton(
                self.tr("Export {fmt}…").format(fmt=fmt.upper()),
                objectName=f"export_{fmt}",
                enabled=False,
            )
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            summary_row.addWidget(button)
            self.export_buttons[fmt] = button
        outer.addLayout(summary_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="reportSplitter")
        left = QSplitter(Qt.Orientation.Vertical)
        self.table = AreaFiguresTable()
        self.definitions = QTextBrowser(objectName="definitions")
        self.definitions.setAccessibleName(self.tr("What the figures mean"))
        self.definitions.setToolTip(self.tr("How each figure in the report is worked out"))
        left.addWidget(self.table)
        left.addWidget(self.definitions)
        left.setSizes([500, 200])
        self.splitter.addWidget(left)
        self.chart_holder = QWidget()
        QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.setSizes([640, 600])
        outer.addWidget(self.splitter, 1)
        self._show_definitions(None)

    def fill_choices(self) -> None:
        """Templates, projects and key workers present in the data file."""
        self.filters.fill_choices(self._ops.store)

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity in ("file", "person") and not self.busy:
            self.fill_choices()

    # --- running ------------------------------------------------------------------

    def run_report(self) -> bool:
        """Start the report; False (with the reason shown) when the filters make no sense."""
        if self.busy:
            return False
        try:
            flt = self.filters.current_filter()
        except ValidationError as exc:
            self._say(error_text(exc), error=True)
            self.filters.field_for(exc.field).setFocus()
            return False
        self._say(self.tr("Working out the report…"))
        self._start(indeterminate=True)
        self._run(lambda store: self._compute(store, flt), self._report_ready)
        return True

    def _compute(self, store: Store, flt: ReportFilter) -> ServiceReport:
        from starapp.store.report_queries import service_report

        return service_report(store, flt, cancelled=self._cancel.is_set)

    def _run(self, work: Callable[[Store], Any], done: Callable[[Any], None]) -> None:
        self._ops.run_on_own_connection(
            work, lambda result: self._finish(done, result), self._failed
        )

    def _start(self, indeterminate: bool) -> None:
        self.busy = True
        self._cancel.clear()
        self.progress.setRange(0, 0 if indeterminate else 100)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.run_button.setEnabled(False)
        for b in self.export_buttons.values():
            b.setEnabled(False)

    def _stop(self) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.run_button.setEnabled(True)
        for b in self.export_buttons.values():
            b.setEnabled(self.report is not None)
        self.finished.emit()

    def cancel(self) -> None:
        self._cancel.set()
        self._say(self.tr("Cancelling…"))

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        try:
            done(result)
        finally:
            self._stop()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ReportCancelled | ExportCancelled) or self._cancel.is_set():
            self._say(self.tr("Cancelled; nothing was changed."))
        else:
            self._say(error_text(exc), error=True)
        self._stop()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(min(100, round(100 * done / total)))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(message_style(self, error=True, bold=True) if error else "")

    # --- showing ------------------------------------------------------------------

    def _report_ready(self, report: ServiceReport) -> None:
        self.report = report = _in_interface_language(report)
        self._say("")
        if report.is_empty:
            self.summary.setText(empty_message(tr))
        else:
            self.summary.setText(
                self.tr("{people} people and {readings} readings.").format(
                    people=report.people, readings=report.readings
                )
            )
        self.section.blockSignals(True)
        self.section.clear()
        for s in report.sections:
            self.section.addItem(s.template_name, s.template_key)
        self.section.blockSignals(False)
        self.section.setVisible(len(report.sections) > 0)
        self._show_section(0)
        self._show_definitions(report)

    def _show_section(self, index: int) -> None:
        section = self._section(index)
        self.table.show_section(section)
        if section is None:
            if self._charts is not None:
                self._charts.clear()
            return
        if self._charts is None:
            from starapp.ui.reports_charts import chart_widget

            self._charts = chart_widget(self.chart_holder)
            if self._charts is not None:
                self.chart_holder.layout().addWidget(self._charts)
        if self._charts is not None:
            self._charts.show_section(section)

    def _section(self, index: int) -> TemplateSection | None:
        if self.report is None or not (0 <= index < len(self.report.sections)):
            return None
        return self.report.sections[index]

    def _show_definitions(self, report: ServiceReport | None) -> None:
        if report is None:
            self.definitions.setPlainText("")
            return
        parts = [
            "<h3>" + self.tr("Filters used") + "</h3>",
            "<br>".join(_escape(line) for line in report.filter.describe(tr)),  # names: text
            "<h3>" + self.tr("Definitions") + "</h3>",
        ]
        parts += [f"<p>{_escape(d)}</p>" for d in report.definitions]
        self.definitions.setHtml("\n".join(parts))

    # --- exporting ----------------------------------------------------------------

    def _file_filter(self, fmt: str) -> str:
        return {
            "csv": self.tr("CSV (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "pdf": self.tr("PDF (*.pdf)"),
            "json": self.tr("JSON (*.json)"),
        }[fmt]

    def export(self, fmt: str) -> None:
        """Ask where to save, then ``export_to``."""
        if self.report is None:
            return
        start = str(Path(self._ops.store.path).parent / f"service-report.{fmt}")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), start, self._file_filter(fmt)
        )
        if path:
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path) -> bool:
        """Write the last report as ``fmt`` to ``path`` off the GUI thread."""
        if self.report is None or self.busy:
            return False
        report, bridge = self.report, self._bridge

        def progress(done: int, total: int | None) -> None:
            bridge.progress.emit(done, total or 0)

        self._say(self.tr("Writing {path}…").format(path=path))
        self._start(indeterminate=True)
        self._run(
            lambda store: run_export(store, fmt, path, report, progress, self._cancel.is_set),
            lambda written: self._say(
                self.tr("The report was saved to {path}.").format(path=written)
            ),
        )
        return True


def _in_interface_language(report: ServiceReport) -> ServiceReport:
    """Core writes a report's own words in English; shown and exported from here, the
    pooled row's name and the definitions follow the interface language."""
    sections = tuple(
        replace(s, overall=replace(s.overall, name=tr("All areas"))) for s in report.sections
    )
    return replace(report, sections=sections, definitions=definitions(tr))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
