"""The technician's page: today's visits, open cases by township, follow-ups due, and the
growers' questions from their phones that wait for an answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from fieldapp.domain.visits import Severity, VisitKind, VisitStatus
from fieldapp.services.bundle import Services
from fieldapp.services.visits import VisitRow
from fieldapp.tasks import Tasks

from . import style

TODAY, OPEN, DUE, QUESTIONS = range(4)


def severity_text(value: str) -> str:
    return {
        Severity.NONE: QCoreApplication.translate("VisitsPage", "None"),
        Severity.LIGHT: QCoreApplication.translate("VisitsPage", "Light"),
        Severity.MODERATE: QCoreApplication.translate("VisitsPage", "Moderate"),
        Severity.SEVERE: QCoreApplication.translate("VisitsPage", "Severe"),
    }.get(value, value)


def status_text(value: str) -> str:
    return {
        VisitStatus.OPEN: QCoreApplication.translate("VisitsPage", "Open"),
        VisitStatus.TREATED: QCoreApplication.translate("VisitsPage", "Treated, watching"),
        VisitStatus.RESOLVED: QCoreApplication.translate("VisitsPage", "Resolved"),
    }.get(value, value)


class VisitsPage(QWidget):
    """Emits openRequested(visit id) and newRequested() for the main window's editor."""

    openRequested = Signal(str)
    newRequested = Signal()
    dueChanged = Signal(int)  # follow-ups due today, for the start page's reminder
    questionsChanged = Signal(int)  # growers' questions waiting, for the same

    def __init__(self, services: Services, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.rows: dict[int, list[VisitRow]] = {TODAY: [], OPEN: [], DUE: [], QUESTIONS: []}
        title = QLabel(self.tr("Field visits"))
        style.set_point_size(title, style.TITLE_POINT_SIZE, bold=True)
        self.new_button = QPushButton(self.tr("New visit… (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open the visit"))
        self.catalogue_button = QPushButton(self.tr("Pest catalogue…"))
        self.catalogue_button.clicked.connect(self.show_catalogue)
        for button in (self.new_button, self.open_button, self.catalogue_button):
            button.setMinimumHeight(40)
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.open_current)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.catalogue_button)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        self.tabs = QTabWidget()
        self.tables: dict[int, QTableWidget] = {}
        for index, name in (
            (TODAY, self.tr("Today")),
            (OPEN, self.tr("Open cases")),
            (DUE, self.tr("Follow-ups due")),
            (QUESTIONS, self.tr("Growers' questions")),
        ):
            table = self._table()
            self.tables[index] = table
            self.tabs.addTab(table, name)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_role(self.empty, "hint")
        style.set_point_size(self.empty, 13)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty)
        self.tabs.currentChanged.connect(lambda *_: self._show_empty())

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 8)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Grower"),
                self.tr("Township"),
                self.tr("Village"),
                self.tr("Diagnosis"),
                self.tr("Severity"),
                self.tr("Status"),
                self.tr("Follow-up"),
            ]
        )
        table.setStyleSheet(style.TABLE)
        table.verticalHeader().setDefaultSectionSize(34)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda *_: self.open_current())
        return table

    def reload(self) -> None:
        visits = self.services.visits

        def read() -> dict[int, list[VisitRow]]:
            return {
                TODAY: visits.today(),
                OPEN: visits.open_cases(),
                DUE: visits.follow_ups_due(),
                QUESTIONS: visits.questions(),
            }

        self.tasks.run(read, self._loaded)

    def _loaded(self, rows: dict[int, list[VisitRow]] | None, error: BaseException | None) -> None:
        if error is not None or rows is None:
            self.empty.setText(
                self.tr("The visits could not be read: %1").replace("%1", str(error))
            )
            return
        self.rows = rows
        for index, table in self.tables.items():
            table.setRowCount(len(rows[index]))
            for r, row in enumerate(rows[index]):
                d = row.visit.data
                severity = severity_text(d.severity) + (
                    f" {d.affected_percent}%" if d.affected_percent else ""
                )
                if d.kind == VisitKind.REMOTE and not d.diagnosis:  # nobody has looked yet
                    severity = ""
                values = [
                    d.visited_on,
                    f"{row.grower_name}  {row.card_no}",
                    row.township,
                    row.village,
                    d.diagnosis or self.asked_text(d.symptoms),
                    severity,
                    status_text(d.status),
                    d.follow_up_on,
                ]
                for c, value in enumerate(values):
                    table.setItem(r, c, QTableWidgetItem(value))
        self.tabs.setTabText(DUE, self.tr("Follow-ups due (%1)").replace("%1", str(len(rows[DUE]))))
        self.tabs.setTabText(
            QUESTIONS, self.tr("Growers' questions (%1)").replace("%1", str(len(rows[QUESTIONS])))
        )
        self._show_empty()
        self.dueChanged.emit(len(rows[DUE]))
        self.questionsChanged.emit(len(rows[QUESTIONS]))

    def asked_text(self, symptoms: str) -> str:
        """What an unanswered question shows where the diagnosis will be."""
        return self.tr("Asks: %1").replace("%1", symptoms) if symptoms else ""

    def _show_empty(self) -> None:
        index = self.tabs.currentIndex()
        if self.rows.get(index):
            self.empty.hide()
            return
        self.empty.setText(
            {
                TODAY: self.tr("No visits recorded today. Press “New visit” after a field visit."),
                OPEN: self.tr("No open cases: every problem recorded is resolved."),
                DUE: self.tr("No follow-ups are due."),
                QUESTIONS: self.tr(
                    "No questions wait for an answer. Growers ask from the link on their "
                    "card; their questions come with the next sync."
                ),
            }[index]
        )
        self.empty.show()

    def current_visit_id(self) -> str:
        index = self.tabs.currentIndex()
        row = self.tables[index].currentRow()
        rows = self.rows.get(index, [])
        return rows[row].visit.id if 0 <= row < len(rows) else ""

    def open_current(self) -> None:
        visit_id = self.current_visit_id()
        if visit_id:
            self.openRequested.emit(visit_id)

    def show_catalogue(self) -> None:
        """The catalogue to read and to change the coop's entries, outside any visit."""
        from .catalogue_picker import CataloguePicker

        picker = CataloguePicker(self.services, self.tasks, parent=self, browse=True)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.catalogue = picker
        picker.open()
