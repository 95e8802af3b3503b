"""One person: who they are, their readings, and how far they have come.

The left side has tabs: the star (latest reading over the first and/or previous one),
each area's scores over time (a pyqtgraph chart, loaded the first time the tab is
opened so start-up never waits for pyqtgraph), the "distance travelled" table and the
action plan. The right side lists the readings, and a banner above both offers to
continue each draft (both in ``person_readings``). "My star PDF…" makes the page the
person keeps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from starapp.core.errors import NotFoundError
from starapp.core.people import Person
from starapp.core.readings import Reading
from starapp.core.reports import distance_travelled
from starapp.core.templates import StarTemplate
from starapp.ui import print_dialog
from starapp.ui.action_plan import ActionPlanPanel
from starapp.ui.dates import display_date
from starapp.ui.distance_table import DistanceTable
from starapp.ui.erase_dialog import erase_person_dialog
from starapp.ui.ops import Ops, show_error
from starapp.ui.person_dialog import PersonDialog
from starapp.ui.person_readings import DraftBanners, ReadingsPanel
from starapp.ui.person_star import PersonStarPanel
from starapp.ui.star_widget import StarWidget
from starapp.ui.subject_access_export import subject_access_dialog

if TYPE_CHECKING:
    from starapp.ui.progress_chart import ProgressChart


class PersonPage(QWidget):
    backRequested = Signal()
    newReadingRequested = Signal(str)  # person id
    openReadingRequested = Signal(str)  # reading id

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._person: Person | None = None
        self.dialog: PersonDialog | None = None
        self.print_dialog: print_dialog.PrintDialog | None = None
        self.chart: ProgressChart | None = None
        self._chart_stale = True
        self._template: StarTemplate | None = None
        self._readings: list[Reading] = []
        self._build()
        ops.changed.connect(self._on_changed)
        for keys in (QKeySequence(QKeySequence.StandardKey.Cancel), QKeySequence("Alt+Left")):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.backRequested)

    # --- building -----------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← People"), objectName="backButton")
        self.back_button.setToolTip(self.tr("Back to the list of people (Esc)"))
        self.back_button.clicked.connect(self.backRequested)
        self.title = QLabel(objectName="personTitle", wordWrap=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.archived_badge = QLabel(self.tr("Archived"), objectName="archivedBadge")
        self.archived_badge.setStyleSheet(
            "background: #5f6368; color: white; border-radius: 4px; padding: 2px 8px;"
        )
        self.details = QLabel(objectName="personDetails", wordWrap=True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        # no mnemonic: Alt+E is the Edit menu, whose "Edit person details…" is Ctrl+E
        self.edit_button = QPushButton(self.tr("Edit details…"), objectName="editButton")
        self.edit_button.setToolTip(self.tr("Change this person's details (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_person)
        self.archive_button = QPushButton(objectName="archiveButton")
        self.archive_button.clicked.connect(self.toggle_archived)
        self.pdf_button = QPushButton(self.tr("My star &PDF…"), objectName="myStarPdf")
        self.pdf_button.setToolTip(
            self.tr("A page for the person to keep: their star, stages and next steps")
        )
        self.pdf_button.clicked.connect(self.my_star_pdf)
        self.access_button = QPushButton(
            self.tr("E&xport everything…"), objectName="subjectAccessButton"
        )
        self.access_button.setAccessibleName(self.tr("Export everything about this person"))
        self.access_button.setToolTip(
            self.tr(
                "Everything held about this person, as a readable PDF and a JSON file "
                "(for a subject access request)"
            )
        )
        self.access_button.clicked.connect(self.export_everything)
        self.erase_button = QPushButton(self.tr("Erase person…"), objectName="eraseButton")
        self.erase_button.setAccessibleName(self.tr("Erase this person"))
        self.erase_button.setToolTip(
            self.tr("Remove this person and everything about them for good; asks first")
        )
        self.erase_button.clicked.connect(self.erase_person)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.archived_badge)
        top.addWidget(self.pdf_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.archive_button)

        self.drafts_box = DraftBanners()
        self.drafts_box.continueRequested.connect(self.openReadingRequested)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, objectName="personSplitter")
        splitter.addWidget(self._tabs())
        self.readings_panel = ReadingsPanel()
        self.readings_panel.newRequested.connect(self._new_reading)
        self.readings_panel.openRequested.connect(self.openReadingRequested)
        splitter.addWidget(self.readings_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self._splitter_moved = False
        splitter.splitterMoved.connect(self._user_moved_splitter)

        details = QHBoxLayout()  # the rarely used, weighty actions sit apart from the top row
        details.addWidget(self.details, 1)
        details.addWidget(self.access_button)
        details.addWidget(self.erase_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(details)
        layout.addLayout(self.drafts_box)
        layout.addWidget(splitter, 1)

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget(objectName="personTabs")
        self.tabs.setDocumentMode(True)
        self.star_panel = PersonStarPanel()
        self.chart_page = QStackedWidget(objectName="chartPage")
        self.chart_loading = QLabel(
            self.tr("Loading the chart…"), alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.chart_page.addWidget(self.chart_loading)
        self.distance = DistanceTable()
        self.plan = ActionPlanPanel(self._ops)
        self.plan.summaryChanged.connect(self._plan_title)
        self.tabs.addTab(self.star_panel, self.tr("&Star"))
        self.tabs.addTab(self.chart_page, self.tr("S&cores over time"))
        self.tabs.addTab(self.distance, self.tr("&Distance travelled"))
        self.tabs.addTab(self.plan, self.tr("Action p&lan"))
        self.tabs.currentChanged.connect(self._tab_changed)
        return self.tabs

    @property
    def star(self) -> StarWidget | None:
        return self.star_panel.star

    @property
    def star_stack(self) -> QStackedWidget:
        return self.star_panel.stack

    @property
    def star_caption(self) -> QLabel:
        return self.star_panel.caption

    @property
    def readings(self) -> QTreeWidget:
        return self.readings_panel.list

    @property
    def new_reading_button(self) -> QPushButton:
        return self.readings_panel.new_reading_button

    # --- showing a person -----------------------------------------------------------

    @property
    def person(self) -> Person | None:
        return self._person

    def show_person(self, person_id: str) -> None:
        self._person = self._ops.store.people.get(person_id)
        self.refresh()

    def refresh(self) -> None:
        if self._person is None:
            return
        try:
            self._person = person = self._ops.store.people.get(self._person.id)
        except NotFoundError:
            self._person = None
            self.backRequested.emit()
            return
        readings = self._ops.store.readings.for_person(person.id)
        self._readings = readings
        finals = [r for r in readings if r.is_final]
        self._template = template = self._template_for(readings)
        self._show_header(person)
        self.drafts_box.show_drafts([r for r in readings if not r.is_final])
        self.star_panel.show_readings(finals, template if finals else None)
        self.pdf_button.setEnabled(bool(finals))
        self.distance.set_distance(distance_travelled(template, readings) if template else None)
        self._show_plan()
        self._chart_stale = True
        if self.tabs.currentWidget() is self.chart_page:
            self._update_chart()
        self.readings_panel.show_readings(readings)
        self._fit_readings()

    def _template_for(self, readings: list[Reading]) -> StarTemplate | None:
        """The latest final reading's template, else the latest draft's, else the first
        available one (so steps can be planned before any reading)."""
        store = self._ops.store
        finals = [r for r in readings if r.is_final]
        if finals or readings:
            return store.readings.template_of((finals or readings)[-1])
        available = store.templates.available()
        return available[0] if available else None

    def _show_plan(self) -> None:
        if self._person is None:
            return
        steps = self._ops.store.actions.for_person(self._person.id)
        self.plan.show_plan(self._person.id, steps, self._template, self._readings)

    def _plan_title(self, title: str) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.plan), title)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is not self.chart_page:
            return
        if self.chart is None:
            QTimer.singleShot(0, self.load_chart)  # show "Loading…" first
        else:
            self._update_chart()

    def _update_chart(self) -> None:
        """Redraw the chart if the data changed since it was drawn (only while shown)."""
        if self.chart is not None and self._template is not None and self._chart_stale:
            self.chart.set_readings(self._template, self._readings)
            self._chart_stale = False

    def load_chart(self) -> ProgressChart:
        """Create the chart (importing pyqtgraph) the first time it is needed."""
        if self.chart is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                from starapp.ui.progress_chart import ProgressChart

                self.chart = ProgressChart()
                self.chart.setObjectName("progressChart")
                self.chart_page.addWidget(self.chart)
                self.chart_page.setCurrentWidget(self.chart)
            finally:
                QApplication.restoreOverrideCursor()
            self._chart_stale = True
            self._update_chart()
        return self.chart

    def _show_header(self, person: Person) -> None:
        self.title.setText(
            f"{person.reference}  ·  {person.name}" if person.name else person.reference
        )
        self.archived_badge.setVisible(person.archived)
        self.archive_button.setText(self.tr("&Restore") if person.archived else self.tr("A&rchive"))
        self.archive_button.setToolTip(
            self.tr("Bring this person back into the list")
            if person.archived
            else self.tr("Hide this person from the list; nothing is deleted")
        )
        none = self.tr("not set")
        parts = [
            self.tr("Project: {0}").format(person.project or none),
            self.tr("Key worker: {0}").format(person.key_worker or none),
        ]
        if person.date_of_birth:
            parts.append(self.tr("Born: {0}").format(_keep(display_date(person.date_of_birth))))
        parts.append(self._consent_text(person))
        self.details.setText("   ·   ".join(parts))

    def _consent_text(self, person: Person) -> str:
        consent = person.consent
        if consent.given is None:
            return self.tr("Consent: not asked yet")
        state = self.tr("given") if consent.given else self.tr("refused")
        extra = ", ".join(p for p in (_keep(display_date(consent.date)), consent.method) if p)
        return self.tr("Consent: {0}").format(f"{state} ({extra})" if extra else state)

    def _fit_readings(self) -> None:
        """The readings list gets the width its columns need, up to half the page."""
        wanted = self.readings_panel.fit_columns()
        if not self._splitter_moved:
            total = sum(self.splitter.sizes()) or self.width()
            right = min(wanted, total // 2)
            self.splitter.setSizes([total - right, right])

    def _user_moved_splitter(self) -> None:
        self._splitter_moved = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_readings()

    # --- actions ------------------------------------------------------------------

    def _new_reading(self) -> None:
        if self._person is not None:
            self.newReadingRequested.emit(self._person.id)

    def edit_person(self) -> None:
        if self._person is None:
            return
        self.dialog = PersonDialog(self._ops, self._person, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    def toggle_archived(self) -> None:
        if self._person is None:
            return
        try:
            self._ops.set_archived(self._person.id, not self._person.archived)
        except Exception as exc:
            show_error(self, exc)

    def my_star_pdf(self) -> None:
        """Ask for the paper, then save or print the person's "My star" page."""
        if self._person is not None and self._template is not None:
            self.print_dialog = print_dialog.my_star_dialog(
                self, self._ops, self._person, self._template, self._readings
            )

    def export_everything(self) -> None:
        """Subject access: a PDF and a JSON file of everything held about this person."""
        if self._person is not None:
            subject_access_dialog(self, self._ops, self._person.id)

    def erase_person(self) -> None:
        if self._person is not None:
            erase_person_dialog(self, self._ops, self._person.id)

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity in ("person", "reading", "file"):
            self.refresh()
        elif entity == "action":
            self._show_plan()


def _keep(text: str) -> str:
    """Text that should not be broken across lines (a date)."""
    return text.replace(" ", "\u00a0")
