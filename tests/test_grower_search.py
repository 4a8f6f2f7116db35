"""The search box finds exactly what a LIKE scan would, sorted by pinyin."""

from __future__ import annotations

import random

import pytest

from fieldapp.domain.growers import GrowerData
from fieldapp.domain.names import pinyin_keys
from fieldapp.domain.search import classify
from fieldapp.services import demo_data
from fieldapp.storage import grower_index, grower_list
from fieldapp.storage import growers as store
from fieldapp.storage.database import Database
from fieldapp.storage.grower_list import ListFilter

GROWERS = 1500


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("search") / "fieldapp.db"
    demo_data.fill(path, GROWERS, seed=7)
    database = Database(path)
    yield database
    database.close()


@pytest.fixture(params=["as-built", "renumbered"])
def plan(request):
    """Run each search test on the index as it was written, and after renumbering it."""
    if request.param == "renumbered":
        if "demo_db" in request.fixturenames:
            grower_index.renumber(request.getfixturevalue("demo_db"))
        else:
            request.getfixturevalue("named")  # the rows must exist before they move
            grower_index.renumber(request.getfixturevalue("db"))
    return request.param


def _people(db: Database) -> dict[int, tuple]:
    rows = db.execute(
        "SELECT i.num, g.name, g.phone, g.id_number, coalesce(t.name, ''), "
        "coalesce(v.name, ''), i.sort_key FROM grower_index i "
        "JOIN growers g ON g.id = i.grower_id "
        "LEFT JOIN townships t ON t.id = g.township_id "
        "LEFT JOIN villages v ON v.id = g.village_id"
    ).fetchall()
    return {r[0]: r[1:] for r in rows}


def _in_order(db: Database, nums: set[int]) -> list[int]:
    """The expected order: by sort key (pinyin, surname reading first), then number."""
    keys = {n: p[5] for n, p in _people(db).items()}
    return sorted(nums, key=lambda n: (keys[n], n))


def _like(db: Database, sql_condition: str, params: tuple) -> set[int]:
    """The oracle: a plain LIKE scan over growers (and their places)."""
    rows = db.execute(
        "SELECT i.num FROM grower_index i JOIN growers g ON g.id = i.grower_id "
        "LEFT JOIN townships t ON t.id = g.township_id "
        f"LEFT JOIN villages v ON v.id = g.village_id WHERE {sql_condition}",
        params,
    )
    return {r[0] for r in rows}


def _find(db: Database, text: str, limit: int | None = None) -> list[int]:
    return grower_list.find(db, ListFilter(query=classify(text)), limit=limit)


def _name_parts(db: Database) -> list[str]:
    rnd = random.Random(3)
    names = sorted({p[0] for p in _people(db).values() if "·" not in p[0]})
    parts = []
    for name in rnd.sample(names, 40):
        length = rnd.randint(1, min(3, len(name)))
        start = rnd.randrange(len(name) - length + 1)
        parts.append(name[start : start + length])
    return parts


def test_chinese_queries_find_what_like_finds(demo_db: Database, plan: str):
    queries = [*_name_parts(demo_db), "王", "石桥", "村", "镇", "龙泉镇", "阿依古丽"]
    for text in queries:
        expected = _like(
            demo_db,
            "g.name LIKE ?1 OR t.name LIKE ?1 OR v.name LIKE ?1",
            (f"%{text}%",),
        )
        assert _find(demo_db, text) == _in_order(demo_db, expected), text
        assert _find(demo_db, text, limit=50) == _in_order(demo_db, expected)[:50], text


def test_phone_and_id_tails_find_what_like_finds(demo_db: Database, plan: str):
    people = list(_people(demo_db).values())
    rnd = random.Random(5)
    tails = [p[1][-4:] for p in rnd.sample(people, 20) if p[1]]
    tails += [p[2][-rnd.randint(4, 6) :] for p in rnd.sample(people, 20) if p[2]]
    tails += [p[2][-5:] for p in people if p[2].endswith("X")][:5]
    assert any(t.endswith("X") for t in tails)
    for tail in tails:
        expected = _like(demo_db, "g.phone LIKE ?1 OR g.id_number LIKE ?1", (f"%{tail}",))
        assert _find(demo_db, tail) == _in_order(demo_db, expected), tail
        assert _find(demo_db, tail.lower(), limit=50) == _in_order(demo_db, expected)[:50]


def test_pinyin_finds_every_reading(demo_db: Database, plan: str):
    people = _people(demo_db)
    keys = {n: [*pinyin_keys(p[0])[0], *pinyin_keys(p[0])[1]] for n, p in people.items()}
    for text in ["z", "zh", "zs", "wj", "zhangj", "liuj", "c", "sh"]:
        expected = {n for n, ks in keys.items() if any(k.startswith(text) for k in ks)}
        assert expected, text
        assert _find(demo_db, text) == _in_order(demo_db, expected), text
        assert _find(demo_db, text, limit=50) == _in_order(demo_db, expected)[:50], text


# -- named cases on a small database --------------------------------------------------------


def _add(db: Database, name: str, card: str) -> int:
    grower_id = store.insert_grower(db, GrowerData(name=name), card)
    return int(db.scalar("SELECT num FROM grower_index WHERE grower_id = ?", (grower_id,)))


@pytest.fixture
def named(db: Database) -> dict[str, int]:
    names = ["张三", "曾国藩", "单田芳", "李四", "陈曾", "王小明", "赵单"]
    return {name: _add(db, name, f"T-{i:05d}") for i, name in enumerate(names)}


def _names(db: Database, text: str, limit: int | None = None) -> list[str]:
    nums = _find(db, text, limit)
    return [r.name for r in grower_list.rows(db, nums)]


def test_initials_find_zhang_san(db: Database, named: dict[str, int], plan: str):
    assert _names(db, "zs") == ["张三", "赵单"]  # 单 inside a name may read shan too
    assert _names(db, "zhangs") == ["张三"]


def test_zeng_is_found_by_z_and_c(db: Database, named: dict[str, int], plan: str):
    assert "曾国藩" in _names(db, "zgf")
    assert "曾国藩" in _names(db, "cgf")
    assert "曾国藩" in _names(db, "zeng")
    assert "曾国藩" in _names(db, "ceng")


def test_shan_is_found_by_sh_and_d(db: Database, named: dict[str, int], plan: str):
    assert "单田芳" in _names(db, "stf")
    assert "单田芳" in _names(db, "dtf")
    assert "单田芳" in _names(db, "shan")


def test_one_and_two_characters(db: Database, named: dict[str, int], plan: str):
    assert _names(db, "曾") == ["陈曾", "曾国藩"]  # chen before zeng
    assert _names(db, "小明") == ["王小明"]
    assert _names(db, "三", limit=50) == ["张三"]
    assert _names(db, "国藩曾") == []


def test_results_sorted_by_surname_pinyin(db: Database, named: dict[str, int], plan: str):
    everyone = _names(db, "", limit=None)
    assert everyone == ["陈曾", "李四", "单田芳", "王小明", "曾国藩", "张三", "赵单"]
    # 单 as a surname sorts as shan, not dan; 曾 as zeng, not ceng.
    assert _names(db, "单") == ["单田芳", "赵单"]
