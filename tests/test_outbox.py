"""Every change to synced data writes its outbox row, in the same transaction."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import replace
from itertools import pairwise

import pytest

from fieldapp.domain.growers import GrowerData, PlotInput, Status
from fieldapp.domain.hlc import Timestamp
from fieldapp.domain.ids import shipped_id
from fieldapp.services.setup import DEFAULT_CROPS
from fieldapp.storage import synced
from fieldapp.storage.database import Database
from fieldapp.storage.device import identity

SYNCED_TABLES = ("townships", "villages", "crops", "growers", "plots")
SYNC_COLUMNS = {"id", "coop_id", "created_at", "updated_at", "hlc", "device_id", "deleted"}


class BoomError(Exception):
    pass


def outbox(db: Database, table: str | None = None, row_id: str | None = None) -> list[dict]:
    rows = db.query("SELECT * FROM outbox ORDER BY seq")
    return [
        {**r, "changes": json.loads(r["changes"]), "base": r["base"] and json.loads(r["base"])}
        for r in rows
        if (table is None or r["table_name"] == table) and (row_id is None or r["row_id"] == row_id)
    ]


def last_seq(db: Database) -> int:
    return int(db.scalar("SELECT coalesce(max(seq), 0) FROM outbox") or 0)


def new_rows(db: Database, since: int) -> list[dict]:
    return [r for r in outbox(db) if r["seq"] > since]


@pytest.fixture
def grower(registry, village) -> str:
    township, village_id = village
    return registry.save(
        GrowerData(name="张三", phone="13812345678", township_id=township, village_id=village_id)
    )


def test_every_synced_table_has_the_sync_columns(db):
    for table in SYNCED_TABLES:
        cols = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        assert cols >= SYNC_COLUMNS, table


def test_registering_a_grower_writes_one_insert_row(db, registry, village):
    since = last_seq(db)
    grower_id = registry.save(GrowerData(name="张三", village_id=village[1]))
    rows = new_rows(db, since)
    assert [(r["table_name"], r["row_id"], r["op"]) for r in rows] == [
        ("growers", grower_id, "insert")
    ]
    row = rows[0]
    assert row["base"] is None
    assert row["changes"]["name"] == "张三"
    assert row["changes"]["village_id"] == village[1]
    assert row["changes"]["township_id"] == village[0]
    assert row["changes"]["deleted"] == 0
    assert "id" not in row["changes"]
    stored = db.query("SELECT hlc, device_id, coop_id FROM growers WHERE id = ?", (grower_id,))[0]
    assert row["hlc"] == stored["hlc"] == row["changes"]["hlc"]
    me = identity(db)
    assert (stored["device_id"], stored["coop_id"]) == (me.device_id, me.coop_id)


def test_place_writes_each_write_one_row(db, places):
    since = last_seq(db)
    township = places.add_township("龙泉镇")
    village = places.add_village(township, "石桥村")
    crop = places.add_crop("咖啡")
    places.rename("villages", village, "新桥村")
    places.remove("crops", crop)
    rows = new_rows(db, since)
    assert [(r["table_name"], r["row_id"], r["op"]) for r in rows] == [
        ("townships", township, "insert"),
        ("villages", village, "insert"),
        ("crops", crop, "insert"),
        ("villages", village, "update"),
        ("crops", crop, "delete"),
    ]


def test_update_carries_only_changed_fields_and_their_base(db, registry, grower):
    since = last_seq(db)
    data = registry.get(grower).data
    registry.save(replace(data, phone="13900001111", address="3组"), grower_id=grower)
    [row] = new_rows(db, since)
    assert (row["table_name"], row["row_id"], row["op"]) == ("growers", grower, "update")
    assert set(row["changes"]) == {"phone", "address", "updated_at"}
    assert row["changes"]["phone"] == "13900001111"
    assert row["changes"]["address"] == "3组"
    assert row["base"] == {"phone": "13812345678", "address": ""}
    stored = db.query("SELECT updated_at, hlc FROM growers WHERE id = ?", (grower,))[0]
    assert row["changes"]["updated_at"] == stored["updated_at"]
    assert row["hlc"] == stored["hlc"]


def test_saving_identical_data_writes_nothing(db, registry, grower):
    before = db.query("SELECT * FROM growers WHERE id = ?", (grower,))
    since = last_seq(db)
    registry.save(registry.get(grower).data, grower_id=grower)
    registry.set_status(grower, Status.ACTIVE)
    assert new_rows(db, since) == []
    assert db.query("SELECT * FROM growers WHERE id = ?", (grower,)) == before


def test_saving_the_same_data_differently_written_writes_nothing(db, registry, grower):
    since = last_seq(db)
    data = registry.get(grower).data
    registry.save(replace(data, name=" 张三 ", phone="+86 138-1234-5678"), grower_id=grower)
    assert new_rows(db, since) == []


def test_renaming_a_place_to_its_own_name_writes_nothing(db, places, village):
    since = last_seq(db)
    places.rename("villages", village[1], " 石桥村 ")
    assert new_rows(db, since) == []


def test_removing_is_a_tombstone_not_a_delete(db, registry, places, grower):
    plot = registry.save_plot(grower, PlotInput(name="河边田", area_mu="1.5"))
    crop = places.add_crop("咖啡")
    since = last_seq(db)
    registry.remove_plot(plot)
    places.remove("crops", crop)
    assert db.scalar("SELECT deleted FROM plots WHERE id = ?", (plot,)) == 1
    assert db.scalar("SELECT deleted FROM crops WHERE id = ?", (crop,)) == 1
    rows = new_rows(db, since)
    assert [(r["table_name"], r["row_id"], r["op"]) for r in rows] == [
        ("plots", plot, "delete"),
        ("crops", crop, "delete"),
    ]
    assert rows[0]["changes"]["deleted"] == 1
    assert rows[0]["base"] == {"deleted": 0}
    assert registry.plots(grower) == []
    assert "咖啡" not in [c.name for c in places.crops()]
    # Removing again changes nothing and writes nothing.
    registry.remove_plot(plot)
    assert len(new_rows(db, since)) == 2


def test_plot_writes(db, registry, grower):
    since = last_seq(db)
    plot = registry.save_plot(grower, PlotInput(name="河边田", area_mu="1.5"))
    registry.save_plot(grower, PlotInput(name="河边田", area_mu="3"), plot_id=plot)
    registry.save_plot(grower, PlotInput(name="河边田", area_mu="3"), plot_id=plot)
    rows = new_rows(db, since)
    assert [(r["table_name"], r["op"]) for r in rows] == [("plots", "insert"), ("plots", "update")]
    assert rows[1]["changes"]["area_m2"] == 2000
    assert rows[1]["base"] == {"area_m2": 1000}


def test_a_rolled_back_transaction_leaves_neither_row_nor_outbox(db, registry, places, village):
    since = last_seq(db)
    counts = {t: db.scalar(f"SELECT count(*) FROM {t}") for t in SYNCED_TABLES}
    with pytest.raises(BoomError), db.transaction():
        grower = registry.save(GrowerData(name="李四", village_id=village[1]))
        registry.save_plot(grower, PlotInput(name="坡地", area_mu="2"))
        places.add_crop("咖啡")
        places.rename("villages", village[1], "新桥村")
        assert len(new_rows(db, since)) == 4  # visible inside the transaction
        raise BoomError
    assert new_rows(db, since) == []
    assert {t: db.scalar(f"SELECT count(*) FROM {t}") for t in SYNCED_TABLES} == counts
    assert registry.get(grower) is None
    assert [p.name for p in places.villages()] == ["石桥村"]
    assert registry.count() == 0


def test_card_number_is_not_used_up_by_a_rolled_back_registration(db, registry):
    first = registry.get(registry.save(GrowerData(name="甲"))).card_no
    with pytest.raises(BoomError), db.transaction():
        registry.save(GrowerData(name="乙"))
        raise BoomError
    third = registry.get(registry.save(GrowerData(name="丙"))).card_no
    assert int(third.rsplit("-", 1)[1]) == int(first.rsplit("-", 1)[1]) + 1


def test_a_failed_commit_does_not_leave_a_transaction_open(db, registry):
    # A deferred foreign key fails only at COMMIT; the next write must still be saved.
    with pytest.raises(sqlite3.IntegrityError):
        synced.insert(db, "villages", {"township_id": "no-such-township", "name": "孤村"})
    assert not db.conn.in_transaction
    assert db.scalar("SELECT count(*) FROM villages") == 0
    since = last_seq(db)
    grower = registry.save(GrowerData(name="王五"))
    db.close()
    assert db.scalar("SELECT count(*) FROM growers WHERE id = ?", (grower,)) == 1
    assert len(new_rows(db, since)) == 1


def test_ids_are_uuid7_except_the_first_run_crops(db, registry, places, grower):
    registry.save_plot(grower, PlotInput(name="河边田", area_mu="1"))
    places.add_crop("魔芋")
    # The first-run crops are the same rows on every laptop: ids from their names.
    shipped = {shipped_id("crop", name) for name in DEFAULT_CROPS}
    for table in SYNCED_TABLES:
        for (row_id,) in db.execute(f"SELECT id FROM {table}"):
            expected = 5 if row_id in shipped else 7
            assert uuid.UUID(row_id).version == expected, table
    assert {r[0] for r in db.execute("SELECT id FROM crops")} >= shipped
    for row in outbox(db):
        assert uuid.UUID(row["change_id"]).version == 7
        assert uuid.UUID(row["row_id"]).version == (5 if row["row_id"] in shipped else 7)


def test_outbox_hlc_strictly_increases(db, registry, places, village):
    ids = [registry.save(GrowerData(name=f"张{n}", village_id=village[1])) for n in "一二三四五"]
    for grower in ids:
        registry.save_plot(grower, PlotInput(name="田", area_mu="1"))
        registry.set_status(grower, Status.LEFT)
    places.rename("villages", village[1], "新桥村")
    stamps = [r["hlc"] for r in outbox(db)]
    assert len(stamps) > 15
    assert all(a < b for a, b in pairwise(stamps))
    parsed = [Timestamp.parse(s) for s in stamps]
    assert parsed == sorted(parsed)
    assert len(set(parsed)) == len(parsed)
    assert {p.device for p in parsed} == {identity(db).device_id}


def test_every_outbox_row_names_a_real_row(db, registry, places, grower):
    registry.save_plot(grower, PlotInput(name="河边田", area_mu="1"))
    for row in outbox(db):
        assert row["table_name"] in SYNCED_TABLES
        assert db.scalar(f"SELECT count(*) FROM {row['table_name']} WHERE id = ?", (row["row_id"],))
