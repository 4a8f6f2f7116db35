"""Sync under the faults a cooperative's laptops meet (issue 6): three laptops editing
the same growers offline and syncing in every order, clocks six hours fast and slow,
a link that drops after any number of bytes during a push or a pull, the server
stopped and started again between and during rounds (with a batch it applied but
whose answer never arrived), and the same batch sent twice. Real SQLite databases
and a real server on loopback throughout; after each, every laptop holds the same
rows, nothing is duplicated, nothing acknowledged is lost."""

from __future__ import annotations

import contextlib
import itertools
import json
import random
import socket
import threading
from collections import Counter
from pathlib import Path

import pytest

from fieldapp.domain import hlc
from fieldapp.domain.growers import PlotInput, Status
from fieldapp.server.store import ServerStore
from fieldapp.services.sync import SyncError
from fieldapp.storage import device, sync_state
from fieldapp.storage.device import identity
from fieldapp.sync.client import Failure, SyncClient
from fieldapp.sync.engine import pull_all, push_all
from tests.loopback import Loopback
from tests.sync_support import (
    HOUR_MS,
    Laptop,
    assert_converged,
    change_log_count,
    changes_made,
    clock,
    converge,
    enrolled,
    name_of,
    register,
)

# -- the pieces: a server that can be stopped and started again, a link that drops ------


class Central:
    """The central server as a process: its database and its port stay, the process
    (uvicorn and the ServerStore over the database) comes and goes."""

    def __init__(self, database: str, folder: Path) -> None:
        self.database = database
        self.folder = folder
        self.store: ServerStore | None = None
        self.loopback: Loopback | None = None
        self.port = 0
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.store = ServerStore(self.database, self.folder)
        self.loopback = Loopback(self.store, self.port)
        self.port = self.loopback.port

    def stop(self) -> None:
        self.loopback.stop()
        self.store.close()
        self.loopback = self.store = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        if self.loopback is not None:
            self.stop()


class CuttingProxy:
    """A TCP relay between the laptops and the server, a thread per direction. It passes
    bytes until told to cut after N more (counted one way or both ways); then it drops
    every connection and refuses new ones until healed, as a link that went down."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.02)  # so the accepting thread sees close()
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.relayed = 0  # bytes passed on, both ways, since the start
        self._lock = threading.Lock()
        self._budget: int | None = None
        self._counted: tuple[str, ...] = ()
        self._down = False
        self._open: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._closing = threading.Event()
        self._spawn(self._accept)

    def cut_after(self, n: int, direction: str = "both") -> None:
        """Drop the link once `n` more bytes went `direction` ("up" to the server,
        "down" to the laptop, or "both"); the bytes up to there are delivered."""
        with self._lock:
            self._budget, self._down = n, False
            self._counted = ("up", "down") if direction == "both" else (direction,)

    def heal(self) -> None:
        with self._lock:
            self._budget, self._down = None, False

    @property
    def was_cut(self) -> bool:
        return self._down

    def close(self) -> None:
        self._closing.set()
        self._drop(*self._open)
        for thread in self._threads:
            thread.join(timeout=5)
        self.listener.close()
        assert not any(t.is_alive() for t in self._threads)

    def _spawn(self, target, *args) -> None:
        thread = threading.Thread(target=target, args=args, name="proxy")
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            client.settimeout(None)
            try:
                if self._down:
                    raise ConnectionRefusedError
                upstream = socket.create_connection(self.upstream)
            except OSError:  # the link is down, or the server is: the laptop sees a drop
                client.close()
                continue
            with self._lock:
                self._open |= {client, upstream}
            self._spawn(self._pump, client, upstream, "up")
            self._spawn(self._pump, upstream, client, "down")

    def _pump(self, source: socket.socket, target: socket.socket, direction: str) -> None:
        try:
            while data := source.recv(65536):
                cut = False
                with self._lock:
                    if self._down:
                        break
                    if self._budget is not None and direction in self._counted:
                        if len(data) >= self._budget:
                            data, cut = data[: self._budget], True
                            self._budget, self._down = None, True
                        else:
                            self._budget -= len(data)
                    self.relayed += len(data)
                target.sendall(data)
                if cut:
                    self._drop(*self._open)
                    break
        except OSError:
            pass
        finally:
            self._drop(source, target)

    def _drop(self, *sockets: socket.socket) -> None:
        with self._lock:
            self._open.difference_update(sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the other direction's recv
            sock.close()


@pytest.fixture
def central(server_database: str, tmp_path: Path):
    server = Central(server_database, tmp_path)
    yield server
    server.close()


@pytest.fixture
def proxy(central: Central):
    relay = CuttingProxy(central.port)
    yield relay
    relay.close()


@pytest.fixture
def fleet(tmp_path: Path, central: Central):
    """fleet(url, name, clock_ms) enrols a laptop; every one is closed at the end."""
    opened: list[Laptop] = []

    def join(url: str, name: str, clock_ms: int = 0) -> Laptop:
        laptop = enrolled(tmp_path, central.store, url, name, clock_ms)
        opened.append(laptop)
        return laptop

    yield join
    for laptop in opened:
        laptop.close()


def token_of(laptop: Laptop) -> str:
    return sync_state.enrolment(laptop.db).token


def last_stamp(laptop: Laptop) -> str:
    """The HLC of the laptop's newest outbox row."""
    return str(laptop.db.scalar("SELECT hlc FROM outbox ORDER BY seq DESC LIMIT 1"))


def high_seq(store: ServerStore, laptop: Laptop) -> int:
    with store._read() as tx:
        return tx.high_seq(identity(laptop.db).device_id)


def logged_stamps(store: ServerStore, laptop: Laptop) -> Counter[str]:
    """How often each of the laptop's changes (by HLC) is in the server's change log."""
    return Counter(store.log_of(identity(laptop.db).device_id))


def values_seen(laptop: Laptop, grower_id: str, field: str) -> set[object]:
    """The field's value in the row and every value its conflicts keep for a person."""
    seen = {laptop.value(grower_id, field)}
    for r in laptop.db.query(
        "SELECT kept, other FROM conflicts WHERE row_id = ? AND field = ?", (grower_id, field)
    ):
        seen |= {json.loads(r["kept"]), json.loads(r["other"])}
    return seen


def open_on(laptop: Laptop, grower_id: str, field: str) -> list:
    return [c for c in laptop.sync.conflicts() if (c.row_id, c.field) == (grower_id, field)]


# -- three laptops, the same growers, every order -----------------------------------------


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_laptops_editing_the_same_growers_offline_converge_in_any_order(
    order, central, fleet
):
    laptops = [fleet(central.url, f"l{i}") for i in range(3)]
    first = laptops[0]
    g0, g1, g2 = (register(first, name_of(n)) for n in range(3))
    converge(*laptops)  # all three know the three growers, then go offline

    phones, phone_stamps = [], []
    for i, laptop in enumerate(laptops):
        phones.append(f"{13800000000 + i}")
        laptop.edit(g0, phone=phones[-1])  # one field, three values
        phone_stamps.append(last_stamp(laptop))
    addresses = ["东街 1 号", "西街 2 号"]
    laptops[0].edit(g1, address=addresses[0])  # one field, two values
    laptops[1].edit(g1, address=addresses[1])
    laptops[2].edit(g1, notes="田边有水渠")  # another field of the same grower
    laptops[0].registry.set_status(g2, Status.LEFT)
    laptops[1].edit(g2, phone="13900000000")
    plot = laptops[2].registry.save_plot(g2, PlotInput(name="河边田", area_mu="2"))
    for i, laptop in enumerate(laptops):
        register(laptop, name_of(20 + i))

    ordered = [laptops[i] for i in order]
    converge(*ordered)
    assert_converged(laptops, central.store)
    for laptop in laptops:
        assert laptop.db.scalar("SELECT count(*) FROM growers") == 6
        assert [p.id for p in laptop.registry.plots(g2)] == [plot]
        # Every value typed is in the row or in a conflict a person sees: none lost.
        assert set(phones) <= values_seen(laptop, g0, "phone")
        assert set(addresses) <= values_seen(laptop, g1, "address")
        # The row keeps the value with the latest HLC while it waits for a person.
        latest = max(zip(phone_stamps, phones, strict=True))[1]
        assert laptop.value(g0, "phone") == latest
        assert len(open_on(laptop, g0, "phone")) == 2  # three values: two conflicts
        assert len(open_on(laptop, g1, "address")) == 1
        assert laptop.value(g1, "notes") == "田边有水渠"  # different fields never conflict
        data = laptop.registry.get(g2).data
        assert (data.status, data.phone) == (Status.LEFT, "13900000000")
        assert [c.row_id for c in laptop.sync.conflicts()].count(g2) == 0

    # People settle them on two other laptops: the phone's two conflicts on one (the
    # first taking the other value, the second keeping the row's), the address's on
    # another (taking the other value).
    found: dict[str, list] = {}
    for conflict in ordered[0].sync.conflicts():
        found.setdefault(conflict.field, []).append(conflict)
    for settler, field in ((ordered[1], "phone"), (ordered[2], "address")):
        for k, conflict in enumerate(found[field]):
            settler.sync.resolve(conflict.id, use_other=k == 0)
    converge(*ordered)
    assert_converged(laptops, central.store)
    for laptop in laptops:
        assert laptop.sync.conflicts() == []
        assert laptop.value(g0, "phone") == found["phone"][0].other
        assert laptop.value(g1, "address") == found["address"][0].other


def test_two_people_settling_one_field_differently_at_once_is_a_new_conflict(central, fleet):
    a, b, c = (fleet(central.url, name) for name in "abc")
    grower = register(a, "王建国")
    converge(a, b, c)
    for n, laptop in enumerate((a, b, c)):
        laptop.edit(grower, phone=f"{13800000000 + n}")
    converge(a, b, c)
    first, second = a.sync.conflicts()  # three values of one field: two conflicts
    a.sync.resolve(first.id, use_other=True)  # a takes one value...
    b.sync.resolve(second.id, use_other=True)  # ...b, not knowing, another
    converge(a, b, c)
    assert_converged([a, b, c], central.store)
    [again] = c.sync.conflicts()  # neither choice silently lost: a person sees both
    assert {again.kept, again.other} == {first.other, second.other}
    c.sync.resolve(again.id, use_other=False)
    converge(a, b, c)
    assert_converged([a, b, c], central.store)
    assert c.sync.conflicts() == [] and a.value(grower, "phone") == again.kept


# -- clocks hours apart -------------------------------------------------------------------


@pytest.fixture
def fast_and_slow(central, fleet) -> tuple[Laptop, Laptop, str]:
    """A laptop whose clock is 6 hours fast, one 6 hours slow, and a grower both know."""
    fast = fleet(central.url, "fast", 6 * HOUR_MS)
    slow = fleet(central.url, "slow", -6 * HOUR_MS)
    with clock(fast):
        grower = register(fast, "王建国")
    converge(fast, slow)
    return fast, slow, grower


def test_a_slow_clock_wins_the_edit_it_makes_after_seeing_the_fast_one(fast_and_slow, central):
    fast, slow, grower = fast_and_slow
    with clock(fast):
        fast.edit(grower, phone="13800000001")
    fast_stamp = last_stamp(fast)
    converge(fast, slow)  # the slow laptop pulls the fast one's edit
    assert slow.value(grower, "phone") == "13800000001"

    with clock(slow):
        slow_wall = device.now_ms()
        slow.edit(grower, phone="13800000002")
    slow_stamp = last_stamp(slow)
    # Its own clock is 12 hours behind the fast one's stamp, but its HLC follows the
    # newest it has seen, so its edit sorts after the one it replaced.
    assert hlc.Timestamp.parse(fast_stamp).wall_ms > slow_wall + 11 * HOUR_MS
    assert slow_stamp > fast_stamp
    converge(slow, fast)
    assert_converged([fast, slow], central.store)
    for laptop in (fast, slow):
        assert laptop.value(grower, "phone") == "13800000002"
        assert laptop.sync.conflicts() == []  # it saw the value it replaced: no conflict
        row = laptop.db.query("SELECT hlc, device_id FROM growers WHERE id = ?", (grower,))[0]
        assert (row["hlc"], row["device_id"]) == (slow_stamp, identity(slow.db).device_id)


@pytest.mark.parametrize("first", ["fast", "slow"])
def test_concurrent_edits_on_clocks_hours_apart_are_a_conflict_not_a_loss(
    fast_and_slow, central, first
):
    fast, slow, grower = fast_and_slow
    # The slow laptop edits later in real time, but neither has seen the other's edit.
    with clock(fast):
        fast.edit(grower, phone="13800000001")
    with clock(slow):
        slow.edit(grower, phone="13800000002")
    assert last_stamp(fast) > last_stamp(slow)
    pair = (fast, slow) if first == "fast" else (slow, fast)
    converge(*pair)
    assert_converged([fast, slow], central.store)
    [conflict] = fast.sync.conflicts()
    assert slow.sync.conflicts() == [conflict]
    # The fast clock's value stays in the row for now; the slow one's is kept beside it.
    assert (conflict.kept, conflict.other) == ("13800000001", "13800000002")
    assert (conflict.kept_device, conflict.other_device) == (
        identity(fast.db).device_id,
        identity(slow.db).device_id,
    )
    assert fast.value(grower, "phone") == slow.value(grower, "phone") == "13800000001"

    # A person on the slow laptop takes its value: the fast clock wins only until then.
    with clock(slow):
        slow.sync.resolve(conflict.id, use_other=True)
    converge(slow, fast)
    assert_converged([fast, slow], central.store)
    for laptop in (fast, slow):
        assert laptop.value(grower, "phone") == "13800000002"
        assert laptop.sync.conflicts() == []


# -- a link that drops after N bytes ------------------------------------------------------


def small_round(laptop: Laptop, url: str) -> None:
    """A sync round in small pieces (two changes a push, pull pages from two), so a cut
    can fall between batches and between pages as well as inside them."""
    with SyncClient(url, token_of(laptop)) as client:
        push_all(laptop.db, client, batch=2)
        pull_all(laptop.db, client, limit=2)


class Work:
    """Changes of the kind a day brings: new growers and edits of the laptop's own."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, laptop: Laptop) -> None:
        for _ in range(2):
            self.n += 1
            grower = register(laptop, name_of(self.n % 400))
        laptop.edit(grower, phone=f"{13800000000 + self.n}")
        laptop.edit(grower, notes=f"第 {self.n} 次走访")


def test_a_link_cut_after_n_bytes_during_push_or_pull_loses_and_duplicates_nothing(
    central, proxy, fleet
):
    a, b = fleet(proxy.url, "a"), fleet(proxy.url, "b")
    work = Work()
    converge(a, b)
    # Each round below: the laptop's new work goes up, its own and the other's come down.
    # How many bytes such a round's push and its pull take, to cut anywhere in either:
    work(b)
    small_round(b, proxy.url)
    work(a)
    with SyncClient(proxy.url, token_of(a)) as client:
        start = proxy.relayed
        push_all(a.db, client, batch=2)
        pushed = proxy.relayed - start
        pull_all(a.db, client, limit=2)
        pulled = proxy.relayed - start - pushed
    small_round(b, proxy.url)
    rng = random.Random(6)
    cut_points = sorted(
        {1, pushed, pushed + 1}
        | {rng.randrange(1, pushed) for _ in range(5)}
        | {pushed + rng.randrange(1, pulled) for _ in range(5)}
    )

    where: Counter[str] = Counter()
    for n in cut_points:
        for laptop in (a, b):
            work(laptop)
            before = high_seq(central.store, laptop)
            proxy.cut_after(n)
            try:
                small_round(laptop, proxy.url)
                where["never cut"] += 1
            except SyncError as error:
                assert error.failure == Failure.NO_NETWORK
                assert proxy.was_cut
                if laptop.pending() == 0:
                    where["pull"] += 1
                elif high_seq(central.store, laptop) > before:
                    where["push, answer lost or between batches"] += 1
                else:
                    where["push, nothing applied"] += 1
            proxy.heal()
            small_round(laptop, proxy.url)  # the next round, with the link back
    assert where["pull"] >= 4 and where["push, nothing applied"] >= 4, where
    assert where["push, answer lost or between batches"] >= 4, where

    converge(a, b)
    assert_converged([a, b], central.store)
    # Nothing duplicated: each change the laptops made is in the log once (these edits
    # never conflict, so each makes exactly one entry), each grower is there once.
    assert change_log_count(central.store) == changes_made(a) + changes_made(b)
    for laptop in (a, b):
        assert set(logged_stamps(central.store, laptop).values()) == {1}
    assert a.db.scalar("SELECT count(*) FROM growers") == work.n


# -- the server stopped and started again -------------------------------------------------


def test_the_server_stopped_between_rounds_then_started_again(central, fleet):
    a, b = fleet(central.url, "a"), fleet(central.url, "b")
    work = Work()
    work(a)
    work(b)
    converge(a, b)
    work(a)
    work(b)
    central.stop()
    for laptop in (a, b):
        with pytest.raises(SyncError) as error:
            laptop.sync.sync_now()
        assert error.value.failure == Failure.NO_NETWORK
        assert laptop.pending() > 0  # kept until the server confirms
    central.start()  # the same database file, the same port
    converge(a, b)
    assert_converged([a, b], central.store)
    assert change_log_count(central.store) == changes_made(a) + changes_made(b)


def test_a_batch_applied_whose_answer_never_arrived_then_a_restart(central, proxy, fleet):
    a, b = fleet(proxy.url, "a"), fleet(proxy.url, "b")
    work = Work()
    converge(a, b)
    work(a)
    work(b)
    proxy.cut_after(0, "down")  # the request goes through; not a byte of the answer
    with pytest.raises(SyncError) as error:
        a.sync.sync_now()
    assert error.value.failure == Failure.NO_NETWORK
    last = a.db.scalar("SELECT max(seq) FROM outbox")
    assert high_seq(central.store, a) == last  # the server applied the whole batch...
    assert a.pending() > 0  # ...and the laptop, never told, still holds it
    central.restart()
    proxy.heal()
    converge(a, b)
    assert_converged([a, b], central.store)
    assert change_log_count(central.store) == changes_made(a) + changes_made(b)
    assert set(logged_stamps(central.store, a).values()) == {1}


def test_the_server_stopped_between_push_batches_then_started_again(central, fleet):
    a, b = fleet(central.url, "a"), fleet(central.url, "b")
    work = Work()
    converge(a, b)
    for _ in range(3):
        work(a)
    store, loopback = central.store, central.loopback
    push = store.push

    def stop_after_first(*args):
        answer = push(*args)
        loopback.begin_stop()  # this answer still goes out; the next batch finds no one
        return answer

    store.push = stop_after_first
    waiting = a.pending()
    with SyncClient(central.url, token_of(a)) as client, pytest.raises(SyncError) as error:
        push_all(a.db, client, batch=3)
    assert error.value.failure == Failure.NO_NETWORK
    assert a.pending() == waiting - 3  # the first batch was answered and dropped
    central.restart()
    converge(a, b)
    assert_converged([a, b], central.store)
    assert change_log_count(central.store) == changes_made(a) + changes_made(b)


def test_the_server_stopped_between_pull_pages_then_started_again(central, fleet):
    a, b = fleet(central.url, "a"), fleet(central.url, "b")
    work = Work()
    converge(a, b)
    for _ in range(3):
        work(a)
        a.sync.sync_now()  # three pushes: three pull pages
    store, loopback = central.store, central.loopback
    pull = store.pull

    def stop_after_first(*args):
        page = pull(*args)
        loopback.begin_stop()
        return page

    store.pull = stop_after_first
    cursor = sync_state.cursor(b.db)
    with SyncClient(central.url, token_of(b)) as client, pytest.raises(SyncError) as error:
        pull_all(b.db, client, limit=1)
    assert error.value.failure == Failure.NO_NETWORK
    moved = sync_state.cursor(b.db)
    assert moved > cursor  # the first page was applied with its cursor
    central.restart()
    converge(a, b)
    assert sync_state.cursor(b.db) > moved
    assert_converged([a, b], central.store)
    assert change_log_count(central.store) == changes_made(a) + changes_made(b)


# -- the same batch twice -----------------------------------------------------------------


def test_the_same_batch_pushed_twice_is_in_the_log_once(central, fleet):
    a, b = fleet(central.url, "a"), fleet(central.url, "b")
    converge(a, b)
    work = Work()
    work(a)
    me = identity(a.db).device_id
    batch = sync_state.outbox_batch(a.db, 0, 100)
    with SyncClient(central.url, token_of(a)) as client:
        logged = change_log_count(central.store)
        assert client.push(me, batch) == batch[-1].seq
        assert change_log_count(central.store) == logged + len(batch)
        assert client.push(me, batch) == batch[-1].seq  # sent again by hand: skipped
        assert change_log_count(central.store) == logged + len(batch)
        # Again with new changes behind it: only the new ones are applied.
        work(a)
        longer = sync_state.outbox_batch(a.db, 0, 100)
        assert len(longer) > len(batch)
        assert client.push(me, longer) == longer[-1].seq
        assert change_log_count(central.store) == logged + len(longer)
    converge(a, b)
    assert_converged([a, b], central.store)
    assert set(logged_stamps(central.store, a).values()) == {1}
    assert sum(logged_stamps(central.store, a).values()) == changes_made(a)


def test_a_link_back_within_the_retry_waits_finishes_the_round(central, proxy, fleet, monkeypatch):
    """The signal drops for a moment in the middle of a push: the client waits and
    sends the batch again, and the round ends well with each change applied once."""
    monkeypatch.setattr("fieldapp.sync.client.RETRY_WAITS", (0.3, 0.3))
    a = fleet(proxy.url, "a")
    work = Work()
    for _ in range(6):
        work(a)
    proxy.cut_after(300, direction="up")  # inside the first push's body
    healer = threading.Timer(0.1, proxy.heal)
    healer.start()
    try:
        small_round(a, proxy.url)  # no SyncError: the second try went through
    finally:
        healer.join()
    assert proxy.was_cut or a.pending() == 0
    assert a.pending() == 0
    assert set(logged_stamps(central.store, a).values()) == {1}


def test_a_busy_server_is_asked_again_after_its_retry_after(monkeypatch):
    import httpx

    from fieldapp.sync import client as client_module

    waited: list[float] = []
    monkeypatch.setattr(client_module, "RETRY_WAITS", (0.0, 0.0))
    monkeypatch.setattr(client_module.time, "sleep", waited.append)
    answers = iter([httpx.Response(503, headers={"Retry-After": "5"}, json={"detail": "busy"})])

    def server(request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(200, json={"changes": [], "next": 7, "more": False}))

    with SyncClient("http://server", "t" * 43, transport=httpx.MockTransport(server)) as c:
        assert c.pull(0, 100) == ([], 7, False)
    assert waited == [5.0]
