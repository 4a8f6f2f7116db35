"""The receipts of a day (or of one grower): who was paid, who is still owed, and
the three things done to a receipt afterwards: pay it, void it, print it again.

Receipts are never edited. Voiding keeps the receipt in the ledger marked void,
with the reason; a corrected receipt is a new one that refers to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.money import chinese_capital, format_kg, format_yuan
from fieldapp.domain.receipts import decode_payload, is_receipt_code
from fieldapp.domain.text import clean
from fieldapp.services.bundle import Services
from fieldapp.services.purchases import MAX_REASON, LedgerEntry, PaymentMethod
from fieldapp.tasks import Tasks

from . import forms, style
from .ledger_text import (
    AMBER,
    GREEN,
    GREY,
    GREY_BACKGROUND,
    RED,
    day_bounds,
    error_text,
    local_time,
    method_text,
    status_text,
)

AMOUNT_POINT_SIZE = 30


def _receipt_number_of(text: str) -> str:
    """The receipt number in what was typed or scanned (a receipt's QR code holds it)."""
    if is_receipt_code(text):
        decoded = decode_payload(text)
        return decoded.number if decoded is not None else ""
    return clean(text).upper()


class ReceiptsModel(QAbstractTableModel):
    COLUMNS = ("number", "time", "grower", "card", "net", "amount", "status", "clerk")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[LedgerEntry] = []
        self._shown: list[LedgerEntry] = []
        self._query = ""
        self.time_format = "%H:%M"

    # -- content ---------------------------------------------------------------------------

    def set_entries(self, entries: list[LedgerEntry]) -> None:
        self.beginResetModel()
        self._all = entries
        self._shown = self._filtered()
        self.endResetModel()

    def set_query(self, text: str) -> None:
        self.beginResetModel()
        self._query = text
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[LedgerEntry]:
        text = self._query.strip()
        if not text:
            return list(self._all)
        number = _receipt_number_of(text)
        if is_receipt_code(text):
            return [e for e in self._all if e.signed.receipt.number == number]
        needle = clean(text).lower()
        return [
            e
            for e in self._all
            if needle in e.signed.receipt.number.lower()
            or needle in e.signed.receipt.grower_name.lower()
            or needle in e.signed.receipt.card_no.lower()
        ]

    def entries(self) -> list[LedgerEntry]:
        return list(self._shown)

    def all_entries(self) -> list[LedgerEntry]:
        return list(self._all)

    def entry(self, row: int) -> LedgerEntry | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, receipt_id: str) -> int:
        return next((i for i, e in enumerate(self._shown) if e.id == receipt_id), -1)

    # -- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "number": self.tr("Receipt no."),
            "time": self.tr("Time"),
            "grower": self.tr("Grower"),
            "card": self.tr("Card"),
            "net": self.tr("Net (kg)"),
            "amount": self.tr("Amount (yuan)"),
            "status": self.tr("Status"),
            "clerk": self.tr("Clerk"),
        }
        return titles[self.COLUMNS[section]]

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = self.COLUMNS[index.column()]
        receipt = entry.signed.receipt
        void = entry.void is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "number": receipt.number,
                "time": local_time(receipt.issued_at, self.time_format),
                "grower": receipt.grower_name,
                "card": receipt.card_no,
                "net": format_kg(receipt.net_g),
                "amount": format_yuan(receipt.total_fen),
                "status": status_text(entry),
                "clerk": receipt.clerk,
            }[column]
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in ("net", "amount"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "status":
                if void:
                    return QColor(RED)
                return QColor(AMBER if entry.payment is None else GREEN)
            return QColor(GREY) if void else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(GREY_BACKGROUND) if void else None
        if role == Qt.ItemDataRole.FontRole:
            if column == "status":
                font = QFont()
                font.setBold(True)
                return font
            if void:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        return None

    def _tooltip(self, entry: LedgerEntry) -> str:
        lines = []
        if entry.void is not None:
            lines.append(
                self.tr("Voided {time} by {clerk}: {reason}").format(
                    time=local_time(entry.void.voided_at),
                    clerk=entry.void.clerk or "—",
                    reason=entry.void.reason,
                )
            )
            if entry.replaced_by:
                lines.append(
                    self.tr("Corrected by receipt {number}").format(number=entry.replaced_by)
                )
        if entry.payment is not None:
            line = self.tr("Paid {time} by {clerk}, {method}").format(
                time=local_time(entry.payment.paid_at),
                clerk=entry.payment.clerk or "—",
                method=method_text(entry.payment.method),
            )
            if entry.payment.reference:
                line += " · " + entry.payment.reference
            lines.append(line)
        if entry.signed.receipt.replaces:
            lines.append(
                self.tr("Corrects receipt {number}").format(number=entry.signed.receipt.replaces)
            )
        return "\n".join(lines)


@dataclass(frozen=True)
class Totals:
    count: int  # receipts that count: not void
    net_g: int
    amount_fen: int
    unpaid_fen: int
    unpaid: int
    void: int


def totals(entries: list[LedgerEntry]) -> Totals:
    live = [e for e in entries if e.void is None]
    unpaid = [e for e in live if e.payment is None]
    return Totals(
        count=len(live),
        net_g=sum(e.signed.receipt.net_g for e in live),
        amount_fen=sum(e.signed.receipt.total_fen for e in live),
        unpaid_fen=sum(e.signed.receipt.total_fen for e in unpaid),
        unpaid=len(unpaid),
        void=len(entries) - len(live),
    )


def _summary(entry: LedgerEntry) -> QLabel:
    """Receipt number, grower and time, for the top of the pay and void dialogs."""
    receipt = entry.signed.receipt
    label = QLabel(
        f"<b>{receipt.number}</b><br>{receipt.grower_name} · {receipt.card_no}"
        f"<br>{local_time(receipt.issued_at)} · {receipt.clerk}"
    )
    style.set_point_size(label, 13)
    return label


class PayDialog(QDialog):
    """Cash or transfer, with the amount shown big; a transfer needs its reference."""

    def __init__(
        self, entry: LedgerEntry, clerk: str, account: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        receipt = entry.signed.receipt
        self.setWindowTitle(self.tr("Pay receipt {number}").format(number=receipt.number))
        self.setMinimumWidth(560)

        amount_title = QLabel(self.tr("Amount to pay"))
        style.set_role(amount_title, "hint")
        self.amount = QLabel(self.tr("{yuan} yuan").format(yuan=format_yuan(receipt.total_fen)))
        style.set_point_size(self.amount, AMOUNT_POINT_SIZE, bold=True)
        self.capitals = QLabel(chinese_capital(receipt.total_fen))
        style.set_point_size(self.capitals, 14)

        self.cash = QRadioButton(self.tr("Cash"))
        self.transfer = QRadioButton(self.tr("Bank transfer"))
        self.method_group = QButtonGroup(self)
        methods = QHBoxLayout()
        for button in (self.cash, self.transfer):
            style.set_point_size(button, 14)
            button.setMinimumHeight(40)
            self.method_group.addButton(button)
            methods.addWidget(button)
        methods.addStretch(1)
        self.cash.setChecked(True)
        methods_box = QWidget()
        methods_box.setLayout(methods)
        methods.setContentsMargins(0, 0, 0, 0)

        self.reference = QLineEdit()
        self.reference.setMaxLength(60)
        self.reference.setPlaceholderText(self.tr("The bank's transaction number"))
        self.account_hint = QLabel(self.tr("Grower's account: {account}").format(account=account))
        style.set_role(self.account_hint, "hint")
        self.account_hint.setVisible(bool(account))
        self.clerk = QLineEdit(clerk)
        self.clerk.setMaxLength(30)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        forms.add_field(form, self.tr("Paid in"), methods_box)
        self.reference_error = forms.add_field(
            form, self.tr("Transfer reference"), self.reference, self.account_hint
        )
        self.clerk_error = forms.add_field(form, self.tr("Clerk"), self.clerk)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.pay_button = self.buttons.addButton(
            self.tr("Mark as paid"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pay_button.setDefault(True)
        self.pay_button.setMinimumHeight(40)
        style.set_point_size(self.pay_button, 13, bold=True)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(_summary(entry))
        layout.addSpacing(8)
        layout.addWidget(amount_title)
        layout.addWidget(self.amount)
        layout.addWidget(self.capitals)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.transfer.toggled.connect(self._method_changed)
        self.reference.textEdited.connect(self._recheck)
        self.clerk.textEdited.connect(self._recheck)
        self._method_changed()
        self.cash.setFocus()

    def method(self) -> PaymentMethod:
        return PaymentMethod.TRANSFER if self.transfer.isChecked() else PaymentMethod.CASH

    def _method_changed(self) -> None:
        transfer = self.transfer.isChecked()
        self.reference.setEnabled(transfer)
        if transfer:
            self.reference.setFocus()
        else:
            self.reference_error.hide()

    def _recheck(self) -> None:
        if not self.reference_error.isHidden() or not self.clerk_error.isHidden():
            self._check()

    def _check(self) -> bool:
        reference_ok = self.method() == PaymentMethod.CASH or bool(clean(self.reference.text()))
        self.reference_error.setText(self.tr("A transfer needs the bank's reference."))
        self.reference_error.setVisible(not reference_ok)
        clerk_ok = bool(clean(self.clerk.text()))
        self.clerk_error.setText(self.tr("Write who is paying."))
        self.clerk_error.setVisible(not clerk_ok)
        self.adjustSize()  # room for the messages
        return reference_ok and clerk_ok

    def confirm(self) -> None:
        if self._check():
            self.accept()
        elif not self.reference_error.isHidden():
            self.reference.setFocus()
        else:
            self.clerk.setFocus()


class VoidDialog(QDialog):
    """Voiding with a reason; it says plainly that this cannot be undone."""

    def __init__(self, entry: LedgerEntry, clerk: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        receipt = entry.signed.receipt
        self.setWindowTitle(self.tr("Void receipt {number}").format(number=receipt.number))
        self.setMinimumWidth(600)

        amount = QLabel(
            self.tr("{kg} kg · {yuan} yuan").format(
                kg=format_kg(receipt.net_g), yuan=format_yuan(receipt.total_fen)
            )
        )
        style.set_point_size(amount, 16, bold=True)
        self.warning = QLabel(
            self.tr(
                "Voiding cannot be undone. The receipt stays in the ledger, marked void, "
                "with your reason, and its number is never used again. The grower's paper "
                "receipt is no longer valid: take it back if you can."
            )
        )
        self.warning.setWordWrap(True)
        style.set_role(self.warning, "error")
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("Why is this receipt void? e.g. gross weight typed wrong, wrong grower")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(96)
        self.counter = QLabel()
        style.set_role(self.counter, "hint")
        self.clerk = QLineEdit(clerk)
        self.clerk.setMaxLength(30)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reason_error = forms.add_field(form, self.tr("Reason *"), self.reason, self.counter)
        self.clerk_error = forms.add_field(form, self.tr("Clerk"), self.clerk)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Keep the receipt"))
        cancel.setDefault(True)
        self.void_button = self.buttons.addButton(
            self.tr("Void receipt"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.void_button.setAutoDefault(False)
        self.void_button.setMinimumHeight(40)
        self.void_button.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(_summary(entry))
        layout.addWidget(amount)
        layout.addSpacing(6)
        layout.addWidget(self.warning)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.reason.textChanged.connect(self._reason_changed)
        self.clerk.textEdited.connect(self._reason_changed)
        self._reason_changed()
        self.reason.setFocus()

    def reason_text(self) -> str:
        return clean(self.reason.toPlainText())

    def _reason_changed(self) -> None:
        self.counter.setText(
            self.tr("{n} of {max} characters").format(n=len(self.reason_text()), max=MAX_REASON)
        )
        if not self.reason_error.isHidden():
            self._check()

    def _check(self) -> bool:
        reason = self.reason_text()
        problem = ""
        if not reason:
            problem = self.tr("Write why the receipt is void; the reason is kept and printed.")
        elif len(reason) > MAX_REASON:
            problem = self.tr("The reason is too long (at most {n} characters).").format(
                n=MAX_REASON
            )
        self.reason_error.setText(problem)
        self.reason_error.setVisible(bool(problem))
        clerk_ok = bool(clean(self.clerk.text()))
        self.clerk_error.setText(self.tr("Write who is voiding the receipt."))
        self.clerk_error.setVisible(not clerk_ok)
        self.adjustSize()  # room for the messages
        return not problem and clerk_ok

    def confirm(self) -> None:
        if self._check():
            self.accept()
        elif not self.reason_error.isHidden():
            self.reason.setFocus()
        else:
            self.clerk.setFocus()


class ReceiptsPage(QWidget):
    correctRequested = Signal(str)  # receipt id of a voided receipt to issue again, corrected
    reprintRequested = Signal(str)  # receipt id
    savePdfRequested = Signal(str)  # receipt id
    receiptChanged = Signal(str)  # receipt id: paid or voided here

    def __init__(self, services: Services, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._generation = 0
        self._grower_id = ""
        self._grower_title = ""
        self._select_after = ""
        self._notice_receipt = ""
        self._busy = False
        self.clerk = ""
        self.pay_dialog: PayDialog | None = None
        self.void_dialog: VoidDialog | None = None

        self.title = QLabel(self.tr("Receipts"))
        style.set_point_size(self.title, style.TITLE_POINT_SIZE, bold=True)
        today = QDate.currentDate()
        self.first_day = QDateEdit(today)
        self.last_day = QDateEdit(today)
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumWidth(140)
            edit.dateChanged.connect(self._dates_changed)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(self.show_today)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.days_box = QWidget()
        days = QHBoxLayout(self.days_box)
        days.setContentsMargins(0, 0, 0, 0)
        days.addWidget(QLabel(self.tr("From")))
        days.addWidget(self.first_day)
        days.addWidget(QLabel(self.tr("to")))
        days.addWidget(self.last_day)
        days.addWidget(self.today_button)

        self.grower_box = QFrame()
        self.grower_box.setObjectName("growerBox")
        self.grower_label = QLabel()
        self.grower_label.setWordWrap(True)
        style.set_point_size(self.grower_label, 13, bold=True)
        self.back_button = QPushButton(self.tr("Back to the day's receipts"))
        self.back_button.clicked.connect(self.show_today)
        grower_row = QHBoxLayout(self.grower_box)
        grower_row.setContentsMargins(0, 0, 0, 0)
        grower_row.addWidget(self.grower_label, 1)
        grower_row.addWidget(self.back_button)
        self.grower_box.hide()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.days_box)
        top.addWidget(self.grower_box, 10)  # the grower's name gets the room, not the spacer
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search receipt no. (or last digits), grower or card, or scan a receipt")
        )
        style.set_point_size(self.search, style.SEARCH_POINT_SIZE)
        self.search.setMinimumHeight(44)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)

        self.pay_button = QPushButton(self.tr("Pay… (F6)"))
        self.pay_button.clicked.connect(self.pay_selected)
        self.void_button = QPushButton(self.tr("Void… (F8)"))
        self.void_button.clicked.connect(self.void_selected)
        self.reprint_button = QPushButton(self.tr("Reprint (Ctrl+P)"))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.save_pdf_button.clicked.connect(self.save_pdf_selected)
        self.correct_button = QPushButton(self.tr("Issue corrected receipt…"))
        self.correct_button.clicked.connect(self.correct_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        for button in (self.pay_button, self.void_button, self.reprint_button,
                       self.save_pdf_button, self.correct_button):  # fmt: skip
            button.setMinimumHeight(44)
            actions.addWidget(button)

        self.notice = QFrame()
        self.notice.setObjectName("notice")
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        style.set_point_size(self.notice_label, 12, bold=True)
        self.notice_correct = QPushButton(self.tr("Issue a corrected receipt"))
        self.notice_correct.clicked.connect(self._correct_noticed)
        self.notice_close = QPushButton(self.tr("OK"))
        self.notice_close.clicked.connect(self.notice.hide)
        notice_row = QHBoxLayout(self.notice)
        notice_row.addWidget(self.notice_label, 1)
        notice_row.addWidget(self.notice_correct)
        notice_row.addWidget(self.notice_close)
        self.notice.hide()

        self.model = ReceiptsModel(self)
        self.table = QTableView()
        self.table.setObjectName("receiptsTable")
        self.table.setStyleSheet(style.TABLE)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for key, width in (("number", 190), ("time", 90), ("grower", 130), ("card", 120),
                           ("net", 120), ("amount", 130), ("status", 130)):  # fmt: skip
            header.resizeSection(ReceiptsModel.COLUMNS.index(key), width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda *_: self.pay_selected())
        self.table.installEventFilter(self)

        self.empty_title = QLabel()
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setWordWrap(True)
        style.set_point_size(self.empty_title, style.TITLE_POINT_SIZE, bold=True)
        self.empty_text = QLabel()
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        style.set_role(self.empty_text, "hint")
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)

        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        style.set_point_size(self.totals_label, 13)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.totals_label)

        for keys, slot in (
            ("F6", self.pay_selected),
            ("F8", self.void_selected),
            (QKeySequence.StandardKey.Print, self.reprint_selected),
            (QKeySequence.StandardKey.Refresh, self.refresh),
            (QKeySequence.StandardKey.Find, self.focus_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._selection_changed()
        self.refresh()

    # -- what is shown ---------------------------------------------------------------------

    def days(self) -> tuple[dt.date, dt.date]:
        first = self.first_day.date().toPython()
        last = self.last_day.date().toPython()
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        return first, max(first, last)

    def show_days(self, first: dt.date, last: dt.date | None = None) -> None:
        """The receipts issued on these local days (one day if `last` is not given)."""
        self._grower_id = ""
        self.notice.hide()
        for edit, day in ((self.first_day, first), (self.last_day, last or first)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def show_today(self) -> None:
        self.show_days(dt.date.today())

    def show_grower(self, grower_id: str) -> None:
        """All of one grower's receipts, every day, newest first."""
        self._grower_id = grower_id
        grower = self._services.registry.get(grower_id)
        self._grower_title = (
            self.tr("Receipts of {name} · card {card}, all days").format(
                name=grower.data.name, card=grower.card_no
            )
            if grower is not None
            else self.tr("Receipts of one grower, all days")
        )
        self.notice.hide()
        self.search.clear()
        self.refresh()

    def _dates_changed(self) -> None:
        if self.last_day.date() < self.first_day.date():
            edit = self.last_day if self.sender() is self.first_day else self.first_day
            edit.blockSignals(True)
            edit.setDate(self.sender().date())  # type: ignore[union-attr]
            edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Read the receipts again (on a worker); only the newest reading is shown."""
        self._generation += 1
        generation = self._generation
        purchases = self._services.purchases
        grower_id = self._grower_id
        # Hide before showing: both shown at once would widen the window for good.
        (self.days_box if grower_id else self.grower_box).hide()
        (self.grower_box if grower_id else self.days_box).show()
        self.grower_label.setText(self._grower_title)
        if grower_id:
            self.model.time_format = "%Y-%m-%d %H:%M"
            self.table.setColumnWidth(ReceiptsModel.COLUMNS.index("time"), 160)

            def read() -> list[LedgerEntry]:
                return purchases.receipts_of(grower_id)

        else:
            first, last = self.days()
            self.model.time_format = "%H:%M" if first == last else "%Y-%m-%d %H:%M"
            self.table.setColumnWidth(
                ReceiptsModel.COLUMNS.index("time"), 90 if first == last else 160
            )
            start, end = day_bounds(first, last)

            def read() -> list[LedgerEntry]:
                return list(reversed(purchases.receipts_between(start, end)))  # newest first

        def done(entries: list[LedgerEntry] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is not None or entries is None:
                self._alert(
                    self.tr("The receipts could not be read: {detail}").format(detail=error)
                )
                return
            selected = self._select_after or self.selected_id()
            self._select_after = ""
            self.model.set_entries(entries)
            self._after_change(selected)

        self._tasks.run(read, done)

    def _after_change(self, selected: str = "") -> None:
        """Table or empty state, totals, selection, buttons: after loading or searching."""
        row = self.model.row_of(selected) if selected else -1
        if row < 0 and self.model.rowCount() == 1:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        if self.model.rowCount():
            self.stack.setCurrentIndex(0)
        else:
            self._show_empty()
        self._show_totals()
        self._selection_changed()

    def _show_empty(self) -> None:
        self.stack.setCurrentIndex(1)
        query = self.search.text().strip()
        if query and self.model.all_entries():
            self.empty_title.setText(
                self.tr("No receipt matches “{text}”").format(
                    text=query if len(query) <= 30 else query[:30] + "…"
                )
            )
            self.empty_text.setText(
                self.tr(
                    "Search by receipt number or its last digits, grower name or card number. "
                    "Press Enter to look a receipt number up on every day."
                )
            )
            return
        if self._grower_id:
            self.empty_title.setText(self.tr("No receipts for this grower yet"))
            self.empty_text.setText(
                self.tr("Receipts appear here once the grower has sold at the weighing station.")
            )
            return
        first, last = self.days()
        if first == last == dt.date.today():
            self.empty_title.setText(self.tr("No receipts today yet"))
        elif first == last:
            self.empty_title.setText(self.tr("No receipts on {day}").format(day=first.isoformat()))
        else:
            self.empty_title.setText(
                self.tr("No receipts from {first} to {last}").format(
                    first=first.isoformat(), last=last.isoformat()
                )
            )
        self.empty_text.setText(
            self.tr(
                "Receipts appear here as soon as the weighing station issues them. To find an "
                "older receipt, choose other days or type its number and press Enter."
            )
        )

    def _show_totals(self) -> None:
        t = totals(self.model.entries())
        parts = [
            self.tr("%n receipt(s)", "", t.count),
            self.tr("net {kg} kg").format(kg=format_kg(t.net_g)),
            self.tr("amount <b>{yuan}</b> yuan").format(yuan=format_yuan(t.amount_fen)),
        ]
        unpaid = self.tr("unpaid <b>{yuan}</b> yuan").format(yuan=format_yuan(t.unpaid_fen))
        if t.unpaid:
            unpaid = f'<span style="color:{AMBER}">{unpaid}</span>'
        parts.append(unpaid)
        if t.void:
            parts.append(
                f'<span style="color:{GREY}">'
                + self.tr("%n void, not counted", "", t.void)
                + "</span>"
            )
        shown = self.tr("Shown: ") if self.search.text().strip() else ""
        self.totals_label.setText(shown + " &nbsp;·&nbsp; ".join(parts))

    # -- searching -------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        selected = self.selected_id()
        self.model.set_query(text)
        self._after_change(selected)

    def _search_entered(self) -> None:
        """Enter: one match is chosen; no match looks the number up on every day."""
        if self.model.rowCount() == 1:
            self.table.selectRow(0)
            self.table.setFocus()
            return
        if self.model.rowCount() > 1:
            self._focus_table()
            return
        number = _receipt_number_of(self.search.text())
        if not number:
            return
        purchases = self._services.purchases

        def found(entry: LedgerEntry | None, error: BaseException | None) -> None:
            if error is not None or entry is None:
                self.empty_text.setText(
                    self.tr("There is no receipt {number} in this laptop's ledger.").format(
                        number=number
                    )
                )
                return
            self._select_after = entry.id
            self.show_grower(entry.signed.receipt.grower_id)  # clears the search, reads again
            self.search.setText(entry.signed.receipt.number)

        self._tasks.run(lambda: purchases.entry_by_number(number), found)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().selectedRows() and self.model.rowCount():
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self._focus_table()
                return True
            if watched is self.search and key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if (
                watched is self.table
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
                and event.text().isprintable()
                and event.text().strip()
            ):
                # Typing in the list goes on searching (a scanner may fire into the table).
                self.search.setFocus()
                self.search.insert(event.text())
                return True
        return super().eventFilter(watched, event)

    # -- the selected receipt --------------------------------------------------------------

    def selected_id(self) -> str:
        entry = self.selected_entry()
        return entry.id if entry else ""

    def selected_entry(self) -> LedgerEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select(self, receipt_id: str) -> bool:
        row = self.model.row_of(receipt_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _selection_changed(self, *_: object) -> None:
        entry = self.selected_entry()
        open_ = entry is not None and entry.void is None and entry.payment is None
        self.pay_button.setEnabled(open_ and not self._busy)
        self.void_button.setEnabled(open_ and not self._busy)
        self.reprint_button.setEnabled(entry is not None)
        self.save_pdf_button.setEnabled(entry is not None)
        can_correct = entry is not None and entry.void is not None and not entry.replaced_by
        self.correct_button.setEnabled(can_correct)

    def set_clerk(self, name: str) -> None:
        """Who is at the laptop: filled in when paying or voiding (the lead wires Settings)."""
        self.clerk = clean(name)

    def _account_of(self, grower_id: str) -> str:
        grower = self._services.registry.get(grower_id)
        if grower is None or not grower.data.account_no:
            return ""
        return grower.data.account_no

    def pay_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.void is not None or entry.payment is not None or self._busy:
            return
        account = self._account_of(entry.signed.receipt.grower_id)
        self.pay_dialog = PayDialog(entry, self.clerk, account, self)
        self.pay_dialog.accepted.connect(self._pay_confirmed)
        self.pay_dialog.open()

    def _pay_confirmed(self) -> None:
        dialog = self.pay_dialog
        assert dialog is not None
        entry, method = dialog.entry, dialog.method()
        reference, clerk = clean(dialog.reference.text()), clean(dialog.clerk.text())
        if method == PaymentMethod.CASH:
            reference = ""
        self.clerk = clerk
        purchases = self._services.purchases
        self._set_busy(True)

        def done(saved: LedgerEntry | None, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None or saved is None:
                self._alert(error_text(error or RuntimeError()), self.tr("Not paid"))
                self._reload_selecting(entry.id)
                return
            self._notify(
                self.tr("Receipt {number} is paid: {yuan} yuan, {method}.").format(
                    number=saved.signed.receipt.number,
                    yuan=format_yuan(saved.signed.receipt.total_fen),
                    method=method_text(method),
                ),
                "",
            )
            self._reload_selecting(entry.id)
            self.receiptChanged.emit(entry.id)

        self._tasks.run(lambda: purchases.pay(entry.id, method, reference, clerk), done, write=True)

    def void_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.void is not None or self._busy:
            return
        if entry.payment is not None:
            self._alert(
                self.tr(
                    "Receipt {number} is already paid, so it cannot be voided: the money has "
                    "gone. Issue a new receipt for the difference instead."
                ).format(number=entry.signed.receipt.number),
                self.tr("Not voided"),
            )
            return
        self.void_dialog = VoidDialog(entry, self.clerk, self)
        self.void_dialog.accepted.connect(self._void_confirmed)
        self.void_dialog.open()

    def _void_confirmed(self) -> None:
        dialog = self.void_dialog
        assert dialog is not None
        entry, reason, clerk = dialog.entry, dialog.reason_text(), clean(dialog.clerk.text())
        self.clerk = clerk
        purchases = self._services.purchases
        self._set_busy(True)

        def done(saved: LedgerEntry | None, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None or saved is None:
                self._alert(error_text(error or RuntimeError()), self.tr("Not voided"))
                self._reload_selecting(entry.id)
                return
            self._notify(
                self.tr(
                    "Receipt {number} is void. If the grower is still owed, issue a corrected "
                    "receipt."
                ).format(number=saved.signed.receipt.number),
                saved.id,
            )
            self._reload_selecting(entry.id)
            self.receiptChanged.emit(entry.id)

        self._tasks.run(lambda: purchases.void(entry.id, reason, clerk), done, write=True)

    def save_pdf_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.savePdfRequested.emit(entry.id)

    def reprint_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.reprintRequested.emit(entry.id)

    def correct_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.void is not None and not entry.replaced_by:
            self.correctRequested.emit(entry.id)

    def _correct_noticed(self) -> None:
        if self._notice_receipt:
            self.notice.hide()
            self.correctRequested.emit(self._notice_receipt)

    def _notify(self, text: str, voided_id: str) -> None:
        """A line above the table saying what was just done; after a void, the way on."""
        self._notice_receipt = voided_id
        self.notice_label.setText(text)
        self.notice_correct.setVisible(bool(voided_id))
        colour = "#fff4e0" if voided_id else "#e8f5e9"
        self.notice.setStyleSheet(f"QFrame#notice {{ background: {colour}; border-radius: 4px; }}")
        self.notice.show()

    def _reload_selecting(self, receipt_id: str) -> None:
        self._select_after = receipt_id
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._selection_changed()

    def _alert(self, text: str, title: str = "") -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or self.tr("Receipts"))
        box.setText(text)
        box.exec()
