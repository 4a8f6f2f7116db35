"""The import dialog, driven as a person would, with tasks run inline."""

from __future__ import annotations

import csv
import dataclasses
import os

import openpyxl
import pytest
from PySide6.QtCore import Qt

from fieldapp.domain.errors import FieldError, Problem
from fieldapp.domain.growers import GROWER_FIELDS, PlotInput
from fieldapp.domain.idcard import check_digit
from fieldapp.domain.sheet_values import IMPORT_COLUMNS
from fieldapp.services.import_sheet import SheetImporter
from fieldapp.services.sheet_files import SheetProblem
from fieldapp.ui.import_dialog import ImportDialog
from fieldapp.ui.messages import field_label, problem_text, sheet_problem_text


def ident(serial: int) -> str:
    first17 = f"530102198001{serial + 1:02d}{serial:03d}"
    return first17 + check_digit(first17)


@pytest.fixture
def dialog(qtbot, db, registry, places, tasks, settings):
    d = ImportDialog(registry, places, SheetImporter(db, places), tasks, settings)
    qtbot.addWidget(d)
    return d


def write_gbk(path, rows):
    with path.open("w", encoding="gbk", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


ROWS = [
    ["合作社社员名单"],
    ["序号", "姓名", "电话", "身份证", "镇", "村"],
    ["1", "王建国", "13800138001", ident(1), "龙泉镇", "石桥村"],
    ["2", "李秀英", "1380013800", ident(2), "龙泉镇", "石桥村"],  # 10-digit phone
    ["3", "王建国", "13800138001", "", "龙泉镇", "石桥村"],  # possible duplicate of row 3
]


def test_preview_and_import(dialog, db, tmp_path):
    dialog.load_file(write_gbk(tmp_path / "a.csv", ROWS))
    assert dialog.header_row.value() == 2
    assert dialog.mapping()[1:] == ["name", "phone", "id_number", "township_id", "village_id"]
    assert dialog.counts_label.text() == "1 valid, 1 invalid, 1 possible duplicates"
    assert "GB" in dialog.encoding.itemText(0)
    assert "石桥村" in dialog.places_label.text()
    model = dialog.model
    assert model.rowCount() == 3
    assert model.headerData(1, Qt.Orientation.Vertical) == "4"
    problems = model.index(1, 0).data()
    assert problems == problem_text(FieldError("phone", Problem.PHONE_LENGTH, "10"))

    dialog.include_possible.setChecked(True)
    with_count = dialog.import_button.text()
    assert "2" in with_count
    dialog.include_possible.setChecked(False)
    dialog.import_button.click()
    assert db.scalar("SELECT count(*) FROM growers") == 1
    assert db.scalar("SELECT count(*) FROM outbox WHERE table_name = 'growers'") == 1
    assert not dialog.import_button.isEnabled()


def test_changing_a_column_rechecks(dialog, tmp_path):
    dialog.load_file(write_gbk(tmp_path / "a.csv", ROWS))
    dialog.set_mapping(2, "")  # the phone column is ignored: row 4 becomes valid
    assert dialog.counts_label.text() == "2 valid, 0 invalid, 1 possible duplicates"
    dialog.set_mapping(1, "notes")  # no name column at all
    assert dialog.preview.missing_columns == ["name"]
    assert field_label("name") in dialog.message.text()
    assert not dialog.import_button.isEnabled()


def test_header_row_chosen_by_hand(dialog, tmp_path):
    dialog.load_file(write_gbk(tmp_path / "a.csv", ROWS))
    dialog.header_row.setValue(1)
    assert dialog.preview.header_row == 0
    dialog.header_row.setValue(2)
    assert dialog.counts_label.text().startswith("1 valid")


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", SheetProblem.EMPTY_FILE), (os.urandom(3000), SheetProblem.NOT_A_SPREADSHEET)],
)
def test_garbage_file_says_why(dialog, tmp_path, content, problem):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(content)
    dialog.load_file(path)
    assert dialog.message.text() == sheet_problem_text(problem)
    assert dialog.preview is None
    assert not dialog.import_button.isEnabled()


def test_save_rejected_rows(dialog, tmp_path):
    dialog.load_file(write_gbk(tmp_path / "a.csv", ROWS))
    assert dialog.save_rejected_button.isEnabled()
    dialog.save_rejected(tmp_path / "rejected.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "rejected.xlsx").active
    assert sheet.max_row == 3  # the invalid row and the possible duplicate
    assert sheet.cell(2, 1).value == "4"
    assert "11" in sheet.cell(2, sheet.max_column).value


def test_import_failure_is_reported_and_nothing_saved(dialog, db, tmp_path, monkeypatch):
    from fieldapp.storage import growers as store

    def broken(*_args):
        raise RuntimeError("disk full")

    dialog.load_file(write_gbk(tmp_path / "a.csv", ROWS))
    monkeypatch.setattr(store, "insert_growers", broken)
    dialog.import_button.click()
    assert "nothing was imported" in dialog.message.text()
    assert db.scalar("SELECT count(*) FROM growers") == 0
    assert db.scalar("SELECT count(*) FROM townships") == 0


def test_every_problem_has_a_sentence(qapp):
    fallback = problem_text(FieldError("name", "no such problem"))  # type: ignore[arg-type]
    for problem in Problem:
        text = problem_text(FieldError("id_number", problem, "7"))
        assert text != fallback.replace("Name", "ID number"), problem
        assert "{" not in text
    plot_fields = [f.name for f in dataclasses.fields(PlotInput)]
    fields = [*GROWER_FIELDS, *plot_fields, *IMPORT_COLUMNS]
    for field in fields:
        assert field_label(field) != field
    for sheet_problem in SheetProblem:
        assert "{" not in sheet_problem_text(sheet_problem, "x")
