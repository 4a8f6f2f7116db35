"""Field visits: rows, their outbox rows (through synced.py), and the lists the
technician works from."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from fieldapp.domain.treatments import TreatmentLine
from fieldapp.domain.visits import Visit, VisitData

from . import synced
from .database import Database

_FIELDS = tuple(VisitData.__dataclass_fields__)
_NULLABLE = ("plot_id",)


def _to_row(data: VisitData) -> dict:
    values = dict(vars(data))
    values["treatment_lines"] = json.dumps(
        [asdict(line) for line in data.treatment_lines], ensure_ascii=False
    )
    return {k: (None if k in _NULLABLE and v == "" else v) for k, v in values.items()}


def _visit(row: dict) -> Visit:
    values = {k: row[k] for k in _FIELDS}
    values["plot_id"] = values["plot_id"] or ""
    values["treatment_lines"] = tuple(
        TreatmentLine(**line) for line in json.loads(row["treatment_lines"])
    )
    return Visit(row["id"], VisitData(**values), row["created_at"], row["updated_at"])


def insert_visit(db: Database, data: VisitData) -> str:
    return synced.insert(db, "visits", _to_row(data))


def update_visit(db: Database, visit_id: str, data: VisitData) -> dict:
    return synced.update(db, "visits", visit_id, _to_row(data))


def remove_visit(db: Database, visit_id: str) -> None:
    synced.update(db, "visits", visit_id, {"deleted": 1})


def get_visit(db: Database, visit_id: str) -> Visit | None:
    rows = db.query("SELECT * FROM visits WHERE id = ? AND deleted = 0", (visit_id,))
    return _visit(rows[0]) if rows else None


@dataclass(frozen=True)
class VisitRow:
    """A visit as the lists show it, with its grower and place."""

    visit: Visit
    grower_name: str
    card_no: str
    township: str
    village: str


_LIST_SQL = (
    "SELECT v.*, g.name AS grower_name, g.card_no, coalesce(t.name, '') AS township, "
    "coalesce(vi.name, '') AS village FROM visits v JOIN growers g ON g.id = v.grower_id "
    "LEFT JOIN townships t ON t.id = g.township_id LEFT JOIN villages vi ON vi.id = g.village_id "
    "WHERE v.deleted = 0 "
)


def _rows(db: Database, where: str, params: tuple) -> list[VisitRow]:
    return [
        VisitRow(_visit(r), r["grower_name"], r["card_no"], r["township"], r["village"])
        for r in db.query(_LIST_SQL + where, params)
    ]


def visits_on(db: Database, day: str) -> list[VisitRow]:
    return _rows(db, "AND v.visited_on = ? ORDER BY v.created_at", (day,))


def open_cases(db: Database) -> list[VisitRow]:
    """Not yet resolved, by township and village, oldest first."""
    return _rows(
        db,
        "AND v.status != 'resolved' ORDER BY township, village, v.visited_on",
        (),
    )


def questions(db: Database) -> list[VisitRow]:
    """Growers' questions from the portal not answered yet (no diagnosis), newest first."""
    return _rows(
        db,
        "AND v.kind = 'remote' AND v.diagnosis = '' AND v.status != 'resolved' "
        "ORDER BY v.visited_on DESC, v.created_at DESC",
        (),
    )


def follow_ups_due(db: Database, today: str) -> list[VisitRow]:
    return _rows(
        db,
        "AND v.status != 'resolved' AND v.follow_up_on != '' AND v.follow_up_on <= ? "
        "ORDER BY v.follow_up_on, township",
        (today,),
    )


def history_of(db: Database, grower_id: str) -> list[VisitRow]:
    return _rows(
        db, "AND v.grower_id = ? ORDER BY v.visited_on DESC, v.created_at DESC", (grower_id,)
    )


def same_diagnosis(db: Database, visit_id: str, diagnosis: str) -> list[VisitRow]:
    """Other visits that recorded the same diagnosis, newest first."""
    return _rows(
        db,
        "AND v.id != ? AND v.diagnosis = ? AND v.diagnosis != '' ORDER BY v.visited_on DESC "
        "LIMIT 50",
        (visit_id, diagnosis),
    )


def rows_of(db: Database, visit_ids: list[str]) -> list[VisitRow]:
    if not visit_ids:
        return []
    marks = ", ".join("?" for _ in visit_ids)
    return _rows(db, f"AND v.id IN ({marks})", tuple(visit_ids))


def with_crop_of(db: Database, visit_id: str, limit: int = 500) -> list[VisitRow]:
    """Other visits, newest first, on plots of the same crop as this visit's plot; every
    other visit when this one has no plot (the crop is then unknown)."""
    crop = db.scalar(
        "SELECT p.crop_id FROM visits v JOIN plots p ON p.id = v.plot_id WHERE v.id = ?",
        (visit_id,),
    )
    if crop is None:
        return _rows(db, "AND v.id != ? ORDER BY v.visited_on DESC LIMIT ?", (visit_id, limit))
    return _rows(
        db,
        "AND v.id != ? AND v.plot_id IN (SELECT id FROM plots WHERE crop_id = ?) "
        "ORDER BY v.visited_on DESC LIMIT ?",
        (visit_id, crop, limit),
    )
