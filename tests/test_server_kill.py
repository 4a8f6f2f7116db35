"""Processes killed outright (SIGKILL, as a power cut or the OOM killer would): the
central server while a laptop pushes, on SQLite and on PostgreSQL, and a laptop's own
process while it pulls. After a restart the next rounds deliver everything once and
the laptops hold the same rows."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from fieldapp.domain.growers import GrowerData
from fieldapp.server.store import ServerStore
from fieldapp.storage import growers, sync_state
from fieldapp.storage.device import identity
from fieldapp.sync.client import SyncError
from tests.sync_support import (
    Laptop,
    assert_converged,
    change_log_count,
    changes_made,
    converge,
    enrolled,
    name_of,
)

GROWERS = 3000  # six push batches of 500: a kill lands in the middle of one


class ServerProcess:
    """`fieldapp-server serve` as its own process on a fixed port."""

    def __init__(self, database: str, folder: Path) -> None:
        self.database, self.folder = database, folder
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        command = [sys.executable, "-m", "fieldapp.server.cli", "serve", "--port", str(self.port)]
        command += ["--data", str(self.folder), "--database", self.database]
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        self.process = subprocess.Popen(command, **quiet)
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert self.process.poll() is None, "the server did not start"
            assert time.monotonic() < deadline, "the server did not answer in 30 s"
            time.sleep(0.05)

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=10)


@pytest.fixture
def server(server_database: str, tmp_path: Path):
    process = ServerProcess(server_database, tmp_path / "server")
    process.start()
    yield process
    process.kill()


def test_server_killed_during_pushes_loses_and_duplicates_nothing(server, tmp_path):
    store = ServerStore(server.database, server.folder)  # for codes and the final check
    try:
        a = enrolled(tmp_path, store, server.url, "a")
        b = enrolled(tmp_path, store, server.url, "b")
        rows = [(GrowerData(name=name_of(i % 400)), f"K-{i:05d}") for i in range(GROWERS)]
        growers.insert_growers(a.db, rows)
        kills = 0
        for delay in (0.05, 0.2, 0.4, 0.7):
            killer = threading.Timer(delay, server.kill)
            killer.start()
            try:
                a.sync.sync_now()
            except SyncError:
                kills += 1
            killer.join()
            if server.process.poll() is None:
                server.kill()  # the round finished first: kill it idle all the same
            server.start()
        assert kills >= 2, "no kill landed during a round; the test proves nothing"
        converge(a, b)
        assert_converged([a, b], store)
        assert b.db.scalar("SELECT count(*) FROM growers") == GROWERS
        # Every change in the log exactly once: nothing applied twice after a restart.
        assert change_log_count(store) == changes_made(a) + changes_made(b)
        stamps = store.log_of(identity(a.db).device_id)
        assert len(stamps) == len(set(stamps)) == changes_made(a)
        a.close()
        b.close()
    finally:
        store.close()


# One sync round in a process of its own, as the program's background sync runs it.
ROUND = (
    "import sys; from pathlib import Path; "
    "from fieldapp.services.setup import open_database; "
    "from fieldapp.services.sync import SyncService; "
    "SyncService(open_database(Path(sys.argv[1]))).sync_now()"
)


def _cursor(path: Path) -> int:
    conn = sqlite3.connect(path, timeout=10)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (sync_state.CURSOR,)).fetchone()
        return int(row[0]) if row else 0
    finally:
        conn.close()


def _count(path: Path) -> int:
    conn = sqlite3.connect(path, timeout=10)
    try:
        return int(conn.execute("SELECT count(*) FROM growers").fetchone()[0])
    finally:
        conn.close()


def test_laptop_killed_while_pulling_goes_on_from_its_last_whole_page(server, tmp_path):
    store = ServerStore(server.database, server.folder)
    try:
        a = enrolled(tmp_path, store, server.url, "a")
        b = enrolled(tmp_path, store, server.url, "b")
        rows = [(GrowerData(name=name_of(i % 400)), f"P-{i:05d}") for i in range(GROWERS)]
        for start in range(0, GROWERS, 500):  # six pushes: six pages for b to pull
            growers.insert_growers(a.db, rows[start : start + 500])
            a.sync.sync_now()
        path = Path(b.db.path)
        b.close()
        seen, partial = [_cursor(path)], []
        for _ in range(3):
            child = subprocess.Popen([sys.executable, "-c", ROUND, str(path)])
            deadline = time.monotonic() + 60
            while _cursor(path) == seen[-1] and child.poll() is None:
                assert time.monotonic() < deadline, "the pull made no progress"
                time.sleep(0.005)
            child.kill()  # a page was just committed; the next one is on its way
            child.wait()
            seen.append(_cursor(path))
            partial.append(_count(path))
        assert seen == sorted(seen) and seen[0] < seen[1], seen
        # The first kill came right after the first page: only a part of the growers.
        assert 0 < partial[0] < GROWERS, partial
        b = Laptop(tmp_path / "b")
        converge(a, b)
        assert_converged([a, b], store)
        assert b.db.scalar("SELECT count(*) FROM growers") == GROWERS
        a.close()
        b.close()
    finally:
        store.close()
