"""Pick lists: townships, villages in them, crops."""

from __future__ import annotations

import pytest

from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.domain.growers import GrowerData, PlotInput
from fieldapp.domain.search import classify
from fieldapp.services.places import InUseError
from fieldapp.storage.grower_list import ListFilter


def problem(exc: pytest.ExceptionInfo) -> tuple[str, Problem]:
    [error] = exc.value.errors
    return error.field, error.problem


def found(registry, text: str) -> list[str]:
    return [r.name for r in registry.rows(registry.find(ListFilter(query=classify(text))))]


# -- add ----------------------------------------------------------------------------------


def test_add_and_list(places):
    a = places.add_township("龙泉镇")
    b = places.add_township("青山乡")
    v1 = places.add_village(a, "石桥村")
    v2 = places.add_village(b, "上寨村")
    assert [(p.id, p.name) for p in places.townships()] == [(b, "青山乡"), (a, "龙泉镇")]
    assert [(p.id, p.name, p.parent_id) for p in places.villages(a)] == [(v1, "石桥村", a)]
    assert {p.id for p in places.villages()} == {v1, v2}
    crop = places.add_crop("咖啡")
    assert crop in {c.id for c in places.crops()}


def test_new_database_has_default_crops(places):
    assert {"水稻", "玉米", "茶叶"} <= {c.name for c in places.crops()}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [(" 龙泉镇 ", "龙泉镇"), ("龙泉\u3000镇", "龙泉 镇"), ("\u200b龙泉镇", "龙泉镇"),
     ("Ｌｏｎｇ  Ｑｕａｎ", "Long Quan")],
)  # fmt: skip
def test_names_are_cleaned(places, typed, stored):
    places.add_township(typed)
    assert [p.name for p in places.townships()] == [stored]


@pytest.mark.parametrize(("name", "expected"), [("", Problem.REQUIRED), ("  ", Problem.REQUIRED),
                                                ("镇" * 31, Problem.TOO_LONG)])  # fmt: skip
def test_bad_names(places, name, expected):
    with pytest.raises(ValidationError) as exc:
        places.add_township(name)
    assert problem(exc) == ("name", expected)
    assert places.townships() == []


def test_duplicate_township_refused(places):
    places.add_township("龙泉镇")
    with pytest.raises(ValidationError) as exc:
        places.add_township(" 龙泉镇")
    assert problem(exc) == ("name", Problem.DUPLICATE)
    assert exc.value.errors[0].detail == "龙泉镇"
    assert len(places.townships()) == 1


def test_duplicate_crop_refused(places):
    with pytest.raises(ValidationError) as exc:
        places.add_crop("水稻")
    assert problem(exc) == ("name", Problem.DUPLICATE)


def test_same_village_name_in_two_townships_is_fine(places, village):
    other = places.add_township("青山乡")
    places.add_village(other, "石桥村")
    with pytest.raises(ValidationError) as exc:
        places.add_village(village[0], "石桥村")
    assert problem(exc) == ("name", Problem.DUPLICATE)
    assert sorted(p.name for p in places.villages()) == ["石桥村", "石桥村"]


def test_village_needs_a_real_township(places, db):
    with pytest.raises(ValidationError) as exc:
        places.add_village("no-such-township", "孤村")
    assert problem(exc) == ("township_id", Problem.UNKNOWN_CHOICE)
    assert not db.conn.in_transaction
    assert places.villages() == []
    # And the next write is saved normally.
    places.add_township("龙泉镇")
    assert len(places.townships()) == 1


def test_village_of_a_removed_township_is_refused(places):
    township = places.add_township("龙泉镇")
    places.remove("townships", township)
    with pytest.raises(ValidationError):
        places.add_village(township, "石桥村")


def test_a_removed_name_can_be_used_again(places):
    crop = places.add_crop("咖啡")
    places.remove("crops", crop)
    again = places.add_crop("咖啡")
    assert again != crop
    assert [c.id for c in places.crops() if c.name == "咖啡"] == [again]


# -- rename -------------------------------------------------------------------------------


def test_rename(places, village):
    township, village_id = village
    places.rename("townships", township, " 龙泉街道 ")
    places.rename("villages", village_id, "新桥村")
    assert [p.name for p in places.townships()] == ["龙泉街道"]
    assert [p.name for p in places.villages(township)] == ["新桥村"]


def test_rename_to_a_sibling_name_is_refused(places, village):
    township, village_id = village
    places.add_village(township, "河口村")
    with pytest.raises(ValidationError) as exc:
        places.rename("villages", village_id, "河口村")
    assert problem(exc) == ("name", Problem.DUPLICATE)
    assert sorted(p.name for p in places.villages()) == ["河口村", "石桥村"]


def test_rename_to_a_village_name_used_in_another_township_is_fine(places, village):
    other = places.add_township("青山乡")
    places.add_village(other, "上寨村")
    places.rename("villages", village[1], "上寨村")
    assert [p.name for p in places.villages(village[0])] == ["上寨村"]


def test_rename_crop_to_existing_is_refused(places):
    crop = places.add_crop("咖啡")
    with pytest.raises(ValidationError):
        places.rename("crops", crop, "水稻")
    places.rename("crops", crop, "小粒咖啡")
    assert "小粒咖啡" in [c.name for c in places.crops()]


def test_rename_empty_is_refused(places, village):
    with pytest.raises(ValidationError) as exc:
        places.rename("villages", village[1], " ")
    assert problem(exc) == ("name", Problem.REQUIRED)


def test_unknown_table(places):
    with pytest.raises(ValueError, match="growers"):
        places.remove("growers", "x")


def test_renaming_a_village_updates_the_search_index(places, registry, village):
    township, village_id = village
    registry.save(GrowerData(name="张三", village_id=village_id))
    registry.save(GrowerData(name="李四", village_id=village_id))
    other = places.add_village(township, "河口村")
    registry.save(GrowerData(name="王五", village_id=other))
    assert found(registry, "石桥") == ["李四", "张三"]

    places.rename("villages", village_id, "新华村")
    assert found(registry, "新华") == ["李四", "张三"]
    assert found(registry, "新华村") == ["李四", "张三"]
    assert found(registry, "石桥") == []
    rows = registry.rows(registry.find(ListFilter(village_id=village_id)))
    assert {r.village for r in rows} == {"新华村"}


def test_renaming_a_township_updates_the_search_index_and_place_sort(places, registry, village):
    township, village_id = village
    registry.save(GrowerData(name="张三", village_id=village_id))
    second = places.add_township("青山乡")
    registry.save(GrowerData(name="李四", village_id=places.add_village(second, "上寨村")))
    by_place = ListFilter(sort="place")
    assert [r.name for r in registry.rows(registry.find(by_place))] == ["李四", "张三"]
    places.rename("townships", township, "安宁镇")  # 安 sorts before 青
    assert found(registry, "安宁") == ["张三"]
    assert found(registry, "龙泉") == []
    assert [r.name for r in registry.rows(registry.find(by_place))] == ["张三", "李四"]


# -- remove -------------------------------------------------------------------------------


def test_remove_unused(places, village):
    township, village_id = village
    places.remove("villages", village_id)
    assert places.villages() == []
    places.remove("townships", township)
    assert places.townships() == []


def test_village_in_use_cannot_be_removed(places, registry, village):
    registry.save(GrowerData(name="张三", village_id=village[1]))
    registry.save(GrowerData(name="李四", village_id=village[1]))
    with pytest.raises(InUseError) as exc:
        places.remove("villages", village[1])
    assert exc.value.count == 2
    assert [p.id for p in places.villages()] == [village[1]]


def test_township_with_villages_cannot_be_removed(places, village):
    with pytest.raises(InUseError) as exc:
        places.remove("townships", village[0])
    assert exc.value.count == 1
    assert [p.id for p in places.townships()] == [village[0]]


def test_township_used_by_a_grower_cannot_be_removed(places, registry):
    township = places.add_township("青山乡")
    registry.save(GrowerData(name="张三", township_id=township))
    with pytest.raises(InUseError):
        places.remove("townships", township)


def test_crop_in_use_cannot_be_removed_until_its_plots_are(places, registry):
    crop = places.add_crop("咖啡")
    grower = registry.save(GrowerData(name="张三"))
    plot = registry.save_plot(grower, PlotInput(name="田", area_mu="1", crop_id=crop))
    with pytest.raises(InUseError) as exc:
        places.remove("crops", crop)
    assert exc.value.count == 1
    registry.remove_plot(plot)
    places.remove("crops", crop)
    assert crop not in {c.id for c in places.crops()}


# -- ensure_village (used by the import) ----------------------------------------------------


def test_ensure_village_adds_what_is_missing_once(places):
    t1, v1 = places.ensure_village("龙泉镇", "石桥村")
    assert (t1, v1) == places.ensure_village("龙泉镇", "石桥村")
    t2, v2 = places.ensure_village("龙泉镇", "河口村")
    assert t2 == t1 and v2 != v1
    assert places.ensure_village("龙泉镇", "") == (t1, "")
    assert len(places.townships()) == 1
    assert len(places.villages()) == 2
