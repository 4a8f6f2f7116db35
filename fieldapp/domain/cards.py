"""What a grower card's QR code holds, and reading it back at the weighing station.

Two forms: `FA1:G:<card no>:<grower id>` (cards printed before the laptop was
enrolled with a server) and the grower portal link `<server>/p/<grower id>.<key>?c=<card
no>` (domain/portal.py), which a phone's camera opens and the station's scanner reads
the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = "FA1:G:"
# The portal link: any server address, then the path domain/portal.py makes. The key is
# not checked here: the station knows the grower by id and card number, as before.
_LINK = re.compile(
    r"^https?://[^/?#\s]+(?:/[^?#\s]*)?/p/"
    r"(?P<grower>[0-9a-fA-F-]{36})\.[A-Za-z2-7]+\?c=(?P<card>[A-Za-z0-9-]+)$",
    re.IGNORECASE,  # a scanner typing with caps lock on
)


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
    link = _LINK.match(text)
    if link is not None:
        return CardCode(card_no=link["card"].upper(), grower_id=link["grower"].lower())
    if not text.upper().startswith(PREFIX):
        return None
    parts = text[len(PREFIX) :].split(":")
    if len(parts) != 2 or not all(parts):
        return None
    return CardCode(card_no=parts[0].upper(), grower_id=parts[1].lower())


def format_card_no(device_code: str, sequence: int) -> str:
    """`{device code}-{sequence}`, unique without a network because each device has its own code."""
    return f"{device_code}-{sequence:05d}"
