"""What a search box query means: name characters, pinyin, a phone or ID tail."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .cards import PREFIX, decode_card
from .text import clean, is_cjk


class Kind(StrEnum):
    EMPTY = "empty"
    CHINESE = "chinese"  # part of a name, a village or township
    PINYIN = "pinyin"  # initials (zs) or full pinyin (zhangsan), any prefix
    DIGITS = "digits"  # last digits of phone or ID number (ID may end in X)
    CARD = "card"  # a scanned grower card (old form or portal link) or a typed card number


@dataclass(frozen=True)
class Query:
    kind: Kind
    text: str


def classify(raw: str) -> Query:
    text = clean(raw)
    compact = text.replace(" ", "")
    if not compact:
        return Query(Kind.EMPTY, "")
    # A scanner types the card's QR into whatever has focus: the old `FA1:G:` form or the
    # portal link. Both are left whole for decode_card, the one parser of a card's QR (the
    # link would otherwise read as pinyin: its letters are "https..." ).
    if compact.upper().startswith(PREFIX) or decode_card(compact) is not None:
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
