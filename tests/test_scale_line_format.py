"""The ST,GS,+0012.34kg line format of many Chinese and Taiwanese indicators."""

from __future__ import annotations

import pytest

from fieldapp.scale.line_format import LineFormatParser, line_frame
from fieldapp.scale.reading import Reading, ReadingStatus, WeightKind


def confirmed(line: bytes) -> Reading:
    """The reading a line gives once a second line of the same shape confirms it (the
    format has no checksum, so the first line of a new shape is held back)."""
    parser = LineFormatParser()
    assert parser.feed(line) == []
    assert parser.held_frames == 1
    [reading] = parser.feed(line)
    assert parser.bad_frames == 0
    return reading


def test_stable_gross():
    reading = confirmed(b"ST,GS,+0012.34kg\r\n")
    assert reading.grams == 12340
    assert reading.stable is True
    assert reading.stability_known is True
    assert reading.kind is WeightKind.GROSS
    assert reading.raw == b"ST,GS,+0012.34kg"


def test_unstable_net_and_tare():
    unstable = confirmed(b"US,GS,+0012.30kg\r\n")
    assert (unstable.grams, unstable.stable) == (12300, False)
    net = confirmed(b"ST,NT,+0010.00kg\r\n")
    assert (net.grams, net.kind) == (10000, WeightKind.NET)
    tare = confirmed(b"ST,TR,+0002.35kg\r\n")
    assert (tare.grams, tare.kind) == (2350, WeightKind.TARE)


def test_negative():
    assert confirmed(b"ST,NT,-0001.20kg\r\n").grams == -1200


@pytest.mark.parametrize(
    ("line", "grams"),
    [
        (b"ST,GS,+  12.34 kg", 12340),  # spaces instead of leading zeros, before the unit
        (b"ST,GS,0012.34kg", 12340),  # no sign
        (b"ST,GS, 0012.34kg", 12340),
        (b"ST , GS , +0012.34 kg", 12340),
        (b"ST,GS,+0012.34KG", 12340),
        (b"ST,GS,+012345g", 12345),
        (b"ST,GS,+01.2345t", 1_234_500),
        (b"ST,GS,+0001.00lb", 454),  # 453.59237 g
        (b"ST,GS,+0100.00lb", 45_359),  # 45359.237 g
        (b"ST,GS,+0000.50lb", 227),  # 226.796185 g
        (b"ST,GS,+12.3455kg", 12_346),  # 12345.5 g, half up
    ],
)
def test_tolerated_variants_and_units(line, grams):
    assert confirmed(line + b"\r\n").grams == grams


@pytest.mark.parametrize("ending", [b"\r\n", b"\r", b"\n", b"\n\r"])
def test_line_endings(ending):
    parser = LineFormatParser()
    readings = parser.feed((b"ST,GS,+0012.34kg" + ending) * 3)
    assert [r.grams for r in readings] == [12340, 12340]
    assert parser.bad_frames == 0


def test_overload_and_underload_carry_no_weight():
    parser = LineFormatParser()
    [over] = parser.feed(b"OL,GS,+9999.99kg\r\n")
    assert over.status is ReadingStatus.OVERLOAD
    assert over.grams is None
    [under] = parser.feed(b"OL,GS,-9999.99kg\r\n")
    assert under.status is ReadingStatus.UNDERLOAD
    assert under.grams is None


def test_one_byte_at_a_time():
    parser = LineFormatParser()
    out = []
    for byte in b"US,GS,+0012.30kg\r\nST,GS,+0012.34kg\r\nST,GS,+0012.34kg\r\n":
        out += parser.feed(bytes([byte]))
    assert [(r.grams, r.stable) for r in out] == [(12340, True), (12340, True)]


@pytest.mark.parametrize(
    "line",
    [
        b"ST,GS,+0012.3Akg",  # a letter among the digits
        b"ST,GS,+00 12.34kg",  # a space inside the number: a digit lost to noise?
        b"ST,GS,+0012.34",  # no unit
        b"ST,GS,+0012.34pcs",  # not a weight unit
        b"ST,GS,+0012.34kg,1",
        b"XX,GS,+0012.34kg",
        b"ST,XX,+0012.34kg",
        b"ST,GS,+-0012.34kg",
        b"ST,GS,+0012\xb7.34kg",  # a byte that is not ASCII
        b"ST,GS,+0012..34kg",
        b"\x00ST,GS,+0012.34kg",  # noise stuck to the start of the line
        b"garbage",
    ],
)
def test_impossible_lines_are_dropped_and_counted(line):
    parser = LineFormatParser()
    assert parser.feed((line + b"\r\n") * 2) == []
    assert parser.bad_frames == 2


def test_lost_digit_never_becomes_a_weight():
    # '+0012.34' losing its '2' would read as 1.34 kg: the line is shorter, so held back.
    parser = LineFormatParser()
    stream = b"".join(
        line + b"\r\n"
        for line in (
            b"ST,GS,+0012.34kg",
            b"ST,GS,+0012.34kg",
            b"ST,GS,+001.34kg",
            b"ST,GS,+0012.34kg",
            b"ST,GS,+0012.34kg",
        )
    )
    assert [r.grams for r in parser.feed(stream)] == [12340, 12340]


def test_endless_line_is_dropped_and_the_next_one_read():
    parser = LineFormatParser()
    assert parser.feed(b"ST,GS," + b"0" * 100) == []
    assert parser.bad_frames == 1
    assert [r.grams for r in parser.feed(b"\r\n" + b"ST,GS,+0012.34kg\r\n" * 2)] == [12340]


def test_builder():
    assert line_frame(Reading(12340, stable=True)) == b"ST,GS,+0012.34kg\r\n"
    assert line_frame(Reading(-1200, kind=WeightKind.NET)) == b"US,NT,-0001.20kg\r\n"
    assert line_frame(Reading(None, status=ReadingStatus.OVERLOAD)) == b"OL,GS,+9999.99kg\r\n"
    assert line_frame(Reading(12345, stable=True), decimals=0, unit="g") == b"ST,GS,+0012345g\r\n"
    with pytest.raises(ValueError):
        line_frame(Reading(None, status=ReadingStatus.BUSY))
