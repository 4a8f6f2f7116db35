"""Photo rows: which visit, plot and grower each stored photo belongs to."""

from __future__ import annotations

from dataclasses import dataclass

from . import synced
from .database import Database


@dataclass(frozen=True)
class PhotoRow:
    id: str
    sha256: str
    kind: str
    visit_id: str
    plot_id: str
    grower_id: str
    source: str
    taken_at: str
    lat_e6: int | None
    lon_e6: int | None
    width: int | None
    height: int | None
    camera: str
    phash: str


_COLUMNS = tuple(PhotoRow.__dataclass_fields__)


def insert_photo(db: Database, values: dict) -> str:
    return synced.insert(db, "photos", values)


def photos_of_visit(db: Database, visit_id: str) -> list[PhotoRow]:
    rows = db.query(
        f"SELECT {', '.join(_COLUMNS)} FROM photos WHERE visit_id = ? AND deleted = 0 "
        "ORDER BY taken_at, created_at",
        (visit_id,),
    )
    return [
        PhotoRow(**{k: ("" if v is None and k in ("visit_id", "plot_id", "grower_id") else v)
                    for k, v in r.items()})
        for r in rows
    ]  # fmt: skip


def sources_and_hashes(db: Database, visit_id: str) -> set[str]:
    """What an import into this visit has already done: file paths and hashes."""
    done: set[str] = set()
    for source, sha in db.execute(
        "SELECT source, sha256 FROM photos WHERE visit_id = ? AND deleted = 0", (visit_id,)
    ):
        done.update((source, sha))
    return done


def move_photo(db: Database, photo_id: str, visit_id: str) -> None:
    synced.update(db, "photos", photo_id, {"visit_id": visit_id})


def hashes_outside(db: Database, visit_id: str) -> list[tuple[str, str]]:
    """(visit id, dHash) of every photo of every other visit."""
    return [
        (str(v), str(h))
        for v, h in db.execute(
            "SELECT visit_id, phash FROM photos WHERE deleted = 0 AND phash != '' "
            "AND visit_id IS NOT NULL AND visit_id != ?",
            (visit_id,),
        )
    ]
