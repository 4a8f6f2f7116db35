"""The outbreak dashboard: cases per township and week as a heat grid (an outbreak shows
as colour moving from row to row), cases per pest and week as stacked bars, and the
open cases per township. Read once when shown; the filters only re-slice what was read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.bundle import Services
from fieldapp.services.outbreaks import MAX_WEEKS, NO_TOWNSHIP, NOT_DIAGNOSED, OTHER, Outbreaks
from fieldapp.tasks import Tasks

from . import style
from .outbreak_chart import HEAT_COLOURS, HeatGrid, StackedBars

DEFAULT_WEEKS = 8
SECTION_POINT_SIZE = 13
SIDE_WIDTH = 300
MAX_GRID_HEIGHT = 380  # about 13 townships; more scroll


class OutbreakPage(QWidget):
    def __init__(self, services: Services, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.data: Outbreaks | None = None
        self._generation = 0  # a slow read finishing after a newer one is dropped

        title = QLabel(self.tr("Pest outbreaks"))
        style.set_point_size(title, style.TITLE_POINT_SIZE, bold=True)
        self.weeks = QComboBox()
        for weeks, text in (
            (4, self.tr("Last 4 weeks")),
            (8, self.tr("Last 8 weeks")),
            (12, self.tr("Last 12 weeks")),
            (26, self.tr("Last 26 weeks")),
        ):
            self.weeks.addItem(text, weeks)
        self.weeks.setCurrentIndex(self.weeks.findData(DEFAULT_WEEKS))
        self.pest = QComboBox()
        self.township = QComboBox()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for label, combo, width in (
            (self.tr("Period"), self.weeks, 150),
            (self.tr("Pest"), self.pest, 170),
            (self.tr("Township"), self.township, 150),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            combo.setMinimumHeight(36)
            combo.setMinimumWidth(width)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaxVisibleItems(20)
            top.addSpacing(12)
            top.addWidget(caption)
            top.addWidget(combo)
        self.weeks.currentIndexChanged.connect(lambda *_: self.show_data())
        self.pest.currentIndexChanged.connect(lambda *_: self.show_data())
        self.township.currentIndexChanged.connect(lambda *_: self.show_data())

        # The heat grid, in a scroll area for a coop with many townships.
        self.heat_title = self._section_title()
        self.heat_hint = QLabel()
        self.heat_hint.setWordWrap(True)
        style.set_role(self.heat_hint, "hint")
        self.heat_scale = QLabel(
            self.tr("Fewer")
            + " "
            + "".join(f'<span style="color:{c}; font-size:16pt">■</span>' for c in HEAT_COLOURS)
            + " "
            + self.tr("More")
        )
        self.heat_scale.setTextFormat(Qt.TextFormat.RichText)
        self.heat = HeatGrid()
        self.heat.townshipClicked.connect(self.choose_township)
        scroll = QScrollArea()
        scroll.setWidget(self.heat)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heat_scroll = scroll
        self.bars_title = self._section_title()
        self.bars = StackedBars()
        charts = QVBoxLayout()
        charts.setSpacing(4)
        below = QHBoxLayout()
        below.addWidget(self.heat_scale)
        below.addSpacing(16)
        below.addWidget(self.heat_hint, 1)
        charts.addWidget(self.heat_title)
        charts.addWidget(scroll, 3)
        charts.addLayout(below)
        charts.addSpacing(8)
        charts.addWidget(self.bars_title)
        charts.addWidget(self.bars, 2)

        # Open cases now, per township.
        open_title = self._section_title()
        open_title.setText(self.tr("Open cases now"))
        self.open_total = QLabel()
        style.set_point_size(self.open_total, 22, bold=True)
        self.due_total = QLabel()
        style.set_point_size(self.due_total, 12)
        self.open_table = QTableWidget(0, 3)
        self.open_table.setHorizontalHeaderLabels(
            [self.tr("Township"), self.tr("Open"), self.tr("Follow-up due")]
        )
        self.open_table.setStyleSheet(style.TABLE)
        self.open_table.verticalHeader().hide()
        self.open_table.verticalHeader().setDefaultSectionSize(32)
        self.open_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.open_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.open_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.open_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.open_table.cellClicked.connect(self._open_row_clicked)
        self.open_hint = QLabel(
            self.tr("Cases not yet marked resolved. The list of them is on the Field visits page.")
        )
        self.open_hint.setWordWrap(True)
        style.set_role(self.open_hint, "hint")
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(open_title)
        side.addWidget(self.open_total)
        side.addWidget(self.due_total)
        side.addWidget(self.open_table, 1)
        side.addWidget(self.open_hint)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(SIDE_WIDTH)
        side.setContentsMargins(0, 0, 0, 0)

        content = QWidget()
        body = QHBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(20)
        body.addLayout(charts, 1)
        body.addWidget(side_box)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        style.set_role(self.empty, "hint")
        style.set_point_size(self.empty, 14)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        self.content = content

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.stack, 1)
        self.empty.setText(self.tr("Reading the field visits…"))
        self.stack.setCurrentWidget(self.empty)

    def _section_title(self) -> QLabel:
        label = QLabel()
        style.set_point_size(label, SECTION_POINT_SIZE, bold=True)
        return label

    # -- names as shown --------------------------------------------------------------------

    def pest_name(self, pest: str) -> str:
        if pest == OTHER:
            return self.tr("Other")
        if pest == NOT_DIAGNOSED:
            return self.tr("Not diagnosed")
        return pest

    def township_name(self, township: str) -> str:
        return township if township != NO_TOWNSHIP else self.tr("No township")

    # -- reading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown by the program, not restored from minimised
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        service = self.services.outbreaks
        self.tasks.run(
            lambda: service.load(MAX_WEEKS),
            lambda data, error: self._loaded(generation, data, error),
        )

    def _loaded(self, generation: int, data: Outbreaks | None, error: BaseException | None) -> None:
        if generation != self._generation:
            return
        if error is not None or data is None:
            self.empty.setText(
                self.tr("The field visits could not be read: %1").replace("%1", str(error))
            )
            self.stack.setCurrentWidget(self.empty)
            return
        self.data = data
        self._fill(self.pest, self.tr("All pests"), [(p, self.pest_name(p)) for p in data.pests()])
        self._fill(
            self.township,
            self.tr("All townships"),
            [(t, self.township_name(t)) for t in data.townships],
        )
        self.show_data()

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        """Refill a filter, keeping the choice if it is still there."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for key, text in items:
            combo.addItem(text, key)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- showing ---------------------------------------------------------------------------

    def chosen_weeks(self) -> int:
        return int(self.weeks.currentData() or DEFAULT_WEEKS)

    def chosen_pest(self) -> str | None:
        return self.pest.currentData()

    def chosen_township(self) -> str | None:
        return self.township.currentData()

    def choose_township(self, township: str) -> None:
        """A click on a township's row: its pests below; a second click: all townships."""
        index = self.township.findData(township)
        if township == self.chosen_township() or index < 0:
            index = 0
        self.township.setCurrentIndex(index)

    def _open_row_clicked(self, row: int, _column: int) -> None:
        if self.data is not None and 0 <= row < len(self.data.open_cases):
            self.choose_township(self.data.open_cases[row].township)

    def show_data(self) -> None:
        data = self.data
        if data is None:
            return
        if data.empty:
            self.empty.setText(
                self.tr(
                    "No field visits in the last 26 weeks. When technicians record visits, "
                    "the cases appear here by township and week."
                )
            )
            self.stack.setCurrentWidget(self.empty)
            self._enable_filters(False)
            return
        self.stack.setCurrentWidget(self.content)
        self._enable_filters(True)
        weeks, pest, township = self.chosen_weeks(), self.chosen_pest(), self.chosen_township()
        current = data.weeks(1)[0]

        grid = data.heat(weeks, pest)
        self.heat.empty_text = self.tr("No cases in these weeks.")
        self.heat.set_grid(grid, [self.township_name(t) for t in grid.townships], current, township)
        # All rows at their smallest if they fit in a laptop's screen, else a scroll bar.
        self.heat_scroll.setMinimumHeight(
            min(self.heat.minimumSizeHint().height(), MAX_GRID_HEIGHT)
        )
        if pest is None:
            self.heat_title.setText(self.tr("All cases per township and week"))
        else:
            self.heat_title.setText(
                self.tr("Cases of %1 per township and week").replace("%1", self.pest_name(pest))
            )
        if not grid.total:
            self.heat_hint.setText(self.tr("No cases of this pest in these weeks."))
        else:
            self.heat_hint.setText(
                self.tr(
                    "The dashed column is this week, not over yet. "
                    "Click a township to see its pests below."
                )
            )

        stack = data.by_pest(weeks, township, keep=pest)
        self.bars.empty_text = self.tr("No cases in these weeks.")
        self.bars.set_stack(
            stack,
            [self.pest_name(s) for s in stack.series],
            current,
            other=OTHER,
            folded_names=[self.pest_name(p) for p in stack.folded],
            ranking=data.pests(),
        )
        if township is None:
            self.bars_title.setText(self.tr("Cases per pest and week, all townships"))
        else:
            self.bars_title.setText(
                self.tr("Cases per pest and week in %1").replace("%1", self.township_name(township))
            )
        # The same left edge for both charts, so a week's column lines up in both.
        gutter = max(self.heat.natural_gutter(), self.bars.natural_gutter())
        self.heat.gutter = self.bars.gutter = gutter
        self._show_open(data, township)

    def _enable_filters(self, enabled: bool) -> None:
        for combo in (self.weeks, self.pest, self.township):
            combo.setEnabled(enabled)

    def _show_open(self, data: Outbreaks, township: str | None) -> None:
        self.open_total.setText(self.tr("%1 open").replace("%1", str(data.open_total)))
        self.due_total.setText(
            self.tr("%1 follow-up visits due").replace("%1", str(data.due_total))
        )
        table = self.open_table
        table.setRowCount(len(data.open_cases))
        for row, cases in enumerate(data.open_cases):
            values = (self.township_name(cases.township), str(cases.open), str(cases.due))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                font = item.font()
                font.setBold(cases.township == township)
                item.setFont(font)
                table.setItem(row, column, item)
