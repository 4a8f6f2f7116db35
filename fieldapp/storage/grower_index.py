"""The derived search index: one `grower_index` row and one `grower_fts` row per live grower.

Local to this laptop, never synced, rebuilt from `growers` whenever a grower changes.

Numbers (`num`, also the FTS rowid) are handed out in name order: a grower's
number lies between those of the names sorting just before and after theirs.
FTS5 returns matches in rowid order, so a search's first page comes out
already sorted by name and stops after 50 rows instead of reading and sorting
every match (a common surname matches 10,000 growers). Numbers start GAP
apart; a new name takes the middle of its gap, and when a gap is used up the
whole index is renumbered once (seconds at 100,000 growers: it must stay rare).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

from fieldapp.domain.names import search_keys, spaced_chars

from .database import Database

# 2^40 apart: names pulled in random order halve gaps like a random binary tree, whose
# deepest path passes 32 levels at ~50,000 names (renumbering three times in a first
# sync); 40 levels last past a million. A million growers still number below 2^63.
GAP = 1 << 40
NAMESAKE_STEP = GAP >> 16  # 65,536 namesakes in a row fit in one gap
_CHUNK = 500  # ids per IN (...) list

_INDEX_COLUMNS = (
    "grower_id, sort_key, card_no, place_key, township_id, village_id, status, phone_rev, id_rev"
)


@dataclass(frozen=True)
class Entry:
    grower_id: str
    sort_key: str
    card_no: str
    place_key: str
    township_id: str | None
    village_id: str | None
    status: str
    phone_rev: str
    id_rev: str
    fts_name: str
    fts_place: str
    fts_pinyin: str

    def index_values(self) -> tuple:
        return (
            self.grower_id,
            self.sort_key,
            self.card_no,
            self.place_key,
            self.township_id,
            self.village_id,
            self.status,
            self.phone_rev,
            self.id_rev,
        )


def entry(grower_id: str, g: dict) -> Entry:
    """The index rows for a grower: `g` holds the grower's fields and its township and
    village names. Pick-list ids are NULL, not '', as in the growers table."""
    key, initials, full = search_keys(g["name"])
    return Entry(
        grower_id=grower_id,
        sort_key=key,
        card_no=g["card_no"],
        place_key=f"{g['township']}\t{g['village']}",
        township_id=g["township_id"] or None,
        village_id=g["village_id"] or None,
        status=g["status"],
        phone_rev=g["phone"][::-1],
        id_rev=g["id_number"][::-1],
        fts_name=spaced_chars(g["name"]),
        fts_place=spaced_chars(f"{g['township']} {g['village']}"),
        fts_pinyin=" ".join(initials + full),
    )


_FIELDS = (
    "SELECT g.id, g.name, g.card_no, g.phone, g.id_number, g.status, g.deleted, "
    "g.township_id, g.village_id, coalesce(t.name, '') AS township, "
    "coalesce(v.name, '') AS village FROM growers g "
    "LEFT JOIN townships t ON t.id = g.township_id "
    "LEFT JOIN villages v ON v.id = g.village_id "
)


# -- numbers in name order ---------------------------------------------------------------


def _predecessor(db: Database, key: str) -> tuple[int, str] | None:
    """(number, sort key) of the last row sorting at or before `key` (equal names keep
    their order: a new one goes after them)."""
    row = db.execute(
        "SELECT num, sort_key FROM grower_index WHERE sort_key <= ? "
        "ORDER BY sort_key DESC, num DESC LIMIT 1",
        (key,),
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def _successor(db: Database, num: int | None) -> int | None:
    if num is None:
        value = db.scalar("SELECT min(num) FROM grower_index")
    else:
        value = db.scalar("SELECT min(num) FROM grower_index WHERE num > ?", (num,))
    return None if value is None else int(value)


Gap = tuple[int | None, int | None, bool]  # number before, number after, after a namesake


def _neighbours_in_memory(db: Database, keys: list[str]) -> list[Gap]:
    """(number before, number after, same name before) for each key, from the whole
    index read once."""
    rows = db.execute("SELECT sort_key, num FROM grower_index ORDER BY sort_key, num").fetchall()
    sort_keys = [r[0] for r in rows]
    nums = [r[1] for r in rows]
    result = []
    for key in keys:
        i = bisect.bisect_right(sort_keys, key)  # equal names: after the ones already there
        before = nums[i - 1] if i else None
        after = nums[i] if i < len(nums) else None
        result.append((before, after, bool(i) and sort_keys[i - 1] == key))
    return result


def _neighbours_by_query(db: Database, keys: list[str]) -> list[Gap]:
    result = []
    for key in keys:
        found = _predecessor(db, key)
        before = None if found is None else found[0]
        result.append((before, _successor(db, before), found is not None and found[1] == key))
    return result


def _free_numbers(db: Database, keys: list[str]) -> list[int] | None:
    """Numbers for new rows with these sort keys, keeping name order; None if a gap is full."""
    indexed = int(db.scalar("SELECT count(*) FROM grower_index") or 0)
    # A batch that is large next to the index reads it once; a few new names look it up.
    many = len(keys) * 50 >= indexed
    neighbours = (_neighbours_in_memory if many else _neighbours_by_query)(db, keys)
    by_gap: dict[tuple[int | None, int | None], list[int]] = defaultdict(list)
    namesakes: set[tuple[int | None, int | None]] = set()
    for position in sorted(range(len(keys)), key=lambda p: keys[p]):
        before, after, namesake = neighbours[position]
        by_gap[before, after].append(position)
        if namesake:
            namesakes.add((before, after))
    numbers = [0] * len(keys)
    for (before, after), positions in by_gap.items():
        low = before if before is not None else 0
        high = after if after is not None else low + GAP * (len(positions) + 1)
        step = (high - low) // (len(positions) + 1)
        if (before, after) in namesakes:
            # Another 王伟 goes after the last one; halving the gap each time would fill
            # it after 32 namesakes and renumber the whole index (seconds at 100,000).
            step = min(step, NAMESAKE_STEP)
        if step < 1:
            return None
        for i, position in enumerate(positions, start=1):
            numbers[position] = low + step * i
    return numbers


def renumber(db: Database) -> None:
    """Spread all numbers GAP apart again, in name order (index and FTS rows move together)."""
    with db.transaction():
        db.execute("CREATE TEMP TABLE renumber (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
        try:
            db.execute(
                "INSERT INTO temp.renumber (old, new) SELECT num, "
                f"row_number() OVER (ORDER BY sort_key, num) * {GAP} FROM grower_index"
            )
            db.execute(
                "CREATE TEMP TABLE fts_rows AS SELECT r.new AS num, f.name, f.place, f.pinyin "
                "FROM grower_fts f JOIN temp.renumber r ON r.old = f.rowid"
            )
            db.execute("DELETE FROM grower_fts")
            db.execute(
                "INSERT INTO grower_fts (rowid, name, place, pinyin) "
                "SELECT num, name, place, pinyin FROM temp.fts_rows"
            )
            # Through negative numbers, so no two rows ever hold the same key mid-update.
            db.execute(
                "UPDATE grower_index SET num = -(SELECT new FROM temp.renumber WHERE old = num)"
            )
            db.execute("UPDATE grower_index SET num = -num")
        finally:
            db.execute("DROP TABLE IF EXISTS temp.fts_rows")
            db.execute("DROP TABLE temp.renumber")


# -- writing -----------------------------------------------------------------------------


def add(db: Database, entries: list[Entry]) -> None:
    """Index new growers (not yet indexed) in one go."""
    if not entries:
        return
    with db.transaction():
        numbers = _free_numbers(db, [e.sort_key for e in entries])
        if numbers is None:
            top = int(db.scalar("SELECT coalesce(max(num), 0) FROM grower_index") or 0)
            numbers = [top + GAP * (i + 1) for i in range(len(entries))]
            _insert(db, numbers, entries)
            renumber(db)
        else:
            _insert(db, numbers, entries)


def _insert(db: Database, numbers: list[int], entries: list[Entry]) -> None:
    # In number order: the table and its name index then grow at one end instead of
    # splitting pages all over (a third faster for an import's 10,000 rows).
    pairs = sorted(zip(numbers, entries, strict=True), key=lambda pair: pair[0])
    db.executemany(
        f"INSERT INTO grower_index (num, {_INDEX_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(n, *e.index_values()) for n, e in pairs],
    )
    db.executemany(
        "INSERT INTO grower_fts (rowid, name, place, pinyin) VALUES (?, ?, ?, ?)",
        [(n, e.fts_name, e.fts_place, e.fts_pinyin) for n, e in pairs],
    )


def refresh(db: Database, grower_id: str) -> None:
    """Bring one grower's index rows up to date (after an edit, a deletion, a sync)."""
    refresh_many(db, [grower_id])


def refresh_many(db: Database, grower_ids: list[str]) -> None:
    """`refresh` for many growers at once (a pulled page): a few statements per 500
    growers instead of several per grower, and the new ones numbered in one go."""
    with db.transaction():
        for start in range(0, len(grower_ids), _CHUNK):
            _refresh_chunk(db, grower_ids[start : start + _CHUNK])


def _refresh_chunk(db: Database, chunk: list[str]) -> None:
    marks = ",".join("?" * len(chunk))
    live = {
        r["id"]: entry(r["id"], r)
        for r in db.query(_FIELDS + f"WHERE g.id IN ({marks})", tuple(chunk))
        if not r["deleted"]
    }
    old = {
        r[0]: (r[1], r[2])
        for r in db.execute(
            f"SELECT grower_id, num, sort_key FROM grower_index WHERE grower_id IN ({marks})",
            chunk,
        )
    }
    gone = [
        old[g][0] for g in chunk if g in old and (g not in live or live[g].sort_key != old[g][1])
    ]
    db.executemany("DELETE FROM grower_fts WHERE rowid = ?", [(n,) for n in gone])
    db.executemany("DELETE FROM grower_index WHERE num = ?", [(n,) for n in gone])
    kept = [(e, old[g][0]) for g, e in live.items() if g in old and e.sort_key == old[g][1]]
    db.executemany(
        "UPDATE grower_index SET card_no = ?, place_key = ?, township_id = ?, village_id = ?, "
        "status = ?, phone_rev = ?, id_rev = ? WHERE num = ?",
        [(*e.index_values()[2:], num) for e, num in kept],
    )
    db.executemany(
        "UPDATE grower_fts SET name = ?, place = ?, pinyin = ? WHERE rowid = ?",
        [(e.fts_name, e.fts_place, e.fts_pinyin, num) for e, num in kept],
    )
    # New to the index, or a new name that takes a new place in the name order.
    placed = [e for g, e in live.items() if g not in old or e.sort_key != old[g][1]]
    add(db, placed)
    refresh_plots(db, [e.grower_id for e in placed])


def refresh_plots(db: Database, grower_ids: list[str]) -> None:
    """Recount the plot columns the list shows (count, area, crops) for these growers."""
    with db.transaction():
        for start in range(0, len(grower_ids), _CHUNK):
            chunk = grower_ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            summary = {
                r[0]: r[1:]
                for r in db.execute(
                    "SELECT p.grower_id, count(*), sum(p.area_m2), "
                    "coalesce(group_concat(DISTINCT c.name), '') FROM plots p "
                    "LEFT JOIN crops c ON c.id = p.crop_id "
                    f"WHERE p.deleted = 0 AND p.grower_id IN ({marks}) GROUP BY p.grower_id",
                    chunk,
                )
            }
            db.executemany(
                "UPDATE grower_index SET plot_count = ?, area_m2 = ?, crops = ? "
                "WHERE grower_id = ?",
                [(*summary.get(g, (0, 0, "")), g) for g in chunk],
            )


def refresh_for_crop(db: Database, crop_id: str) -> None:
    """After a crop is renamed, the crops column of its growers changes."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT grower_id FROM plots WHERE crop_id = ? AND deleted = 0", (crop_id,)
        )
    ]
    refresh_plots(db, ids)


def refresh_for_place(db: Database, column: str, place_id: str) -> None:
    """After a township or village is renamed, its growers' place keys change."""
    if column not in ("township_id", "village_id"):
        raise ValueError(column)
    ids = [r[0] for r in db.execute(f"SELECT id FROM growers WHERE {column} = ?", (place_id,))]
    refresh_many(db, ids)
