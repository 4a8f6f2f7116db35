"""Shared by the sync benchmarks (not a benchmark: run.py skips files starting with `_`).

- `serving(store)`: the real FastAPI app under uvicorn on a free 127.0.0.1 port in a
  thread, stopped and joined on the way out (as tests/loopback.py does);
- `Wire`: an httpx transport that counts the body bytes as they cross the socket (the
  client's gzip going up, the server's gzip coming down) and the same bodies as plain
  JSON, for `SyncClient(..., transport=Wire())`;
- `laptop()`: a real laptop database (services.setup.open_database) enrolled with a
  server through the real client;
- realistic rows: townships, villages and growers from the demo-data generator, and
  field visits, written with `synced.insert_many` (rows and outbox rows, executemany).
"""

from __future__ import annotations

import datetime as dt
import random
import socket
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fieldapp.server.store import ServerStore  # noqa: E402
from fieldapp.storage.database import Database  # noqa: E402

COOP = "龙泉果蔬种植专业合作社"


# -- the server -------------------------------------------------------------------------


@contextmanager
def serving(store: ServerStore) -> Iterator[str]:
    """The server's base URL while the block runs; the thread is joined afterwards."""
    import uvicorn

    from fieldapp.server.app import create_app

    # proto=IPPROTO_TCP, not the default 0: asyncio sets TCP_NODELAY on accepted
    # connections only when the listening socket says TCP, and without it every answer
    # (headers and body written separately) waits ~40 ms for the client's delayed ACK.
    # `fieldapp-server serve` (uvicorn.run with host and port) gets NODELAY already.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))  # a free port, held until uvicorn takes the socket
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(store), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="uvicorn")
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
    if thread.is_alive():
        raise RuntimeError("uvicorn did not stop")


# -- counting the bytes on the wire -----------------------------------------------------


@dataclass
class Counts:
    requests: int = 0
    up: int = 0  # request bodies as sent (gzip when the client compressed them)
    down: int = 0  # response bodies as received (gzip when the server compressed them)
    up_plain: int = 0  # the same bodies uncompressed
    down_plain: int = 0
    headers: int = 0  # request and status lines and headers, both ways (HTTP/1.1 text)

    def reset(self) -> None:
        self.requests = self.up = self.down = self.up_plain = self.down_plain = 0
        self.headers = 0


class _CountedStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, counts: Counts, gzipped: bool) -> None:
        self._stream = stream
        self._counts = counts
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._counts.down += len(chunk)
            if self._inflater is None:
                self._counts.down_plain += len(chunk)
            else:
                self._counts.down_plain += len(self._inflater.decompress(chunk))
            yield chunk

    def close(self) -> None:
        self._stream.close()


def _head_bytes(first: str | bytes, second: bytes, headers: httpx.Headers) -> int:
    """The size of a request or status line and its headers as HTTP/1.1 sends them."""
    line = len(first) + 1 + len(second) + len(" HTTP/1.1\r\n")
    return line + sum(len(k) + 2 + len(v) + 2 for k, v in headers.raw) + 2


class Wire(httpx.HTTPTransport):
    """httpx's own transport, counting body bytes both ways in `self.counts`."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.counts = Counts()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        self.counts.requests += 1
        self.counts.up += len(body)
        if request.headers.get("content-encoding", "") == "gzip":
            self.counts.up_plain += len(zlib.decompress(body, 16 + zlib.MAX_WBITS))
        else:
            self.counts.up_plain += len(body)
        response = super().handle_request(request)
        self.counts.headers += _head_bytes(request.method, request.url.raw_path, request.headers)
        self.counts.headers += _head_bytes(b"HTTP/1.1", b"200 OK", response.headers)
        gzipped = response.headers.get("content-encoding", "") == "gzip"
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _CountedStream(response.stream, self.counts, gzipped)
        return response


# -- laptops ----------------------------------------------------------------------------


def laptop(folder: Path, store: ServerStore, url: str, role: str = "coordinator") -> Database:
    """A new laptop database enrolled with the server (as the Sync page does it), its
    first-run rows (the default crops) already pushed, so its outbox starts empty."""
    from fieldapp.services.setup import open_database
    from fieldapp.services.sync import SyncService
    from fieldapp.storage import sync_state
    from fieldapp.sync.client import SyncClient
    from fieldapp.sync.engine import push_all

    db = open_database(folder / "fieldapp.db")
    code, _ = store.new_code(COOP, role)
    SyncService(db).enrol(url, code, folder.name)
    with SyncClient(url, sync_state.enrolment(db).token) as client:
        push_all(db, client)
    return db


def client_for(db: Database, transport: httpx.BaseTransport | None = None):
    from fieldapp.storage import sync_state
    from fieldapp.sync.client import SyncClient

    enrolment = sync_state.enrolment(db)
    assert enrolment is not None
    return SyncClient(enrolment.server_url, enrolment.token, transport=transport)


# -- realistic rows ---------------------------------------------------------------------


class Rows:
    """Townships, villages and growers as the demo-data generator makes them (names,
    ID numbers, phones, accounts, addresses; a fixed seed), and field visits."""

    def __init__(self, db: Database, seed: int = 7) -> None:
        from fieldapp.services import demo_data
        from fieldapp.storage import places

        crops = {p.name: p.id for p in places.crops(db)}
        # The generator is demo_data's own (private) one: the same growers the demo
        # database and the scale benchmarks use.
        self.gen = demo_data._Generator(seed, crops)
        self.gen.plots = lambda place: ()  # type: ignore[method-assign]  # growers only
        with db.transaction():
            self.places = demo_data._add_places(db, self.gen)
        self.rnd = random.Random(seed + 1)
        self.card = 0

    def growers(self, db: Database, count: int) -> list[dict]:
        from fieldapp.storage import device

        code = device.identity(db).device_code
        rows = []
        for _ in range(count):
            data = self.gen.grower(self.rnd.choice(self.places)).data
            self.card += 1
            row = {"card_no": f"{code}-{self.card:06d}", **vars(data)}
            for key in ("township_id", "village_id"):
                row[key] = row[key] or None
            rows.append(row)
        return rows

    def visits(self, grower_ids: list[str], count: int) -> list[dict]:
        rnd = self.rnd
        day0 = dt.date(2025, 3, 1)
        rows = []
        for n in range(count):
            day = day0 + dt.timedelta(days=rnd.randrange(240))
            severity = rnd.choice(SEVERITIES)
            rows.append({
                "grower_id": grower_ids[n % len(grower_ids)],
                "plot_id": None,
                "visited_on": day.isoformat(),
                "technician": rnd.choice(TECHNICIANS),
                "kind": "field" if rnd.random() < 0.85 else "remote",
                "weather": rnd.choice(WEATHER),
                "crop_stage": rnd.choice(STAGES),
                "symptoms": rnd.choice(SYMPTOMS),
                "diagnosis": rnd.choice(DIAGNOSES),
                "pest_id": "",
                "severity": severity,
                "affected_percent": 0 if severity == "none" else rnd.randrange(5, 60),
                "treatment": rnd.choice(TREATMENTS),
                "follow_up_on": (day + dt.timedelta(days=7)).isoformat()
                if rnd.random() < 0.4
                else "",
                "status": rnd.choice(("open", "treated", "resolved")),
            })  # fmt: skip
        return rows


SEVERITIES = ("none", "light", "light", "moderate", "severe")
TECHNICIANS = ("王技术员", "李建华", "张志红", "阿依古丽·买买提")
WEATHER = ("晴", "多云", "阴", "小雨", "雨后初晴")
STAGES = ("苗期", "分蘖期", "拔节期", "抽穗期", "灌浆期", "成熟期")
SYMPTOMS = (
    "叶片出现褐色病斑，边缘黄化",
    "新叶卷曲，叶背有蚜虫聚集",
    "植株矮小，叶色发黄",
    "茎基部腐烂，有白色菌丝",
    "",
)
DIAGNOSES = ("稻瘟病", "蚜虫", "缺氮", "纹枯病", "玉米螟", "正常")
TREATMENTS = (
    "三环唑 75% 可湿性粉剂 20 克/亩，兑水 30 公斤喷雾",
    "吡虫啉 10% 可湿性粉剂 15 克/亩喷雾，7 天后复查",
    "追施尿素 5 公斤/亩",
    "井冈霉素 5% 水剂 150 毫升/亩喷雾",
    "",
)
