"""The central server's storage (docs/sync.md): devices, rows, the change log, flags.

Every SQL statement of the server is in this module, so a PostgreSQL backend can be
added behind the same `ServerStore` interface. The statements use `?` placeholders
(psycopg wants `%s`) and only SQL both databases speak, except the schema below and
the cursor (see `_SCHEMA`). Rows are kept generically, as JSON of their fields, so
the server needs no migration when a laptop table gains a column.
"""

from __future__ import annotations

import datetime as dt
import json
import queue
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain.ids import new_id
from fieldapp.domain.sync import (
    LEDGER_TABLES,
    QUIET,
    WRITABLE,
    Change,
    FieldConflict,
    Op,
    Pulled,
    Role,
    Scalar,
    merge,
)

from . import auth

BUSY_TIMEOUT_MS = 10_000
SCHEMA_VERSION = 1
SERVER_DEVICE = "server"  # device_id of the rows the server itself writes (conflicts)

# SQLite form. `cursor` is handed out by AUTOINCREMENT: SQLite has one writer at a
# time and a push is one transaction, so cursors are in commit order and a pull
# "after N" never skips a push that commits late. PostgreSQL will NOT give that with
# a sequence (two transactions can commit out of their sequence order): its backend
# must take the cursor from a counter row locked until commit (../shared/TOOLCHAIN.md).
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


class RefusedError(Exception):
    """A request the server turns down; `status` is the HTTP status, the message a
    sentence for the person at the laptop."""

    status = 403


class SeqGapError(RefusedError):
    """A push that starts past the device's high_seq + 1: it must resend from there."""

    status = 409

    def __init__(self, message: str, high_seq: int) -> None:
        super().__init__(message)
        self.high_seq = high_seq


@dataclass(frozen=True)
class Device:
    device_id: str
    device_code: str
    coop_id: str
    role: str
    name: str


@dataclass(frozen=True)
class Enrolled:
    token: str
    device_code: str
    coop_id: str
    role: str


@dataclass(frozen=True)
class Page:
    changes: list[Pulled]
    next: int
    more: bool


@dataclass
class _Record:
    coop_id: str
    data: dict[str, Scalar]
    hlcs: dict[str, str]
    writers: dict[str, str]  # field -> device that last set it (for conflict records)


def utc_now() -> str:
    """The laptops' timestamp form: UTC ISO-8601 with milliseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def connect(path: Path | str) -> sqlite3.Connection:
    """Autocommit mode: the only transactions are the ones `_write`/`_read` open.
    synchronous=FULL: an answered push must survive a power cut, since the laptop
    deletes its outbox rows on that answer."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


class _Tx:
    """The statements of one transaction. A PostgreSQL backend reimplements this class
    (and `connect`); the rules in `_Push` and `ServerStore` stay as they are."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _one(self, sql: str, params: tuple = ()) -> tuple | None:
        return self.conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    # -- coops, codes, devices

    def coop_id(self, name: str) -> str | None:
        row = self._one("SELECT id FROM coops WHERE name = ?", (name,))
        return None if row is None else row[0]

    def add_coop(self, name: str, now: str) -> str:
        coop_id = new_id()
        self.conn.execute(
            "INSERT INTO coops (id, name, created_at) VALUES (?, ?, ?)", (coop_id, name, now)
        )
        return coop_id

    def add_code(self, code_hash: str, coop_id: str, role: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO enrolment_codes (code_hash, coop_id, role, created_at) "
            "VALUES (?, ?, ?, ?)",
            (code_hash, coop_id, role, now),
        )

    def code(self, code_hash: str) -> tuple[str, str, str | None] | None:
        """(coop id, role, used_at) of an enrolment code."""
        return self._one(
            "SELECT coop_id, role, used_at FROM enrolment_codes WHERE code_hash = ?", (code_hash,)
        )

    def use_code(self, code_hash: str, device_id: str, now: str) -> None:
        self.conn.execute(
            "UPDATE enrolment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?",
            (now, device_id, code_hash),
        )

    def device_code_of(self, device_id: str) -> str | None:
        row = self._one("SELECT device_code FROM devices WHERE device_id = ?", (device_id,))
        return None if row is None else row[0]

    def device_code_taken(self, device_code: str) -> bool:
        return self._one("SELECT 1 FROM devices WHERE device_code = ?", (device_code,)) is not None

    def add_device(self, device: Device, token_hash: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO devices (device_id, device_code, coop_id, role, name, token_hash, "
            "enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*_device_values(device), token_hash, now),
        )

    def reenrol_device(self, device: Device, token_hash: str, now: str) -> None:
        # One token per device: writing the new hash is what revokes the old token.
        self.conn.execute(
            "UPDATE devices SET coop_id = ?, role = ?, name = ?, token_hash = ?, "
            "enrolled_at = ?, revoked_at = NULL WHERE device_id = ?",
            (device.coop_id, device.role, device.name, token_hash, now, device.device_id),
        )

    def device_by_token(self, token_hash: str) -> tuple | None:
        return self._one(
            "SELECT device_id, device_code, coop_id, role, name, token_hash FROM devices "
            "WHERE token_hash = ? AND revoked_at IS NULL",
            (token_hash,),
        )

    def revoke(self, device_code: str, now: str) -> bool:
        cursor = self.conn.execute(
            "UPDATE devices SET token_hash = NULL, revoked_at = ? WHERE device_code = ?",
            (now, device_code),
        )
        return cursor.rowcount > 0

    def high_seq(self, device_id: str) -> int:
        row = self._one("SELECT high_seq FROM devices WHERE device_id = ?", (device_id,))
        return 0 if row is None else int(row[0])

    def set_high_seq(self, device_id: str, seq: int) -> None:
        self.conn.execute("UPDATE devices SET high_seq = ? WHERE device_id = ?", (seq, device_id))

    # -- rows

    def record(self, table: str, row_id: str) -> _Record | None:
        row = self._one(
            "SELECT coop_id, data, hlcs, writers FROM records WHERE table_name = ? AND row_id = ?",
            (table, row_id),
        )
        if row is None:
            return None
        return _Record(row[0], json.loads(row[1]), json.loads(row[2]), json.loads(row[3]))

    def add_record(self, table: str, row_id: str, record: _Record) -> None:
        self.conn.execute(
            "INSERT INTO records (table_name, row_id, coop_id, data, hlcs, writers) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (table, row_id, record.coop_id, *_record_json(record)),
        )

    def save_record(self, table: str, row_id: str, record: _Record) -> None:
        self.conn.execute(
            "UPDATE records SET data = ?, hlcs = ?, writers = ? "
            "WHERE table_name = ? AND row_id = ?",
            (*_record_json(record), table, row_id),
        )

    def records(self, coop_id: str, table: str) -> list[tuple[str, dict]]:
        rows = self._all(
            "SELECT row_id, data FROM records WHERE coop_id = ? AND table_name = ? ORDER BY row_id",
            (coop_id, table),
        )
        return [(row_id, json.loads(data)) for row_id, data in rows]

    # -- the change log

    def log(self, coop_id: str, push_id: str, entry: Pulled) -> None:
        self.conn.execute(
            "INSERT INTO change_log (coop_id, push_id, table_name, row_id, op, fields, hlc, "
            "device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                coop_id,
                push_id,
                entry.table,
                entry.row_id,
                entry.op,
                _dumps(entry.fields),
                entry.hlc,
                entry.device_id,
            ),
        )

    _LOG_COLUMNS = "cursor, table_name, row_id, op, fields, hlc, device_id, push_id"

    def log_page(self, coop_id: str, after: int, limit: int) -> list[tuple[Pulled, str]]:
        rows = self._all(
            f"SELECT {self._LOG_COLUMNS} FROM change_log WHERE coop_id = ? AND cursor > ? "
            "ORDER BY cursor LIMIT ?",
            (coop_id, after, limit),
        )
        return [_pulled(row) for row in rows]

    def log_rest_of_push(self, coop_id: str, push_id: str, after: int) -> list[tuple[Pulled, str]]:
        rows = self._all(
            f"SELECT {self._LOG_COLUMNS} FROM change_log WHERE push_id = ? AND coop_id = ? "
            "AND cursor > ? ORDER BY cursor",
            (push_id, coop_id, after),
        )
        return [_pulled(row) for row in rows]

    def log_has_after(self, coop_id: str, after: int) -> bool:
        row = self._one(
            "SELECT 1 FROM change_log WHERE coop_id = ? AND cursor > ? LIMIT 1", (coop_id, after)
        )
        return row is not None

    def last_cursor(self, coop_id: str) -> int:
        row = self._one("SELECT MAX(cursor) FROM change_log WHERE coop_id = ?", (coop_id,))
        return int(row[0] or 0) if row else 0

    # -- the ledger

    def add_flag(self, coop_id: str, change: Change, device_id: str, reason: str) -> None:
        self.conn.execute(
            "INSERT INTO ledger_flags (coop_id, table_name, row_id, device_id, reason, change, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                coop_id,
                change.table,
                change.row_id,
                device_id,
                reason,
                _dumps(change.to_json()),
                utc_now(),
            ),
        )

    def flags(self, coop_id: str) -> list[dict]:
        rows = self._all(
            "SELECT id, table_name, row_id, device_id, reason, change, created_at "
            "FROM ledger_flags WHERE coop_id = ? ORDER BY id",
            (coop_id,),
        )
        keys = ("id", "table_name", "row_id", "device_id", "reason", "change", "created_at")
        flags = [dict(zip(keys, row, strict=True)) for row in rows]
        for flag in flags:
            flag["change"] = json.loads(flag["change"])
        return flags

    def receipt_owner(self, coop_id: str, number: str) -> str | None:
        row = self._one(
            "SELECT row_id FROM receipt_numbers WHERE coop_id = ? AND number = ?",
            (coop_id, number),
        )
        return None if row is None else row[0]

    def previous_receipt_hash(self, coop_id: str, device_id: str, sequence: int) -> str | None:
        row = self._one(
            "SELECT hash FROM receipt_numbers WHERE coop_id = ? AND device_id = ? "
            "AND sequence < ? ORDER BY sequence DESC LIMIT 1",
            (coop_id, device_id, sequence),
        )
        return None if row is None else row[0]

    def add_receipt_number(
        self,
        coop_id: str,
        number: str,
        row_id: str,
        device_id: str,
        sequence: int | None,
        hash_: str,
    ) -> None:
        self.conn.execute(
            "INSERT INTO receipt_numbers (coop_id, number, row_id, device_id, sequence, hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (coop_id, number, row_id, device_id, sequence, hash_),
        )

    def count(self, table: str) -> int:
        assert table in _COUNTED, table  # a fixed list: the name goes into the SQL
        row = self._one(f"SELECT COUNT(*) FROM {table}")
        return int(row[0]) if row else 0


_COUNTED = ("records", "change_log", "ledger_flags", "devices", "enrolment_codes", "coops")


def _device_values(device: Device) -> tuple[str, str, str, str, str]:
    return device.device_id, device.device_code, device.coop_id, device.role, device.name


def _record_json(record: _Record) -> tuple[str, str, str]:
    return _dumps(record.data), _dumps(record.hlcs), _dumps(record.writers)


def _pulled(row: tuple) -> tuple[Pulled, str]:
    cursor, table, row_id, op, fields, stamp, device_id, push_id = row
    return Pulled(int(cursor), table, row_id, op, json.loads(fields), stamp, device_id), push_id


class _Push:
    """One push request, applied change by change inside one transaction. Raising
    `RefusedError` anywhere rolls the whole push back."""

    def __init__(self, tx: _Tx, device: Device) -> None:
        self.tx = tx
        self.device = device
        self.coop = device.coop_id
        self.push_id = new_id()  # all log entries of this push share it (pull pages)
        self.now = utc_now()
        self.conflicts = 0

    def apply(self, change: Change) -> None:
        record = self.tx.record(change.table, change.row_id)
        if (record is not None and record.coop_id != self.coop) or (
            "coop_id" in change.changes and change.changes["coop_id"] != self.coop
        ):
            raise RefusedError(
                f"change {change.seq}: {change.table} {change.row_id} belongs to another "
                "cooperative"
            )
        if change.table in LEDGER_TABLES:
            self._ledger(change, record)
        elif record is None:
            self._create(change)
        else:
            self._merge(change, record)

    def _stamped(self, change: Change) -> dict[str, Scalar]:
        """What a change sets in the server's copy of its row. A laptop stamps the row
        it updates with the change's HLC and its own device id (storage/synced.py) but
        sends those two only in the change's envelope: the server's copy follows them
        the same way. They are not logged again: every log entry carries its HLC and
        device, and a laptop applying it takes them from there (storage/sync_state.py)."""
        fields = dict(change.changes)
        if change.op != Op.INSERT:  # an insert carries the whole row, these included
            fields.setdefault("hlc", change.hlc)
            fields.setdefault("device_id", self.device.device_id)
        return fields

    def _create(self, change: Change) -> None:
        # An update of a row the server lacks also creates it (with what it carries):
        # dropping it would lose the edit, and a later insert merges into it.
        fields = self._stamped(change)
        me = self.device.device_id
        hlcs, writers = dict.fromkeys(fields, change.hlc), dict.fromkeys(fields, me)
        self.tx.add_record(change.table, change.row_id, _Record(self.coop, fields, hlcs, writers))
        self._log(change.table, change.row_id, "insert", dict(change.changes), change.hlc)

    def _merge(self, change: Change, record: _Record) -> None:
        base = None if change.op == Op.INSERT else change.base
        carried = self._stamped(change)
        # device_id names the device of the change that set the row's hlc, so it goes
        # with that field. Merged on its own it would lag: an equal value does not move
        # its per-field HLC, and a change older than the row's hlc could then set it.
        paired = {"hlc", "device_id"} <= carried.keys() & record.data.keys()
        writer = carried.pop("device_id") if paired else None
        merged = merge(record.data, record.hlcs, carried, base, change.hlc)
        if writer is not None and "hlc" in merged.values:
            merged.values["device_id"], merged.hlcs["device_id"] = writer, change.hlc
        previous_writers = dict(record.writers)
        if merged.values:
            record.data.update(merged.values)
            record.hlcs.update(merged.hlcs)
            record.writers.update(dict.fromkeys(merged.values, self.device.device_id))
            self.tx.save_record(change.table, change.row_id, record)
        fields = {k: v for k, v in merged.values.items() if k in change.changes}
        for conflict in merged.conflicts:
            # The value the row keeps goes down too: the device whose value lost still
            # holds it locally, and this entry is what corrects it on its next pull.
            fields[conflict.field] = record.data[conflict.field]
            won = conflict.field in merged.values
            self._conflict(change, conflict, won, previous_writers.get(conflict.field, ""))
        for name in QUIET.intersection(change.changes):
            # So does a bookkeeping value (updated_at) that lost to a later HLC: the
            # device that sent it holds it in its row, and it had kept it through the
            # pulls made while this change waited in its outbox. Without this entry the
            # laptops never agree on when the row was last changed.
            kept = record.data.get(name, change.changes[name])
            if name not in merged.values and kept != change.changes[name]:
                fields[name] = kept
        if fields:
            self._log(change.table, change.row_id, "update", fields, change.hlc)

    def _conflict(self, change: Change, conflict: FieldConflict, won: bool, writer: str) -> None:
        """A conflicts row, stored and logged like any row so every laptop pulls it.
        `won`: the pushed value is the one kept; `writer`: who set the server's value."""
        me = self.device.device_id
        stamp = max(conflict.kept_hlc, conflict.other_hlc)
        data: dict[str, Scalar] = {
            "coop_id": self.coop,
            "table_name": change.table,
            "row_id": change.row_id,
            "field": conflict.field,
            # JSON text, so that 12 and "12" and null come back as they were.
            "kept": _dumps(conflict.kept),
            "other": _dumps(conflict.other),
            "kept_hlc": conflict.kept_hlc,
            "other_hlc": conflict.other_hlc,
            "kept_device": me if won else writer,
            "other_device": writer if won else me,
            "resolved": 0,
            "created_at": self.now,
            "updated_at": self.now,
            "hlc": stamp,
            "device_id": SERVER_DEVICE,
            "deleted": 0,
        }
        row_id = new_id()
        hlcs, writers = dict.fromkeys(data, stamp), dict.fromkeys(data, SERVER_DEVICE)
        self.tx.add_record("conflicts", row_id, _Record(self.coop, data, hlcs, writers))
        entry = Pulled(0, "conflicts", row_id, "insert", data, stamp, SERVER_DEVICE)
        self.tx.log(self.coop, self.push_id, entry)
        self.conflicts += 1

    def _log(self, table: str, row_id: str, op: str, fields: dict, stamp: str) -> None:
        entry = Pulled(0, table, row_id, op, fields, stamp, self.device.device_id)
        self.tx.log(self.coop, self.push_id, entry)

    # -- the append-only ledger: never overwritten, anything odd becomes a flag

    def _ledger(self, change: Change, record: _Record | None) -> None:
        if change.op != Op.INSERT:
            self._flag(change, "ledger rows cannot be changed or deleted; the change was ignored")
        elif record is not None:
            keys = record.data.keys() | change.changes.keys()
            differ = sorted(k for k in keys if record.data.get(k) != change.changes.get(k))
            if differ:
                self._flag(
                    change,
                    f"this id is already in the ledger with other values ({', '.join(differ)}); "
                    "the stored row was kept",
                )
        elif change.table != "receipts" or self._receipt_ok(change):
            self._create(change)

    def _receipt_ok(self, change: Change) -> bool:
        """Check a new receipt's number and hash chain; False if it must not be stored
        (every laptop keeps receipt numbers unique, so a duplicate could never be pulled)."""
        values = change.changes
        number = values.get("number")
        if not isinstance(number, str) or not number:
            self._flag(change, "the receipt has no number; it was not stored")
            return False
        if self.tx.receipt_owner(self.coop, number) is not None:
            self._flag(
                change, f"receipt number {number} is already used by another receipt; not stored"
            )
            return False
        me = self.device.device_id
        sequence = values.get("sequence")
        sequence = sequence if isinstance(sequence, int) else None
        if sequence is not None:
            previous = self.tx.previous_receipt_hash(self.coop, me, sequence) or ""
            if previous != (values.get("prev_hash") or ""):
                # Stored all the same: it is a real purchase; the break is for a person.
                self._flag(change, "the receipt's prev_hash does not follow the device's last one")
        self.tx.add_receipt_number(
            self.coop, number, change.row_id, me, sequence, str(values.get("hash") or "")
        )
        return True

    def _flag(self, change: Change, reason: str) -> None:
        self.tx.add_flag(self.coop, change, self.device.device_id, reason)


class ServerStore:
    """The server's database: one SQLite file, one writer at a time (a lock in this
    process, BEGIN IMMEDIATE against others such as the CLI), readers in parallel.

    Connections come from a small pool rather than one per thread: the web server's
    worker threads come and go, and a connection per thread would leak with them."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._idle: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self._opened: list[sqlite3.Connection] = []
        self._opened_lock = threading.Lock()
        self._seen: dict[str, str] = {}  # device id -> last time written to last_seen
        self._write_lock = threading.Lock()
        self._create_schema()

    @classmethod
    def in_folder(cls, folder: Path) -> ServerStore:
        folder.mkdir(parents=True, exist_ok=True)
        return cls(folder / "server.db")

    @contextmanager
    def _borrow(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = connect(self.path)
            with self._opened_lock:
                self._opened.append(conn)
        try:
            yield conn
        finally:
            self._idle.put(conn)

    @contextmanager
    def _write(self) -> Iterator[_Tx]:
        with self._write_lock, self._borrow() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield _Tx(conn)
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
    def _read(self) -> Iterator[_Tx]:
        """One snapshot for several statements (a pull page and its extension)."""
        with self._borrow() as conn:
            conn.execute("BEGIN")
            try:
                yield _Tx(conn)
            finally:
                conn.execute("ROLLBACK")

    def _create_schema(self) -> None:
        with self._write_lock, self._borrow() as conn:
            conn.executescript(_SCHEMA)
        with self._write() as tx:
            row = tx._one("SELECT value FROM server_meta WHERE key = 'schema_version'")
            if row is None:
                tx.conn.execute(
                    "INSERT INTO server_meta (key, value) VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )
            elif int(row[0]) > SCHEMA_VERSION:
                raise RuntimeError(f"{self.path} was written by a newer FieldApp server")

    def close(self) -> None:
        with self._opened_lock:
            for conn in self._opened:
                conn.close()
            self._opened.clear()
        self._idle = queue.SimpleQueue()

    # -- enrolment and tokens

    def new_code(self, coop_name: str, role: str) -> tuple[str, str]:
        """(one-time enrolment code, coop id) for a coop (made if new) and a role."""
        if role not in frozenset(Role):
            raise ValueError(f"unknown role {role!r}")
        code, now = auth.new_enrolment_code(), utc_now()
        with self._write() as tx:
            coop_id = tx.coop_id(coop_name) or tx.add_coop(coop_name, now)
            tx.add_code(auth.digest(code), coop_id, role, now)
        return code, coop_id

    def enrol(self, code: str, device_id: str, name: str) -> Enrolled:
        if device_id == SERVER_DEVICE:  # the conflicts rows' writer: no laptop may pose as it
            raise RefusedError(f"'{SERVER_DEVICE}' cannot be a device id")
        code_hash = auth.digest(auth.normalise_code(code))
        token, now = auth.new_token(), utc_now()
        with self._write() as tx:
            found = tx.code(code_hash)
            if found is None:
                raise RefusedError("this enrolment code is not known")
            coop_id, role, used_at = found
            if used_at is not None:
                raise RefusedError("this enrolment code was already used")
            tx.use_code(code_hash, device_id, now)
            device_code = tx.device_code_of(device_id)
            if device_code is None:
                device_code = _free_device_code(tx)
                device = Device(device_id, device_code, coop_id, role, name)
                tx.add_device(device, auth.digest(token), now)
            else:  # the same laptop again: a new token, the old one stops working
                device = Device(device_id, device_code, coop_id, role, name)
                tx.reenrol_device(device, auth.digest(token), now)
        return Enrolled(token, device_code, coop_id, role)

    def device(self, token: str) -> Device | None:
        """The enrolled, unrevoked device a bearer token belongs to."""
        with self._read() as tx:
            row = tx.device_by_token(auth.digest(token))
        if row is None or not auth.same_digest(row[5], token):
            return None
        return Device(*row[:5])

    def revoke(self, device_code: str) -> bool:
        with self._write() as tx:
            return tx.revoke(auth.normalise_code(device_code), utc_now())

    # -- sync

    def push(self, device: Device, device_id: str, changes: list[Change]) -> tuple[int, int]:
        """Apply a validated batch (docs/sync.md, Push); (high_seq, conflicts).
        Raises RefusedError (403) or SeqGapError (409); nothing is written then."""
        if device_id != device.device_id:
            raise RefusedError("the batch names another device than the one this token belongs to")
        with self._write() as tx:
            high = tx.high_seq(device.device_id)
            if changes[0].seq > high + 1:
                raise SeqGapError(f"changes after {high} are missing; send from {high + 1}", high)
            fresh = [c for c in changes if c.seq > high]
            if not fresh:  # the same batch again after a lost answer
                return high, 0
            # Only what is new is checked: what was accepted once stays accepted, even
            # if the laptop has since been enrolled again with another role.
            allowed = WRITABLE[device.role]
            for change in fresh:
                if change.table not in allowed:
                    raise RefusedError(
                        f"change {change.seq}: a {device.role} may not change {change.table}"
                    )
            push = _Push(tx, device)
            for change in fresh:
                push.apply(change)
            tx.set_high_seq(device.device_id, fresh[-1].seq)
            return fresh[-1].seq, push.conflicts

    def pull(self, coop_id: str, after: int, limit: int) -> Page:
        with self._read() as tx:
            rows = tx.log_page(coop_id, after, limit + 1)
            more = len(rows) > limit
            if more:
                rows = rows[:limit]
                # Finish the last push on this page: a laptop applies a page in one
                # transaction and should never hold half of one push.
                last, push_id = rows[-1]
                rows += tx.log_rest_of_push(coop_id, push_id, last.cursor)
                more = tx.log_has_after(coop_id, rows[-1][0].cursor)
        changes = [pulled for pulled, _ in rows]
        return Page(changes, changes[-1].cursor if changes else after, more)

    def status(self, device: Device) -> dict:
        with self._read() as tx:
            return {
                "device_code": device.device_code,
                "coop_id": device.coop_id,
                "role": device.role,
                "high_seq": tx.high_seq(device.device_id),
                "server_cursor": tx.last_cursor(device.coop_id),
            }

    def open_conflicts(self, coop_id: str) -> list[dict]:
        with self._read() as tx:
            rows = tx.records(coop_id, "conflicts")
        return [
            {"id": row_id, **data}
            for row_id, data in rows
            if not data.get("resolved") and not data.get("deleted")
        ]

    def ledger_flags(self, coop_id: str) -> list[dict]:
        with self._read() as tx:
            return tx.flags(coop_id)

    # -- what the coordinator's page shows

    def seen(self, device_id: str) -> None:
        """Note that a device synced; written at most once a minute per device, so a
        pull stays a read."""
        now = utc_now()
        last = self._seen.get(device_id, "")
        if now[:16] == last[:16]:  # the same minute
            return
        self._seen[device_id] = now
        with self._write() as tx:
            tx.conn.execute(
                "UPDATE devices SET last_seen = ? WHERE device_id = ?", (now, device_id)
            )

    def devices_of(self, coop_id: str) -> list[dict]:
        with self._read() as tx:
            rows = tx._all(
                "SELECT device_code, name, role, enrolled_at, last_seen, high_seq, revoked_at "
                "FROM devices WHERE coop_id = ? ORDER BY enrolled_at",
                (coop_id,),
            )
        keys = ("device_code", "name", "role", "enrolled_at", "last_seen", "high_seq", "revoked_at")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def receipt(self, coop_id: str, number: str) -> dict | None:
        """A receipt as the server holds it, with its void and flags, by its number."""
        with self._read() as tx:
            found = tx._one(
                "SELECT row_id, device_id FROM receipt_numbers WHERE coop_id = ? AND number = ?",
                (coop_id, number),
            )
            if found is None:
                return None
            row_id, device_id = found
            record = tx.record("receipts", row_id)
            voids = [
                json.loads(data)
                for (data,) in tx._all(
                    "SELECT data FROM records WHERE coop_id = ? AND table_name = 'receipt_voids' "
                    "AND json_extract(data, '$.receipt_id') = ?",
                    (coop_id, row_id),
                )
            ]
            flags = [f for f in tx.flags(coop_id) if f.get("row_id") == row_id]
        return {
            "row_id": row_id,
            "device_id": device_id,
            "data": record.data if record else {},
            "voids": voids,
            "flags": flags,
        }

    def counts(self) -> dict[str, int]:
        """Rows per table: what the tests check to see that nothing was written."""
        with self._read() as tx:
            return {table: tx.count(table) for table in _COUNTED}


def _free_device_code(tx: _Tx) -> str:
    # 4 characters give a million codes; only if they keep colliding take a longer one.
    for attempt in range(60):
        code = auth.new_device_code(auth.DEVICE_CODE_LENGTH + attempt // 20)
        if not tx.device_code_taken(code):
            return code
    raise RuntimeError("no free device code")
