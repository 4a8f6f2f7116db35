"""Validation results that name the field and say why, for screens and import reports."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Problem(StrEnum):
    """What is wrong with a value. The UI turns each into a sentence in the user's language."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    ID_LENGTH = "id_length"
    ID_CHARACTERS = "id_characters"
    ID_REGION = "id_region"
    ID_BIRTH_DATE = "id_birth_date"
    ID_CHECK_DIGIT = "id_check_digit"
    PHONE_LENGTH = "phone_length"
    PHONE_PREFIX = "phone_prefix"
    PHONE_CHARACTERS = "phone_characters"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    BAD_DATE = "bad_date"
    FUTURE_DATE = "future_date"
    UNKNOWN_CHOICE = "unknown_choice"
    LATITUDE_RANGE = "latitude_range"
    LONGITUDE_RANGE = "longitude_range"
    NAME_CHARACTERS = "name_characters"
    ACCOUNT_CHARACTERS = "account_characters"
    DUPLICATE = "duplicate"
    BEFORE_VISIT = "before_visit"  # a follow-up planned before the visit it follows
    # Excel stored a long number (an 18-digit ID) as a number and kept only 15 digits.
    NUMBER_LOST_DIGITS = "number_lost_digits"


@dataclass(frozen=True)
class FieldError:
    field: str
    problem: Problem
    detail: str = ""  # e.g. the expected check digit, the value that was not understood


class ValidationError(Exception):
    """Raised by services when a value object does not pass its rules; nothing is saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}: {e.problem}" for e in errors))
        self.errors = errors
