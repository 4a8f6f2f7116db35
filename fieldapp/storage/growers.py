"""Growers and plots: the registry's rows, their outbox rows and their search index."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fieldapp.domain.cards import format_card_no
from fieldapp.domain.duplicates import Similar
from fieldapp.domain.growers import (
    GROWER_FIELDS,
    PLOT_FIELDS,
    Grower,
    GrowerData,
    Plot,
    PlotData,
)
from fieldapp.domain.portal import new_portal_key

from . import grower_index, synced
from .database import Database
from .device import identity, reserve_sequence

# Pick-list references are NULL in the table and '' in GrowerData.
_NULLABLE = ("township_id", "village_id", "crop_id")


def _values(data: GrowerData | PlotData) -> dict:
    """The dataclass's fields as a dict: dataclasses.asdict deep-copies every value
    (~40 us a call), which dominated bulk inserts; the fields are all flat, and none
    is a ClassVar or InitVar, so the instance dict holds exactly them."""
    return dict(vars(data))


def _to_row(values: dict) -> dict:
    return {k: (v if v != "" or k not in _NULLABLE else None) for k, v in values.items()}


def _from_row(row: dict) -> dict:
    return {k: ("" if v is None and k in _NULLABLE else v) for k, v in row.items()}


def insert_grower(db: Database, data: GrowerData, card_no: str) -> str:
    return insert_growers(db, [(data, card_no)])[0]


def insert_growers(db: Database, growers: list[tuple[GrowerData, str]]) -> list[str]:
    """New growers (data, card number) with their outbox and search-index rows, in one
    transaction and a few statements (an import writes 10,000 at once)."""
    with db.transaction():
        values = [_values(data) for data, _ in growers]
        rows = [
            {"card_no": card_no, **_to_row(v)}
            for v, (_, card_no) in zip(values, growers, strict=True)
        ]
        ids = synced.insert_many(db, "growers", rows)
        places = dict(
            db.execute("SELECT id, name FROM townships UNION ALL SELECT id, name FROM villages")
        )
        entries = []
        for grower_id, v, (data, card_no) in zip(ids, values, growers, strict=True):
            township = places.get(data.township_id, "")
            village = places.get(data.village_id, "")
            g = {**v, "card_no": card_no, "township": township, "village": village}
            entries.append(grower_index.entry(grower_id, g))
        grower_index.add(db, entries)
    return ids


def update_grower(db: Database, grower_id: str, data: GrowerData) -> dict:
    """Save the fields that differ; returns them (empty if nothing changed)."""
    with db.transaction():
        changed = synced.update(db, "growers", grower_id, _to_row(_values(data)))
        if changed:
            grower_index.refresh(db, grower_id)
    return changed


def grower_by_card(db: Database, card_no: str) -> Grower | None:
    found = db.scalar("SELECT id FROM growers WHERE card_no = ? AND deleted = 0", (card_no,))
    return get_grower(db, str(found)) if found else None


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


def new_card_numbers(db: Database, count: int) -> list[str]:
    """`count` new grower card numbers of this device, reserved together. Call inside the
    transaction that stores the growers, so a rolled-back save gives its numbers back."""
    first = reserve_sequence(db, "grower_card", count)
    code = identity(db).device_code
    return [format_card_no(code, first + i) for i in range(count)]


# -- plots -------------------------------------------------------------------------------


def plots_of(db: Database, grower_id: str) -> list[Plot]:
    rows = db.query(
        f"SELECT id, grower_id, {', '.join(PLOT_FIELDS)} FROM plots "
        "WHERE grower_id = ? AND deleted = 0 ORDER BY created_at",
        (grower_id,),
    )
    return [
        Plot(
            id=r["id"],
            grower_id=r["grower_id"],
            data=PlotData(**_from_row({k: r[k] for k in PLOT_FIELDS})),
        )
        for r in rows
    ]


def insert_plot(db: Database, grower_id: str, data: PlotData) -> str:
    return insert_plots(db, [(grower_id, data)])[0]


def insert_plots(db: Database, plots: list[tuple[str, PlotData]]) -> list[str]:
    """New plots (grower id, data) with their outbox rows, in one transaction."""
    rows = [{"grower_id": grower_id, **_to_row(_values(data))} for grower_id, data in plots]
    with db.transaction():
        ids = synced.insert_many(db, "plots", rows)
        grower_index.refresh_plots(db, list(dict.fromkeys(g for g, _ in plots)))
    return ids


def set_plot_point_if_missing(db: Database, plot_id: str, lat_e6: int, lon_e6: int) -> bool:
    """Give a plot the GPS point of a photo taken on it, unless it has one already."""
    with db.transaction():
        rows = db.query("SELECT lat_e6, lon_e6 FROM plots WHERE id = ?", (plot_id,))
        if not rows or rows[0]["lat_e6"] is not None or rows[0]["lon_e6"] is not None:
            return False
        synced.update(db, "plots", plot_id, {"lat_e6": lat_e6, "lon_e6": lon_e6})
        return True


def _plot_owner(db: Database, plot_id: str) -> list[str]:
    owner = db.scalar("SELECT grower_id FROM plots WHERE id = ?", (plot_id,))
    return [] if owner is None else [str(owner)]


def update_plot(db: Database, plot_id: str, data: PlotData) -> dict:
    with db.transaction():
        changed = synced.update(db, "plots", plot_id, _to_row(_values(data)))
        grower_index.refresh_plots(db, _plot_owner(db, plot_id))
    return changed


def remove_plot(db: Database, plot_id: str) -> None:
    with db.transaction():
        synced.tombstone(db, "plots", plot_id)
        grower_index.refresh_plots(db, _plot_owner(db, plot_id))


# -- grower cards ------------------------------------------------------------------------


@dataclass(frozen=True)
class CardHolder:
    """What a grower card prints, with place names resolved."""

    grower_id: str
    card_no: str
    name: str
    phone: str
    township: str
    village: str
    portal_key: str = ""  # '' until a card with a portal link is printed


# Well under SQLite's limit on bound parameters, whatever the build.
_CHUNK = 500

_CARD_SELECT = (
    "SELECT g.id, g.card_no, g.name, g.phone, coalesce(t.name, ''), coalesce(v.name, ''), "
    "g.portal_key "
    "FROM growers g LEFT JOIN townships t ON t.id = g.township_id "
    "LEFT JOIN villages v ON v.id = g.village_id "
)


def card_holders(db: Database, grower_ids: Sequence[str]) -> list[CardHolder]:
    """The live growers among `grower_ids`, in the order given; unknown or deleted ids
    are skipped."""
    found: dict[str, CardHolder] = {}
    for start in range(0, len(grower_ids), _CHUNK):
        chunk = list(grower_ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            _CARD_SELECT + f"WHERE g.deleted = 0 AND g.id IN ({marks})", chunk
        ).fetchall()
        found.update((r[0], CardHolder(*r)) for r in rows)
    return [found[i] for i in grower_ids if i in found]


def card_holders_by_num(db: Database, nums: Sequence[int]) -> list[CardHolder]:
    """Like card_holders, for grower_index numbers (what the grower list holds)."""
    ids: dict[int, str] = {}
    for start in range(0, len(nums), _CHUNK):
        chunk = list(nums[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT num, grower_id FROM grower_index WHERE num IN ({marks})", chunk
        ).fetchall()
        ids.update((r[0], r[1]) for r in rows)
    return card_holders(db, [ids[n] for n in nums if n in ids])


def give_portal_keys(db: Database, grower_ids: Sequence[str], reissue: bool = False) -> int:
    """A portal secret (docs/portal.md) for each live grower among `grower_ids` that has
    none, or a new one for each when `reissue` (the old link stops working once this
    syncs). Synced updates, in one transaction; returns how many keys were made."""
    made = 0
    with db.transaction():
        for holder in card_holders(db, grower_ids):
            if reissue or not holder.portal_key:
                synced.update(db, "growers", holder.grower_id, {"portal_key": new_portal_key()})
                made += 1
    return made
