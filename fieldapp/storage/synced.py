"""Writing synced rows. Every write here also writes its outbox row, in the same transaction.

Repositories call these and nothing else to change synced tables, so no
service can forget the outbox.
"""

from __future__ import annotations

import json

from fieldapp.domain.ids import new_id

from .database import Database
from .device import identity, next_hlc, next_hlcs, utc_now

# One encoder for every outbox row: json.dumps with options builds a new one per call.
_to_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_OUTBOX_SQL = (
    "INSERT INTO outbox (change_id, table_name, row_id, op, changes, base, hlc, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _outbox_values(
    table: str, row_id: str, op: str, changes: dict, base: dict | None, stamp: str, now: str
) -> tuple:
    return (
        new_id(),
        table,
        row_id,
        op,
        _to_json(changes),
        None if base is None else _to_json(base),
        stamp,
        now,
    )


def _outbox(
    db: Database, table: str, row_id: str, op: str, changes: dict, base: dict | None, stamp: str
) -> None:
    db.execute(_OUTBOX_SQL, _outbox_values(table, row_id, op, changes, base, stamp, utc_now()))


def insert(db: Database, table: str, values: dict) -> str:
    """Insert a new synced row (values without the sync columns); returns its id."""
    return insert_many(db, table, [values])[0]


def insert_many(db: Database, table: str, many: list[dict]) -> list[str]:
    """Insert new synced rows of one table, each with its outbox row, in one transaction;
    the same rows as one insert() each, in two executemany statements (imports).
    Every dict must have the same keys."""
    if not many:
        return []
    me = identity(db)
    with db.transaction():
        rows, changes = [], []
        now = utc_now()  # one transaction, one moment
        for values, stamp in zip(many, next_hlcs(db, me.device_id, len(many)), strict=True):
            row_id = values.get("id") or new_id()
            row = {
                **values,
                "id": row_id,
                "coop_id": me.coop_id,
                "created_at": now,
                "updated_at": now,
                "hlc": stamp,
                "device_id": me.device_id,
                "deleted": 0,
            }
            rows.append(row)
            changes.append(
                _outbox_values(
                    table,
                    row_id,
                    "insert",
                    {k: v for k, v in row.items() if k != "id"},
                    None,
                    stamp,
                    now,
                )
            )
        columns = ", ".join(rows[0])
        marks = ", ".join("?" for _ in rows[0])
        db.executemany(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", [tuple(r.values()) for r in rows]
        )
        db.executemany(_OUTBOX_SQL, changes)
    return [r["id"] for r in rows]


def update(db: Database, table: str, row_id: str, changes: dict) -> dict:
    """Change some fields of a synced row; returns the fields that really changed.

    The outbox row carries each changed field's value before the change (the
    base), which the sync merge needs to tell an edit from a conflict.
    """
    me = identity(db)
    with db.transaction():
        columns = ", ".join(changes)
        before = db.query(f"SELECT {columns} FROM {table} WHERE id = ?", (row_id,))
        if not before:
            raise KeyError(f"{table} {row_id}")
        base = {k: v for k, v in before[0].items() if v != changes[k]}
        changed = {k: changes[k] for k in base}
        if not changed:
            return {}
        stamp = next_hlc(db, me.device_id)
        meta = {"updated_at": utc_now(), "hlc": stamp, "device_id": me.device_id}
        assignments = ", ".join(f"{k} = ?" for k in {**changed, **meta})
        db.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?",
            (*changed.values(), *meta.values(), row_id),
        )
        op = "delete" if changed.get("deleted") == 1 else "update"
        _outbox(db, table, row_id, op, {**changed, "updated_at": meta["updated_at"]}, base, stamp)
    return changed


def tombstone(db: Database, table: str, row_id: str) -> None:
    """Mark a row deleted; it stays so that the deletion can sync."""
    update(db, table, row_id, {"deleted": 1})


def record_deletion(db: Database, table: str, row_id: str) -> None:
    """Send the deletion of a row that is already marked deleted here (a pulled row a
    person turned down before this laptop ever held it live)."""
    me = identity(db)
    with db.transaction():
        stamp = next_hlc(db, me.device_id)
        now = utc_now()
        db.execute(
            f"UPDATE {table} SET updated_at = ?, hlc = ?, device_id = ? WHERE id = ?",
            (now, stamp, me.device_id, row_id),
        )
        _outbox(
            db, table, row_id, "delete", {"deleted": 1, "updated_at": now}, {"deleted": 0}, stamp
        )
