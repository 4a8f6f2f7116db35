"""The treatment plan of a visit: a table of products with their dose per mu and per
tank, and the dialog that edits one line, which checks the dose against the
catalogue's range and asks before keeping a dose outside it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import FieldError, Problem, ValidationError
from fieldapp.domain.treatments import (
    DEFAULT_TANK_L,
    MAX_PHI_DAYS,
    MAX_WATER_L,
    DoseUnit,
    TreatmentLine,
    UnconfirmedDoseError,
    checked_plan,
    dose_per_tank_milli,
    format_dose,
    parse_dose,
)

from . import style
from .forms import add_field, counted_suffix, show_error

OUTSIDE_COLOUR = QColor("#fde7e4")


def unit_text(unit: str) -> str:
    return {
        DoseUnit.GRAM: QCoreApplication.translate("TreatmentPlan", "g"),
        DoseUnit.MILLILITRE: QCoreApplication.translate("TreatmentPlan", "ml"),
    }.get(unit, unit)


def amount_text(milli: int, unit: str) -> str:
    return f"{format_dose(milli)} {unit_text(unit)}"


def range_text(line: TreatmentLine) -> str:
    """'16–24 g', or '' when the line has no catalogue range."""
    if not line.has_range:
        return ""
    low, high = format_dose(line.range_low_milli), format_dose(line.range_high_milli)
    return f"{low}–{high} {unit_text(line.unit)}"


def outside_range_question(line: TreatmentLine) -> str:
    return (
        QCoreApplication.translate(
            "TreatmentPlan",
            "The dose of %1, %2 per mu, is outside the catalogue's range of %3 per mu.\n\n"
            "Keep this dose?",
        )
        .replace("%1", line.product)
        .replace("%2", amount_text(line.dose_milli, line.unit))
        .replace("%3", range_text(line))
    )


class TreatmentLineDialog(QDialog):
    """One product: what, how much per mu and per tank, when, and the safe interval."""

    def __init__(
        self,
        line: TreatmentLine | None,
        tank_l: int = DEFAULT_TANK_L,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Product in the plan"))
        self.setMinimumWidth(760)
        self.original = line or TreatmentLine(product="")
        self.tank_l = tank_l
        self.result_line: TreatmentLine | None = None
        line = self.original
        self.product = QLineEdit(line.product)
        self.product.setPlaceholderText(self.tr("The product as sold, e.g. 25% pymetrozine WP"))
        self.ingredient = QLineEdit(line.ingredient)
        self.dose = QLineEdit(format_dose(line.dose_milli) if line.dose_milli else "")
        self.unit = QComboBox()
        for unit in DoseUnit:
            self.unit.addItem(unit_text(unit), unit.value)
        self.unit.setCurrentIndex(max(0, self.unit.findData(line.unit)))
        self.range_hint = QLabel()
        style.set_role(self.range_hint, "hint")
        dose_row = QHBoxLayout()
        dose_row.setContentsMargins(0, 0, 0, 0)
        dose_row.addWidget(self.dose, 1)
        dose_row.addWidget(self.unit)
        dose_row.addWidget(self.range_hint, 2)
        dose_box = QWidget()
        dose_box.setLayout(dose_row)
        self.water = QSpinBox()
        self.water.setRange(1, MAX_WATER_L)
        self.water.setSuffix(self.tr(" l per mu"))
        self.water.setValue(line.water_l)
        self.per_tank = QLabel()
        style.set_point_size(self.per_tank, 13, bold=True)
        self.phi = QSpinBox()
        self.phi.setRange(0, MAX_PHI_DAYS)
        self.phi.setValue(line.phi_days)
        counted_suffix(self.phi, lambda n: self.tr(" day(s)", "", n))
        # Catalogue timings and safety notes run to two lines: show them whole.
        self.timing = QPlainTextEdit(line.timing)
        self.timing.setPlaceholderText(self.tr("e.g. at the first signs, on a dry morning"))
        self.safety = QPlainTextEdit(line.safety)
        self.safety.setPlaceholderText(self.tr("e.g. keep away from fish ponds and silkworms"))
        for box in (self.timing, self.safety):
            box.setFixedHeight(64)
            box.setTabChangesFocus(True)
        form = QFormLayout()
        self.errors = {
            "product": add_field(form, self.tr("Product"), self.product),
            "ingredient": add_field(form, self.tr("Active ingredient"), self.ingredient),
            "dose": add_field(form, self.tr("Dose per mu"), dose_box),
            "water": add_field(form, self.tr("Water per mu"), self.water),
            "tank": add_field(form, self.tr("Per tank"), self.per_tank),
            "phi": add_field(form, self.tr("Safe interval before harvest"), self.phi),
            "timing": add_field(form, self.tr("When to spray"), self.timing),
            "safety": add_field(form, self.tr("Safety notes"), self.safety),
        }
        self.errors["unit"] = self.errors["dose"]
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept_line)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for signal in (
            self.dose.textChanged,
            self.unit.currentIndexChanged,
            self.water.valueChanged,
        ):
            signal.connect(self.update_hints)
        self.update_hints()

    def _line(self, dose_milli: int) -> TreatmentLine:
        return replace(
            self.original,
            product=self.product.text(),
            ingredient=self.ingredient.text(),
            dose_milli=dose_milli,
            unit=self.unit.currentData(),
            water_l=self.water.value(),
            timing=self.timing.toPlainText(),
            safety=self.safety.toPlainText(),
            phi_days=self.phi.value(),
        )

    def _dose_milli(self) -> int | None:
        try:
            return parse_dose(self.dose.text())
        except ValueError:
            return None

    def update_hints(self) -> None:
        dose = self._dose_milli()
        line = self._line(dose or 0)
        limits = range_text(line)
        self.range_hint.setText(
            self.tr("Catalogue: %1 per mu").replace("%1", limits) if limits else ""
        )
        outside = dose is not None and line.outside_range
        style.set_role(self.range_hint, "error" if outside else "hint")
        self.per_tank.setText(
            self.tr("%1 in a %2 l tank")
            .replace("%1", amount_text(dose_per_tank_milli(line, self.tank_l), line.unit))
            .replace("%2", str(self.tank_l))
            if dose
            else ""
        )

    def accept_line(self) -> None:
        for label in self.errors.values():
            label.hide()
        dose = self._dose_milli()
        if dose is None:
            self._show(FieldError("dose", Problem.NOT_A_NUMBER, self.dose.text()))
            return
        line = self._line(dose)
        try:
            line = checked_plan((line,))[0]
        except ValidationError as error:
            for e in error.errors:
                self._show(e)
            return
        except UnconfirmedDoseError:
            answer = QMessageBox.question(self, self.windowTitle(), outside_range_question(line))
            if answer != QMessageBox.StandardButton.Yes:
                self.dose.setFocus()
                return
            line = replace(line, dose_confirmed=True)
        self.result_line = line
        self.accept()

    def _show(self, error: FieldError) -> None:
        show_error(self.errors, error, "product")


class TreatmentPlan(QWidget):
    """The lines of a plan in a table, with buttons to add, change and remove them and to
    take the catalogue's proposal. Emits changed() after every change."""

    changed = Signal()
    proposeRequested = Signal()

    COLUMNS = 4

    def __init__(self, tank_l: int = DEFAULT_TANK_L, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tank_l = tank_l
        self.lines: list[TreatmentLine] = []
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Per mu"),
                self.tr("Per tank"),
                self.tr("Safe interval"),
            ]
        )
        self.table.setStyleSheet(style.TABLE)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(170)
        self.table.doubleClicked.connect(lambda *_: self.edit_line())
        self.empty = QLabel(self.tr("No spraying planned."))
        style.set_role(self.empty, "hint")
        self.add_button = QPushButton(self.tr("Add product…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.propose_button = QPushButton(self.tr("Take the catalogue's plan"))
        self.propose_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_line)
        self.edit_button.clicked.connect(self.edit_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.propose_button.clicked.connect(self.proposeRequested)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setMinimumHeight(34)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.propose_button.setMinimumHeight(34)
        buttons.addWidget(self.propose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.set_lines(())

    def set_lines(self, lines: tuple[TreatmentLine, ...] | list[TreatmentLine]) -> None:
        self.lines = list(lines)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            self._fill_row(row, line)
        self.table.setVisible(bool(self.lines))
        self.empty.setVisible(not self.lines)
        self.edit_button.setEnabled(bool(self.lines))
        self.remove_button.setEnabled(bool(self.lines))

    def _fill_row(self, row: int, line: TreatmentLine) -> None:
        per_tank = amount_text(dose_per_tank_milli(line, self.tank_l), line.unit)
        values = [
            line.product,
            self.tr("%1 in %2 l water")
            .replace("%1", amount_text(line.dose_milli, line.unit))
            .replace("%2", str(line.water_l)),
            self.tr("%1 per %2 l").replace("%1", per_tank).replace("%2", str(self.tank_l)),
            self.tr("%n day(s)", "", line.phi_days),
        ]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(line.timing or value)
            if line.outside_range:
                item.setBackground(OUTSIDE_COLOUR)
                item.setToolTip(
                    self.tr("Outside the catalogue's range of %1 per mu (confirmed)").replace(
                        "%1", range_text(line)
                    )
                )
            self.table.setItem(row, column, item)

    def _ask(self, line: TreatmentLine | None) -> TreatmentLine | None:
        dialog = TreatmentLineDialog(line, self.tank_l, self)
        self.dialog = dialog  # tests answer it
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_line

    def add_line(self) -> None:
        line = self._ask(None)
        if line is not None:
            self.set_lines([*self.lines, line])
            self.changed.emit()

    def edit_line(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.lines):
            return
        line = self._ask(self.lines[row])
        if line is not None:
            self.lines[row] = line
            self.set_lines(self.lines)
            self.table.selectRow(row)
            self.changed.emit()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self.set_lines(self.lines)
            self.changed.emit()

    def confirm_doses(self, rows: list[int]) -> bool:
        """Ask for each line whose dose is outside its range; True if all are kept."""
        for row in rows:
            line = self.lines[row]
            answer = QMessageBox.question(self, self.tr("Dose"), outside_range_question(line))
            if answer != QMessageBox.StandardButton.Yes:
                self.table.selectRow(row)
                return False
            self.lines[row] = replace(line, dose_confirmed=True)
        self.set_lines(self.lines)
        return True
