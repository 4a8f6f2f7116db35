"""The weighing station's use cases: price lots, save and sign receipts, void them,
record payments, verify a scanned receipt, and the rules a coordinator edits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.domain.errors import FieldError, Problem, ValidationError
from fieldapp.domain.growers import Status
from fieldapp.domain.money import format_yuan
from fieldapp.domain.pricing import Band, Container, Lot, LotInput, PriceRule, Rules, price_lot
from fieldapp.domain.receipts import (
    Decoded,
    Receipt,
    ReceiptCheck,
    SignedReceipt,
    canonical,
    check_payload,
    receipt_number,
)
from fieldapp.domain.signing import sign
from fieldapp.domain.text import clean
from fieldapp.storage import growers as grower_store
from fieldapp.storage import purchases as store
from fieldapp.storage import sync_state
from fieldapp.storage.database import Database
from fieldapp.storage.device import identity
from fieldapp.storage.purchases import LedgerEntry

if TYPE_CHECKING:
    from fieldapp.domain.settlement import Settlement

MAX_LOTS = 50
MAX_REASON = 200
DEFAULT_COOP_CODE = "FA"


@dataclass(frozen=True)
class Station:
    """Who is weighing where: printed on every receipt."""

    coop_name: str
    coop_code: str
    clerk: str


class PaymentMethod(StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"


class LedgerProblem(StrEnum):
    NO_LOTS = "no_lots"
    TOO_MANY_LOTS = "too_many_lots"
    NO_CLERK = "no_clerk"
    GROWER_UNKNOWN = "grower_unknown"
    GROWER_LEFT = "grower_left"
    RULE_UNKNOWN = "rule_unknown"
    ALREADY_VOID = "already_void"
    ALREADY_PAID = "already_paid"
    VOID_UNPAID_ONLY = "void_paid"
    RECEIPT_UNKNOWN = "receipt_unknown"


class LedgerError(Exception):
    def __init__(self, problem: LedgerProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


def utc_stamp(moment: dt.datetime | None = None) -> str:
    """UTC to the second with a Z: how receipts carry their time."""
    moment = moment or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class PurchaseService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- rules ---------------------------------------------------------------------------

    def rules(self) -> Rules:
        return Rules(
            prices=tuple(store.current_rules(self.db)),
            containers=tuple(c for _, c in store.containers(self.db)),
        )

    def containers(self) -> list[tuple[str, Container]]:
        return store.containers(self.db)

    def save_container(self, container: Container, container_id: str = "") -> str:
        name = clean(container.name)
        errors = []
        if not name:
            errors.append(FieldError("name", Problem.REQUIRED))
        if container.tare_g < 0:
            errors.append(FieldError("tare_g", Problem.NEGATIVE))
        if errors:
            raise ValidationError(errors)
        value = Container(name, container.tare_g)
        if container_id:
            store.update_container(self.db, container_id, value)
            return container_id
        return store.add_container(self.db, value)

    def remove_container(self, container_id: str) -> None:
        store.remove_container(self.db, container_id)

    def save_rule(
        self,
        crop_id: str,
        grade: str,
        price_fen_per_kg: int,
        moisture: tuple[Band, ...] = (),
        impurity: tuple[Band, ...] = (),
    ) -> PriceRule:
        """A new version of the crop and grade's rule; purchases already made keep theirs."""
        grade = clean(grade)
        errors = []
        if not crop_id:
            errors.append(FieldError("crop_id", Problem.REQUIRED))
        if not grade:
            errors.append(FieldError("grade", Problem.REQUIRED))
        if price_fen_per_kg < 0:
            errors.append(FieldError("price", Problem.NEGATIVE))
        for field, bands in (("moisture", moisture), ("impurity", impurity)):
            if any(_bad_band(b) for b in bands):
                errors.append(FieldError(field, Problem.UNKNOWN_CHOICE))
        if errors:
            raise ValidationError(errors)
        rule_id = store.add_rule_version(
            self.db, crop_id, grade, price_fen_per_kg, moisture, impurity
        )
        saved = store.rule(self.db, rule_id)
        assert saved is not None
        return saved

    def retire_rule(self, crop_id: str, grade: str) -> None:
        """Stop buying a grade: a last version that no screen offers any more."""
        store.add_rule_version(self.db, crop_id, grade, 0, retired=True)

    # -- weighing ------------------------------------------------------------------------

    def price(self, rule: PriceRule, lot: LotInput) -> Lot:
        """The lot priced under `rule` (LotError says what is wrong with the weights)."""
        return price_lot(rule, lot)

    def record(
        self, station: Station, grower_id: str, lots: list[Lot], replaces: str = ""
    ) -> LedgerEntry:
        """Sign and save a receipt for these lots, in one transaction."""
        if not lots:
            raise LedgerError(LedgerProblem.NO_LOTS)
        if len(lots) > MAX_LOTS:
            raise LedgerError(LedgerProblem.TOO_MANY_LOTS, str(MAX_LOTS))
        if not clean(station.clerk):
            raise LedgerError(LedgerProblem.NO_CLERK)
        grower = grower_store.get_grower(self.db, grower_id)
        if grower is None:
            raise LedgerError(LedgerProblem.GROWER_UNKNOWN)
        if grower.data.status == Status.LEFT:
            raise LedgerError(LedgerProblem.GROWER_LEFT, grower.data.name)
        for lot in lots:
            if store.rule(self.db, lot.rule_id) is None:
                raise LedgerError(LedgerProblem.RULE_UNKNOWN, lot.rule_id)
        key = store.signing_key(self.db)
        me = identity(self.db)
        with self.db.transaction():
            sequence = store.next_receipt_sequence(self.db)
            receipt = Receipt(
                number=receipt_number(
                    clean(station.coop_code).upper() or DEFAULT_COOP_CODE, me.device_code, sequence
                ),
                issued_at=utc_stamp(),
                coop_name=clean(station.coop_name),
                grower_id=grower.id,
                grower_name=grower.data.name,
                card_no=grower.card_no,
                clerk=clean(station.clerk),
                lots=tuple(lots),
                key_id=key.key_id,
                prev_hash=store.last_hash(self.db),
                replaces=replaces,
            )
            signed = SignedReceipt(receipt, sign(key.private, canonical(receipt)))
            receipt_id = store.append_receipt(self.db, signed, sequence)
        saved = store.entry(self.db, receipt_id)
        assert saved is not None
        return saved

    # -- after the sale ------------------------------------------------------------------

    def entry(self, receipt_id: str) -> LedgerEntry | None:
        return store.entry(self.db, receipt_id)

    def entry_by_number(self, number: str) -> LedgerEntry | None:
        return store.entry_by_number(self.db, clean(number).upper())

    def receipts_of(self, grower_id: str) -> list[LedgerEntry]:
        """A grower's receipts, newest first: the payment list."""
        return store.entries_of_grower(self.db, grower_id)

    def receipts_between(self, start: dt.datetime, end: dt.datetime) -> list[LedgerEntry]:
        return store.entries_between(self.db, utc_stamp(start), utc_stamp(end))

    def _open_entry(self, receipt_id: str, when_paid: LedgerProblem) -> LedgerEntry:
        """The receipt, if it is neither voided nor paid; else LedgerError (`when_paid` for
        a paid one). Call inside the transaction that then writes."""
        found = store.entry(self.db, receipt_id)
        if found is None:
            raise LedgerError(LedgerProblem.RECEIPT_UNKNOWN)
        if found.void is not None:
            raise LedgerError(LedgerProblem.ALREADY_VOID, found.signed.receipt.number)
        if found.payment is not None:
            raise LedgerError(when_paid, found.signed.receipt.number)
        return found

    def void(self, receipt_id: str, reason: str, clerk: str) -> LedgerEntry:
        """Void a receipt (the reason is required and printed). A paid receipt cannot be
        voided: the money has gone, so a correction is a new receipt for the difference."""
        reason = clean(reason)
        if not reason:
            raise ValidationError([FieldError("reason", Problem.REQUIRED)])
        if len(reason) > MAX_REASON:
            raise ValidationError([FieldError("reason", Problem.TOO_LONG, str(MAX_REASON))])
        with self.db.transaction():
            self._open_entry(receipt_id, LedgerProblem.VOID_UNPAID_ONLY)
            store.add_void(self.db, receipt_id, reason, clean(clerk))
        saved = store.entry(self.db, receipt_id)
        assert saved is not None
        return saved

    def pay(
        self, receipt_id: str, method: PaymentMethod, reference: str, clerk: str
    ) -> LedgerEntry:
        """Mark a receipt paid in full, in cash or by transfer (a reference is required)."""
        reference = clean(reference)
        if method == PaymentMethod.TRANSFER and not reference:
            raise ValidationError([FieldError("reference", Problem.REQUIRED)])
        with self.db.transaction():
            found = self._open_entry(receipt_id, LedgerProblem.ALREADY_PAID)
            store.add_payment(
                self.db,
                receipt_id,
                method,
                reference,
                found.signed.receipt.total_fen,
                clean(clerk),
            )
        saved = store.entry(self.db, receipt_id)
        assert saved is not None
        return saved

    def verify(self, payload: str) -> tuple[ReceiptCheck, Decoded | None]:
        """Is a scanned receipt code genuine? Checked against every key this installation knows."""
        return check_payload(payload, store.public_keys(self.db))

    def verify_pdf(self, data: bytes) -> tuple[ReceiptCheck, Decoded | None]:
        """Is a receipt PDF genuine? Its signed content (kept in the file's metadata, the
        same text as its QR code) must verify, and the printed number, grower and total
        must be the signed ones: a PDF edited to show another total is ALTERED."""
        from fieldapp.documents.receipts import receipt_payload_from_pdf

        payload = receipt_payload_from_pdf(data)
        if payload is None:
            return ReceiptCheck.NOT_A_RECEIPT, None
        check, decoded = self.verify(payload)
        if check != ReceiptCheck.GENUINE or decoded is None:
            return check, decoded
        text = "".join(pdf_text(data).split())
        printed = (decoded.number, decoded.grower_name, format_yuan(decoded.total_fen))
        if not all("".join(p.split()) in text for p in printed):
            return ReceiptCheck.ALTERED, decoded
        return check, decoded

    def receipt_pdf(self, receipt_id: str, layout: str = "thermal_80", copy: bool = False) -> bytes:
        """The receipt on paper: VOID marked if voided, COPY if a reprint."""
        from fieldapp.documents.receipts import ReceiptLayout, VoidInfo, render_receipt

        found = store.entry(self.db, receipt_id)
        if found is None:
            raise LedgerError(LedgerProblem.RECEIPT_UNKNOWN)
        void = None
        if found.void is not None:
            void = VoidInfo(
                reason=found.void.reason,
                voided_at=found.void.voided_at[:19] + "Z",
                clerk=found.void.clerk,
                replacement=found.replaced_by,
            )
        try:
            paper = ReceiptLayout(layout)
        except ValueError:
            paper = ReceiptLayout.THERMAL_80
        enrolment = sync_state.enrolment(self.db)
        server = enrolment.server_url if enrolment else ""
        return render_receipt(found.signed, paper, copy=copy, void=void, server=server)

    # -- the end of the day ---------------------------------------------------------------

    def settlement(self, day: dt.date, coop_name: str) -> Settlement:
        """Every receipt issued on `day` (this computer's local day), voids listed apart."""
        from fieldapp.domain.settlement import Payment, SettlementEntry, settle

        start = dt.datetime(day.year, day.month, day.day).astimezone()
        entries = self.receipts_between(start, start + dt.timedelta(days=1))
        paid = {
            PaymentMethod.CASH.value: Payment.CASH,
            PaymentMethod.TRANSFER.value: Payment.TRANSFER,
        }
        return settle(
            day,
            clean(coop_name),
            [
                SettlementEntry(
                    receipt=e.signed.receipt,
                    payment=paid[e.payment.method] if e.payment else Payment.UNPAID,
                    payment_ref=e.payment.reference if e.payment else "",
                    voided=e.void is not None,
                    void_reason=e.void.reason if e.void else "",
                    voided_by=e.void.clerk if e.void else "",
                )
                for e in entries
            ],
        )

    def settlement_pdf(self, settlement: Settlement) -> bytes:
        from fieldapp.documents.settlement import render_settlement

        return render_settlement(settlement)

    def settlement_xlsx(self, settlement: Settlement, path: Path) -> None:
        from fieldapp.documents.settlement import settlement_rows

        from .sheet_files import write_workbook

        write_workbook(path, settlement_rows(settlement))


def pdf_text(data: bytes) -> str:
    """The text a PDF shows, all pages (PDFium, as the printer path uses)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        parts = []
        for page in document:
            text_page = page.get_textpage()
            parts.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return "\n".join(parts)
    finally:
        document.close()


def _bad_band(band: Band) -> bool:
    if band.from_permille < 0 or band.bp_per_point < 0:
        return True
    return band.to_permille is not None and not band.from_permille < band.to_permille <= 1000
