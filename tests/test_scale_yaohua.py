"""Yaohua XK3190-A9 / A12 continuous output: the 12-byte tF=0 frame and the '=' formats."""

from __future__ import annotations

import pytest

from fieldapp.scale.reading import Reading, ReadingStatus
from fieldapp.scale.yaohua import YaohuaEqualsParser, YaohuaTf0Parser, equals_frame, tf0_frame
from tests.test_scale_support import xor_hex, yaohua

# 12.34 kg exactly as it goes down the wire; the check 0x1D is
# '+'^'0'^'0'^'1'^'2'^'3'^'4'^'2' = 0x2B^0x30^0x30^0x31^0x32^0x33^0x34^0x32.
MANUAL_FRAME = b"\x02+0012342" + b"1D" + b"\x03"


def grams(readings: list[Reading]) -> list[int | None]:
    return [r.grams for r in readings]


def test_the_manual_example_to_the_gram():
    assert yaohua(b"+", b"001234", b"2") == MANUAL_FRAME  # the helper computes the same check
    [reading] = YaohuaTf0Parser().feed(MANUAL_FRAME)
    assert reading.grams == 12340
    assert reading.status is ReadingStatus.OK
    assert reading.raw == MANUAL_FRAME
    # tF=0 says nothing about motion: the software filter decides
    assert reading.stability_known is False
    assert reading.stable is False


@pytest.mark.parametrize(
    ("sign", "digits", "dp", "expected"),
    [
        (b"+", b"000150", b"0", 150_000),  # 150 kg
        (b"+", b"001505", b"1", 150_500),  # 150.5 kg
        (b"+", b"012345", b"3", 12_345),  # 12.345 kg
        (b"+", b"123450", b"4", 12_345),  # 12.3450 kg: exact
        (b"+", b"123455", b"4", 12_346),  # 12.3455 kg: 12345.5 g, half up
        (b"+", b"123454", b"4", 12_345),
        (b"-", b"000050", b"2", -500),
        (b"-", b"000000", b"2", 0),
        (b"+", b"999999", b"0", 999_999_000),
    ],
)
def test_every_decimal_position(sign, digits, dp, expected):
    [reading] = YaohuaTf0Parser().feed(yaohua(sign, digits, dp))
    assert reading.grams == expected


def test_lower_case_hex_check_is_accepted():
    frame = MANUAL_FRAME.replace(b"1D", b"1d")
    assert grams(YaohuaTf0Parser().feed(frame)) == [12340]


def test_one_byte_at_a_time():
    parser = YaohuaTf0Parser()
    stream = MANUAL_FRAME + yaohua(b"-", b"000120", b"2") + MANUAL_FRAME
    out = []
    for byte in stream:
        out += parser.feed(bytes([byte]))
    assert grams(out) == [12340, -1200, 12340]
    assert parser.bad_frames == 0


def test_bad_check_is_dropped_and_counted():
    parser = YaohuaTf0Parser()
    corrupted = MANUAL_FRAME.replace(b"1D", b"1E")
    assert grams(parser.feed(corrupted + MANUAL_FRAME)) == [12340]
    assert parser.bad_frames == 1


def test_a_flipped_digit_fails_the_check():
    # 0012.34 read as 0013.34 on a noisy line: the check no longer matches
    parser = YaohuaTf0Parser()
    assert parser.feed(MANUAL_FRAME.replace(b"001234", b"001334")) == []
    assert parser.bad_frames == 1


@pytest.mark.parametrize(
    ("sign", "digits", "dp"),
    [
        (b"+", b"0012A4", b"2"),  # a letter among the digits
        (b"+", b"0012 4", b"2"),
        (b" ", b"001234", b"2"),  # no sign
        (b"+", b"001234", b"5"),  # no such decimal position
        (b"+", b"001234", b"."),
    ],
)
def test_impossible_characters_are_dropped_even_with_a_matching_check(sign, digits, dp):
    parser = YaohuaTf0Parser()
    assert parser.feed(yaohua(sign, digits, dp)) == []
    assert parser.bad_frames == 1


def test_garbage_stray_stx_and_a_cut_frame_resynchronise():
    parser = YaohuaTf0Parser()
    stream = (
        b"\xff\x00garbage\x03\x02\x02+00"  # noise with STX and ETX in it
        + MANUAL_FRAME[:7]  # a frame cut off halfway
        + MANUAL_FRAME
        + b"\x02\x02\x02"
        + yaohua(b"+", b"000500", b"2")
    )
    assert grams(parser.feed(stream)) == [12340, 5000]
    assert parser.bad_frames >= 3


def test_frame_missing_its_etx_is_dropped():
    parser = YaohuaTf0Parser()
    assert grams(parser.feed(MANUAL_FRAME[:-1] + b"\x04" + MANUAL_FRAME)) == [12340]
    assert parser.bad_frames == 1


def test_tf0_builder_round_trips_and_refuses_what_it_cannot_show():
    assert tf0_frame(Reading(12340)) == MANUAL_FRAME
    assert tf0_frame(Reading(-1200)) == yaohua(b"-", b"000120", b"2")
    assert tf0_frame(Reading(12345), decimals=3) == yaohua(b"+", b"012345", b"3")
    with pytest.raises(ValueError):
        tf0_frame(Reading(12345))  # 12.345 kg with two decimals
    with pytest.raises(ValueError):
        tf0_frame(Reading(None, status=ReadingStatus.OVERLOAD))
    with pytest.raises(ValueError):
        tf0_frame(Reading(10_000_000))  # 10000.00 kg: seven digits


def test_xor_helper_matches_manual_arithmetic():
    assert xor_hex(b"+0012342") == b"%02X" % (0x2B ^ 0x30 ^ 0x30 ^ 0x31 ^ 0x32 ^ 0x33 ^ 0x34 ^ 0x32)


# -- the '=' formats ------------------------------------------------------------------------


def test_equals_frames_are_read_reversed():
    parser = YaohuaEqualsParser()
    # A frame is complete when the next '=' begins; the first frame only shows the shape
    # that the second must match (no checksum in this format).
    assert grams(parser.feed(b"=43.2100=43.2100")) == []
    assert parser.held_frames == 1
    assert grams(parser.feed(b"=43.2100")) == [12340]
    assert grams(parser.feed(b"=")) == [12340]
    assert parser.bad_frames == 0


def test_equals_negative_sign_comes_last():
    parser = YaohuaEqualsParser()
    readings = parser.feed(b"=43.2100-=43.2100-=")
    assert grams(readings) == [-12340]
    assert readings[0].raw == b"=43.2100-"
    assert readings[0].stability_known is False


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (b"=432100", 1_234_000),  # '001234': no decimal point, 1234 kg
        (b"=5.00100", 100_500),  # '00100.5' kg
        (b"=543.210", 12_345),  # '012.345' kg
        (b"=00.0000", 0),
    ],
)
def test_equals_decimal_positions(frame, expected):
    parser = YaohuaEqualsParser()
    assert grams(parser.feed(frame * 3 + b"=")) == [expected] * 2


def test_equals_with_line_ends_and_split_bytes():
    parser = YaohuaEqualsParser()
    out = []
    for byte in b"=43.2100\r\n=43.2100\r\n=05.0000\r\n=05.0000\r\n":
        out += parser.feed(bytes([byte]))
    # 0000.50 has the same shape as 0012.34: a new weight, not a new shape, needs no wait
    assert grams(out) == [12340, 500, 500]


@pytest.mark.parametrize(
    "body",
    [b"43.21A0", b"43.-100", b"43..100", b"4", b"43.2100999", b"-43.2100", b".432100", b"43 2100"],
)
def test_equals_impossible_frames(body):
    parser = YaohuaEqualsParser()
    assert parser.feed(b"=" + body + b"=") == []
    assert parser.bad_frames == 1


def test_equals_lost_byte_never_becomes_a_weight():
    # '0012.34' losing its '1' would read as 002.34 kg: the changed shape holds it back,
    # and the next good frame is held once too before weights flow again.
    parser = YaohuaEqualsParser()
    stream = b"=43.2100=43.2100=43.200=43.2100=43.2100="
    assert grams(parser.feed(stream)) == [12340, 12340]
    assert parser.held_frames == 3


def test_equals_builder():
    assert equals_frame(Reading(12340)) == b"=43.2100"
    assert equals_frame(Reading(-12340)) == b"=43.2100-"
    assert equals_frame(Reading(1_234_000), decimals=0) == b"=432100"
