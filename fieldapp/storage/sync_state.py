"""The laptop's side of sync in the database: reading the outbox in batches, dropping
what the server holds, applying pulled changes (without outbox rows), the pull cursor,
and the enrolment (docs/sync.md)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from fieldapp.domain import hlc
from fieldapp.domain.sync import ALL_TABLES, LEDGER_TABLES, Change, Op, Pulled

from . import device, grower_index, synced
from .database import Database
from .device import get_meta, set_meta, utc_now

SERVER_URL = "sync:server_url"
TOKEN = "sync:token"
CURSOR = "sync:cursor"
ROLE = "sync:role"
LAST_SUCCESS = "sync:last_success"
LAST_ERROR = "sync:last_error"


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    token: str
    role: str


def enrolment(db: Database) -> Enrolment | None:
    url, token = get_meta(db, SERVER_URL), get_meta(db, TOKEN)
    if not url or not token:
        return None
    return Enrolment(url, token, get_meta(db, ROLE) or "")


def adopt_enrolment(
    db: Database, server_url: str, token: str, coop_id: str, device_code: str, role: str
) -> None:
    """Take the server's coop id and device code. Rows made before enrolment carry the
    laptop's provisional coop id: they and their waiting outbox rows are re-labelled,
    in one transaction, so the server accepts them as this coop's."""
    with db.transaction():
        old = get_meta(db, "coop_id") or ""
        if old and old != coop_id:
            for table in _local_tables(db):
                db.execute(f"UPDATE {table} SET coop_id = ? WHERE coop_id = ?", (coop_id, old))
            db.execute(
                "UPDATE outbox SET changes = json_set(changes, '$.coop_id', ?) "
                "WHERE json_extract(changes, '$.coop_id') = ?",
                (coop_id, old),
            )
        set_meta(db, "coop_id", coop_id)
        set_meta(db, "device_code", device_code)
        set_meta(db, SERVER_URL, server_url)
        set_meta(db, TOKEN, token)
        set_meta(db, ROLE, role)
    db.memo.pop("identity", None)


def _local_tables(db: Database) -> list[str]:
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return sorted(t for t in ALL_TABLES if t in names and "coop_id" in _columns(db, t))


def _columns(db: Database, table: str) -> frozenset[str]:
    key = f"columns:{table}"
    cached = db.memo.get(key)
    if cached is None:
        cached = frozenset(r[1] for r in db.execute(f"PRAGMA table_info({table})"))
        db.memo[key] = cached
    return cached


# -- push ---------------------------------------------------------------------------------


def pending_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM outbox") or 0)


def outbox_batch(db: Database, after_seq: int, limit: int) -> list[Change]:
    rows = db.query(
        "SELECT seq, change_id, table_name, row_id, op, changes, base, hlc FROM outbox "
        "WHERE seq > ? ORDER BY seq LIMIT ?",
        (after_seq, limit),
    )
    return [
        Change(
            seq=r["seq"],
            change_id=r["change_id"],
            table=r["table_name"],
            row_id=r["row_id"],
            op=r["op"],
            changes=json.loads(r["changes"]),
            base=None if r["base"] is None else json.loads(r["base"]),
            hlc=r["hlc"],
        )
        for r in rows
    ]


def drop_pushed(db: Database, high_seq: int) -> None:
    """The server holds everything up to high_seq: those outbox rows are done."""
    with db.transaction():
        db.execute("DELETE FROM outbox WHERE seq <= ?", (high_seq,))


# -- pull ---------------------------------------------------------------------------------


def cursor(db: Database) -> int:
    return int(get_meta(db, CURSOR) or 0)


@dataclass
class _Page:
    """What a page's changes are applied against, read once for the whole page (a
    statement per change would be most of a first sync's time): the rows here, the
    fields with local changes still in the outbox, the rows kept aside."""

    here: set[tuple[str, str]]
    pending: dict[tuple[str, str], set[str]]
    held: set[tuple[str, str]]

    @classmethod
    def read(cls, db: Database, changes: list[Pulled]) -> _Page:
        by_table: dict[str, list[str]] = {}
        for change in changes:
            by_table.setdefault(change.table, []).append(change.row_id)
        here: set[tuple[str, str]] = set()
        for table, row_ids in by_table.items():
            if table in ALL_TABLES:
                rows = _rows_in(db, f"SELECT id FROM {table}", "id", row_ids)
                here.update((table, r[0]) for r in rows)
        pending: dict[tuple[str, str], set[str]] = {}
        if db.scalar("SELECT 1 FROM outbox LIMIT 1"):  # none at all on a first sync
            for table, row_id, fields in _rows_in(
                db,
                "SELECT table_name, row_id, changes FROM outbox",
                "row_id",
                [c.row_id for c in changes],
            ):
                pending.setdefault((table, row_id), set()).update(json.loads(fields))
        held = set(db.execute("SELECT table_name, row_id FROM sync_held").fetchall())
        return cls(here, pending, held)


def _rows_in(db: Database, select: str, column: str, values: list[str]) -> list[tuple]:
    """`select` for the rows whose `column` is one of `values`, 500 at a time."""
    unique = sorted(set(values))
    found: list[tuple] = []
    for start in range(0, len(unique), 500):
        chunk = unique[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found += db.execute(f"{select} WHERE {column} IN ({marks})", chunk).fetchall()
    return found


@dataclass
class _Touched:
    """What a pulled page changed that the derived search index shows, to bring the
    index up to date once per page, as the local edits do (storage/growers.py,
    storage/places.py)."""

    growers: set[str] = field(default_factory=set)
    # Growers whose plots changed: their plot count, area and crops are recounted.
    # refresh() alone does that only for a grower new to the index, so a plot pulled
    # for a grower this laptop already listed left the list's plot columns stale.
    plots_of: set[str] = field(default_factory=set)
    crops: set[str] = field(default_factory=set)  # renamed: their growers' crops column
    places: set[tuple[str, str]] = field(default_factory=set)  # renamed: place keys

    def refresh(self, db: Database) -> None:
        grower_index.refresh_many(db, sorted(self.growers))
        grower_index.refresh_plots(db, sorted(self.plots_of))
        for crop_id in sorted(self.crops):
            grower_index.refresh_for_crop(db, crop_id)
        for column, place_id in sorted(self.places):
            grower_index.refresh_for_place(db, column, place_id)


def _plot_owner(db: Database, change: Pulled) -> str | None:
    if change.table != "plots":
        return None
    owner = db.scalar("SELECT grower_id FROM plots WHERE id = ?", (change.row_id,))
    return None if owner is None else str(owner)


def _apply_one(db: Database, change: Pulled, touched: _Touched, page: _Page) -> bool:
    """One pulled change into its row; False when it could not be applied here (a table
    or a row this laptop does not have)."""
    columns = _columns(db, change.table) if change.table in ALL_TABLES else frozenset()
    if not columns:
        return False
    owner_before = _plot_owner(db, change)  # a plot can move to another grower
    key = (change.table, change.row_id)
    keep_local = page.pending.get(key, set())
    values = {
        k: v for k, v in change.fields.items() if k in columns and k != "id" and k not in keep_local
    }
    exists = key in page.here
    if not exists and key in page.held:
        _held_merge(db, change)  # kept with the row aside, applied when it is
        return True
    inserted = False
    if not exists:
        if change.op != Op.INSERT:
            return False  # a change to a row this laptop never had
        if not _insert(db, change, values):
            page.held.add(key)  # held now: the page's later changes to it go with it
            return False
        page.here.add(key)
        inserted = values.get("hlc") == change.hlc  # the row names its change already
    elif values and change.table not in ("receipts", "receipt_lots", "receipt_voids", "payments"):
        assignments = ", ".join(f"{k} = ?" for k in values)
        db.execute(
            f"UPDATE {change.table} SET {assignments} WHERE id = ?",
            (*values.values(), change.row_id),
        )
    if {"hlc", "device_id"} <= columns and change.table not in LEDGER_TABLES and not inserted:
        # The row names the newest change applied to it, as a local write does
        # (storage/synced.py). A pulled update carries its HLC and device only in the
        # entry, not in its fields: without this each laptop's row would keep naming its
        # own last edit. An older entry (this laptop's own change coming back after a
        # newer edit, one that lost a conflict) leaves the row as it is.
        db.execute(
            f"UPDATE {change.table} SET hlc = ?, device_id = ? WHERE id = ? AND hlc < ?",
            (change.hlc, change.device_id, change.row_id, change.hlc),
        )
    if change.table == "growers":
        touched.growers.add(change.row_id)
    elif change.table == "plots":
        touched.plots_of.update(o for o in (owner_before, _plot_owner(db, change)) if o)
    elif exists and "name" in values:  # a renamed pick-list entry (a new one is unused)
        if change.table == "crops":
            touched.crops.add(change.row_id)
        elif change.table in ("townships", "villages"):
            touched.places.add((f"{change.table[:-1]}_id", change.row_id))
    return True


# Pick lists typed on two laptops offline can hold the same name twice: both rows are
# kept, the pulled one marked, and a person merges them in the settings.
_RENAMEABLE = frozenset({"townships", "villages", "crops", "containers"})


def _insert(db: Database, change: Pulled, values: dict, reason: str = "") -> bool:
    """Insert a pulled row; one whose unique value another row here already has is
    renamed (pick lists) or held for a person (sync_held). False if held."""
    names = ["id", *values]
    try:  # the common case in one statement, without a savepoint
        inserted = db.execute(
            f"INSERT INTO {change.table} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' for _ in names)}) ON CONFLICT DO NOTHING",
            (change.row_id, *values.values()),
        )
        if inserted.rowcount == 1:
            return True
    except sqlite3.IntegrityError:  # not a unique clash (a NOT NULL): the same path below
        pass
    for attempt in range(2):
        names = ["id", *values]
        marks = ", ".join("?" for _ in names)
        db.execute("SAVEPOINT pulled_row")
        try:
            db.execute(
                f"INSERT INTO {change.table} ({', '.join(names)}) VALUES ({marks})",
                (change.row_id, *values.values()),
            )
        except sqlite3.IntegrityError as error:
            db.execute("ROLLBACK TO pulled_row")
            db.execute("RELEASE pulled_row")
            if attempt == 0 and change.table in _RENAMEABLE and "name" in values:
                values = {**values, "name": f"{values['name']} ({change.device_id[-4:]})"}
                continue
            _hold(db, change.table, change.row_id, change.fields, reason or str(error))
            return False
        db.execute("RELEASE pulled_row")
        return True
    return False


def _hold(db: Database, table: str, row_id: str, fields: dict, reason: str) -> None:
    db.execute(
        "INSERT INTO sync_held (table_name, row_id, fields, reason, held_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (table, row_id, json.dumps(fields, ensure_ascii=False), reason, utc_now()),
    )


def _held_merge(db: Database, change: Pulled) -> None:
    """A pulled change to a row held aside goes into the held fields (later values win),
    so the row is whole when it can be applied."""
    found = db.query(
        "SELECT id, fields FROM sync_held WHERE table_name = ? AND row_id = ?",
        (change.table, change.row_id),
    )[0]
    fields = {**json.loads(found["fields"]), **change.fields}
    if change.hlc > str(fields.get("hlc", "")):  # the row names its newest change
        fields["hlc"], fields["device_id"] = change.hlc, change.device_id
    db.execute(
        "UPDATE sync_held SET fields = ? WHERE id = ?",
        (json.dumps(fields, ensure_ascii=False), found["id"]),
    )


def _hold_orphans(db: Database) -> None:
    """Rows of this page that point at a row held aside (the plots of a grower held for
    its ID number) would fail the commit on their foreign key, and with it every sync
    after: they are held too, and come back with their parent."""
    while orphans := {
        (table, rowid, parent)
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall()
        if table in ALL_TABLES  # a derived table's row is the code's bug: let it fail
    }:
        for table, rowid, parent in sorted(orphans):
            for row in db.query(f"SELECT * FROM {table} WHERE rowid = ?", (rowid,)):
                fields = {k: v for k, v in row.items() if k != "id"}
                _hold(db, table, row["id"], fields, f"waits for its {parent} row, held aside")
                db.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))


def retry_held(db: Database) -> int:
    """Apply the rows held aside that fit now (the clashing row was changed or
    removed, the parent arrived); returns how many are still held."""
    touched = _Touched()
    with db.transaction():
        for held in db.query("SELECT * FROM sync_held ORDER BY id"):
            db.execute("DELETE FROM sync_held WHERE id = ?", (held["id"],))
            fields = json.loads(held["fields"])
            change = Pulled(0, held["table_name"], held["row_id"], Op.INSERT, fields, "", "")
            columns = _columns(db, change.table)
            values = {k: v for k, v in fields.items() if k in columns and k != "id"}
            if not _insert(db, change, values, held["reason"]):
                continue
            if change.table == "growers":
                touched.growers.add(change.row_id)
            elif change.table == "plots":
                touched.plots_of.add(str(fields.get("grower_id", "")))
        _hold_orphans(db)
        here = {r["id"] for r in db.query("SELECT id FROM growers")}  # not held again
        touched.growers &= here
        touched.plots_of &= here
        touched.refresh(db)
    return held_count(db)


@dataclass(frozen=True)
class HeldRow:
    """A pulled row kept aside, and for a grower the one here with its ID number."""

    id: int
    table_name: str
    row_id: str
    fields: dict
    reason: str
    clash_id: str  # the grower here with the same ID number ('' if none, or not a grower)
    clash_name: str
    clash_card: str


def held_rows(db: Database) -> list[HeldRow]:
    found = []
    for held in db.query("SELECT * FROM sync_held ORDER BY id"):
        fields = json.loads(held["fields"])
        clash = []
        if held["table_name"] == "growers" and fields.get("id_number"):
            clash = db.query(
                "SELECT id, name, card_no FROM growers WHERE id_number = ? AND deleted = 0",
                (fields["id_number"],),
            )
        here = clash[0] if clash else {"id": "", "name": "", "card_no": ""}
        found.append(
            HeldRow(held["id"], held["table_name"], held["row_id"], fields, held["reason"],
                    here["id"], here["name"], here["card_no"])
        )  # fmt: skip
    return found


def remove_held_grower(db: Database, held_id: int) -> None:
    """A person said the held grower is the one here: it comes in removed, the removal
    goes to the server like any other (so every laptop agrees), and its plots and
    visits follow it in as they were."""
    with db.transaction():
        rows = db.query("SELECT * FROM sync_held WHERE id = ?", (held_id,))
        if not rows or rows[0]["table_name"] != "growers":
            raise KeyError(held_id)
        fields = {**json.loads(rows[0]["fields"]), "deleted": 1}
        db.execute("DELETE FROM sync_held WHERE id = ?", (held_id,))
        change = Pulled(0, "growers", rows[0]["row_id"], Op.INSERT, fields, "", "")
        columns = _columns(db, "growers")
        _insert(db, change, {k: v for k, v in fields.items() if k in columns and k != "id"})
        synced.record_deletion(db, "growers", rows[0]["row_id"])
    retry_held(db)


def held_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM sync_held") or 0)


def apply_pulled(db: Database, changes: list[Pulled], next_cursor: int) -> int:
    """Apply a page of pulled changes and move the cursor past it, in one transaction,
    so a laptop killed mid-pull starts the page again. Returns how many were applied."""
    applied = 0
    touched = _Touched()
    with db.transaction():
        page = _Page.read(db, changes)
        for change in changes:
            applied += _apply_one(db, change, touched, page)
        if page.held:  # only a row kept aside can leave rows pointing at nothing
            _hold_orphans(db)
        touched.refresh(db)
        _observe(db, changes)
        set_meta(db, CURSOR, str(next_cursor))
    return applied


def _observe(db: Database, changes: list[Pulled]) -> None:
    """Follow the largest clock seen, so this laptop's next edits sort after them."""
    if not changes:
        return
    newest = max(hlc.Timestamp.parse(c.hlc) for c in changes)
    last_text = get_meta(db, "hlc")
    last = hlc.Timestamp.parse(last_text) if last_text else None
    me = get_meta(db, "device_id") or ""
    now = hlc.receive(last, newest, device.now_ms(), me)
    set_meta(db, "hlc", str(now))


# -- what the Sync page shows -------------------------------------------------------------


def record_result(db: Database, success_at: str, error: str) -> None:
    with db.transaction():
        if error:
            set_meta(db, LAST_ERROR, error)
        else:
            set_meta(db, LAST_SUCCESS, success_at)
            set_meta(db, LAST_ERROR, "")


def last_result(db: Database) -> tuple[str, str]:
    return get_meta(db, LAST_SUCCESS) or "", get_meta(db, LAST_ERROR) or ""


@dataclass(frozen=True)
class ConflictRow:
    id: str
    table_name: str
    row_id: str
    field: str
    kept: object
    other: object
    kept_hlc: str
    other_hlc: str
    kept_device: str
    other_device: str


def record_name(db: Database, table: str, row_id: str) -> str:
    """A row's `name` where its table has one (growers, plots, pick lists), else ''."""
    if table not in ALL_TABLES or "name" not in _columns(db, table):
        return ""
    return str(db.scalar(f"SELECT name FROM {table} WHERE id = ?", (row_id,)) or "")


def open_conflicts(db: Database) -> list[ConflictRow]:
    rows = db.query(
        "SELECT * FROM conflicts WHERE resolved = 0 AND deleted = 0 ORDER BY created_at"
    )
    return [
        ConflictRow(
            r["id"],
            r["table_name"],
            r["row_id"],
            r["field"],
            json.loads(r["kept"]),
            json.loads(r["other"]),
            r["kept_hlc"],
            r["other_hlc"],
            r["kept_device"],
            r["other_device"],
        )
        for r in rows
    ]
