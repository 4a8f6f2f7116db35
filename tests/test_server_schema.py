"""The server's own schema: a SQLite server database from schema 1 opens, upgrades
and keeps its rows and change log (schema 2 keys rows per cooperative and takes
cursors from a counter row)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fieldapp.server.app import create_app
from fieldapp.server.backends import SCHEMA_VERSION, NewerSchemaError
from fieldapp.server.store import ServerStore
from tests.test_server import Laptop, client_for

# As fieldapp/server/store.py created it at schema 1.
SCHEMA_1 = """
CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS coops (
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS enrolment_codes (
    code_hash TEXT PRIMARY KEY, coop_id TEXT NOT NULL, role TEXT NOT NULL,
    created_at TEXT NOT NULL, used_at TEXT, used_by TEXT);
CREATE TABLE IF NOT EXISTS devices (
    device_id TEXT PRIMARY KEY, device_code TEXT NOT NULL UNIQUE, coop_id TEXT NOT NULL,
    role TEXT NOT NULL, name TEXT NOT NULL, token_hash TEXT UNIQUE,
    high_seq BIGINT NOT NULL DEFAULT 0, enrolled_at TEXT NOT NULL, revoked_at TEXT,
    last_seen TEXT);
CREATE TABLE IF NOT EXISTS records (
    table_name TEXT NOT NULL, row_id TEXT NOT NULL, coop_id TEXT NOT NULL,
    data TEXT NOT NULL, hlcs TEXT NOT NULL, writers TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id));
CREATE INDEX IF NOT EXISTS records_coop ON records (coop_id, table_name);
CREATE TABLE IF NOT EXISTS change_log (
    cursor INTEGER PRIMARY KEY AUTOINCREMENT, coop_id TEXT NOT NULL, push_id TEXT NOT NULL,
    table_name TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL,
    hlc TEXT NOT NULL, device_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS change_log_coop ON change_log (coop_id, cursor);
CREATE INDEX IF NOT EXISTS change_log_push ON change_log (push_id, cursor);
CREATE TABLE IF NOT EXISTS ledger_flags (
    id INTEGER PRIMARY KEY AUTOINCREMENT, coop_id TEXT NOT NULL, table_name TEXT NOT NULL,
    row_id TEXT NOT NULL, device_id TEXT NOT NULL, reason TEXT NOT NULL,
    change TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ledger_flags_coop ON ledger_flags (coop_id, id);
CREATE TABLE IF NOT EXISTS receipt_numbers (
    coop_id TEXT NOT NULL, number TEXT NOT NULL, row_id TEXT NOT NULL,
    device_id TEXT NOT NULL, sequence BIGINT, hash TEXT NOT NULL,
    PRIMARY KEY (coop_id, number));
CREATE INDEX IF NOT EXISTS receipt_chain ON receipt_numbers (coop_id, device_id, sequence);
"""


def _schema_1_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA_1)
    conn.execute("INSERT INTO server_meta VALUES ('schema_version', '1')")
    conn.commit()
    conn.close()


def test_a_schema_1_database_upgrades_and_keeps_everything(tmp_path: Path):
    path = tmp_path / "server.db"
    _schema_1_file(path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO coops VALUES ('coop-1', '甲社', '2026-01-01T00:00:00.000Z')")
    conn.execute(
        "INSERT INTO records VALUES ('growers', 'g1', 'coop-1', '{\"name\":\"张三\"}', '{}', '{}')"
    )
    for n in range(3):
        conn.execute(
            "INSERT INTO change_log (coop_id, push_id, table_name, row_id, op, fields, hlc, "
            "device_id) VALUES ('coop-1', 'p1', 'growers', 'g1', 'insert', '{}', ?, 'lap')",
            (f"h{n}",),
        )
    conn.commit()
    conn.close()

    store = ServerStore(path)
    try:
        assert store.row("coop-1", "growers", "g1") == {"name": "张三"}
        with client_for(create_app(store)) as client:
            laptop = Laptop(client, store, coop="甲社")
            assert laptop.coop_id == "coop-1"
            laptop.pushed(laptop.change("growers", "g2", changes={"name": "李四"}))
            assert [c["cursor"] for c in laptop.pull_all()] == [1, 2, 3, 4]
        with store._read() as tx:
            version = tx.one("SELECT value FROM server_meta WHERE key = 'schema_version'")
        assert version == (str(SCHEMA_VERSION),)
    finally:
        store.close()


def test_a_newer_schema_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "server.db"
    ServerStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE server_meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError):
        ServerStore(path)
    assert path.read_bytes() == before
