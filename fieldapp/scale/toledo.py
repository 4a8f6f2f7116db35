"""Mettler Toledo "standard continuous output", which many other indicators also offer.

    STX  A  B  C  w w w w w w  t t t t t t  CR  [CHK]
    w    displayed weight (gross or net), six digits, no sign or decimal point; leading
         zeros may be sent as spaces
    t    tare weight, six digits, same scale as the weight
    CHK  optional: 2's complement of the 7-bit sum of all bytes before it (STX..CR), & 0x7F

Status bytes, from the METTLER TOLEDO Wildcat Scale Technical Manual (12/00), Appendix 2,
tables 6-8 to 6-11 "Status Byte Definition"; the same tables appear in the Fairbanks
FB2250/FB3000 manuals ("Toledo data format") and the Ohaus Defender 5000 manual, whose
table 5-4 gives the unit codes of byte C bits 0-2 used below:

    A  bits 0-2  decimal point or dummy zeros:
                 0 XXXX00  1 XXXXX0  2 XXXXXX  3 XXXXX.X  4 XXXX.XX  5 XXX.XXX
                 6 XX.XXXX  7 X.XXXXX        -> value = digits * 10**(2 - code)
       bits 3-4  increment size: 01 = x1, 10 = x2, 11 = x5
       bit 5 = 1, bit 6 = 0
    B  bit 0 net (1) / gross (0)     bit 1 negative      bit 2 out of range (over/under)
       bit 3 motion                  bit 4 kg (1) / lb (0)
       bit 5 = 1                     bit 6 power-up, not yet zeroed
    C  bits 0-2  000 lb or kg as byte B says, 001 g, 010 t, 011 oz (others: no usable unit)
       bit 3 print request           bit 4 expanded display (x10, a service mode)
       bit 5 = 1, bit 6 = 0
    Bit 7 of every byte is parity when the port reads 8 data bits; it is masked off.

The fixed bits (A5, A6, B5, C5, C6) and the CR at byte 17 stand in for a checksum when
the indicator sends none: a lost or corrupted byte breaks one of them.
"""

from __future__ import annotations

from dataclasses import replace

from fieldapp.scale.grams import grams_to_scaled, scaled_to_grams
from fieldapp.scale.parsing import CR, FrameParser
from fieldapp.scale.reading import Reading, ReadingStatus, WeightKind

STX = 0x02
FRAME_LENGTH = 17  # without the optional checksum
_UNITS_C = {0b001: "g", 0b010: "t", 0b011: "oz"}
_UNIT_CODES = {"kg": (0b000, 0x10), "lb": (0b000, 0x00), "g": (0b001, 0x10), "t": (0b010, 0x10)}
_INCREMENT_BITS = {1: 0x08, 2: 0x10, 5: 0x18}


def toledo_checksum(frame: bytes) -> int:
    return -sum(b & 0x7F for b in frame) & 0x7F


def _digits(field: bytes, blank_is_zero: bool) -> int | None:
    text = field.lstrip(b" ")
    if not text:
        return 0 if blank_is_zero else None
    return int(text) if text.isdigit() else None


def parse_toledo(frame: bytes) -> Reading | None:
    """One 17-byte frame with bit 7 already masked off, or None if it is not one."""
    if len(frame) != FRAME_LENGTH or frame[0] != STX or frame[16] != CR:
        return None
    a, b, c = frame[1], frame[2], frame[3]
    if a & 0x60 != 0x20 or a & 0x18 == 0 or b & 0x20 != 0x20 or c & 0x60 != 0x20:
        return None
    weight = _digits(frame[4:10], blank_is_zero=False)
    tare = _digits(frame[10:16], blank_is_zero=True)
    if weight is None or tare is None:
        return None
    raw = frame
    kind = WeightKind.NET if b & 0x01 else WeightKind.GROSS
    negative = bool(b & 0x02)
    if b & 0x04:
        status = ReadingStatus.UNDERLOAD if negative else ReadingStatus.OVERLOAD
        return Reading(None, status=status, kind=kind, raw=raw)
    unit = ("kg" if b & 0x10 else "lb") if c & 0x07 == 0 else _UNITS_C.get(c & 0x07)
    # Not zeroed since power-up, or the x10 service display: the digits are not a weight
    # to pay a grower for; so is a weight in no known unit.
    if b & 0x40 or c & 0x10 or unit is None:
        return Reading(None, status=ReadingStatus.ERROR, kind=kind, raw=raw)
    decimals = (a & 0x07) - 2
    grams = scaled_to_grams(-weight if negative else weight, decimals, unit)
    tare_grams = scaled_to_grams(tare, decimals, unit)
    if grams is None or tare_grams is None:  # unreachable: unit comes from our own table
        return None
    return Reading(grams, stable=not b & 0x08, kind=kind, tare_grams=tare_grams, raw=raw)


class ToledoParser(FrameParser):
    """checksum: True or False if known from the indicator's setup; None learns it from the
    byte that follows the CR (the checksum, or the next frame's STX)."""

    def __init__(self, checksum: bool | None = None) -> None:
        super().__init__()
        self._configured = checksum
        self.checksum = checksum
        self._misses = 0

    def reset(self) -> None:
        super().reset()
        self.checksum = self._configured
        self._misses = 0

    def _scan(self, out: list[Reading]) -> None:
        buffer = self._buffer
        while True:
            start = next((i for i, byte in enumerate(buffer) if byte & 0x7F == STX), -1)
            if start < 0:
                self._skip(len(buffer))
                return
            self._skip(start)
            if len(buffer) < FRAME_LENGTH:
                return
            frame = bytes(byte & 0x7F for byte in buffer[:FRAME_LENGTH])
            reading = parse_toledo(frame)
            length = self._length(frame) if reading is not None else 0
            if length is None:
                return  # wait for the byte after CR
            if reading is None or length == 0:
                self._bad()
                continue
            raw = bytes(buffer[:length])
            del buffer[:length]
            self.good_frames += 1
            self._misses = 0
            out.append(replace(reading, raw=raw))

    def _length(self, frame: bytes) -> int | None:
        """17 or 18 for a frame to take, 0 for a bad one, None to wait for more bytes."""
        if self.checksum is False:
            return FRAME_LENGTH
        if len(self._buffer) <= FRAME_LENGTH:
            return None
        follower = self._buffer[FRAME_LENGTH] & 0x7F
        expected = toledo_checksum(frame)
        if self.checksum is None:
            if follower == STX:
                # No checksum (or, 1 time in 128, a checksum that equals STX: then the
                # next scan starts on it, fails, and resynchronises one byte later).
                if expected != STX:
                    self.checksum = False
                return FRAME_LENGTH
            if follower == expected:
                self.checksum = True
                return FRAME_LENGTH + 1
            return 0
        return FRAME_LENGTH + 1 if follower == expected else 0

    def _bad(self) -> None:
        self.bad_frames += 1
        self._skip(1)
        self._misses += 1
        if self._misses >= 3 and self._configured is None:
            # Frames keep failing with what was learned: the indicator may have been set up
            # again; learn the checksum setting afresh.
            self.checksum = None


def toledo_frame(
    reading: Reading,
    decimals: int = 2,
    unit: str = "kg",
    *,
    checksum: bool = True,
    increment: int = 1,
) -> bytes:
    """The frame for this reading; decimals -2..5 (negative: x100 and x10 displays)."""
    if not -2 <= decimals <= 5 or increment not in _INCREMENT_BITS or unit not in _UNIT_CODES:
        raise ValueError("no such Toledo display setting")
    unit_code, kg_bit = _UNIT_CODES[unit]
    a = 0x20 | _INCREMENT_BITS[increment] | (decimals + 2)
    b = 0x20 | kg_bit | (0x01 if reading.kind is WeightKind.NET else 0)
    b |= 0 if reading.stable else 0x08
    c = 0x20 | unit_code
    tare = grams_to_scaled(reading.tare_grams or 0, decimals, unit)
    if reading.status in (ReadingStatus.OVERLOAD, ReadingStatus.UNDERLOAD):
        b |= 0x04 | (0x02 if reading.status is ReadingStatus.UNDERLOAD else 0)
        value = 999_999
    elif reading.grams is None:
        b |= 0x40  # the nearest the format has to "error": not zeroed since power-up
        value = 0
    else:
        value = grams_to_scaled(reading.grams, decimals, unit)
        b |= 0x02 if value < 0 else 0
    if abs(value) > 999_999 or tare > 999_999:
        raise ValueError("does not fit six digits")
    frame = bytes([STX, a, b, c]) + b"%06d%06d\r" % (abs(value), tare)
    return frame + bytes([toledo_checksum(frame)]) if checksum else frame
