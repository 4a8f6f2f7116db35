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


@dataclass(frozen=True)
class ListFilter:
    query: Query = Query(Kind.EMPTY, "")  # noqa: RUF009 (frozen, safe to share)
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


_FTS = "SELECT rowid FROM grower_fts WHERE grower_fts MATCH ?"


def _fts_match(query: Query) -> str | None:
    if query.kind == Kind.CHINESE:
        return f'{{name place}} : "{" ".join(query.text)}"'
    if query.kind == Kind.PINYIN:
        return f"pinyin : {query.text}*"
    return None


def _exact_chinese(query: Query) -> tuple[list[str], list[str]]:
    """Part of the name, the township or the village, exactly as LIKE '%q%' would say.

    The FTS phrase also matches across the middle dot of a minority name and across the
    township/village boundary; this keeps only true substrings. sort_key ends with the name.
    classify() leaves only CJK letters and digits in the text, so no LIKE wildcards.
    """
    if query.kind != Kind.CHINESE:
        return [], []
    pattern = f"%{query.text}%"
    return ["(i.sort_key LIKE ? OR i.place_key LIKE ?)"], [pattern, pattern]


def _lookup_condition(query: Query) -> tuple[list[str], list[str]]:
    """Phone or ID tails and card numbers: index look-ups on grower_index."""
    if query.kind == Kind.DIGITS:
        phone, phone_args = _prefix_range("i.phone_rev", query.text[::-1])
        ident, id_args = _prefix_range("i.id_rev", query.text[::-1])
        return [f"({phone} OR {ident})"], phone_args + id_args
    if query.kind == Kind.CARD:
        card = decode_card(query.text)
        if card is not None:
            # Id and card number both, as the station's grower_for_scan: a code whose card
            # number is not the grower's (mistyped, forged) finds no one.
            return ["i.grower_id = ? AND i.card_no = ?"], [card.grower_id, card.card_no]
        return ["i.card_no = ?"], [query.text]
    return [], []


def _filters(spec: ListFilter) -> tuple[list[str], list[str]]:
    conditions, params = [], []
    for column in ("township_id", "village_id", "status"):
        value = getattr(spec, column)
        if value:
            conditions.append(f"i.{column} = ?")
            params.append(value)
    if spec.crop_id:
        conditions.append(
            "i.grower_id IN (SELECT grower_id FROM plots WHERE crop_id = ? AND deleted = 0)"
        )
        params.append(spec.crop_id)
    return conditions, params


def find(db: Database, spec: ListFilter, limit: int | None = None) -> list[int]:
    """grower_index numbers of the growers the list shows, in display order."""
    match = _fts_match(spec.query)
    exact, exact_params = _exact_chinese(spec.query)
    filters, filter_params = _filters(spec)
    direction = "DESC" if spec.descending else ""
    if match is not None and spec.sort == "name":
        # Numbers are in name order and FTS yields its matches by rowid: no sort, and a
        # LIMIT stops the scan after one page even when thousands match.
        conditions = ["grower_fts MATCH ?", *exact, *filters]
        params: list[str | int] = [match, *exact_params, *filter_params]
        sql = (
            "SELECT f.rowid FROM grower_fts f JOIN grower_index i ON i.num = f.rowid "
            f"WHERE {' AND '.join(conditions)} ORDER BY f.rowid {direction}"
        )
    else:
        lookup, lookup_params = _lookup_condition(spec.query)
        conditions = [*lookup, *exact, *filters]
        params = [*lookup_params, *exact_params, *filter_params]
        if match is not None:
            conditions.insert(0, f"i.num IN ({_FTS})")
            params.insert(0, match)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        order = {
            "card": f"i.card_no {direction}, i.num",
            "place": f"i.place_key {direction}, i.num {direction}",
        }.get(spec.sort, f"i.num {direction}")
        sql = f"SELECT i.num FROM grower_index i {where} ORDER BY {order}"
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
        "coalesce(t.name, ''), coalesce(v.name, ''), g.status, i.plot_count, i.area_m2, "
        "i.crops FROM grower_index i JOIN growers g ON g.id = i.grower_id "
        "LEFT JOIN townships t ON t.id = g.township_id "
        f"LEFT JOIN villages v ON v.id = g.village_id WHERE i.num IN ({marks})",
        nums,
    ).fetchall()
    by_num = {r[0]: ListRow(*r) for r in fetched}
    return [by_num[n] for n in nums if n in by_num]


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM grower_index") or 0)


def num_of(db: Database, grower_id: str) -> int | None:
    """The grower's number in grower_index, or None if they are not listed (deleted)."""
    value = db.scalar("SELECT num FROM grower_index WHERE grower_id = ?", (grower_id,))
    return None if value is None else int(value)
