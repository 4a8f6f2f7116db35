"""Two real laptop databases and a real server on loopback: work done offline on each
reaches the other, edits of different fields both survive, the same field becomes a
conflict a person settles, and cuts at the worst moments lose and duplicate nothing."""

from __future__ import annotations

import httpx
import pytest

from fieldapp.domain.growers import GrowerData, PlotInput
from fieldapp.services.places import PlacesService
from fieldapp.services.sync import SyncError
from fieldapp.storage import sync_state
from fieldapp.storage.device import identity
from fieldapp.storage.grower_list import ListFilter
from fieldapp.sync.client import Failure, SyncClient
from fieldapp.sync.engine import pull_all, push_all
from tests.loopback import serving
from tests.sync_support import (
    Laptop,
    assert_converged,
    converge,
    enrolled,
    name_of,
    search_index,
)


@pytest.fixture
def url(store):
    with serving(store) as base:
        yield base


@pytest.fixture
def two(tmp_path, store, url) -> tuple[Laptop, Laptop]:
    a, b = enrolled(tmp_path, store, url, "a"), enrolled(tmp_path, store, url, "b")
    yield a, b
    a.db.close()
    b.db.close()


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


ID = "11010519491231002X"


def _same_person_on_both(two: tuple[Laptop, Laptop]) -> tuple[str, str]:
    """The same ID number registered on each laptop; then b gives its grower a plot and
    a new phone number: rows that belong to the grower a keeps aside."""
    a, b = two
    ours = a.registry.save(GrowerData(name="王建国", id_number=ID))
    theirs = b.registry.save(GrowerData(name="王建国", phone="13812345678", id_number=ID))
    converge(a, b)
    b.registry.save_plot(theirs, PlotInput(name="河边田", area_mu="2"))
    b.edit(theirs, phone="13900000000")
    converge(a, b)  # once failed every round after on a's foreign key check
    return ours, theirs


def test_the_rows_of_a_held_grower_wait_with_it_and_sync_goes_on(two):
    a, b = two
    _, theirs = _same_person_on_both(two)
    held = {h.table_name: h for h in a.sync.held()}
    assert set(held) == {"growers", "plots"}
    assert held["growers"].fields["phone"] == "13900000000"  # the later edit kept with it
    assert held["growers"].clash_name == "王建国" and held["growers"].row_id == theirs
    assert a.sync.status().pending == 0 and not a.sync.status().last_error
    a.registry.save(GrowerData(name="李秀英"))
    converge(a, b)
    assert "李秀英" in b.names()  # sync goes on around what is held


@pytest.mark.parametrize("keep_here", [True, False])
def test_the_same_person_settled_on_one_laptop_settles_everywhere(two, store, keep_here):
    a, b = two
    ours, theirs = _same_person_on_both(two)
    held = next(h for h in a.sync.held() if h.table_name == "growers")
    (a.sync.keep_ours if keep_here else a.sync.keep_theirs)(held.id)
    converge(a, b)
    assert_converged([a, b], store)
    kept, removed = (ours, theirs) if keep_here else (theirs, ours)
    alive = a.db.query("SELECT id FROM growers WHERE deleted = 0")
    assert [r["id"] for r in alive] == [kept]
    assert a.db.scalar("SELECT deleted FROM growers WHERE id = ?", (removed,)) == 1
    assert a.db.scalar("SELECT count(*) FROM plots") == 1  # with its grower, as it was
    assert a.names() == b.names() == ["王建国"]


def test_two_people_with_one_id_number_typed_wrong_are_settled_by_correcting_it(two, store):
    a, b = two
    ours, _ = _same_person_on_both(two)
    a.edit(ours, id_number="110105194912310038")  # the one typed wrong here
    assert a.sync.retry_held() == 0
    converge(a, b)
    assert_converged([a, b], store)
    assert len(a.names()) == len(b.names()) == 2


def test_pulled_plots_and_renamed_places_and_crops_reach_the_grower_list(two):
    a, b = two
    places = PlacesService(a.db)
    township = places.add_township("龙泉镇")
    village = places.add_village(township, "石桥村")
    crop = places.add_crop("花生")
    grower = a.registry.save(GrowerData(name="王建国", township_id=township, village_id=village))
    converge(a, b)
    b.registry.save_plot(grower, PlotInput(name="河边田", area_mu="2", crop_id=crop))
    PlacesService(b.db).rename("townships", township, "龙泉乡")
    PlacesService(b.db).rename("crops", crop, "红花生")
    converge(a, b)
    [row] = a.registry.rows(a.registry.find(ListFilter()))
    assert (row.plot_count, row.area_m2, row.crops) == (1, 1333, "红花生")
    assert search_index(a) == search_index(b)  # place keys and full text follow too


def test_a_pull_that_waits_for_a_local_edit_still_ends_with_the_same_row(two, store, url):
    a, b = two
    grower = a.registry.save(GrowerData(name="王建国"))
    converge(a, b)
    a.edit(grower, phone="13812345678")  # a's edit, not yet pushed...
    b.edit(grower, address="东街 3 号")  # ...b's later one, pushed first
    b.sync.sync_now()
    # An edit can land between a round's push and its pull: a pulls while its own
    # change waits, so the row keeps a's phone and a's updated_at for now.
    with SyncClient(url, sync_state.enrolment(a.db).token) as client:
        pull_all(a.db, client)
    assert a.value(grower, "address") == "东街 3 号" and a.pending() == 1
    converge(a, b)
    # a's updated_at lost to b's later one on the server; it comes back down all the
    # same, with the row's hlc and device of b's edit, so both rows agree in every column.
    assert_converged([a, b], store)
    row = a.db.query("SELECT updated_at, hlc, device_id FROM growers WHERE id = ?", (grower,))[0]
    assert row["device_id"] == identity(b.db).device_id
