"""The main window: a stack of pages (people list, one person, the reading editor),
the menus, and a status bar naming the data file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QStackedWidget,
    QWidget,
)

from starapp.store import Store
from starapp.store.location import demo_data_path
from starapp.ui import file_lock, print_dialog, reading_launch
from starapp.ui.help_dialog import HelpDialog, show_about
from starapp.ui.lock import LockController
from starapp.ui.ops import Ops, show_error
from starapp.ui.people_list import PeopleListPage
from starapp.ui.person_dialog import PersonDialog
from starapp.ui.person_page import PersonPage
from starapp.ui.retention_reminder import RetentionReminder
from starapp.ui.status_counts import StatusCounts
from starapp.ui.sync_ui import SyncUi
from starapp.ui.unlock_dialog import open_data_file

log = logging.getLogger(__name__)

DEMO_PEOPLE = 200


class MainWindow(QMainWindow):
    def __init__(
        self, ops: Ops, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._ops = ops
        self._settings = settings or QSettings()
        self.dialog: PersonDialog | None = None
        self.help_dialog: HelpDialog | None = None
        self.editor: QWidget | None = None
        self.reports_page: QWidget | None = None
        self._demo_progress: QProgressDialog | None = None

        self.stack = QStackedWidget(objectName="pages")
        self.people_page = PeopleListPage(ops)
        self.person_page = PersonPage(ops)
        self.stack.addWidget(self.people_page)
        self.stack.addWidget(self.person_page)
        self.setCentralWidget(self.stack)

        self.people_page.personActivated.connect(self.open_person)
        self.people_page.addPersonRequested.connect(self.add_person)
        self.people_page.demoRequested.connect(self.open_demo)
        self.person_page.backRequested.connect(self.show_people)
        self.person_page.newReadingRequested.connect(self.new_reading)
        self.person_page.openReadingRequested.connect(self.open_reading_editor)
        self.stack.currentChanged.connect(self._page_changed)

        self.sync = SyncUi(self, ops)  # sync: controller, status bar part, menu actions
        self._make_menus()
        self.file_label = QLabel(objectName="fileLabel")
        self.counts_label = QLabel(objectName="countsLabel")
        self.statusBar().addWidget(self.file_label, 1)
        self.retention = RetentionReminder(ops, self.open_retention, self)
        self.statusBar().addPermanentWidget(self.retention.button)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.sync.status)
        self.counts = StatusCounts(ops, self.counts_label)
        ops.changed.connect(self._on_changed)
        self._show_file()
        self._restore_settings()
        self._page_changed()
        self.locker = LockController(self, ops, self._settings)  # idle and Ctrl+L (lock.py)

    # --- menus ----------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _make_menus(self) -> None:
        keys = QKeySequence.StandardKey
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.new_person_action = self._action(
            self.tr("&New person…"), self.add_person, keys.New, "newPerson"
        )
        file.addAction(self.new_person_action)
        file.addSeparator()
        file.addAction(
            self._action(self.tr("&Open data file…"), self.open_data_file, keys.Open, "openFile")
        )
        file.addAction(self._action(self.tr("Open the &demo data"), self.open_demo, None, "demo"))
        file.addSeparator()
        file.addAction(
            self._action(
                self.tr("&Print blank star…"),
                lambda: print_dialog.blank_star_dialog(self, self._ops),
                None,
                "printBlankStar",
            )
        )
        file.addSeparator()
        file.addAction(self.sync.import_action)
        file.addSeparator()
        file.addAction(self._action(self.tr("&Lock"), lambda: self.locker.lock(), "Ctrl+L", "lock"))
        quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", "quit")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file.addAction(quit_action)

        edit = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(self.tr("&Find a person"), self.find, keys.Find, "find")
        edit.addAction(self.find_action)
        self.edit_person_action = self._action(
            self.tr("&Edit person details…"), self.person_page.edit_person, "Ctrl+E", "editPerson"
        )
        edit.addAction(self.edit_person_action)
        self.archive_action = self._action(
            self.tr("&Archive or restore person"),
            self.person_page.toggle_archived,
            None,
            "archivePerson",
        )
        edit.addAction(self.archive_action)
        self.access_action = self._action(
            self.tr("E&xport everything about this person…"),
            self.person_page.export_everything,
            None,
            "subjectAccess",
        )
        edit.addAction(self.access_action)
        self.erase_action = self._action(
            self.tr("E&rase person…"), self.person_page.erase_person, None, "erasePerson"
        )
        edit.addAction(self.erase_action)
        edit.addSeparator()
        # Ctrl+, is also the standard Preferences key where a platform has one (Cmd+,)
        settings = self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,", "settings")
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit.addAction(settings)

        view = bar.addMenu(self.tr("&View"))
        view.addAction(self._action(self.tr("&People list"), self.show_people, "Ctrl+1", "people"))
        self.new_reading_action = self._action(
            self.tr("&New reading for this person"),
            lambda: self.person_page.person and self.new_reading(self.person_page.person.id),
            "Ctrl+R",
            "newReading",
        )
        view.addAction(self.new_reading_action)
        self.reports_action = self._action(
            self.tr("&Reports…"), self.show_reports, "Ctrl+2", "reports"
        )  # Ctrl+R is "new reading"; Ctrl+Shift+R as well as Ctrl+2
        self.reports_action.setShortcuts([QKeySequence("Ctrl+2"), QKeySequence("Ctrl+Shift+R")])
        view.addAction(self.reports_action)

        tools = bar.addMenu(self.tr("&Tools"))
        self.sync.fill_menu(tools)
        tools.addAction(self._action(self.tr("Service &keys…"), self.open_keys, None, "keys"))
        tools.addSeparator()
        tools.addAction(
            self._action(
                self.tr("&Retention…"),
                self.open_retention,
                None,
                "retention",
            )
        )
        tools.addAction(self._action(self.tr("&Audit log…"), self.open_audit, None, "audit"))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("starapp &Help"), self.show_help, keys.HelpContents, "help")
        )
        about = self._action(self.tr("&About starapp"), self.show_about, None, "about")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    # --- pages ------------------------------------------------------------------------

    def show_people(self) -> None:
        current = self.person_page.person
        self.stack.setCurrentWidget(self.people_page)
        if current is not None:
            self.people_page.select_person(current.id)
        self.people_page.table.setFocus()

    def show_reports(self) -> None:
        """The service report page, made the first time it is asked for."""
        if self.reports_page is None:
            from starapp.ui.reports_view import ReportsView

            self.reports_page = ReportsView(self._ops)
            self.reports_page.backRequested.connect(self.show_people)
            self.stack.addWidget(self.reports_page)
        self.stack.setCurrentWidget(self.reports_page)
        self.reports_page.run_button.setFocus()

    def open_person(self, person_id: str) -> None:
        try:
            self.person_page.show_person(person_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.stack.setCurrentWidget(self.person_page)
        self.person_page.readings.setFocus()

    def find(self) -> None:
        self.stack.setCurrentWidget(self.people_page)
        self.people_page.focus_search()

    def add_person(self) -> None:
        self.dialog = PersonDialog(self._ops, None, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._person_added)
        self.dialog.open()

    def _person_added(self) -> None:
        dialog = self.sender()
        if isinstance(dialog, PersonDialog) and dialog.saved is not None:
            self.open_person(dialog.saved.id)

    def new_reading(self, person_id: str) -> None:
        reading_id = reading_launch.start_reading(self, self._ops, person_id)
        if reading_id:
            self.open_reading_editor(reading_id)

    def open_reading_editor(self, reading_id: str) -> None:
        """Show the reading editor for ``reading_id`` in the page stack."""
        editor = reading_launch.make_editor(self, self._ops, reading_id)
        if editor is None:
            return
        self._drop_editor()
        self.editor = editor
        reading_launch.connect_close(editor, self._editor_closed)
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None

    def _editor_closed(self, *_args: object) -> None:
        if self.person_page.person is not None:
            self.person_page.refresh()
            self.stack.setCurrentWidget(self.person_page)
        else:
            self.show_people()

    def _page_changed(self, *_args: object) -> None:
        on_person = self.stack.currentWidget() is self.person_page
        for action in (
            self.edit_person_action,
            self.archive_action,
            self.new_reading_action,
            self.access_action,
            self.erase_action,
        ):
            action.setEnabled(on_person)

    # --- data files -------------------------------------------------------------------

    def open_data_file(self) -> None:
        start = str(self._ops.store.path.parent)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a data file"),
            start,
            self.tr("starapp data files (*.db *.starapp);;All files (*)"),
        )
        if path:
            self.switch_to(Path(path))

    def switch_to(self, path: Path, *, create: bool = False) -> bool:
        if path.resolve() == self._ops.store.path.resolve():
            return True
        try:
            file_lock.acquire(path)  # one window per data file
            store = open_data_file(self, path, create=create)  # asks for a passphrase if needed
        except Exception as exc:
            file_lock.release(path)
            show_error(self, exc)
            return False
        if store is None:  # the user cancelled the unlock
            file_lock.release(path)
            return False
        self.show_people()  # leaving the editor saves its last typing to the current file
        self._drop_editor()
        self._ops.switch_store(store)
        file_lock.release_all_but(path)
        from starapp.ui.service_settings import after_open

        after_open(self, self._ops, self.sync.controller)  # the worker's name; set-up if new
        log.info("Switched data file")
        return True

    def open_demo(self) -> None:
        path = demo_data_path()
        if path.exists():
            self.switch_to(path)
            return
        self._demo_progress = QProgressDialog(
            self.tr("Making fictional demo people…"), "", 0, 0, self
        )
        self._demo_progress.setCancelButton(None)
        self._demo_progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._demo_progress.setMinimumDuration(200)
        self._ops.run_in_background(lambda: _make_demo(path), self._demo_ready, self._demo_failed)

    def _demo_ready(self, path: Path) -> None:
        self._close_progress()
        self.switch_to(path)

    def _demo_failed(self, exc: BaseException) -> None:
        self._close_progress()
        show_error(self, exc)

    def _close_progress(self) -> None:
        if self._demo_progress is not None:
            self._demo_progress.reset()
            self._demo_progress.deleteLater()
            self._demo_progress = None

    # --- status bar and title ----------------------------------------------------------

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity == "file":
            self._show_file()

    def _show_file(self) -> None:
        path = self._ops.store.path
        self.setWindowTitle(self.tr("{file} — starapp").format(file=path.name))
        self.file_label.setText(self.tr("Data file: {file}").format(file=path.name))
        self.file_label.setToolTip(str(path))

    # --- dialogs of the Edit and Tools menus (imported when first asked for: start-up) --

    def open_settings(self) -> None:
        from starapp.ui.settings_dialog import open_settings_dialog

        open_settings_dialog(self, self._ops, self.locker)

    def open_keys(self) -> None:
        from starapp.ui.keys_dialog import open_keys_dialog

        open_keys_dialog(self, self._ops)

    def open_retention(self) -> None:
        from starapp.ui.retention_dialog import open_retention_dialog

        open_retention_dialog(self, self._ops)

    def open_audit(self) -> None:
        from starapp.ui.audit_view import open_audit_view

        open_audit_view(self, self._ops)

    # --- help -------------------------------------------------------------------------

    def show_help(self) -> None:
        """F1: the user guide, in a window beside the app."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def show_about(self) -> None:
        show_about(self)

    # --- settings (window shape only: never names or other personal data) -------------

    def _restore_settings(self) -> None:
        geometry = self._settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self._settings.value("mainWindow/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
        else:
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1200, screen.width() * 9 // 10), min(760, screen.height() * 9 // 10))
        header = self._settings.value("peopleTable/header")
        if isinstance(header, QByteArray):
            self.people_page.table.horizontalHeader().restoreState(header)

    def save_settings(self) -> None:
        self._settings.setValue("mainWindow/geometry", self.saveGeometry())
        self._settings.setValue("mainWindow/state", self.saveState())
        header = self.people_page.table.horizontalHeader().saveState()
        self._settings.setValue("peopleTable/header", header)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.sync.shutdown()
        self._ops.wait_for_background(5000)  # jobs hold their own connections; let them end
        super().closeEvent(event)


def _make_demo(path: Path) -> Path:
    """Runs on a worker thread: a new file filled with fictional people.

    Made under a temporary name and moved into place when complete, so a failure never
    leaves a half-filled demo file behind.
    """
    from starapp.store.demo import fill_demo

    part = path.with_name(path.name + ".part")
    for leftover in (part, part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm")):
        leftover.unlink(missing_ok=True)
    with Store.open(part, create=True) as store:
        fill_demo(store, people=DEMO_PEOPLE, seed=1)
    part.replace(path)
    return path
