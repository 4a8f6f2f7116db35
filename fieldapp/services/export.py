"""Exporting the grower list to CSV (UTF-8 with BOM) or XLSX, in a form the import reads back."""

from __future__ import annotations

from pathlib import Path

from fieldapp.domain.sheet_values import ACCOUNT_KIND_TEXT, GENDER_TEXT, STATUS_TEXT
from fieldapp.domain.units import format_mu
from fieldapp.storage import sheets
from fieldapp.storage.database import Database
from fieldapp.storage.sheets import ExportRow

from .sheet_files import write_sheet

# Chinese headers the import recognises (domain/sheet_values.py); 社员卡号, 地块数,
# 总面积(亩) and 作物汇总 are ignored on import: cards are numbered by the importing device
# and totals are not plots.
HEADERS = ("社员卡号", "姓名", "性别", "身份证号码", "手机号", "乡镇", "村", "地址", "收款方式",
           "账号", "入社日期", "状态", "地块数", "总面积(亩)", "作物汇总", "备注")  # fmt: skip
# Columns Excel must keep as text: card, ID, phone and account numbers.
TEXT_COLUMNS = frozenset({0, 3, 4, 9})


def _cells(row: ExportRow) -> list[str]:
    return [
        row.card_no,
        row.name,
        GENDER_TEXT.get(row.gender, row.gender),
        row.id_number,
        row.phone,
        row.township,
        row.village,
        row.address,
        ACCOUNT_KIND_TEXT.get(row.account_kind, row.account_kind),
        row.account_no,
        row.member_since,
        STATUS_TEXT.get(row.status, row.status),
        str(row.plot_count),
        format_mu(row.area_m2) if row.area_m2 else "",
        row.crops,
        row.notes,
    ]


def _guard_for_csv(cells: list[str]) -> list[str]:
    """Long digit strings as ="..." so that Excel opening the CSV keeps them as text
    (it would show an ID number as 1.10105E+17 and lose its last digits on saving).
    Only digits are wrapped, so no formula is ever written; the import unwraps them."""
    return [
        f'="{c}"' if i in TEXT_COLUMNS and len(c) >= 11 and c[:-1].isdigit() else c
        for i, c in enumerate(cells)
    ]


class ExportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def export(self, path: Path, nums: list[int] | None = None) -> int:
        """All growers (nums None) or those grower_index numbers, in that order, to a .xlsx
        or (any other name) a CSV file. Returns the number of growers written."""
        path = Path(path)
        rows = [_cells(r) for r in sheets.export_rows(self.db, nums)]
        if path.suffix.lower() != ".xlsx":
            rows = [_guard_for_csv(r) for r in rows]
        write_sheet(path, list(HEADERS), rows, text_columns=set(TEXT_COLUMNS))
        return len(rows)
