"""The end-of-day settlement (日结): what a station bought and paid in one day.

Pure values: the service picks the day's receipts, with each one's payment and
whether it was voided, and hands them in. A voided receipt is listed with its
reason and counted in no total. Integer fen and grams only; every total is a
plain sum of the receipts' own figures, so the settlement matches the paper.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .receipts import Receipt


class Payment(StrEnum):
    CASH = "paid_cash"
    TRANSFER = "paid_transfer"
    UNPAID = "unpaid"


_PAYMENTS = frozenset(p.value for p in Payment)


@dataclass(frozen=True)
class SettlementEntry:
    """One receipt of the day as the ledger has it."""

    receipt: Receipt
    payment: str = Payment.UNPAID
    payment_ref: str = ""  # the transfer's bank reference, a cash voucher number...
    voided: bool = False
    void_reason: str = ""
    voided_by: str = ""


@dataclass(frozen=True)
class CropGradeTotal:
    crop: str
    grade: str
    lots: int
    net_g: int
    amount_fen: int


@dataclass(frozen=True)
class ClerkTotal:
    clerk: str
    receipts: int
    lots: int
    net_g: int
    amount_fen: int


@dataclass(frozen=True)
class PaymentTotal:
    payment: str  # a Payment value
    receipts: int
    amount_fen: int


@dataclass(frozen=True)
class SettledReceipt:
    """A valid receipt's line in the day's list."""

    number: str
    issued_at: str  # UTC ISO, as on the receipt
    grower_name: str
    card_no: str
    clerk: str
    lots: int
    net_g: int
    amount_fen: int
    payment: str
    payment_ref: str


@dataclass(frozen=True)
class VoidedReceipt:
    number: str
    issued_at: str
    grower_name: str
    card_no: str
    clerk: str
    amount_fen: int  # what it said; counted in no total
    reason: str
    voided_by: str
    payment: str  # not UNPAID: money went out on a voided receipt and must be accounted for
    replaced_by: str = ""  # the receipt of the day that replaces it, if any


@dataclass(frozen=True)
class Settlement:
    day: dt.date
    coop_name: str
    receipts: tuple[SettledReceipt, ...]  # valid receipts, by time of issue
    by_crop: tuple[CropGradeTotal, ...]
    by_clerk: tuple[ClerkTotal, ...]
    payments: tuple[PaymentTotal, ...]  # cash, transfer, unpaid: always all three
    voided: tuple[VoidedReceipt, ...]
    lots: int
    net_g: int
    total_fen: int

    @property
    def receipt_count(self) -> int:
        return len(self.receipts)

    def payment(self, payment: str) -> PaymentTotal:
        return next(p for p in self.payments if p.payment == payment)

    @property
    def paid_fen(self) -> int:
        return self.total_fen - self.payment(Payment.UNPAID).amount_fen

    @property
    def unpaid_fen(self) -> int:
        return self.payment(Payment.UNPAID).amount_fen

    @property
    def voided_fen(self) -> int:
        return sum(v.amount_fen for v in self.voided)


# Grades sort by the ordinal they start with (特级 before 一等 before 二等...), which
# code-point order gets wrong (一 < 三 < 二); anything else keeps its first appearance.
_GRADE_ORDER = "特一二三四五六七八九十"


def _grade_rank(grade: str) -> int:
    index = _GRADE_ORDER.find(grade[:1]) if grade else -1
    return index if index >= 0 else len(_GRADE_ORDER)


def settle(day: dt.date, coop_name: str, entries: Iterable[SettlementEntry]) -> Settlement:
    """The day's settlement. ValueError for an unknown payment status or a receipt
    number given twice (a receipt counted twice would inflate every total)."""
    valid: list[SettlementEntry] = []
    voided: list[SettlementEntry] = []
    seen: set[str] = set()
    for entry in entries:
        number = entry.receipt.number
        if number in seen:
            raise ValueError(f"receipt {number} is in the settlement twice")
        seen.add(number)
        if entry.payment not in _PAYMENTS:
            raise ValueError(f"receipt {number}: unknown payment status {entry.payment!r}")
        (voided if entry.voided else valid).append(entry)
    valid.sort(key=lambda e: (e.receipt.issued_at, e.receipt.number))
    voided.sort(key=lambda e: (e.receipt.issued_at, e.receipt.number))

    crops: dict[tuple[str, str], list[int]] = {}  # (crop, grade) -> [lots, grams, fen]
    crop_seen: dict[str, int] = {}
    clerks: dict[str, list[int]] = {}  # clerk -> [receipts, lots, grams, fen]
    pays = {p: [0, 0] for p in Payment}
    lots = grams = fen = 0
    for entry in valid:
        receipt = entry.receipt
        clerk = clerks.setdefault(receipt.clerk, [0, 0, 0, 0])
        clerk[0] += 1
        for lot in receipt.lots:
            crop_seen.setdefault(lot.crop, len(crop_seen))
            row = crops.setdefault((lot.crop, lot.grade), [0, 0, 0])
            row[0] += 1
            row[1] += lot.net_g
            row[2] += lot.amount_fen
            clerk[1] += 1
            clerk[2] += lot.net_g
            clerk[3] += lot.amount_fen
        total = receipt.total_fen
        pay = pays[Payment(entry.payment)]
        pay[0] += 1
        pay[1] += total
        lots += len(receipt.lots)
        grams += receipt.net_g
        fen += total

    order = sorted(crops, key=lambda k: (crop_seen[k[0]], _grade_rank(k[1])))
    replaced = {e.receipt.replaces: e.receipt.number for e in valid if e.receipt.replaces}
    return Settlement(
        day=day,
        coop_name=coop_name,
        receipts=tuple(
            SettledReceipt(
                number=e.receipt.number,
                issued_at=e.receipt.issued_at,
                grower_name=e.receipt.grower_name,
                card_no=e.receipt.card_no,
                clerk=e.receipt.clerk,
                lots=len(e.receipt.lots),
                net_g=e.receipt.net_g,
                amount_fen=e.receipt.total_fen,
                payment=Payment(e.payment),
                payment_ref=e.payment_ref,
            )
            for e in valid
        ),
        by_crop=tuple(CropGradeTotal(c, g, *crops[(c, g)]) for c, g in order),
        by_clerk=tuple(ClerkTotal(name, *values) for name, values in clerks.items()),
        payments=tuple(PaymentTotal(p, *pays[p]) for p in Payment),
        voided=tuple(
            VoidedReceipt(
                number=e.receipt.number,
                issued_at=e.receipt.issued_at,
                grower_name=e.receipt.grower_name,
                card_no=e.receipt.card_no,
                clerk=e.receipt.clerk,
                amount_fen=e.receipt.total_fen,
                reason=e.void_reason,
                voided_by=e.voided_by,
                payment=Payment(e.payment),
                replaced_by=replaced.get(e.receipt.number, ""),
            )
            for e in voided
        ),
        lots=lots,
        net_g=grams,
        total_fen=fen,
    )
