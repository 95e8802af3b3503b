"""The Reports page's filters: which readings a service report counts, and how.

A grid of choices (template, project, key worker, kind, dates, readings per person,
who took part) and two tick boxes (the person's own scores; only people who agreed to
share anonymised figures). ``current_filter`` turns them into a validated
``ReportFilter``; the report itself is run by ``reports_view.ReportsView``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from starapp.core.readings import Participation, ReadingKind
from starapp.core.report_filters import ReportFilter
from starapp.store import Store


class ReportFilterBar(QWidget):
    """The filter grid. The tick boxes belong to the filter but sit beside the page's
    Run report button, so the page lays them out (``own_scores``, ``shared_only``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.template = QComboBox(objectName="templateFilter")
        self.project = QComboBox(objectName="projectFilter")
        self.key_worker = QComboBox(objectName="keyWorkerFilter")
        self.date_from = QLineEdit(objectName="dateFrom", placeholderText=self.tr("YYYY-MM-DD"))
        self.date_to = QLineEdit(objectName="dateTo", placeholderText=self.tr("YYYY-MM-DD"))
        self.min_readings = QSpinBox(objectName="minReadings", minimum=1, maximum=99)
        self.kind = QComboBox(objectName="kindFilter")
        self.kind.addItem(self.tr("All kinds"), None)
        for k, word in (
            (ReadingKind.FIRST, self.tr("First")),
            (ReadingKind.REVIEW, self.tr("Review")),
            (ReadingKind.EXIT, self.tr("Exit")),
        ):
            self.kind.addItem(word, k)
        self.who = QComboBox(objectName="whoFilter")
        self.who.addItem(self.tr("All readings"), None)
        self.who.addItem(self.tr("Joint only"), Participation.JOINT)
        self.who.addItem(self.tr("Worker-only"), Participation.WORKER_ONLY)
        self.own_scores = QCheckBox(self.tr("Use the person's own scores"), objectName="ownScores")
        # Off by default (the service's own figures); the report's filter lines and every
        # export say whether it was on.
        self.shared_only = QCheckBox(
            self.tr("Only people who agreed to share &anonymised figures"),
            objectName="sharedFiguresOnly",
        )
        self.shared_only.setAccessibleName(
            self.tr("Only people who agreed to share anonymised figures")
        )
        self.shared_only.setToolTip(
            self.tr(
                "Count only people whose consent, still in force, includes sharing "
                "anonymised figures. Tick it for figures that leave the service."
            )
        )
        fields = [
            (self.tr("Te&mplate"), self.template),  # Alt+T is the Tools menu
            (self.tr("&Project"), self.project),
            (self.tr("&Key worker"), self.key_worker),
            (self.tr("K&ind"), self.kind),
            (self.tr("Rea&dings from"), self.date_from),  # Alt+F is the File menu
            (self.tr("t&o"), self.date_to),
            (self.tr("At least &N readings"), self.min_readings),
            (self.tr("&Who took part"), self.who),
        ]
        for combo in (self.template, self.project, self.key_worker, self.kind, self.who):
            # Long names (a project, a label in Welsh) must not widen the window past a
            # small laptop screen; the open list still shows them in full.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        for i, (text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            row, col = divmod(i, 4)
            grid.addWidget(label, row, col * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row, col * 2 + 1)
            grid.setColumnStretch(col * 2 + 1, 1)

    def fill_choices(self, store: Store) -> None:
        """Templates, projects and key workers present in the data file."""
        from starapp.store.report_queries import all_templates

        names: dict[str, str] = {}
        for t in sorted(all_templates(store), key=lambda t: t.version):
            names[t.key] = t.name
        for combo, everything, items in (
            (self.template, self.tr("All templates"), sorted(names.items(), key=lambda kv: kv[1])),
            (self.project, self.tr("All projects"), [(p, p) for p in store.people.projects()]),
            (
                self.key_worker,
                self.tr("All key workers"),
                [(w, w) for w in store.people.key_workers()],
            ),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for data, text in items:
                if data:
                    combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def current_filter(self) -> ReportFilter:
        """The filter the widgets describe; raises ValidationError with a sentence."""
        kind = self.kind.currentData()
        return ReportFilter(
            template_key=self.template.currentData(),
            project=self.project.currentData(),
            key_worker=self.key_worker.currentData(),
            date_from=self.date_from.text(),
            date_to=self.date_to.text(),
            min_readings=self.min_readings.value(),
            kinds=frozenset([kind]) if kind else frozenset(),
            participation=self.who.currentData(),
            own_scores=self.own_scores.isChecked(),
            shared_figures_only=self.shared_only.isChecked(),
        ).validated()

    def field_for(self, name: str) -> QWidget:
        """The control to put right when ``current_filter`` refused field ``name``."""
        return {"date_from": self.date_from, "date_to": self.date_to}.get(name, self.min_readings)
