"""sync.push_10k, sync.pull_10k, sync.bytes_per_record(.pull): 10,000 grower changes
between real laptop databases and a real central server on loopback (FastAPI + uvicorn
in a thread of this process, a fresh SQLite store), through the real client.

A laptop is made by services.setup.open_database and enrolled through the Sync page's
own service, its first-run rows (default crops; the generator's townships and villages)
pushed and pulled untimed; then 10,000 new growers (the demo-data generator's, ~850 B
of JSON each) are written with synced.insert_many, so its outbox holds exactly 10,000
insert changes. The batched figures are the median of REPEATS rounds, each with its own
fresh server and laptops (extra key "runs_s"), through httpx's own transport; the bytes
come from one more round through the counting transport (`Wire`), untimed, since it
inflates every gzip body to count it.

sync.push_10k
    value: seconds for fieldapp.sync.engine.push_all (batches of PUSH_BATCH, gzip) to
    send the 10,000 and have the server apply them; the connection is opened first.
    baseline: the same kind of changes (the first NAIVE_RECORDS of the same generated
    growers, from another laptop, to another fresh server) sent one request per record:
    push_all with batch=1, which also drops each outbox row in its own transaction as
    the answer comes. Measured on NAIVE_RECORDS and scaled to 10,000 (extra key
    "baseline_measured_on"): every per-record request costs the same, and 10,000 of
    them would take ~40 s here.
    Targets (issue 6): under 1.5 s, and at least 20 times faster than the baseline.

sync.pull_10k
    value: seconds for fieldapp.sync.engine.pull_all on a second enrolled laptop (its
    first-run rows already exchanged) to fetch and apply those 10,000 changes: adaptive
    pages, each applied with its cursor in one transaction, search index included.
    baseline: the naive pull of the same work: pages of one change each (client.pull
    with limit=1, then sync_state.apply_pulled: one request and one transaction per
    record), of the NAIVE_RECORDS changes the baseline server got one per request (so
    every page really holds one change: the server never cuts a push across pages),
    scaled to 10,000. pull_all itself cannot be made to do this (its pages adapt and
    hold at least 100).

sync.bytes_per_record (push) and sync.bytes_per_record.pull
    value: body bytes on the wire per record, counted as they cross the socket by a
    counting httpx transport (so gzip bodies count compressed), requests and answers
    together. HTTP headers are left out of the value; extra key "headers" gives them
    per record (they are spread over PUSH_BATCH records a request).
    baseline: the same bodies as plain uncompressed JSON. Target: <= 150 B.

    python benchmarks/sync_push_pull.py      # prints the JSON lines, extra keys too
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _sync_common import Counts, Rows, Wire, client_for, laptop, serving  # noqa: E402

FIGURES = [
    "sync.push_10k",
    "sync.pull_10k",
    "sync.bytes_per_record",
    "sync.bytes_per_record.pull",
]

RECORDS = 10_000
NAIVE_RECORDS = 1_000
REPEATS = 3  # batched rounds, each with its own fresh server and laptops; the median


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rounds = [_batched(folder / f"round{n}", counted=False) for n in range(REPEATS)]
        counted = _batched(folder / "counted", counted=True)
        naive_push_s, naive_pull_s = _naive(folder / "naive")

    push_s = statistics.median(r.push_s for r in rounds)
    pull_s = statistics.median(r.pull_s for r in rounds)
    push, pull = counted.push, counted.pull
    scale = RECORDS / NAIVE_RECORDS
    measured_on = f"{NAIVE_RECORDS} records, scaled x{scale:g}"
    push_bytes = (push.up + push.down) / RECORDS
    push_plain = (push.up_plain + push.down_plain) / RECORDS
    pull_bytes = (pull.up + pull.down) / RECORDS
    pull_plain = (pull.up_plain + pull.down_plain) / RECORDS
    return [
        {
            "name": "sync.push_10k",
            "value": round(push_s, 3),
            "unit": "s",
            "baseline": round(naive_push_s * scale, 2),
            "ratio": round(push_s / (naive_push_s * scale), 4),
            "records": RECORDS,
            "requests": push.requests,
            "runs_s": [round(r.push_s, 3) for r in rounds],
            "baseline_measured_on": measured_on,
            "baseline_measured_s": round(naive_push_s, 3),
            "records_per_s": round(RECORDS / push_s),
            "target": "< 1.5 s and >= 20x faster than one request per record",
        },
        {
            "name": "sync.pull_10k",
            "value": round(pull_s, 3),
            "unit": "s",
            "baseline": round(naive_pull_s * scale, 2),
            "ratio": round(pull_s / (naive_pull_s * scale), 4),
            "records": RECORDS,
            "requests": pull.requests,
            "runs_s": [round(r.pull_s, 3) for r in rounds],
            "baseline_measured_on": measured_on + ", pages of 1",
            "baseline_measured_s": round(naive_pull_s, 3),
            "records_per_s": round(RECORDS / pull_s),
        },
        {
            "name": "sync.bytes_per_record",
            "value": round(push_bytes, 1),
            "unit": "B",
            "baseline": round(push_plain, 1),
            "ratio": round(push_bytes / push_plain, 3),
            "direction": "push: request + answer bodies as sent (gzip)",
            "up": round(push.up / RECORDS, 1),
            "down": round(push.down / RECORDS, 1),
            "headers": round(push.headers / RECORDS, 1),
            "target": "<= 150 B",
        },
        {
            "name": "sync.bytes_per_record.pull",
            "value": round(pull_bytes, 1),
            "unit": "B",
            "baseline": round(pull_plain, 1),
            "ratio": round(pull_bytes / pull_plain, 3),
            "direction": "pull: request + answer bodies as sent (gzip)",
            "headers": round(pull.headers / RECORDS, 1),
            "target": "<= 150 B",
        },
    ]


class _Round(NamedTuple):  # not a dataclass: run.py loads this file without sys.modules
    push_s: float
    pull_s: float
    push: Counts
    pull: Counts


def _batched(folder: Path, counted: bool) -> _Round:
    """The app's way on a fresh server: push_all from one laptop, pull_all on another.
    `counted`: through the byte-counting transport, which inflates every gzip body to
    count it plain; the timed rounds use httpx's own, as the app does."""
    from fieldapp.server.store import ServerStore
    from fieldapp.storage import sync_state
    from fieldapp.sync.engine import pull_all, push_all

    store = ServerStore.in_folder(folder / "server")
    try:
        with serving(store) as url:
            sender = laptop(folder / "sender", store, url)
            receiver = laptop(folder / "receiver", store, url)
            rows = Rows(sender).growers(sender, RECORDS)
            with client_for(sender) as client:
                push_all(sender, client)  # the generator's townships and villages
            with client_for(receiver) as client:
                pull_all(receiver, client)  # them, and the sender's first-run rows
            _insert(sender, "growers", rows)
            assert sync_state.pending_count(sender) == RECORDS

            push_wire = Wire()
            with client_for(sender, push_wire if counted else None) as client:
                client.http.get("/v1/health")  # the connection, as a kept-alive client has
                push_wire.counts.reset()
                started = time.perf_counter()
                pushed = push_all(sender, client)
                push_s = time.perf_counter() - started
            assert pushed == RECORDS, pushed

            pull_wire = Wire()
            with client_for(receiver, pull_wire if counted else None) as client:
                client.http.get("/v1/health")
                pull_wire.counts.reset()
                started = time.perf_counter()
                pulled = pull_all(receiver, client)
                pull_s = time.perf_counter() - started
            assert pulled == RECORDS, pulled
            assert receiver.scalar("SELECT count(*) FROM growers") == RECORDS
            sender.close()
            receiver.close()
    finally:
        store.close()
    return _Round(push_s, pull_s, push_wire.counts, pull_wire.counts)


def _naive(folder: Path) -> tuple[float, float]:
    """Seconds to push NAIVE_RECORDS of the same growers one request per record to a
    fresh server, and to pull them onto another laptop one change per page."""
    from fieldapp.server.store import ServerStore
    from fieldapp.sync.engine import pull_all, push_all

    store = ServerStore.in_folder(folder / "server")
    try:
        with serving(store) as url:
            sender = laptop(folder / "sender", store, url)
            receiver = laptop(folder / "receiver", store, url)
            rows = Rows(sender).growers(sender, NAIVE_RECORDS)
            with client_for(sender) as client:
                push_all(sender, client)
            with client_for(receiver) as client:
                pull_all(receiver, client)
            _insert(sender, "growers", rows)
            with client_for(sender) as client:
                client.http.get("/v1/health")
                started = time.perf_counter()
                pushed = push_all(sender, client, batch=1)
                push_s = time.perf_counter() - started
            assert pushed == NAIVE_RECORDS, pushed
            with client_for(receiver) as client:
                client.http.get("/v1/health")
                started = time.perf_counter()
                pulled = _pull_one_by_one(receiver, client)
                pull_s = time.perf_counter() - started
            assert pulled == NAIVE_RECORDS, pulled
            sender.close()
            receiver.close()
    finally:
        store.close()
    return push_s, pull_s


def _insert(db, table: str, rows: list[dict]) -> list[str]:
    from fieldapp.storage import synced

    ids: list[str] = []
    for start in range(0, len(rows), 2000):
        ids += synced.insert_many(db, table, rows[start : start + 2000])
    return ids


def _pull_one_by_one(db, client) -> int:
    """pull_all without its adaptive page size: one change per request and per
    transaction, the way a client that never batches would fetch them."""
    from fieldapp.storage import sync_state

    pulled, more = 0, True
    while more:
        changes, next_cursor, more = client.pull(sync_state.cursor(db), 1)
        pulled += sync_state.apply_pulled(db, changes, next_cursor)
    return pulled


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
