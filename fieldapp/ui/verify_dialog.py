"""Is this paper receipt genuine? Scan its QR code (a USB scanner types it and presses
Enter) or paste its text, and the answer comes big and in colour; the field is ready
for the next receipt at once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.cards import decode_card
from fieldapp.domain.money import chinese_capital, format_kg, format_yuan
from fieldapp.domain.receipts import Decoded, ReceiptCheck, lots_from_values
from fieldapp.services.bundle import Services
from fieldapp.services.purchases import LedgerEntry

from . import style
from .ledger_text import (
    AMBER,
    AMBER_BACKGROUND,
    GREEN,
    GREEN_BACKGROUND,
    GREY,
    GREY_BACKGROUND,
    RED,
    RED_BACKGROUND,
    local_time,
    method_text,
)

HEADLINE_POINT_SIZE = 26

COLOURS = {
    ReceiptCheck.GENUINE: (GREEN, GREEN_BACKGROUND),
    ReceiptCheck.ALTERED: (RED, RED_BACKGROUND),
    ReceiptCheck.UNKNOWN_KEY: (AMBER, AMBER_BACKGROUND),
    ReceiptCheck.NOT_A_RECEIPT: (GREY, GREY_BACKGROUND),
}
MARKS = {
    ReceiptCheck.GENUINE: "✔",
    ReceiptCheck.ALTERED: "✘",
    ReceiptCheck.UNKNOWN_KEY: "?",
    ReceiptCheck.NOT_A_RECEIPT: "–",
}


def _value(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    style.set_point_size(label, 13)
    return label


class VerifyDialog(QDialog):
    checked = Signal(str)  # the ReceiptCheck value of the last scan

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._scans = 0
        self.result: ReceiptCheck | None = None
        self.decoded: Decoded | None = None
        self.ledger_entry: LedgerEntry | None = None
        self.setWindowTitle(self.tr("Check a receipt"))
        self.setMinimumSize(820, 640)
        self.resize(960, 740)

        prompt = QLabel(
            self.tr("Scan the QR code on the receipt, or paste its text and press Enter.")
        )
        style.set_point_size(prompt, 13)
        self.code = QLineEdit()
        self.code.setObjectName("receiptCode")
        self.code.setPlaceholderText(self.tr("Receipt code (FAR1:…)"))
        self.code.setClearButtonEnabled(True)
        style.set_point_size(self.code, 16)
        self.code.setMinimumHeight(52)
        self.code.returnPressed.connect(self._entered)
        self.scan_info = QLabel()
        style.set_role(self.scan_info, "hint")

        self.panel = QFrame()
        self.panel.setObjectName("result")
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        style.set_point_size(self.headline, HEADLINE_POINT_SIZE, bold=True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        style.set_point_size(self.explanation, 14)
        self.ledger_line = QLabel()
        self.ledger_line.setWordWrap(True)
        style.set_point_size(self.ledger_line, 14, bold=True)

        self.number = _value()
        self.issued = _value()
        self.grower = _value()
        self.card = _value()
        self.total = _value()
        style.set_point_size(self.total, 16, bold=True)
        self.capitals = _value()
        self.issuer = _value()
        self.replaces = _value()
        self.details = QWidget()
        grid = QFormLayout(self.details)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self._rows = {}
        for key, title, widget in (
            ("number", self.tr("Receipt no."), self.number),
            ("issued", self.tr("Issued"), self.issued),
            ("grower", self.tr("Grower"), self.grower),
            ("card", self.tr("Card"), self.card),
            ("total", self.tr("Total"), self.total),
            ("capitals", self.tr("In words"), self.capitals),
            ("issuer", self.tr("Issued by"), self.issuer),
            ("replaces", self.tr("Corrects"), self.replaces),
        ):
            title_label = QLabel(title)
            style.set_point_size(title_label, 13)
            grid.addRow(title_label, widget)
            self._rows[key] = (title_label, widget)

        self.lots = QTableWidget(0, 5)
        self.lots.setHorizontalHeaderLabels(
            [
                self.tr("Crop"),
                self.tr("Grade"),
                self.tr("Net (kg)"),
                self.tr("Price (yuan/kg)"),
                self.tr("Amount (yuan)"),
            ]
        )
        self.lots.setStyleSheet(style.TABLE)
        self.lots.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lots.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lots.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lots.verticalHeader().hide()
        self.lots.verticalHeader().setDefaultSectionSize(30)
        self.lots.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(20, 14, 20, 14)
        panel_layout.addWidget(self.headline)
        panel_layout.addWidget(self.explanation)
        panel_layout.addWidget(self.ledger_line)
        panel_layout.addSpacing(6)
        panel_layout.addWidget(self.details)
        panel_layout.addWidget(self.lots, 1)
        panel_layout.addStretch(0)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(code_row)
        layout.addWidget(self.scan_info)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)

        self._show_waiting()
        self.code.setFocus()

    # -- scanning --------------------------------------------------------------------------

    def _entered(self) -> None:
        text = self.code.text()
        if text.strip():
            self.check(text)
        self.code.clear()
        self.code.setFocus()

    def check(self, payload: str) -> ReceiptCheck:
        """Check a scanned or pasted code and show the answer; the field is emptied."""
        # A receipt code has no spaces; pasting may add line breaks.
        text = "".join(payload.split())
        result, decoded = self._services.purchases.verify(text)
        entry = None
        if decoded is not None and result in (ReceiptCheck.GENUINE, ReceiptCheck.UNKNOWN_KEY):
            entry = self._services.purchases.entry_by_number(decoded.number)
        self.result, self.decoded, self.ledger_entry = result, decoded, entry
        self._scans += 1
        self.scan_info.setText(
            self.tr("Scan {n} at {time}. Ready for the next receipt.").format(
                n=self._scans, time=dt.datetime.now().strftime("%H:%M:%S")
            )
        )
        self._show(result, decoded, entry, is_card=decode_card(text) is not None)
        self.code.clear()
        self.code.setFocus()
        self.checked.emit(str(result))
        return result

    # -- showing ---------------------------------------------------------------------------

    def _paint(self, colour: str, background: str) -> None:
        self.panel.setStyleSheet(
            f"QFrame#result {{ background: {background}; border-left: 10px solid {colour}; }}"
        )
        self.headline.setStyleSheet(f"color: {colour};")

    def _show_waiting(self) -> None:
        self._paint(GREY, GREY_BACKGROUND)
        self.headline.setText(self.tr("Waiting for a receipt"))
        self.explanation.setText(
            self.tr(
                "Put the cursor in the field above and scan the receipt's QR code. "
                "The answer appears here."
            )
        )
        self.ledger_line.hide()
        self.details.hide()
        self.lots.hide()

    def _show(
        self,
        result: ReceiptCheck,
        decoded: Decoded | None,
        entry: LedgerEntry | None,
        is_card: bool,
    ) -> None:
        colour, background = COLOURS[result]
        self._paint(colour, background)
        mark = MARKS[result]
        if result == ReceiptCheck.GENUINE:
            self.headline.setText(f"{mark} " + self.tr("Genuine"))
            self.explanation.setText(
                self.tr(
                    "This receipt is exactly as the cooperative's laptop signed it. What it says:"
                )
            )
        elif result == ReceiptCheck.ALTERED:
            self.headline.setText(f"{mark} " + self.tr("Altered"))
            self.explanation.setText(
                self.tr("This receipt's code has been changed or damaged; do not pay on it.")
            )
        elif result == ReceiptCheck.UNKNOWN_KEY:
            self.headline.setText(f"{mark} " + self.tr("Cannot be checked yet"))
            self.explanation.setText(
                self.tr(
                    "It was signed by a laptop this installation does not know yet. Sync with "
                    "the cooperative first, then scan it again. Until then, do not pay on it. "
                    "What it says, unchecked:"
                )
            )
        else:
            self.headline.setText(f"{mark} " + self.tr("Not a receipt"))
            self.explanation.setText(
                self.tr("This is not a FieldApp receipt code: it is a grower card.")
                if is_card
                else self.tr("This is not a FieldApp receipt code.")
            )
        shows_content = decoded is not None and result in (
            ReceiptCheck.GENUINE,
            ReceiptCheck.UNKNOWN_KEY,
        )
        self.details.setVisible(shows_content)
        self.lots.setVisible(shows_content)
        if shows_content and decoded is not None:
            self._fill(decoded, trusted=result == ReceiptCheck.GENUINE)
        self._show_ledger(entry if shows_content else None, shows_content)

    def _fill(self, decoded: Decoded, trusted: bool) -> None:
        values = decoded.values
        self.number.setText(decoded.number)
        self.issued.setText(local_time(decoded.issued_at))
        self.grower.setText(decoded.grower_name)
        self.card.setText(decoded.card_no)
        self.total.setText(self.tr("{yuan} yuan").format(yuan=format_yuan(decoded.total_fen)))
        try:
            self.capitals.setText(chinese_capital(decoded.total_fen))
        except ValueError:
            self.capitals.setText("—")
        coop, clerk, replaces = str(values[3]), str(values[6]), str(values[9])
        self.issuer.setText(" · ".join(part for part in (coop, clerk) if part) or "—")
        self.replaces.setText(replaces)
        for key in ("replaces",):
            for widget in self._rows[key]:
                widget.setVisible(bool(replaces))
        colour = "" if trusted else f"color: {GREY};"
        for _, widget in self._rows.values():
            widget.setStyleSheet(colour)
        self.lots.setStyleSheet(style.TABLE + ("" if trusted else f" QTableWidget {{ {colour} }}"))
        try:
            lots = lots_from_values(values)
        except (IndexError, TypeError, ValueError):
            lots = ()
        self.lots.setRowCount(len(lots))
        for row, lot in enumerate(lots):
            cells = (
                (lot.crop, False),
                (lot.grade, False),
                (format_kg(lot.net_g), True),
                (format_yuan(lot.price_fen_per_kg), True),
                (format_yuan(lot.amount_fen), True),
            )
            for column, (text, right) in enumerate(cells):
                item = QTableWidgetItem(text)
                if right:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lots.setItem(row, column, item)
        header = self.lots.horizontalHeader().sizeHint().height()
        rows = min(len(lots), 6)
        self.lots.setFixedHeight(header + rows * 30 + 4)

    def _show_ledger(self, entry: LedgerEntry | None, scanned_receipt: bool) -> None:
        if not scanned_receipt:
            self.ledger_line.hide()
            return
        if entry is None:
            text = self.tr(
                "Not in this laptop's ledger: it was issued on another laptop that has not "
                "synced with this one yet."
            )
            colour = GREY
        elif entry.void is not None:
            text = self.tr(
                "VOID in this laptop's ledger since {time} ({reason}). Do not pay on it."
            ).format(time=local_time(entry.void.voided_at), reason=entry.void.reason)
            if entry.replaced_by:
                text += " " + self.tr("It was corrected by receipt {number}.").format(
                    number=entry.replaced_by
                )
            colour = RED
        elif entry.payment is not None:
            method = method_text(entry.payment.method)
            if entry.payment.reference:
                method += " " + entry.payment.reference
            text = self.tr(
                "Already PAID on {time} ({method}, {clerk}). Do not pay it again."
            ).format(
                time=local_time(entry.payment.paid_at),
                method=method,
                clerk=entry.payment.clerk or "—",
            )
            colour = AMBER
        else:
            text = self.tr("In this laptop's ledger: not paid yet.")
            colour = GREEN
        self.ledger_line.setText(text)
        self.ledger_line.setStyleSheet(f"color: {colour};")
        self.ledger_line.show()
