"""Marks drawn on photos (boxes, arrows, their labels): rows of their own, written through
synced.py like every synced table. The photo files are never touched."""

from __future__ import annotations

from fieldapp.domain.photo_marks import PhotoMark

from . import synced
from .database import Database

_COLUMNS = "id, photo_id, kind, x0, y0, x1, y1, label"
# SQLite's default limit on ? parameters is 999 in older builds; stay well under it.
_CHUNK = 500


def _values(mark: PhotoMark) -> dict:
    return {
        "kind": str(mark.kind),
        "x0": mark.x0,
        "y0": mark.y0,
        "x1": mark.x1,
        "y1": mark.y1,
        "label": mark.label,
    }


def _mark(row: dict) -> PhotoMark:
    return PhotoMark(
        row["kind"], row["x0"], row["y0"], row["x1"], row["y1"], row["label"], row["id"]
    )


def insert_mark(db: Database, photo_id: str, mark: PhotoMark) -> str:
    return synced.insert(db, "photo_marks", {"photo_id": photo_id, **_values(mark)})


def update_mark(db: Database, mark_id: str, mark: PhotoMark) -> dict:
    """Change a mark's shape, place or label; returns the fields that really changed."""
    return synced.update(db, "photo_marks", mark_id, _values(mark))


def remove_mark(db: Database, mark_id: str) -> None:
    """A tombstone: the row stays (deleted = 1) so that the deletion syncs."""
    synced.tombstone(db, "photo_marks", mark_id)


def live_photo(db: Database, photo_id: str) -> bool:
    return db.scalar("SELECT 1 FROM photos WHERE id = ? AND deleted = 0", (photo_id,)) == 1


def live_mark(db: Database, mark_id: str) -> bool:
    return db.scalar("SELECT 1 FROM photo_marks WHERE id = ? AND deleted = 0", (mark_id,)) == 1


def known_mark(db: Database, mark_id: str) -> bool:
    """Whether a mark with this id was ever saved (deleted or not)."""
    return db.scalar("SELECT 1 FROM photo_marks WHERE id = ?", (mark_id,)) == 1


def marks_of(db: Database, photo_id: str) -> list[PhotoMark]:
    """A photo's marks in the order they were drawn (ids are UUIDv7, time-ordered)."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM photo_marks WHERE photo_id = ? AND deleted = 0 "
        "ORDER BY created_at, id",
        (photo_id,),
    )
    return [_mark(r) for r in rows]


def marks_of_many(db: Database, photo_ids: list[str]) -> dict[str, list[PhotoMark]]:
    """The marks of several photos (a visit's report) in a few reads; every photo asked
    about has an entry, an empty list if it has no marks."""
    wanted = list(dict.fromkeys(photo_ids))
    found: dict[str, list[PhotoMark]] = {p: [] for p in wanted}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        rows = db.query(
            f"SELECT {_COLUMNS} FROM photo_marks "
            f"WHERE photo_id IN ({', '.join('?' for _ in chunk)}) AND deleted = 0 "
            "ORDER BY created_at, id",
            tuple(chunk),
        )
        for row in rows:
            found[row["photo_id"]].append(_mark(row))
    return found
