"""Mainland mobile numbers: 11 digits starting 1[3-9], optionally written with +86."""

from __future__ import annotations

from .errors import FieldError, Problem
from .text import clean

_SEPARATORS = " -()（）"


def normalize_phone(text: str) -> str:
    """The 11-digit form: separators removed, +86 / 0086 / 86 country prefix dropped."""
    value = clean(text)
    for ch in _SEPARATORS:
        value = value.replace(ch, "")
    for prefix in ("+86", "0086"):
        if value.startswith(prefix):
            return value[len(prefix) :]
    if len(value) == 13 and value.startswith("86"):
        return value[2:]
    return value


def check_phone(text: str, field: str = "phone") -> FieldError | None:
    value = normalize_phone(text)
    if not value.isdigit() or not value.isascii():
        return FieldError(field, Problem.PHONE_CHARACTERS)
    if len(value) != 11:
        return FieldError(field, Problem.PHONE_LENGTH, str(len(value)))
    if value[0] != "1" or value[1] not in "3456789":
        return FieldError(field, Problem.PHONE_PREFIX, value[:2])
    return None
