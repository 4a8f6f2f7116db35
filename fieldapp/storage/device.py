"""This installation's identity and counters, kept in the `meta` table."""

from __future__ import annotations

import base64
import datetime as dt
import os
import time
from dataclasses import dataclass

from fieldapp.domain import hlc
from fieldapp.domain.ids import new_id

from .database import Database


def now_ms() -> int:
    """The wall clock for HLCs, in ms. One seam, so a test can give a laptop a clock that
    is hours wrong (tests/test_sync_faults.py)."""
    return int(time.time() * 1000)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def get_meta(db: Database, key: str) -> str | None:
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
    return None if value is None else str(value)


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


@dataclass(frozen=True)
class Identity:
    device_id: str
    coop_id: str
    device_code: str  # short, human; the server assigns one at enrolment


def _local_device_code() -> str:
    # Until the server gives one: 4 base32 characters (about a million values);
    # the sync issue replaces it at enrolment.
    return base64.b32encode(os.urandom(5)).decode()[:4]


def identity(db: Database) -> Identity:
    """This device's identity, created on first use."""
    cached = db.memo.get("identity")
    if isinstance(cached, Identity):
        return cached
    with db.transaction():
        device_id = get_meta(db, "device_id")
        if device_id is None:
            device_id = new_id()
            set_meta(db, "device_id", device_id)
            set_meta(db, "coop_id", new_id())
            set_meta(db, "device_code", _local_device_code())
        me = Identity(
            device_id=device_id,
            coop_id=get_meta(db, "coop_id") or "",
            device_code=get_meta(db, "device_code") or "",
        )
    db.memo["identity"] = me
    return me


def next_hlc(db: Database, device_id: str) -> str:
    """A new HLC timestamp, persisted so it never runs backwards across restarts.

    Must be called inside the transaction that writes the change.
    """
    return next_hlcs(db, device_id, 1)[0]


def next_hlcs(db: Database, device_id: str, count: int) -> list[str]:
    """`count` new timestamps, as `count` next_hlc() calls would give, with one read and
    one write of the stored clock (bulk inserts)."""
    last_text = get_meta(db, "hlc")
    last = hlc.Timestamp.parse(last_text) if last_text else None
    stamps = []
    for _ in range(count):
        last = hlc.tick(last, now_ms(), device_id)
        stamps.append(str(last))
    if stamps:
        set_meta(db, "hlc", stamps[-1])
    return stamps


def reserve_sequence(db: Database, name: str, count: int) -> int:
    """The first of `count` consecutive values of a named per-device counter (card numbers,
    later receipt numbers), all taken with one read and one write. Call inside the
    transaction."""
    key = f"seq:{name}"
    first = int(get_meta(db, key) or 0) + 1
    set_meta(db, key, str(first + count - 1))
    return first
