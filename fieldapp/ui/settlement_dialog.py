"""End of the day: the settlement for a date, on screen, on paper and as a workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.domain.money import chinese_capital, format_kg, format_yuan
from fieldapp.services.bundle import Services
from fieldapp.settings import Settings
from fieldapp.tasks import Tasks

from . import style
from .messages import save_failure_text
from .receipt_printer import ReceiptPrinter

if TYPE_CHECKING:
    from fieldapp.domain.settlement import Settlement


class SettlementDialog(QDialog):
    def __init__(
        self,
        services: Services,
        tasks: Tasks,
        settings: Settings,
        printer: ReceiptPrinter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.settings = settings
        self.printer = printer
        self.settlement: Settlement | None = None
        self.setWindowTitle(self.tr("Day settlement"))
        self.setMinimumSize(620, 420)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMinimumHeight(36)
        self.day.dateChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        style.set_point_size(self.summary, 13)
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save as Excel…"))
        close = QPushButton(self.tr("Close"))
        for button in (self.print_button, self.pdf_button, self.xlsx_button, close):
            button.setMinimumHeight(40)
        self.print_button.clicked.connect(self.print_settlement)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary, 1)
        layout.addLayout(buttons)
        self.refresh()

    def chosen_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        day, purchases = self.chosen_day(), self.services.purchases
        coop = self.settings.get(keys.COOP_NAME)
        self._enable(False)
        self.summary.setText(self.tr("Adding up…"))
        self.tasks.run(lambda: purchases.settlement(day, coop), self._shown)

    def _enable(self, on: bool) -> None:
        for button in (self.print_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(on)

    def _shown(self, settlement: Settlement | None, error: BaseException | None) -> None:
        if error is not None or settlement is None:
            self.summary.setText(
                self.tr("The settlement could not be made: %1").replace("%1", str(error))
            )
            return
        self.settlement = settlement
        count = len(settlement.receipts)
        if not count and not settlement.voided:
            self.summary.setText(self.tr("No receipts were issued on this day."))
            return
        self._enable(True)
        amount = sum(r.amount_fen for r in settlement.receipts)
        net = sum(r.net_g for r in settlement.receipts)
        unpaid = sum(r.amount_fen for r in settlement.receipts if r.payment == "unpaid")
        lines = [
            self.tr("%n receipt(s), net %1 kg", "", count).replace("%1", format_kg(net)),
            self.tr("Total ¥%1 (%2)")
            .replace("%1", format_yuan(amount))
            .replace("%2", chinese_capital(amount)),
            self.tr("Paid ¥%1, unpaid ¥%2")
            .replace("%1", format_yuan(amount - unpaid))
            .replace("%2", format_yuan(unpaid)),
            self.tr("%n voided receipt(s), not counted", "", len(settlement.voided)),
        ]
        self.summary.setText("\n\n".join(lines))

    def _file_name(self, suffix: str) -> str:
        return self.tr("settlement-%1").replace("%1", self.chosen_day().isoformat()) + suffix

    def _ask_path(self, suffix: str, filter_text: str) -> Path | None:
        folder = self.settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the settlement"),
            str(Path(folder) / self._file_name(suffix)),
            filter_text,
        )
        if not path:
            return None
        target = Path(path).with_suffix(suffix)
        self.settings.set(keys.LAST_EXPORT_DIR, str(target.parent))
        return target

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), save_failure_text(error))

    def save_pdf(self) -> None:
        settlement, purchases = self.settlement, self.services.purchases
        target = self._ask_path(".pdf", "PDF (*.pdf)")
        if settlement is None or target is None:
            return

        def write() -> None:
            target.write_bytes(purchases.settlement_pdf(settlement))

        self.tasks.run(write, lambda _, error: error and self._failed(error))

    def save_xlsx(self) -> None:
        settlement, purchases = self.settlement, self.services.purchases
        target = self._ask_path(".xlsx", self.tr("Excel workbook (*.xlsx)"))
        if settlement is None or target is None:
            return
        self.tasks.run(
            lambda: purchases.settlement_xlsx(settlement, target),
            lambda _, error: error and self._failed(error),
        )

    def print_settlement(self) -> None:
        settlement, purchases = self.settlement, self.services.purchases
        if settlement is None:
            return

        def done(pdf: bytes | None, error: BaseException | None) -> None:
            if error is not None or pdf is None:
                self._failed(error or OSError())
                return
            # Settlements go to the office printer: always ask, never the receipt roll.
            self.printer.print_pdf(pdf, self._file_name(""), ask=True, copies=1, remember=False)

        self.tasks.run(lambda: purchases.settlement_pdf(settlement), done)
