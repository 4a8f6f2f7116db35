"""What the cells of a cooperative's grower spreadsheet mean: headers, numbers, dates, choices.

Pure text rules shared by the import and the export; reading the files is in
services/import_sheet.py.
"""

from __future__ import annotations

import datetime as dt
import re

from .text import clean

# Import column keys: GrowerData field names where they exist (so one set of labels
# serves the editor and the import), place and crop columns hold names, not ids.
GROWER_COLUMNS = (
    "name",
    "id_number",
    "phone",
    "gender",
    "township_id",
    "village_id",
    "address",
    "account_kind",
    "account_no",
    "notes",
    "member_since",
    "status",
)
PLOT_COLUMNS = ("plot_name", "area_mu", "crop_id", "variety", "latitude", "longitude")
IMPORT_COLUMNS = GROWER_COLUMNS + PLOT_COLUMNS

# Header spellings seen in cooperatives' rosters, compared after normalize_header().
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "户主姓名", "户主", "社员姓名", "成员姓名", "农户姓名", "name", "姓 名"),
    "id_number": (
        "身份证号",
        "身份证号码",
        "证件号码",
        "证件号",
        "身份证",
        "公民身份号码",
        "id",
        "idnumber",
        "idno",
    ),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "电话", "电话号码", "联系方式", "phone"),
    "gender": ("性别", "gender", "sex"),
    "township_id": ("乡镇", "镇", "乡", "乡镇名称", "所属乡镇", "township", "town"),
    "village_id": ("村", "村委会", "行政村", "村名", "所在村", "村组", "village"),
    "address": ("地址", "住址", "家庭住址", "家庭地址", "详细地址", "address"),
    "account_kind": ("收款方式", "账户类型", "账户种类"),
    "account_no": (
        "银行卡号",
        "账号",
        "开户行账号",
        "银行账号",
        "卡号",
        "收款账号",
        "一卡通账号",
        "account",
    ),
    "notes": ("备注", "说明", "notes", "remark", "remarks"),
    "member_since": ("入社日期", "入社时间", "加入日期", "入社年月", "membersince", "joined"),
    "status": ("状态", "社员状态", "status"),
    "plot_name": ("地块名", "地块名称", "地块", "田块", "plot"),
    "area_mu": ("面积(亩)", "面积", "亩数", "种植面积", "面积亩", "area", "areamu"),
    "crop_id": ("作物", "种植作物", "作物名称", "crop"),
    "variety": ("品种", "variety"),
    "latitude": ("纬度", "latitude", "lat"),
    "longitude": ("经度", "longitude", "lon", "lng"),
}

# Columns our own export writes that must not be read back as data: the card number
# is made on import, and the per-grower totals are not plots.
EXPORT_ONLY_HEADERS = frozenset({"社员卡号", "序号", "编号", "地块数", "总面积(亩)", "作物汇总"})

# Excel keeps 15 significant digits; a number of 16 or more digits has lost some.
_EXCEL_DIGITS = 15
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?e[+-]?\d+$", re.IGNORECASE)
_WHOLE_FLOAT = re.compile(r"^(\d+)\.0+$")
_EXCEL_TEXT_FORMULA = re.compile(r'^="(.*)"$')
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
# Excel day numbers (1900 system) for 1955..2064: a date cell without a date format.
_SERIAL_RANGE = (20000, 60000)
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def normalize_header(text: str) -> str:
    """Half-width, lower case, without spaces, asterisks (required marks) and colons."""
    value = clean(text).lower()
    for ch in " *:：\n":
        value = value.replace(ch, "")
    return value.replace("（", "(").replace("）", ")")


_EXACT = {normalize_header(s): field for field, names in HEADER_SYNONYMS.items() for s in names}
_EXPORT_ONLY = frozenset(normalize_header(h) for h in EXPORT_ONLY_HEADERS)


def guess_field(header: str) -> str:
    """The import column a header names, or '' if none."""
    key = normalize_header(header)
    if not key or key in _EXPORT_ONLY:
        return ""
    if key in _EXACT:
        return _EXACT[key]
    # Substrings catch '户主身份证号码' or '联系电话(手机)', but one-character and ASCII
    # synonyms (乡, 村, id) would match far too much. The longest synonym wins, then the
    # one nearest the end: a Chinese header ends with its noun (户主电话 is a phone).
    found = [
        (len(synonym), key.rfind(synonym), field)
        for synonym, field in _EXACT.items()
        if len(synonym) >= 2 and not synonym.isascii() and synonym in key
    ]
    return max(found)[2] if found else ""


def guess_mapping(headers: list[str]) -> list[str]:
    """One import column per header ('' to ignore); each field is taken by its first header."""
    taken: set[str] = set()
    mapping = []
    for header in headers:
        field = guess_field(header)
        if field in taken:
            field = ""
        taken.add(field)
        mapping.append(field)
    return mapping


def header_score(row: list[str]) -> int:
    """How much a row looks like the header: the number of distinct fields it names."""
    return len({f for f in (guess_field(cell) for cell in row) if f})


def find_header_row(rows: list[list[str]], limit: int = 10) -> int:
    """Index of the header among the first `limit` rows; title rows above it score lower."""
    best, best_score = 0, 0
    for index, row in enumerate(rows[:limit]):
        score = header_score(row)
        if score > best_score:
            best, best_score = index, score
    return best


def number_text(value: float) -> str:
    """A numeric cell as the text a person typed, or Excel's E-notation if digits were lost.

    13800138000.0 -> '13800138000'. An 18-digit ID number stored as a number keeps only
    15 digits, so it is given back as '1.10105194912310E+17', which lost_digits() reports
    instead of importing a wrong number.
    """
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int) or float(value).is_integer():
        whole = int(value)
        if len(str(abs(whole))) > _EXCEL_DIGITS:
            return f"{float(value):.14E}"
        return str(whole)
    return f"{value:.15g}"


def lost_digits(text: str) -> bool:
    """True for a value Excel turned into E-notation: its digits cannot be recovered."""
    return bool(_SCIENTIFIC.match(clean(text)))


def digits_text(text: str) -> str:
    """A phone, ID or account number as text: '13800138000.0' -> '13800138000', ="..." unwrapped."""
    value = unwrap_text_formula(clean(text))
    match = _WHOLE_FLOAT.match(value)
    return match.group(1) if match else value


def unwrap_text_formula(text: str) -> str:
    """Our CSV export writes long numbers as ="..." so Excel keeps them as text."""
    match = _EXCEL_TEXT_FORMULA.match(text)
    return match.group(1) if match else text


def parse_date(text: str) -> str:
    """ISO date for 2019-03-01, 2019/3/1, 2019年3月1日, 2019.3.1, 20190301, 2019年3月, Excel
    day numbers; the cleaned text itself when it is no date (validation then says why)."""
    value = clean(text)
    if not value:
        return ""
    for pattern in (_DATE, _COMPACT_DATE):
        match = pattern.match(value)
        if match:
            return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)), value)
    match = _YEAR_MONTH.match(value)
    if match:
        return _iso(int(match.group(1)), int(match.group(2)), 1, value)
    if value.isdigit() and _SERIAL_RANGE[0] <= int(value) <= _SERIAL_RANGE[1]:
        return (_EXCEL_EPOCH + dt.timedelta(days=int(value))).isoformat()
    return value


def _iso(year: int, month: int, day: int, original: str) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return original


_GENDERS = {"男": "M", "男性": "M", "m": "M", "male": "M", "女": "F", "女性": "F", "f": "F"}
_GENDERS |= {"female": "F"}
_STATUSES = {"在社": "active", "正常": "active", "active": "active", "": "active"}
_STATUSES |= {"已退社": "left", "退社": "left", "left": "left"}
_ACCOUNT_KINDS = {"银行卡": "bank", "银行": "bank", "bank": "bank", "微信": "wechat"}
_ACCOUNT_KINDS |= {"wechat": "wechat", "支付宝": "alipay", "alipay": "alipay"}

GENDER_TEXT = {"M": "男", "F": "女", "": ""}
STATUS_TEXT = {"active": "在社", "left": "已退社"}
ACCOUNT_KIND_TEXT = {"bank": "银行卡", "wechat": "微信", "alipay": "支付宝", "": ""}


def _choice(table: dict[str, str], text: str) -> str:
    """The stored value for a written choice; unknown text is kept for validation to report."""
    value = clean(text)
    return table.get(value.lower(), value)


def gender_value(text: str) -> str:
    return _choice(_GENDERS, text)


def status_value(text: str) -> str:
    return _choice(_STATUSES, text)


def account_kind_value(text: str, account_no: str) -> str:
    """The written kind; a number without a kind is taken as a bank card (most rosters)."""
    if clean(text):
        return _choice(_ACCOUNT_KINDS, text)
    return "bank" if clean(account_no) else ""
