"""Spreadsheet files as tables of text: reading CSV (any encoding Chinese Excel writes)
and XLSX, and writing a table back out (export, rejected-rows report).

Nothing here knows about growers; services/import_sheet.py gives the columns meaning.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import IO, Protocol
from xml.etree import ElementTree

from fieldapp.domain.sheet_values import number_text

MAX_ROWS = 200_000
MAX_BYTES = 100 * 1024 * 1024
REPORT_EVERY = 250
# Encodings the user may choose; "" means detect. GB18030 is a superset of GBK and
# GB2312, which Chinese Excel writes for "CSV (逗号分隔)".
ENCODINGS = ("", "utf-8-sig", "gb18030", "utf-16")
DELIMITERS = (",", "\t", ";")  # the full-width comma (，) is text inside a cell, never a delimiter


class SheetProblem(StrEnum):
    """Why a file cannot be read as a table. ui/messages.py turns each into a sentence."""

    CANNOT_OPEN = "cannot_open"
    EMPTY_FILE = "empty_file"
    TOO_BIG = "too_big"
    NOT_A_SPREADSHEET = "not_a_spreadsheet"
    OLD_EXCEL = "old_excel"  # .xls, or an encrypted .xlsx (both are OLE files)
    DAMAGED_XLSX = "damaged_xlsx"
    WRONG_ENCODING = "wrong_encoding"  # the encoding the user chose does not fit the bytes
    NO_DATA = "no_data"
    TOO_MANY_ROWS = "too_many_rows"


class SheetError(Exception):
    def __init__(self, problem: SheetProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


class CancelledError(Exception):
    """The user cancelled; whatever was being written was rolled back."""


class Reporter(Protocol):
    def report(self, done: int, total: int) -> None: ...

    @property
    def cancelled(self) -> bool: ...


class Silent:
    cancelled = False

    def report(self, done: int, total: int) -> None:
        pass


def tick(reporter: Reporter, done: int, total: int) -> None:
    """Report now and then (every call crosses to the UI thread) and stop if cancelled."""
    if done % REPORT_EVERY == 0:
        reporter.report(done, total)
        if reporter.cancelled:
            raise CancelledError


# -- reading files into a table of strings ------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A sheet as text. rows[i] is the file's row i + 1; empty columns are dropped."""

    rows: list[list[str]]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""  # the codec used, for CSV
    delimiter: str = ""
    sheet: str = ""

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


def read_table(path: Path, encoding: str = "", reporter: Reporter | None = None) -> Table:
    """The file's first sheet as strings, or SheetError saying why it cannot be read."""
    reporter = reporter or Silent()
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SheetError(SheetProblem.TOO_BIG, str(size))
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise SheetError(SheetProblem.CANNOT_OPEN, exc.strerror or str(exc)) from exc
    if size == 0:
        raise SheetError(SheetProblem.EMPTY_FILE)
    if head.startswith(b"PK\x03\x04"):
        table = _read_xlsx(path, reporter)
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SheetError(SheetProblem.OLD_EXCEL)
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SheetError(SheetProblem.CANNOT_OPEN, exc.strerror or str(exc)) from exc
        table = _read_csv(data, encoding, reporter)
    return _tidy(table)


def _decode(data: bytes, encoding: str) -> tuple[str, str]:
    """(text, codec). Order matters: BOMs are certain; valid UTF-8 is almost never GBK by
    accident, while GB18030 decodes nearly any byte sequence, so it comes last."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            raise SheetError(SheetProblem.WRONG_ENCODING, encoding) from None
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise SheetError(SheetProblem.NOT_A_SPREADSHEET) from None
    if b"\x00" in data[:4096]:  # text files have no NUL bytes; pictures and programs do
        raise SheetError(SheetProblem.NOT_A_SPREADSHEET)
    for codec in ("utf-8", "gb18030"):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise SheetError(SheetProblem.NOT_A_SPREADSHEET)


def _looks_like_text(text: str) -> bool:
    """Control, private-use and unassigned characters mean the bytes were not text."""
    sample = text[:20_000]
    odd = sum(
        1
        for ch in sample
        if ch not in "\t\r\n" and unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")
    )
    return odd <= len(sample) // 200


def _detect_delimiter(text: str) -> str:
    """The candidate that splits the most lines into the same number (>1) of cells."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if len(r) > 1]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if (count, width) > best_score:
            best, best_score = delimiter, (count, width)
    return best


def _read_csv(data: bytes, encoding: str, reporter: Reporter) -> Table:
    text, codec = _decode(data, encoding)
    if not _looks_like_text(text):
        raise SheetError(
            SheetProblem.WRONG_ENCODING if encoding else SheetProblem.NOT_A_SPREADSHEET, encoding
        )
    delimiter = _detect_delimiter(text)
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            _check_size(rows, reporter)
    except csv.Error as exc:
        raise SheetError(SheetProblem.NOT_A_SPREADSHEET, str(exc)) from exc
    return Table(rows=rows, kind="csv", encoding=codec, delimiter=delimiter)


def _check_size(rows: list[list[str]], reporter: Reporter) -> None:
    if len(rows) > MAX_ROWS:
        raise SheetError(SheetProblem.TOO_MANY_ROWS, str(MAX_ROWS))
    tick(reporter, len(rows), 0)


def _read_xlsx(path: Path, reporter: Reporter) -> Table:
    """The first sheet; the quick reader below, openpyxl when the file is unusual."""
    try:
        return _read_xlsx_quickly(path, reporter)
    except (SheetError, CancelledError):
        raise
    except Exception:  # anything the quick reader does not know: openpyxl decides
        return _read_xlsx_openpyxl(path, reporter)


def _read_xlsx_openpyxl(path: Path, reporter: Reporter) -> Table:
    import openpyxl  # ~400 ms to import: only when a spreadsheet is really read

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise SheetError(SheetProblem.DAMAGED_XLSX, str(exc)) from exc
    try:
        sheet = book.active or book.worksheets[0]
        rows: list[list[str]] = []
        # min_row=1: openpyxl would otherwise start at the sheet's first used row, and
        # the row numbers in the rejected-rows report must be Excel's.
        for values in sheet.iter_rows(min_row=1, values_only=True):
            rows.append([cell_text(v) for v in values])
            _check_size(rows, reporter)
        return Table(rows=rows, kind="xlsx", sheet=sheet.title)
    except (SheetError, CancelledError):
        raise
    except Exception as exc:  # a damaged file can fail anywhere in zip, XML or openpyxl
        raise SheetError(SheetProblem.DAMAGED_XLSX, str(exc)) from exc
    finally:
        book.close()


# openpyxl's read-only reader builds an object per shared string and per cell: ~5 s for
# 10,000 rows x 11 columns here, the whole import's budget. Reading the sheet's XML with
# ElementTree's C parser takes a tenth of that; openpyxl still decides number formats.
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# Built-in number formats that are dates in Chinese, Japanese and Korean Excel (ECMA-376
# 18.8.30 lists them per locale; openpyxl's table has only the Western ones).
_CJK_DATE_FORMATS = frozenset(range(27, 37)) | frozenset(range(50, 59))


def _read_xlsx_quickly(path: Path, reporter: Reporter) -> Table:
    with zipfile.ZipFile(path) as z:
        sheet_path, title, epoch = _first_sheet(z)
        strings = _shared_strings(z)
        dates = _date_styles(z)
        rows: list[list[str]] = []
        with z.open(sheet_path) as f:
            for el in _sheet_rows(f):
                number = int(el.get("r") or len(rows) + 1)
                while len(rows) < number - 1:
                    rows.append([])
                rows.append(_row_cells(el, strings, dates, epoch))
                _check_size(rows, reporter)
    return Table(rows=rows, kind="xlsx", sheet=title)


_SHEET_DATA = re.compile(rb"<((?:[\w.-]+:)?)sheetData\b[^>]*?(/?)>")
_PIECE = 1 << 20
_T = _NS + "t"


def _sheet_rows(f: IO[bytes]) -> Iterator[ElementTree.Element]:
    """The <row> elements of a worksheet's XML, parsed a megabyte at a time.

    iterparse hands Python an event per element (~290,000 for 10,000 rows), which costs
    more than the parse itself, and parsing the whole document holds every cell in
    memory. Cutting sheetData at row ends and parsing each piece in C does neither.
    Anything unexpected raises, and the caller falls back to openpyxl.
    """
    buffer = b""
    while (found := _SHEET_DATA.search(buffer)) is None:
        chunk = f.read(_PIECE)
        if not chunk:
            raise ValueError("no sheetData")
        buffer += chunk
    if found.group(2):  # <sheetData/>: an empty sheet
        return
    prefix = found.group(1)
    head, buffer = buffer[: found.end()], buffer[found.end() :]
    tail = b"</" + prefix + b"sheetData></" + prefix + b"worksheet>"
    row_end, data_end = b"</" + prefix + b"row>", b"</" + prefix + b"sheetData>"
    while True:
        chunk = f.read(_PIECE)
        buffer += chunk
        if chunk:
            cut = buffer.rfind(row_end)
            if cut < 0:
                continue
            cut += len(row_end)
        else:
            cut = buffer.find(data_end)
            if cut < 0:
                raise ValueError("sheetData not closed")
        piece, buffer = buffer[:cut], buffer[cut:]
        data = ElementTree.fromstring(head + piece + tail).find(_NS + "sheetData")
        if data is None:
            raise ValueError("sheetData lost")
        yield from data.iterfind(_NS + "row")
        if not chunk:
            return


def _first_sheet(z: zipfile.ZipFile) -> tuple[str, str, dt.datetime]:
    """(path in the zip, title, date epoch) of the sheet Excel opens on."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

    book = ElementTree.fromstring(z.read("xl/workbook.xml"))
    view = book.find(f"{_NS}bookViews/{_NS}workbookView")
    active = int(view.get("activeTab", "0")) if view is not None else 0
    sheets = book.findall(f"{_NS}sheets/{_NS}sheet")
    sheet = sheets[active if active < len(sheets) else 0]
    rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = next(
        r.get("Target", "") for r in rels.iter(_PACKAGE_REL) if r.get("Id") == sheet.get(_REL)
    )
    path = target.lstrip("/") if target.startswith("/") else "xl/" + target
    pr = book.find(f"{_NS}workbookPr")
    date1904 = pr is not None and pr.get("date1904") in ("1", "true")
    return path, sheet.get("name", ""), CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900


def _shared_strings(z: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in z.namelist():
        return []
    strings = []
    with z.open("xl/sharedStrings.xml") as f:
        for _, el in ElementTree.iterparse(f):
            if el.tag == _NS + "si":
                # Plain <t>, or rich-text runs <r><t>; never <rPh> (pinyin/furigana guides).
                parts = [t.text or "" for t in el.findall(f"{_NS}t")]
                parts += [t.text or "" for t in el.findall(f"{_NS}r/{_NS}t")]
                strings.append("".join(parts))
                el.clear()
    return strings


def _date_styles(z: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles whose number format shows a date."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    if "xl/styles.xml" not in z.namelist():
        return set()
    styles = ElementTree.fromstring(z.read("xl/styles.xml"))
    custom = {
        int(f.get("numFmtId", "0")): f.get("formatCode", "")
        for f in styles.iterfind(f"{_NS}numFmts/{_NS}numFmt")
    }
    dates = set()
    for index, xf in enumerate(styles.iterfind(f"{_NS}cellXfs/{_NS}xf")):
        fmt = int(xf.get("numFmtId", "0"))
        code = custom.get(fmt) or BUILTIN_FORMATS.get(fmt, "")
        if fmt in _CJK_DATE_FORMATS or (code and is_date_format(code)):
            dates.add(index)
    return dates


_COLUMNS: dict[str, int] = {}


def _column(ref: str) -> int:
    """0-based column of a cell reference such as 'AB12'."""
    letters = ref.rstrip("0123456789")
    column = _COLUMNS.get(letters)
    if column is None:
        column = -1
        for ch in letters.upper():
            column = (column + 1) * 26 + ord(ch) - 65
        _COLUMNS[letters] = column
    return column


def _row_cells(
    row: ElementTree.Element, strings: list[str], dates: set[int], epoch: dt.datetime
) -> list[str]:
    # The hot loop of a 10,000-row import (110,000 cells): attribute and child lookups
    # are kept to one each for the common cell kinds.
    cells: list[str] = []
    v_tag = _NS + "v"
    for c in row:
        ref = c.get("r")
        if ref:
            column = _column(ref)
            while len(cells) < column:
                cells.append("")
        kind = c.get("t")
        if kind == "inlineStr":
            cells.append(_inline_text(c))
            continue
        v = c.find(v_tag)
        text = v.text if v is not None else None
        if not text:
            cells.append("")
        elif kind == "s":
            cells.append(strings[int(text)])
        elif kind is None or kind == "n":
            cells.append(_number_cell(text, c.get("s"), dates, epoch))
        elif kind == "b":
            cells.append("TRUE" if text == "1" else "FALSE")
        else:
            cells.append(text)  # str (a formula's text), e (#N/A), d (ISO date)
    return cells


def _inline_text(c: ElementTree.Element) -> str:
    """<is><t>text</t></is>, or rich-text runs <is><r><t>..</t></r>...</is>."""
    parts = [t.text or "" for t in c.iter(_T)]
    return parts[0] if len(parts) == 1 else "".join(parts)


def _number_cell(text: str, style: str | None, dates: set[int], epoch: dt.datetime) -> str:
    number = float(text) if any(ch in text for ch in ".eE") else int(text)
    if style is not None and dates and int(style) in dates:
        from openpyxl.utils.datetime import from_excel

        return cell_text(from_excel(number, epoch))
    return number_text(number)


def cell_text(value: object) -> str:
    """An XLSX cell as text: numbers as typed (or E-notation if digits were lost), dates ISO."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int | float):
        return number_text(value)
    return str(value)


def _tidy(table: Table) -> Table:
    """Rows padded to one width; columns empty in every row dropped (Excel reports
    formatted but empty columns, sometimes thousands)."""
    used = sorted({i for row in table.rows for i, cell in enumerate(row) if cell.strip()})
    if not used:
        raise SheetError(SheetProblem.NO_DATA)
    rows = [[row[i] if i < len(row) else "" for i in used] for row in table.rows]
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    return replace(table, rows=rows)


def write_sheet(
    path: Path, header: list[str], rows: list[list[str]], text_columns: set[int]
) -> None:
    """A CSV (UTF-8 with BOM) or, for a .xlsx name, a workbook whose text columns are text cells."""
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, header, rows, text_columns)
        return
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


def _write_xlsx(path: Path, header: list[str], rows: list[list], text_columns: set[int]) -> None:
    write_workbook(path, [("", header, rows)], text_columns)


def write_workbook(
    path: Path,
    sheets: list[tuple[str, list[str], list[list]]],
    text_columns: set[int] | None = None,
) -> None:
    """An XLSX with one sheet per (name, header, rows); cells keep their Python types
    (Decimal, int, datetime), text columns are text cells."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    text_columns = text_columns or set()
    book = openpyxl.Workbook(write_only=True)
    for name, header, rows in sheets:
        sheet = book.create_sheet(title=name[:31] or None)
        sheet.freeze_panes = "A2"
        sheet.append(header)
        for row in rows:
            cells = []
            for i, value in enumerate(row):
                cell = WriteOnlyCell(sheet, value=value)
                if i in text_columns:
                    # '@' keeps Excel from turning 18-digit ID numbers into 1.1E+17 on edit.
                    cell.number_format = "@"
                cells.append(cell)
            sheet.append(cells)
    book.save(path)
