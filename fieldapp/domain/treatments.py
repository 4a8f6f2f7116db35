"""A treatment plan: what to spray, how much per mu and per tank, when, and how long
before harvest. Doses are integers in thousandths of the product's unit (milligrams or
microlitres per mu) so '1.5 ml' and '20 g' are both exact."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from .errors import FieldError, Problem, ValidationError
from .money import round_half_up
from .text import clean

MILLI = 1000
MAX_DOSE_MILLI = 100_000 * MILLI  # 100 kg or 100 l per mu is a typing error, not a dose
MAX_WATER_L = 1000
MAX_PHI_DAYS = 365
MAX_LINES = 6
MAX_TEXT = 200
DEFAULT_WATER_L = 30  # litres per mu: two knapsack sprayers, the usual field spray
DEFAULT_TANK_L = 15  # the common knapsack sprayer


class DoseUnit(StrEnum):
    GRAM = "g"  # wettable powders, granules
    MILLILITRE = "ml"  # emulsions, suspensions


@dataclass(frozen=True)
class TreatmentLine:
    """One product in a plan. The catalogue range (0, 0 when there is none) travels
    with the line so a later reader sees what the dose was checked against."""

    product: str
    ingredient: str = ""
    dose_milli: int = 0  # per mu, in thousandths of `unit`
    unit: str = DoseUnit.GRAM
    water_l: int = DEFAULT_WATER_L  # spray water per mu
    timing: str = ""
    safety: str = ""
    phi_days: int = 0  # pre-harvest interval: days from spraying to picking
    range_low_milli: int = 0
    range_high_milli: int = 0
    dose_confirmed: bool = False  # the technician accepted a dose outside the range

    @property
    def has_range(self) -> bool:
        return self.range_high_milli > 0

    @property
    def outside_range(self) -> bool:
        return self.has_range and not (
            self.range_low_milli <= self.dose_milli <= self.range_high_milli
        )


def measurable(milli: int) -> int:
    """An amount a grower can measure with a cap or a scoop: whole grams or millilitres
    from 10 up, tenths from 1, hundredths below ('11.675 g' helps nobody)."""
    step = 1000 if milli >= 10 * MILLI else 100 if milli >= MILLI else 10
    return round_half_up(milli, step) * step


def dose_per_tank_milli(line: TreatmentLine, tank_l: int) -> int:
    """How much product goes into one tank of `tank_l` litres, at the plan's water per
    mu, rounded to what can be measured."""
    if line.water_l <= 0:
        return 0
    return measurable(round_half_up(line.dose_milli * tank_l, line.water_l))


def plan_phi_days(lines: list[TreatmentLine] | tuple[TreatmentLine, ...]) -> int:
    """The plan's safe interval: the longest of its products'."""
    return max((line.phi_days for line in lines), default=0)


def format_dose(milli: int) -> str:
    """'20', '1.5', '0.25': no trailing zeros, never a float."""
    text = f"{Decimal(milli) / MILLI:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse_dose(text: str) -> int:
    """Thousandths from an amount typed by hand ('20', '1.5', '１５'); ValueError otherwise."""
    value = clean(text).lower()
    for unit in ("毫升", "克", "ml", "g"):
        value = value.removesuffix(unit)
    try:
        number = Decimal(value.replace(",", "").strip())
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not number.is_finite() or number < 0:
        raise ValueError(text)
    return int((number * MILLI).to_integral_value(rounding=ROUND_HALF_UP))


def _checked_line(index: int, line: TreatmentLine, errors: list[FieldError]) -> TreatmentLine:
    line = replace(
        line,
        product=clean(line.product),
        ingredient=clean(line.ingredient),
        timing=line.timing.strip(),
        safety=line.safety.strip(),
    )
    at = f"treatment.{index}."
    if not line.product:
        errors.append(FieldError(at + "product", Problem.REQUIRED))
    for name in ("product", "ingredient", "timing", "safety"):
        if len(getattr(line, name)) > MAX_TEXT:
            errors.append(FieldError(at + name, Problem.TOO_LONG, str(MAX_TEXT)))
    if line.unit not in frozenset(DoseUnit):
        errors.append(FieldError(at + "unit", Problem.UNKNOWN_CHOICE, line.unit))
    if line.dose_milli <= 0:
        errors.append(FieldError(at + "dose", Problem.REQUIRED))
    elif line.dose_milli > MAX_DOSE_MILLI:
        errors.append(FieldError(at + "dose", Problem.TOO_LARGE, format_dose(MAX_DOSE_MILLI)))
    if line.water_l <= 0:
        errors.append(FieldError(at + "water", Problem.REQUIRED))
    elif line.water_l > MAX_WATER_L:
        errors.append(FieldError(at + "water", Problem.TOO_LARGE, str(MAX_WATER_L)))
    if line.phi_days < 0:
        errors.append(FieldError(at + "phi", Problem.NEGATIVE))
    elif line.phi_days > MAX_PHI_DAYS:
        errors.append(FieldError(at + "phi", Problem.TOO_LARGE, str(MAX_PHI_DAYS)))
    return line


class UnconfirmedDoseError(Exception):
    """A dose outside the catalogue's range that nobody confirmed: ask, then save with
    `dose_confirmed` set on those lines."""

    def __init__(self, lines: list[int]) -> None:
        super().__init__(f"dose outside the catalogue range on lines {lines}")
        self.lines = lines


def checked_plan(
    lines: list[TreatmentLine] | tuple[TreatmentLine, ...],
) -> tuple[TreatmentLine, ...]:
    """Cleaned lines, ValidationError for wrong values, then UnconfirmedDoseError for doses
    outside their range that were not confirmed. A dose back inside its range drops
    its old confirmation, so the flag always means what it says."""
    errors: list[FieldError] = []
    if len(lines) > MAX_LINES:
        errors.append(FieldError("treatment", Problem.TOO_LARGE, str(MAX_LINES)))
    cleaned = tuple(_checked_line(i, line, errors) for i, line in enumerate(lines))
    if errors:
        raise ValidationError(errors)
    unconfirmed = [
        i for i, line in enumerate(cleaned) if line.outside_range and not line.dose_confirmed
    ]
    if unconfirmed:
        raise UnconfirmedDoseError(unconfirmed)
    return tuple(
        line if line.outside_range else replace(line, dose_confirmed=False) for line in cleaned
    )
