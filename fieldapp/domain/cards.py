"""What a grower card's QR code holds, and reading it back at the weighing station."""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "FA1:G:"


@dataclass(frozen=True)
class CardCode:
    card_no: str
    grower_id: str


def encode_card(card_no: str, grower_id: str) -> str:
    """Short and upper-case-safe so a cheap scanner reads it first time."""
    return f"{PREFIX}{card_no}:{grower_id}"


def decode_card(text: str) -> CardCode | None:
    """The card in a scanned string, or None if it is not a FieldApp grower card."""
    text = text.strip()
    if not text.upper().startswith(PREFIX):
        return None
    parts = text[len(PREFIX) :].split(":")
    if len(parts) != 2 or not all(parts):
        return None
    return CardCode(card_no=parts[0].upper(), grower_id=parts[1].lower())


def format_card_no(device_code: str, sequence: int) -> str:
    """`{device code}-{sequence}`, unique without a network because each device has its own code."""
    return f"{device_code}-{sequence:05d}"
