"""Words and figures shared by the ledger screens (rules, receipts, verification).

Every sentence here is translated in the "ledger" context, written out in full at each
use (QCoreApplication.translate with literals) so that lupdate finds it. Figures are
formatted by domain/money.py, never with floats.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from fieldapp.domain.errors import FieldError, ValidationError
from fieldapp.domain.pricing import Band, band_deduction_bp
from fieldapp.services.purchases import LedgerEntry, LedgerError, LedgerProblem, PaymentMethod

from .messages import problem_text

# -- time -------------------------------------------------------------------------------


def local_time(utc_stamp: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A ledger stamp ('2026-11-25T06:03:00Z', or with milliseconds) in this laptop's
    time zone; the stamp itself if it cannot be read."""
    try:
        moment = dt.datetime.fromisoformat(utc_stamp.replace("Z", "+00:00"))
    except ValueError:
        return utc_stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime(fmt)


def day_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Local midnight before `first` to local midnight after `last`, as aware datetimes."""
    start = dt.datetime.combine(first, dt.time()).astimezone()
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time()).astimezone()
    return start, end


# -- percentages -------------------------------------------------------------------------


def deduction_percent(bands: tuple[Band, ...], measured_permille: int) -> str:
    """The share of the weight that a measurement deducts, as '3.75' (percent)."""
    total = band_deduction_bp(bands, measured_permille)  # 1/1000 of a percent
    whole, rest = divmod(total, 1000)
    text = f"{whole}.{rest:03d}".rstrip("0")
    return text + "0" if text.endswith(".") else text


# -- receipts ---------------------------------------------------------------------------


def method_text(method: str) -> str:
    return {
        PaymentMethod.CASH: QCoreApplication.translate("ledger", "Cash"),
        PaymentMethod.TRANSFER: QCoreApplication.translate("ledger", "Bank transfer"),
    }.get(method, method)


def status_text(entry: LedgerEntry) -> str:
    """'Unpaid', 'Paid · cash', 'Paid · transfer' or 'Void'."""
    if entry.void is not None:
        return QCoreApplication.translate("ledger", "Void")
    if entry.payment is None:
        return QCoreApplication.translate("ledger", "Unpaid")
    if entry.payment.method == PaymentMethod.TRANSFER:
        return QCoreApplication.translate("ledger", "Paid · transfer")
    return QCoreApplication.translate("ledger", "Paid · cash")


def quality_text(kind: str) -> str:
    return {
        "moisture": QCoreApplication.translate("ledger", "Moisture"),
        "impurity": QCoreApplication.translate("ledger", "Impurity"),
    }.get(kind, QCoreApplication.translate("ledger", "Other"))


# -- problems ---------------------------------------------------------------------------


def ledger_problem_text(problem: LedgerProblem, detail: str = "") -> str:
    texts = {
        LedgerProblem.NO_LOTS: QCoreApplication.translate("ledger", "The receipt has no lots."),
        LedgerProblem.TOO_MANY_LOTS: QCoreApplication.translate(
            "ledger", "A receipt can hold at most {detail} lots."
        ),
        LedgerProblem.NO_CLERK: QCoreApplication.translate(
            "ledger", "The clerk's name is not set. Enter it in Settings."
        ),
        LedgerProblem.GROWER_UNKNOWN: QCoreApplication.translate(
            "ledger", "This grower is not registered on this laptop."
        ),
        LedgerProblem.GROWER_LEFT: QCoreApplication.translate(
            "ledger", "{detail} has left the cooperative; no receipt can be made out to them."
        ),
        LedgerProblem.RULE_UNKNOWN: QCoreApplication.translate(
            "ledger", "The price of this grade is not known on this laptop. Sync, then try again."
        ),
        LedgerProblem.ALREADY_VOID: QCoreApplication.translate(
            "ledger", "Receipt {detail} is already void. Nothing was changed."
        ),
        LedgerProblem.ALREADY_PAID: QCoreApplication.translate(
            "ledger", "Receipt {detail} is already paid. Nothing was changed."
        ),
        LedgerProblem.VOID_UNPAID_ONLY: QCoreApplication.translate(
            "ledger",
            "Receipt {detail} is already paid, so it cannot be voided: the money has gone. "
            "Issue a new receipt for the difference instead.",
        ),
        LedgerProblem.RECEIPT_UNKNOWN: QCoreApplication.translate(
            "ledger", "This receipt is not in this laptop's ledger."
        ),
    }
    text = texts.get(
        problem, QCoreApplication.translate("ledger", "The ledger refused the change ({detail}).")
    )
    return text.format(detail=detail or str(problem))


def field_label(field: str) -> str:
    """The ledger's fields, as named in the messages under them."""
    labels = {
        "crop_id": QCoreApplication.translate("ledger", "Crop"),
        "grade": QCoreApplication.translate("ledger", "Grade"),
        "price": QCoreApplication.translate("ledger", "Price"),
        "moisture": QCoreApplication.translate("ledger", "Moisture deductions"),
        "impurity": QCoreApplication.translate("ledger", "Impurity deductions"),
        "name": QCoreApplication.translate("ledger", "Container name"),
        "tare_g": QCoreApplication.translate("ledger", "Tare"),
        "reason": QCoreApplication.translate("ledger", "Reason"),
        "reference": QCoreApplication.translate("ledger", "Transfer reference"),
    }
    return labels.get(field, field)


def validation_text(error: FieldError) -> str:
    # messages.problem_text names a field it does not know by the name it is given.
    return problem_text(replace(error, field=field_label(error.field)))


def error_text(error: BaseException) -> str:
    """One clear sentence for whatever a ledger service call raised."""
    if isinstance(error, LedgerError):
        return ledger_problem_text(error.problem, error.detail)
    if isinstance(error, ValidationError):
        return " ".join(validation_text(e) for e in error.errors)
    return QCoreApplication.translate("ledger", "Nothing was saved: {detail}").format(detail=error)


# -- colours the ledger screens share (text on the normal window background) ---------------

GREEN = "#1b5e20"
RED = "#b3261e"
AMBER = "#8a5a00"
GREY = "#757575"
GREEN_BACKGROUND = "#e8f5e9"
RED_BACKGROUND = "#fdecea"
AMBER_BACKGROUND = "#fff4e0"
GREY_BACKGROUND = "#f0f0f0"
