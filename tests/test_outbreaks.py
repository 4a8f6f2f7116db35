"""The outbreak dashboard: week buckets, the counts read from SQLite, top pests folded
into "other", and the page with and without data."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from fieldapp.domain.growers import GrowerData
from fieldapp.domain.outbreaks import (
    OTHER,
    CaseCount,
    heat_grid,
    last_weeks,
    stacked,
    top_pests,
    week_start,
)
from fieldapp.domain.visits import VisitData, VisitStatus
from fieldapp.services.bundle import Services
from fieldapp.storage import outbreaks as store
from fieldapp.ui.outbreak_chart import integer_ticks, steady_colours, week_label
from fieldapp.ui.outbreak_page import OutbreakPage

D = dt.date
TODAY = D(2026, 1, 7)  # a Wednesday; its week began Monday 2026-01-05


# -- weeks -------------------------------------------------------------------------------


def test_a_week_starts_on_monday_and_a_monday_is_its_own_start():
    assert week_start(D(2025, 11, 3)) == D(2025, 11, 3)  # Monday
    assert week_start(D(2025, 11, 9)) == D(2025, 11, 3)  # Sunday
    assert week_start(D(2025, 11, 10)) == D(2025, 11, 10)


def test_weeks_across_the_new_year():
    # 2026-01-01 is a Thursday: its week began on Monday 2025-12-29.
    assert week_start(D(2026, 1, 1)) == D(2025, 12, 29)
    assert week_start(D(2026, 1, 4)) == D(2025, 12, 29)
    assert last_weeks(TODAY, 4) == (
        D(2025, 12, 15),
        D(2025, 12, 22),
        D(2025, 12, 29),
        D(2026, 1, 5),
    )
    assert last_weeks(D(2026, 1, 5), 1) == (D(2026, 1, 5),)  # on the Monday itself
    assert last_weeks(D(2026, 1, 4), 1) == (D(2025, 12, 29),)  # the Sunday before
    with pytest.raises(ValueError):
        last_weeks(TODAY, 0)


def test_week_labels_and_axis_ticks():
    assert week_label(D(2025, 11, 3)) == "11/3"
    assert integer_ticks(0) == [0, 1]
    assert integer_ticks(1) == [0, 1]
    assert integer_ticks(3) == [0, 1, 2, 3]
    assert integer_ticks(7) == [0, 2, 4, 6, 8]
    assert integer_ticks(13) == [0, 5, 10, 15]
    assert integer_ticks(230) == [0, 50, 100, 150, 200, 250]


def test_a_pest_keeps_its_colour_whichever_filter_is_chosen():
    ranking = ["a", "b", "c", "d", "e", "f", "g", "h"]
    assert steady_colours(["a", "b", "c"], ranking) == [0, 1, 2]
    assert steady_colours(["c", "a"], ranking) == [2, 0]
    # Pests beyond the coop's top six take the colours nobody on screen uses.
    assert steady_colours(["b", "g", "h", OTHER], ranking) == [1, 0, 2, 3]


# -- pure folding ------------------------------------------------------------------------


def test_top_pests_are_the_biggest_then_by_name_and_keep_a_chosen_one():
    totals = {"a": 5, "b": 9, "c": 5, "d": 1, "e": 0}
    assert top_pests(totals, 3) == ["b", "a", "c"]
    assert top_pests(totals, 3, keep="d") == ["b", "a", "d"]
    assert top_pests(totals, 10) == ["b", "a", "c", "d"]  # none without cases


def test_heat_grid_counts_one_pest_or_all():
    weeks = last_weeks(TODAY, 2)
    counts = [
        CaseCount("龙泉镇", weeks[0], "稻飞虱", 2),
        CaseCount("龙泉镇", weeks[1], "稻瘟病", 1),
        CaseCount("新街镇", weeks[1], "稻飞虱", 4),
        CaseCount("新街镇", D(2025, 1, 6), "稻飞虱", 9),  # outside the weeks
    ]
    all_pests = heat_grid(counts, weeks, ["龙泉镇", "新街镇"])
    assert all_pests.cells == ((2, 1), (0, 4))
    hopper = heat_grid(counts, weeks, ["龙泉镇", "新街镇"], "稻飞虱")
    assert hopper.cells == ((2, 0), (0, 4))
    assert hopper.highest == 4 and hopper.total == 6
    assert hopper.at("新街镇", weeks[1]) == 4


# -- storage, real SQLite ----------------------------------------------------------------


@pytest.fixture
def services(db) -> Services:
    return Services(db)


@pytest.fixture
def growers(services, places, village) -> dict[str, str]:
    """A grower in 龙泉镇 and one in 新街镇 and one without a township."""
    township, village_id = village
    other = places.add_township("新街镇")
    return {
        "龙泉镇": services.registry.save(
            GrowerData(name="王建国", township_id=township, village_id=village_id)
        ),
        "新街镇": services.registry.save(GrowerData(name="李秀英", township_id=other)),
        "": services.registry.save(GrowerData(name="张三")),
    }


def visit(services, grower: str, day: dt.date, diagnosis: str, **kw) -> str:
    return services.visits.save(
        VisitData(
            grower_id=grower,
            visited_on=day.isoformat(),
            technician="张技术员",
            diagnosis=diagnosis,
            **kw,
        ),
        today=max(day, TODAY),
    )


def test_storage_counts_cases_per_township_week_and_diagnosis(db, services, growers):
    visit(services, growers["龙泉镇"], D(2025, 12, 29), "稻飞虱")  # Monday
    visit(services, growers["龙泉镇"], D(2026, 1, 4), "稻飞虱")  # Sunday, same week
    visit(services, growers["龙泉镇"], D(2026, 1, 5), "稻飞虱", status=VisitStatus.RESOLVED)
    visit(services, growers["新街镇"], D(2026, 1, 6), " 稻瘟病")  # trimmed by the checks
    gone = visit(services, growers["新街镇"], D(2026, 1, 6), "稻瘟病")
    services.visits.remove(gone)
    visit(services, growers[""], D(2026, 1, 6), "")
    visit(services, growers["龙泉镇"], D(2025, 12, 28), "稻飞虱")  # before the period

    counts = store.case_counts(db, D(2025, 12, 29))
    assert set(counts) == {
        CaseCount("龙泉镇", D(2025, 12, 29), "稻飞虱", 2),
        CaseCount("龙泉镇", D(2026, 1, 5), "稻飞虱", 1),  # resolved: still a case
        CaseCount("新街镇", D(2026, 1, 5), "稻瘟病", 1),  # the deleted one is not
        CaseCount("", D(2026, 1, 5), "", 1),
    }


def test_the_week_sqlite_computes_is_the_domains_week(db, services, growers):
    days = [D(2025, 12, 28) + dt.timedelta(days=n) for n in range(10)]
    for day in days:
        visit(services, growers["龙泉镇"], day, day.isoformat())
    weeks = {c.diagnosis: c.week for c in store.case_counts(db, D(2025, 12, 1))}
    assert weeks == {day.isoformat(): week_start(day) for day in days}


def test_open_cases_leave_out_resolved_and_deleted_and_count_follow_ups_due(db, services, growers):
    visit(services, growers["龙泉镇"], D(2026, 1, 2), "稻飞虱", follow_up_on="2026-01-07")
    visit(services, growers["龙泉镇"], D(2026, 1, 2), "稻飞虱", follow_up_on="2026-01-08")
    visit(services, growers["龙泉镇"], D(2026, 1, 2), "稻飞虱", status=VisitStatus.TREATED)
    visit(services, growers["龙泉镇"], D(2026, 1, 2), "稻飞虱", status=VisitStatus.RESOLVED)
    services.visits.remove(visit(services, growers["新街镇"], D(2026, 1, 2), "稻瘟病"))
    opened = store.open_cases(db, TODAY)
    assert [(o.township, o.open, o.due) for o in opened] == [("龙泉镇", 3, 1)]


# -- the service -------------------------------------------------------------------------


def test_the_service_names_the_top_six_and_folds_the_rest_into_other(services, growers):
    # Eight pests in 龙泉镇 this week: pest n has n cases.
    for n in range(1, 9):
        for _ in range(n):
            visit(services, growers["龙泉镇"], TODAY, f"害虫{n}")
    visit(services, growers["新街镇"], TODAY, "稻飞虱")
    stack = services.outbreaks.by_pest(4, township="龙泉镇", today=TODAY)
    assert stack.series == ("害虫8", "害虫7", "害虫6", "害虫5", "害虫4", "害虫3", OTHER)
    assert stack.folded == ("害虫2", "害虫1")
    assert stack.of(OTHER) == (0, 0, 0, 3)
    assert stack.of("害虫8") == (0, 0, 0, 8)
    assert stack.total == sum(range(1, 9))  # 稻飞虱 is in 新街镇
    everywhere = services.outbreaks.by_pest(4, today=TODAY)
    assert everywhere.folded == ("害虫2", "害虫1", "稻飞虱")  # ties by name
    data = services.outbreaks.load(today=TODAY)
    assert data.townships == ("新街镇", "龙泉镇")  # the pick list's order
    assert data.by_pest(4, keep="害虫1").series[5] == "害虫1"  # the chosen pest is named
    assert services.outbreaks.heat(4, "稻飞虱", today=TODAY).cells == ((0, 0, 0, 1), (0, 0, 0, 0))


def test_few_pests_have_no_other(services, growers):
    visit(services, growers["龙泉镇"], TODAY, "稻飞虱")
    stack = services.outbreaks.by_pest(4, today=TODAY)
    assert stack.series == ("稻飞虱",) and stack.folded == ()
    assert stacked([], last_weeks(TODAY, 4)).series == ()


# -- the page ----------------------------------------------------------------------------


def test_the_page_says_so_when_there_are_no_visits(qtbot, services, tasks):
    page = OutbreakPage(services, tasks)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()  # the show event reads the data
    assert page.data is not None and page.data.empty
    assert page.stack.currentWidget() is page.empty
    assert page.empty.isVisible() and page.empty.text()
    assert not page.heat.isVisible()
    assert not page.grab().isNull()


def test_the_page_shows_the_data_and_the_filters_change_the_charts(qtbot, services, tasks, growers):
    today = dt.date.today()
    this_week = week_start(today)
    visit(services, growers["龙泉镇"], today, "稻飞虱", follow_up_on=today.isoformat())
    visit(services, growers["龙泉镇"], this_week - dt.timedelta(days=7), "稻瘟病")
    visit(services, growers["新街镇"], this_week - dt.timedelta(days=14), "稻飞虱")
    visit(services, growers["新街镇"], today, "稻飞虱", status=VisitStatus.RESOLVED)
    visit(services, growers[""], today, "")
    page = OutbreakPage(services, tasks)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    assert page.stack.currentWidget() is page.content and page.heat.isVisible()

    grid = page.heat.grid
    assert grid is not None and len(grid.weeks) == 8 and grid.weeks[-1] == this_week
    assert grid.townships == ("新街镇", "龙泉镇", "")  # the pick list's order, then none
    assert grid.cells[1][-1] == 1 and grid.cells[1][-2] == 1 and grid.cells[0][-3] == 1
    assert grid.cells[0][-1] == 1  # resolved, still a case that week
    assert page.heat.names[-1] == page.tr("No township")
    assert page.bars.stack is not None and page.bars.stack.total == 5

    # The pest filter: the heat grid counts that pest only.
    page.pest.setCurrentIndex(page.pest.findData("稻飞虱"))
    assert page.heat.grid.total == 3
    assert page.heat.grid.cells[0][-1] == 1 and page.heat.grid.cells[1][-2] == 0
    assert "稻飞虱" in page.heat_title.text()

    # The township filter: the bars show that township's pests.
    page.township.setCurrentIndex(page.township.findData("新街镇"))
    assert page.bars.stack.series == ("稻飞虱",) and page.bars.stack.total == 2
    assert page.heat.selected == "新街镇"

    # The period: four weeks.
    page.weeks.setCurrentIndex(page.weeks.findData(4))
    assert len(page.heat.grid.weeks) == 4 and len(page.bars.stack.weeks) == 4

    # Clicking a township's row chooses it; clicking it again goes back to all.
    page.pest.setCurrentIndex(0)
    qtbot.mouseClick(page.heat, Qt.MouseButton.LeftButton, pos=page.heat.cell_centre(1, 3))
    assert page.chosen_township() == "龙泉镇"
    assert set(page.bars.stack.series) == {"稻飞虱", "稻瘟病"}
    qtbot.mouseClick(page.heat, Qt.MouseButton.LeftButton, pos=page.heat.cell_centre(1, 0))
    assert page.chosen_township() is None

    # Open cases: the resolved one is left out; one follow-up is due today.
    assert page.open_table.rowCount() == 3
    assert [page.open_table.item(r, 0).text() for r in range(2)] == ["新街镇", "龙泉镇"]
    assert [page.open_table.item(r, 1).text() for r in range(3)] == ["1", "2", "1"]
    assert [page.open_table.item(r, 2).text() for r in range(3)] == ["0", "1", "0"]
    assert "4" in page.open_total.text()

    # Tooltips give the exact numbers.
    tip = page.heat.tooltip_at(page.heat.cell_centre(1, 3))
    assert "龙泉镇" in tip and "1" in tip
    assert page.heat.tooltip_at(QPoint(2, 2)) == ""
    bar = page.bars.tooltip_at(page.bars.bar_centre(3, 0))
    assert this_week.isoformat() in bar and "稻飞虱: 2" in bar

    assert not page.grab().isNull()


def test_a_new_visit_shows_when_the_page_is_shown_again(qtbot, services, tasks, growers):
    page = OutbreakPage(services, tasks)
    qtbot.addWidget(page)
    page.show()
    assert page.data.empty
    page.hide()
    visit(services, growers["龙泉镇"], dt.date.today(), "稻飞虱")
    page.show()
    assert not page.data.empty and page.heat.grid.total == 1
    assert page.pest.findData("稻飞虱") > 0
