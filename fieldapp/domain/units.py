"""Area, stored as integer square metres and shown as mu (1 mu = 2000/3 m2)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

M2_PER_MU = Decimal(2000) / Decimal(3)
MAX_PLOT_MU = Decimal(100_000)


def parse_mu(text: str) -> Decimal:
    """A non-negative number of mu; raises ValueError with the text on nonsense.

    Accepts '1.5', '1.5亩', ' 2 ' and full-width digits (cleaned by the caller).
    """
    value = text.strip().removesuffix("亩").removesuffix("mu").strip().replace(",", "")
    try:
        mu = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not mu.is_finite():
        raise ValueError(text)
    return mu


def mu_to_m2(mu: Decimal) -> int:
    """Rounded half up to the square metre, once, here."""
    return int((mu * M2_PER_MU).to_integral_value(rounding=ROUND_HALF_UP))


def m2_to_mu(m2: int) -> Decimal:
    """Two decimals, as mu is written on every form."""
    return (Decimal(m2) / M2_PER_MU).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_mu(m2: int) -> str:
    text = f"{m2_to_mu(m2):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
