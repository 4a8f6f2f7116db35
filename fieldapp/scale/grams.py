"""Exact conversion of displayed weights to integer grams and back.

Indicators show a decimal number in some unit; FieldApp keeps integer grams. Fractions keep
the arithmetic exact (1 lb is exactly 453.59237 g), and rounding happens once, here, half
away from zero, as Decimal's ROUND_HALF_UP does in domain/units.py.
"""

from __future__ import annotations

import re
from fractions import Fraction

UNIT_GRAMS: dict[str, Fraction] = {
    "mg": Fraction(1, 1000),
    "g": Fraction(1),
    "kg": Fraction(1000),
    "t": Fraction(1_000_000),
    "lb": Fraction(45_359_237, 100_000),  # exact by definition (1959 agreement)
    "oz": Fraction(45_359_237, 1_600_000),  # 1/16 lb
}

_DECIMAL = re.compile(r"([+-]?)(\d+(?:\.\d*)?|\.\d+)")


def unit_factor(unit: str) -> Fraction | None:
    """Grams per unit, None for a unit FieldApp cannot convert (it is then not a weight)."""
    return UNIT_GRAMS.get(unit.strip().lower())


def round_half_up(value: Fraction) -> int:
    """To the nearest integer, halves away from zero (so -0.5 g and 0.5 g mirror)."""
    magnitude = (abs(value) * 2 + 1) // 2
    return int(-magnitude if value < 0 else magnitude)


def scaled_to_grams(value: int, decimals: int, unit: str) -> int | None:
    """value / 10**decimals in unit, as grams; decimals may be negative (x10, x100 displays)."""
    factor = unit_factor(unit)
    if factor is None:
        return None
    return round_half_up(Fraction(value) * factor / Fraction(10) ** decimals)


def decimal_to_grams(text: str, unit: str) -> int | None:
    """'-12.34' kg -> -12340. None for text that is not a plain decimal number or an unknown
    unit; no float ever sees the digits."""
    match = _DECIMAL.fullmatch(text.strip())
    factor = unit_factor(unit)
    if match is None or factor is None:
        return None
    sign, number = match.groups()
    value = Fraction(number) * factor  # Fraction parses decimal text exactly
    return round_half_up(-value if sign == "-" else value)


def decimals_in(text: str) -> int:
    """How many digits follow the decimal point in a number as displayed."""
    return len(text) - text.index(".") - 1 if "." in text else 0


def grams_to_scaled(grams: int, decimals: int, unit: str) -> int:
    """The display integer for grams (12340 g, 2 decimals, kg -> 1234).

    Used to build frames; raises ValueError when the weight is not exactly representable
    with that many decimals, because a frame builder that rounds would hide a test's mistake.
    """
    factor = unit_factor(unit)
    if factor is None:
        raise ValueError(f"unknown unit {unit!r}")
    scaled = Fraction(grams) / factor * Fraction(10) ** decimals
    if scaled.denominator != 1:
        raise ValueError(f"{grams} g is not a whole number of 10^-{decimals} {unit}")
    return int(scaled)


def format_scaled(value: int, decimals: int) -> str:
    """1234, 2 -> '12.34'; -5, 2 -> '-0.05' (no sign for positive values)."""
    digits = str(abs(value))
    if decimals > 0:
        digits = digits.rjust(decimals + 1, "0")
        digits = f"{digits[:-decimals]}.{digits[-decimals:]}"
    return ("-" if value < 0 else "") + digits
