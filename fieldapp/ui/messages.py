"""Sentences in the user's language for what the lower layers report as codes.

Domain and services report problems as enums (Problem, Reason, SheetProblem...);
this module is the one place that turns them into words, so every screen and the
import report say the same thing. The strings are translated in the "messages"
context; each is a literal so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.domain.duplicates import Reason
from fieldapp.domain.errors import FieldError, Problem
from fieldapp.services.import_sheet import (
    ImportFailure,
    RowDuplicate,
    RowResult,
    RowStatus,
    SheetProblem,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def field_label(field: str) -> str:
    """The label of a grower, plot or import column field; the name itself if unknown."""
    labels = {
        # GrowerData
        "name": _t("Name"),
        "id_number": _t("ID number"),
        "phone": _t("Mobile phone"),
        "gender": _t("Gender"),
        "township_id": _t("Township"),
        "village_id": _t("Village"),
        "address": _t("Address"),
        "account_kind": _t("Payment account type"),
        "account_no": _t("Account number"),
        "notes": _t("Notes"),
        "member_since": _t("Member since"),
        "status": _t("Status"),
        "card_no": _t("Card number"),
        # PlotInput / PlotData (a plot's "name" is shown as "Name" too)
        "plot_name": _t("Plot name"),
        "area_mu": _t("Area (mu)"),
        "area_m2": _t("Area (mu)"),
        "crop_id": _t("Crop"),
        "variety": _t("Variety"),
        "latitude": _t("Latitude"),
        "longitude": _t("Longitude"),
        "lat_e6": _t("Latitude"),
        "lon_e6": _t("Longitude"),
        "soil_notes": _t("Soil notes"),
    }
    return labels.get(field, field)


def _problem_sentence(problem: Problem, has_detail: bool) -> str:
    """The sentence for a problem, with {field} and {detail} placeholders."""
    if problem == Problem.UNKNOWN_CHOICE:
        return (
            _t("{field}: “{detail}” is not in the list.")
            if has_detail
            else _t("{field}: please choose an entry from the list.")
        )
    if problem == Problem.DUPLICATE:
        return (
            _t("{field}: “{detail}” is already taken.")
            if has_detail
            else _t("{field}: this value is already taken.")
        )
    sentences = {
        Problem.REQUIRED: _t("{field} must be filled in."),
        Problem.TOO_LONG: _t("{field} is too long (at most {detail} characters)."),
        Problem.ID_LENGTH: _t("{field} must have 18 characters; this one has {detail}."),
        Problem.ID_CHARACTERS: _t("{field} may only contain digits, and X as the last character."),
        Problem.ID_REGION: _t("{field} starts with {detail}, which is no province's code."),
        Problem.ID_BIRTH_DATE: _t("{field} holds an impossible birth date ({detail})."),
        Problem.ID_CHECK_DIGIT: _t(
            "{field} is wrong: by its check digit the last character should be {detail}. "
            "A digit was probably mistyped."
        ),
        Problem.PHONE_LENGTH: _t("{field} must have 11 digits; this one has {detail}."),
        Problem.PHONE_PREFIX: _t(
            "{field} must be a mobile number starting with 13 to 19; this one starts with {detail}."
        ),
        Problem.PHONE_CHARACTERS: _t("{field} may only contain digits."),
        Problem.NOT_A_NUMBER: _t("{field}: “{detail}” is not a number."),
        Problem.NEGATIVE: _t("{field} must be more than zero."),
        Problem.TOO_LARGE: _t("{field} is too large (at most {detail})."),
        Problem.BAD_DATE: _t("{field}: “{detail}” is not a date (write it like 2019-03-01)."),
        Problem.FUTURE_DATE: _t("{field} is in the future ({detail})."),
        Problem.LATITUDE_RANGE: _t("{field} must be between -90 and 90 degrees."),
        Problem.LONGITUDE_RANGE: _t("{field} must be between -180 and 180 degrees."),
        Problem.NAME_CHARACTERS: _t(
            "{field} may only contain Chinese characters, letters and the middle dot (·)."
        ),
        Problem.ACCOUNT_CHARACTERS: _t("{field} must be a bank card number of 12 to 19 digits."),
        Problem.NUMBER_LOST_DIGITS: _t(
            "{field} was stored by Excel as a number ({detail}) and its last digits are lost. "
            "Format the column as Text in Excel, type the numbers again, then import."
        ),
    }
    return sentences.get(problem, _t("{field} is not valid."))


def problem_text(error: FieldError) -> str:
    """One sentence naming the field and saying what is wrong with it."""
    sentence = _problem_sentence(error.problem, bool(error.detail))
    return sentence.format(field=field_label(error.field), detail=error.detail)


def duplicate_reason_text(reason: Reason) -> str:
    return {
        Reason.SAME_ID_NUMBER: _t("same ID number"),
        Reason.SAME_NAME_PHONE: _t("same name and phone"),
        Reason.SAME_NAME_VILLAGE: _t("same name and village"),
    }.get(reason, str(reason))


def row_duplicate_text(duplicate: RowDuplicate) -> str:
    """A possible or certain duplicate of an import row, registered or in the file."""
    reason = duplicate_reason_text(duplicate.reason)
    if duplicate.file_row:
        return _t("Row {row} of this file has the {reason} ({name}).").format(
            row=duplicate.file_row, reason=reason, name=duplicate.name
        )
    return _t("Already registered with the {reason}: {name}, card {card}.").format(
        reason=reason, name=duplicate.name, card=duplicate.card_no
    )


def row_reasons(row: RowResult) -> str:
    """Everything wrong with an import row, one sentence each, for the preview and report."""
    parts = [problem_text(e) for e in row.errors]
    parts += [row_duplicate_text(d) for d in row.duplicates]
    if row.status == RowStatus.POSSIBLE_DUPLICATE:
        parts.append(_t("Imported only if “Import possible duplicates too” is ticked."))
    return " ".join(parts)


def sheet_problem_text(problem: SheetProblem, detail: str = "") -> str:
    """Why a file could not be read, and what to do about it."""
    texts = {
        SheetProblem.CANNOT_OPEN: _t("The file could not be opened ({detail})."),
        SheetProblem.EMPTY_FILE: _t("The file is empty."),
        SheetProblem.TOO_BIG: _t("The file is too big to be a list of growers."),
        SheetProblem.NOT_A_SPREADSHEET: _t(
            "This file is not a spreadsheet. Choose an Excel file (.xlsx) or a CSV file."
        ),
        SheetProblem.OLD_EXCEL: _t(
            "This is an old Excel file (.xls) or a password-protected one. Open it in Excel "
            "or WPS, choose Save As, pick “Excel Workbook (*.xlsx)” without a password, and "
            "import that file."
        ),
        SheetProblem.DAMAGED_XLSX: _t(
            "This Excel file is damaged or not really an Excel file. Open it in Excel or WPS "
            "and save it again as .xlsx."
        ),
        SheetProblem.WRONG_ENCODING: _t(
            "The file cannot be read with the encoding {detail}. Choose “Automatic” or "
            "another encoding."
        ),
        SheetProblem.NO_DATA: _t("The file holds no data."),
        SheetProblem.TOO_MANY_ROWS: _t(
            "The file has more than {detail} rows. Split it into smaller files."
        ),
    }
    text = texts.get(problem, _t("The file could not be read."))
    return text.format(detail=detail)


def import_failure_text(failure: ImportFailure, detail: str = "") -> str:
    texts = {
        ImportFailure.REGISTRY_CHANGED: _t(
            "Nothing was imported: some of these growers were registered meanwhile "
            "({detail}). Check the file again."
        ),
        ImportFailure.DATABASE: _t(
            "Nothing was imported: the database refused the change ({detail})."
        ),
    }
    return texts.get(failure, _t("Nothing was imported.")).format(detail=detail)
