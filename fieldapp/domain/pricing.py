"""Grading and pricing: what a lot of produce is worth under the cooperative's rules.

A rule belongs to one crop and grade and is versioned: editing it makes a new
version, and every purchase keeps the version it was priced with. Quality
deductions work in bands, as the coops' printed tables do: e.g. moisture up to
14.0% deducts nothing, each point from 14.0% to 18.0% deducts 1.5% of the weight,
each point above 18.0% deducts 2.0%.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .money import amount_fen, round_half_up


class Quality(StrEnum):
    MOISTURE = "moisture"
    IMPURITY = "impurity"


class TareMethod(StrEnum):
    CONTAINERS = "containers"  # n containers of a known tare each
    WEIGHED = "weighed"  # the empty vehicle or baskets weighed after unloading
    NONE = "none"


@dataclass(frozen=True)
class Band:
    """From `from_permille` (exclusive) up to `to_permille` (inclusive, None: no limit),
    every percentage point deducts `bp_per_point` basis points (1/100 %) of the weight."""

    from_permille: int
    to_permille: int | None
    bp_per_point: int


@dataclass(frozen=True)
class Container:
    name: str
    tare_g: int


@dataclass(frozen=True)
class PriceRule:
    """One version of a crop and grade's price and deductions."""

    crop_id: str
    crop: str
    grade: str
    price_fen_per_kg: int
    moisture: tuple[Band, ...] = ()
    impurity: tuple[Band, ...] = ()
    version: int = 1
    id: str = ""


@dataclass(frozen=True)
class Deduction:
    """Weight taken off a lot, with the reason printed beside it."""

    kind: str  # a Quality value, or "other"
    grams: int
    measured_permille: int | None = None  # the moisture or impurity that was measured
    note: str = ""


@dataclass(frozen=True)
class LotInput:
    """What the clerk has at the scale for one lot."""

    gross_g: int
    tare_method: str = TareMethod.NONE
    tare_g: int = 0  # the weighed tare, or one container's tare
    containers: int = 0
    container: str = ""
    moisture_permille: int | None = None
    impurity_permille: int | None = None
    manual_reason: str = ""  # not empty when the gross weight was typed, not read


@dataclass(frozen=True)
class Lot:
    """A priced lot, as the ledger stores it and the receipt prints it."""

    crop_id: str
    crop: str
    grade: str
    rule_id: str
    rule_version: int
    gross_g: int
    tare_g: int
    tare_method: str
    containers: int
    container: str
    deductions: tuple[Deduction, ...]
    net_g: int
    price_fen_per_kg: int
    amount_fen: int
    manual_reason: str = ""

    @property
    def deducted_g(self) -> int:
        return sum(d.grams for d in self.deductions)


class LotProblem(StrEnum):
    NO_GROSS = "no_gross"
    TARE_EXCEEDS_GROSS = "tare_exceeds_gross"
    NEGATIVE = "negative"
    PERCENT_RANGE = "percent_range"
    NOTHING_LEFT = "nothing_left"


class LotError(ValueError):
    def __init__(self, problem: LotProblem) -> None:
        super().__init__(problem)
        self.problem = problem


def band_deduction_bp(bands: tuple[Band, ...], measured_permille: int) -> int:
    """Basis points x 10 (so no rounding here) of the weight that `measured_permille`
    deducts: the sum over bands of the permille inside the band times its rate."""
    total = 0
    for band in bands:
        top = (
            measured_permille
            if band.to_permille is None
            else min(measured_permille, band.to_permille)
        )
        inside = top - band.from_permille
        if inside > 0:
            total += inside * band.bp_per_point
    return total


def deduction_grams(base_g: int, bands: tuple[Band, ...], measured_permille: int) -> int:
    """Grams deducted from `base_g`, rounded half up once.

    permille x (bp per percentage point) = (1/10 point) x (1/10000 of weight per point),
    so grams = base x sum / (10 x 10000).
    """
    return round_half_up(base_g * band_deduction_bp(bands, measured_permille), 100_000)


def tare_grams(lot: LotInput) -> int:
    if lot.tare_method == TareMethod.CONTAINERS:
        return lot.containers * lot.tare_g
    if lot.tare_method == TareMethod.WEIGHED:
        return lot.tare_g
    return 0


def price_lot(rule: PriceRule, lot: LotInput) -> Lot:
    """Gross - tare - quality deductions = net; net x price = amount. Quality deductions
    are taken from the weight after tare, each rounded to the gram on its own."""
    if lot.gross_g <= 0:
        raise LotError(LotProblem.NO_GROSS)
    if lot.tare_g < 0 or lot.containers < 0:
        raise LotError(LotProblem.NEGATIVE)
    for measured in (lot.moisture_permille, lot.impurity_permille):
        if measured is not None and not 0 <= measured <= 1000:
            raise LotError(LotProblem.PERCENT_RANGE)
    tare = tare_grams(lot)
    if tare >= lot.gross_g:
        raise LotError(LotProblem.TARE_EXCEEDS_GROSS)
    after_tare = lot.gross_g - tare
    deductions = []
    for kind, bands, measured in (
        (Quality.MOISTURE, rule.moisture, lot.moisture_permille),
        (Quality.IMPURITY, rule.impurity, lot.impurity_permille),
    ):
        if measured is None:
            continue
        grams = deduction_grams(after_tare, bands, measured)
        if grams:
            deductions.append(Deduction(kind=kind, grams=grams, measured_permille=measured))
    net = after_tare - sum(d.grams for d in deductions)
    if net <= 0:
        raise LotError(LotProblem.NOTHING_LEFT)
    return Lot(
        crop_id=rule.crop_id,
        crop=rule.crop,
        grade=rule.grade,
        rule_id=rule.id,
        rule_version=rule.version,
        gross_g=lot.gross_g,
        tare_g=tare,
        tare_method=lot.tare_method,
        containers=lot.containers,
        container=lot.container,
        deductions=tuple(deductions),
        net_g=net,
        price_fen_per_kg=rule.price_fen_per_kg,
        amount_fen=amount_fen(net, rule.price_fen_per_kg),
        manual_reason=lot.manual_reason,
    )


@dataclass(frozen=True)
class Rules:
    """The rules in force: one current version per crop and grade, and the containers."""

    prices: tuple[PriceRule, ...] = ()
    containers: tuple[Container, ...] = field(default_factory=tuple)

    def find(self, crop_id: str, grade: str) -> PriceRule | None:
        return next((r for r in self.prices if r.crop_id == crop_id and r.grade == grade), None)
