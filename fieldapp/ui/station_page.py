"""The weighing station: scan a card, weigh, price, add lots, save and print.

Keyboard only is enough: the scan field has the focus when the page opens (a USB
scanner types the card's QR text and Enter), F2 takes the gross weight from the
scale, F3 the tare, Enter in the lot form (or F4) adds the lot, F9 saves and
prints, Esc starts over. The live weight comes from ScaleFeed; the Save button
only takes a weight the scale (and the software filter) call stable.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.growers import Grower
from fieldapp.domain.money import chinese_capital, format_kg, format_yuan, parse_kg
from fieldapp.domain.percent import format_permille, parse_percent
from fieldapp.domain.pricing import Lot, LotError, LotInput, LotProblem, PriceRule, TareMethod
from fieldapp.services.bundle import Services
from fieldapp.services.purchases import LedgerError, LedgerProblem, Station
from fieldapp.tasks import Tasks

from . import style
from .forms import error_label
from .grower_picker import pick_grower

WEIGHT_POINT_SIZE = 54
MAX_SEARCH_RESULTS = 30


@dataclass(frozen=True)
class Gross:
    grams: int
    manual_reason: str = ""


class ManualWeightDialog(QDialog):
    """A weight typed by hand: only with a reason, which is stored and printed."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.grams = 0
        self.reason = ""
        form = QFormLayout()
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(self.tr("e.g. 1234.5"))
        style.set_point_size(self.weight, 16)
        self.weight_error = error_label()
        weight_box = QVBoxLayout()
        weight_box.addWidget(self.weight)
        weight_box.addWidget(self.weight_error)
        form.addRow(self.tr("Weight (kg)"), weight_box)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why is the weight typed? e.g. scale broken"))
        self.reason_edit.setFixedHeight(80)
        self.reason_error = error_label()
        reason_box = QVBoxLayout()
        reason_box.addWidget(self.reason_edit)
        reason_box.addWidget(self.reason_error)
        form.addRow(self.tr("Reason"), reason_box)
        note = QLabel(self.tr("The reason is kept with the purchase and printed on the receipt."))
        style.set_role(note, "hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _accept(self) -> None:
        self.weight_error.hide()
        self.reason_error.hide()
        ok = True
        try:
            grams = parse_kg(self.weight.text())
            if grams <= 0:
                raise ValueError(self.weight.text())
        except ValueError:
            self.weight_error.setText(self.tr("Type the weight in kg, e.g. 1234.5"))
            self.weight_error.show()
            ok = False
        reason = " ".join(self.reason_edit.toPlainText().split())
        if not reason:
            self.reason_error.setText(self.tr("A typed weight needs a reason."))
            self.reason_error.show()
            ok = False
        if ok:
            self.grams, self.reason = grams, reason
            self.accept()


class StationPage(QWidget):
    """Emits `saved(entry)` with the LedgerEntry of each saved receipt (printing listens)."""

    saved = Signal(object)
    settingsRequested = Signal()
    growerReceiptsRequested = Signal(str)  # grower id: show their receipts and payments

    def __init__(self, services: Services, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.station = Station("", "", "")
        self.grower: Grower | None = None
        self.lots: list[Lot] = []
        self.rules: list[PriceRule] = []
        self.gross: Gross | None = None
        self.tare_weighed: int | None = None
        self.live: tuple[int, bool] | None = None  # grams, stable
        self.replaces = ""
        self.saving = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(self._grower_bar())
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(self._scale_panel(), 2)
        middle.addWidget(self._lot_panel(), 3)
        layout.addLayout(middle)
        layout.addWidget(self._lots_table(), 1)
        layout.addLayout(self._totals_bar())
        self._shortcuts()
        self.reload_rules()
        self.show_scale_status(self.tr("No scale connected"), ok=False)
        self._update_all()

    # -- building --------------------------------------------------------------------------

    def _grower_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(
            self.tr("Scan the grower's card, or type a name or card number")
        )
        style.set_point_size(self.scan, style.SEARCH_POINT_SIZE)
        self.scan.setMinimumHeight(44)
        self.scan.returnPressed.connect(self.find_grower)
        self.grower_label = QLabel()
        style.set_point_size(self.grower_label, 16, bold=True)
        self.grower_label.setMinimumWidth(360)
        self.receipts_button = QPushButton(self.tr("Their receipts"))
        self.receipts_button.setMinimumHeight(44)
        self.receipts_button.setToolTip(self.tr("This grower's receipts and payments"))
        self.receipts_button.clicked.connect(
            lambda: self.grower and self.growerReceiptsRequested.emit(self.grower.id)
        )
        self.settings_button = QPushButton(self.tr("Station settings…"))
        self.settings_button.setMinimumHeight(44)
        self.settings_button.clicked.connect(self.settingsRequested)
        bar.addWidget(self.scan, 3)
        bar.addWidget(self.grower_label, 3)
        bar.addWidget(self.receipts_button)
        bar.addWidget(self.settings_button)
        return bar

    def _scale_panel(self) -> QFrame:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(panel)
        title = QLabel(self.tr("Scale"))
        style.set_point_size(title, style.TITLE_POINT_SIZE, bold=True)
        self.stable_label = QLabel()
        style.set_point_size(self.stable_label, 14, bold=True)
        self.weight_label = QLabel("—")
        self.weight_label.setObjectName("liveWeight")
        self.weight_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        style.set_point_size(self.weight_label, WEIGHT_POINT_SIZE, bold=True)
        self.weight_label.setMinimumHeight(100)
        unit = QLabel(self.tr("kg"))
        style.set_point_size(unit, 18)
        weight_row = QHBoxLayout()
        weight_row.addWidget(self.weight_label, 1)
        weight_row.addWidget(unit, 0, Qt.AlignmentFlag.AlignBottom)
        self.scale_status = QLabel()
        self.scale_status.setWordWrap(True)
        self.take_gross_button = QPushButton(self.tr("Take gross weight (F2)"))
        self.take_tare_button = QPushButton(self.tr("Take tare weight (F3)"))
        self.manual_button = QPushButton(self.tr("Type a weight…"))
        for button in (self.take_gross_button, self.take_tare_button, self.manual_button):
            button.setMinimumHeight(46)
            style.set_point_size(button, 13)
        self.take_gross_button.clicked.connect(self.take_gross)
        self.take_tare_button.clicked.connect(self.take_tare)
        self.manual_button.clicked.connect(self.type_gross)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.stable_label)
        box.addLayout(top)
        box.addLayout(weight_row)
        box.addWidget(self.scale_status)
        box.addStretch(1)
        box.addWidget(self.take_gross_button)
        box.addWidget(self.take_tare_button)
        box.addWidget(self.manual_button)
        return panel

    def _lot_panel(self) -> QFrame:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(panel)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self.crop = QComboBox()
        self.grade = QComboBox()
        self.price_label = QLabel()
        style.set_point_size(self.price_label, 13, bold=True)
        for combo in (self.crop, self.grade):
            combo.setMinimumHeight(36)
            combo.setMinimumWidth(130)
        self.crop.currentIndexChanged.connect(self._crop_changed)
        self.grade.currentIndexChanged.connect(self._update_lot)
        self.gross_label = QLabel("—")
        style.set_point_size(self.gross_label, 16, bold=True)

        self.tare_group = QButtonGroup(self)
        self.tare_containers = QRadioButton(self.tr("Per container"))
        self.tare_weighed_radio = QRadioButton(self.tr("Weighed empty"))
        self.tare_none = QRadioButton(self.tr("No tare"))
        for i, radio in enumerate((self.tare_containers, self.tare_weighed_radio, self.tare_none)):
            self.tare_group.addButton(radio, i)
        self.tare_containers.setChecked(True)
        self.tare_group.idToggled.connect(lambda *_: self._update_lot())
        self.container_count = QSpinBox()
        self.container_count.setRange(0, 9999)
        self.container_count.setMinimumHeight(34)
        self.container_count.valueChanged.connect(self._update_lot)
        self.container = QComboBox()
        self.container.setMinimumHeight(34)
        self.container.currentIndexChanged.connect(self._update_lot)
        self.tare_label = QLabel("—")

        self.moisture = QLineEdit()
        self.impurity = QLineEdit()
        for field in (self.moisture, self.impurity):
            field.setPlaceholderText(self.tr("not measured"))
            field.setMinimumHeight(34)
            field.textChanged.connect(self._update_lot)
            field.returnPressed.connect(self.add_lot)

        self.deductions_label = QLabel()
        self.deductions_label.setWordWrap(True)
        self.net_label = QLabel()
        style.set_point_size(self.net_label, 15, bold=True)
        self.amount_label = QLabel()
        style.set_point_size(self.amount_label, 15, bold=True)
        self.lot_error = error_label()
        self.add_button = QPushButton(self.tr("Add to receipt (F4)"))
        self.add_button.setMinimumHeight(46)
        style.set_point_size(self.add_button, 13, bold=True)
        self.add_button.clicked.connect(self.add_lot)

        row = 0
        grid.addWidget(QLabel(self.tr("Crop")), row, 0)
        grid.addWidget(self.crop, row, 1)
        grid.addWidget(QLabel(self.tr("Grade")), row, 2)
        grid.addWidget(self.grade, row, 3)
        row += 1
        grid.addWidget(QLabel(self.tr("Price")), row, 0)
        grid.addWidget(self.price_label, row, 1, 1, 3)
        row += 1
        grid.addWidget(QLabel(self.tr("Gross")), row, 0)
        grid.addWidget(self.gross_label, row, 1, 1, 3)
        row += 1
        grid.addWidget(QLabel(self.tr("Tare")), row, 0)
        tare_row = QHBoxLayout()
        for widget in (self.tare_containers, self.tare_weighed_radio, self.tare_none):
            tare_row.addWidget(widget)
        tare_row.addStretch(1)
        grid.addLayout(tare_row, row, 1, 1, 3)
        row += 1
        containers_row = QHBoxLayout()
        containers_row.addWidget(self.container_count)
        containers_row.addWidget(QLabel(self.tr("×")))
        containers_row.addWidget(self.container, 1)
        containers_row.addWidget(self.tare_label)
        grid.addLayout(containers_row, row, 1, 1, 3)
        row += 1
        grid.addWidget(QLabel(self.tr("Moisture %")), row, 0)
        grid.addWidget(self.moisture, row, 1)
        grid.addWidget(QLabel(self.tr("Impurity %")), row, 2)
        grid.addWidget(self.impurity, row, 3)
        row += 1
        grid.addWidget(self.deductions_label, row, 0, 1, 4)
        row += 1
        grid.addWidget(self.net_label, row, 0, 1, 2)
        grid.addWidget(self.amount_label, row, 2, 1, 2)
        row += 1
        grid.addWidget(self.lot_error, row, 0, 1, 4)
        row += 1
        grid.addWidget(self.add_button, row, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return panel

    def _lots_table(self) -> QTableWidget:
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Crop"),
                self.tr("Grade"),
                self.tr("Gross kg"),
                self.tr("Tare kg"),
                self.tr("Deducted kg"),
                self.tr("Net kg"),
                self.tr("Price yuan/kg"),
                self.tr("Amount yuan"),
                self.tr("Note"),
            ]
        )
        self.table.setStyleSheet(style.TABLE)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(150)
        return self.table

    def _totals_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        totals = QVBoxLayout()
        self.total_label = QLabel()
        style.set_point_size(self.total_label, 18, bold=True)
        self.capital_label = QLabel()
        style.set_point_size(self.capital_label, 13)
        self.replaces_label = QLabel()
        style.set_role(self.replaces_label, "error")
        totals.addWidget(self.total_label)
        totals.addWidget(self.capital_label)
        totals.addWidget(self.replaces_label)
        self.remove_button = QPushButton(self.tr("Remove lot (Del)"))
        self.clear_button = QPushButton(self.tr("Start over (Esc)"))
        self.save_button = QPushButton(self.tr("Save and print (F9)"))
        self.save_button.setObjectName("saveReceipt")
        style.set_point_size(self.save_button, 15, bold=True)
        for button in (self.remove_button, self.clear_button, self.save_button):
            button.setMinimumHeight(52)
        self.save_button.setMinimumWidth(240)
        self.remove_button.clicked.connect(self.remove_lot)
        self.clear_button.clicked.connect(self.start_over)
        self.save_button.clicked.connect(self.save)
        bar.addLayout(totals, 1)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.save_button)
        return bar

    def _shortcuts(self) -> None:
        for key, slot in (
            ("F2", self.take_gross),
            ("F3", self.take_tare),
            ("F4", self.add_lot),
            ("F9", self.save),
            ("Escape", self.start_over),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_lot)

    # -- set-up from outside ---------------------------------------------------------------

    def set_station(self, station: Station) -> None:
        self.station = station
        self._update_all()

    def reload_rules(self) -> None:
        rules = self.services.purchases.rules()
        self.rules = list(rules.prices)
        crops: dict[str, str] = {}
        for rule in self.rules:
            crops.setdefault(rule.crop_id, rule.crop)
        current = self.crop.currentData()
        self.crop.blockSignals(True)
        self.crop.clear()
        for crop_id, name in crops.items():
            self.crop.addItem(name, crop_id)
        index = self.crop.findData(current)
        self.crop.setCurrentIndex(max(index, 0))
        self.crop.blockSignals(False)
        self.container.blockSignals(True)
        self.container.clear()
        for _, container in self.services.purchases.containers():
            self.container.addItem(
                self.tr("%1 (%2 kg)")
                .replace("%1", container.name)
                .replace("%2", format_kg(container.tare_g)),
                container,
            )
        self.container.blockSignals(False)
        self._crop_changed()

    def correct(self, receipt_id: str) -> None:
        """Start a corrected receipt for a voided one: same grower, its lots to re-weigh."""
        entry = self.services.purchases.entry(receipt_id)
        if entry is None:
            return
        self.start_over(ask=False)
        self.replaces = entry.signed.receipt.number
        self._select_grower(entry.signed.receipt.grower_id)
        self._update_all()

    # -- the grower --------------------------------------------------------------------------

    def find_grower(self) -> None:
        grower = pick_grower(self, self.services.registry, self.scan.text())
        if grower is not None:
            self._use_grower(grower)
        else:
            self.scan.selectAll()

    def _select_grower(self, grower_id: str) -> None:
        grower = self.services.registry.get(grower_id)
        if grower is not None:
            self._use_grower(grower)

    def _use_grower(self, grower: Grower) -> None:
        if self.lots and self.grower is not None and grower.id != self.grower.id:
            answer = QMessageBox.question(
                self,
                self.tr("Another grower"),
                self.tr("The lots on this receipt belong to %1. Start a new receipt for %2?")
                .replace("%1", self.grower.data.name)
                .replace("%2", grower.data.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.lots.clear()
            self.replaces = ""
        self.grower = grower
        self.scan.clear()
        self._update_all()
        self.crop.setFocus()

    # -- the scale ---------------------------------------------------------------------------

    def show_weight(self, grams: int | None, stable: bool) -> None:
        """A new reading from the scale (None: no valid weight)."""
        self.live = None if grams is None else (grams, stable)
        if grams is None:
            self.weight_label.setText("—")
            self.stable_label.setText("")
        else:
            self.weight_label.setText(format_kg(grams))
            self.stable_label.setText(self.tr("● Stable") if stable else self.tr("○ Moving"))
            style.set_role(self.stable_label, "" if stable else "error")
        self._update_buttons()

    def show_scale_status(self, text: str, ok: bool) -> None:
        self.scale_status.setText(text)
        style.set_role(self.scale_status, "hint" if ok else "error")

    def _stable_weight(self) -> int | None:
        if self.live is None or not self.live[1] or self.live[0] <= 0:
            return None
        return self.live[0]

    def take_gross(self) -> None:
        grams = self._stable_weight()
        if grams is None:
            self._lot_message(self.tr("Wait until the scale shows a stable weight."))
            return
        self.gross = Gross(grams)
        self._update_lot()

    def take_tare(self) -> None:
        grams = self._stable_weight()
        if grams is None:
            self._lot_message(self.tr("Wait until the scale shows a stable weight."))
            return
        self.tare_weighed = grams
        self.tare_weighed_radio.setChecked(True)
        self._update_lot()

    def type_gross(self) -> None:
        dialog = ManualWeightDialog(self.tr("Type the gross weight"), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.gross = Gross(dialog.grams, dialog.reason)
            self._update_lot()

    # -- the lot -----------------------------------------------------------------------------

    def _crop_changed(self) -> None:
        crop_id = self.crop.currentData()
        current = self.grade.currentText()
        self.grade.blockSignals(True)
        self.grade.clear()
        for rule in self.rules:
            if rule.crop_id == crop_id:
                self.grade.addItem(rule.grade, rule)
        index = self.grade.findText(current)
        self.grade.setCurrentIndex(max(index, 0))
        self.grade.blockSignals(False)
        self._update_lot()

    def current_rule(self) -> PriceRule | None:
        rule = self.grade.currentData()
        return rule if isinstance(rule, PriceRule) else None

    def _percent(self, field: QLineEdit) -> int | None:
        """Permille from a percent typed with at most one decimal; None when empty."""
        text = field.text().strip()
        return parse_percent(text, 1) if text else None

    def lot_input(self) -> LotInput | None:
        if self.gross is None:
            return None
        method = TareMethod.NONE
        tare = 0
        containers = 0
        container_name = ""
        if self.tare_containers.isChecked():
            container = self.container.currentData()
            containers = self.container_count.value()
            if container is not None and containers:
                method = TareMethod.CONTAINERS
                tare = container.tare_g
                container_name = container.name
        elif self.tare_weighed_radio.isChecked() and self.tare_weighed is not None:
            method = TareMethod.WEIGHED
            tare = self.tare_weighed
        return LotInput(
            gross_g=self.gross.grams,
            tare_method=method,
            tare_g=tare,
            containers=containers if method == TareMethod.CONTAINERS else 0,
            container=container_name,
            moisture_permille=self._percent(self.moisture),
            impurity_permille=self._percent(self.impurity),
            manual_reason=self.gross.manual_reason,
        )

    def priced_lot(self) -> Lot | None:
        """The lot as it stands, or None with the reason shown under the form."""
        rule = self.current_rule()
        if rule is None:
            self._lot_message(self.tr("No price is set for this crop. Ask the coordinator."))
            return None
        try:
            inp = self.lot_input()
        except ValueError:
            self._lot_message(self.tr("Type moisture and impurity as a percent, e.g. 14.5"))
            return None
        if inp is None:
            self._lot_message(self.tr("Take the gross weight from the scale (F2)."))
            return None
        try:
            lot = self.services.purchases.price(rule, inp)
        except LotError as exc:
            self._lot_message(self.lot_problem(exc.problem))
            return None
        self.lot_error.hide()
        return lot

    def lot_problem(self, problem: LotProblem) -> str:
        return {
            LotProblem.NO_GROSS: self.tr("Take the gross weight from the scale (F2)."),
            LotProblem.TARE_EXCEEDS_GROSS: self.tr("The tare is as heavy as the gross weight."),
            LotProblem.NEGATIVE: self.tr("A tare cannot be negative."),
            LotProblem.PERCENT_RANGE: self.tr("A percentage must be between 0 and 100."),
            LotProblem.NOTHING_LEFT: self.tr("The deductions take the whole weight."),
        }[problem]

    def _lot_message(self, text: str) -> None:
        self.lot_error.setText(text)
        self.lot_error.show()

    def _update_lot(self) -> None:
        rule = self.current_rule()
        self.price_label.setText(
            self.tr("%1 yuan/kg (rule version %2)")
            .replace("%1", format_yuan(rule.price_fen_per_kg))
            .replace("%2", str(rule.version))
            if rule
            else "—"
        )
        gross = "—"
        if self.gross is not None:
            gross = self.tr("%1 kg").replace("%1", format_kg(self.gross.grams))
            if self.gross.manual_reason:
                gross += "  " + self.tr("(typed: %1)").replace("%1", self.gross.manual_reason)
        self.gross_label.setText(gross)
        self.tare_label.setText(
            self.tr("weighed %1 kg").replace("%1", format_kg(self.tare_weighed))
            if self.tare_weighed is not None and self.tare_weighed_radio.isChecked()
            else ""
        )
        lot = self.priced_lot() if self.gross is not None else None
        if self.gross is None:
            self.lot_error.hide()
        if lot is None:
            self.deductions_label.setText("")
            self.net_label.setText(self.tr("Net: —"))
            self.amount_label.setText(self.tr("Amount: —"))
        else:
            self.deductions_label.setText(self.deduction_text(lot))
            self.net_label.setText(self.tr("Net: %1 kg").replace("%1", format_kg(lot.net_g)))
            self.amount_label.setText(
                self.tr("Amount: ¥%1").replace("%1", format_yuan(lot.amount_fen))
            )
        self._update_buttons()

    def deduction_text(self, lot: Lot) -> str:
        parts = [self.tr("Tare %1 kg").replace("%1", format_kg(lot.tare_g))]
        names = {"moisture": self.tr("Moisture"), "impurity": self.tr("Impurity")}
        for d in lot.deductions:
            measured = (
                f" {format_permille(d.measured_permille)}%"
                if d.measured_permille is not None
                else ""
            )
            parts.append(
                self.tr("%1%2: less %3 kg")
                .replace("%1", names.get(d.kind, d.kind))
                .replace("%2", measured)
                .replace("%3", format_kg(d.grams))
            )
        return "；".join(parts)

    def add_lot(self) -> None:
        if self.grower is None:
            self._lot_message(self.tr("Scan the grower's card first."))
            self.scan.setFocus()
            return
        lot = self.priced_lot()
        if lot is None:
            return
        self.lots.append(lot)
        self.gross = None
        self.tare_weighed = None
        self.moisture.clear()
        self.impurity.clear()
        self._update_all()
        self.take_gross_button.setFocus()

    def remove_lot(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lots):
            del self.lots[row]
            self._update_all()

    # -- the receipt -------------------------------------------------------------------------

    def start_over(self, ask: bool = True) -> None:
        if ask and self.lots:
            answer = QMessageBox.question(
                self,
                self.tr("Start over"),
                self.tr("Throw away the %n lot(s) on this receipt?", "", len(self.lots)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.grower = None
        self.lots.clear()
        self.gross = None
        self.tare_weighed = None
        self.replaces = ""
        self.moisture.clear()
        self.impurity.clear()
        self.container_count.setValue(0)
        self._update_all()
        self.scan.setFocus()

    def save(self) -> None:
        if self.saving or not self.save_button.isEnabled():
            return
        if self.grower is None or not self.lots:
            return
        if not self.station.clerk.strip():
            name, ok = QInputDialog.getText(
                self, self.tr("Clerk"), self.tr("Your name, printed on the receipts:")
            )
            if not ok or not name.strip():
                return
            self.station = Station(self.station.coop_name, self.station.coop_code, name.strip())
        grower_id, lots, replaces, station = (
            self.grower.id,
            list(self.lots),
            self.replaces,
            self.station,
        )
        self.saving = True
        self._update_buttons()
        self.tasks.run(
            lambda: self.services.purchases.record(station, grower_id, lots, replaces),
            self._saved,
            write=True,
        )

    def _saved(self, entry: object, error: BaseException | None) -> None:
        self.saving = False
        if error is not None:
            self._update_buttons()
            text = (
                self.ledger_problem(error.problem)
                if isinstance(error, LedgerError)
                else self.tr("The receipt could not be saved: %1").replace("%1", str(error))
            )
            QMessageBox.warning(self, self.tr("Not saved"), text)
            return
        self.start_over(ask=False)
        self.saved.emit(entry)

    def ledger_problem(self, problem: LedgerProblem) -> str:
        return {
            LedgerProblem.NO_LOTS: self.tr("Add at least one lot."),
            LedgerProblem.TOO_MANY_LOTS: self.tr("Too many lots for one receipt."),
            LedgerProblem.NO_CLERK: self.tr("Type the clerk's name in the station settings."),
            LedgerProblem.GROWER_UNKNOWN: self.tr("This grower is not in the registry."),
            LedgerProblem.GROWER_LEFT: self.tr("This grower has left the cooperative."),
            LedgerProblem.RULE_UNKNOWN: self.tr(
                "The price rule has changed. Price the lots again."
            ),
        }.get(problem, str(problem))

    # -- showing the state ---------------------------------------------------------------------

    def _update_all(self) -> None:
        if self.grower is None:
            self.grower_label.setText(self.tr("No grower yet"))
            style.set_role(self.grower_label, "hint")
        else:
            g = self.grower
            self.grower_label.setText(f"{g.data.name}    {g.card_no}")
            style.set_role(self.grower_label, "title")
            style.set_point_size(self.grower_label, 16, bold=True)
        self.table.setRowCount(len(self.lots))
        for row, lot in enumerate(self.lots):
            note = (
                self.tr("typed: %1").replace("%1", lot.manual_reason) if lot.manual_reason else ""
            )
            values = [
                lot.crop,
                lot.grade,
                format_kg(lot.gross_g),
                format_kg(lot.tare_g),
                format_kg(lot.deducted_g),
                format_kg(lot.net_g),
                format_yuan(lot.price_fen_per_kg),
                format_yuan(lot.amount_fen),
                note,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 2 <= column <= 7:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        total = sum(lot.amount_fen for lot in self.lots)
        net = sum(lot.net_g for lot in self.lots)
        if self.lots:
            self.total_label.setText(
                self.tr("%n lot(s), net %1 kg, total ¥%2", "", len(self.lots))
                .replace("%1", format_kg(net))
                .replace("%2", format_yuan(total))
            )
            self.capital_label.setText(
                self.tr("In words: %1").replace("%1", chinese_capital(total))
            )
        else:
            self.total_label.setText(self.tr("No lots on this receipt yet"))
            self.capital_label.setText("")
        self.replaces_label.setText(
            self.tr("Corrects voided receipt %1").replace("%1", self.replaces)
            if self.replaces
            else ""
        )
        self._update_lot()

    def _update_buttons(self) -> None:
        self.receipts_button.setEnabled(self.grower is not None)
        has_weight = self._stable_weight() is not None
        self.take_gross_button.setEnabled(has_weight)
        self.take_tare_button.setEnabled(has_weight)
        self.remove_button.setEnabled(bool(self.lots))
        self.save_button.setEnabled(bool(self.lots) and self.grower is not None and not self.saving)
