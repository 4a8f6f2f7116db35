"""The grower registry service: saving, duplicates, status, card numbers, plots, the list."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from fieldapp.domain.duplicates import DuplicateError, Reason
from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.domain.growers import GrowerData, PlotInput, Status
from fieldapp.domain.idcard import check_digit
from fieldapp.domain.search import Kind, Query, classify
from fieldapp.storage import grower_list
from fieldapp.storage.device import identity
from fieldapp.storage.grower_list import ListFilter


def make_id(seq: str = "123", born: str = "19800101", region: str = "530102") -> str:
    return region + born + seq + check_digit(region + born + seq)


def snapshot(db) -> dict:
    return {
        t: db.query(f"SELECT * FROM {t} ORDER BY 1")
        for t in ("growers", "plots", "outbox", "grower_index", "meta")
    }


def names(registry, spec: ListFilter) -> list[str]:
    return [r.name for r in registry.rows(registry.find(spec))]


@pytest.fixture
def two_villages(places, village):
    """Another village in the same township and one in a second township."""
    township, _ = village
    other_township = places.add_township("青山乡")
    return {
        "same_township": places.add_village(township, "河口村"),
        "other_township": other_township,
        "other_village": places.add_village(other_township, "上寨村"),
    }


# -- save, update, get ---------------------------------------------------------------------


def test_register_and_get(registry, village):
    township, village_id = village
    data = GrowerData(
        name=" 张三 ",
        id_number=make_id("451").lower(),
        phone="138-1234-5678",
        township_id=township,
        village_id=village_id,
        member_since="2020-01-01",
    )
    grower_id = registry.save(data)
    grower = registry.get(grower_id)
    assert grower is not None
    assert grower.id == grower_id
    assert grower.data.name == "张三"
    assert grower.data.id_number == make_id("451")
    assert grower.data.phone == "13812345678"
    assert grower.data.gender == "M"
    assert (grower.data.township_id, grower.data.village_id) == village
    assert grower.created_at == grower.updated_at
    assert grower.created_at.endswith("Z")
    assert by_card(registry, grower.card_no) == grower_id


def test_update(registry, village):
    grower_id = registry.save(GrowerData(name="张三"))
    old = registry.get(grower_id)
    new = replace(old.data, phone="13900001111", township_id=village[0], village_id=village[1])
    assert registry.save(new, grower_id=grower_id) == grower_id
    grower = registry.get(grower_id)
    assert grower.data.phone == "13900001111"
    assert grower.data.village_id == village[1]
    assert grower.card_no == old.card_no
    assert grower.created_at == old.created_at
    assert grower.updated_at >= old.updated_at
    assert registry.count() == 1


def by_card(registry, card_no: str) -> str | None:
    """The grower a typed or scanned card number finds, the way the search box asks."""
    rows = registry.rows(registry.find(ListFilter(query=classify(card_no))))
    assert len(rows) <= 1
    return rows[0].grower_id if rows else None


def test_get_unknown(registry):
    assert registry.get("no-such-id") is None
    assert by_card(registry, "ZZZZ-00001") is None


def test_update_unknown_grower(registry, db):
    before = snapshot(db)
    with pytest.raises(KeyError):
        registry.save(GrowerData(name="张三"), grower_id="no-such-id")
    assert snapshot(db) == before


def test_validation_errors_leave_the_database_unchanged(registry, db, village):
    registry.save(GrowerData(name="张三"))
    before = snapshot(db)
    with pytest.raises(ValidationError) as exc:
        registry.save(GrowerData(name="", phone="123", village_id="no-such-village"))
    assert {e.field: e.problem for e in exc.value.errors} == {
        "name": Problem.REQUIRED,
        "phone": Problem.PHONE_LENGTH,
        "village_id": Problem.UNKNOWN_CHOICE,
    }
    assert [e.field for e in exc.value.errors] == ["name", "phone", "village_id"]  # form order
    assert snapshot(db) == before


def test_check_does_not_save(registry, db):
    before = snapshot(db)
    assert registry.check(GrowerData(name=" 李四 ")).name == "李四"
    assert snapshot(db) == before


def test_check_uses_the_given_day(registry):
    data = GrowerData(name="李四", member_since="2030-01-01")
    assert registry.check(data, today=dt.date(2031, 1, 1)).member_since == "2030-01-01"
    with pytest.raises(ValidationError):
        registry.check(data, today=dt.date(2029, 1, 1))


# -- places on a grower -------------------------------------------------------------------


def test_village_must_belong_to_the_township(registry, village, two_villages):
    township, _ = village
    with pytest.raises(ValidationError) as exc:
        registry.save(GrowerData(name="张三", township_id=township,
                                 village_id=two_villages["other_village"]))  # fmt: skip
    assert {e.field: e.problem for e in exc.value.errors} == {"village_id": Problem.UNKNOWN_CHOICE}
    assert registry.count() == 0


def test_unknown_township(registry):
    with pytest.raises(ValidationError) as exc:
        registry.save(GrowerData(name="张三", township_id="no-such-township"))
    assert {e.field: e.problem for e in exc.value.errors} == {"township_id": Problem.UNKNOWN_CHOICE}


def test_removed_village_is_unknown(registry, places, village):
    places.remove("villages", village[1])
    with pytest.raises(ValidationError) as exc:
        registry.save(GrowerData(name="张三", village_id=village[1]))
    assert {e.field for e in exc.value.errors} == {"village_id"}


def test_village_without_township_gets_its_township(registry, village):
    township, village_id = village
    grower_id = registry.save(GrowerData(name="张三", village_id=village_id))
    assert registry.get(grower_id).data.township_id == township
    assert names(registry, ListFilter(township_id=township)) == ["张三"]


# -- duplicates -----------------------------------------------------------------------------


def test_same_id_number_is_blocking_even_when_confirmed(registry, db, village):
    first = registry.save(GrowerData(name="张三", id_number=make_id("451")))
    before = snapshot(db)
    for confirmed in (False, True):
        with pytest.raises(DuplicateError) as exc:
            registry.save(GrowerData(name="张叁", id_number=make_id("451").lower()),
                          confirmed=confirmed)  # fmt: skip
        assert exc.value.blocking
        [dup] = exc.value.duplicates
        assert dup.reason == Reason.SAME_ID_NUMBER
        assert dup.existing.id == first
    assert snapshot(db) == before


def test_editing_into_someone_elses_id_number_is_blocking(registry):
    registry.save(GrowerData(name="张三", id_number=make_id("451")))
    other = registry.save(GrowerData(name="李四"))
    with pytest.raises(DuplicateError) as exc:
        registry.save(GrowerData(name="李四", id_number=make_id("451")), other, confirmed=True)
    assert exc.value.blocking


def test_same_name_and_phone_needs_confirmation(registry, db, village, two_villages):
    first = registry.save(GrowerData(name="张三", phone="13812345678", village_id=village[1]))
    data = GrowerData(name="张三", phone="+86 13812345678",
                      village_id=two_villages["other_village"])  # fmt: skip
    before = snapshot(db)
    with pytest.raises(DuplicateError) as exc:
        registry.save(data)
    assert not exc.value.blocking
    [dup] = exc.value.duplicates
    assert (dup.reason, dup.existing.id) == (Reason.SAME_NAME_PHONE, first)
    assert dup.existing.village == "石桥村"
    assert snapshot(db) == before
    second = registry.save(data, confirmed=True)
    assert second != first
    assert registry.count() == 2


def test_same_name_and_village_needs_confirmation(registry, village):
    first = registry.save(GrowerData(name="张三", village_id=village[1]))
    data = GrowerData(name="张三", phone="13900001111", village_id=village[1])
    with pytest.raises(DuplicateError) as exc:
        registry.save(data)
    assert not exc.value.blocking
    assert [(d.reason, d.existing.id) for d in exc.value.duplicates] == [
        (Reason.SAME_NAME_VILLAGE, first)
    ]
    registry.save(data, confirmed=True)
    assert registry.count() == 2


def test_same_name_elsewhere_without_phone_match_is_fine(registry, village, two_villages):
    registry.save(GrowerData(name="张三", phone="13812345678", village_id=village[1]))
    registry.save(GrowerData(name="张三", village_id=two_villages["other_village"]))
    registry.save(GrowerData(name="张三", phone="13900001111",
                             village_id=two_villages["same_township"]))  # fmt: skip
    registry.save(GrowerData(name="张三"))
    assert registry.count() == 4


def test_blocking_duplicate_is_listed_first(registry, village):
    registry.save(GrowerData(name="张三", village_id=village[1]))
    registry.save(GrowerData(name="李四", id_number=make_id("451")), confirmed=True)
    with pytest.raises(DuplicateError) as exc:
        registry.save(GrowerData(name="张三", id_number=make_id("451"), village_id=village[1]))
    assert [d.reason for d in exc.value.duplicates] == [
        Reason.SAME_ID_NUMBER,
        Reason.SAME_NAME_VILLAGE,
    ]
    assert exc.value.blocking


def test_editing_a_grower_does_not_flag_itself(registry, village):
    grower_id = registry.save(
        GrowerData(name="张三", id_number=make_id("451"), phone="13812345678",
                   village_id=village[1])
    )  # fmt: skip
    data = registry.get(grower_id).data
    assert registry.duplicates(data, grower_id) == []
    registry.save(replace(data, address="3组"), grower_id=grower_id)
    assert registry.get(grower_id).data.address == "3组"


def test_duplicates_preview(registry, village):
    first = registry.save(GrowerData(name="张三", village_id=village[1]))
    found = registry.duplicates(registry.check(GrowerData(name="张三", village_id=village[1])))
    assert [(d.existing.id, d.reason) for d in found] == [(first, Reason.SAME_NAME_VILLAGE)]


# -- status -----------------------------------------------------------------------------------


def test_deactivate_and_reactivate_keep_the_record(registry, village):
    grower_id = registry.save(GrowerData(name="张三", phone="13812345678", village_id=village[1]))
    registry.save_plot(grower_id, PlotInput(name="河边田", area_mu="1"))
    registry.set_status(grower_id, Status.LEFT)
    grower = registry.get(grower_id)
    assert grower.data.status == Status.LEFT
    assert grower.data.phone == "13812345678"
    assert len(registry.plots(grower_id)) == 1
    assert names(registry, ListFilter(status=Status.LEFT)) == ["张三"]
    assert names(registry, ListFilter(status=Status.ACTIVE)) == []
    assert names(registry, ListFilter()) == ["张三"]
    registry.set_status(grower_id, Status.ACTIVE)
    assert registry.get(grower_id).data.status == Status.ACTIVE
    assert names(registry, ListFilter(status=Status.ACTIVE)) == ["张三"]


def test_set_status_of_unknown_grower(registry):
    with pytest.raises(KeyError):
        registry.set_status("no-such-id", Status.LEFT)


def test_a_grower_who_left_still_counts_as_a_duplicate(registry, village):
    grower_id = registry.save(GrowerData(name="张三", village_id=village[1]))
    registry.set_status(grower_id, Status.LEFT)
    with pytest.raises(DuplicateError):
        registry.save(GrowerData(name="张三", village_id=village[1]))


# -- card numbers -----------------------------------------------------------------------------


def test_card_numbers_are_unique_and_sequential_per_device(registry, db):
    code = identity(db).device_code
    given = "一二三四五六七八九十甲乙"
    cards = [registry.get(registry.save(GrowerData(name=f"张{g}"))).card_no for g in given]
    assert cards == [f"{code}-{n:05d}" for n in range(1, 13)]
    assert len(set(cards)) == 12


def test_card_numbers_are_not_reused_after_a_refused_save(registry, db):
    first = registry.get(registry.save(GrowerData(name="张三", id_number=make_id()))).card_no
    with pytest.raises(DuplicateError):
        registry.save(GrowerData(name="李四", id_number=make_id()))
    with pytest.raises(ValidationError):
        registry.save(GrowerData(name=""))
    second = registry.get(registry.save(GrowerData(name="王五"))).card_no
    assert second == first[:-5] + "00002"


def test_editing_keeps_the_card_number(registry):
    grower_id = registry.save(GrowerData(name="张三"))
    card = registry.get(grower_id).card_no
    registry.save(GrowerData(name="张三丰"), grower_id=grower_id)
    assert registry.get(grower_id).card_no == card
    assert by_card(registry, card) == grower_id


# -- plots --------------------------------------------------------------------------------


def test_plots_add_edit_remove(registry, places):
    crop = places.add_crop("咖啡")
    grower_id = registry.save(GrowerData(name="张三"))
    a = registry.save_plot(grower_id, PlotInput(name="河边田", area_mu="1.5", crop_id=crop,
                                                latitude="25.04", longitude="102.71"))  # fmt: skip
    b = registry.save_plot(grower_id, PlotInput(name="坡地", area_mu="2亩"))
    plots = registry.plots(grower_id)
    assert [(p.id, p.data.name, p.data.area_m2) for p in plots] == [
        (a, "河边田", 1000),
        (b, "坡地", 1333),
    ]
    assert plots[0].data.crop_id == crop
    assert (plots[0].data.lat_e6, plots[0].data.lon_e6) == (25_040_000, 102_710_000)
    assert plots[1].data.crop_id == ""
    assert plots[1].data.lat_e6 is None

    assert registry.save_plot(grower_id, PlotInput(name="河边大田", area_mu="3"), plot_id=a) == a
    edited = registry.plots(grower_id)[0]
    assert (edited.data.name, edited.data.area_m2, edited.data.crop_id) == ("河边大田", 2000, "")

    registry.remove_plot(b)
    assert [p.id for p in registry.plots(grower_id)] == [a]
    [row] = registry.rows(registry.find(ListFilter()))
    assert (row.plot_count, row.area_m2) == (1, 2000)


def test_plot_validation_leaves_the_database_unchanged(registry, db):
    grower_id = registry.save(GrowerData(name="张三"))
    before = snapshot(db)
    with pytest.raises(ValidationError):
        registry.save_plot(grower_id, PlotInput(name="田", area_mu="0"))
    with pytest.raises(ValidationError):
        registry.save_plot(grower_id, PlotInput(name="田", area_mu="0.0000001"))
    with pytest.raises(ValidationError) as exc:
        registry.save_plot(grower_id, PlotInput(name="田", area_mu="1", crop_id="no-such-crop"))
    assert exc.value.errors[0].field == "crop_id"
    with pytest.raises(KeyError):
        registry.save_plot("no-such-grower", PlotInput(name="田", area_mu="1"))
    assert snapshot(db) == before


def test_editing_a_removed_or_someone_elses_plot_is_refused(registry, db):
    owner = registry.save(GrowerData(name="张三"))
    other = registry.save(GrowerData(name="李四"))
    plot = registry.save_plot(owner, PlotInput(name="河边田", area_mu="1"))
    before = snapshot(db)
    with pytest.raises(KeyError):
        registry.save_plot(other, PlotInput(name="抢来的田", area_mu="9"), plot_id=plot)
    assert snapshot(db) == before
    registry.remove_plot(plot)
    before = snapshot(db)
    with pytest.raises(KeyError):
        registry.save_plot(owner, PlotInput(name="河边田", area_mu="2"), plot_id=plot)
    assert snapshot(db) == before
    assert registry.plots(owner) == []


def test_plot_of_a_removed_crop_is_refused(registry, places):
    crop = places.add_crop("咖啡")
    places.remove("crops", crop)
    grower_id = registry.save(GrowerData(name="张三"))
    with pytest.raises(ValidationError):
        registry.save_plot(grower_id, PlotInput(name="田", area_mu="1", crop_id=crop))


# -- the list: filters and sorting --------------------------------------------------------


@pytest.fixture
def crowd(registry, places, village, two_villages):
    """Six growers over three villages in two townships, some with crops."""
    township, stone = village
    rice = next(c.id for c in places.crops() if c.name == "水稻")
    tea = next(c.id for c in places.crops() if c.name == "茶叶")
    other = two_villages["other_township"]
    people = [
        ("张三", township, stone, rice),
        ("安娜", township, stone, None),
        ("曾五", township, two_villages["same_township"], tea),
        ("李四", other, two_villages["other_village"], rice),
        ("王五", other, two_villages["other_village"], tea),
        ("单田芳", township, two_villages["same_township"], None),
    ]
    ids = {}
    for name, township_id, village_id, crop in people:
        data = GrowerData(name=name, township_id=township_id, village_id=village_id)
        ids[name] = registry.save(data)
        if crop:
            registry.save_plot(ids[name], PlotInput(name="田", area_mu="1", crop_id=crop))
    registry.set_status(ids["王五"], Status.LEFT)
    return {"ids": ids, "rice": rice, "tea": tea, "township": township, "stone": stone,
            **two_villages}  # fmt: skip


def test_list_sorted_by_pinyin_name(registry, crowd):
    # 曾 sorts as zeng (its surname reading), 单 as shan.
    assert names(registry, ListFilter()) == ["安娜", "李四", "单田芳", "王五", "曾五", "张三"]
    assert names(registry, ListFilter(descending=True)) == [
        "张三", "曾五", "王五", "单田芳", "李四", "安娜"
    ]  # fmt: skip


def test_list_filters(registry, crowd):
    assert names(registry, ListFilter(township_id=crowd["township"])) == [
        "安娜", "单田芳", "曾五", "张三"
    ]  # fmt: skip
    assert names(registry, ListFilter(township_id=crowd["other_township"])) == ["李四", "王五"]
    assert names(registry, ListFilter(village_id=crowd["stone"])) == ["安娜", "张三"]
    assert names(registry, ListFilter(crop_id=crowd["rice"])) == ["李四", "张三"]
    assert names(registry, ListFilter(crop_id=crowd["tea"])) == ["王五", "曾五"]
    assert names(registry, ListFilter(status=Status.LEFT)) == ["王五"]
    assert len(names(registry, ListFilter(status=Status.ACTIVE))) == 5
    combined = ListFilter(township_id=crowd["other_township"], crop_id=crowd["tea"],
                          status=Status.ACTIVE)  # fmt: skip
    assert names(registry, combined) == []


def test_crop_filter_ignores_removed_plots(registry, crowd):
    plot = registry.plots(crowd["ids"]["张三"])[0]
    registry.remove_plot(plot.id)
    assert names(registry, ListFilter(crop_id=crowd["rice"])) == ["李四"]


def test_sort_by_card(registry, crowd):
    in_card_order = ["张三", "安娜", "曾五", "李四", "王五", "单田芳"]
    assert names(registry, ListFilter(sort="card")) == in_card_order
    assert names(registry, ListFilter(sort="card", descending=True)) == in_card_order[::-1]


def test_sort_by_place_then_name(registry, crowd):
    # place_key is "township<TAB>village" by characters: 青山乡 < 龙泉镇; 河口村 < 石桥村.
    expected = ["李四", "王五", "单田芳", "曾五", "安娜", "张三"]
    assert names(registry, ListFilter(sort="place")) == expected
    assert names(registry, ListFilter(sort="place", descending=True)) == expected[::-1]


def test_limit_and_rows(registry, crowd):
    nums = registry.find(ListFilter(), limit=2)
    assert len(nums) == 2
    rows = registry.rows(nums)
    assert [r.num for r in rows] == nums
    assert [r.name for r in rows] == ["安娜", "李四"]
    assert rows[1].township == "青山乡" and rows[1].village == "上寨村"
    assert rows[1].crops == "水稻" and rows[1].plot_count == 1 and rows[1].area_m2 == 667
    assert registry.rows([]) == []
    assert registry.rows([nums[1], 10_000_000, nums[0]]) == [rows[1], rows[0]]
    assert registry.count() == 6
    assert grower_list.count(registry.db) == 6


# -- search basics (the deep search tests live in tests/test_grower_search.py) -------------


def search(registry, text: str) -> list[str]:
    return names(registry, ListFilter(query=classify(text)))


def test_search_basics(registry, village):
    registry.save(GrowerData(name="张三", phone="13812345678", id_number=make_id("451"),
                             village_id=village[1]))  # fmt: skip
    registry.save(GrowerData(name="曾小明", phone="13900001111"))
    registry.save(GrowerData(name="李四"))
    assert search(registry, "张") == ["张三"]
    assert search(registry, "张三") == ["张三"]
    assert search(registry, "zs") == ["张三"]
    assert search(registry, "zhangsan") == ["张三"]
    assert search(registry, "zeng") == ["曾小明"]
    assert search(registry, "ceng") == ["曾小明"]
    assert search(registry, "5678") == ["张三"]
    assert search(registry, make_id("451")[-4:]) == ["张三"]
    assert search(registry, "石桥") == ["张三"]
    assert search(registry, "王") == []
    assert search(registry, "") == ["李四", "曾小明", "张三"]


def test_search_by_card(registry):
    grower_id = registry.save(GrowerData(name="张三"))
    card = registry.get(grower_id).card_no
    assert search(registry, card) == ["张三"]
    assert search(registry, card.lower()) == ["张三"]
    assert search(registry, f"FA1:G:{card}:{grower_id}") == ["张三"]
    assert names(registry, ListFilter(query=Query(Kind.CARD, "ZZZZ-99999"))) == []


def test_search_follows_edits(registry):
    grower_id = registry.save(GrowerData(name="张三", phone="13812345678"))
    registry.save(GrowerData(name="李四", phone="13900001111"), grower_id=grower_id)
    assert search(registry, "张三") == []
    assert search(registry, "5678") == []
    assert search(registry, "李四") == ["李四"]
    assert search(registry, "1111") == ["李四"]
