"""Pick lists the cooperative edits: townships, villages in them, crops."""

from __future__ import annotations

from dataclasses import dataclass

from . import synced
from .database import Database


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    parent_id: str = ""  # a village's township


def townships(db: Database) -> list[Place]:
    rows = db.execute(
        "SELECT id, name FROM townships WHERE deleted = 0 ORDER BY sort_order, name"
    ).fetchall()
    return [Place(id=r[0], name=r[1]) for r in rows]


def villages(db: Database, township_id: str | None = None) -> list[Place]:
    sql = "SELECT id, name, township_id FROM villages WHERE deleted = 0"
    params: tuple = ()
    if township_id:
        sql += " AND township_id = ?"
        params = (township_id,)
    rows = db.execute(sql + " ORDER BY sort_order, name", params).fetchall()
    return [Place(id=r[0], name=r[1], parent_id=r[2]) for r in rows]


def crops(db: Database) -> list[Place]:
    rows = db.execute("SELECT id, name FROM crops WHERE deleted = 0 ORDER BY sort_order, name")
    return [Place(id=r[0], name=r[1]) for r in rows.fetchall()]


def add_township(db: Database, name: str) -> str:
    return synced.insert(db, "townships", {"name": name})


def add_village(db: Database, township_id: str, name: str) -> str:
    return synced.insert(db, "villages", {"township_id": township_id, "name": name})


def add_crop(db: Database, name: str, crop_id: str = "") -> str:
    return synced.insert(db, "crops", {"name": name, "id": crop_id} if crop_id else {"name": name})


def rename(db: Database, table: str, row_id: str, name: str) -> None:
    synced.update(db, _checked(table), row_id, {"name": name})


def remove(db: Database, table: str, row_id: str) -> None:
    synced.tombstone(db, _checked(table), row_id)


def usage(db: Database, table: str, row_id: str) -> int:
    """How many live growers or plots use a pick-list entry (removal is refused if any)."""
    sql = {
        "townships": "SELECT count(*) FROM growers WHERE township_id = ? AND deleted = 0",
        "villages": "SELECT count(*) FROM growers WHERE village_id = ? AND deleted = 0",
        "crops": "SELECT count(*) FROM plots WHERE crop_id = ? AND deleted = 0",
    }[_checked(table)]
    count = int(db.scalar(sql, (row_id,)) or 0)
    if table == "townships":
        count += int(
            db.scalar(
                "SELECT count(*) FROM villages WHERE township_id = ? AND deleted = 0", (row_id,)
            )
            or 0
        )
    return count


def _checked(table: str) -> str:
    if table not in ("townships", "villages", "crops"):
        raise ValueError(table)
    return table
