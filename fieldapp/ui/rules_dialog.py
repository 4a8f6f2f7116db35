"""The coordinator's price list: the price of each crop and grade, its moisture and
impurity deductions, and the containers whose tare the station subtracts.

Saving a grade makes a new version of its rule; receipts already issued keep the
version they were priced with. Every value is checked before anything is saved,
and the message under the field says what is wrong.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.money import format_kg, format_yuan, parse_kg, parse_yuan
from fieldapp.domain.percent import format_bp, format_permille, parse_percent
from fieldapp.domain.pricing import Band, Container, PriceRule
from fieldapp.domain.text import clean
from fieldapp.services.bundle import Services
from fieldapp.tasks import Tasks

from . import forms, style
from .ledger_text import (
    GREEN,
    deduction_percent,
    error_text,
    validation_text,
)

MAX_GRADE = 20
MAX_CONTAINER_NAME = 20
MAX_PRICE_FEN = 10_000_000  # 100,000 yuan per kg: anything above is a typing mistake
MAX_TARE_G = 1_000_000  # 1,000 kg: heavier tares are weighed, not counted
MAX_RATE_BP = 10_000  # 100 % of the weight per point
BAD_CELL = QColor("#fdecea")


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setStyleSheet(style.TABLE)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(32)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _list_table(columns: list[str]) -> QTableWidget:
    """A read-only list whose rows are chosen, not edited."""
    table = _table(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    return table


def _item(text: str, right: bool = False, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class BandsEditor(QWidget):
    """A deduction table (from %, to % or empty, deduction % of the weight per point over)
    with rows added and removed, its error line, and a live example."""

    changed = Signal()
    FROM, TO, RATE = range(3)

    def __init__(self, quality: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quality = quality  # "moisture" or "impurity"
        self._example_edited = False
        self.table = _table([self.tr("From %"), self.tr("To %"), self.tr("Deduct %/point")])
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        # "From" and "To" hold a few digits; the last column takes the rest (stretches).
        self.table.setColumnWidth(self.FROM, 76)
        self.table.setColumnWidth(self.TO, 76)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(132)
        self.table.itemChanged.connect(self._edited)

        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.clicked.connect(self.remove_row)
        self.add_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)

        self.example_value = QLineEdit()
        self.example_value.setMaximumWidth(80)
        self.example_value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.example_value.textEdited.connect(self._example_typed)
        self.example = QLabel()
        self.example.setWordWrap(True)
        style.set_point_size(self.example, 12, bold=True)
        example_row = QHBoxLayout()
        example_row.addWidget(QLabel(self.tr("Try a reading:")))
        example_row.addWidget(self.example_value)
        example_row.addWidget(QLabel("%"))
        example_row.addStretch(1)

        self.error = forms.error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row_buttons)
        layout.addLayout(example_row)
        layout.addWidget(self.example)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.update_example()

    def _name(self) -> str:
        return self.tr("Moisture") if self.quality == "moisture" else self.tr("Impurity")

    # -- rows ------------------------------------------------------------------------------

    def set_bands(self, bands: tuple[Band, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for band in bands:
            self._append(
                format_permille(band.from_permille),
                "" if band.to_permille is None else format_permille(band.to_permille),
                format_bp(band.bp_per_point),
            )
        self.table.blockSignals(False)
        self._example_edited = False
        self.example_value.clear()
        _show_error(self.error, "")
        self.update_example()

    def _append(self, start: str, end: str, rate: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((start, end, rate)):
            self.table.setItem(row, column, _item(text, right=True))
        return row

    def add_row(self) -> None:
        """A new row starting where the last one ends."""
        start = ""
        if self.table.rowCount():
            last = self.table.item(self.table.rowCount() - 1, self.TO)
            start = last.text() if last else ""
        self.table.blockSignals(True)
        row = self._append(start, "", "")
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, self.TO if start else self.FROM)
        self.table.setFocus()
        self._edited()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def set_cell(self, row: int, column: int, text: str) -> None:
        while self.table.rowCount() <= row:
            self._append("", "", "")
        item = self.table.item(row, column)
        assert item is not None
        item.setText(text)

    def _edited(self, *_: object) -> None:
        if not self.error.isHidden():
            self.check()
        self.update_example()
        self.changed.emit()

    # -- reading and checking --------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return clean(item.text()) if item else ""

    def _mark(self, row: int, column: int, bad: bool) -> None:
        item = self.table.item(row, column)
        if item is not None:
            self.table.blockSignals(True)
            item.setBackground(BAD_CELL if bad else QColor(Qt.GlobalColor.transparent))
            self.table.blockSignals(False)

    def read(self) -> tuple[tuple[Band, ...], list[str]]:
        """The bands in order, and a sentence for each problem (empty rows are skipped)."""
        problems: list[str] = []
        bands: list[tuple[int, Band]] = []
        for row in range(self.table.rowCount()):
            for column in range(3):
                self._mark(row, column, False)
            texts = [self._text(row, c) for c in range(3)]
            if not any(texts):
                continue
            number = row + 1
            start = end = rate = None
            try:
                start = parse_percent(texts[self.FROM], 1)
            except ValueError:
                self._mark(row, self.FROM, True)
                problems.append(
                    self.tr(
                        "Row {row}: “From” must be a percentage with at most one decimal, "
                        "e.g. 14.0."
                    ).format(row=number)
                )
            if texts[self.TO]:
                try:
                    end = parse_percent(texts[self.TO], 1)
                except ValueError:
                    self._mark(row, self.TO, True)
                    problems.append(
                        self.tr(
                            "Row {row}: “To” must be a percentage with at most one decimal, "
                            "or empty for no limit."
                        ).format(row=number)
                    )
            try:
                rate = parse_percent(texts[self.RATE], 2)
            except ValueError:
                self._mark(row, self.RATE, True)
                problems.append(
                    self.tr(
                        "Row {row}: the deduction must be a percentage of the weight with at "
                        "most two decimals, e.g. 1.5."
                    ).format(row=number)
                )
            if start is None or rate is None or (texts[self.TO] and end is None):
                continue
            if not 0 <= start < 1000 or (end is not None and end > 1000):
                self._mark(row, self.FROM, True)
                problems.append(
                    self.tr("Row {row}: percentages go from 0 to 100.").format(row=number)
                )
                continue
            if end is not None and end <= start:
                self._mark(row, self.TO, True)
                problems.append(
                    self.tr("Row {row}: “To” must be more than “From”.").format(row=number)
                )
                continue
            if not 0 <= rate <= MAX_RATE_BP:
                self._mark(row, self.RATE, True)
                problems.append(
                    self.tr(
                        "Row {row}: the deduction per point must be between 0 and 100%."
                    ).format(row=number)
                )
                continue
            bands.append((row, Band(start, end, rate)))
        bands.sort(key=lambda rb: rb[1].from_permille)
        for (_, before), (row, band) in itertools.pairwise(bands):
            if before.to_permille is None:
                self._mark(row, self.FROM, True)
                problems.append(
                    self.tr(
                        "Row {row} starts at {start}%, but another row has no upper limit: "
                        "only the highest row may be open-ended."
                    ).format(row=row + 1, start=format_permille(band.from_permille))
                )
            elif band.from_permille < before.to_permille:
                self._mark(row, self.FROM, True)
                problems.append(
                    self.tr(
                        "Row {row} starts at {start}%, inside the row that ends at {end}%: "
                        "rows must not overlap."
                    ).format(
                        row=row + 1,
                        start=format_permille(band.from_permille),
                        end=format_permille(before.to_permille),
                    )
                )
        return tuple(b for _, b in bands), problems

    def check(self) -> tuple[Band, ...] | None:
        """The bands, or None with the problems shown under the table."""
        bands, problems = self.read()
        _show_error(self.error, " ".join(problems))
        return None if problems else bands

    # -- the example -----------------------------------------------------------------------

    def _example_typed(self) -> None:
        self._example_edited = True
        self.update_example()

    def update_example(self) -> None:
        bands, problems = self.read()
        if problems:
            self.example.setText(self.tr("(correct the table to see an example)"))
            return
        if not bands:
            self.example.setText(
                self.tr("No rows: {quality} deducts nothing.").format(quality=self._name())
            )
            return
        if not self._example_edited:
            first = bands[0]
            reading = first.from_permille + 25
            if first.to_permille is not None:
                reading = min(reading, first.to_permille)
            self.example_value.setText(format_permille(reading))
        try:
            measured = parse_percent(self.example_value.text(), 1)
        except ValueError:
            self.example.setText(self.tr("(type a reading such as 16.5)"))
            return
        if not 0 <= measured <= 1000:
            self.example.setText(self.tr("(a reading is between 0 and 100)"))
            return
        self.example.setText(
            self.tr("{quality} {reading}%: deduct {percent}% of the weight").format(
                quality=self._name(),
                reading=format_permille(measured),
                percent=deduction_percent(bands, measured),
            )
        )


class RulesDialog(QDialog):
    changed = Signal()  # a rule or container was saved or removed: reload what the station offers

    def __init__(self, services: Services, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._rules: list[PriceRule] = []
        self._containers: list[tuple[str, Container]] = []
        self._editing: PriceRule | None = None  # None while adding a grade
        self._container_id = ""
        self._busy = False
        self.setWindowTitle(self.tr("Prices, grades and containers"))
        self.setMinimumSize(980, 600)
        self.resize(1180, 700)

        self.title = QLabel(self.tr("Prices, grades and containers"))
        style.set_point_size(self.title, style.TITLE_POINT_SIZE, bold=True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_prices_tab(), self.tr("Prices and grades"))
        self.tabs.addTab(self._build_containers_tab(), self.tr("Containers"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.load_rules()
        self.load_containers()
        self.rules_table.setFocus()

    # == prices and grades ====================================================================

    def _build_prices_tab(self) -> QWidget:
        self.rules_table = _list_table(
            [self.tr("Crop"), self.tr("Grade"), self.tr("Price (yuan/kg)"), self.tr("Version")]
        )
        self.rules_table.doubleClicked.connect(lambda *_: self.edit_rule())
        header = self.rules_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):  # fmt: skip
            header.setSectionResizeMode(column, mode)
        self.rules_table.itemSelectionChanged.connect(self._rule_selection_changed)
        self.rules_empty = QLabel(
            self.tr("No grades yet. Press “Add grade” to set the first price.")
        )
        self.rules_empty.setWordWrap(True)
        style.set_role(self.rules_empty, "hint")
        self.add_rule_button = QPushButton(self.tr("Add grade"))
        self.add_rule_button.clicked.connect(self.add_rule)
        self.edit_rule_button = QPushButton(self.tr("Edit"))
        self.edit_rule_button.clicked.connect(self.edit_rule)
        self.retire_button = QPushButton(self.tr("Stop buying…"))
        self.retire_button.clicked.connect(self.retire_rule)
        list_buttons = QHBoxLayout()
        for button in (self.add_rule_button, self.edit_rule_button, self.retire_button):
            button.setAutoDefault(False)
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        self.rules_status = QLabel()
        self.rules_status.setWordWrap(True)
        self.rules_status.setStyleSheet(f"color: {GREEN};")
        left = QVBoxLayout()
        left.addWidget(self.rules_table, 1)
        left.addWidget(self.rules_empty)
        left.addLayout(list_buttons)
        left.addWidget(self.rules_status)

        self.rule_stack = QStackedWidget()
        idle = QLabel(
            self.tr(
                "Choose a grade in the list and press Edit to change its price or "
                "deductions, or press Add grade."
            )
        )
        idle.setWordWrap(True)
        idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_role(idle, "hint")
        self.rule_stack.addWidget(idle)
        self.rule_stack.addWidget(self._build_rule_form())

        tab = QWidget()
        layout = QHBoxLayout(tab)
        layout.addLayout(left, 4)
        layout.addWidget(self.rule_stack, 7)
        return tab

    def _build_rule_form(self) -> QWidget:
        self.rule_form_title = QLabel()
        style.set_point_size(self.rule_form_title, 13, bold=True)
        self.crop = QComboBox()
        self.crop.setMinimumWidth(180)
        self.grade = QLineEdit()
        self.grade.setMaxLength(MAX_GRADE + 10)
        self.grade.setPlaceholderText(self.tr("e.g. 一等, 特级, 统货"))
        self.price = QLineEdit()
        self.price.setMaximumWidth(160)
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.price.setPlaceholderText("2.35")
        style.set_point_size(self.price, 14, bold=True)
        price_row = QHBoxLayout()
        price_row.addWidget(self.price)
        price_row.addWidget(QLabel(self.tr("yuan/kg")))
        price_row.addStretch(1)
        price_box = QWidget()
        price_box.setLayout(price_row)
        price_row.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.crop_error = forms.add_field(form, self.tr("Crop"), self.crop)
        self.grade_error = forms.add_field(form, self.tr("Grade"), self.grade)
        self.price_error = forms.add_field(form, self.tr("Price"), price_box)

        self.moisture = BandsEditor("moisture")
        self.impurity = BandsEditor("impurity")
        groups = QHBoxLayout()
        for editor, title in (
            (self.moisture, self.tr("Moisture deductions")),
            (self.impurity, self.tr("Impurity deductions")),
        ):
            group = QGroupBox(title)
            inner = QVBoxLayout(group)
            inner.addWidget(editor)
            groups.addWidget(group, 1)
        bands_hint = QLabel(
            self.tr(
                "Each row: above “From” and up to “To” (empty: no upper limit), every "
                "percentage point deducts the given share of the weight after tare."
            )
        )
        bands_hint.setWordWrap(True)
        style.set_role(bands_hint, "hint")

        self.version_note = QLabel(
            self.tr(
                "Saving makes a new version of this grade's price. "
                "Receipts already issued keep the price they were made with."
            )
        )
        self.version_note.setWordWrap(True)
        self.rule_banner = forms.error_label()
        self.save_rule_button = QPushButton(self.tr("Save new version"))
        self.save_rule_button.clicked.connect(self.save_rule)
        self.cancel_rule_button = QPushButton(self.tr("Cancel"))
        self.cancel_rule_button.setAutoDefault(False)
        self.cancel_rule_button.clicked.connect(self.cancel_rule)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_rule_button)
        buttons.addWidget(self.save_rule_button)

        body = QWidget()
        inner_layout = QVBoxLayout(body)
        inner_layout.setContentsMargins(0, 0, 8, 0)
        inner_layout.addWidget(self.rule_form_title)
        inner_layout.addLayout(form)
        inner_layout.addWidget(bands_hint)
        inner_layout.addLayout(groups)
        inner_layout.addStretch(1)
        # Scrolls instead of squeezing the tables when messages appear on a small screen.
        self.rule_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(panel)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.version_note)
        layout.addWidget(self.rule_banner)
        layout.addLayout(buttons)

        self.grade.textEdited.connect(lambda: self._recheck_rule())
        self.price.textEdited.connect(lambda: self._recheck_rule())
        self.crop.currentIndexChanged.connect(lambda: self._recheck_rule())
        return panel

    def load_rules(self, select: tuple[str, str] | None = None) -> None:
        """Read the rules in force and list them; keep or move the selection."""
        if select is None and self.current_rule() is not None:
            current = self.current_rule()
            assert current is not None
            select = (current.crop_id, current.grade)
        self._rules = list(self._services.purchases.rules().prices)
        self.rules_table.setRowCount(0)  # no row stays current (and selected) by itself
        self.rules_table.setRowCount(len(self._rules))
        for row, rule in enumerate(self._rules):
            values = (
                _item(rule.crop),
                _item(rule.grade),
                _item(format_yuan(rule.price_fen_per_kg), right=True),
                _item(str(rule.version), right=True),
            )
            for column, item in enumerate(values):
                self.rules_table.setItem(row, column, item)
            if select == (rule.crop_id, rule.grade):
                self.rules_table.selectRow(row)
        self.rules_empty.setVisible(not self._rules)
        self._rule_selection_changed()

    def current_rule(self) -> PriceRule | None:
        rows = self.rules_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self._rules[row] if 0 <= row < len(self._rules) else None

    def _rule_selection_changed(self) -> None:
        chosen = self.current_rule() is not None
        self.edit_rule_button.setEnabled(chosen)
        self.retire_button.setEnabled(chosen)

    def _fill_crops(self, selected: str) -> None:
        self.crop.blockSignals(True)
        self.crop.clear()
        self.crop.addItem(self.tr("(choose)"), "")
        for place in self._services.places.crops():
            self.crop.addItem(place.name, place.id)
        self.crop.setCurrentIndex(max(0, self.crop.findData(selected)))
        self.crop.blockSignals(False)

    def add_rule(self) -> None:
        self._editing = None
        self._fill_crops("")
        self.crop.setEnabled(True)
        self.grade.setEnabled(True)
        self.grade.clear()
        self.price.clear()
        self.moisture.set_bands(())
        self.impurity.set_bands(())
        self.rule_form_title.setText(self.tr("New grade"))
        self.save_rule_button.setText(self.tr("Save grade"))
        self._open_rule_form()
        self.crop.setFocus()

    def edit_rule(self) -> None:
        rule = self.current_rule()
        if rule is None:
            return
        self._editing = rule
        self._fill_crops(rule.crop_id)
        if self.crop.currentData() != rule.crop_id:  # the crop was removed from the list
            self.crop.addItem(rule.crop, rule.crop_id)
            self.crop.setCurrentIndex(self.crop.count() - 1)
        # Another crop or grade would be another rule: those are added, not edited.
        self.crop.setEnabled(False)
        self.grade.setEnabled(False)
        self.grade.setText(rule.grade)
        self.price.setText(format_yuan(rule.price_fen_per_kg))
        self.moisture.set_bands(rule.moisture)
        self.impurity.set_bands(rule.impurity)
        self.rule_form_title.setText(
            self.tr("{crop} · {grade} (now version {version})").format(
                crop=rule.crop, grade=rule.grade, version=rule.version
            )
        )
        self.save_rule_button.setText(self.tr("Save new version"))
        self._open_rule_form()
        self.price.setFocus()
        self.price.selectAll()

    def _open_rule_form(self) -> None:
        for label in (self.crop_error, self.grade_error, self.price_error, self.rule_banner):
            _show_error(label, "")
        self.rules_status.clear()
        self.rule_stack.setCurrentIndex(1)
        self.save_rule_button.setDefault(True)

    def cancel_rule(self) -> None:
        self.rule_stack.setCurrentIndex(0)
        self.save_rule_button.setDefault(False)
        self.rules_table.setFocus()

    def editing_rule(self) -> bool:
        return self.rule_stack.currentIndex() == 1

    def _recheck_rule(self) -> None:
        if not self.rule_banner.isHidden():
            self._check_rule()

    def _check_rule(self) -> tuple[str, str, int, tuple[Band, ...], tuple[Band, ...]] | None:
        """What the form holds, or None with each problem under its field."""
        ok = True
        crop_id = self.crop.currentData() or ""
        grade = clean(self.grade.text())
        crop_error = grade_error = price_error = ""
        if not crop_id:
            crop_error = self.tr("Choose the crop.")
        if not grade:
            grade_error = self.tr("Write the grade, e.g. 一等.")
        elif len(grade) > MAX_GRADE:
            grade_error = self.tr("The grade is too long (at most {n} characters).").format(
                n=MAX_GRADE
            )
        elif self._editing is None and any(
            r.crop_id == crop_id and r.grade == grade for r in self._rules
        ):
            grade_error = self.tr(
                "{crop} already has the grade “{grade}”. Choose it in the list and press "
                "Edit to change its price."
            ).format(crop=self.crop.currentText(), grade=grade)
        price = 0
        price_text = clean(self.price.text())
        if not price_text:
            price_error = self.tr("Write the price in yuan per kg, e.g. 2.35.")
        else:
            try:
                price = parse_yuan(price_text)
            except ValueError:
                if _too_many_decimals(price_text):
                    price_error = self.tr(
                        "A price has at most two decimals (fen): “{text}” cannot be paid. "
                        "Write e.g. 2.35."
                    ).format(text=price_text)
                else:
                    price_error = self.tr(
                        "“{text}” is not a price. Write yuan per kg, e.g. 2.35."
                    ).format(text=price_text)
            else:
                if price <= 0:
                    price_error = self.tr(
                        "The price must be more than zero. To stop buying a grade, use "
                        "“Stop buying” in the list."
                    )
                elif price > MAX_PRICE_FEN:
                    price_error = self.tr("{price} yuan/kg is too high; check the figure.").format(
                        price=format_yuan(price)
                    )
        for label, text in (
            (self.crop_error, crop_error),
            (self.grade_error, grade_error),
            (self.price_error, price_error),
        ):
            _show_error(label, text)
            ok = ok and not text
        moisture = self.moisture.check()
        impurity = self.impurity.check()
        if not ok or moisture is None or impurity is None:
            _show_error(
                self.rule_banner,
                self.tr("Nothing was saved: correct what is marked in red."),
            )
            self._scroll_to_first_error()
            return None
        _show_error(self.rule_banner, "")
        return crop_id, grade, price, moisture, impurity

    def _scroll_to_first_error(self) -> None:
        labels = (self.crop_error, self.grade_error, self.price_error,
                  self.moisture.error, self.impurity.error)  # fmt: skip
        first = next((label for label in labels if not label.isHidden()), None)
        if first is not None:
            # After the layout has made room for the messages just shown.
            scroll = self.rule_scroll
            QTimer.singleShot(0, scroll, lambda: scroll.ensureWidgetVisible(first, 0, 40))

    def save_rule(self) -> None:
        checked = self._check_rule()
        if checked is None or self._busy:
            return
        crop_id, grade, price, moisture, impurity = checked
        purchases = self._services.purchases
        self._set_busy(True)

        def done(saved: PriceRule | None, error: BaseException | None) -> None:
            self._set_busy(False)
            if isinstance(error, ValidationError):
                fields = {"crop_id": self.crop_error, "grade": self.grade_error,
                          "price": self.price_error, "moisture": self.moisture.error,
                          "impurity": self.impurity.error}  # fmt: skip
                for e in error.errors:
                    _show_error(fields.get(e.field, self.rule_banner), validation_text(e))
                if self.rule_banner.isHidden():
                    _show_error(
                        self.rule_banner,
                        self.tr("Nothing was saved: correct what is marked in red."),
                    )
                return
            if error is not None or saved is None:
                _show_error(self.rule_banner, error_text(error or RuntimeError()))
                return
            self.cancel_rule()
            self.load_rules(select=(saved.crop_id, saved.grade))
            self.rules_status.setText(
                self.tr(
                    "Saved: {crop} · {grade} is now version {version}, "
                    "{price} yuan/kg. Receipts already issued keep their price."
                ).format(
                    crop=saved.crop,
                    grade=saved.grade,
                    version=saved.version,
                    price=format_yuan(saved.price_fen_per_kg),
                )
            )
            self.changed.emit()

        self._tasks.run(
            lambda: purchases.save_rule(
                crop_id, grade, price, moisture=moisture, impurity=impurity
            ),
            done,
            write=True,
        )

    def retire_rule(self) -> None:
        rule = self.current_rule()
        if rule is None or self._busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Stop buying"),
            self.tr(
                "Stop buying {crop} · {grade}? It will no longer be offered at the weighing "
                "station. Receipts already issued are not changed. To buy it again later, "
                "add the grade again."
            ).format(crop=rule.crop, grade=rule.grade),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        purchases = self._services.purchases
        self._set_busy(True)

        def done(_: object, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None:
                QMessageBox.warning(self, self.tr("Stop buying"), error_text(error))
                return
            if self._editing == rule:
                self.cancel_rule()
            self.rules_table.clearSelection()
            self.load_rules()
            self.rules_status.setText(
                self.tr("{crop} · {grade} is no longer bought.").format(
                    crop=rule.crop, grade=rule.grade
                )
            )
            self.changed.emit()

        self._tasks.run(lambda: purchases.retire_rule(rule.crop_id, rule.grade), done, write=True)

    # == containers ============================================================================

    def _build_containers_tab(self) -> QWidget:
        self.containers_table = _list_table([self.tr("Container"), self.tr("Tare (kg)")])
        self.containers_table.doubleClicked.connect(lambda *_: self.edit_container())
        self.containers_table.itemSelectionChanged.connect(self._container_selection_changed)
        self.containers_empty = QLabel(
            self.tr(
                "No containers yet. Add the sacks, baskets or crates growers bring, with what "
                "one weighs empty, and the station subtracts them from the gross weight."
            )
        )
        self.containers_empty.setWordWrap(True)
        style.set_role(self.containers_empty, "hint")
        self.add_container_button = QPushButton(self.tr("Add container"))
        self.add_container_button.clicked.connect(self.add_container)
        self.edit_container_button = QPushButton(self.tr("Edit"))
        self.edit_container_button.clicked.connect(self.edit_container)
        self.remove_container_button = QPushButton(self.tr("Remove…"))
        self.remove_container_button.clicked.connect(self.remove_container)
        list_buttons = QHBoxLayout()
        for button in (
            self.add_container_button,
            self.edit_container_button,
            self.remove_container_button,
        ):
            button.setAutoDefault(False)
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        self.containers_status = QLabel()
        self.containers_status.setWordWrap(True)
        self.containers_status.setStyleSheet(f"color: {GREEN};")
        left = QVBoxLayout()
        left.addWidget(self.containers_table, 1)
        left.addWidget(self.containers_empty)
        left.addLayout(list_buttons)
        left.addWidget(self.containers_status)

        self.container_form_title = QLabel()
        style.set_point_size(self.container_form_title, 13, bold=True)
        self.container_name = QLineEdit()
        self.container_name.setMaxLength(MAX_CONTAINER_NAME + 10)
        self.container_name.setPlaceholderText(self.tr("e.g. 编织袋, 竹筐, 塑料周转箱"))
        self.tare = QLineEdit()
        self.tare.setMaximumWidth(160)
        self.tare.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tare.setPlaceholderText("0.15")
        tare_row = QHBoxLayout()
        tare_row.setContentsMargins(0, 0, 0, 0)
        tare_row.addWidget(self.tare)
        tare_row.addWidget(QLabel(self.tr("kg, one empty container")))
        tare_row.addStretch(1)
        tare_box = QWidget()
        tare_box.setLayout(tare_row)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.container_name_error = forms.add_field(form, self.tr("Name"), self.container_name)
        self.tare_error = forms.add_field(form, self.tr("Tare"), tare_box)
        self.container_banner = forms.error_label()
        self.save_container_button = QPushButton(self.tr("Save"))
        self.save_container_button.clicked.connect(self.save_container)
        self.cancel_container_button = QPushButton(self.tr("Cancel"))
        self.cancel_container_button.setAutoDefault(False)
        self.cancel_container_button.clicked.connect(self.cancel_container)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_container_button)
        buttons.addWidget(self.save_container_button)
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.container_form_title)
        panel_layout.addLayout(form)
        note = QLabel(self.tr("Receipts already issued keep the tare they were weighed with."))
        note.setWordWrap(True)
        style.set_role(note, "hint")
        panel_layout.addWidget(note)
        panel_layout.addStretch(1)
        panel_layout.addWidget(self.container_banner)
        panel_layout.addLayout(buttons)

        self.container_stack = QStackedWidget()
        idle = QLabel(self.tr("Choose a container and press Edit, or press Add container."))
        idle.setWordWrap(True)
        idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_role(idle, "hint")
        self.container_stack.addWidget(idle)
        self.container_stack.addWidget(panel)

        self.container_name.textEdited.connect(lambda: self._recheck_container())
        self.tare.textEdited.connect(lambda: self._recheck_container())
        tab = QWidget()
        layout = QHBoxLayout(tab)
        layout.addLayout(left, 5)
        layout.addWidget(self.container_stack, 6)
        return tab

    def load_containers(self, select: str = "") -> None:
        select = select or self.current_container_id()
        self._containers = self._services.purchases.containers()
        self.containers_table.setRowCount(0)
        self.containers_table.setRowCount(len(self._containers))
        for row, (container_id, container) in enumerate(self._containers):
            self.containers_table.setItem(row, 0, _item(container.name, data=container_id))
            self.containers_table.setItem(row, 1, _item(format_kg(container.tare_g), right=True))
            if container_id == select:
                self.containers_table.selectRow(row)
        self.containers_table.setColumnWidth(0, 220)
        self.containers_empty.setVisible(not self._containers)
        self._container_selection_changed()

    def current_container_id(self) -> str:
        rows = self.containers_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self._containers[row][0] if 0 <= row < len(self._containers) else ""

    def _container_selection_changed(self) -> None:
        chosen = bool(self.current_container_id())
        self.edit_container_button.setEnabled(chosen)
        self.remove_container_button.setEnabled(chosen)

    def add_container(self) -> None:
        self._container_id = ""
        self.container_name.clear()
        self.tare.clear()
        self.container_form_title.setText(self.tr("New container"))
        self._open_container_form()

    def edit_container(self) -> None:
        container_id = self.current_container_id()
        found = dict(self._containers).get(container_id)
        if found is None:
            return
        self._container_id = container_id
        self.container_name.setText(found.name)
        self.tare.setText(format_kg(found.tare_g))
        self.container_form_title.setText(self.tr("Edit container"))
        self._open_container_form()

    def _open_container_form(self) -> None:
        for label in (self.container_name_error, self.tare_error, self.container_banner):
            _show_error(label, "")
        self.containers_status.clear()
        self.container_stack.setCurrentIndex(1)
        self.save_container_button.setDefault(True)
        self.container_name.setFocus()
        self.container_name.selectAll()

    def cancel_container(self) -> None:
        self.container_stack.setCurrentIndex(0)
        self.save_container_button.setDefault(False)
        self.containers_table.setFocus()

    def editing_container(self) -> bool:
        return self.container_stack.currentIndex() == 1

    def _recheck_container(self) -> None:
        if not self.container_banner.isHidden():
            self._check_container()

    def _check_container(self) -> Container | None:
        name = clean(self.container_name.text())
        name_error = tare_error = ""
        if not name:
            name_error = self.tr("Write the container's name, e.g. 编织袋.")
        elif len(name) > MAX_CONTAINER_NAME:
            name_error = self.tr("The name is too long (at most {n} characters).").format(
                n=MAX_CONTAINER_NAME
            )
        elif any(c.name == name and i != self._container_id for i, c in self._containers):
            name_error = self.tr("There is already a container called “{name}”.").format(name=name)
        tare = 0
        tare_text = clean(self.tare.text())
        if not tare_text:
            tare_error = self.tr("Write what one empty container weighs, in kg, e.g. 0.15.")
        else:
            try:
                tare = parse_kg(tare_text)
            except ValueError:
                tare_error = self.tr("“{text}” is not a weight. Write kg, e.g. 0.15.").format(
                    text=tare_text
                )
            else:
                if tare < 0:
                    tare_error = self.tr("The tare cannot be less than zero.")
                elif tare > MAX_TARE_G:
                    tare_error = self.tr(
                        "{kg} kg is too heavy for a container; weigh the vehicle instead."
                    ).format(kg=format_kg(tare))
        _show_error(self.container_name_error, name_error)
        _show_error(self.tare_error, tare_error)
        if name_error or tare_error:
            _show_error(
                self.container_banner,
                self.tr("Nothing was saved: correct what is marked in red."),
            )
            return None
        _show_error(self.container_banner, "")
        return Container(name, tare)

    def save_container(self) -> None:
        container = self._check_container()
        if container is None or self._busy:
            return
        purchases = self._services.purchases
        container_id = self._container_id
        self._set_busy(True)

        def done(saved_id: str | None, error: BaseException | None) -> None:
            self._set_busy(False)
            if isinstance(error, ValidationError):
                fields = {"name": self.container_name_error, "tare_g": self.tare_error}
                for e in error.errors:
                    _show_error(fields.get(e.field, self.container_banner), validation_text(e))
                return
            if error is not None or saved_id is None:
                _show_error(self.container_banner, error_text(error or RuntimeError()))
                return
            self.cancel_container()
            self.load_containers(select=saved_id)
            self.containers_status.setText(
                self.tr("Saved: {name}, {kg} kg each.").format(
                    name=container.name, kg=format_kg(container.tare_g)
                )
            )
            self.changed.emit()

        self._tasks.run(lambda: purchases.save_container(container, container_id), done, write=True)

    def remove_container(self) -> None:
        container_id = self.current_container_id()
        found = dict(self._containers).get(container_id)
        if found is None or self._busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove container"),
            self.tr(
                "Remove “{name}” from the list? Receipts already issued keep the tare they "
                "were weighed with."
            ).format(name=found.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        purchases = self._services.purchases
        self._set_busy(True)

        def done(_: object, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None:
                QMessageBox.warning(self, self.tr("Remove container"), error_text(error))
                return
            if self._container_id == container_id:
                self.cancel_container()
            self.containers_table.clearSelection()
            self.load_containers()
            self.containers_status.setText(self.tr("“{name}” was removed.").format(name=found.name))
            self.changed.emit()

        self._tasks.run(lambda: purchases.remove_container(container_id), done, write=True)

    # == common ================================================================================

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_rule_button.setEnabled(not busy)
        self.save_container_button.setEnabled(not busy)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape first cancels an open form, then closes the dialog."""
        if event.key() == Qt.Key.Key_Escape:
            if self.tabs.currentIndex() == 0 and self.editing_rule():
                self.cancel_rule()
                return
            if self.tabs.currentIndex() == 1 and self.editing_container():
                self.cancel_container()
                return
        super().keyPressEvent(event)


def _too_many_decimals(text: str) -> bool:
    """'2.355' or '2.355元': a number, but finer than a fen."""
    value = text.removeprefix("¥").removeprefix("￥").removesuffix("元").replace(",", "")
    whole, dot, decimals = value.strip().partition(".")
    return (
        bool(dot) and (whole == "" or whole.isdigit()) and decimals.isdigit() and len(decimals) > 2
    )
