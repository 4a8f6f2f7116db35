"""Each photo's file between this laptop and the server: a local table (migration 8),
never synced (it is not in domain/sync.ALL_TABLES and is not written through
synced.py). fieldapp/sync/photos.py moves the files; the Sync page counts the states."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .database import Database
from .device import identity, utc_now

UP, DOWN = "up", "down"
WAITING, UPLOADING, REDUCED, SENT = "waiting", "uploading", "reduced", "sent"
MISSING, DOWNLOADING, FETCHED, FAILED = "missing", "downloading", "fetched", "failed"
DONE = (SENT, FETCHED)
STATES = (WAITING, UPLOADING, REDUCED, SENT, MISSING, DOWNLOADING, FETCHED, FAILED)

# Reasons (codes the Sync page puts in words).
MISSING_FILE = "missing_file"  # the photo's file is not on this laptop, which made it
DAMAGED_FILE = "damaged_file"  # the file here no longer has the photo's SHA-256
REFUSED = "refused"  # the server said no (its sentence in `detail`)
BAD_DOWNLOAD = "bad_download"  # the bytes fetched did not have the SHA-256; fetched again
NOT_A_PICTURE = "not_a_picture"  # fetched and checked, but cannot be read as a picture
NOT_ON_SERVER = "not_on_server"  # the laptop that has it has not sent it yet
REDUCED_ONLY = "reduced_only"  # the reduced copy is here, the original not yet
STORE_FAILED = "store_failed"  # this laptop could not write the file (disk full?)


@dataclass(frozen=True)
class Transfer:
    photo_id: str
    sha256: str
    size_bytes: int
    direction: str
    state: str
    done_bytes: int
    reason: str
    detail: str
    taken_at: str = ""
    grower: str = ""


_SELECT = (
    "SELECT t.photo_id, t.sha256, t.size_bytes, t.direction, t.state, t.done_bytes, "
    "t.reason, t.detail, p.taken_at, coalesce(g.name, '') AS grower "
    "FROM photo_transfers t JOIN photos p ON p.id = t.photo_id AND p.deleted = 0 "
    "LEFT JOIN growers g ON g.id = p.grower_id "
)


def discover(db: Database, have_file: Callable[[str], bool]) -> int:
    """Give every live photo row without a transfer row its first state: 'waiting' if
    its file is here, 'missing' (to fetch) if another laptop made it, 'failed' if this
    laptop made it and its file is gone. Returns how many were added."""
    me = identity(db).device_id
    rows = db.query(
        "SELECT p.id, p.sha256, p.size_bytes, p.device_id FROM photos p "
        "LEFT JOIN photo_transfers t ON t.photo_id = p.id "
        "WHERE p.deleted = 0 AND t.photo_id IS NULL"
    )
    if not rows:
        return 0
    now, values = utc_now(), []
    for r in rows:
        if have_file(r["sha256"]):
            direction, state, reason = UP, WAITING, ""
        elif r["device_id"] == me:
            direction, state, reason = UP, FAILED, MISSING_FILE
        else:
            direction, state, reason = DOWN, MISSING, ""
        values.append((r["id"], r["sha256"], r["size_bytes"], direction, state, reason, now))
    with db.transaction():
        db.executemany(
            "INSERT OR IGNORE INTO photo_transfers "
            "(photo_id, sha256, size_bytes, direction, state, reason, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            values,
        )
    return len(values)


def to_do(db: Database) -> list[Transfer]:
    """Every transfer not finished, uploads first (oldest photo first)."""
    rows = db.query(
        _SELECT + "WHERE t.state NOT IN (?, ?) ORDER BY t.direction DESC, p.created_at, t.photo_id",
        DONE,
    )
    return [Transfer(**r) for r in rows]


def get(db: Database, photo_id: str) -> Transfer | None:
    rows = db.query(_SELECT + "WHERE t.photo_id = ?", (photo_id,))
    return Transfer(**rows[0]) if rows else None


def set_state(
    db: Database,
    photo_id: str,
    state: str,
    *,
    done_bytes: int | None = None,
    reason: str = "",
    detail: str = "",
) -> None:
    with db.transaction():
        db.execute(
            "UPDATE photo_transfers SET state = ?, done_bytes = coalesce(?, done_bytes), "
            "reason = ?, detail = ?, updated_at = ? WHERE photo_id = ?",
            (state, done_bytes, reason, detail[:500], utc_now(), photo_id),
        )


def counts(db: Database) -> dict[str, int]:
    """How many live photos are in each state (every state present, 0 if none)."""
    found = dict.fromkeys(STATES, 0)
    for state, n in db.execute(
        "SELECT t.state, count(*) FROM photo_transfers t "
        "JOIN photos p ON p.id = t.photo_id AND p.deleted = 0 GROUP BY t.state"
    ):
        found[str(state)] = int(n)
    return found


def unfinished(db: Database, limit: int = 200) -> list[Transfer]:
    """Failed photos first, then the ones still to send or fetch."""
    rows = db.query(
        _SELECT + "WHERE t.state NOT IN (?, ?) "
        "ORDER BY t.state != 'failed', p.created_at, t.photo_id LIMIT ?",
        (*DONE, limit),
    )
    return [Transfer(**r) for r in rows]
