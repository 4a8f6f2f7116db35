"""Finding growers for the list and the search box, through indexes only.

`find` returns grower_index numbers in display order; `rows` fetches the
visible ones. The list model holds the numbers and asks for rows a page at a
time, so 100,000 growers cost one integer each until they are scrolled to.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.domain.cards import decode_card
from fieldapp.domain.search import Kind, Query

from .database import Database

SORTS = {"name": "sort_key", "card": "card_no", "place": "place_key"}


@dataclass(frozen=True)
class ListFilter:
    query: Query = Query(Kind.EMPTY, "")
    township_id: str = ""
    village_id: str = ""
    crop_id: str = ""
    status: str = ""  # '' for all
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ListRow:
    num: int
    grower_id: str
    card_no: str
    name: str
    gender: str
    phone: str
    id_number: str
    township: str
    village: str
    status: str
    plot_count: int
    area_m2: int
    crops: str


def _prefix_range(column: str, prefix: str) -> tuple[str, list[str]]:
    """`column` starts with `prefix`, as an index range (LIKE would scan)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return f"({column} >= ? AND {column} < ?)", [prefix, upper]


def _query_condition(query: Query) -> tuple[str, list[str]] | None:
    fts = "num IN (SELECT rowid FROM grower_fts WHERE grower_fts MATCH ?)"
    if query.kind == Kind.CHINESE:
        phrase = " ".join(query.text)
        return fts, [f'{{name place}} : "{phrase}"']
    if query.kind == Kind.PINYIN:
        return fts, [f"pinyin : {query.text}*"]
    if query.kind == Kind.DIGITS:
        phone, phone_args = _prefix_range("phone_rev", query.text[::-1])
        ident, id_args = _prefix_range("id_rev", query.text[::-1])
        return f"({phone} OR {ident})", phone_args + id_args
    if query.kind == Kind.CARD:
        card = decode_card(query.text)
        if card is not None:
            return "grower_id = ?", [card.grower_id]
        return "card_no = ?", [query.text]
    return None


def find(db: Database, spec: ListFilter, limit: int | None = None) -> list[int]:
    conditions: list[str] = []
    params: list[str | int] = []
    condition = _query_condition(spec.query)
    if condition:
        conditions.append(condition[0])
        params += condition[1]
    for column in ("township_id", "village_id", "status"):
        value = getattr(spec, column)
        if value:
            conditions.append(f"{column} = ?")
            params.append(value)
    if spec.crop_id:
        conditions.append(
            "grower_id IN (SELECT grower_id FROM plots WHERE crop_id = ? AND deleted = 0)"
        )
        params.append(spec.crop_id)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    direction = "DESC" if spec.descending else ""
    order = SORTS.get(spec.sort, "sort_key")
    sql = f"SELECT num FROM grower_index {where} ORDER BY {order} {direction}, num"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [r[0] for r in db.execute(sql, params)]


def rows(db: Database, nums: list[int]) -> list[ListRow]:
    """The rows for these numbers, in the same order; numbers no longer indexed are skipped."""
    if not nums:
        return []
    marks = ",".join("?" * len(nums))
    fetched = db.execute(
        "SELECT i.num, g.id, g.card_no, g.name, g.gender, g.phone, g.id_number, "
        "coalesce(t.name, ''), coalesce(v.name, ''), g.status, "
        "(SELECT count(*) FROM plots p WHERE p.grower_id = g.id AND p.deleted = 0), "
        "(SELECT coalesce(sum(area_m2), 0) FROM plots p WHERE p.grower_id = g.id "
        "AND p.deleted = 0), "
        "(SELECT coalesce(group_concat(DISTINCT c.name), '') FROM plots p "
        "JOIN crops c ON c.id = p.crop_id WHERE p.grower_id = g.id AND p.deleted = 0) "
        "FROM grower_index i JOIN growers g ON g.id = i.grower_id "
        "LEFT JOIN townships t ON t.id = g.township_id "
        f"LEFT JOIN villages v ON v.id = g.village_id WHERE i.num IN ({marks})",
        nums,
    ).fetchall()
    by_num = {r[0]: ListRow(*r) for r in fetched}
    return [by_num[n] for n in nums if n in by_num]


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM grower_index") or 0)
