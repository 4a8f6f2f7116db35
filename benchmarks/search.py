"""Search-box latency over 100,000 generated growers, per query kind, against a LIKE scan.

Each query measures exactly what the search box runs for its first page:
grower_list.find() with the query from domain.search.classify (limit 50),
then grower_list.rows() for those 50. The baseline, timed in the same run on
the same data, is the naive way: a LIKE scan of the growers table (joined to
villages for places; for pinyin, over the pinyin text kept in grower_fts) with
LIMIT 50 and no sorting.

Queries are drawn from the data with a fixed seed: a few hundred per kind.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _demo import fresh_copy

from fieldapp.domain.names import pinyin_keys
from fieldapp.domain.search import classify
from fieldapp.storage import grower_list
from fieldapp.storage.database import Database
from fieldapp.storage.grower_list import ListFilter

# A literal list: run.py reads it without importing the module.
FIGURES = ["search.name.p95", "search.pinyin.p95", "search.phone.p95", "search.id.p95",
           "search.village.p95"]  # fmt: skip
GROWERS = 100_000
QUERIES = 300  # per kind
PAGE = 50
REPEATS = 3  # each query timed this many times; its best time counts (noise on shared machines)

BASELINES = {
    "name": "SELECT g.id FROM growers g WHERE g.deleted = 0 AND g.name LIKE ? LIMIT 50",
    "pinyin": "SELECT rowid FROM grower_fts WHERE ' ' || pinyin LIKE ? LIMIT 50",
    "phone": "SELECT g.id FROM growers g WHERE g.deleted = 0 AND (g.phone LIKE ? "
    "OR g.id_number LIKE ?) LIMIT 50",
    "id": "SELECT g.id FROM growers g WHERE g.deleted = 0 AND (g.phone LIKE ? "
    "OR g.id_number LIKE ?) LIMIT 50",
    "village": "SELECT g.id FROM growers g JOIN villages v ON v.id = g.village_id "
    "WHERE g.deleted = 0 AND v.name LIKE ? LIMIT 50",
}


def _baseline_params(kind: str, text: str) -> tuple:
    if kind == "pinyin":
        return (f"% {text}%",)
    if kind in ("phone", "id"):
        return (f"%{text}", f"%{text}")
    return (f"%{text}%",)


def draw_queries(db: Database, rnd: random.Random) -> dict[str, list[str]]:
    """Realistic queries per kind, drawn from the growers and villages in the database."""
    people = db.execute(
        "SELECT name, phone, id_number FROM growers WHERE deleted = 0 ORDER BY id"
    ).fetchall()
    sample = rnd.sample(people, QUERIES * 2)
    villages = [r[0] for r in db.execute("SELECT name FROM villages ORDER BY id")]
    return {
        "name": [_name_part(rnd, name) for name, _, _ in sample[:QUERIES]],
        "pinyin": [_pinyin_query(rnd, name) for name, _, _ in sample[:QUERIES]],
        "phone": [phone[-4:] for _, phone, _ in sample if phone][:QUERIES],
        "id": _id_tails(rnd, [ident for _, _, ident in sample if ident])[:QUERIES],
        "village": [_village_part(rnd, rnd.choice(villages)) for _ in range(QUERIES)],
    }


def _name_part(rnd: random.Random, name: str) -> str:
    """One, two or three characters of a real name, anywhere in it (given names too)."""
    name = name.split("·")[rnd.randrange(2)] if "·" in name else name
    length = min(rnd.choice((1, 1, 2, 2, 3)), len(name))
    start = rnd.randrange(len(name) - length + 1)
    return name[start : start + length]


def _pinyin_query(rnd: random.Random, name: str) -> str:
    """Initials ('zs', 'zjg') or the start of the full pinyin ('zhangj'), as people type."""
    initials, full = pinyin_keys(name)
    if rnd.random() < 0.5:
        key = rnd.choice(initials)
        return key[: rnd.randint(2, max(2, len(key)))]
    key = rnd.choice(full)
    return key[: rnd.randint(3, max(3, len(key)))]


def _id_tails(rnd: random.Random, numbers: list[str]) -> list[str]:
    """4-6 last characters; some of them end in X, as about one ID in eleven does."""
    with_x = [n for n in numbers if n.endswith("X")]
    picked = numbers[: len(numbers) * 9 // 10] + with_x[: len(numbers) // 10]
    rnd.shuffle(picked)
    return [n[-rnd.randint(4, 6) :] for n in picked]


def _village_part(rnd: random.Random, village: str) -> str:
    """The whole village name, its stem, or its first two characters."""
    stem = village.removesuffix("村")
    return rnd.choice((village, stem, stem[:2]))


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def best_ms(action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


def search_box(db: Database, text: str) -> list:
    """What the search box runs: the first page of matches, then its rows."""
    nums = grower_list.find(db, ListFilter(query=classify(text)), limit=PAGE)
    return grower_list.rows(db, nums)


def scan_like(db: Database, kind: str, text: str) -> list:
    return db.execute(BASELINES[kind], _baseline_params(kind, text)).fetchall()


def measure(db: Database, queries: dict[str, list[str]]) -> list[dict]:
    figures = []
    for kind, texts in queries.items():
        app = [best_ms(lambda t=t: search_box(db, t)) for t in texts]
        scan = [best_ms(lambda t=t, k=kind: scan_like(db, k, t)) for t in texts]
        figures.append(
            {
                "name": f"search.{kind}.p95",
                "value": round(p95(app), 3),
                "unit": "ms",
                "baseline": round(p95(scan), 3),
            }
        )
    return figures


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="fieldapp-search-") as tmp:
        db = Database(fresh_copy(GROWERS, Path(tmp) / "fieldapp.db"))
        try:
            queries = draw_queries(db, random.Random(20260101))
            for texts in queries.values():  # warm the page cache and pypinyin, untimed
                for text in texts[:20]:
                    search_box(db, text)
            return measure(db, queries)
        finally:
            db.close()


if __name__ == "__main__":
    for figure in run():
        print(figure)
