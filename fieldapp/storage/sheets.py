"""Queries for spreadsheet import and export: many growers at once, in few statements."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from fieldapp.domain.duplicates import Similar

from .database import Database

# SQLite's default limit on host parameters is 32766 since 3.32; stay well below it.
_CHUNK = 500


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _similar(db: Database, column: str, values: Iterable[str]) -> dict[str, list[Similar]]:
    found: dict[str, list[Similar]] = defaultdict(list)
    wanted = sorted({v for v in values if v})
    for chunk in _chunks(wanted):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            "SELECT g.id, g.card_no, g.name, g.phone, g.id_number, coalesce(g.village_id, ''), "
            "coalesce(v.name, '') FROM growers g LEFT JOIN villages v ON v.id = g.village_id "
            f"WHERE g.deleted = 0 AND g.{column} IN ({marks})",
            chunk,
        ).fetchall()
        for row in rows:
            similar = Similar(*row)
            found[getattr(similar, column)].append(similar)
    return dict(found)


def with_id_numbers(db: Database, id_numbers: Iterable[str]) -> dict[str, list[Similar]]:
    """Registered growers by ID number, for many candidates at once (the import's check)."""
    return _similar(db, "id_number", id_numbers)


def with_names(db: Database, names: Iterable[str]) -> dict[str, list[Similar]]:
    return _similar(db, "name", names)


@dataclass(frozen=True)
class ExportRow:
    card_no: str
    name: str
    gender: str
    id_number: str
    phone: str
    township: str
    village: str
    address: str
    account_kind: str
    account_no: str
    member_since: str
    status: str
    plot_count: int
    area_m2: int
    crops: str
    notes: str


_EXPORT_SQL = (
    "SELECT g.card_no, g.name, g.gender, g.id_number, g.phone, coalesce(t.name, ''), "
    "coalesce(v.name, ''), g.address, g.account_kind, g.account_no, g.member_since, g.status, "
    "(SELECT count(*) FROM plots p WHERE p.grower_id = g.id AND p.deleted = 0), "
    "(SELECT coalesce(sum(area_m2), 0) FROM plots p WHERE p.grower_id = g.id AND p.deleted = 0), "
    "(SELECT coalesce(group_concat(DISTINCT c.name), '') FROM plots p "
    "JOIN crops c ON c.id = p.crop_id WHERE p.grower_id = g.id AND p.deleted = 0), "
    "g.notes, i.num "
    "FROM grower_index i JOIN growers g ON g.id = i.grower_id "
    "LEFT JOIN townships t ON t.id = g.township_id "
    "LEFT JOIN villages v ON v.id = g.village_id"
)


def export_rows(db: Database, nums: list[int] | None = None) -> list[ExportRow]:
    """Every live grower in list order (by name), or those numbers in the order given."""
    if nums is None:
        rows = db.execute(f"{_EXPORT_SQL} ORDER BY i.sort_key, i.num").fetchall()
        return [ExportRow(*r[:-1]) for r in rows]
    by_num: dict[int, ExportRow] = {}
    for chunk in _chunks([str(n) for n in nums]):
        marks = ",".join("?" * len(chunk))
        for r in db.execute(f"{_EXPORT_SQL} WHERE i.num IN ({marks})", [int(n) for n in chunk]):
            by_num[r[-1]] = ExportRow(*r[:-1])
    return [by_num[n] for n in nums if n in by_num]
