"""Realistic demo growers, made deterministically from a seed (benchmarks, demos, screenshots).

Rows go through the real storage functions (storage.growers.insert_grower and
insert_plot), so the search index and the outbox rows are exactly what the
program itself writes. The same (count, seed) gives the same people, places
and plots; row ids and timestamps are made at write time as always.

    python -m fieldapp.services.demo_data --growers 2000 --db PATH [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from fieldapp.domain.growers import AccountKind, GrowerData, PlotData, Status
from fieldapp.domain.idcard import check_digit
from fieldapp.domain.units import mu_to_m2
from fieldapp.storage import growers as store
from fieldapp.storage import places
from fieldapp.storage.database import Database
from fieldapp.storage.device import set_meta

from .places import PlacesService
from .setup import open_database

# Bump whenever the generated people change, so cached benchmark databases are rebuilt.
GENERATOR_VERSION = 1

# Growers per transaction: few commits (synchronous=FULL syncs each), bounded WAL growth.
BATCH = 5_000
CACHE_KIB = -65_536  # negative: KiB, not pages

# The ~100 most common surnames with their approximate share of the population in
# per mille (national figures, rounded), then readings that trip pinyin search
# (曾 zeng/ceng, 单 shan/dan, 仇 qiu/chou, 解 xie/jie, 区 ou/qu, 查 zha/cha,
# 乐 yue/le, 朴 piao/pu) and two compound surnames, rare as in life.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 71), ("李", 70), ("张", 68), ("刘", 54), ("陈", 46), ("杨", 32), ("黄", 25),
    ("赵", 22), ("吴", 20), ("周", 19), ("徐", 15), ("孙", 15), ("马", 13), ("朱", 13),
    ("胡", 12), ("郭", 12), ("何", 11), ("高", 10), ("林", 10), ("罗", 9), ("郑", 9),
    ("梁", 8), ("谢", 8), ("宋", 7), ("唐", 7), ("许", 6), ("韩", 6), ("冯", 6), ("邓", 6),
    ("曹", 6), ("彭", 5), ("曾", 5), ("肖", 5), ("田", 5), ("董", 5), ("袁", 4), ("潘", 4),
    ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 4), ("叶", 4), ("程", 3), ("苏", 3),
    ("魏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3),
    ("崔", 3), ("钟", 3), ("谭", 3), ("陆", 2.5), ("汪", 2.5), ("范", 2.5), ("金", 2.5),
    ("石", 2.5), ("廖", 2.5), ("贾", 2.5), ("夏", 2.5), ("韦", 2.5), ("付", 2.5),
    ("方", 2.5), ("白", 2), ("邹", 2), ("孟", 2), ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2),
    ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2), ("雷", 2), ("侯", 2), ("龙", 2), ("史", 2),
    ("陶", 1.5), ("黎", 1.5), ("贺", 1.5), ("顾", 1.5), ("毛", 1.5), ("郝", 1.5), ("龚", 1.5),
    ("邵", 1.5), ("万", 1.5), ("钱", 1.5), ("严", 1.5), ("覃", 1.5), ("武", 1.5), ("戴", 1.5),
    ("莫", 1.5), ("孔", 1.5), ("向", 1.5), ("汤", 1.5), ("单", 0.4), ("仇", 0.3), ("解", 0.3),
    ("区", 0.2), ("查", 0.2), ("乐", 0.2), ("朴", 0.2), ("欧阳", 0.3), ("司马", 0.1),
)  # fmt: skip

# Given-name characters, most popular first (weights fall off along the list).
MALE_CHARS = (
    "明国华建文平志伟东海强晓生光林军永新春成德兴福贵荣祥忠学清云宝发家正富"
    "中金勇刚波辉俊杰涛斌鹏磊超山树仁义礼昌顺旺才亮洪彬元武江红利峰军玉良"
)
FEMALE_CHARS = (
    "秀英华丽芳兰玉红梅霞桂珍凤琼美艳燕娟萍琴敏静婷雪莲花菊月仙翠春云芬"
    "慧娥英琳丹群巧银彩香妹晶佳丽会蓉婷娇姣"
)

# Uyghur-style names as Chinese records write them: given name · father's name.
MINORITY_GIVEN = (
    "阿依古丽", "古丽娜尔", "热依汗", "帕提古丽", "迪丽拜尔", "买买提", "艾力", "吐尔逊",
)  # fmt: skip
MINORITY_FATHER = ("买买提", "艾山", "吐尔洪", "阿布拉", "玉素甫", "依明", "阿不都拉", "努尔")
MINORITY_SHARE = 0.01

TOWNSHIPS = (
    "龙泉镇", "新街镇", "马街镇", "中和乡", "太平镇", "青龙乡",
    "永丰乡", "白水镇", "河口乡", "大兴镇", "黄草坝乡", "石屏镇",
)  # fmt: skip

# Village stems of the Yunnan / Sichuan countryside; each township takes 8-20 of them.
VILLAGE_STEMS = (
    "石桥", "大坪子", "小河边", "龙潭", "新寨", "老村", "黑箐", "松林", "核桃箐", "麻栗坡",
    "杨柳湾", "大水井", "凹子", "干沟", "白沙", "红岩", "三岔河", "柏木", "回龙湾", "青山",
    "土主庙", "大村", "小村", "上寨", "下寨", "中寨", "水碾", "瓦窑", "落水洞", "梨园",
    "桃园", "竹园", "茶园", "新发", "团结", "和平", "胜利", "光明", "民主", "联合",
    "丰收", "大麦地", "小麦地", "羊街", "牛街", "狮子口", "黄泥坡", "塘子", "沙坝", "李家营",
    "张家湾", "王家庄", "陈家沟", "大营", "小营", "坝心", "长田", "安乐", "玉泉", "金鸡",
)  # fmt: skip

# County codes (GB/T 2260) for the townships' ID numbers; some growers married in from elsewhere.
LOCAL_COUNTIES = ("530423", "530424", "530425", "532524", "511132", "511923")
OTHER_COUNTIES = ("510105", "520102", "450102", "430104", "360102", "530102")

PLOT_NAMES = (
    "河边田", "大田", "坡地", "后山地", "门前地", "水田",
    "旱地", "果园", "茶山", "烟地", "沟边地", "新开地",
)  # fmt: skip
VARIETIES = {
    "水稻": ("滇粳优", "云光", "宜香优"),
    "玉米": ("云瑞", "正大", "会单"),
    "柑橘": ("沃柑", "冰糖橙", "砂糖橘"),
    "茶叶": ("云抗10号", "大叶种"),
    "马铃薯": ("合作88", "青薯9号", "丽薯6号"),
    "烤烟": ("云烟87", "K326"),
}
CROP_WEIGHTS = {
    "水稻": 20, "玉米": 25, "柑橘": 10, "茶叶": 8,
    "蔬菜": 12, "马铃薯": 10, "烤烟": 10, "油菜": 5,
}  # fmt: skip

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "147",
    "150", "151", "152", "153", "157", "158", "159", "166", "173", "177",
    "178", "180", "181", "182", "183", "186", "187", "188", "189", "199",
)  # fmt: skip


@dataclass(frozen=True)
class Place:
    township_id: str
    village_id: str
    township: str
    village: str
    county: str
    lat_e6: int
    lon_e6: int


@dataclass(frozen=True)
class DemoGrower:
    data: GrowerData
    plots: tuple[PlotData, ...]


def _zipf_weights(n: int) -> list[float]:
    """Popularity falling off like real name characters: the first few dominate."""
    return [1.0 / (i + 1) ** 0.8 for i in range(n)]


class _Generator:
    """Every random choice comes from one seeded Random, in a fixed order."""

    def __init__(self, seed: int, crops: dict[str, str]) -> None:
        self.rnd = random.Random(seed)
        self.crops = crops  # name -> id
        self.surnames = [s for s, _ in SURNAMES]
        self.surname_cum = _cumulative([w for _, w in SURNAMES])
        self.male = list(dict.fromkeys(MALE_CHARS))
        self.female = list(dict.fromkeys(FEMALE_CHARS))
        self.male_cum = _cumulative(_zipf_weights(len(self.male)))
        self.female_cum = _cumulative(_zipf_weights(len(self.female)))
        crop_names = [c for c in CROP_WEIGHTS if c in crops] or sorted(crops)
        self.crop_names = crop_names
        self.crop_cum = _cumulative([CROP_WEIGHTS.get(c, 5) for c in crop_names])
        self.id_numbers: set[str] = set()

    def places(self) -> list[tuple[str, str, list[str], float, float]]:
        """(township, county, villages, lat, lon) for every township."""
        result = []
        for i, township in enumerate(TOWNSHIPS):
            count = self.rnd.randint(8, 20)
            villages = [f"{stem}村" for stem in self.rnd.sample(VILLAGE_STEMS, count)]
            county = LOCAL_COUNTIES[i % len(LOCAL_COUNTIES)]
            lat = 24.0 + self.rnd.random() * 4
            lon = 101.0 + self.rnd.random() * 4
            result.append((township, county, villages, lat, lon))
        return result

    def name(self, gender: str) -> str:
        rnd = self.rnd
        if rnd.random() < MINORITY_SHARE:
            return f"{rnd.choice(MINORITY_GIVEN)}·{rnd.choice(MINORITY_FATHER)}"
        surname = rnd.choices(self.surnames, cum_weights=self.surname_cum)[0]
        pool, cum = (self.male, self.male_cum) if gender == "M" else (self.female, self.female_cum)
        length = 1 if rnd.random() < 0.25 else 2
        return surname + "".join(rnd.choices(pool, cum_weights=cum, k=length))

    def id_number(self, county: str, gender: str) -> str:
        rnd = self.rnd
        while True:
            region = county if rnd.random() < 0.93 else rnd.choice(OTHER_COUNTIES)
            born = dt.date(1950, 1, 1) + dt.timedelta(days=rnd.randrange(18_250))
            # 17th digit: odd for men, even for women.
            sequence = rnd.randrange(50) * 10 + rnd.randrange(5) * 2 + (1 if gender == "M" else 0)
            first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
            number = first17 + check_digit(first17)
            if number not in self.id_numbers:  # unique per coop, as the schema demands
                self.id_numbers.add(number)
                return number

    def phone(self) -> str:
        if self.rnd.random() < 0.08:
            return ""
        return self.rnd.choice(MOBILE_PREFIXES) + f"{self.rnd.randrange(100_000_000):08d}"

    def account(self) -> tuple[str, str]:
        roll = self.rnd.random()
        if roll < 0.6:
            return AccountKind.BANK, f"6217{self.rnd.randrange(10**15):015d}"
        if roll < 0.75:
            return AccountKind.WECHAT, f"wxid_{self.rnd.randrange(16**10):010x}"
        return AccountKind.NONE, ""

    def plots(self, place: Place) -> tuple[PlotData, ...]:
        rnd = self.rnd
        count = rnd.choices((1, 2, 3, 4), weights=(35, 35, 20, 10))[0]
        result = []
        for name in rnd.sample(PLOT_NAMES, count):
            mu = min(max(rnd.lognormvariate(1.0, 0.8), 0.3), 60.0)
            crop = rnd.choices(self.crop_names, cum_weights=self.crop_cum)[0]
            varieties = VARIETIES.get(crop, ())
            has_gps = rnd.random() < 0.6
            result.append(
                PlotData(
                    name=name,
                    area_m2=mu_to_m2(_tenths(mu)),
                    crop_id=self.crops[crop],
                    variety=rnd.choice(varieties) if varieties and rnd.random() < 0.7 else "",
                    lat_e6=place.lat_e6 + rnd.randint(-30_000, 30_000) if has_gps else None,
                    lon_e6=place.lon_e6 + rnd.randint(-30_000, 30_000) if has_gps else None,
                )
            )
        return tuple(result)

    def grower(self, place: Place) -> DemoGrower:
        rnd = self.rnd
        gender = "M" if rnd.random() < 0.62 else "F"  # households register under the head
        name = self.name(gender)
        id_number = self.id_number(place.county, gender) if rnd.random() < 0.98 else ""
        kind, account_no = self.account()
        data = GrowerData(
            name=name,
            id_number=id_number,
            phone=self.phone(),
            gender=gender,
            township_id=place.township_id,
            village_id=place.village_id,
            address=f"{place.township}{place.village}{rnd.randint(1, 12)}组",
            account_kind=kind,
            account_no=account_no,
            member_since=_date(rnd.randint(2008, 2024), rnd.randint(1, 12), rnd.randint(1, 28)),
            status=Status.ACTIVE if rnd.random() < 0.95 else Status.LEFT,
        )
        return DemoGrower(data, self.plots(place))


def _cumulative(weights: list[float]) -> list[float]:
    total, result = 0.0, []
    for w in weights:
        total += w
        result.append(total)
    return result


def _date(year: int, month: int, day: int) -> str:
    return f"{year}-{month:02d}-{day:02d}"


def _tenths(mu: float) -> Decimal:
    """Areas are written to a tenth of a mu on the forms."""
    return Decimal(round(mu * 10)) / 10


def _add_places(db: Database, gen: _Generator) -> list[Place]:
    """The townships and villages (skipping names the database already has)."""
    result = []
    known_townships = {p.name: p.id for p in places.townships(db)}
    for township, county, villages, lat, lon in gen.places():
        township_id = known_townships.get(township) or places.add_township(db, township)
        known = {p.name: p.id for p in places.villages(db, township_id)}
        for village in villages:
            village_id = known.get(village) or places.add_village(db, township_id, village)
            micro = (int(lat * 1e6), int(lon * 1e6))
            result.append(Place(township_id, village_id, township, village, county, *micro))
    return result


def _village_weights(rnd: random.Random, count: int) -> list[float]:
    """Villages differ in size (a few hundred to a few thousand people)."""
    return [rnd.uniform(0.3, 3.0) for _ in range(count)]


def generate(
    db: Database,
    count: int,
    seed: int = 1,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Add `count` growers with plots (and their townships and villages); returns count."""
    crops = {p.name: p.id for p in places.crops(db)}
    if not crops:
        raise ValueError("the database has no crops; open it with services.setup.open_database")
    gen = _Generator(seed, crops)
    # A bigger page cache for this connection: the indexes outgrow the 2 MB default.
    db.execute(f"PRAGMA cache_size = {CACHE_KIB}")
    with db.transaction():
        all_places = _add_places(db, gen)
    cum = _cumulative(_village_weights(gen.rnd, len(all_places)))
    done = 0
    for chunk in _chunks(count, BATCH):
        growers = [
            gen.grower(gen.rnd.choices(all_places, cum_weights=cum)[0]) for _ in range(chunk)
        ]
        _write(db, growers)
        done += chunk
        if progress:
            progress(done)
    return count


def _write(db: Database, growers: list[DemoGrower]) -> None:
    """One batch through the same bulk writes an import uses (outbox and index included)."""
    with db.transaction():
        cards = store.new_card_numbers(db, len(growers))
        ids = store.insert_growers(db, [(g.data, c) for g, c in zip(growers, cards, strict=True)])
        plots = [(i, p) for i, g in zip(ids, growers, strict=True) for p in g.plots]
        store.insert_plots(db, plots)


def _chunks(total: int, size: int) -> Iterator[int]:
    while total > 0:
        yield min(size, total)
        total -= size


def growers_in(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM growers") or 0)


# Prices in fen per kg and moisture bands (from, to, basis points per point) as a grain
# and tobacco station might post them; containers with their tare in grams.
DEMO_PRICES = (
    ("玉米", "一等", 235, ((140, 180, 150), (180, None, 200))),
    ("玉米", "二等", 215, ((140, 180, 150), (180, None, 200))),
    ("水稻", "一等", 280, ((145, None, 150),)),
    ("水稻", "二等", 260, ((145, None, 150),)),
    ("烤烟", "上等烟", 3200, ()),
    ("烤烟", "中等烟", 2400, ()),
    ("茶叶", "一级", 1800, ()),
)
DEMO_CONTAINERS = (("编织袋", 150), ("塑料筐", 800), ("竹筐", 1200))


def add_station_rules(db: Database) -> None:
    """Prices, grades and containers, so the weighing station can be tried at once."""
    from fieldapp.domain.pricing import Band, Container

    from .purchases import PurchaseService

    purchases = PurchaseService(db)
    if purchases.rules().prices:
        return
    crops = {p.name: p.id for p in PlacesService(db).crops()}
    for crop, grade, price, bands in DEMO_PRICES:
        if crop in crops:
            moisture = tuple(Band(a, b, c) for a, b, c in bands)
            purchases.save_rule(crops[crop], grade, price, moisture=moisture)
    for name, tare in DEMO_CONTAINERS:
        purchases.save_container(Container(name, tare))


# Field visits for the outbreak dashboard: a few pests found here and there, and one
# (the brown planthopper) moving from township to neighbouring township week by week.
SPREADING_PEST = "稻飞虱"
BACKGROUND_PESTS = (
    ("稻瘟病", 5), ("玉米螟", 4), ("柑橘红蜘蛛", 3), ("纹枯病", 3), ("蚜虫", 3),
    ("马铃薯晚疫病", 2), ("茶小绿叶蝉", 2), ("玉米大斑病", 1), ("", 2),
)  # fmt: skip
TECHNICIANS = ("张技术员", "李技术员", "王站长")


def add_demo_visits(
    db: Database,
    count: int = 150,
    weeks: int = 8,
    seed: int = 1,
    today: dt.date | None = None,
) -> int:
    """Add about `count` field visits over the last `weeks` weeks to growers already in
    the database; returns how many. One pest starts in one township and reaches the
    townships next to it in the coop's order a week or two later each."""
    from fieldapp.domain.visits import Severity, VisitData, VisitStatus
    from fieldapp.storage import grower_list
    from fieldapp.storage import visits as visit_store

    today = today or dt.date.today()
    rnd = random.Random(seed)
    townships = places.townships(db)
    growers: list[tuple[int, list[str]]] = []  # (township's place in the order, grower ids)
    for i, township in enumerate(townships):
        nums = grower_list.find(db, grower_list.ListFilter(township_id=township.id), limit=60)
        ids = [r.grower_id for r in grower_list.rows(db, nums)]
        if ids:
            growers.append((i, ids))
    if not growers:
        return 0
    monday = today - dt.timedelta(days=today.weekday())
    first = monday - dt.timedelta(weeks=weeks - 1)

    def day_in(week: int) -> dt.date:
        start = first + dt.timedelta(weeks=week)
        last = min(6, (today - start).days)
        return start + dt.timedelta(days=rnd.randint(0, last))

    planned: list[tuple[int, str, dt.date]] = []  # (grower group, diagnosis, day)
    # The wave in one township, week by week from its start: it grows, is sprayed, fades.
    wave = (1, 3, 5, 4, 2, 1)
    source = min(1, len(growers) - 1)  # starts in the second township, moves down the list
    for group in range(len(growers)):
        distance = group - source
        if distance < -1 or distance > 5:
            continue
        onset = 2 if distance < 0 else round(distance * 1.4)
        for week in range(onset, weeks):
            step = week - onset
            cases = wave[step] if step < len(wave) else 0
            if distance < 0:
                cases //= 2  # the township on the other side only catches a little
            if cases:
                cases = max(1, cases + rnd.randint(-1, 1))
            planned += [(group, SPREADING_PEST, day_in(week)) for _ in range(cases)]
    pests = [p for p, _ in BACKGROUND_PESTS]
    weights = [w for _, w in BACKGROUND_PESTS]
    while len(planned) < count:
        week = rnd.randrange(weeks)
        group = rnd.randrange(len(growers))
        planned.append((group, rnd.choices(pests, weights)[0], day_in(week)))
    with db.transaction():
        for group, diagnosis, day in planned:
            age = (today - day).days
            severity = rnd.choice((Severity.LIGHT, Severity.MODERATE, Severity.SEVERE))
            if age > 21:
                status = rnd.choice(
                    (VisitStatus.RESOLVED, VisitStatus.RESOLVED, VisitStatus.TREATED)
                )
            elif age > 7:
                status = rnd.choice((VisitStatus.RESOLVED, VisitStatus.TREATED, VisitStatus.OPEN))
            else:
                status = VisitStatus.OPEN
            follow_up = day + dt.timedelta(days=rnd.choice((5, 7, 10, 14)))
            visit_store.insert_visit(
                db,
                VisitData(
                    grower_id=rnd.choice(growers[group][1]),
                    visited_on=day.isoformat(),
                    technician=rnd.choice(TECHNICIANS),
                    diagnosis=diagnosis,
                    severity=severity if diagnosis else Severity.LIGHT,
                    affected_percent=rnd.choice((5, 10, 20, 30, 40)),
                    follow_up_on="" if status == VisitStatus.RESOLVED else follow_up.isoformat(),
                    status=status,
                ),
            )
    return len(planned)


def fill(
    path: Path,
    growers: int = 2000,
    seed: int = 1,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Open (or create) the database at `path` and add demo growers; returns how many.

    Raises ValueError if it already has growers: the same seed would repeat ID
    numbers, which the schema refuses. The file is checkpointed into one piece
    (no -wal beside it), so it can be copied as it is.
    """
    db = open_database(path)
    try:
        if growers_in(db):
            raise ValueError(f"{path} already has growers; demo data needs a new database")
        generate(db, growers, seed, progress)
        add_station_rules(db)
        set_meta(db, "demo_data", f"v{GENERATOR_VERSION} seed={seed} growers={growers}")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return growers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fill a FieldApp database with demo growers.")
    parser.add_argument("--growers", type=int, default=2000, help="how many growers (default 2000)")
    parser.add_argument("--db", type=Path, required=True, help="database file (created if missing)")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same people (default 1)")
    args = parser.parse_args(argv)
    try:
        fill(args.db, args.growers, args.seed, lambda n: print(f"{n} growers", file=sys.stderr))
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
