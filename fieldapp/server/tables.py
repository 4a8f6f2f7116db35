"""Every SQL statement of the central server, for SQLite and PostgreSQL alike.

The statements use `?` placeholders (the backend turns them into psycopg's `%s`), no
other `?` and no `%`, and only SQL both databases speak. Rows are kept generically, as
JSON of their fields, so the server needs no migration when a laptop table gains a
column.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.domain.sync import Change, Pulled, Scalar

from .backends import Backend

_IN_CHUNK = 500  # ids per `IN (...)`: well under SQLite's and psycopg's parameter limits
_COUNTED = ("records", "change_log", "ledger_flags", "devices", "enrolment_codes", "coops")


@dataclass(frozen=True)
class Device:
    device_id: str
    device_code: str
    coop_id: str
    role: str
    name: str


@dataclass
class Record:
    """The server's copy of one row, with the HLC and the writer of each field."""

    coop_id: str
    data: dict[str, Scalar]
    hlcs: dict[str, str]
    writers: dict[str, str]  # field -> device that last set it (for conflict records)


def utc_now() -> str:
    """The laptops' timestamp form: UTC ISO-8601 with milliseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def dumps(value: object) -> str:
    return _ENCODE(value)


class Tables:
    """The statements of one transaction on `conn`."""

    def __init__(self, backend: Backend, conn: Any) -> None:
        self.backend = backend
        self.conn = conn

    def _run(self, sql: str, params: Sequence = ()) -> Any:
        return self.conn.execute(self.backend.sql(sql), params)

    def _many(self, sql: str, rows: Iterable[Sequence]) -> None:
        rows = list(rows)
        if rows:
            self.conn.cursor().executemany(self.backend.sql(sql), rows)

    def one(self, sql: str, params: Sequence = ()) -> tuple | None:
        return self._run(sql, params).fetchone()

    def all(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self._run(sql, params).fetchall()

    # -- coops, codes, devices

    def coop_id(self, name: str) -> str | None:
        row = self.one("SELECT id FROM coops WHERE name = ?", (name,))
        return None if row is None else row[0]

    def add_coop(self, coop_id: str, name: str, now: str) -> None:
        self._run("INSERT INTO coops (id, name, created_at) VALUES (?, ?, ?)", (coop_id, name, now))

    def lock_coop(self, coop_id: str) -> None:
        """Hold the cooperative's row until commit: its pushes then apply one after the
        other (each reads the rows it merges into), other cooperatives' in parallel."""
        self.one("SELECT id FROM coops WHERE id = ?" + self.backend.for_update, (coop_id,))

    def add_code(self, code_hash: str, coop_id: str, role: str, now: str) -> None:
        self._run(
            "INSERT INTO enrolment_codes (code_hash, coop_id, role, created_at) "
            "VALUES (?, ?, ?, ?)",
            (code_hash, coop_id, role, now),
        )

    def code(self, code_hash: str) -> tuple[str, str, str, str | None] | None:
        """(coop id, role, created_at, used_at) of an enrolment code."""
        return self.one(
            "SELECT coop_id, role, created_at, used_at FROM enrolment_codes WHERE code_hash = ?",
            (code_hash,),
        )

    def use_code(self, code_hash: str, device_id: str, now: str) -> bool:
        """False if another enrolment used the code first (they may run at once)."""
        cursor = self._run(
            "UPDATE enrolment_codes SET used_at = ?, used_by = ? "
            "WHERE code_hash = ? AND used_at IS NULL",
            (now, device_id, code_hash),
        )
        return cursor.rowcount == 1

    def enrolled_device(self, device_id: str) -> tuple[str, str] | None:
        """(device code, coop id) of a device enrolled before."""
        return self.one(
            "SELECT device_code, coop_id FROM devices WHERE device_id = ?", (device_id,)
        )

    def device_code_taken(self, device_code: str) -> bool:
        return self.one("SELECT 1 FROM devices WHERE device_code = ?", (device_code,)) is not None

    def add_device(self, device: Device, token_hash: str, now: str) -> None:
        self._run(
            "INSERT INTO devices (device_id, device_code, coop_id, role, name, token_hash, "
            "enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*_device_values(device), token_hash, now),
        )

    def reenrol_device(self, device: Device, token_hash: str, now: str) -> None:
        # One token per device: writing the new hash is what revokes the old token.
        self._run(
            "UPDATE devices SET coop_id = ?, role = ?, name = ?, token_hash = ?, "
            "enrolled_at = ?, revoked_at = NULL WHERE device_id = ?",
            (device.coop_id, device.role, device.name, token_hash, now, device.device_id),
        )

    def device_by_token(self, token_hash: str) -> tuple | None:
        return self.one(
            "SELECT device_id, device_code, coop_id, role, name, token_hash FROM devices "
            "WHERE token_hash = ? AND revoked_at IS NULL",
            (token_hash,),
        )

    def revoke(self, device_code: str, now: str) -> bool:
        cursor = self._run(
            "UPDATE devices SET token_hash = NULL, revoked_at = ? WHERE device_code = ?",
            (now, device_code),
        )
        return cursor.rowcount > 0

    def high_seq(self, device_id: str) -> int:
        row = self.one("SELECT high_seq FROM devices WHERE device_id = ?", (device_id,))
        return 0 if row is None else int(row[0])

    def set_high_seq(self, device_id: str, seq: int) -> None:
        self._run("UPDATE devices SET high_seq = ? WHERE device_id = ?", (seq, device_id))

    def set_last_seen(self, device_id: str, now: str) -> None:
        self._run("UPDATE devices SET last_seen = ? WHERE device_id = ?", (now, device_id))

    def devices_of(self, coop_id: str) -> list[tuple]:
        return self.all(
            "SELECT device_code, name, role, enrolled_at, last_seen, high_seq, revoked_at "
            "FROM devices WHERE coop_id = ? ORDER BY enrolled_at",
            (coop_id,),
        )

    # -- rows

    def record(self, coop_id: str, table: str, row_id: str) -> Record | None:
        row = self.one(
            "SELECT coop_id, data, hlcs, writers FROM records "
            "WHERE coop_id = ? AND table_name = ? AND row_id = ?",
            (coop_id, table, row_id),
        )
        return None if row is None else _record(row)

    def records_of(
        self, coop_id: str, keys: Iterable[tuple[str, str]]
    ) -> tuple[dict[tuple[str, str], Record], set[tuple[str, str]]]:
        """The cooperative's rows with these (table, row id) keys, and the keys that
        another cooperative holds: a push reads all it merges into at once instead of
        a statement per change."""
        wanted = set(keys)
        row_ids = sorted({row_id for _, row_id in wanted})
        mine: dict[tuple[str, str], Record] = {}
        foreign: set[tuple[str, str]] = set()
        for start in range(0, len(row_ids), _IN_CHUNK):
            chunk = row_ids[start : start + _IN_CHUNK]
            marks = ", ".join("?" * len(chunk))
            for table, row_id, *rest in self.all(
                "SELECT table_name, row_id, coop_id, data, hlcs, writers FROM records "
                f"WHERE row_id IN ({marks})",
                chunk,
            ):
                if (table, row_id) not in wanted:
                    continue
                if rest[0] == coop_id:
                    mine[table, row_id] = _record(rest)
                else:
                    foreign.add((table, row_id))
        return mine, foreign

    def add_records(self, rows: Iterable[tuple[str, str, Record]]) -> None:
        self._many(
            "INSERT INTO records (table_name, row_id, coop_id, data, hlcs, writers) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            ((table, row_id, r.coop_id, *_record_json(r)) for table, row_id, r in rows),
        )

    def save_records(self, rows: Iterable[tuple[str, str, Record]]) -> None:
        self._many(
            "UPDATE records SET data = ?, hlcs = ?, writers = ? "
            "WHERE coop_id = ? AND table_name = ? AND row_id = ?",
            ((*_record_json(r), r.coop_id, table, row_id) for table, row_id, r in rows),
        )

    def records(self, coop_id: str, table: str) -> list[tuple[str, dict]]:
        rows = self.all(
            "SELECT row_id, data FROM records WHERE coop_id = ? AND table_name = ? ORDER BY row_id",
            (coop_id, table),
        )
        return [(row_id, json.loads(data)) for row_id, data in rows]

    def every_record(self) -> list[tuple[str, str, dict]]:
        rows = self.all("SELECT table_name, row_id, data FROM records")
        return [(table, row_id, json.loads(data)) for table, row_id, data in rows]

    # -- the change log

    def log(self, coop_id: str, push_id: str, entries: Sequence[Pulled]) -> None:
        """Append a push's entries with the next cursors. Taking them from the counter
        row locks it until commit: cursors are handed out in commit order (backends.py)."""
        if not entries:
            return
        row = self.one(
            "UPDATE log_counter SET last = last + ? WHERE id = 1 RETURNING last", (len(entries),)
        )
        first = int(row[0]) - len(entries) + 1
        self._many(
            "INSERT INTO change_log (cursor, coop_id, push_id, table_name, row_id, op, fields, "
            "hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_log_row(first + i, coop_id, push_id, entry) for i, entry in enumerate(entries)],
        )

    # A log row as read: (cursor, table, row id, op, fields as JSON text, hlc, device id,
    # push id). The fields stay text: a pull answer splices them in as they are.
    _LOG_COLUMNS = "cursor, table_name, row_id, op, fields, hlc, device_id, push_id"

    def log_page(self, coop_id: str, after: int, limit: int) -> list[tuple]:
        return self.all(
            f"SELECT {self._LOG_COLUMNS} FROM change_log WHERE coop_id = ? AND cursor > ? "
            "ORDER BY cursor LIMIT ?",
            (coop_id, after, limit),
        )

    def log_rest_of_push(self, coop_id: str, push_id: str, after: int) -> list[tuple]:
        return self.all(
            f"SELECT {self._LOG_COLUMNS} FROM change_log WHERE push_id = ? AND coop_id = ? "
            "AND cursor > ? ORDER BY cursor",
            (push_id, coop_id, after),
        )

    def log_has_after(self, coop_id: str, after: int) -> bool:
        row = self.one(
            "SELECT 1 FROM change_log WHERE coop_id = ? AND cursor > ? LIMIT 1", (coop_id, after)
        )
        return row is not None

    def last_cursor(self, coop_id: str) -> int:
        row = self.one("SELECT MAX(cursor) FROM change_log WHERE coop_id = ?", (coop_id,))
        return int(row[0] or 0) if row else 0

    def log_of_device(self, device_id: str) -> list[str]:
        """The HLCs of a device's entries in the log (tests count duplicates with it)."""
        return [
            r[0] for r in self.all("SELECT hlc FROM change_log WHERE device_id = ?", (device_id,))
        ]

    # -- the ledger

    def add_flag(self, coop_id: str, change: Change, device_id: str, reason: str) -> None:
        self._run(
            "INSERT INTO ledger_flags (coop_id, table_name, row_id, device_id, reason, change, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                coop_id,
                change.table,
                change.row_id,
                device_id,
                reason,
                dumps(change.to_json()),
                utc_now(),
            ),
        )

    def flags(self, coop_id: str) -> list[dict]:
        rows = self.all(
            "SELECT id, table_name, row_id, device_id, reason, change, created_at "
            "FROM ledger_flags WHERE coop_id = ? ORDER BY id",
            (coop_id,),
        )
        keys = ("id", "table_name", "row_id", "device_id", "reason", "change", "created_at")
        flags = [dict(zip(keys, row, strict=True)) for row in rows]
        for flag in flags:
            flag["change"] = json.loads(flag["change"])
        return flags

    def receipt_number(self, coop_id: str, number: str) -> tuple[str, str] | None:
        """(row id, device id) of the receipt that has this number."""
        return self.one(
            "SELECT row_id, device_id FROM receipt_numbers WHERE coop_id = ? AND number = ?",
            (coop_id, number),
        )

    def coops_with_receipt(self, number: str) -> list[str]:
        """The cooperatives that hold a receipt with this number (a number is unique in
        one cooperative only)."""
        rows = self.all("SELECT coop_id FROM receipt_numbers WHERE number = ?", (number,))
        return [r[0] for r in rows]

    def previous_receipt_hash(self, coop_id: str, device_id: str, sequence: int) -> str | None:
        row = self.one(
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
        self._run(
            "INSERT INTO receipt_numbers (coop_id, number, row_id, device_id, sequence, hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (coop_id, number, row_id, device_id, sequence, hash_),
        )

    def count(self, table: str) -> int:
        assert table in _COUNTED, table  # a fixed list: the name goes into the SQL
        row = self.one(f"SELECT COUNT(*) FROM {table}")
        return int(row[0]) if row else 0

    def counts(self) -> dict[str, int]:
        return {table: self.count(table) for table in _COUNTED}

    # -- the grower portal (server/portal.py)

    def records_with_id(self, table: str, row_id: str) -> list[tuple[str, dict]]:
        """(coop id, fields) of every cooperative's row with this id: a portal link names
        a grower but not its cooperative."""
        rows = self.all(
            "SELECT coop_id, data FROM records WHERE row_id = ? AND table_name = ?",
            (row_id, table),
        )
        return [(coop_id, json.loads(data)) for coop_id, data in rows]

    def records_naming(
        self, coop_id: str, table: str, field: str, value: str
    ) -> list[tuple[str, dict]]:
        """The cooperative's rows of `table` whose `field` is the text `value` (a grower's
        visits, a receipt's lots). The JSON is matched as text first, which both databases
        can do without their different JSON functions, and checked exactly after."""
        pattern = f"%{dumps(field)}:{dumps(value)}%"
        rows = self.all(
            "SELECT row_id, data FROM records WHERE coop_id = ? AND table_name = ? "
            "AND data LIKE ? ORDER BY row_id",
            (coop_id, table, pattern),
        )
        found = [(row_id, json.loads(data)) for row_id, data in rows]
        return [(row_id, data) for row_id, data in found if data.get(field) == value]

    def coop_name(self, coop_id: str) -> str:
        row = self.one("SELECT name FROM coops WHERE id = ?", (coop_id,))
        return "" if row is None else str(row[0])


def _device_values(device: Device) -> tuple[str, str, str, str, str]:
    return device.device_id, device.device_code, device.coop_id, device.role, device.name


def _log_row(cursor: int, coop_id: str, push_id: str, e: Pulled) -> tuple:
    return cursor, coop_id, push_id, e.table, e.row_id, e.op, dumps(e.fields), e.hlc, e.device_id


def _record(row: Sequence) -> Record:
    coop_id, data, hlcs, writers = row
    fields = json.loads(data)
    return Record(coop_id, fields, _per_field(hlcs, fields), _per_field(writers, fields))


def _record_json(record: Record) -> tuple[str, str, str]:
    return dumps(record.data), _compact(record.hlcs), _compact(record.writers)


# A row as one device made it has the same HLC and writer in every field: kept as
# {"*": value}, which spares the server half its JSON work on a push of new rows.
_ALL = "*"


def _compact(per_field: dict[str, str]) -> str:
    values = set(per_field.values())
    if len(values) == 1:
        return dumps({_ALL: values.pop()})
    return dumps(per_field)


def _per_field(text: str, fields: dict) -> dict[str, str]:
    stored = json.loads(text)
    if _ALL in stored and len(stored) == 1:
        return dict.fromkeys(fields, stored[_ALL])
    return stored
