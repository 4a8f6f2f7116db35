"""Displayed weights to integer grams: exact, rounded once, half away from zero."""

from __future__ import annotations

import pytest

from fieldapp.scale.grams import (
    decimal_to_grams,
    format_scaled,
    grams_to_scaled,
    round_half_up,
    scaled_to_grams,
)
from fieldapp.scale.reading import Reading, ReadingStatus


@pytest.mark.parametrize(
    ("text", "unit", "grams"),
    [
        ("12.34", "kg", 12340),
        ("0012.34", "kg", 12340),
        ("-0.05", "kg", -50),
        ("+150", "kg", 150_000),
        ("12.3455", "kg", 12346),  # 12345.5 g: half up
        ("12.3454", "kg", 12345),
        ("-12.3455", "kg", -12346),  # mirrors the positive case
        ("100.05", "g", 100),
        ("2.5", "g", 3),
        ("1.2345", "t", 1_234_500),
        ("1", "lb", 454),  # 453.59237 g
        ("0.5", "lb", 227),  # 226.796185 g
        ("100.00", "lb", 45_359),  # 45359.237 g
        ("-1", "LB", -454),
        ("12.", "kg", 12_000),
        (".5", "kg", 500),
    ],
)
def test_decimal_to_grams(text, unit, grams):
    result = decimal_to_grams(text, unit)
    assert result == grams
    assert type(result) is int


@pytest.mark.parametrize(
    ("text", "unit"),
    [("1e3", "kg"), ("12,34", "kg"), ("", "kg"), ("--1", "kg"), ("1.2.3", "kg"), ("nan", "kg"),
     ("12.34", "pcs"), ("12.34", "")],
)  # fmt: skip
def test_what_is_not_a_weight(text, unit):
    assert decimal_to_grams(text, unit) is None


def test_scaled_to_grams_is_exact_for_every_decimal_position():
    assert scaled_to_grams(1234, 2, "kg") == 12340
    assert scaled_to_grams(12345, 3, "kg") == 12345
    assert scaled_to_grams(123455, 4, "kg") == 12346
    assert scaled_to_grams(150, 0, "kg") == 150_000
    assert scaled_to_grams(123, -2, "kg") == 12_300_000  # a x100 display
    assert scaled_to_grams(1, 0, "furlong") is None


def test_round_half_up_goes_away_from_zero():
    from fractions import Fraction

    assert [round_half_up(Fraction(n, 2)) for n in (-3, -1, 1, 3)] == [-2, -1, 1, 2]
    assert round_half_up(Fraction(49, 100)) == 0


def test_grams_to_scaled_refuses_what_the_display_cannot_show():
    assert grams_to_scaled(12340, 2, "kg") == 1234
    with pytest.raises(ValueError):
        grams_to_scaled(12345, 2, "kg")
    with pytest.raises(ValueError):
        grams_to_scaled(1, 0, "parsec")


def test_format_scaled():
    assert format_scaled(1234, 2) == "12.34"
    assert format_scaled(-5, 2) == "-0.05"
    assert format_scaled(7, 0) == "7"


def test_reading_holds_integer_grams_only():
    assert Reading(12340).ok
    with pytest.raises(TypeError):
        Reading(12.34)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Reading(True)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Reading(999_990, status=ReadingStatus.OVERLOAD)  # an overload carries no weight
    with pytest.raises(TypeError):
        Reading(None)
