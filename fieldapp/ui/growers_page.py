"""The grower list: search as you type, filters, sorting, and the way into each grower."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.search import Kind, classify
from fieldapp.services.bundle import Services
from fieldapp.services.registry import ListFilter
from fieldapp.tasks import Tasks

from . import style
from .grower_model import GrowerTableModel

FIRST_PAGE = 200  # rows fetched before the first paint; a screen shows about 25


class GrowersPage(QWidget):
    newRequested = Signal()
    editRequested = Signal(str)  # grower id
    importRequested = Signal()
    exportRequested = Signal()
    cardsRequested = Signal()
    countChanged = Signal(int, int)  # shown, total

    def __init__(self, services: Services, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._generation = 0
        self._sort = ("name", False)
        self._open_single_result = False
        self._select_after = ""
        self._total = 0
        self.count_label = QLabel()
        style.set_role(self.count_label, "hint")

        self.search = QLineEdit()
        self.search.setObjectName("growerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search: name, pinyin initials (zs), last digits of phone or ID, village")
        )
        style.set_point_size(self.search, style.SEARCH_POINT_SIZE)
        self.search.setMinimumHeight(44)
        self.search.textChanged.connect(self.reload)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)

        self.township = QComboBox()
        self.village = QComboBox()
        self.crop = QComboBox()
        self.status = QComboBox()
        for combo in (self.township, self.village, self.crop, self.status):
            combo.setMinimumWidth(130)
            combo.currentIndexChanged.connect(self.reload)
        self.township.currentIndexChanged.connect(self._fill_villages)

        self.new_button = QPushButton(self.tr("New grower"))
        self.new_button.clicked.connect(self.newRequested)
        self.import_button = QPushButton(self.tr("Import sheet…"))
        self.import_button.clicked.connect(self.importRequested)
        self.export_button = QPushButton(self.tr("Export list…"))
        self.export_button.clicked.connect(self.exportRequested)
        self.cards_button = QPushButton(self.tr("Grower cards…"))
        self.cards_button.clicked.connect(self.cardsRequested)

        self.model = GrowerTableModel(services.registry, self)
        self.table = QTableView()
        self.table.setObjectName("growerTable")
        self.table.setStyleSheet(style.TABLE)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(GrowerTableModel.COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
        # Connected after the initial sortByColumn: the first search runs once, from reload().
        self.model.sortRequested.connect(self._sort_by)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        for key, width in (("card", 120), ("name", 160), ("gender", 60), ("phone", 130),
                           ("id_number", 180), ("township", 100), ("village", 110),
                           ("plots", 60), ("area", 90), ("crops", 140)):  # fmt: skip
            header.resizeSection(GrowerTableModel.COLUMNS.index(key), width)
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.table.installEventFilter(self)

        self.empty_title = QLabel()
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_point_size(self.empty_title, style.TITLE_POINT_SIZE, bold=True)
        self.empty_text = QLabel()
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        style.set_role(self.empty_text, "hint")
        self.empty_new = QPushButton(self.tr("Register the first grower"))
        self.empty_new.clicked.connect(self.newRequested)
        self.empty_import = QPushButton(self.tr("Import the cooperative's spreadsheet…"))
        self.empty_import.clicked.connect(self.importRequested)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_new)
        buttons.addWidget(self.empty_import)
        buttons.addStretch(1)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.cards_button)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Township"), self.township),
            (self.tr("Village"), self.village),
            (self.tr("Crop"), self.crop),
            (self.tr("Status"), self.status),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        self.reload_pick_lists()

    # -- filters and searching -------------------------------------------------------------

    def reload_pick_lists(self) -> None:
        """Refill the filter lists (after the coop edited them or an import added villages)."""
        places = self._services.places
        self._refill(self.township, self.tr("All townships"), places.townships())
        self._refill(self.crop, self.tr("All crops"), places.crops())
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All"), "")
        self.status.addItem(self.tr("Active"), "active")
        self.status.addItem(self.tr("Left"), "left")
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(False)
        self._fill_villages()

    def _fill_villages(self) -> None:
        township = self.township.currentData() or None
        self._refill(
            self.village, self.tr("All villages"), self._services.places.villages(township)
        )

    @staticmethod
    def _refill(combo: QComboBox, everything: str, entries: list) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for entry in entries:
            combo.addItem(entry.name, entry.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def current_filter(self) -> ListFilter:
        return ListFilter(
            query=classify(self.search.text()),
            township_id=self.township.currentData() or "",
            village_id=self.village.currentData() or "",
            crop_id=self.crop.currentData() or "",
            status=self.status.currentData() or "",
            sort=self._sort[0],
            descending=self._sort[1],
        )

    def reload(self) -> None:
        """Search on a worker; only the newest search's result is shown.

        The first page comes first (it is all most searches need, and it paints within a
        keystroke); the rest of a long result follows in a second step and is appended
        below it, so the rows on screen do not move.
        """
        self._generation += 1
        generation = self._generation
        spec = self.current_filter()
        registry = self._services.registry

        def first_page() -> tuple[list[int], int]:
            return registry.find(spec, FIRST_PAGE), registry.count()

        def shown(result: tuple[list[int], int] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # a newer keystroke has already asked again
            if error is not None or result is None:
                self.count_label.setText(self.tr("Search failed: %s") % error)
                return
            nums, total = result
            complete = len(nums) < FIRST_PAGE
            self._show(nums, total, complete)
            if not complete:
                self._tasks.run(lambda: registry.find(spec), rest)

        def rest(nums: list[int] | None, error: BaseException | None) -> None:
            if generation != self._generation or error is not None or nums is None:
                return
            shown_now = self.model.nums()
            if nums[: len(shown_now)] == shown_now:
                self.model.extend(nums[len(shown_now) :])
            else:  # the registry changed between the two steps
                self.model.set_nums(nums)
            self._show_count(len(nums))

        self._tasks.run(first_page, shown)

    def _show(self, nums: list[int], total: int, complete: bool) -> None:
        selected = [self._select_after] if self._select_after else self.selected_ids()
        self._select_after = ""
        self.model.set_nums(nums)
        self._total = total
        if complete:
            self._show_count(len(nums))
        if nums:
            self.stack.setCurrentIndex(0)
        else:
            self._show_empty(self._searching())
        self._restore_selection(selected)
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.scrollTo(rows[0])
        if self._open_single_result and len(nums) == 1:
            self._edit_row(0)
        self._open_single_result = False

    def _searching(self) -> bool:
        return self.current_filter() != ListFilter(sort=self._sort[0], descending=self._sort[1])

    def _show_count(self, found: int) -> None:
        if self._searching():
            self.count_label.setText(self.tr("%n grower(s) found", "", found))
        else:
            self.count_label.setText(self.tr("%n grower(s) registered", "", self._total))
        self.countChanged.emit(found, self._total)

    def _show_empty(self, searching: bool) -> None:
        self.stack.setCurrentIndex(1)
        self.empty_new.setVisible(not searching)
        self.empty_import.setVisible(not searching)
        if searching:
            self.empty_title.setText(self.tr("No grower matches"))
            self.empty_text.setText(
                self.tr(
                    "Try fewer characters, pinyin initials such as zs, the last 4 digits "
                    "of a phone number, or clear the filters."
                )
            )
        else:
            self.empty_title.setText(self.tr("No growers yet"))
            self.empty_text.setText(
                self.tr(
                    "Register growers one by one, or import the member list the "
                    "cooperative already keeps in Excel."
                )
            )

    def _sort_by(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.reload()

    def _search_entered(self) -> None:
        """Enter in the search box: a scanned card or a single match opens the grower."""
        if self.model.rowCount() == 1:
            self._edit_row(0)
        elif classify(self.search.text()).kind == Kind.CARD:
            self._open_single_result = True  # the result may not have arrived yet
        elif self.model.rowCount() > 1:
            self._focus_table()

    # -- selection and keyboard ------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [gid for gid in (self.model.grower_id(r) for r in rows) if gid]

    def selected_nums(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        nums = self.model.nums()
        return [nums[r] for r in rows if r < len(nums)]

    def shown_nums(self) -> list[int]:
        return self.model.nums()

    def _restore_selection(self, grower_ids: list[str]) -> None:
        if len(grower_ids) > 100:
            return  # a select-all: finding each row again would cost more than it helps
        for gid in grower_ids:
            row = self.model.row_of(gid)
            if row >= 0:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def reload_and_select(self, grower_id: str) -> None:
        """After a save: search again, then select and show that grower."""
        self._select_after = grower_id
        self.reload()

    def _edit_row(self, row: int) -> None:
        grower_id = self.model.grower_id(row)
        if grower_id:
            self.editRequested.emit(grower_id)

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._edit_row(index.row())

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self._focus_table()
                return True
            if watched is self.search and key == Qt.Key.Key_Escape:
                self.search.clear()
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
            if watched is self.table and event.text().isprintable() and event.text().strip():
                # Typing in the list goes on searching (a scanner may fire into the table).
                self.search.setFocus()
                self.search.insert(event.text())
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
