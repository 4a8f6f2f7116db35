"""Growers (households) and their plots: values and the rules they must pass."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from enum import StrEnum

from .errors import FieldError, Problem, ValidationError
from .idcard import check_id_number, gender_from_id, normalize_id_number
from .phone import check_phone, normalize_phone
from .text import clean, is_cjk
from .units import MAX_PLOT_MU, mu_to_m2, parse_mu

MAX_NAME = 30
MAX_TEXT = 200
MAX_NOTES = 2000


class Status(StrEnum):
    ACTIVE = "active"
    LEFT = "left"


class Gender(StrEnum):
    UNKNOWN = ""
    MALE = "M"
    FEMALE = "F"


class AccountKind(StrEnum):
    NONE = ""
    BANK = "bank"
    WECHAT = "wechat"
    ALIPAY = "alipay"


@dataclass(frozen=True)
class GrowerData:
    """The fields a person edits. Strings throughout; dates ISO; ids of pick-list rows."""

    name: str = ""
    id_number: str = ""
    phone: str = ""
    gender: str = Gender.UNKNOWN
    township_id: str = ""
    village_id: str = ""
    address: str = ""
    account_kind: str = AccountKind.NONE
    account_no: str = ""
    notes: str = ""
    member_since: str = ""
    status: str = Status.ACTIVE


GROWER_FIELDS = tuple(f.name for f in fields(GrowerData))
_GENDERS = frozenset(Gender)
_STATUSES = frozenset(Status)
_ACCOUNT_KINDS = frozenset(AccountKind)


@dataclass(frozen=True)
class Grower:
    id: str
    card_no: str
    data: GrowerData
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class PlotData:
    name: str = ""
    area_m2: int = 0
    crop_id: str = ""
    variety: str = ""
    lat_e6: int | None = None  # GPS as integer micro-degrees
    lon_e6: int | None = None
    soil_notes: str = ""


PLOT_FIELDS = tuple(f.name for f in fields(PlotData))


@dataclass(frozen=True)
class Plot:
    id: str
    grower_id: str
    data: PlotData


def normalize_grower(data: GrowerData) -> GrowerData:
    """Cleaned, canonical values; fills gender from the ID number when it was left empty."""
    id_number = normalize_id_number(data.id_number)
    phone = normalize_phone(data.phone) if clean(data.phone) else ""
    gender = data.gender
    if not gender and check_id_number(id_number) is None:
        gender = gender_from_id(id_number)
    account_no = clean(data.account_no)
    if data.account_kind == AccountKind.BANK:
        account_no = account_no.replace(" ", "").replace("-", "")
    # Every field spelled out rather than dataclasses.replace(), which looks the
    # fields up on each call (an import normalizes 10,000 rows).
    return GrowerData(
        name=clean(data.name),
        id_number=id_number,
        phone=phone,
        gender=gender,
        township_id=data.township_id,
        village_id=data.village_id,
        address=clean(data.address),
        account_kind=data.account_kind,
        account_no=account_no,
        notes=data.notes.strip(),
        member_since=clean(data.member_since),
        status=data.status,
    )


def _check_name(name: str) -> FieldError | None:
    if not name:
        return FieldError("name", Problem.REQUIRED)
    if len(name) > MAX_NAME:
        return FieldError("name", Problem.TOO_LONG, str(MAX_NAME))
    # Minority names are often written with a middle dot (阿依古丽·买买提).
    if not all(is_cjk(ch) or ch.isalpha() or ch in "·• " for ch in name):
        return FieldError("name", Problem.NAME_CHARACTERS)
    return None


def _check_date(value: str, field: str, today: dt.date) -> FieldError | None:
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return FieldError(field, Problem.BAD_DATE, value)
    if day > today:
        return FieldError(field, Problem.FUTURE_DATE, value)
    return None


def _check_account(kind: str, number: str) -> FieldError | None:
    if kind not in _ACCOUNT_KINDS:
        return FieldError("account_kind", Problem.UNKNOWN_CHOICE, kind)
    if kind == AccountKind.NONE or not number:
        return None
    if kind == AccountKind.BANK and (not number.isdigit() or not 12 <= len(number) <= 19):
        return FieldError("account_no", Problem.ACCOUNT_CHARACTERS)
    if len(number) > 64:
        return FieldError("account_no", Problem.TOO_LONG, "64")
    return None


def validate_grower(data: GrowerData, today: dt.date | None = None) -> list[FieldError]:
    """Every problem with normalized `data`, at most one per field, in form order."""
    today = today or dt.date.today()
    checks = [
        _check_name(data.name),
        check_id_number(data.id_number, today=today) if data.id_number else None,
        check_phone(data.phone) if data.phone else None,
        None
        if data.gender in _GENDERS
        else FieldError("gender", Problem.UNKNOWN_CHOICE, data.gender),
        FieldError("address", Problem.TOO_LONG, str(MAX_TEXT))
        if len(data.address) > MAX_TEXT
        else None,
        _check_account(data.account_kind, data.account_no),
        FieldError("notes", Problem.TOO_LONG, str(MAX_NOTES))
        if len(data.notes) > MAX_NOTES
        else None,
        _check_date(data.member_since, "member_since", today),
        None
        if data.status in _STATUSES
        else FieldError("status", Problem.UNKNOWN_CHOICE, data.status),
    ]
    return [e for e in checks if e is not None]


def checked_grower(data: GrowerData, today: dt.date | None = None) -> GrowerData:
    """The normalized data, or ValidationError naming every wrong field."""
    data = normalize_grower(data)
    errors = validate_grower(data, today)
    if errors:
        raise ValidationError(errors)
    return data


@dataclass(frozen=True)
class PlotInput:
    """A plot as typed: area in mu, GPS in decimal degrees."""

    name: str = ""
    area_mu: str = ""
    crop_id: str = ""
    variety: str = ""
    latitude: str = ""
    longitude: str = ""
    soil_notes: str = ""


def _parse_degrees(text: str, field: str, limit: int, problem: Problem) -> int | None:
    text = clean(text)
    if not text:
        return None
    try:
        value = Decimal(text.rstrip("°NSEWnsew "))
    except ArithmeticError:
        raise ValidationError([FieldError(field, Problem.NOT_A_NUMBER, text)]) from None
    if not value.is_finite() or abs(value) > limit:
        raise ValidationError([FieldError(field, problem, text)])
    if text[-1:] in "SsWw":
        value = -value
    return int((value * 1_000_000).to_integral_value())


def parse_plot(inp: PlotInput) -> PlotData:
    """The stored form of a typed plot, or ValidationError naming every wrong field."""
    errors: list[FieldError] = []
    name = clean(inp.name)
    if not name:
        errors.append(FieldError("name", Problem.REQUIRED))
    elif len(name) > MAX_NAME:
        errors.append(FieldError("name", Problem.TOO_LONG, str(MAX_NAME)))
    area_m2 = 0
    area_text = clean(inp.area_mu)
    if not area_text:
        errors.append(FieldError("area_mu", Problem.REQUIRED))
    else:
        try:
            mu = parse_mu(area_text)
        except ValueError:
            errors.append(FieldError("area_mu", Problem.NOT_A_NUMBER, area_text))
        else:
            if mu <= 0:
                errors.append(FieldError("area_mu", Problem.NEGATIVE, area_text))
            elif mu > MAX_PLOT_MU:
                errors.append(FieldError("area_mu", Problem.TOO_LARGE, str(MAX_PLOT_MU)))
            else:
                area_m2 = mu_to_m2(mu)
                if area_m2 <= 0:  # under half a square metre: stored as 0, which is no plot
                    errors.append(FieldError("area_mu", Problem.NEGATIVE, area_text))
    lat = lon = None
    for field, limit, problem in (
        ("latitude", 90, Problem.LATITUDE_RANGE),
        ("longitude", 180, Problem.LONGITUDE_RANGE),
    ):
        try:
            value = _parse_degrees(getattr(inp, field), field, limit, problem)
        except ValidationError as exc:
            errors.extend(exc.errors)
        else:
            lat, lon = (value, lon) if field == "latitude" else (lat, value)
    if (lat is None) != (lon is None) and not any(
        e.field in ("latitude", "longitude") for e in errors
    ):
        missing = "longitude" if lon is None else "latitude"
        errors.append(FieldError(missing, Problem.REQUIRED))
    if len(inp.soil_notes) > MAX_NOTES:
        errors.append(FieldError("soil_notes", Problem.TOO_LONG, str(MAX_NOTES)))
    if errors:
        raise ValidationError(errors)
    return PlotData(
        name=name,
        area_m2=area_m2,
        crop_id=inp.crop_id,
        variety=clean(inp.variety),
        lat_e6=lat,
        lon_e6=lon,
        soil_notes=inp.soil_notes.strip(),
    )
