"""The weighing station's page: the station screen and the day's receipts as tabs, the
scale, printing, and the coordinator's dialogs (price rules, verify, settlement)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.domain.money import format_yuan
from fieldapp.scale.transports import list_ports
from fieldapp.services.bundle import Services
from fieldapp.services.purchases import LedgerEntry, Station
from fieldapp.settings import Settings
from fieldapp.tasks import Tasks

from .receipt_printer import ReceiptPrinter
from .receipts_page import ReceiptsPage
from .scale_feed import ScaleFeed
from .station_page import StationPage


class WeighingPage(QWidget):
    def __init__(
        self, services: Services, tasks: Tasks, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.settings = settings
        self.station = StationPage(services, tasks)
        self.receipts = ReceiptsPage(services, tasks)
        self.feed = ScaleFeed(self)
        self.printer = ReceiptPrinter(settings, self)
        self.dialog: QWidget | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self.station, self.tr("Weigh and buy"))
        self.tabs.addTab(self.receipts, self.tr("Receipts and payments"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        rules = QPushButton(self.tr("Prices and grades…"))
        verify = QPushButton(self.tr("Check a receipt…"))
        settlement = QPushButton(self.tr("Day settlement…"))
        for button in (rules, verify, settlement):
            button.setMinimumHeight(36)
        rules.clicked.connect(self.open_rules)
        verify.clicked.connect(self.open_verify)
        settlement.clicked.connect(self.open_settlement)
        self.tabs.setCornerWidget(self._row(rules, verify, settlement), Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)

        self.feed.weightChanged.connect(self.station.show_weight)
        self.feed.statusChanged.connect(self.station.show_scale_status)
        self.station.saved.connect(self._saved)
        self.station.settingsRequested.connect(self.open_settings)
        self.station.growerReceiptsRequested.connect(self.show_grower_receipts)
        self.receipts.reprintRequested.connect(lambda rid: self.print_receipt(rid, copy=True))
        self.receipts.savePdfRequested.connect(self.save_receipt_pdf)
        self.receipts.correctRequested.connect(self._correct)
        self.apply_settings()

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 8, 0)
        for widget in widgets:
            row.addWidget(widget)
        return box

    def apply_settings(self) -> None:
        s = self.settings
        self.station.set_station(
            Station(s.get(keys.COOP_NAME), s.get(keys.COOP_CODE), s.get(keys.CLERK))
        )
        self.receipts.set_clerk(s.get(keys.CLERK))
        self.feed.start(s)

    def stop(self) -> None:
        self.feed.stop()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.receipts:
            self.receipts.refresh()

    # -- receipts on paper ---------------------------------------------------------------------

    def _saved(self, entry: LedgerEntry) -> None:
        self.notice.setText(
            self.tr("Receipt %1 saved: ¥%2")
            .replace("%1", entry.signed.receipt.number)
            .replace("%2", format_yuan(entry.signed.receipt.total_fen))
        )
        self.print_receipt(entry.id, copy=False)

    def print_receipt(self, receipt_id: str, copy: bool) -> None:
        layout = self.settings.get(keys.RECEIPT_LAYOUT)
        purchases = self.services.purchases

        def done(pdf: bytes | None, error: BaseException | None) -> None:
            if error is not None or pdf is None:
                QMessageBox.warning(
                    self,
                    self.tr("Not printed"),
                    self.tr(
                        "The receipt is saved but could not be made ready for printing: %1"
                    ).replace("%1", str(error)),
                )
                return
            try:
                printed = self.printer.print_pdf(pdf, receipt_id)
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Not printed"),
                    self.tr(
                        "The receipt is saved but the printer failed: %1\n"
                        "Print it again from Receipts and payments."
                    ).replace("%1", str(exc)),
                )
                return
            if not printed:
                self.notice.setText(
                    self.notice.text()
                    + "  "
                    + self.tr("(not printed: reprint it from the receipts)")
                )

        self.tasks.run(lambda: purchases.receipt_pdf(receipt_id, layout, copy=copy), done)

    def save_receipt_pdf(self, receipt_id: str) -> None:
        """The receipt as a PDF file (an original's copy: marked COPY, as every reprint)."""
        layout = self.settings.get(keys.RECEIPT_LAYOUT)
        purchases = self.services.purchases
        entry = purchases.entry(receipt_id)
        if entry is None:
            return

        def done(pdf: bytes | None, error: BaseException | None) -> None:
            if error is not None or pdf is None:
                QMessageBox.warning(self, self.tr("Not saved"), str(error))
                return
            try:
                saved = self.printer.save_pdf(pdf, f"{entry.signed.receipt.number}.pdf")
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Not saved"), str(exc))
                return
            if saved is not None:
                self.notice.setText(self.tr("Saved to %1").replace("%1", str(saved)))

        self.tasks.run(lambda: purchases.receipt_pdf(receipt_id, layout, copy=True), done)

    def show_grower_receipts(self, grower_id: str) -> None:
        self.tabs.setCurrentWidget(self.receipts)
        self.receipts.show_grower(grower_id)

    def _correct(self, receipt_id: str) -> None:
        self.tabs.setCurrentWidget(self.station)
        self.station.correct(receipt_id)

    # -- dialogs ---------------------------------------------------------------------------------

    def open_settings(self) -> None:
        from .station_settings import StationSettingsDialog

        ports = [(p.device, p.description) for p in list_ports()]
        dialog = StationSettingsDialog(self.settings, ports, self, self.tasks)
        if dialog.exec():
            self.apply_settings()

    def open_rules(self) -> None:
        from .rules_dialog import RulesDialog

        dialog = RulesDialog(self.services, self.tasks, self)
        dialog.changed.connect(self.station.reload_rules)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def open_verify(self) -> None:
        from .verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def open_settlement(self) -> None:
        from .settlement_dialog import SettlementDialog

        dialog = SettlementDialog(self.services, self.tasks, self.settings, self.printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
