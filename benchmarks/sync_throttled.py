"""sync.throttled.push_1k: pushing 1,000 grower changes over a slow, far link (a
township's 2G/EDGE phone tether): 50 kbit/s up, 250 kbit/s down, 500 ms round trip.

The link is a TCP relay on 127.0.0.1 in threads of this process, between the real
client and the real server (uvicorn on loopback, a fresh store): each direction is cut
into 1,460-byte segments that leave one after another at the direction's bit rate and
arrive 250 ms later (half the round trip). Every byte counts, headers included. The
relay buffers without limit, so TCP's own slow start and window are not modelled, nor
the connection's handshake (the connection is opened, through the relay, before timing).

value: seconds for fieldapp.sync.engine.push_all to send the 1,000 (batches of
PUSH_BATCH, gzip) and get the server's answers.
baseline: one request per record (push_all with batch=1, each ~900 B body sent plain,
under the client's GZIP_FROM) for the first NAIVE_RECORDS of the same generated growers
from a second laptop to a second fresh server over the same kind of link, scaled to
1,000 (extra key "baseline_measured_on"): a round trip per record dominates.

    python benchmarks/sync_throttled.py      # prints one JSON line
"""

from __future__ import annotations

import collections
import contextlib
import json
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _sync_common import Rows, client_for, laptop, serving  # noqa: E402

FIGURES = ["sync.throttled.push_1k"]

RECORDS = 1_000
NAIVE_RECORDS = 20
UP_BITS_PER_S = 50_000
DOWN_BITS_PER_S = 250_000
ROUND_TRIP_S = 0.5
SEGMENT = 1460


class _Direction:
    """One way of one connection: segments leave at the bit rate, arrive later."""

    def __init__(self, source: socket.socket, target: socket.socket, bits_per_s: int) -> None:
        self.source, self.target, self.rate = source, target, bits_per_s
        self.queue: collections.deque[tuple[float, bytes]] = collections.deque()
        self.ready = threading.Condition()
        self.closed = False
        self.link_free = 0.0
        self.threads = [
            threading.Thread(target=self._read, name="relay-read", daemon=True),
            threading.Thread(target=self._write, name="relay-write", daemon=True),
        ]
        for thread in self.threads:
            thread.start()

    def _read(self) -> None:
        try:
            while data := self.source.recv(65536):
                now = time.monotonic()
                with self.ready:
                    for start in range(0, len(data), SEGMENT):
                        segment = data[start : start + SEGMENT]
                        self.link_free = max(self.link_free, now) + len(segment) * 8 / self.rate
                        self.queue.append((self.link_free + ROUND_TRIP_S / 2, segment))
                    self.ready.notify()
        except OSError:
            pass
        with self.ready:
            self.closed = True
            self.ready.notify()

    def _write(self) -> None:
        try:
            while True:
                with self.ready:
                    while not self.queue and not self.closed:
                        self.ready.wait()
                    if not self.queue:
                        break
                    due, segment = self.queue.popleft()
                delay = due - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                self.target.sendall(segment)
        except OSError:
            pass
        with contextlib.suppress(OSError):
            self.target.shutdown(socket.SHUT_WR)


class SlowLink:
    """A relay from a free local port to `upstream` (host, port)."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen()
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.directions: list[_Direction] = []
        self.stopping = threading.Event()
        self.acceptor = threading.Thread(target=self._accept, name="relay-accept", daemon=True)
        self.acceptor.start()

    def _accept(self) -> None:
        self.listener.settimeout(0.1)  # so close() is noticed: closing does not wake accept()
        while not self.stopping.is_set():
            try:
                near, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            near.settimeout(None)
            far = socket.create_connection(self.upstream)
            for sock in (near, far):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.sockets += [near, far]
            self.directions += [
                _Direction(near, far, UP_BITS_PER_S),
                _Direction(far, near, DOWN_BITS_PER_S),
            ]

    def close(self) -> None:
        self.stopping.set()
        self.acceptor.join(timeout=5)
        self.listener.close()
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        for direction in self.directions:
            for thread in direction.threads:
                thread.join(timeout=5)


def _push_over(db, store_url: str, batch: int) -> float:
    """Seconds for push_all through a fresh slow link; the connection opened untimed."""
    from fieldapp.storage import sync_state
    from fieldapp.sync.client import SyncClient
    from fieldapp.sync.engine import push_all

    host, port = store_url.removeprefix("http://").split(":")
    link = SlowLink((host, int(port)))
    try:
        token = sync_state.enrolment(db).token
        with SyncClient(f"http://127.0.0.1:{link.port}", token) as client:
            client.http.get("/v1/health")
            started = time.perf_counter()
            push_all(db, client, batch=batch)
            return time.perf_counter() - started
    finally:
        link.close()


def run() -> list[dict]:
    from fieldapp.server.store import ServerStore
    from fieldapp.storage import sync_state, synced
    from fieldapp.sync.engine import PUSH_BATCH, push_all

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stores = [ServerStore(folder / "server_main.db"), ServerStore(folder / "server_naive.db")]
        try:
            with serving(stores[0]) as main_url, serving(stores[1]) as naive_url:
                timings = []
                for name, store, url, count, batch in (
                    ("batched", stores[0], main_url, RECORDS, None),
                    ("naive", stores[1], naive_url, NAIVE_RECORDS, 1),
                ):
                    db = laptop(folder / name, store, url)
                    rows = Rows(db).growers(db, count)
                    with client_for(db) as client:
                        push_all(db, client)  # the townships and villages, on loopback
                    synced.insert_many(db, "growers", rows)
                    assert sync_state.pending_count(db) == count
                    timings.append(_push_over(db, url, batch or PUSH_BATCH))
                    assert sync_state.pending_count(db) == 0
                    db.close()
        finally:
            for store in stores:
                store.close()

    value, naive = timings
    scale = RECORDS / NAIVE_RECORDS
    return [
        {
            "name": "sync.throttled.push_1k",
            "value": round(value, 2),
            "unit": "s",
            "baseline": round(naive * scale, 1),
            "ratio": round(value / (naive * scale), 4),
            "records": RECORDS,
            "link": f"{UP_BITS_PER_S // 1000} kbit/s up, {DOWN_BITS_PER_S // 1000} kbit/s down, "
            f"{int(ROUND_TRIP_S * 1000)} ms round trip",
            "baseline_measured_on": f"{NAIVE_RECORDS} records, scaled x{scale:g}",
            "baseline_measured_s": round(naive, 2),
        }
    ]


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
