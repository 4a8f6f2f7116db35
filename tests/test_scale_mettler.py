"""Mettler Toledo: MT-SICS replies and the standard continuous output."""

from __future__ import annotations

import pytest

from fieldapp.scale.reading import Reading, ReadingStatus, WeightKind
from fieldapp.scale.sics import POLL_COMMAND, SicsParser, sics_reply
from fieldapp.scale.toledo import ToledoParser, toledo_frame

# -- MT-SICS --------------------------------------------------------------------------------


def sics(line: bytes) -> Reading:
    """A weight reply, confirmed by a second reply of the same shape (no checksum)."""
    parser = SicsParser()
    assert parser.feed(line) == []
    [reading] = parser.feed(line)
    assert parser.bad_frames == 0
    return reading


def test_sics_stable_and_dynamic():
    stable = sics(b"S S      100.00 g\r\n")
    assert (stable.grams, stable.stable, stable.stability_known) == (100, True, True)
    assert stable.raw == b"S S      100.00 g"
    dynamic = sics(b"S D      100.05 g\r\n")
    assert (dynamic.grams, dynamic.stable) == (100, False)  # 100.05 g rounds to 100 g


@pytest.mark.parametrize(
    ("line", "grams"),
    [
        (b"S S     12.345 kg\r\n", 12_345),
        (b"S S     -0.50 kg\r\n", -500),
        (b"S S    -  12.34 g\r\n", -12),
        (b"S S       100.5 g\r\n", 101),  # half up
        (b"S S     1.2345 t\r\n", 1_234_500),
        (b"S S      10.00 lb\r\n", 4_536),  # 4535.9237 g
    ],
)
def test_sics_units_and_signs(line, grams):
    assert sics(line).grams == grams


@pytest.mark.parametrize(
    ("line", "status"),
    [
        (b"S +\r\n", ReadingStatus.OVERLOAD),
        (b"S -\r\n", ReadingStatus.UNDERLOAD),
        (b"S I\r\n", ReadingStatus.BUSY),
        (b"ES\r\n", ReadingStatus.ERROR),
        (b"EL\r\n", ReadingStatus.ERROR),
    ],
)
def test_sics_replies_without_a_weight(line, status):
    [reading] = SicsParser().feed(line)
    assert reading.status is status
    assert reading.grams is None


def test_sics_split_one_byte_at_a_time():
    parser = SicsParser()
    out = []
    for byte in b"S D      99.90 g\r\nS +\r\nS S     100.00 g\r\n":
        out += parser.feed(bytes([byte]))
    # the first weight shows the shape; S + carries none and does not change it
    assert [(r.status, r.grams) for r in out] == [
        (ReadingStatus.OVERLOAD, None),
        (ReadingStatus.OK, 100),
    ]


@pytest.mark.parametrize(
    "line",
    [b"S S      1O0.00 g", b"S X      100.00 g", b"S S      100.00 pcs", b"S S 100.00", b"SS 100",
     b"S S      100.00 g\xff", b"I4 A \"0123456789\""],
)  # fmt: skip
def test_sics_impossible_replies_are_dropped(line):
    parser = SicsParser()
    assert parser.feed(line + b"\r\n") == []
    assert parser.bad_frames == 1


def test_sics_reply_builder_and_poll():
    assert POLL_COMMAND == b"SI\r\n"
    assert sics_reply(Reading(100, stable=True)) == b"S S     100.00 g\r\n"
    assert sics_reply(Reading(12_340), unit="kg") == b"S D      12.34 kg\r\n"
    assert sics_reply(Reading(None, status=ReadingStatus.BUSY)) == b"S I\r\n"
    parser = SicsParser()
    reply = sics_reply(Reading(-2_500, stable=True), decimals=3, unit="kg")
    assert [r.grams for r in parser.feed(reply * 2)] == [-2_500]


# -- Toledo continuous ----------------------------------------------------------------------

# Status bytes as laid out in the Toledo tables (see fieldapp/scale/toledo.py):
A_X1 = 0x20 | 0x08  # bit 5 always set, increment x1
B_KG = 0x20 | 0x10  # bit 5 always set, kg
C_PLAIN = 0x20  # bit 5 always set, units from byte B
MOTION, NEGATIVE, NET, OUT_OF_RANGE, NOT_ZEROED = 0x08, 0x02, 0x01, 0x04, 0x40


def toledo(
    a: int, b: int, c: int, weight: bytes, tare: bytes = b"000000", checksum: bool = True
) -> bytes:
    frame = bytes([0x02, a, b, c]) + weight + tare + b"\r"
    return frame + bytes([-sum(frame) & 0x7F]) if checksum else frame


# 12.34 kg, stable, gross. Sum of STX..CR: 0x02+0x2C+0x30+0x20 = 126, '001234' = 298,
# '000000' = 288, CR = 13: 725; 725 & 0x7F = 85; 128 - 85 = 43 = '+'.
MANUAL_FRAME = b"\x02,0 001234000000\r+"


def test_toledo_manual_frame():
    assert toledo(A_X1 | 4, B_KG, C_PLAIN, b"001234") == MANUAL_FRAME
    [reading] = ToledoParser(checksum=True).feed(MANUAL_FRAME)
    assert reading.grams == 12340
    assert reading.stable is True
    assert reading.kind is WeightKind.GROSS
    assert reading.tare_grams == 0
    assert reading.raw == MANUAL_FRAME


@pytest.mark.parametrize(
    ("code", "digits", "grams"),
    [
        (0, b"000123", 12_300_000),  # XXXX00: x100 kg
        (1, b"000123", 1_230_000),  # XXXXX0: x10
        (2, b"000150", 150_000),  # XXXXXX
        (3, b"001505", 150_500),  # XXXXX.X
        (4, b"001234", 12_340),  # XXXX.XX
        (5, b"012345", 12_345),  # XXX.XXX
        (6, b"123455", 12_346),  # XX.XXXX: 12345.5 g, half up
        (7, b"123456", 1_235),  # X.XXXXX: 1.23456 kg
    ],
)
def test_toledo_decimal_codes(code, digits, grams):
    [reading] = ToledoParser().feed(toledo(A_X1 | code, B_KG, C_PLAIN, digits) + b"\x02")
    assert reading.grams == grams


def test_toledo_status_bits():
    parser = ToledoParser(checksum=True)
    motion, net, negative, lb, grams_unit, leading_spaces = parser.feed(
        toledo(A_X1 | 4, B_KG | MOTION, C_PLAIN, b"001234")
        + toledo(A_X1 | 4, B_KG | NET, C_PLAIN, b"001000", b"000500")
        + toledo(A_X1 | 4, B_KG | NEGATIVE, C_PLAIN, b"000050")
        + toledo(A_X1 | 4, 0x20, C_PLAIN, b"001000")  # bit 4 clear: lb
        + toledo(A_X1 | 2, B_KG, C_PLAIN | 0x01, b"012345")  # byte C says grams
        + toledo(A_X1 | 4, B_KG, C_PLAIN, b"  1234", b"      ")
    )
    assert (motion.grams, motion.stable) == (12340, False)
    assert (net.grams, net.kind, net.tare_grams) == (10000, WeightKind.NET, 5000)
    assert negative.grams == -500
    assert lb.grams == 4536  # 10.00 lb = 4535.9237 g
    assert grams_unit.grams == 12345
    assert (leading_spaces.grams, leading_spaces.tare_grams) == (12340, 0)
    assert parser.bad_frames == 0


def test_toledo_out_of_range_and_untrustworthy_states_carry_no_weight():
    parser = ToledoParser(checksum=True)
    over, under, not_zeroed, expanded, no_unit = parser.feed(
        toledo(A_X1 | 4, B_KG | OUT_OF_RANGE, C_PLAIN, b"999999")
        + toledo(A_X1 | 4, B_KG | OUT_OF_RANGE | NEGATIVE, C_PLAIN, b"000100")
        + toledo(A_X1 | 4, B_KG | NOT_ZEROED, C_PLAIN, b"001234")
        + toledo(A_X1 | 4, B_KG, C_PLAIN | 0x10, b"012340")  # x10 service display
        + toledo(A_X1 | 4, B_KG, C_PLAIN | 0x07, b"001234")  # counting, no unit
    )
    assert over.status is ReadingStatus.OVERLOAD
    assert under.status is ReadingStatus.UNDERLOAD
    assert not_zeroed.status is ReadingStatus.ERROR
    assert expanded.status is ReadingStatus.ERROR
    assert no_unit.status is ReadingStatus.ERROR
    assert all(r.grams is None for r in (over, under, not_zeroed, expanded, no_unit))


def test_toledo_learns_whether_there_is_a_checksum():
    with_check = ToledoParser()
    assert [r.grams for r in with_check.feed(MANUAL_FRAME)] == [12340]
    assert with_check.checksum is True
    without = ToledoParser()
    frame = toledo(A_X1 | 4, B_KG, C_PLAIN, b"001234", checksum=False)
    # The first frame waits for the byte after its CR: the next frame's STX, not a checksum.
    assert without.feed(frame) == []
    # ... which comes with the second frame; learnt, the second needs no wait
    assert [r.grams for r in without.feed(frame)] == [12340, 12340]
    assert without.checksum is False
    assert [r.grams for r in without.feed(frame)] == [12340]
    assert without.bad_frames == 0


def test_toledo_bad_checksum_is_dropped():
    parser = ToledoParser()
    bad = MANUAL_FRAME[:-1] + b"*"
    assert [r.grams for r in parser.feed(bad + MANUAL_FRAME)] == [12340]
    assert parser.bad_frames == 1
    parser = ToledoParser(checksum=True)
    assert parser.feed(MANUAL_FRAME.replace(b"001234", b"001334")) == []  # a flipped digit
    assert parser.bad_frames == 1


def test_toledo_parity_bit_from_an_8_bit_read_is_ignored():
    # A 7E1 indicator read as 8N1: bit 7 of each byte carries (even) parity.
    def with_parity(byte: int) -> int:
        return byte | 0x80 if bin(byte).count("1") % 2 else byte

    wire = bytes(with_parity(b) for b in MANUAL_FRAME)
    assert wire != MANUAL_FRAME
    [reading] = ToledoParser().feed(wire)
    assert reading.grams == 12340
    assert reading.raw == wire


@pytest.mark.parametrize(
    "frame",
    [
        toledo(A_X1 | 4, B_KG, C_PLAIN, b"0012A4"),  # a letter among the digits
        toledo(A_X1 | 4, B_KG, C_PLAIN, b"00 234"),  # a space after a digit
        toledo(A_X1 | 4, B_KG, C_PLAIN, b"      "),  # no weight at all
        toledo(A_X1 | 4 | 0x40, B_KG, C_PLAIN, b"001234"),  # A bit 6 must be 0
        toledo(0x20 | 4, B_KG, C_PLAIN, b"001234"),  # no increment size
        toledo(A_X1 | 4, 0x10, C_PLAIN, b"001234"),  # B bit 5 must be 1
        toledo(A_X1 | 4, B_KG, 0x00, b"001234"),  # C bit 5 must be 1
        toledo(A_X1 | 4, B_KG, C_PLAIN, b"001234")[:16] + b"\n",  # no CR
    ],
)
def test_toledo_impossible_frames_are_dropped(frame):
    parser = ToledoParser(checksum=True)
    assert parser.feed(frame) == []
    assert parser.bad_frames >= 1


def test_toledo_one_byte_at_a_time_with_garbage():
    parser = ToledoParser()
    stream = b"\x02\x02junk\r" + MANUAL_FRAME[:9] + MANUAL_FRAME * 2 + b"\xff\x02"
    out = []
    for byte in stream:
        out += parser.feed(bytes([byte]))
    assert [r.grams for r in out] == [12340, 12340]
    assert parser.bad_frames >= 2


def test_toledo_builder():
    assert toledo_frame(Reading(12340, stable=True)) == MANUAL_FRAME
    frame = toledo_frame(Reading(-500, kind=WeightKind.NET, tare_grams=2000), checksum=False)
    assert frame == toledo(A_X1 | 4, B_KG | MOTION | NET | NEGATIVE, C_PLAIN, b"000050",
                           b"000200", checksum=False)  # fmt: skip
    assert toledo_frame(Reading(12345, stable=True), decimals=0, unit="g") == toledo(
        A_X1 | 2, B_KG, C_PLAIN | 0x01, b"012345"
    )
    over = toledo_frame(Reading(None, status=ReadingStatus.OVERLOAD))
    assert ToledoParser().feed(over)[0].status is ReadingStatus.OVERLOAD
