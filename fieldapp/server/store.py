"""The central server's rules over its database (docs/sync.md): enrolment and tokens,
the push that merges a batch into the server's rows, the pull of the change log, the
append-only ledger. The statements are in `tables.py`, the two databases (SQLite and
PostgreSQL) in `backends.py`; nothing here depends on which one runs.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain import hlc
from fieldapp.domain.ids import is_shipped_id, new_id
from fieldapp.domain.portal import key_matches
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
from .backends import NewerSchemaError, open_backend
from .tables import Device, Record, Tables, dumps, utc_now

__all__ = ["Device", "NewerSchemaError", "RefusedError", "SeqGapError", "ServerStore"]

SERVER_DEVICE = "server"  # device_id of the rows the server itself writes (conflicts)
CODE_DAYS = 7  # an enrolment code not used within a week is void: it may have leaked


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
class Enrolled:
    token: str
    device_code: str
    coop_id: str
    role: str


@dataclass(frozen=True)
class Page:
    """A page of the change log: its rows as read (tables.py, log_page), the cursor to
    ask from next, and whether more waits."""

    rows: list[tuple]
    next: int
    more: bool

    @property
    def changes(self) -> list[Pulled]:
        return [
            Pulled(int(cursor), table, row_id, op, json.loads(fields), stamp, device_id)
            for cursor, table, row_id, op, fields, stamp, device_id, _ in self.rows
        ]

    def answer(self) -> str:
        """The pull answer as JSON text, each change's fields spliced in as stored:
        parsing and encoding them again was most of a pull's work on the server."""
        items = [
            f'{{"cursor":{int(cursor)},"table":{dumps(table)},"row_id":{dumps(row_id)},'
            f'"op":{dumps(op)},"fields":{fields},"hlc":{dumps(stamp)},'
            f'"device_id":{dumps(device_id)}}}'
            for cursor, table, row_id, op, fields, stamp, device_id, _ in self.rows
        ]
        more = "true" if self.more else "false"
        return f'{{"changes":[{",".join(items)}],"next":{self.next},"more":{more}}}'


class _Push:
    """One push request, applied change by change inside one transaction. Raising
    `RefusedError` anywhere rolls the whole push back.

    The rows it merges into are read at the start and written, with its log entries,
    at the end (`finish`), each kind in one statement: a push of 5,000 changes is a
    handful of round trips to the database, not 15,000."""

    def __init__(self, tx: Tables, device: Device, changes: list[Change]) -> None:
        self.tx = tx
        self.device = device
        self.coop = device.coop_id
        self.push_id = new_id()  # all log entries of this push share it (pull pages)
        self.now = utc_now()
        self.conflicts = 0
        self.rows, self.foreign = tx.records_of(self.coop, ((c.table, c.row_id) for c in changes))
        self.added: set[tuple[str, str]] = set()
        self.changed: set[tuple[str, str]] = set()
        self.entries: list[Pulled] = []

    def finish(self) -> None:
        self.tx.add_records((*key, self.rows[key]) for key in self.added)
        self.tx.save_records((*key, self.rows[key]) for key in self.changed - self.added)
        self.tx.log(self.coop, self.push_id, self.entries)

    def _add(self, table: str, row_id: str, record: Record) -> None:
        self.rows[table, row_id] = record
        self.added.add((table, row_id))

    def apply(self, change: Change) -> None:
        key = (change.table, change.row_id)
        record = self.rows.get(key)
        # Another cooperative's row id is refused, except the ids every laptop makes
        # alike (the first-run crops): each cooperative has its own row under those.
        taken = record is None and key in self.foreign and not is_shipped_id(change.row_id)
        if taken or ("coop_id" in change.changes and change.changes["coop_id"] != self.coop):
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
        self._add(change.table, change.row_id, Record(self.coop, fields, hlcs, writers))
        self._log(change.table, change.row_id, "insert", dict(change.changes), change.hlc)

    def _merge(self, change: Change, record: Record) -> None:
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
            self.changed.add((change.table, change.row_id))
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
            "kept": dumps(conflict.kept),
            "other": dumps(conflict.other),
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
        self._add("conflicts", row_id, Record(self.coop, data, hlcs, writers))
        self.entries.append(Pulled(0, "conflicts", row_id, "insert", data, stamp, SERVER_DEVICE))
        self.conflicts += 1

    def _log(self, table: str, row_id: str, op: str, fields: dict, stamp: str) -> None:
        self.entries.append(Pulled(0, table, row_id, op, fields, stamp, self.device.device_id))

    # -- the append-only ledger: never overwritten, anything odd becomes a flag

    def _ledger(self, change: Change, record: Record | None) -> None:
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
        if self.tx.receipt_number(self.coop, number) is not None:
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
    """The server's database: a SQLite file (`ServerStore(path)`) or PostgreSQL
    (`ServerStore.open(url, folder)`), behind the same methods. `folder` is the
    server's data folder, where files that are not rows (photos) are kept."""

    def __init__(self, database: Path | str, folder: Path | None = None) -> None:
        self.backend = open_backend(database)
        self.folder = folder if folder is not None else Path(database).parent
        self._seen: dict[str, str] = {}  # device id -> last time written to last_seen
        self._hlc_lock = threading.Lock()  # the server's own HLCs (add_server_rows)
        self._hlc_last: hlc.Timestamp | None = None

    @classmethod
    def in_folder(cls, folder: Path, database: str | None = None) -> ServerStore:
        """The server of a data folder: its SQLite file there, or the PostgreSQL
        database at `database` (a URL) with the folder for its files."""
        folder.mkdir(parents=True, exist_ok=True)
        return cls(database or folder / "server.db", folder)

    def __str__(self) -> str:
        return str(self.backend)

    @contextmanager
    def _write(self) -> Iterator[Tables]:
        with self.backend.write() as conn:
            yield Tables(self.backend, conn)

    @contextmanager
    def _read(self) -> Iterator[Tables]:
        """One snapshot for several statements (a pull page and its extension)."""
        with self.backend.read() as conn:
            yield Tables(self.backend, conn)

    def close(self) -> None:
        self.backend.close()

    # -- enrolment and tokens

    def new_code(self, coop_name: str, role: str) -> tuple[str, str]:
        """(one-time enrolment code, coop id) for a coop (made if new) and a role."""
        now = utc_now()
        with self._write() as tx:
            coop_id = tx.coop_id(coop_name)
            if coop_id is None:
                coop_id = new_id()
                tx.add_coop(coop_id, coop_name, now)
            return _add_code(tx, coop_id, role, now), coop_id

    def new_code_in(self, coop_id: str, role: str) -> str:
        """A one-time enrolment code for an existing cooperative (the coordinator's page)."""
        with self._write() as tx:
            return _add_code(tx, coop_id, role, utc_now())

    def enrol(self, code: str, device_id: str, name: str) -> Enrolled:
        if device_id == SERVER_DEVICE:  # the conflicts rows' writer: no laptop may pose as it
            raise RefusedError(f"'{SERVER_DEVICE}' cannot be a device id")
        code_hash = auth.digest(auth.normalise_code(code))
        token, now = auth.new_token(), utc_now()
        with self._write() as tx:
            found = tx.code(code_hash)
            if found is None:
                raise RefusedError("this enrolment code is not known")
            coop_id, role, created_at, used_at = found
            if used_at is not None or not tx.use_code(code_hash, device_id, now):
                raise RefusedError("this enrolment code was already used")
            if created_at < _days_before(now, CODE_DAYS):
                raise RefusedError(
                    f"this enrolment code has expired (codes last {CODE_DAYS} days); "
                    "ask the coordinator for a new one"
                )
            before = tx.enrolled_device(device_id)
            if before is None:
                device_code = _free_device_code(tx)
                device = Device(device_id, device_code, coop_id, role, name)
                tx.add_device(device, auth.digest(token), now)
            elif before[1] != coop_id:
                # Its rows and sequence numbers are that cooperative's: moving it would
                # hand them to this one.
                raise RefusedError(
                    "this laptop is enrolled with another cooperative; "
                    "a laptop moves to another cooperative only with a new installation"
                )
            else:  # the same laptop again: a new token, the old one stops working
                device = Device(device_id, before[0], coop_id, role, name)
                tx.reenrol_device(device, auth.digest(token), now)
        return Enrolled(token, device.device_code, coop_id, role)

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
            tx.lock_coop(device.coop_id)
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
            push = _Push(tx, device, fresh)
            for change in fresh:
                push.apply(change)
            push.finish()
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
                last_cursor, push_id = rows[-1][0], rows[-1][-1]
                rows += tx.log_rest_of_push(coop_id, push_id, last_cursor)
                more = tx.log_has_after(coop_id, rows[-1][0])
        return Page(rows, int(rows[-1][0]) if rows else after, more)

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

    def row(self, coop_id: str, table: str, row_id: str) -> dict[str, Scalar] | None:
        """The server's copy of one row, if it belongs to this cooperative."""
        with self._read() as tx:
            record = tx.record(coop_id, table, row_id)
        return None if record is None else record.data

    def rows(self, coop_id: str, table: str, row_ids: list[str]) -> dict[str, dict[str, Scalar]]:
        """The server's copies of these rows of one table that are this cooperative's,
        by id, in one read (a laptop asking after many photos at once)."""
        with self._read() as tx:
            mine, _ = tx.records_of(coop_id, [(table, row_id) for row_id in row_ids])
        return {row_id: record.data for (_, row_id), record in mine.items()}

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
            tx.set_last_seen(device_id, now)

    def devices_of(self, coop_id: str) -> list[dict]:
        with self._read() as tx:
            rows = tx.devices_of(coop_id)
        keys = ("device_code", "name", "role", "enrolled_at", "last_seen", "high_seq", "revoked_at")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def receipt(self, coop_id: str, number: str) -> dict | None:
        """A receipt as the server holds it, with its void and flags, by its number."""
        with self._read() as tx:
            found = tx.receipt_number(coop_id, number)
            if found is None:
                return None
            row_id, device_id = found
            record = tx.record(coop_id, "receipts", row_id)
            # Voids are few (a clerk's mistake); reading them all spares the SQL the two
            # databases' different JSON functions.
            voids = [
                data
                for _, data in tx.records(coop_id, "receipt_voids")
                if data.get("receipt_id") == row_id
            ]
            flags = [f for f in tx.flags(coop_id) if f.get("row_id") == row_id]
        return {
            "row_id": row_id,
            "device_id": device_id,
            "data": record.data if record else {},
            "voids": voids,
            "flags": flags,
        }

    def receipts_numbered(self, number: str) -> list[dict]:
        """`receipt` of every cooperative that holds this number (a code scanned with
        no cooperative to go by: the public check of a printed receipt)."""
        with self._read() as tx:
            coops = tx.coops_with_receipt(number)
        return [found for coop in coops if (found := self.receipt(coop, number)) is not None]

    def counts(self) -> dict[str, int]:
        """Rows per table: what the tests check to see that nothing was written."""
        with self._read() as tx:
            return tx.counts()

    def every_row(self) -> dict[str, dict[str, dict]]:
        """The server's copy of every row: {table: {row id: fields}} (for tests)."""
        found: dict[str, dict[str, dict]] = {}
        with self._read() as tx:
            for table, row_id, data in tx.every_record():
                found.setdefault(table, {})[row_id] = data
        return found

    def log_of(self, device_id: str) -> list[str]:
        """The HLC of each change log entry a device made (for tests)."""
        with self._read() as tx:
            return tx.log_of_device(device_id)

    # -- the grower portal (server/portal.py, docs/portal.md)

    def portal_grower(self, grower_id: str, key: str) -> tuple[str, dict[str, Scalar]] | None:
        """(coop id, grower row) of the live grower whose portal secret is `key`. An
        unknown grower, a wrong or empty secret and a deleted grower all give None."""
        with self._read() as tx:
            found = tx.records_with_id("growers", grower_id)
        for coop_id, data in found:
            if key_matches(data.get("portal_key"), key) and not data.get("deleted"):
                return coop_id, data
        return None

    def rows_naming(self, coop_id: str, table: str, field: str, value: str) -> list[dict]:
        """The live rows of a table whose `field` is `value`, each with its "id"."""
        with self._read() as tx:
            rows = tx.records_naming(coop_id, table, field, value)
        return [{"id": row_id, **data} for row_id, data in rows if not data.get("deleted")]

    def coop_name(self, coop_id: str) -> str:
        with self._read() as tx:
            return tx.coop_name(coop_id)

    def add_server_rows(self, coop_id: str, rows: list[tuple[str, dict[str, Scalar]]]) -> list[str]:
        """New rows the server itself writes (a grower's question: a visit and its
        photos), with their change-log entries, in one transaction; returns their ids.
        Each row gets the columns every synced table has, device_id SERVER_DEVICE and an
        HLC from the server's clock, and is logged whole as an insert, so a laptop pulls
        it like any other (storage/sync_state.apply_pulled)."""
        now, ids, entries, records = utc_now(), [], [], []
        for table, values in rows:
            stamp = self._server_hlc()
            row_id = str(values.get("id") or new_id())
            data: dict[str, Scalar] = {
                "deleted": 0,
                **{k: v for k, v in values.items() if k != "id"},
                "coop_id": coop_id,
                "created_at": now,
                "updated_at": now,
                "hlc": stamp,
                "device_id": SERVER_DEVICE,
            }
            hlcs, writers = dict.fromkeys(data, stamp), dict.fromkeys(data, SERVER_DEVICE)
            records.append((table, row_id, Record(coop_id, data, hlcs, writers)))
            entries.append(Pulled(0, table, row_id, "insert", data, stamp, SERVER_DEVICE))
            ids.append(row_id)
        with self._write() as tx:
            tx.lock_coop(coop_id)  # in line with the cooperative's pushes
            tx.add_records(records)
            tx.log(coop_id, new_id(), entries)
        return ids

    def _server_hlc(self) -> str:
        """The next HLC of the server's own writes: from its clock, never backwards."""
        with self._hlc_lock:
            self._hlc_last = hlc.tick(self._hlc_last, int(time.time() * 1000), SERVER_DEVICE)
            return str(self._hlc_last)


def _add_code(tx: Tables, coop_id: str, role: str, now: str) -> str:
    if role not in frozenset(Role):
        raise ValueError(f"unknown role {role!r}")
    code = auth.new_enrolment_code()
    tx.add_code(auth.digest(code), coop_id, role, now)
    return code


def _days_before(stamp: str, days: int) -> str:
    """The timestamp `days` before `stamp`, in the same form (so they compare as text)."""
    then = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")) - dt.timedelta(days=days)
    return then.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _free_device_code(tx: Tables) -> str:
    # 4 characters give a million codes; only if they keep colliding take a longer one.
    for attempt in range(60):
        code = auth.new_device_code(auth.DEVICE_CODE_LENGTH + attempt // 20)
        if not tx.device_code_taken(code):
            return code
    raise RuntimeError("no free device code")
