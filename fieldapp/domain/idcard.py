"""The 18-digit resident identity card number (GB 11643-1999)."""

from __future__ import annotations

import datetime as dt
import operator

from .errors import FieldError, Problem
from .text import clean

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# First two digits: province-level codes in use (GB/T 2260), plus 71/81/82/83
# for Taiwan, Hong Kong, Macao residence permits and 91 for foreigners'.
_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91}
)


def check_digit(first17: str) -> str:
    """The MOD 11-2 check character for the first 17 digits."""
    if len(first17) != len(_WEIGHTS):
        raise ValueError(first17)
    total = sum(map(operator.mul, map(int, first17), _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def normalize_id_number(text: str) -> str:
    return clean(text).replace(" ", "").upper()


def check_id_number(
    text: str, field: str = "id_number", today: dt.date | None = None
) -> FieldError | None:
    """None if `text` is a valid ID number, else what is wrong with it."""
    value = normalize_id_number(text)
    if len(value) != 18:
        return FieldError(field, Problem.ID_LENGTH, str(len(value)))
    if (
        not value.isascii()
        or not value[:17].isdigit()
        or not (value[17].isdigit() or value[17] == "X")
    ):
        return FieldError(field, Problem.ID_CHARACTERS)
    if int(value[:2]) not in _PROVINCES:
        return FieldError(field, Problem.ID_REGION, value[:2])
    try:
        born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return FieldError(field, Problem.ID_BIRTH_DATE, value[6:14])
    if born.year < 1900 or born > (today or dt.date.today()):
        return FieldError(field, Problem.ID_BIRTH_DATE, value[6:14])
    expected = check_digit(value[:17])
    if value[17] != expected:
        return FieldError(field, Problem.ID_CHECK_DIGIT, expected)
    return None


def birth_date(value: str) -> dt.date:
    return dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))


def gender_from_id(value: str) -> str:
    """'M' or 'F' from the 17th digit (odd is male)."""
    return "M" if int(value[16]) % 2 else "F"
