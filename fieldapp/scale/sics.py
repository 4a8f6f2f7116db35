"""Mettler Toledo MT-SICS (Standard Interface Command Set), level 0 weight replies.

The indicator is silent until asked; the reader sends POLL_COMMAND ('SI': the weight now,
stable or not) and parses the replies:

    S S      100.00 g    stable weight (the value is right-aligned in a 10-character field)
    S D      100.05 g    dynamic: the weight is moving
    S +                  overload
    S -                  underload
    S I                  command understood but not executable now (busy, e.g. zeroing)
    ES / ET / EL         syntax error / transmission error / logical error

Replies end with CRLF. No checksum: ShapeGuard confirms a weight by the reply before it.
"""

from __future__ import annotations

import re

from fieldapp.scale.grams import decimal_to_grams, decimals_in, format_scaled, grams_to_scaled
from fieldapp.scale.parsing import LineParser, ShapeGuard, ascii_text
from fieldapp.scale.reading import Reading, ReadingStatus

POLL_COMMAND = b"SI\r\n"

_WEIGHT = re.compile(r"S +([SD]) +([+-]?) *(\d+(?:\.\d*)?|\.\d+) +([A-Za-z]{1,3})")
_STATUS_REPLIES = {
    "S +": ReadingStatus.OVERLOAD,
    "S -": ReadingStatus.UNDERLOAD,
    "S I": ReadingStatus.BUSY,
    "ES": ReadingStatus.ERROR,
    "ET": ReadingStatus.ERROR,
    "EL": ReadingStatus.ERROR,
}


class SicsParser(LineParser):
    def __init__(self) -> None:
        super().__init__()
        self._shape = ShapeGuard()

    def _line(self, line: bytes, out: list[Reading]) -> None:
        text = ascii_text(line)
        if text is None:
            self._bad()
            return
        text = text.strip()
        status = _STATUS_REPLIES.get(" ".join(text.split()))
        if status is not None:
            self.good_frames += 1
            out.append(Reading(None, status=status, raw=line))
            return
        match = _WEIGHT.fullmatch(text)
        grams = decimal_to_grams(match[2] + match[3], match[4]) if match else None
        if match is None or grams is None:
            self._bad()
            return
        self.good_frames += 1
        if not self._shape.confirm((len(line), decimals_in(match[3]), match[4])):
            self.held_frames += 1
            return
        out.append(Reading(grams, stable=match[1] == "S", raw=line))

    def _bad(self) -> None:
        self.bad_frames += 1
        self._shape.forget()


def sics_reply(reading: Reading, decimals: int = 2, unit: str = "g") -> bytes:
    """What a balance answers to 'SI' for this reading: b'S S      100.00 g\\r\\n'."""
    if reading.grams is None:
        reply = next(r for r, status in _STATUS_REPLIES.items() if status is reading.status)
        return reply.encode("ascii") + b"\r\n"
    value = grams_to_scaled(reading.grams, decimals, unit)
    number = format_scaled(value, decimals)
    return f"S {'S' if reading.stable else 'D'} {number:>10} {unit}\r\n".encode("ascii")
