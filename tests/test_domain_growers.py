"""Grower and plot values: every wrong field reported at once, clean-up, mu to square metres."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fieldapp.domain.errors import FieldError, Problem, ValidationError
from fieldapp.domain.growers import (
    AccountKind,
    Gender,
    GrowerData,
    PlotInput,
    checked_grower,
    normalize_grower,
    parse_plot,
    validate_grower,
)
from fieldapp.domain.idcard import check_digit
from fieldapp.domain.units import M2_PER_MU, format_mu, m2_to_mu, mu_to_m2, parse_mu

TODAY = dt.date(2025, 6, 1)


def make_id(born: str = "19800101", seq: str = "123", region: str = "530102") -> str:
    return region + born + seq + check_digit(region + born + seq)


def problems(exc: pytest.ExceptionInfo) -> dict[str, Problem]:
    return {e.field: e.problem for e in exc.value.errors}


# -- growers ------------------------------------------------------------------------------


def test_a_good_grower_passes_and_is_cleaned():
    data = GrowerData(
        name=" 张 三 ",
        id_number=make_id(seq="451").lower() + " ",
        phone="138 1234 5678",
        address="  龙泉镇  石桥村 3 组 ",
        account_kind=AccountKind.BANK,
        account_no="6217 0000 1234 5678 901",
        member_since="2019-03-01",
        notes="  first line\nsecond  ",
    )
    out = checked_grower(data, TODAY)
    assert out.name == "张 三"
    assert out.id_number == make_id(seq="451")
    assert out.phone == "13812345678"
    assert out.address == "龙泉镇 石桥村 3 组"
    assert out.account_no == "6217000012345678901"
    assert out.notes == "first line\nsecond"
    assert out.gender == Gender.MALE


def test_every_wrong_field_is_reported_at_once():
    data = GrowerData(
        name="",
        id_number="110101199002301234",
        phone="12012345678",
        gender="X",
        address="地" * 201,
        account_kind="paypal",
        notes="n" * 2001,
        member_since="2019-13-01",
        status="dead",
    )
    with pytest.raises(ValidationError) as exc:
        checked_grower(data, TODAY)
    assert [(e.field, e.problem) for e in exc.value.errors] == [
        ("name", Problem.REQUIRED),
        ("id_number", Problem.ID_BIRTH_DATE),
        ("phone", Problem.PHONE_PREFIX),
        ("gender", Problem.UNKNOWN_CHOICE),
        ("address", Problem.TOO_LONG),
        ("account_kind", Problem.UNKNOWN_CHOICE),
        ("notes", Problem.TOO_LONG),
        ("member_since", Problem.BAD_DATE),
        ("status", Problem.UNKNOWN_CHOICE),
    ]


def test_validate_grower_returns_a_list_and_raises_nothing():
    errors = validate_grower(GrowerData(name=""), TODAY)
    assert errors == [FieldError("name", Problem.REQUIRED)]
    assert validate_grower(GrowerData(name="李四"), TODAY) == []


def test_empty_optional_fields_are_fine():
    out = checked_grower(GrowerData(name="李四"), TODAY)
    assert (out.id_number, out.phone, out.gender, out.account_no) == ("", "", "", "")


@pytest.mark.parametrize(
    ("name", "problem"),
    [("", Problem.REQUIRED), ("   ", Problem.REQUIRED), ("张" * 31, Problem.TOO_LONG),
     ("张三2", Problem.NAME_CHARACTERS), ("张三!", Problem.NAME_CHARACTERS)],
)  # fmt: skip
def test_bad_names(name, problem):
    with pytest.raises(ValidationError) as exc:
        checked_grower(GrowerData(name=name), TODAY)
    assert problems(exc) == {"name": problem}


@pytest.mark.parametrize("name", ["阿依古丽·买买提", "张" * 30, "John Smith", "欧阳娜娜"])
def test_good_names(name):
    assert checked_grower(GrowerData(name=name), TODAY).name == name


@pytest.mark.parametrize(("seq", "gender"), [("451", "M"), ("462", "F")])
def test_gender_derived_from_id_when_empty(seq, gender):
    out = checked_grower(GrowerData(name="王五", id_number=make_id(seq=seq)), TODAY)
    assert out.gender == gender


def test_gender_given_is_kept_even_if_the_id_says_otherwise():
    out = checked_grower(GrowerData(name="王五", id_number=make_id(seq="451"), gender="F"), TODAY)
    assert out.gender == "F"


def test_gender_not_derived_from_an_invalid_id():
    bad = make_id(seq="451")[:17] + ("0" if make_id(seq="451")[17] != "0" else "1")
    assert normalize_grower(GrowerData(name="王五", id_number=bad)).gender == ""


@pytest.mark.parametrize(
    ("value", "problem"),
    [("2019-02-30", Problem.BAD_DATE), ("01/03/2019", Problem.BAD_DATE),
     ("yesterday", Problem.BAD_DATE), ("2025-06-02", Problem.FUTURE_DATE)],
)  # fmt: skip
def test_member_since(value, problem):
    with pytest.raises(ValidationError) as exc:
        checked_grower(GrowerData(name="王五", member_since=value), TODAY)
    assert problems(exc) == {"member_since": problem}
    assert exc.value.errors[0].detail == value


def test_member_since_today_is_fine():
    assert checked_grower(GrowerData(name="王五", member_since="2025-06-01"), TODAY)


@pytest.mark.parametrize(
    ("kind", "number", "problem"),
    [(AccountKind.BANK, "62170000123", Problem.ACCOUNT_CHARACTERS),  # 11 digits
     (AccountKind.BANK, "6" * 20, Problem.ACCOUNT_CHARACTERS),
     (AccountKind.BANK, "6217ABCD12345678", Problem.ACCOUNT_CHARACTERS),
     (AccountKind.WECHAT, "w" * 65, Problem.TOO_LONG)],
)  # fmt: skip
def test_bad_accounts(kind, number, problem):
    with pytest.raises(ValidationError) as exc:
        checked_grower(GrowerData(name="王五", account_kind=kind, account_no=number), TODAY)
    assert problems(exc) == {"account_no": problem}


@pytest.mark.parametrize(
    ("kind", "number", "stored"),
    [(AccountKind.BANK, "6217-0000-1234", "621700001234"),
     (AccountKind.BANK, "６２１７０００１２３４５６７８９０１", "621700012345678901"),
     (AccountKind.WECHAT, "wxid_ab12 ", "wxid_ab12"),
     (AccountKind.ALIPAY, "13812345678", "13812345678")],
)  # fmt: skip
def test_good_accounts(kind, number, stored):
    out = checked_grower(GrowerData(name="王五", account_kind=kind, account_no=number), TODAY)
    assert out.account_no == stored


# -- plots --------------------------------------------------------------------------------


def test_mu_is_two_thousand_thirds_of_a_square_metre():
    assert Decimal(2000) / Decimal(3) == M2_PER_MU
    assert mu_to_m2(Decimal(1)) == 667  # 666.67 rounds up
    assert mu_to_m2(Decimal(3)) == 2000
    assert mu_to_m2(Decimal("1.5")) == 1000
    assert mu_to_m2(Decimal("0.5")) == 333  # 333.33 rounds down


def test_rounding_is_half_up_not_half_even():
    # 0.00375 mu = 2.5 m2 exactly; half-even would give 2.
    assert mu_to_m2(Decimal("0.00375")) == 3
    # 0.00225 mu = 1.5 m2; 0.00075 mu = 0.5 m2.
    assert mu_to_m2(Decimal("0.00225")) == 2
    assert mu_to_m2(Decimal("0.00075")) == 1


def test_area_round_trip_for_display():
    assert m2_to_mu(667) == Decimal("1.00")
    assert m2_to_mu(1000) == Decimal("1.50")
    assert format_mu(1000) == "1.5"
    assert format_mu(2000) == "3"


@pytest.mark.parametrize(
    ("text", "m2"),
    [("1.5", 1000), ("1.5亩", 1000), (" 1.5 亩 ", 1000), ("３", 2000), ("2mu", 1333),
     ("1,500", 1_000_000), ("0.1", 67)],
)  # fmt: skip
def test_plot_areas(text, m2):
    assert parse_plot(PlotInput(name="河边田", area_mu=text)).area_m2 == m2


@pytest.mark.parametrize(
    ("text", "problem"),
    [("", Problem.REQUIRED), ("-1", Problem.NEGATIVE), ("0", Problem.NEGATIVE),
     ("0.0000001", Problem.NEGATIVE),  # rounds to 0 m2, which the table refuses
     ("100001", Problem.TOO_LARGE), ("1e9", Problem.TOO_LARGE),
     ("abc", Problem.NOT_A_NUMBER), ("一亩", Problem.NOT_A_NUMBER), ("NaN", Problem.NOT_A_NUMBER),
     ("Infinity", Problem.NOT_A_NUMBER), ("1.5.2", Problem.NOT_A_NUMBER)],
)  # fmt: skip
def test_bad_plot_areas(text, problem):
    with pytest.raises(ValidationError) as exc:
        parse_plot(PlotInput(name="河边田", area_mu=text))
    assert problems(exc) == {"area_mu": problem}


def test_largest_plot_is_accepted():
    assert parse_plot(PlotInput(name="农场", area_mu="100000")).area_m2 == 66_666_667


def test_parse_mu_keeps_decimal():
    assert parse_mu("1.25") == Decimal("1.25")
    with pytest.raises(ValueError, match="xyz"):
        parse_mu("xyz")


def test_plot_reports_every_wrong_field():
    with pytest.raises(ValidationError) as exc:
        parse_plot(PlotInput(name="", area_mu="-2", latitude="95", longitude="east",
                             soil_notes="s" * 2001))  # fmt: skip
    assert problems(exc) == {
        "name": Problem.REQUIRED,
        "area_mu": Problem.NEGATIVE,
        "latitude": Problem.LATITUDE_RANGE,
        "longitude": Problem.NOT_A_NUMBER,
        "soil_notes": Problem.TOO_LONG,
    }


def test_plot_name_too_long():
    with pytest.raises(ValidationError) as exc:
        parse_plot(PlotInput(name="田" * 31, area_mu="1"))
    assert problems(exc) == {"name": Problem.TOO_LONG}


@pytest.mark.parametrize(
    ("lat", "lon", "lat_e6", "lon_e6"),
    [("25.040278", "102.712251", 25_040_278, 102_712_251),
     ("25.04N", "102.71E", 25_040_000, 102_710_000),
     ("33.9S", "18.4W", -33_900_000, -18_400_000),
     ("-33.9", "-18.4", -33_900_000, -18_400_000),
     ("25.04°", "102.71°", 25_040_000, 102_710_000),
     ("90", "180", 90_000_000, 180_000_000), ("-90", "-180", -90_000_000, -180_000_000),
     ("0", "0", 0, 0), ("25.0402785", "102.7122514", 25_040_278, 102_712_251)],
)  # fmt: skip
def test_gps(lat, lon, lat_e6, lon_e6):
    plot = parse_plot(PlotInput(name="坡地", area_mu="2", latitude=lat, longitude=lon))
    assert (plot.lat_e6, plot.lon_e6) == (lat_e6, lon_e6)
    assert isinstance(plot.lat_e6, int)


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [("90.000001", "100", {"latitude": Problem.LATITUDE_RANGE}),
     ("-91", "100", {"latitude": Problem.LATITUDE_RANGE}),
     ("25", "180.5", {"longitude": Problem.LONGITUDE_RANGE}),
     ("25", "-181", {"longitude": Problem.LONGITUDE_RANGE}),
     ("north", "100", {"latitude": Problem.NOT_A_NUMBER})],
)  # fmt: skip
def test_gps_out_of_range(lat, lon, expected):
    with pytest.raises(ValidationError) as exc:
        parse_plot(PlotInput(name="坡地", area_mu="2", latitude=lat, longitude=lon))
    assert problems(exc) == expected


def test_no_gps_is_fine():
    plot = parse_plot(PlotInput(name="坡地", area_mu="2"))
    assert (plot.lat_e6, plot.lon_e6) == (None, None)


@pytest.mark.parametrize(
    ("lat", "lon", "missing"), [("25.04", "", "longitude"), ("", "102.71", "latitude")]
)
def test_latitude_and_longitude_come_together(lat, lon, missing):
    with pytest.raises(ValidationError) as exc:
        parse_plot(PlotInput(name="坡地", area_mu="2", latitude=lat, longitude=lon))
    assert problems(exc) == {missing: Problem.REQUIRED}


def test_a_wrong_latitude_alone_is_not_also_reported_as_missing_longitude():
    with pytest.raises(ValidationError) as exc:
        parse_plot(PlotInput(name="坡地", area_mu="2", latitude="95"))
    assert problems(exc) == {"latitude": Problem.LATITUDE_RANGE}


def test_plot_text_is_cleaned():
    plot = parse_plot(
        PlotInput(name=" 河边 田 ", area_mu="1", variety=" 云光 ", soil_notes=" 沙土\n")
    )
    assert (plot.name, plot.variety, plot.soil_notes) == ("河边 田", "云光", "沙土")
