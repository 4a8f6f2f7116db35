"""What the sync tests share: laptops with their own SQLite database, enrolled with a
real server on loopback, Chinese names without digits, a clock that can be hours wrong
per laptop, and the one check that every laptop holds the same data."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from fieldapp.domain.growers import GrowerData
from fieldapp.server.store import ServerStore
from fieldapp.services.registry import RegistryService
from fieldapp.services.setup import open_database
from fieldapp.services.sync import SyncService
from fieldapp.storage import device, sync_state

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国秀英明华丽强军平芳勇杰娟涛磊敏静超宇"

# Every table a laptop syncs that these tests write to or that sync itself writes.
SYNCED_TABLES = ("townships", "villages", "crops", "growers", "plots", "visits", "conflicts")
HOUR_MS = 3_600_000


def name_of(n: int) -> str:
    """A different Chinese name for each n under 400 (names take no digits)."""
    return SURNAMES[n % 20] + GIVEN[n // 20 % 20]


class Laptop:
    def __init__(self, folder: Path, clock_ms: int = 0) -> None:
        self.db = open_database(folder / "fieldapp.db")
        self.registry = RegistryService(self.db)
        self.sync = SyncService(self.db)
        self.clock_ms = clock_ms  # how far this laptop's clock is off (see `clock`)

    def close(self) -> None:
        self.db.close()

    def names(self) -> list[str]:
        rows = self.db.query("SELECT name FROM growers WHERE deleted = 0 ORDER BY name")
        return [r["name"] for r in rows]

    def rows(self, table: str) -> list[dict]:
        skip = ("coop_id",)
        return [
            {k: v for k, v in r.items() if k not in skip}
            for r in self.db.query(f"SELECT * FROM {table} ORDER BY id")
        ]

    def edit(self, grower_id: str, **fields: str) -> None:
        """Change some of a grower's fields as the editor would (a same-name look-alike
        is confirmed, as a person would after reading the warning)."""
        data = self.registry.get(grower_id).data
        self.registry.save(replace(data, **fields), grower_id, confirmed=True)

    def value(self, grower_id: str, field: str) -> str:
        return getattr(self.registry.get(grower_id).data, field)

    def pending(self) -> int:
        return sync_state.pending_count(self.db)


def enrolled(folder: Path, store: ServerStore, url: str, name: str, clock_ms: int = 0) -> Laptop:
    laptop = Laptop(folder / name, clock_ms)
    code, _ = store.new_code("绿源合作社", "coordinator")
    laptop.sync.enrol(url, code, name)
    return laptop


def register(laptop: Laptop, name: str, **fields: str) -> str:
    return laptop.registry.save(GrowerData(name=name, **fields), confirmed=True)


def converge(*laptops: Laptop, rounds: int = 2) -> None:
    """Sync every laptop in turn, `rounds` times: two rounds bring everyone everything
    (the last laptop's push reaches the first on the second round)."""
    for _ in range(rounds):
        for laptop in laptops:
            with clock(laptop):
                laptop.sync.sync_now()


# -- a clock that is wrong by hours, per laptop -----------------------------------------


@contextmanager
def clock(laptop: Laptop) -> Iterator[None]:
    """While the block runs, HLCs are made from `laptop`'s wrong clock. HLCs come from
    `device.now_ms` only, so swapping it is what a laptop with a wrong clock does."""
    if not laptop.clock_ms:
        yield
        return
    real = device.now_ms
    device.now_ms = lambda: int(time.time() * 1000) + laptop.clock_ms
    try:
        yield
    finally:
        device.now_ms = real


# -- the check ----------------------------------------------------------------------------


def snapshot(laptop: Laptop) -> dict[str, list[dict]]:
    """Every row, every column, of every synced table."""
    return {
        table: [dict(r) for r in laptop.db.query(f"SELECT * FROM {table} ORDER BY id")]
        for table in SYNCED_TABLES
    }


def differences(laptops: Sequence[Laptop]) -> list[str]:
    """Each (table, row, column) where the laptops disagree, as a line."""
    snaps = [snapshot(laptop) for laptop in laptops]
    lines = []
    for table in SYNCED_TABLES:
        by_id = [{r["id"]: r for r in snap[table]} for snap in snaps]
        for row_id in sorted(set().union(*by_id)):
            rows = [rows.get(row_id) for rows in by_id]
            if any(r is None for r in rows):
                present = [r is not None for r in rows]
                lines.append(f"{table} {row_id}: present on {present}")
                continue
            for column in rows[0]:
                values = [r[column] for r in rows]
                if len(set(map(repr, values))) > 1:
                    lines.append(f"{table} {row_id} {column}: {values}")
    return lines


def search_index(laptop: Laptop) -> list[dict]:
    """The derived search rows and their full-text entries, without the laptop's own
    numbering."""
    rows = laptop.db.query(
        "SELECT i.*, f.name AS fts_name, f.place AS fts_place, f.pinyin AS fts_pinyin "
        "FROM grower_index i JOIN grower_fts f ON f.rowid = i.num ORDER BY i.grower_id"
    )
    return [{k: v for k, v in r.items() if k != "num"} for r in rows]


def server_rows(store: ServerStore) -> dict[str, dict[str, dict]]:
    """The server's copy of every row: {table: {row id: fields}}."""
    return store.every_row()


def change_log_count(store: ServerStore) -> int:
    return store.counts()["change_log"]


def changes_made(laptop: Laptop) -> int:
    """How many outbox rows this laptop ever wrote (the outbox's AUTOINCREMENT)."""
    return int(laptop.db.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'") or 0)


def assert_converged(laptops: Sequence[Laptop], store: ServerStore | None = None) -> None:
    """After a last round: nothing waits in any outbox (no acknowledged write left
    behind), every laptop holds the same rows with the same values in every column of
    every synced table, the same open conflicts, and each row is the server's row."""
    for laptop in laptops:
        assert laptop.pending() == 0, "a change is still waiting in an outbox"
        assert sync_state.held_count(laptop.db) == 0, "a pulled row was held aside"
    lines = differences(laptops)
    assert not lines, "the laptops differ:\n" + "\n".join(lines[:40])
    # The search index is each laptop's own (its `num` is handed out locally, in name
    # order), but what it says about each grower must follow the pulled rows too.
    indexes = [search_index(laptop) for laptop in laptops]
    assert all(index == indexes[0] for index in indexes), "the search indexes differ"
    assert len(indexes[0]) == laptops[0].db.scalar("SELECT count(*) FROM growers WHERE deleted = 0")
    open_lists = [laptop.sync.conflicts() for laptop in laptops]
    assert all(found == open_lists[0] for found in open_lists)
    if store is None:
        return
    on_server = server_rows(store)
    mine = snapshot(laptops[0])
    for table in SYNCED_TABLES:
        rows = {r["id"]: r for r in mine[table]}
        held = on_server.get(table, {})
        assert set(rows) == set(held), f"{table}: the server holds other rows"
        for row_id, data in held.items():
            # The server holds what was sent: a column an insert left to its default
            # (a crop's sort_order) is not there, and every laptop has the default.
            row = {k: rows[row_id][k] for k in data}
            assert row == data, f"{table} {row_id}: laptop {row} != server {data}"
