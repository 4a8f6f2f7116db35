"""Sentences in the user's language for what the lower layers report as codes.

Domain and services report problems as enums (Problem, Reason, SheetProblem...);
this module is the one place that turns them into words, so every screen and the
import report say the same thing. The strings are translated in the "messages"
context; each is a literal so that lupdate finds it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fieldapp.domain.duplicates import Reason
from fieldapp.domain.errors import FieldError, Problem

if TYPE_CHECKING:
    from fieldapp.photos import PhotoProblem

    # The import service is only loaded when a spreadsheet is imported (start-up time).
    from fieldapp.services.import_sheet import ImportFailure, RowDuplicate, RowResult
    from fieldapp.services.sheet_files import SheetProblem


# A field of one line of a list ('treatment.2.dose') is named like the field itself.
_LINE_FIELD = re.compile(r"^\w+\.\d+\.")


def field_label(field: str) -> str:
    """The label of a grower, plot or import column field; the name itself if unknown."""
    labels = {
        # GrowerData
        "name": QCoreApplication.translate("messages", "Name"),
        "id_number": QCoreApplication.translate("messages", "ID number"),
        "phone": QCoreApplication.translate("messages", "Mobile phone"),
        "gender": QCoreApplication.translate("messages", "Gender"),
        "township_id": QCoreApplication.translate("messages", "Township"),
        "village_id": QCoreApplication.translate("messages", "Village"),
        "address": QCoreApplication.translate("messages", "Address"),
        "account_kind": QCoreApplication.translate("messages", "Payment account type"),
        "account_no": QCoreApplication.translate("messages", "Account number"),
        "notes": QCoreApplication.translate("messages", "Notes"),
        "member_since": QCoreApplication.translate("messages", "Member since"),
        "status": QCoreApplication.translate("messages", "Status"),
        "card_no": QCoreApplication.translate("messages", "Card number"),
        # PlotInput / PlotData (a plot's "name" is shown as "Name" too)
        "plot_name": QCoreApplication.translate("messages", "Plot name"),
        "area_mu": QCoreApplication.translate("messages", "Area (mu)"),
        "area_m2": QCoreApplication.translate("messages", "Area (mu)"),
        "crop_id": QCoreApplication.translate("messages", "Crop"),
        "variety": QCoreApplication.translate("messages", "Variety"),
        "latitude": QCoreApplication.translate("messages", "Latitude"),
        "longitude": QCoreApplication.translate("messages", "Longitude"),
        "lat_e6": QCoreApplication.translate("messages", "Latitude"),
        "lon_e6": QCoreApplication.translate("messages", "Longitude"),
        "soil_notes": QCoreApplication.translate("messages", "Soil notes"),
        # VisitData
        "grower_id": QCoreApplication.translate("messages", "Grower"),
        "plot_id": QCoreApplication.translate("messages", "Plot"),
        "visited_on": QCoreApplication.translate("messages", "Date of the visit"),
        "technician": QCoreApplication.translate("messages", "Technician"),
        "kind": QCoreApplication.translate("messages", "Kind of visit"),
        "weather": QCoreApplication.translate("messages", "Weather"),
        "crop_stage": QCoreApplication.translate("messages", "Crop stage"),
        "symptoms": QCoreApplication.translate("messages", "Symptoms"),
        "diagnosis": QCoreApplication.translate("messages", "Diagnosis"),
        "severity": QCoreApplication.translate("messages", "Severity"),
        "affected_percent": QCoreApplication.translate("messages", "Share of the plot affected"),
        "treatment": QCoreApplication.translate("messages", "Treatment plan"),
        "follow_up_on": QCoreApplication.translate("messages", "Follow-up date"),
        # TreatmentLine ("treatment.N.<field>", shown in the line's own dialog)
        "product": QCoreApplication.translate("messages", "Product"),
        "ingredient": QCoreApplication.translate("messages", "Active ingredient"),
        "dose": QCoreApplication.translate("messages", "Dose per mu"),
        "unit": QCoreApplication.translate("messages", "Unit"),
        "water": QCoreApplication.translate("messages", "Water per mu"),
        "phi": QCoreApplication.translate("messages", "Safe interval before harvest"),
        "timing": QCoreApplication.translate("messages", "When to spray"),
        "safety": QCoreApplication.translate("messages", "Safety notes"),
        # PestEntry and its treatments ("treatments.N.<field>")
        "name_zh": QCoreApplication.translate("messages", "Chinese name"),
        "name_en": QCoreApplication.translate("messages", "English name"),
        "latin": QCoreApplication.translate("messages", "Latin name"),
        "product_zh": QCoreApplication.translate("messages", "Product"),
        "dose_min": QCoreApplication.translate("messages", "Lowest dose per mu"),
        "dose_max": QCoreApplication.translate("messages", "Highest dose per mu"),
        "water_l": QCoreApplication.translate("messages", "Water per mu"),
        "phi_days": QCoreApplication.translate("messages", "Safe interval before harvest"),
        "max_times": QCoreApplication.translate("messages", "Sprays per season"),
    }
    field = _LINE_FIELD.sub("", field)
    return labels.get(field, field)


def _problem_sentence(problem: Problem, has_detail: bool) -> str:
    """The sentence for a problem, with {field} and {detail} placeholders."""
    if problem == Problem.UNKNOWN_CHOICE:
        return (
            QCoreApplication.translate("messages", "{field}: “{detail}” is not in the list.")
            if has_detail
            else QCoreApplication.translate(
                "messages", "{field}: please choose an entry from the list."
            )
        )
    if problem == Problem.DUPLICATE:
        return (
            QCoreApplication.translate("messages", "{field}: “{detail}” is already taken.")
            if has_detail
            else QCoreApplication.translate("messages", "{field}: this value is already taken.")
        )
    sentences = {
        Problem.REQUIRED: QCoreApplication.translate("messages", "{field} must be filled in."),
        Problem.TOO_LONG: QCoreApplication.translate(
            "messages", "{field} is too long (at most {detail} characters)."
        ),
        Problem.ID_LENGTH: QCoreApplication.translate(
            "messages", "{field} must have 18 characters; this one has {detail}."
        ),
        Problem.ID_CHARACTERS: QCoreApplication.translate(
            "messages", "{field} may only contain digits, and X as the last character."
        ),
        Problem.ID_REGION: QCoreApplication.translate(
            "messages", "{field} starts with {detail}, which is no province's code."
        ),
        Problem.ID_BIRTH_DATE: QCoreApplication.translate(
            "messages", "{field} holds an impossible birth date ({detail})."
        ),
        Problem.ID_CHECK_DIGIT: QCoreApplication.translate(
            "messages",
            "{field} is wrong: by its check digit the last character should be {detail}. "
            "A digit was probably mistyped.",
        ),
        Problem.PHONE_LENGTH: QCoreApplication.translate(
            "messages", "{field} must have 11 digits; this one has {detail}."
        ),
        Problem.PHONE_PREFIX: QCoreApplication.translate(
            "messages",
            "{field} must start with 13 to 19; this one starts with {detail}.",
        ),
        Problem.PHONE_CHARACTERS: QCoreApplication.translate(
            "messages", "{field} may only contain digits."
        ),
        Problem.NOT_A_NUMBER: QCoreApplication.translate(
            "messages", "{field}: “{detail}” is not a number."
        ),
        Problem.NEGATIVE: QCoreApplication.translate("messages", "{field} must be more than zero."),
        Problem.TOO_LARGE: QCoreApplication.translate(
            "messages", "{field} is too large (at most {detail})."
        ),
        Problem.BAD_DATE: QCoreApplication.translate(
            "messages", "{field}: “{detail}” is not a date (write it like 2019-03-01)."
        ),
        Problem.FUTURE_DATE: QCoreApplication.translate(
            "messages", "{field} is in the future ({detail})."
        ),
        Problem.BEFORE_VISIT: QCoreApplication.translate(
            "messages", "{field} ({detail}) is before the visit."
        ),
        Problem.LATITUDE_RANGE: QCoreApplication.translate(
            "messages", "{field} must be between -90 and 90 degrees."
        ),
        Problem.LONGITUDE_RANGE: QCoreApplication.translate(
            "messages", "{field} must be between -180 and 180 degrees."
        ),
        Problem.NAME_CHARACTERS: QCoreApplication.translate(
            "messages",
            "{field} may only contain Chinese characters, letters and the middle dot (·).",
        ),
        Problem.ACCOUNT_CHARACTERS: QCoreApplication.translate(
            "messages", "{field} must be a bank card number of 12 to 19 digits."
        ),
        Problem.NUMBER_LOST_DIGITS: QCoreApplication.translate(
            "messages",
            "{field} was stored by Excel as a number ({detail}) and its last digits are lost. "
            "Format the column as Text in Excel, type the numbers again, then import.",
        ),
    }
    return sentences.get(problem, QCoreApplication.translate("messages", "{field} is not valid."))


def problem_text(error: FieldError) -> str:
    """One sentence naming the field and saying what is wrong with it."""
    sentence = _problem_sentence(error.problem, bool(error.detail))
    return sentence.format(field=field_label(error.field), detail=error.detail)


def save_failure_text(error: BaseException) -> str:
    """Why a file could not be written: Windows refuses a file Excel or a PDF reader
    holds open, which people meet daily and must be told plainly."""
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "messages", "The file is open in another program. Close it and try again."
        )
    return str(error)


def photo_problem_text(problem: PhotoProblem) -> str:
    """Why a file was not added as a photo."""
    texts = {
        "empty": QCoreApplication.translate("messages", "the file is empty."),
        "too_large": QCoreApplication.translate("messages", "the file is larger than 60 MB."),
        "unreadable": QCoreApplication.translate("messages", "the file could not be read."),
        "not_an_image": QCoreApplication.translate("messages", "this is not a picture."),
        "heic_unsupported": QCoreApplication.translate(
            "messages",
            "HEIC photos from iPhones cannot be read yet: set the phone to save JPEG "
            "(Settings › Camera › Formats › Most Compatible), or send them through WeChat.",
        ),
        "unsupported_format": QCoreApplication.translate(
            "messages", "this picture format is not supported."
        ),
        "broken": QCoreApplication.translate(
            "messages", "the picture is damaged or incomplete (was the copy interrupted?)."
        ),
        "store_failed": QCoreApplication.translate(
            "messages", "the photo could not be saved (is the disk full?)."
        ),
    }
    return texts.get(str(problem), str(problem))


def duplicate_reason_text(reason: Reason) -> str:
    return {
        Reason.SAME_ID_NUMBER: QCoreApplication.translate("messages", "same ID number"),
        Reason.SAME_NAME_PHONE: QCoreApplication.translate("messages", "same name and phone"),
        Reason.SAME_NAME_VILLAGE: QCoreApplication.translate("messages", "same name and village"),
    }.get(reason, str(reason))


def row_duplicate_text(duplicate: RowDuplicate) -> str:
    """A possible or certain duplicate of an import row, registered or in the file."""
    reason = duplicate_reason_text(duplicate.reason)
    if duplicate.file_row:
        return QCoreApplication.translate(
            "messages", "Row {row} of this file has the {reason} ({name})."
        ).format(row=duplicate.file_row, reason=reason, name=duplicate.name)
    return QCoreApplication.translate(
        "messages", "Already registered with the {reason}: {name}, card {card}."
    ).format(reason=reason, name=duplicate.name, card=duplicate.card_no)


def row_reasons(row: RowResult) -> str:
    """Everything wrong with an import row, one sentence each, for the preview and report."""
    from fieldapp.services.import_sheet import RowStatus

    parts = [problem_text(e) for e in row.errors]
    parts += [row_duplicate_text(d) for d in row.duplicates]
    if row.status == RowStatus.POSSIBLE_DUPLICATE:
        parts.append(
            QCoreApplication.translate(
                "messages", "Imported only if “Import possible duplicates too” is ticked."
            )
        )
    return " ".join(parts)


def sheet_problem_text(problem: SheetProblem, detail: str = "") -> str:
    """Why a file could not be read, and what to do about it."""
    from fieldapp.services.sheet_files import SheetProblem

    texts = {
        SheetProblem.CANNOT_OPEN: QCoreApplication.translate(
            "messages", "The file could not be opened ({detail})."
        ),
        SheetProblem.EMPTY_FILE: QCoreApplication.translate("messages", "The file is empty."),
        SheetProblem.TOO_BIG: QCoreApplication.translate(
            "messages", "The file is too big to be a list of growers."
        ),
        SheetProblem.NOT_A_SPREADSHEET: QCoreApplication.translate(
            "messages",
            "This file is not a spreadsheet. Choose an Excel file (.xlsx) or a CSV file.",
        ),
        SheetProblem.OLD_EXCEL: QCoreApplication.translate(
            "messages",
            "This is an old Excel file (.xls) or a password-protected one. Open it in Excel "
            "or WPS, choose Save As, pick “Excel Workbook (*.xlsx)” without a password, and "
            "import that file.",
        ),
        SheetProblem.DAMAGED_XLSX: QCoreApplication.translate(
            "messages",
            "This Excel file is damaged or not really an Excel file. Open it in Excel or WPS "
            "and save it again as .xlsx.",
        ),
        SheetProblem.WRONG_ENCODING: QCoreApplication.translate(
            "messages",
            "The file cannot be read with the encoding {detail}. Choose “Automatic” or "
            "another encoding.",
        ),
        SheetProblem.NO_DATA: QCoreApplication.translate("messages", "The file holds no data."),
        SheetProblem.TOO_MANY_ROWS: QCoreApplication.translate(
            "messages", "The file has more than {detail} rows. Split it into smaller files."
        ),
    }
    text = texts.get(problem, QCoreApplication.translate("messages", "The file could not be read."))
    return text.format(detail=detail)


def import_failure_text(failure: ImportFailure, detail: str = "") -> str:
    from fieldapp.services.import_sheet import ImportFailure

    texts = {
        ImportFailure.REGISTRY_CHANGED: QCoreApplication.translate(
            "messages",
            "Nothing was imported: some of these growers were registered meanwhile "
            "({detail}). Check the file again.",
        ),
        ImportFailure.DATABASE: QCoreApplication.translate(
            "messages", "Nothing was imported: the database refused the change ({detail})."
        ),
    }
    return texts.get(
        failure, QCoreApplication.translate("messages", "Nothing was imported.")
    ).format(detail=detail)
