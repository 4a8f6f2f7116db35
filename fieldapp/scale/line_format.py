"""The comma-separated line most Chinese and Taiwanese indicators can send:

    ST,GS,+0012.34kg<CR><LF>
    |  |  |       unit: kg, g, t or lb (any case), spaces allowed before it
    |  |  weight with sign (the sign may be missing, spaces may pad it: '+  12.34')
    |  GS gross, NT net, TR tare
    ST stable, US unstable, OL overload (the digits are then not a weight)

Lines end with CRLF, CR or LF depending on the model. There is no checksum: ShapeGuard
holds a weight until a second line of the same shape confirms it. An OL line with a
negative number is read as underload.
"""

from __future__ import annotations

import re

from fieldapp.scale.grams import decimal_to_grams, decimals_in, format_scaled, grams_to_scaled
from fieldapp.scale.parsing import LineParser, ShapeGuard, ascii_text
from fieldapp.scale.reading import Reading, ReadingStatus, WeightKind

_KINDS = {"GS": WeightKind.GROSS, "NT": WeightKind.NET, "TR": WeightKind.TARE}
_KIND_CODES = {kind: code for code, kind in _KINDS.items()}
_WEIGHT = re.compile(r"([+-]?) *(\d+(?:\.\d*)?|\.\d+) *([A-Za-z]{1,2})")


class LineFormatParser(LineParser):
    def __init__(self) -> None:
        super().__init__()
        self._shape = ShapeGuard()

    def _line(self, line: bytes, out: list[Reading]) -> None:
        text = ascii_text(line)
        fields = text.split(",") if text is not None else []
        if len(fields) != 3:
            self._bad()
            return
        head, kind_code, weight = (field.strip() for field in fields)
        kind = _KINDS.get(kind_code)
        if head not in ("ST", "US", "OL") or kind is None:
            self._bad()
            return
        if head == "OL":
            self.good_frames += 1
            under = weight.startswith("-")
            status = ReadingStatus.UNDERLOAD if under else ReadingStatus.OVERLOAD
            out.append(Reading(None, status=status, kind=kind, raw=line))
            return
        match = _WEIGHT.fullmatch(weight)
        grams = decimal_to_grams(match[1] + match[2], match[3]) if match else None
        if match is None or grams is None:
            self._bad()
            return
        self.good_frames += 1
        if not self._shape.confirm((len(line), decimals_in(match[2]), match[3].lower())):
            self.held_frames += 1
            return
        out.append(Reading(grams, stable=head == "ST", kind=kind, raw=line))

    def _bad(self) -> None:
        self.bad_frames += 1
        self._shape.forget()


def line_frame(
    reading: Reading, decimals: int = 2, unit: str = "kg", ending: bytes = b"\r\n"
) -> bytes:
    """b'ST,GS,+0012.34kg\\r\\n' for a stable 12340 g gross reading; OL lines for overloads."""
    kind = _KIND_CODES.get(reading.kind, "GS")
    if reading.status in (ReadingStatus.OVERLOAD, ReadingStatus.UNDERLOAD):
        sign = "-" if reading.status is ReadingStatus.UNDERLOAD else "+"
        nines = format_scaled(10 ** (6 if decimals else 7) - 1, decimals)
        return f"OL,{kind},{sign}{nines}{unit}".encode("ascii") + ending
    if reading.grams is None:
        raise ValueError(f"the line format has no frame for {reading.status}")
    value = grams_to_scaled(reading.grams, decimals, unit)
    number = format_scaled(abs(value), decimals).rjust(7, "0")
    head = "ST" if reading.stable else "US"
    return f"{head},{kind},{'-' if value < 0 else '+'}{number}{unit}".encode("ascii") + ending
