"""sync.first_sync: a new laptop's first sync into a cooperative whose server already
holds GROWERS growers and GROWERS / 2 field visits (and the townships and villages
they refer to).

Seeding: one laptop (services.setup.open_database, enrolled) pushes the townships and
villages of the demo-data generator; the growers (the generator's, ~800 B of JSON each)
and the visits (with Chinese notes) are made in memory the way synced.insert_many makes
them and handed to the server's own ServerStore.push as that laptop's next changes, in
batches of 5,000 (the API a push request ends in, without HTTP or the laptop's outbox,
to keep the set-up short). The server runs under uvicorn on loopback in a thread of
this process.

value: seconds for the new laptop's first sync round (fieldapp.sync.engine.sync_round
through the real SyncClient: push its first-run rows, then pull every page and apply
it, with the grower search index), from a freshly opened and enrolled database.
baseline: inserting the same rows (as the server got them) into a fresh laptop database
directly, with one executemany per table in one transaction: the least any first sync
must do (no index, no checks). Extra keys: records, records/s, pages.

    python benchmarks/sync_first.py      # prints one JSON line
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _sync_common import COOP, Rows, Wire, client_for, laptop, serving  # noqa: E402

FIGURES = ["sync.first_sync"]

GROWERS = 100_000
SIZE_NOTE = (
    "100,000 growers (50,000 visits): the module takes about 1 min 20 s here (52 s of it "
    "the first sync; 131 s before the pull indexed growers a page at a time); drop "
    "GROWERS to 20,000 if it runs past ~3 min"
)
SEED_BATCH = 5_000  # the server's MAX_BATCH


def run() -> list[dict]:
    from fieldapp.server.store import ServerStore
    from fieldapp.services.setup import open_database
    from fieldapp.services.sync import SyncService
    from fieldapp.storage import sync_state
    from fieldapp.sync import engine
    from fieldapp.sync.client import SyncClient

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = ServerStore(folder / "server.db")
        try:
            with serving(store) as url:
                seeder = laptop(folder / "seeder", store, url)
                started = time.perf_counter()
                seeded = _seed(seeder, store, url)
                seed_s = time.perf_counter() - started
                records = sum(len(rows) for rows in seeded.values())

                # -- the value: a new laptop's first sync round, as the Sync page runs it
                fresh = open_database(folder / "new" / "fieldapp.db")
                code, _ = store.new_code(COOP, "technician")
                SyncService(fresh).enrol(url, code, "new")
                wire = Wire()
                enrolment = sync_state.enrolment(fresh)
                started = time.perf_counter()
                with SyncClient(enrolment.server_url, enrolment.token, wire) as client:
                    report = engine.sync_round(fresh, client)
                first_s = time.perf_counter() - started
                for table, rows in seeded.items():
                    assert _count(fresh, table) == len(rows), table

                # -- the baseline: the same rows written straight into a fresh database
                bare = open_database(folder / "bare" / "fieldapp.db")
                started = time.perf_counter()
                _insert_rows(bare, seeded)
                bare_s = time.perf_counter() - started
                for db in (seeder, fresh, bare):
                    db.close()
        finally:
            store.close()

    return [
        {
            "name": "sync.first_sync",
            "value": round(first_s, 2),
            "unit": "s",
            "baseline": round(bare_s, 2),
            "ratio": round(first_s / bare_s, 3),
            "growers": GROWERS,
            "visits": GROWERS // 2,
            "size_note": SIZE_NOTE,
            "records": records,
            "pulled": report.pulled,
            "records_per_s": round(records / first_s),
            "baseline_records_per_s": round(records / bare_s),
            "pages": wire.counts.requests - 1,
            "bytes_per_record": round((wire.counts.up + wire.counts.down) / records, 1),
            "seed_s": round(seed_s, 1),
        }
    ]


def _seed(seeder, store, url: str) -> dict[str, list[dict]]:
    """GROWERS growers and GROWERS / 2 visits on the server; returns the rows by table.

    The townships and villages go up from the seeding laptop through push_all; the
    growers and visits are made in memory as synced.insert_many makes them (id, coop,
    times, HLC, device) and handed to ServerStore.push as that laptop's next changes.
    """
    from fieldapp.domain.ids import new_id
    from fieldapp.domain.sync import Change
    from fieldapp.storage import sync_state
    from fieldapp.storage.device import identity, next_hlcs, utc_now
    from fieldapp.sync.engine import push_all

    maker = Rows(seeder)
    with client_for(seeder) as client:
        push_all(seeder, client)  # the generator's townships and villages
    me = identity(seeder)
    device = store.device(sync_state.enrolment(seeder).token)
    seq = store.status(device)["high_seq"]

    def stamped(table: str, many: list[dict]) -> list[dict]:
        nonlocal seq
        now = utc_now()
        rows = []
        with seeder.transaction():
            stamps = next_hlcs(seeder, me.device_id, len(many))
        for values, stamp in zip(many, stamps, strict=True):
            rows.append({
                **values, "id": new_id(), "coop_id": me.coop_id, "created_at": now,
                "updated_at": now, "hlc": stamp, "device_id": me.device_id, "deleted": 0,
            })  # fmt: skip
        changes = []
        for row in rows:
            seq += 1
            fields = {k: v for k, v in row.items() if k != "id"}
            changes.append(
                Change(seq, new_id(), table, row["id"], "insert", fields, None, row["hlc"])
            )
        store.push(device, me.device_id, changes)
        return rows

    seeded: dict[str, list[dict]] = {
        table: [dict(r) for r in seeder.query(f"SELECT * FROM {table}")]
        for table in ("townships", "villages")
    }
    seeded["growers"], seeded["visits"] = [], []
    for start in range(0, GROWERS, SEED_BATCH):
        batch = maker.growers(seeder, min(SEED_BATCH, GROWERS - start))
        seeded["growers"] += stamped("growers", batch)
    grower_ids = [row["id"] for row in seeded["growers"]]
    for start in range(0, GROWERS // 2, SEED_BATCH):
        count = min(SEED_BATCH, GROWERS // 2 - start)
        seeded["visits"] += stamped("visits", maker.visits(grower_ids[start * 2 :], count))
    return seeded


def _count(db, table: str) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {table}") or 0)


def _insert_rows(db, seeded: dict[str, list[dict]]) -> None:
    """The rows into `db` in one transaction, one executemany per table."""
    with db.transaction():
        for table, rows in seeded.items():
            columns = list(rows[0])
            marks = ", ".join("?" for _ in columns)
            db.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                [tuple(row[c] for c in columns) for row in rows],
            )


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
