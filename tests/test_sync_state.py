"""The laptop's side of sync in its database: the outbox in batches, pulled changes
applied without outbox rows and without overwriting a local edit still waiting, the
cursor moved with the page, and enrolment re-labelling the provisional coop id."""

from __future__ import annotations

import json

import pytest

from fieldapp.domain.growers import GrowerData
from fieldapp.domain.sync import Pulled
from fieldapp.storage import sync_state
from fieldapp.storage.device import identity

OTHER_DEVICE = "01a00000-0000-7000-8000-0000000000aa"


def pulled(cursor: int, table: str, row_id: str, op: str, **fields) -> Pulled:
    return Pulled(
        cursor, table, row_id, op, fields, f"9999999999999-00000-{OTHER_DEVICE}", OTHER_DEVICE
    )


@pytest.fixture
def grower(registry) -> str:
    return registry.save(GrowerData(name="王建国", phone="13812345678"))


def test_the_outbox_goes_up_in_order_and_leaves_once_acknowledged(db, grower):
    batch = sync_state.outbox_batch(db, 0, 500)
    # The first-run crops, then the grower, in the order they were made.
    assert [c.table for c in batch] == ["crops"] * 8 + ["growers"]
    assert [c.seq for c in batch] == list(range(batch[0].seq, batch[0].seq + 9))
    assert batch[-1].op == "insert" and batch[-1].changes["name"] == "王建国"
    assert [c.seq for c in sync_state.outbox_batch(db, batch[2].seq, 2)] == [
        batch[3].seq,
        batch[4].seq,
    ]
    sync_state.drop_pushed(db, batch[4].seq)
    assert sync_state.pending_count(db) == 4
    sync_state.drop_pushed(db, batch[-1].seq)
    assert sync_state.pending_count(db) == 0


def test_a_pulled_grower_is_stored_indexed_and_writes_no_outbox(db, registry):
    me = identity(db)
    waiting = sync_state.pending_count(db)
    row_id = "01a00000-0000-7000-8000-000000000001"
    change = pulled(
        7, "growers", row_id, "insert",
        coop_id=me.coop_id, card_no="AB12-00001", name="李秀英", phone="", id_number="",
        gender="", address="", account_kind="", account_no="", notes="", member_since="",
        status="active", created_at="2026-12-01T00:00:00.000Z",
        updated_at="2026-12-01T00:00:00.000Z", hlc="x", device_id=OTHER_DEVICE, deleted=0,
        unknown_new_column="ignored",
    )  # fmt: skip
    assert sync_state.apply_pulled(db, [change], 7) == 1
    assert registry.get(row_id).data.name == "李秀英"
    assert sync_state.pending_count(db) == waiting
    assert sync_state.cursor(db) == 7
    assert registry.count() == 1  # found through the search index too


def test_a_field_edited_here_and_not_yet_sent_is_left_alone(db, registry, grower):
    sync_state.drop_pushed(db, 10**9)
    data = registry.get(grower).data
    registry.save(GrowerData(**{**vars(data), "phone": "13900001111"}), grower)
    change = pulled(3, "growers", grower, "update", phone="13722223333", address="东街 3 号")
    sync_state.apply_pulled(db, [change], 3)
    after = registry.get(grower).data
    assert after.phone == "13900001111"  # ours, still to be pushed
    assert after.address == "东街 3 号"  # theirs, nothing of ours waiting


def test_an_update_for_a_row_this_laptop_lacks_is_skipped_but_the_cursor_moves(db):
    change = pulled(5, "growers", "01a00000-0000-7000-8000-00000000dead", "update", name="x")
    assert sync_state.apply_pulled(db, [change], 5) == 0
    assert sync_state.cursor(db) == 5


def test_pulled_clocks_move_this_laptops_clock_forward(db, grower):
    sync_state.apply_pulled(db, [pulled(1, "growers", grower, "update", notes="见过")], 1)
    stored = db.scalar("SELECT value FROM meta WHERE key = 'hlc'")
    assert stored > "9999999999999"


def test_enrolment_relabels_rows_and_waiting_changes_with_the_coops_id(db, grower):
    old = identity(db).coop_id
    sync_state.adopt_enrolment(db, "http://127.0.0.1:1", "tok", "coop-1", "K7Q2", "technician")
    assert identity(db).coop_id == "coop-1" and identity(db).device_code == "K7Q2"
    assert db.scalar("SELECT count(*) FROM growers WHERE coop_id = ?", (old,)) == 0
    assert db.scalar("SELECT count(*) FROM crops WHERE coop_id = 'coop-1'") > 0
    inserts = [
        json.loads(c) for (c,) in db.execute("SELECT changes FROM outbox WHERE op = 'insert'")
    ]
    assert inserts and {c["coop_id"] for c in inserts} == {"coop-1"}
    assert sync_state.enrolment(db).role == "technician"
