"""The spreadsheet import: real CSV and XLSX files in, growers and outbox rows out."""

from __future__ import annotations

import csv
import datetime as dt
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from fieldapp.domain.errors import Problem
from fieldapp.domain.idcard import check_digit
from fieldapp.domain.sheet_values import guess_field, number_text, parse_date
from fieldapp.services import sheet_files
from fieldapp.services.import_sheet import ImportFailedError, RowStatus, SheetImporter
from fieldapp.services.sheet_files import CancelledError, SheetError, SheetProblem
from fieldapp.storage import growers as store

TODAY = dt.date(2025, 6, 1)
HEADER = ["户主姓名", "身份证号码", "联系电话", "乡镇", "村委会", "入社日期", "备注"]


def ident(serial: int, born: str = "19800101") -> str:
    first17 = f"5301{serial // 1000:02d}{born}{serial % 1000:03d}"
    return first17 + check_digit(first17)


GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅文斌海燕金凤德福春"


def rows(n: int) -> list[list[str]]:
    """Valid, distinct rows (name, ID and phone differ), all in 龙泉镇 石桥村."""
    names = [f"张{GIVEN[i % 40]}{GIVEN[i // 40 % 40]}{GIVEN[i // 1600]}" for i in range(n)]
    return [
        [names[i], ident(i), f"138{i:08d}", "龙泉镇", "石桥村", "2019/3/1", ""] for i in range(n)
    ]


def counts(db) -> tuple[int, int]:
    return (
        int(db.scalar("SELECT count(*) FROM growers")),
        int(db.scalar("SELECT count(*) FROM outbox")),
    )


@pytest.fixture
def importer(db, places) -> SheetImporter:
    return SheetImporter(db, places)


def write_csv(path: Path, table: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(table)
    return path


# -- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "delimiter", "codec"),
    [
        ("gbk", ",", "gb18030"),
        ("utf-8-sig", ",", "utf-8-sig"),
        ("utf-8", ";", "utf-8"),
        ("utf-16", "\t", "utf-16"),
    ],
)
def test_csv_encodings_and_delimiters(importer, tmp_path, encoding, delimiter, codec):
    path = write_csv(tmp_path / "a.csv", [HEADER, *rows(3)], encoding, delimiter)
    table = importer.read(path)
    assert table.encoding == codec
    assert table.delimiter == delimiter
    assert table.rows[0] == HEADER
    assert table.rows[1][1] == ident(0)


def test_full_width_comma_is_text_not_a_delimiter(importer, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("姓名,备注\n张三,好人，勤快\n", encoding="utf-8")
    table = importer.read(path)
    assert table.rows[1] == ["张三", "好人，勤快"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", SheetProblem.EMPTY_FILE),
        (os.urandom(4096), SheetProblem.NOT_A_SPREADSHEET),
        (
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + os.urandom(2000),
            SheetProblem.NOT_A_SPREADSHEET,
        ),
        (b"PK\x03\x04" + os.urandom(500), SheetProblem.DAMAGED_XLSX),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), SheetProblem.OLD_EXCEL),
        (b"\r\n\r\n,,,\r\n", SheetProblem.NO_DATA),
    ],
)
def test_garbage_gives_a_reason_not_a_crash(importer, tmp_path, content, problem):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(content)
    with pytest.raises(SheetError) as caught:
        importer.read(path)
    assert caught.value.problem == problem


def test_wrong_encoding_chosen(importer, tmp_path):
    path = write_csv(tmp_path / "a.csv", [HEADER, *rows(2)], "gbk")
    with pytest.raises(SheetError) as caught:
        importer.read(path, encoding="utf-8")
    assert caught.value.problem == SheetProblem.WRONG_ENCODING


def test_missing_file(importer, tmp_path):
    with pytest.raises(SheetError) as caught:
        importer.read(tmp_path / "nope.xlsx")
    assert caught.value.problem == SheetProblem.CANNOT_OPEN


def _trimmed(table_rows: list[list[str]]) -> list[list[str]]:
    out = [list(r) for r in table_rows]
    for r in out:
        while r and r[-1] == "":
            r.pop()
    return out


def test_quick_xlsx_reader_reads_what_openpyxl_reads(tmp_path, monkeypatch):
    """Cut into 4 KB pieces, the sheet splits inside rows, cells and Chinese characters;
    the quick reader must neither fail (and fall back) nor differ from openpyxl."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["社员名册"])
    sheet.append(HEADER)
    for i, row in enumerate(rows(1500)):
        sheet.append([*row[:2], 13800000000.0 + i, *row[3:5], dt.datetime(2019, 3, 1 + i % 28)])
        if i % 97 == 0:
            sheet.append([])  # empty rows keep their numbers
    sheet["J40"] = '<&>"引号"'
    sheet["K41"] = True
    path = tmp_path / "pieces.xlsx"
    book.save(path)
    monkeypatch.setattr(sheet_files, "_PIECE", 4096)
    quick = sheet_files._read_xlsx_quickly(path, sheet_files.Silent())
    slow = sheet_files._read_xlsx_openpyxl(path, sheet_files.Silent())
    assert len(quick.rows) > 1500
    assert _trimmed(quick.rows) == _trimmed(slow.rows)
    assert quick.rows[2][2] == "13800000000"
    assert quick.rows[2][5] == "2019-03-01"


def _hand_made_xlsx(path: Path, sheet_xml: str) -> Path:
    """A minimal package around `sheet_xml`, as small tools and other programs write them."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/workbook.xml",
            f'<x:workbook xmlns:x="{main}" xmlns:r="{rel}"><x:sheets>'
            '<x:sheet name="名册" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml.replace("MAIN", main))
    return path


def test_xlsx_with_prefixed_elements(tmp_path, monkeypatch):
    path = _hand_made_xlsx(
        tmp_path / "prefixed.xlsx",
        '<x:worksheet xmlns:x="MAIN"><x:sheetData>'
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c>'
        '<x:c r="C1" t="inlineStr"><x:is><x:t>电话</x:t></x:is></x:c></x:row>'
        '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>王芳</x:t></x:is></x:c>'
        '<x:c r="C3"><x:v>13800138000</x:v></x:c></x:row>'
        "</x:sheetData></x:worksheet>",
    )
    monkeypatch.setattr(sheet_files, "_PIECE", 16)
    table = sheet_files._read_xlsx_quickly(path, sheet_files.Silent())
    assert table.sheet == "名册"
    assert table.rows == [["姓名", "", "电话"], [], ["王芳", "", "13800138000"]]


def test_xlsx_with_an_empty_sheet(importer, tmp_path):
    path = _hand_made_xlsx(
        tmp_path / "empty.xlsx", '<worksheet xmlns="MAIN"><sheetData/></worksheet>'
    )
    assert sheet_files._read_xlsx_quickly(path, sheet_files.Silent()).rows == []
    with pytest.raises(SheetError) as caught:
        importer.read(path)
    assert caught.value.problem == SheetProblem.NO_DATA


def excel_roster(path: Path) -> Path:
    """What a coop's Excel roster looks like: a merged title row, a two-row header with a
    merged group cell, numeric ID and phone cells, date cells, an empty row and column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["石桥村种植合作社社员花名册"])
    sheet.merge_cells("A1:H1")
    sheet.append(["序号", "户主姓名", "身份证号码", "联系方式", None, "乡镇", "村", "入社时间"])
    sheet.append([None, None, None, "手机", "备注", None, None, None])
    for cell in ("A2:A3", "B2:B3", "C2:C3", "F2:F3", "G2:G3", "H2:H3"):
        sheet.merge_cells(cell)
    sheet.merge_cells("D2:E2")
    sheet.append(
        [1, "王建国", ident(1), 13800138001.0, "", "龙泉镇", "石桥村", dt.datetime(2019, 3, 1)]
    )
    sheet.append(
        [2, "李秀英", float(ident(2)), 13800138002, "", "龙泉镇", "石桥村", "2019年3月1日"]
    )
    sheet.append([])
    sheet.append(
        [
            3,
            "赵 四 ",
            "５３" + ident(3)[2:],
            "１３８００１３８００３",
            "",
            "河口乡",
            "柏树村",
            "2019.3.1",
        ]
    )
    sheet.append([4, "钱五", ident(4), "13800138004", "", "", "", "2030-01-01"])
    book.save(path)
    return path


def test_excel_roster(importer, db, village, tmp_path):
    table = importer.read(excel_roster(tmp_path / "roster.xlsx"))
    preview = importer.preview(table, today=TODAY)
    assert (preview.header_row, preview.header_depth) == (1, 2)
    assert preview.mapping[1:8] == [
        "name", "id_number", "phone", "notes", "township_id", "village_id", "member_since"
    ]  # fmt: skip
    by_row = {r.number: r for r in preview.rows}
    assert sorted(by_row) == [4, 5, 7, 8]  # the empty row 6 is skipped, not reported
    wang = by_row[4]
    assert wang.status == RowStatus.VALID
    assert wang.grower.phone == "13800138001"
    assert wang.grower.member_since == "2019-03-01"
    li = by_row[5]  # the ID number went through a float: its last digits are gone
    assert li.status == RowStatus.INVALID
    assert [(e.field, e.problem) for e in li.errors] == [("id_number", Problem.NUMBER_LOST_DIGITS)]
    zhao = by_row[7]  # full-width digits, spaces
    assert zhao.status == RowStatus.VALID
    assert (zhao.grower.name, zhao.grower.id_number) == ("赵 四", ident(3))
    assert zhao.grower.phone == "13800138003"
    assert by_row[8].errors[0].problem == Problem.FUTURE_DATE
    assert preview.new_townships == ["河口乡"]
    assert preview.new_villages == [("河口乡", "柏树村")]

    outcome = importer.commit(preview)
    assert outcome.growers == 2
    assert outcome.villages_added == 1
    wang_id = store.with_id_number(db, ident(1))[0].id
    assert store.get_grower(db, wang_id).data.village_id == village[1]
    assert db.scalar("SELECT count(*) FROM outbox WHERE table_name = 'growers'") == 2
    assert db.scalar("SELECT count(*) FROM grower_index") == 2
    assert db.scalar("SELECT count(*) FROM villages WHERE name = '柏树村'") == 1


def test_duplicates_in_the_file_and_in_the_registry(importer, registry, db, village, tmp_path):
    registry.save(
        registry.check(store.GrowerData(name="张三", id_number=ident(900), village_id=village[1]))
    )
    table = [
        HEADER,
        ["张三", ident(900), "", "龙泉镇", "石桥村", "", ""],  # registered: same ID
        ["李四", ident(1), "13900000001", "龙泉镇", "石桥村", "", ""],
        ["李四二", ident(1), "", "", "", "", ""],  # same ID as the row above
        ["李四", "", "13900000001", "", "", "", ""],  # same name and phone as row 3
        ["张三", "", "", "龙泉镇", "石桥村", "", ""],  # same name and village as registered
    ]
    preview = importer.preview(importer.read(write_csv(tmp_path / "d.csv", table, "gbk")))
    status = {r.number: r.status for r in preview.rows}
    assert status == {
        2: RowStatus.INVALID,
        3: RowStatus.VALID,
        4: RowStatus.INVALID,
        5: RowStatus.POSSIBLE_DUPLICATE,
        6: RowStatus.POSSIBLE_DUPLICATE,
    }
    second = next(r for r in preview.rows if r.number == 4)
    assert second.duplicates[0].file_row == 3
    assert next(r for r in preview.rows if r.number == 2).duplicates[0].card_no

    before = counts(db)
    assert importer.commit(preview).growers == 1
    assert counts(db)[0] == before[0] + 1
    preview = importer.preview(importer.read(tmp_path / "d.csv"))
    assert importer.commit(preview, include_possible_duplicates=True).growers == 2


def test_failure_midway_rolls_everything_back(importer, db, tmp_path, monkeypatch):
    path = write_csv(tmp_path / "a.csv", [HEADER, *rows(1200)], "utf-8-sig")
    preview = importer.preview(importer.read(path))
    before = counts(db)
    monkeypatch.setattr("fieldapp.services.import_sheet.WRITE_BATCH", 500)
    calls = 0
    real = store.insert_growers

    def failing(db_, growers):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("disk full")
        return real(db_, growers)

    monkeypatch.setattr(store, "insert_growers", failing)
    with pytest.raises(RuntimeError):
        importer.commit(preview)
    assert calls == 2
    assert counts(db) == before
    assert db.scalar("SELECT count(*) FROM townships") == 0  # the new places went too


def test_registry_changed_since_the_preview(importer, registry, db, tmp_path):
    path = write_csv(tmp_path / "a.csv", [HEADER, *rows(5)], "utf-8")
    preview = importer.preview(importer.read(path))
    registry.save(store.GrowerData(name="王五", id_number=ident(3)))
    before = counts(db)
    with pytest.raises(ImportFailedError):
        importer.commit(preview)
    assert counts(db) == before


def test_cancel_rolls_back(importer, db, tmp_path, monkeypatch):
    monkeypatch.setattr("fieldapp.services.import_sheet.WRITE_BATCH", 500)
    path = write_csv(tmp_path / "a.csv", [HEADER, *rows(1200)], "utf-8")
    preview = importer.preview(importer.read(path))

    class CancelLater:
        reports = 0

        def report(self, done, total):
            self.reports += 1

        @property
        def cancelled(self):
            return self.reports >= 2

    before = counts(db)
    with pytest.raises(CancelledError):
        importer.commit(preview, reporter=CancelLater())
    assert counts(db) == before


def test_ten_thousand_rows(importer, db, tmp_path):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["社员花名册"])
    sheet.append(HEADER)
    for row in rows(10_000):
        sheet.append(row)
    book.save(tmp_path / "big.xlsx")
    preview = importer.preview(importer.read(tmp_path / "big.xlsx"))
    assert preview.count(RowStatus.INVALID) == 0
    outcome = importer.commit(preview, include_possible_duplicates=True)
    assert outcome.growers == 10_000
    assert counts(db)[0] == 10_000
    assert db.scalar("SELECT count(*) FROM outbox WHERE table_name = 'growers'") == 10_000
    cards = {r[0] for r in db.execute("SELECT card_no FROM growers")}
    assert len(cards) == 10_000


def test_rejected_rows_report(importer, tmp_path):
    table = [["社员名单"], HEADER, ["王五", "1.10105194912310E+17", "", "", "", "", "x"], *rows(2)]
    preview = importer.preview(importer.read(write_csv(tmp_path / "a.csv", table, "gbk")))
    saved = importer.save_rejected(tmp_path / "rejected.csv", preview, lambda r: "身份证号码有误")
    assert saved == 1
    text = (tmp_path / "rejected.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads the Chinese
    lines = list(csv.reader(text.decode("utf-8-sig").splitlines()))
    assert lines[0] == ["行号", *HEADER, "问题"]
    assert lines[1] == ["3", "王五", "1.10105194912310E+17", "", "", "", "", "x", "身份证号码有误"]
    importer.save_rejected(tmp_path / "rejected.xlsx", preview, lambda r: "问题")
    sheet = openpyxl.load_workbook(tmp_path / "rejected.xlsx").active
    assert sheet.cell(2, 3).value == "1.10105194912310E+17"


def test_plots_with_new_crops(importer, db, tmp_path):
    table = [
        ["姓名", "身份证号", "地块名", "面积(亩)", "作物", "品种"],
        ["王五", ident(1), "河边田", "2.5", "魔芋", "清江"],
        ["赵六", ident(2), "大田", "-1", "水稻", ""],
    ]
    preview = importer.preview(importer.read(write_csv(tmp_path / "p.csv", table, "utf-8")))
    assert preview.new_crops == ["魔芋"]
    bad = preview.rows[1]
    assert [(e.field, e.problem) for e in bad.errors] == [("area_mu", Problem.NEGATIVE)]
    assert importer.commit(preview).plots == 1
    assert db.scalar("SELECT area_m2 FROM plots") == 1667
    assert db.scalar("SELECT count(*) FROM outbox WHERE table_name = 'plots'") == 1


def test_header_guesses_and_values():
    assert guess_field("户主电话") == "phone"
    assert guess_field("身份证号码(18位)") == "id_number"
    assert guess_field("面积（亩）") == "area_mu"
    assert guess_field("社员花名册") == ""
    assert number_text(13800138000.0) == "13800138000"
    assert number_text(1.1010519491231e17) == "1.10105194912310E+17"
    assert [parse_date(t) for t in ("2019/3/1", "2019年3月1日", "2019.3.1", "43525")] == [
        "2019-03-01"
    ] * 4
    assert parse_date("昨天") == "昨天"


def test_pre_numbered_blank_rows_are_skipped_silently(importer, tmp_path):
    """Printed rosters number rows in advance (序号 8, 9, 10 with nothing else)."""
    path = write_csv(
        tmp_path / "roster.csv",
        [["序号", "姓名", "身份证号"], ["1", "张三", ident(1)], ["2", "", ""], ["3", " ", ""]],
        "utf-8",
    )
    preview = importer.preview(importer.read(path))
    assert [r.number for r in preview.rows] == [2]
    assert preview.count(RowStatus.VALID) == 1
