"""Two real laptop databases and a real server on loopback: work done offline on each
reaches the other, edits of different fields both survive, the same field becomes a
conflict a person settles, and cuts at the worst moments lose and duplicate nothing."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from fieldapp.domain.growers import GrowerData
from fieldapp.server.store import ServerStore
from fieldapp.services.places import PlacesService
from fieldapp.services.registry import RegistryService
from fieldapp.services.setup import open_database
from fieldapp.services.sync import SyncError, SyncService
from fieldapp.storage import sync_state
from fieldapp.sync.client import Failure, SyncClient
from fieldapp.sync.engine import pull_all, push_all
from tests.loopback import serving

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国秀英明华丽强军平芳勇杰娟涛磊敏静超宇"


def name_of(n: int) -> str:
    """A different Chinese name for each n under 400 (names take no digits)."""
    return SURNAMES[n % 20] + GIVEN[n // 20 % 20]


class Laptop:
    def __init__(self, folder: Path) -> None:
        self.db = open_database(folder / "fieldapp.db")
        self.registry = RegistryService(self.db)
        self.sync = SyncService(self.db)

    def names(self) -> list[str]:
        rows = self.db.query("SELECT name FROM growers WHERE deleted = 0 ORDER BY name")
        return [r["name"] for r in rows]

    def rows(self, table: str) -> list[dict]:
        skip = ("coop_id",)
        return [
            {k: v for k, v in r.items() if k not in skip}
            for r in self.db.query(f"SELECT * FROM {table} ORDER BY id")
        ]


@pytest.fixture
def store(tmp_path: Path):
    server = ServerStore(tmp_path / "server.db")
    yield server
    server.close()


@pytest.fixture
def url(store):
    with serving(store) as base:
        yield base


def enrolled(tmp_path: Path, store: ServerStore, url: str, name: str) -> Laptop:
    laptop = Laptop(tmp_path / name)
    code, _ = store.new_code("绿源合作社", "coordinator")
    laptop.sync.enrol(url, code, name)
    return laptop


@pytest.fixture
def two(tmp_path, store, url) -> tuple[Laptop, Laptop]:
    a, b = enrolled(tmp_path, store, url, "a"), enrolled(tmp_path, store, url, "b")
    yield a, b
    a.db.close()
    b.db.close()


def converge(*laptops: Laptop) -> None:
    for _ in range(2):
        for laptop in laptops:
            laptop.sync.sync_now()


def test_work_done_offline_on_each_laptop_reaches_the_other(two):
    a, b = two
    a.registry.save(GrowerData(name="王建国"))
    b.registry.save(GrowerData(name="李秀英"))
    converge(a, b)
    assert a.names() == b.names() == ["李秀英", "王建国"]
    assert a.rows("growers") == b.rows("growers")
    assert a.sync.status().pending == b.sync.status().pending == 0
    assert a.registry.count() == 2  # the pulled grower is in the search index too
    converge(a, b)  # again: nothing duplicated
    assert a.names() == ["李秀英", "王建国"]


def test_edits_of_different_fields_both_survive(two):
    a, b = two
    grower = a.registry.save(GrowerData(name="王建国"))
    converge(a, b)
    on_a, on_b = a.registry.get(grower).data, b.registry.get(grower).data
    a.registry.save(GrowerData(**{**vars(on_a), "phone": "13812345678"}), grower)
    b.registry.save(GrowerData(**{**vars(on_b), "address": "东街 3 号"}), grower)
    converge(a, b)
    for laptop in (a, b):
        data = laptop.registry.get(grower).data
        assert (data.phone, data.address) == ("13812345678", "东街 3 号")
    assert a.sync.conflicts() == b.sync.conflicts() == []


def test_the_same_field_on_both_is_a_conflict_a_person_settles(two):
    a, b = two
    grower = a.registry.save(GrowerData(name="王建国"))
    converge(a, b)
    on_a, on_b = a.registry.get(grower).data, b.registry.get(grower).data
    a.registry.save(GrowerData(**{**vars(on_a), "phone": "13812345678"}), grower)
    b.registry.save(GrowerData(**{**vars(on_b), "phone": "13987654321"}), grower)
    converge(a, b)
    phones = {laptop.registry.get(grower).data.phone for laptop in (a, b)}
    assert len(phones) == 1  # the same value everywhere while it waits for a person
    [conflict] = a.sync.conflicts()
    assert b.sync.conflicts() == [conflict]
    assert {conflict.kept, conflict.other} == {"13812345678", "13987654321"}
    a.sync.resolve(conflict.id, use_other=True)
    converge(a, b)
    for laptop in (a, b):
        assert laptop.registry.get(grower).data.phone == conflict.other
        assert laptop.sync.conflicts() == []


def test_a_lost_answer_to_a_push_duplicates_nothing(two, url):
    a, b = two
    for n in range(30):
        a.registry.save(GrowerData(name=name_of(n)))
    token = sync_state.enrolment(a.db).token

    def lose_answer(request: httpx.Request) -> httpx.Response:
        with httpx.Client() as real:
            real.send(request)  # the server applies the batch...
        raise httpx.ReadError("connection reset", request=request)  # ...the answer is lost

    cut = SyncClient(url, token, transport=httpx.MockTransport(lose_answer))
    with cut, pytest.raises(SyncError) as error:
        push_all(a.db, cut)
    assert error.value.failure == Failure.NO_NETWORK
    assert a.sync.status().pending > 0  # kept until the server confirms
    converge(a, b)
    assert b.names() == a.names() and len(b.names()) == 30
    assert a.sync.status().pending == 0


def test_a_laptop_killed_mid_pull_starts_the_page_again(two, url, monkeypatch):
    a, b = two
    for n in range(120):
        a.registry.save(GrowerData(name=name_of(n)))
        if n % 40 == 39:
            a.sync.sync_now()  # three pushes: three pull pages
    applied = sync_state.apply_pulled
    calls = {"n": 0}

    def crash_on_second_page(db, changes, next_cursor):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the process is killed while applying
        return applied(db, changes, next_cursor)

    monkeypatch.setattr(sync_state, "apply_pulled", crash_on_second_page)
    token = sync_state.enrolment(b.db).token
    with SyncClient(url, token) as client, pytest.raises(KeyboardInterrupt):
        pull_all(b.db, client, limit=40)
    monkeypatch.setattr(sync_state, "apply_pulled", applied)
    assert 0 < len(b.names()) < 120
    b.sync.sync_now()
    assert b.names() == a.names() and len(b.names()) == 120


def test_no_network_is_said_plainly_and_nothing_is_lost(tmp_path, store, url):
    laptop = enrolled(tmp_path, store, url, "c")
    laptop.registry.save(GrowerData(name="王建国"))
    sync_state.adopt_enrolment(
        laptop.db, "http://127.0.0.1:9", sync_state.enrolment(laptop.db).token, *_ids(laptop)
    )
    with pytest.raises(SyncError) as error:
        laptop.sync.sync_now()
    assert error.value.failure == Failure.NO_NETWORK
    status = laptop.sync.status()
    assert status.last_error == "no_network" and status.pending > 0
    laptop.db.close()


def test_a_revoked_laptop_is_cut_off_at_its_next_request(tmp_path, store, url):
    laptop = enrolled(tmp_path, store, url, "d")
    code = laptop.sync.status().device_code
    assert store.revoke(code)
    with pytest.raises(SyncError) as error:
        laptop.sync.sync_now()
    assert error.value.failure == Failure.UNAUTHORIZED
    laptop.db.close()


def _ids(laptop: Laptop) -> tuple[str, str, str]:
    from fieldapp.storage.device import identity

    me = identity(laptop.db)
    return me.coop_id, me.device_code, sync_state.enrolment(laptop.db).role


def test_the_same_township_typed_on_two_laptops_is_kept_twice_marked(two):
    a, b = two
    PlacesService(a.db).add_township("城关镇")
    PlacesService(b.db).add_township("城关镇")
    converge(a, b)
    names = sorted(t.name for t in PlacesService(a.db).townships())
    assert len(names) == 2 and names[0] == "城关镇" and names[1].startswith("城关镇 (")
    assert sorted(t.name for t in PlacesService(b.db).townships())[0] == "城关镇"


def test_the_same_person_registered_on_two_laptops_is_held_not_dropped(two):
    a, b = two
    a.registry.save(GrowerData(name="王建国", id_number="11010519491231002X"))
    b.registry.save(GrowerData(name="王建国", id_number="11010519491231002X"))
    converge(a, b)
    assert a.names() == b.names() == ["王建国"]  # each keeps its own
    assert sync_state.held_count(a.db) == sync_state.held_count(b.db) == 1
    assert a.sync.status().pending == b.sync.status().pending == 0
