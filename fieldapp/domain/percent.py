"""Percentages as the coop writes them, held as integers: permille (one decimal, moisture
16.5% = 165) and basis points (two decimals, 1.25% = 125)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .text import clean


def format_permille(permille: int) -> str:
    """140 -> '14.0' (percent, one decimal)."""
    whole, tenth = divmod(permille, 10)
    return f"{whole}.{tenth}"


def format_bp(bp: int) -> str:
    """150 -> '1.5', 125 -> '1.25' (percent: one decimal, two when it has them)."""
    whole, rest = divmod(bp, 100)
    return f"{whole}.{rest // 10}" if rest % 10 == 0 else f"{whole}.{rest:02d}"


def parse_percent(text: str, decimals: int) -> int:
    """'16.5' or '16.5%' -> 165 for decimals=1, '1.25' -> 125 for decimals=2.
    ValueError for anything else, including more decimals than allowed."""
    value = clean(text).removesuffix("%").removesuffix("％").strip()
    try:
        number = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not number.is_finite():
        raise ValueError(text)
    scaled = number * (10**decimals)
    if scaled != scaled.to_integral_value():
        raise ValueError(text)
    return int(scaled)
