"""Shanghai Yaohua XK3190-A9 / A12 family continuous output (and the many indicators that copy it).

tF=0 ("continuous, with check"): 12 bytes per frame
    STX  sign  d d d d d d  dp  H L  ETX
    sign     '+' or '-'
    d x6     the displayed weight without its decimal point, most significant digit first
    dp       digits after the decimal point, '0'..'4'
    H L      XOR of the 8 bytes sign..dp, as two ASCII hex characters
    unit     always kg
    12.34 kg -> 02 '+001234' '2' <xor as hex> 03

'=' formats (tF=1 and friends): '=' then the display text reversed, 12.34 kg (0012.34) is
    sent as '=43.2100'; a negative weight ends with '-' ('-0012.34' -> '=43.2100-'). There is
    no checksum and no end byte: a frame ends where the next '=' (or a line end) begins,
    so a reading is one frame period late, and ShapeGuard stands in for the checksum.

Neither format says whether the weight is stable: readings have stability_known=False and
the StabilityFilter decides.
"""

from __future__ import annotations

import re
from functools import reduce

from fieldapp.scale.grams import decimal_to_grams, grams_to_scaled, scaled_to_grams
from fieldapp.scale.parsing import FrameParser, ShapeGuard, ascii_text
from fieldapp.scale.reading import Reading

STX = 0x02
ETX = 0x03
TF0_LENGTH = 12
_DIGITS = frozenset(b"0123456789")
_HEX = frozenset(b"0123456789ABCDEFabcdef")


def xor_check(body: bytes) -> int:
    return reduce(lambda a, b: a ^ b, body, 0)


def parse_tf0(frame: bytes) -> Reading | None:
    """One complete 12-byte frame, or None if any byte is not what the format allows."""
    if len(frame) != TF0_LENGTH or frame[0] != STX or frame[11] != ETX:
        return None
    sign, digits, dp, check = frame[1], frame[2:8], frame[8], frame[9:11]
    if sign not in b"+-" or not _DIGITS.issuperset(digits) or dp not in b"01234":
        return None
    if not _HEX.issuperset(check) or int(check, 16) != xor_check(frame[1:9]):
        return None
    value = int(digits) * (-1 if sign == ord("-") else 1)
    grams = scaled_to_grams(value, dp - ord("0"), "kg")
    return Reading(grams, stable=False, stability_known=False, raw=frame)


class YaohuaTf0Parser(FrameParser):
    def _scan(self, out: list[Reading]) -> None:
        buffer = self._buffer
        while True:
            start = buffer.find(STX)
            if start < 0:
                self._skip(len(buffer))
                return
            self._skip(start)
            if len(buffer) < TF0_LENGTH:
                return
            reading = parse_tf0(bytes(buffer[:TF0_LENGTH]))
            if reading is None:
                # Not a frame (noise containing 02, a corrupted byte, a bad check): drop only
                # the STX, since a real frame may start inside the 12 bytes just rejected.
                self.bad_frames += 1
                self._skip(1)
                continue
            del buffer[:TF0_LENGTH]
            self.good_frames += 1
            out.append(reading)


def tf0_frame(reading: Reading, decimals: int = 2) -> bytes:
    """The frame an A9 sends for this reading (weight shown with `decimals` decimals in kg)."""
    if reading.grams is None:
        raise ValueError("tF=0 has no frame for an overload or error")
    if not 0 <= decimals <= 4:
        raise ValueError("tF=0 shows 0 to 4 decimals")
    value = grams_to_scaled(reading.grams, decimals, "kg")
    if abs(value) > 999_999:
        raise ValueError(f"{reading.grams} g does not fit six digits")
    body = b"%s%06d%d" % (b"-" if value < 0 else b"+", abs(value), decimals)
    return bytes([STX]) + body + b"%02X" % xor_check(body) + bytes([ETX])


_EQUALS_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
EQUALS_MAX_BODY = 8  # six digits, a decimal point and a sign


class YaohuaEqualsParser(FrameParser):
    def __init__(self) -> None:
        super().__init__()
        self._shape = ShapeGuard()

    def _scan(self, out: list[Reading]) -> None:
        buffer = self._buffer
        while True:
            start = buffer.find(b"=")
            if start < 0:
                self._skip(len(buffer))
                return
            self._skip(start)
            end = next((i for i in range(1, len(buffer)) if buffer[i] in b"=\r\n"), -1)
            if end < 0:
                if len(buffer) > 1 + EQUALS_MAX_BODY:
                    # Too long to be a frame: a '=' inside noise, or a lost delimiter.
                    self.bad_frames += 1
                    self._skip(1)
                    continue
                return  # wait for the next '=' to know this frame is complete
            body = bytes(buffer[1:end])
            del buffer[: end if buffer[end] == ord("=") else end + 1]
            self._frame(body, out)

    def _frame(self, body: bytes, out: list[Reading]) -> None:
        text = ascii_text(body)
        number = text[::-1] if text is not None else ""
        grams = decimal_to_grams(number, "kg") if _EQUALS_NUMBER.fullmatch(number) else None
        if grams is None or not 6 <= len(body) <= EQUALS_MAX_BODY:
            self.bad_frames += 1
            self._shape.forget()
            return
        self.good_frames += 1
        digits = number.removeprefix("-")
        if not self._shape.confirm((len(digits), digits.find("."))):
            self.held_frames += 1
            return
        out.append(Reading(grams, stable=False, stability_known=False, raw=b"=" + body))


def equals_frame(reading: Reading, decimals: int = 2) -> bytes:
    """'=' + the six-digit display reversed: 12340 g -> b'=43.2100', -12340 g -> b'=43.2100-'."""
    if reading.grams is None:
        raise ValueError("the '=' format has no frame for an overload or error")
    value = grams_to_scaled(reading.grams, decimals, "kg")
    if abs(value) > 999_999 or not 0 <= decimals <= 4:
        raise ValueError(f"{reading.grams} g does not fit six digits")
    digits = f"{abs(value):06d}"
    if decimals:
        digits = f"{digits[:-decimals]}.{digits[-decimals:]}"
    shown = ("-" if value < 0 else "") + digits
    return b"=" + shown[::-1].encode("ascii")
