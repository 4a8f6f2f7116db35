"""server.load_300.*: 300 laptops syncing at once against the central server as it is
run (`fieldapp-server serve`, one uvicorn worker, in its own process), on SQLite and on
a throwaway PostgreSQL cluster (tests/postgres.py).

The laptops belong to 10 cooperatives of 30 (a union), all enrolled beforehand. A sync
round is what the app does: push one gzip batch of CHANGES changes (new growers, then
edits of its own growers), then pull its cooperative's log page by page until the
server says there is no more. The laptops are asyncio tasks sharing one
httpx.AsyncClient (a connection each) in this process; the latency of a request is
from sending it to having its whole answer.

All 300 online together, each syncing every INTERVAL s on average (a random wait of 0
to 2 x INTERVAL before each of its ROUNDS rounds): 60 rounds a second, sixty times
what the app's 5-minute timer makes of 300 laptops. A burst, where all 300 start a
round in the same instant (the office Wi-Fi coming back), is measured after it and
reported as extra keys (burst_p95_ms, burst_wall_s): a burst is a queue, and its
p95 is how long the queue takes to drain, not how fast one answer is.

server.load_300.p95.<db>
    value: 95th percentile latency of every push and pull request, in ms.
    baseline: the 95th percentile of the same kind of rounds made by one laptop alone,
    one request at a time, against the same server just before.
    Targets (issue 6): 150 ms on SQLite, 500 ms on PostgreSQL.
server.load_300.errors.<db>
    value: requests that failed (any status but 200, or no answer), burst included.
    Target: 0.
server.load_300.throughput.<db>
    value: changes pushed per second in the burst (all pushes / its wall time).
    baseline: the lone laptop's, one round after another.

    python benchmarks/server_load.py      # prints the JSON, extra keys too
"""

from __future__ import annotations

import asyncio
import gzip
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fieldapp.domain.hlc import Timestamp  # noqa: E402
from fieldapp.server.store import ServerStore  # noqa: E402

FIGURES = [
    "server.load_300.p95.sqlite",
    "server.load_300.errors.sqlite",
    "server.load_300.throughput.sqlite",
    "server.load_300.p95.postgresql",
    "server.load_300.errors.postgresql",
    "server.load_300.throughput.postgresql",
]

DEVICES = 300
COOPS = 10
ROUNDS = 4
INTERVAL = 5.0
CHANGES = 5
PAGE = 500
LONE_ROUNDS = 40
KEEP_ALIVE_S = 4.0


@dataclass
class Device:
    device_id: str
    coop_id: str
    token: str
    seq: int = 0
    cursor: int = 0
    growers: list[str] = field(default_factory=list)
    unanswered: bytes = b""  # a batch whose answer was lost: sent again, as the outbox does

    def batch(self) -> bytes:
        """CHANGES changes: new growers until it has 10, then edits of its own."""
        if self.unanswered:
            return self.unanswered
        changes = []
        for _ in range(CHANGES):
            self.seq += 1
            stamp = str(Timestamp(1_764_750_000_000 + self.seq, 0, self.device_id))
            if len(self.growers) < 10:
                row_id = f"{self.device_id}-g{self.seq}"
                self.growers.append(row_id)
                values = {"name": "王建国", "coop_id": self.coop_id, "phone": "13812345678"}
                values |= {"address": "龙泉镇石桥村三组", "status": "active", "deleted": 0}
                op, base = "insert", None
            else:
                row_id = self.growers[self.seq % 10]
                values, base = {"phone": f"139{self.seq:08d}"}, {"phone": "13812345678"}
                op = "update"
            changes.append(
                {
                    "seq": self.seq,
                    "change_id": f"{self.device_id}-{self.seq}",
                    "table": "growers",
                    "row_id": row_id,
                    "op": op,
                    "changes": values,
                    "base": base,
                    "hlc": stamp,
                }
            )
        body = {"device_id": self.device_id, "changes": changes}
        self.unanswered = gzip.compress(json.dumps(body, ensure_ascii=False).encode(), 6)
        return self.unanswered


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pushed: int = 0


class Connection:
    """One laptop's kept-alive HTTP/1.1 connection: what the app's httpx client sends
    (bearer token, gzip both ways), read back by Content-Length."""

    def __init__(self, port: int, token: str) -> None:
        self.port = port
        self.auth = f"Authorization: Bearer {token}\r\nAccept-Encoding: gzip\r\n"
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.used = 0.0

    async def request(self, method: str, target: str, body: bytes = b"") -> tuple[int, bytes]:
        if self.writer is not None and time.monotonic() - self.used > KEEP_ALIVE_S:
            self.close()  # uvicorn drops a connection idle for 5 s; httpx's pool does this
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        head = f"{method} {target} HTTP/1.1\r\nHost: server\r\n{self.auth}"
        if body:
            head += "Content-Type: application/json\r\nContent-Encoding: gzip\r\n"
        self.writer.write(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)
        status = int((await self.reader.readline()).split()[1])
        length, gzipped = 0, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "content-encoding":
                gzipped = "gzip" in value
        answer = await self.reader.readexactly(length)
        self.used = time.monotonic()
        return status, gzip.decompress(answer) if gzipped else answer

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def _request(
    link: Connection, tally: Tally, method: str, target: str, body: bytes = b""
) -> dict:
    started = time.perf_counter()
    try:
        status, answer = await link.request(method, target, body)
    except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as error:
        tally.errors.append(type(error).__name__)
        link.close()
        return {}
    tally.latencies.append(time.perf_counter() - started)
    if status != 200:
        tally.errors.append(f"{status} {answer[:80]!r}")
        return {}
    return json.loads(answer)


async def _round(link: Connection, device: Device, tally: Tally) -> None:
    if await _request(link, tally, "POST", "/v1/push", device.batch()):
        tally.pushed += CHANGES
        device.unanswered = b""
    more = True
    while more:
        target = f"/v1/pull?after={device.cursor}&limit={PAGE}"
        page = await _request(link, tally, "GET", target)
        if not page:
            return
        device.cursor, more = page["next"], page["more"]


async def _device(port: int, device: Device, tally: Tally, rounds: int, interval: float) -> None:
    link = Connection(port, device.token)
    try:
        for _ in range(rounds):
            await asyncio.sleep(random.uniform(0, 2 * interval))
            await _round(link, device, tally)
    finally:
        link.close()


async def _load(
    port: int, devices: list[Device], rounds: int, interval: float
) -> tuple[Tally, float]:
    tally = Tally()
    started = time.perf_counter()
    await asyncio.gather(*(_device(port, d, tally, rounds, interval) for d in devices))
    return tally, time.perf_counter() - started


def _enrolled(store: ServerStore, count: int, prefix: str) -> list[Device]:
    devices = []
    for i in range(count):
        code, coop_id = store.new_code(f"合作社{i % COOPS}", "technician")
        enrolled = store.enrol(code, f"{prefix}{i}", f"laptop {i}")
        devices.append(Device(f"{prefix}{i}", coop_id, enrolled.token))
    return devices


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(database: str, folder: Path) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    command = [sys.executable, "-m", "fieldapp.server.cli", "serve", "--port", str(port)]
    command += ["--data", str(folder), "--database", database]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    process = subprocess.Popen(command, cwd=ROOT, **quiet)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return process, port
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the server did not start")


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] * 1000 if len(values) > 1 else 0.0


def _measure(database: str, folder: Path, name: str) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    store = ServerStore(database, folder)
    lone = _enrolled(store, 1, "lone")
    devices = _enrolled(store, DEVICES, "dev")
    store.close()
    process, port = _serve(database, folder)
    try:
        alone, alone_s = asyncio.run(_load(port, lone, LONE_ROUNDS, 0))
        busy, busy_s = asyncio.run(_load(port, devices, ROUNDS, INTERVAL))
        burst, burst_s = asyncio.run(_load(port, devices, 1, 0))
    finally:
        process.kill()
        process.wait()
    details = {
        "requests": len(busy.latencies),
        "requests_per_s": round(len(busy.latencies) / busy_s),
        "p50_ms": round(statistics.median(busy.latencies) * 1000, 1),
        "max_ms": round(max(busy.latencies) * 1000, 1),
        "burst_p95_ms": round(_p95(burst.latencies), 1),
        "burst_wall_s": round(burst_s, 2),
        "error_kinds": sorted(set(busy.errors + burst.errors))[:5],
    }
    print(f"server.load_300.{name}: {json.dumps(details, ensure_ascii=False)}", file=sys.stderr)
    return [
        {
            "name": f"server.load_300.p95.{name}",
            "value": round(_p95(busy.latencies), 1),
            "unit": "ms",
            "baseline": round(_p95(alone.latencies), 1),
            "target_ms": 150 if name == "sqlite" else 500,
            **details,
        },
        {
            "name": f"server.load_300.errors.{name}",
            "value": len(busy.errors) + len(burst.errors),
            "unit": "requests",
            "baseline": None,
        },
        {
            "name": f"server.load_300.throughput.{name}",
            "value": round(burst.pushed / burst_s),
            "unit": "changes/s",
            "baseline": round(alone.pushed / alone_s),
        },
    ]


def run() -> list[dict]:
    from tests.postgres import Cluster

    figures = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        figures += _measure(str(base / "sqlite" / "server.db"), base / "sqlite", "sqlite")
        cluster = Cluster()
        try:
            figures += _measure(cluster.fresh_database(), base / "pg", "postgresql")
        finally:
            cluster.stop()
    return figures


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=1))
