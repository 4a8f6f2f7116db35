"""The main window: navigation between the five jobs, menus, shortcuts, status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.services.bundle import Services
from fieldapp.settings import Settings
from fieldapp.tasks import Tasks

from . import style
from .growers_page import GrowersPage
from .messages import save_failure_text

if TYPE_CHECKING:
    from .grower_editor import GrowerEditor
    from .outbreak_page import OutbreakPage
    from .settings_page import SettingsPage
    from .sync_page import SyncPage
    from .visits_page import VisitsPage
    from .weighing_page import WeighingPage

GROWERS, VISITS, OUTBREAKS, WEIGHING, SYNC, SETTINGS = range(6)
SYNC_EVERY_MS = 5 * 60 * 1000


class MainWindow(QMainWindow):
    def __init__(
        self, services: Services, tasks: Tasks, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.settings = settings
        self.editor: GrowerEditor | None = None
        self.import_dialog: QDialog | None = None
        self.cards_dialog: QDialog | None = None
        self.about_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("FieldApp"))
        self.setMinimumSize(QSize(1000, 640))

        self.growers = GrowersPage(services, tasks)
        # Built when first shown: each Qt class a screen uses costs start-up time the
        # first time it is touched (PySide creates its Python type and enums lazily).
        self.settings_page: SettingsPage | None = None
        self.weighing_page: WeighingPage | None = None
        self.visits_page: VisitsPage | None = None
        self.outbreak_page: OutbreakPage | None = None
        self.sync_page: SyncPage | None = None
        self.visit_editor: QDialog | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.growers)
        self.pages.addWidget(QWidget())  # replaced by the visits page on first visit
        self.pages.addWidget(QWidget())  # replaced by the outbreak dashboard on first visit
        self.pages.addWidget(QWidget())  # replaced by the weighing page on first visit
        self.pages.addWidget(QWidget())  # replaced by the sync page on first visit
        self.pages.addWidget(QWidget())  # replaced by the settings page on first visit

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(style.NAVIGATION)
        self.navigation.setFixedWidth(170)
        self.navigation.setIconSize(QSize(26, 26))
        # Words only, large: clearer than small icons, and QStyle's icons cost start-up time.
        style.set_point_size(self.navigation, 14)
        self.navigation.setSpacing(2)
        for title in self.page_titles():
            self.navigation.addItem(QListWidgetItem(title))
        self.navigation.currentRowChanged.connect(self.show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.due_button = QPushButton()
        self.due_button.setFlat(True)
        self.due_button.hide()
        self.due_button.clicked.connect(self._show_due_visits)
        self.statusBar().addPermanentWidget(self.due_button)
        self.questions_button = QPushButton()
        self.questions_button.setFlat(True)
        self.questions_button.hide()
        self.questions_button.clicked.connect(self._show_questions)
        self.statusBar().addPermanentWidget(self.questions_button)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Laptop %s") % services.about().device_code)
        )

        self._build_menus()
        self.growers.newRequested.connect(lambda: self.open_grower(""))
        self.growers.editRequested.connect(self.open_grower)
        self.growers.countChanged.connect(self._show_count)
        self.growers.importRequested.connect(self.import_sheet)
        self.growers.exportRequested.connect(self.export_list)
        self.growers.cardsRequested.connect(self.print_cards)

        self._restore_geometry()
        self.navigation.setCurrentRow(
            settings.get(keys.LAST_PAGE)
            if 0 <= settings.get(keys.LAST_PAGE) < self.pages.count()
            else 0
        )
        self.growers.reload()
        self.check_reminders()
        # Sync in the background whenever a network is there; the window never waits.
        self._syncing = False
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_EVERY_MS)
        self.sync_timer.timeout.connect(self.background_sync)
        self.sync_timer.start()

    def background_sync(self) -> None:
        """One quiet round if this laptop is enrolled; failures only show on the Sync
        page (no network in a village is normal, not an alarm)."""
        if self._syncing:
            return
        self._syncing = True
        services = self.services
        from .round_settings import prepare_round  # httpx: only once a round runs

        prepare_round(services, self.settings)

        def work() -> object:
            if not services.sync.status().enrolled:
                return None
            return services.sync.sync_now()

        self.tasks.run(work, self._background_synced, write=True)

    def _background_synced(self, report: object, error: BaseException | None) -> None:
        self._syncing = False
        if error is None and getattr(report, "pulled", 0):
            self.growers.reload()
            self.check_reminders()
        if self.sync_page is not None:
            self.sync_page.reload()

    def page_titles(self) -> list[str]:
        return [
            self.tr("Growers"),
            self.tr("Field visits"),
            self.tr("Outbreaks"),
            self.tr("Weighing"),
            self.tr("Sync"),
            self.tr("Settings"),
        ]

    # -- menus and shortcuts ---------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.tr("&Import growers…"), "Ctrl+I", self.growers.importRequested
        )
        self.export_action = self._action(
            self.tr("&Export list…"), "Ctrl+E", self.growers.exportRequested
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        )

        growers_menu = bar.addMenu(self.tr("&Growers"))
        self.new_action = self._action(
            self.tr("&New grower"), QKeySequence.StandardKey.New, lambda: self.open_grower("")
        )
        growers_menu.addAction(self.new_action)
        growers_menu.addAction(
            self._action(self.tr("&Open selected"), "Ctrl+O", self.growers.edit_current)
        )
        growers_menu.addAction(
            self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self._find)
        )
        growers_menu.addAction(
            self._action(self.tr("Grower &cards…"), "Ctrl+P", self.growers.cardsRequested)
        )

        go_menu = bar.addMenu(self.tr("&View"))
        for number, title in enumerate(self.page_titles()):
            go_menu.addAction(
                self._action(
                    title,
                    f"Ctrl+{number + 1}",
                    lambda *_, n=number: self.navigation.setCurrentRow(n),
                )
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About FieldApp"), "F1", self.show_about))

    def show_page(self, index: int) -> None:
        if index == SETTINGS and self.settings_page is None:
            self._build_settings_page()
        if index == WEIGHING and self.weighing_page is None:
            self._build_weighing_page()
        if index == VISITS and self.visits_page is None:
            self._build_visits_page()
        if index == VISITS and self.visits_page is not None:
            self.visits_page.reload()
        if index == SYNC and self.sync_page is None:
            self._build_sync_page()
        elif index == SYNC and self.sync_page is not None:
            self.sync_page.reload()
        if index == OUTBREAKS and self.outbreak_page is None:
            self._build_outbreak_page()  # it reads its data each time it is shown
        self.pages.setCurrentIndex(index)
        if index == GROWERS:
            self.growers.focus_search()

    def _install_page(self, index: int, page: QWidget) -> None:
        """Put a page built on first visit where its empty placeholder stood."""
        placeholder = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()

    def _build_sync_page(self) -> None:
        from .sync_page import SyncPage  # httpx: only once sync is looked at

        page = SyncPage(self.services, self.tasks, self.settings)
        page.synced.connect(self.growers.reload)
        page.synced.connect(self.check_reminders)  # questions from growers may have come
        self._install_page(SYNC, page)
        self.sync_page = page

    def _build_settings_page(self) -> None:
        from .settings_page import SettingsPage

        page = SettingsPage(self.services, self.settings, self.tasks)
        page.placesChanged.connect(self.growers.reload_pick_lists)
        page.placesChanged.connect(self.growers.reload)
        self._install_page(SETTINGS, page)
        self.settings_page = page

    def _build_visits_page(self) -> None:
        from .visits_page import VisitsPage

        page = VisitsPage(self.services, self.tasks)
        page.newRequested.connect(lambda: self.open_visit(""))
        page.openRequested.connect(self.open_visit)
        page.dueChanged.connect(self._show_due)
        page.questionsChanged.connect(self._show_asked)
        self._install_page(VISITS, page)
        self.visits_page = page

    def _build_outbreak_page(self) -> None:
        from .outbreak_page import OutbreakPage

        page = OutbreakPage(self.services, self.tasks)
        self._install_page(OUTBREAKS, page)
        self.outbreak_page = page

    def open_visit(self, visit_id: str, grower_id: str = "") -> None:
        from .visit_editor import VisitEditor

        editor = VisitEditor(
            self.services,
            self.tasks,
            visit_id,
            grower_id=grower_id,
            technician=self.settings.get(keys.TECHNICIAN) or self.settings.get(keys.CLERK),
            parent=self,
            settings=self.settings,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda *_: self.visits_page and self.visits_page.reload())
        editor.openOther.connect(self.open_visit)
        self.visit_editor = editor
        editor.open()

    def check_reminders(self) -> None:
        """The start page's reminders: follow-up visits due today or earlier, and growers'
        questions from their phones that wait for an answer."""
        visits = self.services.visits

        def count() -> tuple[int, int]:
            return len(visits.follow_ups_due()), len(visits.questions())

        self.tasks.run(count, self._reminded)

    def _reminded(self, counts: tuple[int, int] | None, error: BaseException | None) -> None:
        due, asked = counts if counts is not None else (0, 0)
        self._show_due(due)
        self._show_asked(asked)

    def _show_due(self, count: int) -> None:
        self.due_button.setText(self.tr("%n follow-up visit(s) due", "", count))
        self.due_button.setVisible(count > 0)

    def _show_asked(self, count: int) -> None:
        self.questions_button.setText(self.tr("%n grower question(s) to answer", "", count))
        self.questions_button.setVisible(count > 0)

    def _show_due_visits(self) -> None:
        from .visits_page import DUE

        self._open_visits_tab(DUE)

    def _show_questions(self) -> None:
        from .visits_page import QUESTIONS

        self._open_visits_tab(QUESTIONS)

    def _open_visits_tab(self, tab: int) -> None:
        self.navigation.setCurrentRow(VISITS)  # builds the page on first use
        if self.visits_page is not None:
            self.visits_page.tabs.setCurrentIndex(tab)

    def _build_weighing_page(self) -> None:
        from .weighing_page import WeighingPage  # the scale, ReportLab, cryptography

        page = WeighingPage(self.services, self.tasks, self.settings)
        self._install_page(WEIGHING, page)
        self.weighing_page = page

    def _find(self) -> None:
        self.navigation.setCurrentRow(GROWERS)
        self.growers.focus_search()

    def _show_count(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("%n grower(s)", "", total))

    # -- growers ---------------------------------------------------------------------------

    def open_grower(self, grower_id: str) -> None:
        from .grower_editor import GrowerEditor

        if self.editor is not None:
            self.editor.close()
        editor = GrowerEditor(self.services, self.tasks, grower_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._grower_saved)
        editor.openOther.connect(self.open_grower)
        editor.newVisit.connect(lambda grower_id: self.open_visit("", grower_id))
        editor.openVisit.connect(self.open_visit)
        editor.finished.connect(lambda *_: self._editor_closed(editor))
        self.editor = editor
        editor.open()

    def _editor_closed(self, editor: GrowerEditor) -> None:
        # An older editor may finish after a newer one opened (openOther): keep the newer.
        if self.editor is editor:
            self.editor = None

    def _grower_saved(self, grower_id: str) -> None:
        self.statusBar().showMessage(self.tr("Saved"), 4000)
        self.growers.reload_and_select(grower_id)

    def import_sheet(self) -> None:
        from .import_dialog import ImportDialog  # openpyxl: load on first use

        dialog = ImportDialog(
            self.services.registry,
            self.services.places,
            self.services.importer,
            self.tasks,
            self.settings,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()

    def _imported(self, count: int) -> None:
        self.statusBar().showMessage(self.tr("%n grower(s) imported", "", count), 8000)
        self.growers.reload_pick_lists()
        self.growers.reload()
        if self.settings_page is not None:
            self.settings_page.reload()

    def export_list(self) -> None:
        folder = self.settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the grower list"),
            str(Path(folder) / self.tr("growers.xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Export the growers the list shows now (search and filters applied)."""
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        self.settings.set(keys.LAST_EXPORT_DIR, str(path.parent))
        nums, exporter = self.growers.shown_nums(), self.services.exporter
        self.statusBar().showMessage(self.tr("Exporting…"))

        def done(count: int | None, error: BaseException | None) -> None:
            if error is not None:
                QMessageBox.warning(self, self.tr("Not exported"), save_failure_text(error))
            else:
                self.statusBar().showMessage(
                    self.tr("%n grower(s) exported to %1", "", count or 0).replace("%1", str(path)),
                    8000,
                )

        self.tasks.run(lambda: exporter.export(path, nums), done)

    def print_cards(self) -> None:
        from .cards_dialog import CardsDialog  # ReportLab: load on first use

        dialog = CardsDialog(
            self.services,
            self.tasks,
            self.settings,
            self.growers.selected_nums(),
            self.growers.shown_nums(),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.cards_dialog = dialog
        dialog.open()

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        dialog = AboutDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    # -- window state ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1280, 800)
        state = self.settings.get(keys.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        header = self.settings.get(keys.GROWER_TABLE_STATE)
        if header:
            self.growers.table.horizontalHeader().restoreState(QByteArray(header))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(keys.WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(
            keys.GROWER_TABLE_STATE, bytes(self.growers.table.horizontalHeader().saveState().data())
        )
        self.settings.set(keys.LAST_PAGE, self.pages.currentIndex())
        self.settings.sync()
        if self.weighing_page is not None:
            self.weighing_page.stop()  # the scale reader's thread
        self.tasks.wait()
        super().closeEvent(event)
