"""What a search box query means: name characters, pinyin, a phone or ID tail."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .text import clean, is_cjk


class Kind(StrEnum):
    EMPTY = "empty"
    CHINESE = "chinese"  # part of a name, a village or township
    PINYIN = "pinyin"  # initials (zs) or full pinyin (zhangsan), any prefix
    DIGITS = "digits"  # last digits of phone or ID number (ID may end in X)
    CARD = "card"  # a scanned grower card or a typed card number


@dataclass(frozen=True)
class Query:
    kind: Kind
    text: str


def classify(raw: str) -> Query:
    text = clean(raw)
    compact = text.replace(" ", "")
    if not compact:
        return Query(Kind.EMPTY, "")
    if compact.upper().startswith("FA1:G:"):
        return Query(Kind.CARD, compact)
    if any(is_cjk(ch) for ch in compact):
        return Query(Kind.CHINESE, "".join(ch for ch in compact if is_cjk(ch) or ch.isalnum()))
    if "-" in compact and compact.replace("-", "").isalnum():
        return Query(Kind.CARD, compact.upper())
    upper = compact.upper()
    if upper.isdigit() or (upper[:-1].isdigit() and upper.endswith("X")):
        return Query(Kind.DIGITS, upper)
    letters = "".join(ch for ch in compact.lower() if ch.isascii() and ch.isalpha())
    if letters:
        return Query(Kind.PINYIN, letters)
    return Query(Kind.EMPTY, "")


def mask_id_number(value: str) -> str:
    """Show the region and the last four: enough to tell people apart, not to copy."""
    if len(value) < 8:
        return value
    return value[:4] + "*" * (len(value) - 8) + value[-4:]
