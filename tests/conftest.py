"""Fixtures: a fresh database file per test, services over it, inline tasks, the
central server's database on SQLite and on PostgreSQL, and a failure if a test leaves
a thread running."""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fieldapp.services.places import PlacesService
from fieldapp.services.registry import RegistryService
from fieldapp.services.setup import open_database
from fieldapp.storage.database import Database


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "fieldapp.db")
    yield database
    database.close()


@pytest.fixture
def registry(db: Database) -> RegistryService:
    return RegistryService(db)


@pytest.fixture
def places(db: Database) -> PlacesService:
    return PlacesService(db)


@pytest.fixture
def village(places: PlacesService) -> tuple[str, str]:
    """(township id, village id) of 龙泉镇 石桥村."""
    township = places.add_township("龙泉镇")
    return township, places.add_village(township, "石桥村")


@pytest.fixture
def tasks(qapp):
    from fieldapp.tasks import Tasks

    runner = Tasks(inline=True)
    yield runner
    assert not runner.busy, "a task was started and never delivered its result"


@pytest.fixture
def settings(tmp_path: Path, qapp):
    from fieldapp.settings import Settings

    return Settings(tmp_path / "settings.ini")


@pytest.fixture(scope="session")
def pg_cluster():
    """One throwaway PostgreSQL cluster for the run, started by the first test that
    needs it (tests/postgres.py)."""
    from tests.postgres import Cluster

    cluster = Cluster()
    yield cluster
    cluster.stop()


SERVER_BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=SERVER_BACKENDS)
def new_server_database(request, tmp_path: Path) -> Callable[[], str]:
    """Makes places for a central server to keep its rows: fresh SQLite files, or fresh
    databases in the PostgreSQL cluster. Tests taking it run once on each."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_cluster").fresh_database
    numbers = itertools.count(1)
    return lambda: str(tmp_path / f"server-{next(numbers)}.db")


@pytest.fixture
def server_database(new_server_database: Callable[[], str]) -> str:
    return new_server_database()


@pytest.fixture
def server_store(server_database: str, tmp_path: Path):
    from fieldapp.server.store import ServerStore

    store = ServerStore(server_database, tmp_path)
    yield store
    store.close()


@pytest.fixture
def store(server_store):
    """server_store, by the short name the server and sync tests use."""
    return server_store


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    """The sync client waits seconds before trying a request again (a phone's signal
    coming back); the tests' links are down or up at once."""
    monkeypatch.setattr("fieldapp.sync.client.RETRY_WAITS", (0.0, 0.0))


@pytest.fixture(autouse=True)
def no_thread_left_running():
    before = {t.ident for t in threading.enumerate()}
    yield
    leaked = [t for t in threading.enumerate() if t.ident not in before and t.is_alive()]
    for t in leaked:
        t.join(timeout=5)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"test left threads running: {still}"


def ime_commit(widget, text: str) -> None:
    """Type Chinese the way an input method delivers it: one committed string.

    QTest.keyClicks only handles ASCII (it asserts on anything else).
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
