"""The coop's catalogue rows (see migrations/0005_catalogue.sql): its own entries, its
edits of shipped entries, and shipped entries it took out of its list."""

from __future__ import annotations

import json
from dataclasses import dataclass

from fieldapp.domain.catalogue import PestEntry, entry_from_dict, entry_to_dict

from . import synced
from .database import Database

_JSON_COLUMNS = ("crops", "treatments", "sources")


@dataclass(frozen=True)
class CatalogueRow:
    entry: PestEntry
    hidden: bool
    deleted: bool


def _to_row(entry: PestEntry, hidden: bool) -> dict:
    data = entry_to_dict(entry)
    del data["id"]
    for key in _JSON_COLUMNS:
        data[key] = json.dumps(data[key], ensure_ascii=False)
    data["hidden"] = int(hidden)
    return data


def _from_row(row: dict) -> CatalogueRow:
    data = {**row, **{key: json.loads(row[key]) for key in _JSON_COLUMNS}}
    return CatalogueRow(entry_from_dict(data), bool(row["hidden"]), bool(row["deleted"]))


def coop_rows(db: Database) -> dict[str, CatalogueRow]:
    """Every row, tombstones too, by id: a tombstoned edit means 'as shipped'."""
    return {row["id"]: _from_row(row) for row in db.query("SELECT * FROM pests")}


def save(db: Database, entry: PestEntry, hidden: bool = False) -> str:
    """Write the coop's version of an entry; a row tombstoned earlier comes back."""
    values = _to_row(entry, hidden)
    exists = db.query("SELECT 1 FROM pests WHERE id = ?", (entry.id,)) if entry.id else []
    if exists:
        synced.update(db, "pests", entry.id, {**values, "deleted": 0})
        return entry.id
    return synced.insert(db, "pests", {**values, "id": entry.id} if entry.id else values)


def remove(db: Database, entry_id: str) -> None:
    synced.update(db, "pests", entry_id, {"deleted": 1})
