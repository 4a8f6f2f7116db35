"""The central server's protocol (docs/sync.md) through its HTTP API: enrolment, push,
pull, the per-field merge and its conflicts, coops, roles and the ledger."""

from __future__ import annotations

import json
import threading
import uuid
import warnings

import pytest
from fastapi import FastAPI

from fieldapp.domain.hlc import Timestamp
from fieldapp.domain.ids import shipped_id
from fieldapp.domain.sync import merge
from fieldapp.server.app import create_app
from fieldapp.server.store import ServerStore
from tests.sync_support import server_rows

T0 = 1_764_750_000_000
COOP = "绿源合作社"


def client_for(app: FastAPI):
    # Starlette warns on import that its TestClient will move to httpx2, which this
    # project does not install; the warning says nothing about the server.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(app)


def stamp(ms: int, device: str) -> str:
    return str(Timestamp(ms, 0, device))


class Laptop:
    """One enrolled device talking to the test server; numbers its changes like an outbox."""

    def __init__(self, client, store: ServerStore, coop: str = COOP, role: str = "technician"):
        code, _ = store.new_code(coop, role)
        self.client = client
        self.device_id = f"dev-{uuid.uuid4().hex[:12]}"
        answer = client.post(
            "/v1/enrol", json={"code": code, "device_id": self.device_id, "name": "laptop"}
        )
        assert answer.status_code == 200, answer.text
        enrolled = answer.json()
        self.token = enrolled["token"]
        self.coop_id = enrolled["coop_id"]
        self.device_code = enrolled["device_code"]
        self.role = enrolled["role"]
        self.headers = {"Authorization": f"Bearer {self.token}"}
        self.seq = 0
        self.ms = T0

    def change(self, table, row_id, op="insert", changes=None, base=None, ms=None) -> dict:
        self.seq += 1
        self.ms += 1
        values = dict(changes or {})
        if op == "insert":
            values.setdefault("coop_id", self.coop_id)
        return {
            "seq": self.seq,
            "change_id": uuid.uuid4().hex,
            "table": table,
            "row_id": row_id,
            "op": op,
            "changes": values,
            "base": base,
            "hlc": stamp(ms or self.ms, self.device_id),
        }

    def push(self, *changes: dict, device_id: str | None = None):
        body = {"device_id": device_id or self.device_id, "changes": list(changes)}
        return self.client.post("/v1/push", json=body, headers=self.headers)

    def pushed(self, *changes: dict) -> dict:
        answer = self.push(*changes)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def pull(self, after: int = 0, limit: int = 500) -> dict:
        answer = self.client.get(
            "/v1/pull", params={"after": after, "limit": limit}, headers=self.headers
        )
        assert answer.status_code == 200, answer.text
        return answer.json()

    def pull_all(self, after: int = 0) -> list[dict]:
        changes = []
        while True:
            page = self.pull(after)
            changes += page["changes"]
            after = page["next"]
            if not page["more"]:
                return changes


def rows_of(changes: list[dict]) -> dict[tuple[str, str], dict]:
    """A laptop's view after applying pulled changes field by field, in order."""
    rows: dict[tuple[str, str], dict] = {}
    for change in changes:
        rows.setdefault((change["table"], change["row_id"]), {}).update(change["fields"])
    return rows


@pytest.fixture
def client(store: ServerStore):
    return client_for(create_app(store))


# -- enrolment ------------------------------------------------------------------------


def test_health(client):
    assert client.get("/v1/health").json() == {"ok": True}


def test_enrolment_code_is_used_once(client, store):
    code, coop_id = store.new_code(COOP, "clerk")
    assert len(code) == 8 and not set(code) & set("IO01")
    first = client.post("/v1/enrol", json={"code": code, "device_id": "d1", "name": "秤台"})
    assert first.status_code == 200
    answer = first.json()
    assert answer["coop_id"] == coop_id and answer["role"] == "clerk"
    assert 4 <= len(answer["device_code"]) <= 6
    again = client.post("/v1/enrol", json={"code": code, "device_id": "d2", "name": "x"})
    assert again.status_code == 403
    assert again.json() == {"detail": "this enrolment code was already used"}
    unknown = client.post("/v1/enrol", json={"code": "ABCDEFGH", "device_id": "d3", "name": "x"})
    assert unknown.status_code == 403 and "not known" in unknown.json()["detail"]
    assert store.counts()["devices"] == 1


def test_code_as_typed_by_a_person(client, store):
    code, _ = store.new_code(COOP, "technician")
    typed = f"{code[:4].lower()}-{code[4:].lower()} "
    answer = client.post("/v1/enrol", json={"code": typed, "device_id": "d1", "name": "x"})
    assert answer.status_code == 200


def test_reenrol_gives_a_new_token_and_revokes_the_old(client, store):
    laptop = Laptop(client, store)
    old_headers = laptop.headers
    code, _ = store.new_code(COOP, "coordinator")
    answer = client.post(
        "/v1/enrol", json={"code": code, "device_id": laptop.device_id, "name": "again"}
    ).json()
    assert answer["token"] != laptop.token
    assert answer["device_code"] == laptop.device_code  # card numbers keep their prefix
    assert answer["role"] == "coordinator"
    assert client.get("/v1/status", headers=old_headers).status_code == 401
    new = client.get("/v1/status", headers={"Authorization": f"Bearer {answer['token']}"})
    assert new.status_code == 200 and new.json()["role"] == "coordinator"


def test_an_enrolment_code_older_than_a_week_is_refused_and_stays_unused(client, store):
    code, _ = store.new_code(COOP, "technician")
    with store._write() as tx:  # made eight days ago
        tx._run("UPDATE enrolment_codes SET created_at = '2026-01-01T00:00:00.000Z'")
    answer = client.post("/v1/enrol", json={"code": code, "device_id": "d1", "name": "x"})
    assert answer.status_code == 403 and "expired" in answer.json()["detail"]
    assert store.counts()["devices"] == 0
    with store._read() as tx:
        assert tx.one("SELECT used_at FROM enrolment_codes") == (None,)


def test_a_laptop_cannot_be_moved_to_another_coop_by_a_code(client, store):
    laptop = Laptop(client, store, coop="甲社")
    code, _ = store.new_code("乙社", "coordinator")
    answer = client.post(
        "/v1/enrol", json={"code": code, "device_id": laptop.device_id, "name": "taken"}
    )
    assert answer.status_code == 403 and "another cooperative" in answer.json()["detail"]
    assert client.get("/v1/status", headers=laptop.headers).json()["coop_id"] == laptop.coop_id
    retry = client.post("/v1/enrol", json={"code": code, "device_id": "fresh", "name": "new"})
    assert retry.status_code == 200  # the refused attempt did not use the code up


def test_tokens_are_stored_only_as_digests(client, store):
    laptop = Laptop(client, store)
    with store._read() as tx:
        held = repr(tx.all("SELECT * FROM devices")) + repr(tx.all("SELECT * FROM enrolment_codes"))
    assert laptop.token not in held
    assert store.device(laptop.token) is not None  # what is held does identify it


def test_device_codes_are_unique(client, store):
    codes = {Laptop(client, store).device_code for _ in range(30)}
    assert len(codes) == 30


# -- push and pull --------------------------------------------------------------------


def test_push_then_pull_round_trip(client, store):
    a, b = Laptop(client, store), Laptop(client, store)
    grower = {"name": "张三", "phone": "13800000000", "area_m2": 667, "note": None}
    answer = a.pushed(a.change("growers", "g1", changes=grower))
    assert answer == {"high_seq": 1, "conflicts": 0}
    page = b.pull()
    assert page["more"] is False and page["next"] == page["changes"][-1]["cursor"]
    (pulled,) = page["changes"]
    assert pulled["table"] == "growers" and pulled["row_id"] == "g1"
    assert pulled["op"] == "insert" and pulled["device_id"] == a.device_id
    assert pulled["fields"] == {**grower, "coop_id": a.coop_id}
    assert b.pull(after=page["next"]) == {"changes": [], "next": page["next"], "more": False}
    status = client.get("/v1/status", headers=a.headers).json()
    assert status["high_seq"] == 1 and status["server_cursor"] == page["next"]
    assert status["device_code"] == a.device_code


def test_repeated_batch_is_harmless(client, store):
    a = Laptop(client, store)
    batch = [a.change("growers", f"g{i}", changes={"name": f"n{i}"}) for i in range(3)]
    assert a.pushed(*batch)["high_seq"] == 3
    log = store.counts()["change_log"]
    assert a.pushed(*batch) == {"high_seq": 3, "conflicts": 0}
    assert store.counts()["change_log"] == log


def test_gap_is_refused_with_high_seq(client, store):
    a = Laptop(client, store)
    a.pushed(a.change("growers", "g1", changes={"name": "x"}))
    a.seq = 5
    answer = a.push(a.change("growers", "g2", changes={"name": "y"}))
    assert answer.status_code == 409
    assert answer.json()["high_seq"] == 1 and "send from 2" in answer.json()["detail"]
    assert store.counts()["records"] == 1


def test_partial_overlap_applies_only_the_new_part(client, store):
    a = Laptop(client, store)
    first = [a.change("growers", f"g{i}", changes={"name": f"n{i}"}) for i in range(3)]
    a.pushed(*first[:2])
    log = store.counts()["change_log"]
    assert a.pushed(*first)["high_seq"] == 3
    assert store.counts()["change_log"] == log + 1
    assert [c["row_id"] for c in a.pull_all()] == ["g0", "g1", "g2"]


def test_batch_for_another_device_is_refused(client, store):
    a, b = Laptop(client, store), Laptop(client, store)
    answer = a.push(a.change("growers", "g1", changes={"name": "x"}), device_id=b.device_id)
    assert answer.status_code == 403
    assert store.counts()["change_log"] == 0


# -- merge and conflicts ----------------------------------------------------------------


def _seeded(client, store) -> tuple[Laptop, Laptop]:
    a, b = Laptop(client, store), Laptop(client, store)
    a.pushed(a.change("growers", "g1", changes={"name": "张三", "phone": "1", "updated_at": "t0"}))
    return a, b


def test_different_fields_both_survive(client, store):
    a, b = _seeded(client, store)
    a.pushed(
        a.change(
            "growers", "g1", "update", {"name": "张三丰", "updated_at": "ta"}, {"name": "张三"}
        )
    )
    phone = b.change("growers", "g1", "update", {"phone": "2", "updated_at": "tb"}, {"phone": "1"})
    answer = b.pushed({**phone, "hlc": stamp(T0 + 50, b.device_id)})  # b edited last
    assert answer["conflicts"] == 0  # updated_at is bookkeeping: it never conflicts
    row = rows_of(a.pull_all())["growers", "g1"]
    assert row["name"] == "张三丰" and row["phone"] == "2" and row["updated_at"] == "tb"
    assert client.get("/v1/conflicts", headers=a.headers).json() == []


@pytest.mark.parametrize("pusher_wins", [True, False])
def test_same_field_makes_one_conflict_both_devices_pull(client, store, pusher_wins):
    a, b = _seeded(client, store)
    a_ms, b_ms = (T0 + 100, T0 + 200) if pusher_wins else (T0 + 200, T0 + 100)
    a.pushed(a.change("growers", "g1", "update", {"name": "甲"}, {"name": "张三"}, ms=a_ms))
    a_cursor = a.pull()["next"]
    b_cursor = b.pull()["next"]
    answer = b.pushed(
        b.change("growers", "g1", "update", {"name": "乙"}, {"name": "张三"}, ms=b_ms)
    )
    assert answer["conflicts"] == 1
    kept, other = ("乙", "甲") if pusher_wins else ("甲", "乙")
    winner, loser = (b, a) if pusher_wins else (a, b)
    for laptop, after in ((a, a_cursor), (b, b_cursor)):
        pulled = laptop.pull_all(after)
        conflicts = [c for c in pulled if c["table"] == "conflicts"]
        assert len(conflicts) == 1
        fields = conflicts[0]["fields"]
        assert json.loads(fields["kept"]) == kept and json.loads(fields["other"]) == other
        assert fields["kept_device"] == winner.device_id
        assert fields["other_device"] == loser.device_id
        assert fields["field"] == "name" and fields["row_id"] == "g1"
        assert fields["resolved"] == 0 and conflicts[0]["device_id"] == "server"
        assert fields["hlc"] == max(fields["kept_hlc"], fields["other_hlc"])
        # Whoever lost still has its own value locally: the pull must correct it.
        assert rows_of(pulled)["growers", "g1"]["name"] == kept
    open_conflicts = client.get("/v1/conflicts", headers=a.headers).json()
    assert len(open_conflicts) == 1 and open_conflicts[0]["table_name"] == "growers"


def test_resolving_a_conflict(client, store):
    a, b = _seeded(client, store)
    a.pushed(a.change("growers", "g1", "update", {"name": "甲"}, {"name": "张三"}))
    b.pushed(b.change("growers", "g1", "update", {"name": "乙"}, {"name": "张三"}))
    (conflict,) = client.get("/v1/conflicts", headers=a.headers).json()
    a.pushed(a.change("conflicts", conflict["id"], "update", {"resolved": 1}, {"resolved": 0}))
    assert client.get("/v1/conflicts", headers=b.headers).json() == []
    assert rows_of(b.pull_all())["conflicts", conflict["id"]]["resolved"] == 1


def test_insert_of_a_known_row_merges(client, store):
    a, b = Laptop(client, store), Laptop(client, store)
    a.pushed(a.change("pests", "rice-blast", changes={"hidden": 1, "note": "x"}))
    answer = b.pushed(b.change("pests", "rice-blast", changes={"hidden": 1, "note": "y"}))
    assert answer["conflicts"] == 1
    log = store.counts()["change_log"]
    c = Laptop(client, store)
    assert c.pushed(c.change("pests", "rice-blast", changes={"hidden": 1}))["conflicts"] == 0
    assert store.counts()["change_log"] == log  # nothing changed: nothing logged


def test_update_of_a_row_the_server_lacks_creates_it(client, store):
    a, b = Laptop(client, store), Laptop(client, store)
    a.pushed(a.change("pests", "rice-blast", "update", {"note": "x"}, {"note": "y"}))
    (pulled,) = b.pull()["changes"]
    assert pulled["op"] == "insert" and pulled["fields"] == {"note": "x"}


def test_delete_is_a_tombstone(client, store):
    a, b = _seeded(client, store)
    a.pushed(a.change("growers", "g1", "delete", {"deleted": 1}, {"deleted": 0}))
    last = b.pull_all()[-1]
    assert last["op"] == "update" and last["fields"] == {"deleted": 1}
    assert rows_of(b.pull_all())["growers", "g1"]["name"] == "张三"  # the row stays


def test_the_rows_hlc_and_device_name_its_newest_change(client, store):
    """A laptop's update carries its HLC and device only in the envelope: the server's
    copy of the row takes them from there, from the newest change only, the two
    together (an older change from a slow clock moves neither)."""
    a, b = Laptop(client, store), Laptop(client, store)
    first = stamp(T0 + 1, a.device_id)
    a.pushed(
        a.change(
            "growers",
            "g1",
            changes={"name": "张三", "phone": "1", "hlc": first, "device_id": a.device_id},
            ms=T0 + 1,
        )
    )
    a.pushed(a.change("growers", "g1", "update", {"phone": "2"}, {"phone": "1"}, ms=T0 + 100))
    b.pushed(b.change("growers", "g1", "update", {"name": "张三丰"}, {"name": "张三"}, ms=T0 + 50))
    row = server_rows(store)["growers"]["g1"]
    assert (row["name"], row["phone"]) == ("张三丰", "2")
    assert (row["hlc"], row["device_id"]) == (stamp(T0 + 100, a.device_id), a.device_id)
    last = a.pull_all()[-1]  # what b's edit logged: its own fields; HLC and device beside
    assert last["fields"] == {"name": "张三丰"}
    assert (last["hlc"], last["device_id"]) == (stamp(T0 + 50, b.device_id), b.device_id)


def test_quiet_fields_follow_the_later_hlc():
    current = {"updated_at": "late", "name": "a"}
    hlcs = {"updated_at": stamp(T0 + 9, "x"), "name": stamp(T0, "x")}
    older = merge(current, hlcs, {"updated_at": "early"}, {}, stamp(T0 + 1, "y"))
    assert older.values == {} and older.conflicts == []
    newer = merge(current, hlcs, {"updated_at": "later"}, {}, stamp(T0 + 10, "y"))
    assert newer.values == {"updated_at": "later"} and newer.conflicts == []


# -- coops and roles ------------------------------------------------------------------


def test_coops_are_isolated(client, store):
    a = Laptop(client, store, coop="甲社")
    other = Laptop(client, store, coop="乙社")
    a.pushed(a.change("growers", "g1", changes={"name": "张三"}))
    assert other.pull() == {"changes": [], "next": 0, "more": False}
    before = store.counts()
    update = other.change("growers", "g1", "update", {"name": "x"}, {"name": "张三"})
    assert other.push(update).status_code == 403
    other.seq = 0
    foreign = other.change("growers", "g2", changes={"name": "y", "coop_id": a.coop_id})
    answer = other.push(foreign)
    assert answer.status_code == 403 and "another cooperative" in answer.json()["detail"]
    assert store.counts() == before
    assert client.get("/v1/status", headers=other.headers).json()["high_seq"] == 0


def test_each_coop_has_its_own_row_under_a_shipped_id(client, store):
    """The first-run crops have the same ids on every laptop of every cooperative."""
    rice = shipped_id("crop", "水稻")
    a = Laptop(client, store, coop="甲社")
    other = Laptop(client, store, coop="乙社")
    a.pushed(a.change("crops", rice, changes={"name": "水稻"}))
    other.pushed(other.change("crops", rice, changes={"name": "水稻"}))
    other.pushed(other.change("crops", rice, "update", {"name": "稻谷"}, {"name": "水稻"}))
    assert store.row(a.coop_id, "crops", rice)["name"] == "水稻"
    assert store.row(other.coop_id, "crops", rice)["name"] == "稻谷"
    assert [c["fields"].get("name") for c in a.pull_all()] == ["水稻"]


def test_one_bad_change_refuses_the_whole_batch(client, store):
    a = Laptop(client, store, coop="甲社")
    other = Laptop(client, store, coop="乙社")
    a.pushed(a.change("growers", "g1", changes={"name": "张三"}))
    before = store.counts()
    good = other.change("growers", "g9", changes={"name": "ok"})
    bad = other.change("growers", "g1", "update", {"name": "x"}, {"name": "张三"})
    assert other.push(good, bad).status_code == 403
    assert store.counts() == before


@pytest.mark.parametrize(("role", "table"), [("clerk", "visits"), ("technician", "receipt_voids")])
def test_roles_limit_tables(client, store, role, table):
    laptop = Laptop(client, store, role=role)
    grower = laptop.change("growers", "g1", changes={"name": "ok"})
    answer = laptop.push(grower, laptop.change(table, "r1", changes={"x": 1}))
    assert answer.status_code == 403 and table in answer.json()["detail"]
    assert store.counts()["records"] == 0


def test_ledger_flags_are_for_coordinators(client, store):
    clerk = Laptop(client, store, role="clerk")
    answer = client.get("/v1/ledger-flags", headers=clerk.headers)
    assert answer.status_code == 403 and "coordinator" in answer.json()["detail"]
    boss = Laptop(client, store, role="coordinator")
    assert client.get("/v1/ledger-flags", headers=boss.headers).json() == []


# -- the ledger -----------------------------------------------------------------------


def receipt(number: str, sequence: int = 1, prev_hash: str = "", **extra: object) -> dict:
    return {
        "number": number,
        "sequence": sequence,
        "prev_hash": prev_hash,
        "hash": f"h{sequence}",
        "total_fen": 12_345,
        **extra,
    }


def _flags(client, store) -> list[dict]:
    boss = Laptop(client, store, role="coordinator")
    return client.get("/v1/ledger-flags", headers=boss.headers).json()


def test_same_receipt_twice_is_one_row(client, store):
    clerk = Laptop(client, store, role="clerk")
    values = receipt("GY-AB-000001")
    clerk.pushed(clerk.change("receipts", "r1", changes=values))
    clerk.pushed(clerk.change("receipts", "r1", changes=values))
    assert store.counts()["records"] == 1 and store.counts()["change_log"] == 1
    assert _flags(client, store) == []


def test_same_receipt_id_with_other_values_is_flagged(client, store):
    clerk = Laptop(client, store, role="clerk")
    clerk.pushed(clerk.change("receipts", "r1", changes=receipt("GY-AB-000001")))
    changed = receipt("GY-AB-000001", total_fen=1)
    assert clerk.pushed(clerk.change("receipts", "r1", changes=changed))["high_seq"] == 2
    (flag,) = _flags(client, store)
    assert flag["row_id"] == "r1" and "total_fen" in flag["reason"]
    assert flag["change"]["changes"]["total_fen"] == 1 and flag["device_id"] == clerk.device_id
    assert rows_of(clerk.pull_all())["receipts", "r1"]["total_fen"] == 12_345


def test_update_of_a_receipt_is_flagged(client, store):
    clerk = Laptop(client, store, role="clerk")
    clerk.pushed(clerk.change("receipts", "r1", changes=receipt("GY-AB-000001")))
    clerk.pushed(clerk.change("receipts", "r1", "update", {"total_fen": 1}, {"total_fen": 12_345}))
    clerk.pushed(clerk.change("receipts", "r1", "delete", {"deleted": 1}, {"deleted": 0}))
    flags = _flags(client, store)
    assert len(flags) == 2 and all("cannot be changed" in f["reason"] for f in flags)
    assert len(clerk.pull_all()) == 1


def test_receipt_number_used_twice_is_flagged(client, store):
    clerk = Laptop(client, store, role="clerk")
    clerk.pushed(clerk.change("receipts", "r1", changes=receipt("GY-AB-000001")))
    clerk.pushed(clerk.change("receipts", "r2", changes=receipt("GY-AB-000001", 2, "h1")))
    (flag,) = _flags(client, store)
    assert flag["row_id"] == "r2" and "already used" in flag["reason"]
    assert ("receipts", "r2") not in rows_of(clerk.pull_all())


def test_receipt_chain_break_is_flagged_but_kept(client, store):
    clerk = Laptop(client, store, role="clerk")
    clerk.pushed(clerk.change("receipts", "r1", changes=receipt("GY-AB-000001")))
    clerk.pushed(clerk.change("receipts", "r2", changes=receipt("GY-AB-000002", 2, "h1")))
    assert _flags(client, store) == []
    clerk.pushed(clerk.change("receipts", "r3", changes=receipt("GY-AB-000003", 3, "hX")))
    (flag,) = _flags(client, store)
    assert flag["row_id"] == "r3" and "prev_hash" in flag["reason"]
    assert ("receipts", "r3") in rows_of(clerk.pull_all())


# -- pull paging ----------------------------------------------------------------------


def test_pull_pages_never_split_a_push(client, store):
    a, b = Laptop(client, store), Laptop(client, store)
    sizes = [3, 5, 1, 4]
    for push, size in enumerate(sizes):
        a.pushed(*[a.change("growers", f"p{push}-{i}", changes={"n": i}) for i in range(size)])
    ends = {f"p{push}-{size - 1}" for push, size in enumerate(sizes)}
    for limit in (1, 2, 3, 4, 8, 13, 100):
        after, seen, pages = 0, [], 0
        while True:
            page = b.pull(after, limit)
            pages += 1
            assert page["changes"][-1]["row_id"] in ends  # ends where a push ends
            seen += page["changes"]
            after = page["next"]
            if not page["more"]:
                break
        cursors = [c["cursor"] for c in seen]
        assert cursors == sorted(set(cursors)) and len(seen) == sum(sizes)
        assert b.pull(after, limit)["changes"] == []
        if limit >= 13:
            assert pages == 1


def test_pull_limits_are_checked(client, store):
    a = Laptop(client, store)
    for query in ("limit=0", "limit=5001", "after=-1", "after=x", f"after={2**70}"):
        answer = client.get(f"/v1/pull?{query}", headers=a.headers)
        assert answer.status_code == 400, query
        assert isinstance(answer.json()["detail"], str)


def test_pull_gzip(client, store):
    a = Laptop(client, store)
    a.pushed(*[a.change("growers", f"g{i}", changes={"name": "张三" * 20}) for i in range(50)])
    answer = client.get("/v1/pull", headers={**a.headers, "Accept-Encoding": "gzip"})
    assert answer.headers["content-encoding"] == "gzip" and len(answer.json()["changes"]) == 50


# -- concurrency and the API's description --------------------------------------------


def test_concurrent_pushes_keep_the_log_in_push_order(client, store):
    laptops = [Laptop(client, store) for _ in range(4)]
    errors: list[BaseException] = []

    def work(laptop: Laptop) -> None:
        try:
            for batch in range(10):
                changes = [
                    laptop.change("growers", f"{laptop.device_id}-{batch}-{i}") for i in range(5)
                ]
                laptop.pushed(*changes)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(laptop,)) for laptop in laptops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    pulled = laptops[0].pull_all()
    assert len(pulled) == 4 * 10 * 5
    # The entries of one push are contiguous: no other push interleaves.
    batches = [c["row_id"].rsplit("-", 1)[0] for c in pulled]
    runs = [b for i, b in enumerate(batches) if i == 0 or batches[i - 1] != b]
    assert len(runs) == len(set(runs)) == 40


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/v1/health", "/v1/enrol", "/v1/push", "/v1/pull", "/v1/status"):
        assert path in paths
    assert "/v1/conflicts" in paths and "/v1/ledger-flags" in paths
    assert "requestBody" in paths["/v1/push"]["post"]
