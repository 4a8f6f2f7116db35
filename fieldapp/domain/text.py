"""Normalising what people type or what spreadsheets hold."""

from __future__ import annotations

import unicodedata


def clean(text: object) -> str:
    """Full-width to half-width (NFKC), no zero-width characters, trimmed.

    Chinese input methods and Excel exports often give full-width digits
    ('１３８') and stray zero-width spaces; both must compare equal to plain text.
    """
    if text is None:
        return ""
    value = text if isinstance(text, str) else str(text)
    # Imports call this ~30 times a row: a bare word or number in normal form (most
    # cells: names, ID numbers, phones) is returned as it is. ASCII is already NFKC.
    if value.isalnum() and (value.isascii() or unicodedata.is_normalized("NFKC", value)):
        return value
    if not value.isascii():
        if not unicodedata.is_normalized("NFKC", value):
            value = unicodedata.normalize("NFKC", value)
        value = value.replace("\u200b", "").replace("\ufeff", "")
    return " ".join(value.split())


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2EBEF
        or 0xF900 <= code <= 0xFAFF
    )
