"""Field visits on a real database: recording, refusing bad input, and the technician's lists."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.domain.growers import GrowerData, PlotInput
from fieldapp.domain.visits import Severity, VisitData, VisitKind, VisitStatus, follow_up_due
from fieldapp.services.visits import VisitService

TODAY = dt.date(2026, 6, 10)


@pytest.fixture
def visits(db) -> VisitService:
    return VisitService(db)


@pytest.fixture
def grower(registry, village) -> str:
    township, village_id = village
    return registry.save(GrowerData(name="王建国", township_id=township, village_id=village_id))


def visit(grower: str, **changes) -> VisitData:
    values = dict(
        grower_id=grower,
        visited_on="2026-06-10",
        technician="张技术员",
        symptoms="叶片出现黄褐色病斑",
        diagnosis="稻瘟病",
        severity=Severity.MODERATE,
        affected_percent=20,
        treatment="三环唑 20 克/亩，兑水 30 公斤",
        follow_up_on="2026-06-17",
    )
    values.update(changes)
    return VisitData(**values)


def test_record_edit_and_history(visits, grower, registry, db):
    plot = registry.save_plot(grower, PlotInput(name="东坡田", area_mu="2"))
    first = visits.save(visit(grower, plot_id=plot, visited_on="2026-06-01"), today=TODAY)
    second = visits.save(
        visit(grower, kind=VisitKind.REMOTE, severity=Severity.LIGHT, affected_percent=5),
        today=TODAY,
    )
    assert [r.visit.id for r in visits.history(grower)] == [second, first]
    assert visits.get(first).data.plot_id == plot
    changed = visits.get(first).data
    visits.save(VisitData(**{**vars(changed), "status": VisitStatus.RESOLVED}), first, today=TODAY)
    assert visits.get(first).data.status == VisitStatus.RESOLVED
    assert db.scalar("SELECT count(*) FROM outbox WHERE table_name = 'visits'") == 3


def test_bad_input_names_every_field_and_saves_nothing(visits, grower, db):
    bad = visit(
        grower,
        visited_on="2026-07-01",  # in the future
        technician=" ",
        severity=Severity.NONE,
        affected_percent=30,  # damage on a plot with no damage
        follow_up_on="2026-13-01",
    )
    with pytest.raises(ValidationError) as caught:
        visits.save(bad, today=TODAY)
    problems = {(e.field, e.problem) for e in caught.value.errors}
    assert ("visited_on", Problem.FUTURE_DATE) in problems
    assert ("technician", Problem.REQUIRED) in problems
    assert ("severity", Problem.REQUIRED) in problems
    assert ("follow_up_on", Problem.BAD_DATE) in problems
    with pytest.raises(ValidationError) as caught:
        visits.save(visit(grower, follow_up_on="2026-06-01"), today=TODAY)  # before the visit
    assert [(e.field, e.problem) for e in caught.value.errors] == [
        ("follow_up_on", Problem.BEFORE_VISIT)
    ]
    with pytest.raises(ValidationError) as caught:
        visits.save(visit("no-such-grower"), today=TODAY)
    assert caught.value.errors[0].field == "grower_id"
    with pytest.raises(ValidationError) as caught:
        visits.save(visit(grower, plot_id="someone-elses-plot"), today=TODAY)
    assert caught.value.errors[0].field == "plot_id"
    assert db.scalar("SELECT count(*) FROM visits") == 0


def test_lists_today_open_cases_and_follow_ups(visits, grower, registry):
    other = registry.save(GrowerData(name="李四"))
    due = visits.save(visit(grower, follow_up_on="2026-06-10"), today=TODAY)
    later = visits.save(visit(other, follow_up_on="2026-06-20"), today=TODAY)
    done = visits.save(
        visit(grower, status=VisitStatus.RESOLVED, follow_up_on="2026-06-05",
              visited_on="2026-06-02"),
        today=TODAY,
    )  # fmt: skip
    assert {r.visit.id for r in visits.today(TODAY)} == {due, later}
    assert [r.visit.id for r in visits.follow_ups_due(TODAY)] == [due]
    cases = visits.open_cases()
    assert {r.visit.id for r in cases} == {due, later}
    assert next(r for r in cases if r.visit.id == due).township  # grouped by township
    assert follow_up_due(visits.get(due).data, TODAY)
    assert not follow_up_due(visits.get(done).data, TODAY)
    visits.remove(later)
    assert {r.visit.id for r in visits.open_cases()} == {due}


def test_like_this_finds_the_same_crop_with_alike_symptoms_or_the_same_diagnosis(
    visits, grower, registry, places
):
    crops = {c.name: c.id for c in places.crops()}
    rice = registry.save_plot(grower, PlotInput(name="水田", area_mu="2", crop_id=crops["水稻"]))
    maize = registry.save_plot(grower, PlotInput(name="坡地", area_mu="3", crop_id=crops["玉米"]))
    mine = visits.save(
        visit(grower, plot_id=rice, symptoms="叶片上有梭形病斑，中间灰白", diagnosis=""),
        today=TODAY,
    )
    alike = visits.save(
        visit(
            grower,
            plot_id=rice,
            visited_on="2026-05-01",
            symptoms="梭形病斑，边缘褐色，中间灰白色",
            status=VisitStatus.RESOLVED,
        ),
        today=TODAY,
    )
    visits.save(visit(grower, plot_id=rice, symptoms="稻株基部有大量飞虱"), today=TODAY)
    visits.save(visit(grower, plot_id=maize, symptoms="叶片上有梭形病斑，中间灰白"), today=TODAY)
    assert [r.visit.id for r in visits.like_this(mine)] == [alike]
    assert visits.like_this("no-such-visit") == []


def test_like_this_puts_the_same_diagnosis_before_alike_words(visits, grower, registry, places):
    crops = {c.name: c.id for c in places.crops()}
    rice = registry.save_plot(grower, PlotInput(name="水田", area_mu="2", crop_id=crops["水稻"]))
    mine = visits.save(visit(grower, plot_id=rice, pest_id="rice-blast"), today=TODAY)
    words = visits.save(visit(grower, plot_id=rice, diagnosis="胡麻斑病"), today=TODAY)
    same = visits.save(
        visit(grower, plot_id=rice, pest_id="rice-blast", symptoms="穗颈变褐"), today=TODAY
    )
    assert [r.visit.id for r in visits.like_this(mine)] == [same, words]
