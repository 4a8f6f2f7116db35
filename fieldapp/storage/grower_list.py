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


# Full-text matches (Chinese characters, pinyin) for the first page sorted by name, two ways:
# - few matches: fetch them all from grower_fts and sort them (cost grows with the matches,
#   ~2.5 us each for the look-up and sort);
# - many: read grower_index_sort in name order and keep rows whose number is in the match
#   set, stopping at the page's end (cost: the match set plus the rows walked; for a few
#   hundred matches the walk crosses most of the index, ~25 ms at 100k growers).
# At 100,000 growers the two cross between one and a few thousand matches; 1000 and 4000
# were worse overall than 2000 (benchmarks/search.py).
SORT_ALL_MAX = 2000

_FTS = "SELECT rowid FROM grower_fts WHERE grower_fts MATCH ?"


def _fts_match(query: Query) -> str | None:
    if query.kind == Kind.CHINESE:
        return f'{{name place}} : "{" ".join(query.text)}"'
    if query.kind == Kind.PINYIN:
        return f"pinyin : {query.text}*"
    return None


def _exact_chinese(query: Query) -> tuple[str, list[str]]:
    """Part of the name, the township or the village, exactly as LIKE '%q%' would say.

    The FTS phrase also matches across the middle dot of a minority name and across the
    township/village boundary; this keeps only true substrings. sort_key ends with the name.
    classify() leaves only CJK letters and digits in the text, so no LIKE wildcards.
    """
    pattern = f"%{query.text}%"
    return "(sort_key LIKE ? OR place_key LIKE ?)", [pattern, pattern]


def _full_text(query: Query, nums_condition: str, params: list) -> tuple[str, list]:
    """A full-text query's condition: its matches, kept exact for Chinese text."""
    if query.kind != Kind.CHINESE:
        return nums_condition, params
    exact, exact_params = _exact_chinese(query)
    return f"{nums_condition} AND {exact}", [*params, *exact_params]


def _query_condition(query: Query) -> tuple[str, list] | None:
    match = _fts_match(query)
    if match is not None:
        return _full_text(query, f"num IN ({_FTS})", [match])
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


def _few_matches(db: Database, match: str) -> list[int] | None:
    """All full-text matches if there are at most SORT_ALL_MAX of them, else None."""
    nums = [r[0] for r in db.execute(f"{_FTS} LIMIT ?", (match, SORT_ALL_MAX + 1))]
    return nums if len(nums) <= SORT_ALL_MAX else None


def _condition_for_page(
    db: Database, spec: ListFilter, limit: int | None
) -> tuple[str | None, list, str]:
    """(condition, params, FROM clause) for the query, planned for a page sorted by name."""
    match = _fts_match(spec.query)
    if match is None or limit is None or spec.sort != "name":
        condition = _query_condition(spec.query)
        return (*condition, "grower_index") if condition else (None, [], "grower_index")
    few = _few_matches(db, match)
    if few is None:
        # Many matches: walk the name order; the planner would look up and sort them all.
        condition, params = _full_text(spec.query, f"num IN ({_FTS})", [match])
        return condition, params, "grower_index INDEXED BY grower_index_sort"
    # Few: sort the numbers already read rather than asking FTS again.
    marks = ",".join("?" * len(few)) or "NULL"
    condition, params = _full_text(spec.query, f"num IN ({marks})", few)
    return condition, params, "grower_index"


def find(db: Database, spec: ListFilter, limit: int | None = None) -> list[int]:
    conditions: list[str] = []
    params: list[str | int] = []
    condition, condition_params, table = _condition_for_page(db, spec, limit)
    if condition:
        conditions.append(condition)
        params += condition_params
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
    # Within one place, by name (the grower_index_place index holds both).
    then = f", sort_key {direction}" if order == "place_key" else ""
    sql = f"SELECT num FROM {table} {where} ORDER BY {order} {direction}{then}, num"
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


def num_of(db: Database, grower_id: str) -> int | None:
    """The grower's number in grower_index, or None if they are not listed (deleted)."""
    value = db.scalar("SELECT num FROM grower_index WHERE grower_id = ?", (grower_id,))
    return None if value is None else int(value)
