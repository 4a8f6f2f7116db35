"""Treatment plans: doses as exact thousandths, per-tank amounts, the range check and
its confirmation, and plans saved with their visit."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.domain.growers import GrowerData
from fieldapp.domain.treatments import (
    TreatmentLine,
    UnconfirmedDoseError,
    checked_plan,
    dose_per_tank_milli,
    format_dose,
    measurable,
    parse_dose,
    plan_phi_days,
)
from fieldapp.domain.visits import VisitData
from fieldapp.services.visits import VisitService

LINE = TreatmentLine(
    product="25%吡蚜酮可湿性粉剂",
    ingredient="吡蚜酮",
    dose_milli=20_000,
    water_l=30,
    phi_days=14,
    range_low_milli=16_000,
    range_high_milli=24_000,
)


@pytest.mark.parametrize(
    ("text", "milli"),
    [("20", 20_000), ("1.5", 1_500), ("１５", 15_000), ("0.25 ml", 250), ("2克", 2_000)],
)
def test_doses_are_read_exactly(text, milli):
    assert parse_dose(text) == milli


@pytest.mark.parametrize("text", ["", "abc", "-3", "1,5,5x", "nan", "inf"])
def test_what_is_not_a_dose_is_refused(text):
    with pytest.raises(ValueError):
        parse_dose(text)


@pytest.mark.parametrize(("milli", "text"), [(20_000, "20"), (1_500, "1.5"), (250, "0.25")])
def test_doses_print_without_trailing_zeros(milli, text):
    assert format_dose(milli) == text


def test_per_tank_follows_the_water_per_mu():
    assert dose_per_tank_milli(LINE, 15) == 10_000  # 20 g in 30 l -> 10 g in a 15 l tank
    assert dose_per_tank_milli(TreatmentLine("x", dose_milli=1_500, water_l=45), 16) == 530
    assert dose_per_tank_milli(TreatmentLine("x", dose_milli=23_350, water_l=30), 15) == 12_000


@pytest.mark.parametrize(
    ("milli", "rounded"), [(11_675, 12_000), (1_750, 1_800), (533, 530), (25, 30), (0, 0)]
)
def test_amounts_for_the_grower_round_to_what_can_be_measured(milli, rounded):
    assert measurable(milli) == rounded


def test_the_longest_interval_applies():
    other = TreatmentLine("x", dose_milli=1, phi_days=21)
    assert plan_phi_days((LINE, other)) == 21
    assert plan_phi_days(()) == 0


def test_a_dose_outside_the_range_needs_confirmation():
    high = TreatmentLine(**{**vars(LINE), "dose_milli": 30_000})
    with pytest.raises(UnconfirmedDoseError) as error:
        checked_plan((LINE, high))
    assert error.value.lines == [1]
    confirmed = TreatmentLine(**{**vars(high), "dose_confirmed": True})
    assert checked_plan((LINE, confirmed))[1].dose_confirmed


def test_a_confirmation_is_dropped_when_the_dose_is_back_in_range():
    back = TreatmentLine(**{**vars(LINE), "dose_confirmed": True})
    assert not checked_plan((back,))[0].dose_confirmed


def test_a_line_without_a_catalogue_range_is_never_outside_it():
    own = TreatmentLine("自配药剂", dose_milli=999_000)
    assert checked_plan((own,)) == (own,)


def test_wrong_lines_name_each_field():
    bad = TreatmentLine(" ", dose_milli=0, water_l=0, phi_days=-1, unit="斤")
    with pytest.raises(ValidationError) as error:
        checked_plan((LINE, bad))
    assert [(e.field, e.problem) for e in error.value.errors] == [
        ("treatment.1.product", Problem.REQUIRED),
        ("treatment.1.unit", Problem.UNKNOWN_CHOICE),
        ("treatment.1.dose", Problem.REQUIRED),
        ("treatment.1.water", Problem.REQUIRED),
        ("treatment.1.phi", Problem.NEGATIVE),
    ]


# -- saved with the visit --------------------------------------------------------------


@pytest.fixture
def grower_id(registry, village):
    return registry.save(GrowerData(name="张三", township_id=village[0], village_id=village[1]))


def _visit(grower_id: str, *lines: TreatmentLine, **changes) -> VisitData:
    values = {"visited_on": "2026-07-14", "technician": "李技术员", **changes}
    return VisitData(grower_id=grower_id, treatment_lines=lines, **values)


def test_a_plan_is_saved_and_read_back_with_its_visit(db, grower_id):
    visits = VisitService(db)
    visit_id = visits.save(_visit(grower_id, LINE), today=dt.date(2026, 7, 14))
    assert visits.get(visit_id).data.treatment_lines == (LINE,)


def test_an_unconfirmed_dose_saves_nothing_and_a_confirmed_one_saves(db, grower_id):
    visits = VisitService(db)
    high = TreatmentLine(**{**vars(LINE), "dose_milli": 40_000})
    with pytest.raises(UnconfirmedDoseError):
        visits.save(_visit(grower_id, high), today=dt.date(2026, 7, 14))
    assert db.scalar("SELECT count(*) FROM visits") == 0
    confirmed = TreatmentLine(**{**vars(high), "dose_confirmed": True})
    visit_id = visits.save(_visit(grower_id, confirmed), today=dt.date(2026, 7, 14))
    assert visits.get(visit_id).data.treatment_lines[0].dose_confirmed


def test_other_mistakes_are_reported_before_the_dose_question(db, grower_id):
    high = TreatmentLine(**{**vars(LINE), "dose_milli": 40_000})
    with pytest.raises(ValidationError) as error:
        VisitService(db).save(_visit(grower_id, high, technician=""), today=dt.date(2026, 7, 14))
    assert [e.field for e in error.value.errors] == ["technician"]
