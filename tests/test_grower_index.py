"""grower_index numbers follow name order through inserts, renames, bulk adds and renumbering."""

from __future__ import annotations

import random
from dataclasses import replace

from fieldapp.domain.growers import GrowerData
from fieldapp.domain.search import classify
from fieldapp.storage import grower_index, grower_list
from fieldapp.storage import growers as store
from fieldapp.storage.grower_list import ListFilter

NAMES = [
    "张伟", "王芳", "李娜", "刘强", "陈静", "杨洋", "赵磊",
    "黄敏", "周杰", "吴霞", "曾凡", "单丽", "欧阳华", "阿依古丽·买买提",
]  # fmt: skip


def _order_holds(db) -> None:
    by_num = [r[0] for r in db.execute("SELECT sort_key FROM grower_index ORDER BY num")]
    assert by_num == sorted(by_num)
    fts = [r[0] for r in db.execute("SELECT rowid FROM grower_fts ORDER BY rowid")]
    index = [r[0] for r in db.execute("SELECT num FROM grower_index ORDER BY num")]
    assert fts == index


def test_random_inserts_keep_name_order(db):
    rnd = random.Random(5)
    for i in range(200):
        store.insert_grower(db, GrowerData(name=rnd.choice(NAMES) + rnd.choice("一二三")), f"T-{i}")
    _order_holds(db)


def test_a_full_gap_renumbers_and_keeps_everything(db, monkeypatch):
    """Fifty growers with one name all go into the same gap: more than 40 halvings."""
    calls = []
    real = grower_index.renumber
    monkeypatch.setattr(grower_index, "renumber", lambda d: calls.append(1) or real(d))
    monkeypatch.setattr(grower_index, "NAMESAKE_STEP", grower_index.GAP)  # halve each time
    store.insert_grower(db, GrowerData(name="张伟"), "T-A")
    store.insert_grower(db, GrowerData(name="张伟国"), "T-B")
    for i in range(50):
        store.insert_grower(db, GrowerData(name="张伟"), f"T-{i}")
    _order_holds(db)
    nums = grower_list.find(db, ListFilter(query=classify("张伟")))
    cards = [r.card_no for r in grower_list.rows(db, nums)]
    # Equal names keep the order they were registered in; 张伟国 sorts after all of them.
    assert cards == ["T-A", *[f"T-{i}" for i in range(50)], "T-B"]
    assert calls, "the gap should have filled up and the index been renumbered"


def test_namesakes_in_a_row_leave_room_instead_of_renumbering(db, monkeypatch):
    """A village with a hundred 王伟: each goes after the last, a small step on, and
    the gap they share keeps room for the names that sort between."""
    calls = []
    monkeypatch.setattr(grower_index, "renumber", lambda d: calls.append(1))
    store.insert_grower(db, GrowerData(name="王伟"), "W-A")
    store.insert_grower(db, GrowerData(name="王伟国"), "W-B")
    for i in range(100):
        store.insert_grower(db, GrowerData(name="王伟"), f"W-{i:03d}")
    store.insert_grower(db, GrowerData(name="王伟东"), "W-C")  # sorts between
    assert not calls
    _order_holds(db)
    nums = grower_list.find(db, ListFilter(query=classify("王伟")))
    cards = [r.card_no for r in grower_list.rows(db, nums)]
    assert cards[:101] == ["W-A", *[f"W-{i:03d}" for i in range(100)]]


def test_rename_moves_the_grower_in_name_order(db):
    first = store.insert_grower(db, GrowerData(name="阿明"), "T-1")
    store.insert_grower(db, GrowerData(name="李明"), "T-2")
    store.update_grower(db, first, replace(GrowerData(name="赵明")))
    _order_holds(db)
    everyone = grower_list.rows(db, grower_list.find(db, ListFilter()))
    assert [r.name for r in everyone] == ["李明", "赵明"]
    assert grower_list.find(db, ListFilter(query=classify("zm"))) == [grower_list.num_of(db, first)]


def test_bulk_add_into_an_existing_index(db):
    store.insert_growers(db, [(GrowerData(name=n), f"A-{i}") for i, n in enumerate(NAMES)])
    store.insert_growers(db, [(GrowerData(name=n + "二"), f"B-{i}") for i, n in enumerate(NAMES)])
    _order_holds(db)
    assert grower_list.count(db) == 2 * len(NAMES)


def test_deleted_growers_leave_the_index(db):
    grower_id = store.insert_grower(db, GrowerData(name="王五"), "T-1")
    db.execute("UPDATE growers SET deleted = 1 WHERE id = ?", (grower_id,))
    grower_index.refresh(db, grower_id)
    assert grower_list.find(db, ListFilter(query=classify("王五"))) == []
    assert db.scalar("SELECT count(*) FROM grower_fts") == 0


def test_plot_columns_follow_plots_and_crop_names(db, places):
    from fieldapp.domain.growers import PlotData

    rice = places.add_crop("旱稻")
    grower_id = store.insert_grower(db, GrowerData(name="王五"), "T-1")
    plot_id = store.insert_plot(db, grower_id, PlotData(name="河边", area_m2=1000, crop_id=rice))
    store.insert_plot(db, grower_id, PlotData(name="坡地", area_m2=500, crop_id=rice))

    def listed():
        (row,) = grower_list.rows(db, [grower_list.num_of(db, grower_id)])
        return row.plot_count, row.area_m2, row.crops

    assert listed() == (2, 1500, "旱稻")
    places.rename("crops", rice, "陆稻")
    assert listed() == (2, 1500, "陆稻")
    store.update_plot(db, plot_id, PlotData(name="河边", area_m2=2000, crop_id=rice))
    assert listed() == (2, 2500, "陆稻")
    store.remove_plot(db, plot_id)
    assert listed() == (1, 500, "陆稻")
    store.update_grower(db, grower_id, GrowerData(name="赵五"))  # moves in name order
    assert listed() == (1, 500, "陆稻")
