"""Money in fen, weights in grams, and the amounts in words that receipts print."""

from __future__ import annotations

import pytest

from fieldapp.domain.money import (
    amount_fen,
    chinese_capital,
    format_kg,
    format_yuan,
    parse_kg,
    parse_yuan,
    round_half_up,
)
from fieldapp.domain.pricing import (
    Band,
    LotError,
    LotInput,
    LotProblem,
    PriceRule,
    TareMethod,
    deduction_grams,
    price_lot,
)


@pytest.mark.parametrize(
    ("fen", "words"),
    [
        (0, "零元整"),
        (5, "伍分"),
        (50, "伍角整"),
        (99, "玖角玖分"),
        (100, "壹元整"),
        (105, "壹元零伍分"),
        (150, "壹元伍角整"),
        (1000, "壹拾元整"),
        (100_500, "壹仟零伍元整"),
        (100_560, "壹仟零伍元陆角整"),
        (1_200_000, "壹万贰仟元整"),
        (10_001_000, "壹拾万零壹拾元整"),
        (10_000_010, "壹拾万元壹角整"),
        (1_010_000_100, "壹仟零壹拾万零壹元整"),
        (10_000_000_100, "壹亿零壹元整"),
        (12_345_678_912, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
    ],
)
def test_chinese_capital(fen, words):
    assert chinese_capital(fen) == words


def test_chinese_capital_refuses_what_it_cannot_write():
    with pytest.raises(ValueError):
        chinese_capital(-1)
    with pytest.raises(ValueError):
        chinese_capital(10**14)


def test_round_half_up_in_integers():
    assert round_half_up(5, 10) == 1
    assert round_half_up(4, 10) == 0
    assert round_half_up(15, 10) == 2
    assert round_half_up(-15, 10) == -2
    assert round_half_up(2_499_999, 1000) == 2500
    with pytest.raises(ValueError):
        round_half_up(1, 0)


def test_amounts_round_once_half_up():
    assert amount_fen(1000, 235) == 235
    assert amount_fen(2, 250) == 1  # 0.5 fen -> 1
    assert amount_fen(1, 499) == 0  # 0.499 fen -> 0
    assert amount_fen(957_687, 235) == 225_056  # 225,056.445 fen


def test_formatting_and_parsing():
    assert format_yuan(123_456_789) == "1,234,567.89"
    assert format_yuan(5) == "0.05"
    assert format_kg(12_340) == "12.34"
    assert format_kg(12_345) == "12.345"
    assert format_kg(500) == "0.50"
    assert parse_kg("12.5公斤") == 12_500
    assert parse_kg("１２.５ kg") == 12_500
    assert parse_kg("0.0005") == 1  # half up to the gram
    assert parse_yuan("¥2.35") == 235
    assert parse_yuan("2") == 200
    for bad in ("2.345", "abc", "", "NaN"):
        with pytest.raises(ValueError):
            parse_yuan(bad)
    with pytest.raises(ValueError):
        parse_kg("十斤")


BANDS = (Band(140, 180, 150), Band(180, None, 200))


def test_banded_deductions():
    assert deduction_grams(1_000_000, BANDS, 140) == 0
    assert deduction_grams(1_000_000, BANDS, 150) == 15_000  # 1 point x 1.5%
    assert deduction_grams(1_000_000, BANDS, 200) == 60_000 + 40_000  # 4 x 1.5% + 2 x 2%
    assert deduction_grams(333, BANDS, 141) == 0  # 0.15% of 333 g = 0.4995 g -> 0
    assert deduction_grams(334, BANDS, 141) == 1  # 0.501 g -> 1


RULE = PriceRule("c", "玉米", "一等", 235, moisture=BANDS, impurity=(Band(10, None, 100),))


def test_a_lot_is_priced_from_gross_to_amount():
    lot = price_lot(
        RULE,
        LotInput(
            gross_g=1_234_560,
            tare_method=TareMethod.CONTAINERS,
            tare_g=500,
            containers=12,
            moisture_permille=165,
            impurity_permille=15,
        ),
    )
    assert lot.tare_g == 6_000
    assert [(d.kind, d.grams) for d in lot.deductions] == [
        ("moisture", 46_071),
        ("impurity", 6_143),
    ]
    assert lot.net_g == 1_228_560 - 46_071 - 6_143
    assert lot.amount_fen == amount_fen(lot.net_g, 235)


@pytest.mark.parametrize(
    ("inp", "problem"),
    [
        (LotInput(gross_g=0), LotProblem.NO_GROSS),
        (
            LotInput(gross_g=1000, tare_method=TareMethod.WEIGHED, tare_g=1000),
            LotProblem.TARE_EXCEEDS_GROSS,
        ),
        (LotInput(gross_g=1000, tare_method=TareMethod.WEIGHED, tare_g=-1), LotProblem.NEGATIVE),
        (LotInput(gross_g=1000, moisture_permille=1001), LotProblem.PERCENT_RANGE),
        (LotInput(gross_g=1000, moisture_permille=1000), LotProblem.NOTHING_LEFT),
    ],
)
def test_impossible_lots_are_refused(inp, problem):
    with pytest.raises(LotError) as caught:
        price_lot(RULE, inp)
    assert caught.value.problem == problem


def test_percentages_as_integers():
    from fieldapp.domain.percent import format_bp, format_permille, parse_percent

    assert parse_percent("16.5", 1) == 165
    assert parse_percent("１６.５％", 1) == 165
    assert parse_percent("1.25%", 2) == 125
    for bad in ("16.55", "abc", "", "inf"):
        with pytest.raises(ValueError):
            parse_percent(bad, 1)
    assert format_permille(140) == "14.0"
    assert (format_bp(150), format_bp(125)) == ("1.5", "1.25")
