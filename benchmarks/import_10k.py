"""import.10k: a 10,000-row grower roster (XLSX) imported into a fresh database.

value: the import as the dialog runs it (read + preview + commit, one transaction).
baseline: the naive way on the same rows: RegistryService.save per row, each in its
own transaction, after the same read and preview.

    python benchmarks/import_10k.py      # prints one JSON line
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fieldapp.domain.idcard import check_digit  # noqa: E402

ROWS = 10_000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅文斌海燕金凤德福春"
TOWNSHIPS = {
    "龙泉镇": ("石桥村", "清水村", "大坪村", "新民村", "红星村"),
    "河口乡": ("河口村", "柏树村", "上寨村", "下寨村"),
    "青山镇": ("青山村", "松林村", "白岩村", "中和村", "团结村", "民主村"),
}
HEADERS = ["序号", "户主姓名", "性别", "身份证号码", "联系电话", "乡镇", "村委会", "家庭住址",
           "银行卡号", "入社日期", "备注"]  # fmt: skip

FIGURES = ["import.10k"]


def id_number(rnd: random.Random, serial: int) -> str:
    """A valid ID number, unique per serial (< 100,000): the county code carries serial // 1000
    (only the province is checked), the sequence code serial % 1000."""
    born = dt.date(1950, 1, 1) + dt.timedelta(days=rnd.randrange(365 * 50))
    first17 = f"5301{serial // 1000:02d}{born:%Y%m%d}{serial % 1000:03d}"
    return first17 + check_digit(first17)


def roster(seed: int = 7, rows: int = ROWS) -> list[list[object]]:
    """Realistic rows as a cooperative's clerk keeps them (phones as numbers, dates as
    date cells), every ID number unique."""
    rnd = random.Random(seed)
    places = [(t, v) for t, vs in TOWNSHIPS.items() for v in vs]
    out: list[list[object]] = []
    for n in range(rows):
        township, village = rnd.choice(places)
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        ident = id_number(rnd, n)
        out.append([
            n + 1,
            name,
            "男" if int(ident[16]) % 2 else "女",
            ident,
            float(f"1{rnd.choice('35789')}{rnd.randrange(10**9):09d}"),  # a number cell
            township,
            village,
            f"{township}{village}{rnd.randint(1, 12)}组{rnd.randint(1, 80)}号",
            "6217" + "".join(str(rnd.randrange(10)) for _ in range(15)),
            dt.datetime(rnd.randint(2008, 2024), rnd.randint(1, 12), rnd.randint(1, 28)),
            "",
        ])  # fmt: skip
    return out


def write_roster(path: Path, rows: list[list[object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["龙泉种植专业合作社社员花名册"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _fresh(folder: Path, name: str):
    from fieldapp.services.import_sheet import SheetImporter
    from fieldapp.services.places import PlacesService
    from fieldapp.services.setup import open_database

    db = open_database(folder / name)
    return db, SheetImporter(db, PlacesService(db))


def _timed_import(folder: Path, sheet: Path) -> tuple[float, int]:
    db, importer = _fresh(folder, "fast.db")
    try:
        start = time.perf_counter()
        preview = importer.preview(importer.read(sheet))
        outcome = importer.commit(preview, include_possible_duplicates=True)
        elapsed = time.perf_counter() - start
        return elapsed * 1000, outcome.growers
    finally:
        db.close()


def _timed_naive(folder: Path, sheet: Path) -> tuple[float, int]:
    from fieldapp.services.registry import RegistryService

    db, importer = _fresh(folder, "naive.db")
    try:
        registry = RegistryService(db)
        start = time.perf_counter()
        preview = importer.preview(importer.read(sheet))
        saved = 0
        township_col = preview.mapping.index("township_id")
        village_col = preview.mapping.index("village_id")
        for row in preview.importable(True):
            assert row.grower is not None
            township, village = importer.places.ensure_village(
                row.cells[township_col], row.cells[village_col]
            )
            registry.save(
                replace(row.grower, township_id=township, village_id=village), confirmed=True
            )
            saved += 1
        return (time.perf_counter() - start) * 1000, saved
    finally:
        db.close()


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = write_roster(folder / "roster.xlsx", roster())
        value, imported = _timed_import(folder, sheet)
        baseline, saved = _timed_naive(folder, sheet)
    if imported != ROWS or saved != ROWS:
        raise RuntimeError(f"imported {imported} and {saved} of {ROWS} rows")
    return [
        {
            "name": "import.10k",
            "value": round(value, 1),
            "unit": "ms",
            "baseline": round(baseline, 1),
            "ratio": round(value / baseline, 3),
        }
    ]


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure))
