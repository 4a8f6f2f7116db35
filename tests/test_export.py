"""Exporting the grower list, and reading the export back in."""

from __future__ import annotations

import openpyxl
import pytest

from fieldapp.domain.growers import GrowerData
from fieldapp.domain.idcard import check_digit
from fieldapp.domain.search import Kind, Query
from fieldapp.services.export import HEADERS, ExportService
from fieldapp.services.import_sheet import RowStatus, SheetImporter
from fieldapp.services.places import PlacesService
from fieldapp.services.setup import open_database
from fieldapp.storage.grower_list import ListFilter


def ident(serial: int) -> str:
    first17 = f"530102198001{serial + 1:02d}{serial:03d}"
    return first17 + check_digit(first17)


@pytest.fixture
def registered(registry, village) -> list[GrowerData]:
    township, village_id = village
    people = [
        GrowerData(name="王建国", id_number=ident(1), phone="13800138001", township_id=township,
                   village_id=village_id, address="石桥村3组", account_kind="bank",
                   account_no="6217000011112222333", member_since="2019-03-01", notes="种柑橘"),
        GrowerData(name="李秀英", id_number=ident(2), phone="13800138002", gender="F",
                   township_id=township, village_id=village_id),
        GrowerData(name="阿依古丽·买买提", phone="13900000003", status="left"),
    ]  # fmt: skip
    for person in people:
        registry.save(person)
    return [registry.check(p) for p in people]


def comparable(data: GrowerData) -> tuple:
    return (data.name, data.id_number, data.phone, data.gender, data.address, data.account_kind,
            data.account_no, data.member_since, data.notes, data.status)  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip(db, registered, tmp_path, suffix):
    path = tmp_path / f"growers{suffix}"
    assert ExportService(db).export(path) == 3

    other = open_database(tmp_path / "other.db")
    try:
        importer = SheetImporter(other, PlacesService(other))
        preview = importer.preview(importer.read(path))
        assert [r.status for r in preview.rows] == [RowStatus.VALID] * 3
        importer.commit(preview)
        got = {
            comparable(GrowerData(**{k: r[k] for k in GrowerData.__dataclass_fields__}))
            for r in other.query("SELECT * FROM growers")
        }
        assert got == {comparable(p) for p in registered}
        assert (
            other.scalar(
                "SELECT t.name || v.name FROM growers g JOIN townships t ON t.id = g.township_id "
                "JOIN villages v ON v.id = g.village_id WHERE g.name = '王建国'"
            )
            == "龙泉镇石桥村"
        )
    finally:
        other.close()

    # Read back into the same registry, every row is someone already registered.
    importer = SheetImporter(db, PlacesService(db))
    preview = importer.preview(importer.read(path))
    assert preview.count(RowStatus.VALID) == 0


def test_xlsx_keeps_numbers_as_text(db, registered, tmp_path):
    ExportService(db).export(tmp_path / "g.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "g.xlsx").active
    assert [c.value for c in sheet[1]] == list(HEADERS)
    wang = next(row for row in sheet.iter_rows(min_row=2) if row[1].value == "王建国")
    for cell in (wang[3], wang[4], wang[9]):
        assert cell.data_type == "s"
        assert cell.number_format == "@"
    assert wang[3].value == ident(1)
    assert wang[4].value == "13800138001"


def test_csv_has_bom_and_guards_long_numbers(db, registered, tmp_path):
    ExportService(db).export(tmp_path / "g.csv")
    data = (tmp_path / "g.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert f'"=""{ident(1)}"""'.encode() in data


def test_filtered_list(db, registry, registered, tmp_path):
    nums = registry.find(ListFilter(query=Query(Kind.CHINESE, "李")))
    assert ExportService(db).export(tmp_path / "one.xlsx", nums) == 1
    sheet = openpyxl.load_workbook(tmp_path / "one.xlsx").active
    assert sheet.max_row == 2
    assert sheet.cell(2, 2).value == "李秀英"


def test_area_in_mu(db, registry, registered, tmp_path):
    from fieldapp.domain.growers import PlotInput

    grower_id = registry.find(ListFilter())[0]
    gid = registry.rows([grower_id])[0].grower_id
    registry.save_plot(gid, PlotInput(name="河边田", area_mu="2.5"))
    registry.save_plot(gid, PlotInput(name="大田", area_mu="1"))
    ExportService(db).export(tmp_path / "g.xlsx", [grower_id])
    row = [c.value for c in openpyxl.load_workbook(tmp_path / "g.xlsx").active[2]]
    assert row[HEADERS.index("地块数")] == "2"
    assert row[HEADERS.index("总面积(亩)")] == "3.5"
