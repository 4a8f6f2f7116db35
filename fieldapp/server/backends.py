"""The two databases the central server runs on: connections, transactions, schema.

SQLite (the default: one file in the server's data folder) or PostgreSQL (given a
`postgresql://` URL, for a cooperative union with many devices). Everything above this
module, the statements in `tables.py` and the rules in `store.py`, is the same code for
both; the differences are kept here:

- placeholders (`?` in the statements, `%s` for psycopg), done by `Backend.sql`;
- how writers are kept apart: SQLite has one writer at a time (a lock in this process,
  BEGIN IMMEDIATE against other processes such as the CLI); PostgreSQL runs pushes in
  parallel and a push locks its cooperative's row instead (`Tables.lock_coop`);
- column types in the schema, and the row lock clause (`FOR UPDATE`).

The change log's cursor comes from the one-row `log_counter` table on both: a push
takes its cursors there at its end and holds the row locked until it commits, so
cursors are handed out in commit order and a pull "after N" never skips a push that
committed late (a PostgreSQL sequence would: ../shared/TOOLCHAIN.md).
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

BUSY_TIMEOUT_MS = 10_000
SCHEMA_VERSION = 2

# `{key}`, `{cursor}`: the types that differ; SQLite's INTEGER PRIMARY KEY is the rowid.
_SCHEMA = """
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
    PRIMARY KEY (coop_id, table_name, row_id));
CREATE INDEX IF NOT EXISTS records_coop ON records (coop_id, table_name);
CREATE INDEX IF NOT EXISTS records_row ON records (row_id);
CREATE TABLE IF NOT EXISTS log_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1), last BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS change_log (
    cursor {cursor}, coop_id TEXT NOT NULL, push_id TEXT NOT NULL,
    table_name TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL,
    hlc TEXT NOT NULL, device_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS change_log_coop ON change_log (coop_id, cursor);
CREATE INDEX IF NOT EXISTS change_log_push ON change_log (push_id, cursor);
CREATE TABLE IF NOT EXISTS ledger_flags (
    id {key}, coop_id TEXT NOT NULL, table_name TEXT NOT NULL,
    row_id TEXT NOT NULL, device_id TEXT NOT NULL, reason TEXT NOT NULL,
    change TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ledger_flags_coop ON ledger_flags (coop_id, id);
CREATE TABLE IF NOT EXISTS receipt_numbers (
    coop_id TEXT NOT NULL, number TEXT NOT NULL, row_id TEXT NOT NULL,
    device_id TEXT NOT NULL, sequence BIGINT, hash TEXT NOT NULL,
    PRIMARY KEY (coop_id, number));
CREATE INDEX IF NOT EXISTS receipt_chain ON receipt_numbers (coop_id, device_id, sequence);
"""

# Schema 1 (SQLite only) took cursors from AUTOINCREMENT (its column takes given ones
# too) and keyed rows by table and id alone, so the first-run rows every laptop makes
# with the same ids (domain/ids.py shipped_id) could exist in one cooperative only.
_FROM_1 = (
    "CREATE TABLE log_counter (id INTEGER PRIMARY KEY CHECK (id = 1), last BIGINT NOT NULL)",
    "INSERT INTO log_counter (id, last) SELECT 1, COALESCE(MAX(cursor), 0) FROM change_log",
    "CREATE TABLE records_2 (table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
    "coop_id TEXT NOT NULL, data TEXT NOT NULL, hlcs TEXT NOT NULL, writers TEXT NOT NULL, "
    "PRIMARY KEY (coop_id, table_name, row_id))",
    "INSERT INTO records_2 SELECT table_name, row_id, coop_id, data, hlcs, writers FROM records",
    "DROP TABLE records",
    "ALTER TABLE records_2 RENAME TO records",
)


class NewerSchemaError(RuntimeError):
    pass


class Backend(Protocol):
    """What `ServerStore` needs of a database. A connection is the driver's own
    (sqlite3 or psycopg): both have `execute(sql, params)` with `fetchone`/`fetchall`
    and `rowcount`, and `cursor().executemany`."""

    name: str
    for_update: str  # appended to a SELECT that must lock its rows until commit
    has_meta: str  # a query with a row when the server's tables exist

    def sql(self, statement: str) -> str: ...
    def write(self) -> AbstractContextManager[Any]: ...
    def read(self) -> AbstractContextManager[Any]: ...
    def close(self) -> None: ...


class _Pool:
    """Connections kept for reuse rather than one per thread: the web server's worker
    threads come and go, and a connection per thread would leak with them."""

    def __init__(self, connect: Callable[[], Any], usable: Callable[[Any], bool]) -> None:
        self._connect = connect
        self._usable = usable
        self._idle: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._opened: list[Any] = []
        self._lock = threading.Lock()

    @contextmanager
    def borrow(self) -> Iterator[Any]:
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = self._connect()
            with self._lock:
                self._opened.append(conn)
        try:
            yield conn
        finally:
            if self._usable(conn):
                self._idle.put(conn)
            else:  # a database restarted under a kept connection: open a new one next time
                with self._lock:
                    self._opened.remove(conn)
                conn.close()

    def close(self) -> None:
        with self._lock:
            for conn in self._opened:
                conn.close()
            self._opened.clear()
        self._idle = queue.SimpleQueue()


class SQLiteBackend:
    name = "sqlite"
    for_update = ""  # a write transaction already holds the whole file
    has_meta = "SELECT 1 FROM sqlite_master WHERE name = 'server_meta'"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pool = _Pool(self._connect, lambda conn: True)
        self._write_lock = threading.Lock()
        self._create_schema()

    def _connect(self) -> sqlite3.Connection:
        """Autocommit mode: the only transactions are the ones `write`/`read` open.
        synchronous=FULL: an answered push must survive a power cut, since the laptop
        deletes its outbox rows on that answer."""
        conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        return conn

    @staticmethod
    def sql(statement: str) -> str:
        return statement

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        with self._write_lock, self._pool.borrow() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # a failed COMMIT leaves it open
                    conn.execute("ROLLBACK")
                raise

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """One snapshot for several statements (a pull page and its extension)."""
        with self._pool.borrow() as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("ROLLBACK")

    def _create_schema(self) -> None:
        with self.write() as conn:
            types = ("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER PRIMARY KEY")
            _make_schema(self, conn, types, {1: _FROM_1})

    def close(self) -> None:
        self._pool.close()

    def __str__(self) -> str:
        return str(self.path)


class PostgresBackend:
    """psycopg 3 in autocommit mode with explicit BEGIN/COMMIT, as the SQLite side.
    Reads are REPEATABLE READ: a pull page and its extension see one snapshot."""

    name = "postgresql"
    for_update = " FOR UPDATE"
    has_meta = (
        "SELECT 1 FROM information_schema.tables "
        "WHERE table_name = 'server_meta' AND table_schema = current_schema()"
    )

    def __init__(self, url: str) -> None:
        import psycopg  # only a server given a PostgreSQL URL needs it

        self.url = url
        self._psycopg = psycopg
        self._sql: dict[str, str] = {}
        self._pool = _Pool(self._connect, lambda conn: not conn.closed and not conn.broken)
        self._create_schema()

    def _connect(self) -> Any:
        return self._psycopg.connect(self.url, autocommit=True)

    def sql(self, statement: str) -> str:
        # The statements hold no other '?' and no '%' (tables.py), so this is exact.
        found = self._sql.get(statement)
        if found is None:
            found = self._sql[statement] = statement.replace("?", "%s")
        return found

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[Any]:
        with self._pool.borrow() as conn:
            conn.execute(begin)
            try:
                yield conn
            except BaseException:
                if not conn.broken:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def write(self) -> AbstractContextManager[Any]:
        return self._transaction("BEGIN")

    def read(self) -> AbstractContextManager[Any]:
        return self._transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def _create_schema(self) -> None:
        with self.write() as conn:
            # One server at a time creates the tables (two starting together would race).
            conn.execute("SELECT pg_advisory_xact_lock(4242)")
            types = ("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "BIGINT PRIMARY KEY")
            _make_schema(self, conn, types, {})

    def close(self) -> None:
        self._pool.close()

    def __str__(self) -> str:
        # The URL without its password, for messages.
        info = self._psycopg.conninfo.conninfo_to_dict(self.url)
        return f"postgresql database {info.get('dbname', '')} on {info.get('host', 'localhost')}"


def open_backend(database: str | Path) -> SQLiteBackend | PostgresBackend:
    """A PostgreSQL URL (postgresql://... or postgres://..., or a libpq "key=value"
    string with dbname=) opens PostgreSQL; anything else is a SQLite file's path."""
    text = str(database)
    if text.startswith(("postgresql://", "postgres://")) or "dbname=" in text:
        return PostgresBackend(text)
    return SQLiteBackend(Path(text))


def _make_schema(
    backend: Backend, conn: Any, types: tuple[str, str], upgrades: dict[int, tuple[str, ...]]
) -> None:
    """Create what is missing, upgrade an older schema first; refuse a newer one.
    `types`: the column types of an id made by the database and of the cursor."""
    version = _version(backend, conn)
    if version is not None and version > SCHEMA_VERSION:
        raise NewerSchemaError(f"{backend} was written by a newer FieldApp server")
    for statement in upgrades.get(version or SCHEMA_VERSION, ()):
        conn.execute(statement)
    schema = _SCHEMA.replace("{key}", types[0]).replace("{cursor}", types[1])
    for statement in filter(None, (s.strip() for s in schema.split(";"))):
        conn.execute(statement)
    conn.execute("INSERT INTO log_counter (id, last) VALUES (1, 0) ON CONFLICT DO NOTHING")
    if version is None:
        conn.execute(
            backend.sql("INSERT INTO server_meta (key, value) VALUES ('schema_version', ?)"),
            (str(SCHEMA_VERSION),),
        )
    elif version < SCHEMA_VERSION:
        conn.execute(
            backend.sql("UPDATE server_meta SET value = ? WHERE key = 'schema_version'"),
            (str(SCHEMA_VERSION),),
        )


def _version(backend: Backend, conn: Any) -> int | None:
    if conn.execute(backend.has_meta).fetchone() is None:
        return None
    row = conn.execute("SELECT value FROM server_meta WHERE key = 'schema_version'").fetchone()
    return None if row is None else int(row[0])
