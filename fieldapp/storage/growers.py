"""Growers and plots: the registry's rows, their outbox rows and their search index."""

from __future__ import annotations

from dataclasses import asdict

from fieldapp.domain.duplicates import Similar
from fieldapp.domain.growers import (
    GROWER_FIELDS,
    PLOT_FIELDS,
    Grower,
    GrowerData,
    Plot,
    PlotData,
)
from fieldapp.domain.names import pinyin_keys, sort_key, spaced_chars

from . import synced
from .database import Database
from .device import next_sequence

# Pick-list references are NULL in the table and '' in GrowerData.
_NULLABLE = ("township_id", "village_id", "crop_id")


def _to_row(values: dict) -> dict:
    return {k: (v if v != "" or k not in _NULLABLE else None) for k, v in values.items()}


def _from_row(row: dict) -> dict:
    return {k: ("" if v is None and k in _NULLABLE else v) for k, v in row.items()}


def insert_grower(db: Database, data: GrowerData, card_no: str) -> str:
    with db.transaction():
        grower_id = synced.insert(db, "growers", {"card_no": card_no, **_to_row(asdict(data))})
        refresh_index(db, grower_id)
    return grower_id


def update_grower(db: Database, grower_id: str, data: GrowerData) -> dict:
    """Save the fields that differ; returns them (empty if nothing changed)."""
    with db.transaction():
        changed = synced.update(db, "growers", grower_id, _to_row(asdict(data)))
        if changed:
            refresh_index(db, grower_id)
    return changed


def get_grower(db: Database, grower_id: str) -> Grower | None:
    rows = db.query(
        f"SELECT id, card_no, created_at, updated_at, {', '.join(GROWER_FIELDS)} "
        "FROM growers WHERE id = ? AND deleted = 0",
        (grower_id,),
    )
    if not rows:
        return None
    row = _from_row(rows[0])
    return Grower(
        id=row["id"],
        card_no=row["card_no"],
        data=GrowerData(**{k: row[k] for k in GROWER_FIELDS}),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def find_by_card_no(db: Database, card_no: str) -> str | None:
    value = db.scalar("SELECT id FROM growers WHERE card_no = ? AND deleted = 0", (card_no,))
    return None if value is None else str(value)


def _matches(db: Database, condition: str, value: str, exclude_id: str) -> list[Similar]:
    rows = db.execute(
        "SELECT g.id, g.card_no, g.name, g.phone, g.id_number, coalesce(g.village_id, ''), "
        "coalesce(v.name, '') FROM growers g LEFT JOIN villages v ON v.id = g.village_id "
        f"WHERE g.deleted = 0 AND g.id != ? AND {condition}",
        (exclude_id, value),
    ).fetchall()
    return [Similar(*r) for r in rows]


def with_id_number(db: Database, id_number: str, exclude_id: str = "") -> list[Similar]:
    return _matches(db, "g.id_number = ?", id_number, exclude_id)


def with_name(db: Database, name: str, exclude_id: str = "") -> list[Similar]:
    return _matches(db, "g.name = ?", name, exclude_id)


def next_card_sequence(db: Database) -> int:
    return next_sequence(db, "grower_card")


# -- plots -------------------------------------------------------------------------------


def plots_of(db: Database, grower_id: str) -> list[Plot]:
    rows = db.query(
        f"SELECT id, grower_id, {', '.join(PLOT_FIELDS)} FROM plots "
        "WHERE grower_id = ? AND deleted = 0 ORDER BY created_at",
        (grower_id,),
    )
    return [
        Plot(id=r["id"], grower_id=r["grower_id"], data=PlotData(**_from_row({k: r[k] for k in PLOT_FIELDS})))
        for r in rows
    ]


def insert_plot(db: Database, grower_id: str, data: PlotData) -> str:
    return synced.insert(db, "plots", {"grower_id": grower_id, **_to_row(asdict(data))})


def update_plot(db: Database, plot_id: str, data: PlotData) -> dict:
    return synced.update(db, "plots", plot_id, _to_row(asdict(data)))


def remove_plot(db: Database, plot_id: str) -> None:
    synced.tombstone(db, "plots", plot_id)


# -- search index ------------------------------------------------------------------------


def refresh_index(db: Database, grower_id: str) -> None:
    """Rebuild one grower's row in grower_index and grower_fts (derived, not synced)."""
    rows = db.query(
        "SELECT g.name, g.card_no, g.phone, g.id_number, g.status, g.deleted, g.address, "
        "g.township_id, g.village_id, coalesce(t.name, '') AS township, "
        "coalesce(v.name, '') AS village FROM growers g "
        "LEFT JOIN townships t ON t.id = g.township_id "
        "LEFT JOIN villages v ON v.id = g.village_id WHERE g.id = ?",
        (grower_id,),
    )
    num = db.scalar("SELECT num FROM grower_index WHERE grower_id = ?", (grower_id,))
    if num is not None:
        db.execute("DELETE FROM grower_fts WHERE rowid = ?", (num,))
    if not rows or rows[0]["deleted"]:
        db.execute("DELETE FROM grower_index WHERE grower_id = ?", (grower_id,))
        return
    g = rows[0]
    values = (
        grower_id,
        sort_key(g["name"]),
        g["card_no"],
        f"{g['township']}\t{g['village']}",
        g["township_id"],
        g["village_id"],
        g["status"],
        g["phone"][::-1],
        g["id_number"][::-1],
    )
    if num is None:
        cursor = db.execute(
            "INSERT INTO grower_index (grower_id, sort_key, card_no, place_key, township_id, "
            "village_id, status, phone_rev, id_rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        num = cursor.lastrowid
    else:
        db.execute(
            "UPDATE grower_index SET sort_key = ?, card_no = ?, place_key = ?, township_id = ?, "
            "village_id = ?, status = ?, phone_rev = ?, id_rev = ? WHERE num = ?",
            (*values[1:], num),
        )
    initials, full = pinyin_keys(g["name"])
    db.execute(
        "INSERT INTO grower_fts (rowid, name, place, pinyin) VALUES (?, ?, ?, ?)",
        (
            num,
            spaced_chars(g["name"]),
            spaced_chars(f"{g['township']} {g['village']}"),
            " ".join(initials + full),
        ),
    )


def refresh_index_for_place(db: Database, column: str, place_id: str) -> None:
    """After a township or village is renamed, its growers' place keys change."""
    if column not in ("township_id", "village_id"):
        raise ValueError(column)
    ids = [r[0] for r in db.execute(f"SELECT id FROM growers WHERE {column} = ?", (place_id,))]
    with db.transaction():
        for grower_id in ids:
            refresh_index(db, grower_id)
