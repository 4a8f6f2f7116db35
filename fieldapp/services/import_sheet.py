"""Importing the cooperative's grower spreadsheet (CSV or XLSX): read, preview, commit.

    importer = SheetImporter(db, places)
    table = importer.read(path)                       # SheetError if it is no spreadsheet
    preview = importer.preview(table)                 # header row and columns guessed
    preview = importer.preview(table, header_row, mapping)   # as the user corrected them
    outcome = importer.commit(preview, include_possible_duplicates=False)

Each step takes an optional reporter (fieldapp.tasks.TaskHandle fits) for progress
and cancelling, because the UI runs them through Tasks. The rules are the
registry's: checked_grower, parse_plot and find_duplicates; rows are written with
storage.growers.insert_grower, so every grower gets its outbox row.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import sqlite3
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Protocol
from xml.etree import ElementTree

from fieldapp.domain.cards import format_card_no
from fieldapp.domain.duplicates import Reason, Similar, find_duplicates
from fieldapp.domain.errors import FieldError, Problem, ValidationError
from fieldapp.domain.growers import GrowerData, PlotData, PlotInput, checked_grower, parse_plot
from fieldapp.domain.sheet_values import (
    GROWER_COLUMNS,
    PLOT_COLUMNS,
    account_kind_value,
    digits_text,
    find_header_row,
    gender_value,
    guess_field,
    guess_mapping,
    header_score,
    lost_digits,
    number_text,
    parse_date,
    status_value,
)
from fieldapp.domain.text import clean
from fieldapp.storage import growers as store
from fieldapp.storage import places as place_store
from fieldapp.storage import sheets
from fieldapp.storage.database import Database
from fieldapp.storage.device import identity, reserve_sequence

from .places import PlacesService

MAX_ROWS = 200_000
CARD_SEQUENCE = "grower_card"  # the counter storage.growers.next_card_sequence uses
MAX_BYTES = 100 * 1024 * 1024
HEADER_SEARCH_ROWS = 10
REPORT_EVERY = 250
WRITE_BATCH = 500  # rows per insert_growers call: progress and cancel between batches
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


class ImportFailure(StrEnum):
    REGISTRY_CHANGED = "registry_changed"  # someone registered a grower from the file meanwhile
    DATABASE = "database"


class ImportFailedError(Exception):
    """The commit was rolled back: nothing from the file was saved."""

    def __init__(self, failure: ImportFailure, detail: str = "") -> None:
        super().__init__(f"{failure}: {detail}" if detail else str(failure))
        self.failure = failure
        self.detail = detail


class CancelledError(Exception):
    """The user cancelled; whatever was being written was rolled back."""


class Reporter(Protocol):
    def report(self, done: int, total: int) -> None: ...

    @property
    def cancelled(self) -> bool: ...


class _Silent:
    cancelled = False

    def report(self, done: int, total: int) -> None:
        pass


def _tick(reporter: Reporter, done: int, total: int) -> None:
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
    reporter = reporter or _Silent()
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
    _tick(reporter, len(rows), 0)


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
            for _, el in ElementTree.iterparse(f):
                if el.tag != _NS + "row":
                    continue
                number = int(el.get("r") or len(rows) + 1)
                while len(rows) < number - 1:
                    rows.append([])
                rows.append(_row_cells(el, strings, dates, epoch))
                el.clear()
                _check_size(rows, reporter)
    return Table(rows=rows, kind="xlsx", sheet=title)


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


def _column(ref: str) -> int:
    """0-based column of a cell reference such as 'AB12'."""
    number = 0
    for ch in ref:
        if not ch.isalpha():
            break
        number = number * 26 + ord(ch.upper()) - 64
    return number - 1


def _row_cells(
    row: ElementTree.Element, strings: list[str], dates: set[int], epoch: dt.datetime
) -> list[str]:
    cells: list[str] = []
    for c in row.iterfind(f"{_NS}c"):
        ref = c.get("r")
        column = _column(ref) if ref else len(cells)
        while len(cells) < column:
            cells.append("")
        cells.append(_cell_value(c, strings, dates, epoch))
    return cells


def _cell_value(
    c: ElementTree.Element, strings: list[str], dates: set[int], epoch: dt.datetime
) -> str:
    kind = c.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in c.iter(f"{_NS}t"))
    v = c.find(f"{_NS}v")
    text = v.text if v is not None and v.text is not None else ""
    if not text:
        return ""
    if kind == "s":
        return strings[int(text)]
    if kind == "b":
        return "TRUE" if text == "1" else "FALSE"
    if kind != "n":  # str (a formula's text), e (#N/A), d (ISO date)
        return text
    number = float(text) if any(ch in text for ch in ".eE") else int(text)
    if int(c.get("s", "0")) in dates:
        from openpyxl.utils.datetime import from_excel

        return cell_text(from_excel(number, epoch))
    return cell_text(number)


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


# -- preview -------------------------------------------------------------------------------


class RowStatus(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    POSSIBLE_DUPLICATE = "possible_duplicate"  # imported only if the user says so


@dataclass(frozen=True)
class RowDuplicate:
    """Someone the row may be: a registered grower (card_no) or an earlier row of the file."""

    reason: Reason
    name: str
    card_no: str = ""
    file_row: int = 0

    @property
    def blocking(self) -> bool:
        return self.reason == Reason.SAME_ID_NUMBER


@dataclass(frozen=True)
class RowResult:
    number: int  # the row's number in the file, as Excel shows it
    cells: tuple[str, ...]
    status: RowStatus
    errors: tuple[FieldError, ...] = ()
    duplicates: tuple[RowDuplicate, ...] = ()
    grower: GrowerData | None = None  # place ids may be pending keys (see _Places)
    plot: PlotData | None = None


@dataclass(frozen=True)
class Preview:
    table: Table
    header_row: int  # index into table.rows
    header_depth: int  # 1, or 2 when the header has a second row of sub-headers
    headers: list[str]
    mapping: list[str]  # import column key per table column, '' to ignore
    rows: list[RowResult]
    new_townships: list[str] = field(default_factory=list)
    new_villages: list[tuple[str, str]] = field(default_factory=list)  # (township, village)
    new_crops: list[str] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)  # required but not mapped

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def importable(self, include_possible_duplicates: bool) -> list[RowResult]:
        wanted = {RowStatus.VALID}
        if include_possible_duplicates:
            wanted.add(RowStatus.POSSIBLE_DUPLICATE)
        return [r for r in self.rows if r.status in wanted and r.grower is not None]

    def rejected(self, include_possible_duplicates: bool) -> list[RowResult]:
        kept = {id(r) for r in self.importable(include_possible_duplicates)}
        return [r for r in self.rows if id(r) not in kept]


REQUIRED_COLUMNS = ("name",)

# Pick-list rows that do not exist yet get these stand-in ids until commit creates them.
_NEW_TOWNSHIP = "new-township:"
_NEW_VILLAGE = "new-village:"
_NEW_CROP = "new-crop:"


def detect_header(rows: list[list[str]]) -> tuple[int, int]:
    """(index, depth) of the header: the best-scoring of the first rows, plus the row
    below it when that one holds sub-headers (联系方式 merged over 手机 | 固话)."""
    index = find_header_row(rows, HEADER_SEARCH_ROWS)
    return index, header_depth(rows, index)


def header_depth(rows: list[list[str]], index: int) -> int:
    if index + 1 >= len(rows):
        return 1
    below = [c for c in rows[index + 1] if c.strip()]
    if below and header_score(rows[index + 1]) and all(guess_field(c) for c in below):
        return 2
    return 1


def header_texts(rows: list[list[str]], index: int, depth: int) -> list[str]:
    """Column titles. A merged cell's text is only in its first cell: an empty title
    takes the text from the row above (a vertical merge in a two-row header)."""
    if not rows:
        return []
    headers = [clean(c) for c in rows[index]]
    if depth == 2:
        headers = [clean(low) or high for high, low in zip(headers, rows[index + 1], strict=True)]
    elif index > 0:
        above = rows[index - 1]
        headers = [
            h or (clean(above[i]) if header_score([above[i]]) else "")
            for i, h in enumerate(headers)
        ]
    return headers


class _Places:
    """Townships, villages and crops by name, loaded once; unknown names get pending keys."""

    def __init__(self, db: Database) -> None:
        self.townships = {p.name: p.id for p in place_store.townships(db)}
        self.township_names = {v: k for k, v in self.townships.items()}
        self.villages: dict[tuple[str, str], str] = {}
        self.villages_by_name: dict[str, list[tuple[str, str]]] = {}
        for v in place_store.villages(db):
            self.villages[(v.parent_id, v.name)] = v.id
            self.villages_by_name.setdefault(v.name, []).append((v.parent_id, v.id))
        self.crops = {p.name: p.id for p in place_store.crops(db)}

    def resolve(self, township: str, village: str) -> tuple[str, str, FieldError | None]:
        township, village = clean(township), clean(village)
        township_id = ""
        if township:
            township_id = self.townships.get(township, _NEW_TOWNSHIP + township)
        if not village:
            return township_id, "", None
        if township:
            key = (township_id, village)
            return township_id, self.villages.get(key, f"{_NEW_VILLAGE}{township}\t{village}"), None
        matches = self.villages_by_name.get(village, [])
        if len(matches) == 1:
            return matches[0][0], matches[0][1], None
        # A new village needs its township, and a name found in two townships is ambiguous.
        return "", "", FieldError("village_id", Problem.UNKNOWN_CHOICE, village)

    def crop(self, name: str) -> str:
        name = clean(name)
        if not name:
            return ""
        return self.crops.get(name, _NEW_CROP + name)


@dataclass
class _Candidate:
    number: int
    cells: tuple[str, ...]
    errors: list[FieldError]
    grower: GrowerData | None
    plot: PlotData | None


class SheetImporter:
    def __init__(self, db: Database, places: PlacesService) -> None:
        self.db = db
        self.places = places

    def read(self, path: Path, encoding: str = "", reporter: Reporter | None = None) -> Table:
        return read_table(Path(path), encoding, reporter)

    def preview(
        self,
        table: Table,
        header_row: int | None = None,
        mapping: list[str] | None = None,
        reporter: Reporter | None = None,
        today: dt.date | None = None,
    ) -> Preview:
        """Every row checked by the registry's rules; header and mapping guessed if not given."""
        reporter = reporter or _Silent()
        if header_row is None:
            header_row, depth = detect_header(table.rows)
        else:
            header_row = max(0, min(header_row, len(table.rows) - 1))
            depth = header_depth(table.rows, header_row)
        headers = header_texts(table.rows, header_row, depth)
        if mapping is None or len(mapping) != table.width:
            mapping = guess_mapping(headers)
        places = _Places(self.db)
        first = header_row + depth
        total = len(table.rows) - first
        candidates = []
        for offset, cells in enumerate(table.rows[first:]):
            _tick(reporter, offset, total)
            # Empty rows are skipped, not reported; so are pre-numbered rows of a
            # printed form where only ignored columns (序号) hold anything.
            if any(c.strip() for c, field in zip(cells, mapping, strict=False) if field):
                candidates.append(_candidate(first + offset + 1, cells, mapping, places, today))
        rows = self._judge(candidates, reporter)
        return Preview(
            table=table,
            header_row=header_row,
            header_depth=depth,
            headers=headers,
            mapping=list(mapping),
            rows=rows,
            missing_columns=[c for c in REQUIRED_COLUMNS if c not in mapping],
            **_new_places(rows),
        )

    def _judge(self, candidates: list[_Candidate], reporter: Reporter) -> list[RowResult]:
        """Duplicates against the registry (two batched queries) and within the file."""
        ok = [c.grower for c in candidates if c.grower is not None]
        by_id = sheets.with_id_numbers(self.db, (g.id_number for g in ok))
        by_name = sheets.with_names(self.db, (g.name for g in ok))
        file_by_id: dict[str, list[Similar]] = {}
        file_by_name: dict[str, list[Similar]] = {}
        results = []
        for done, c in enumerate(candidates):
            _tick(reporter, done, len(candidates))
            if c.grower is None:
                results.append(RowResult(c.number, c.cells, RowStatus.INVALID, tuple(c.errors)))
                continue
            g = c.grower
            found = [
                RowDuplicate(d.reason, d.existing.name, card_no=d.existing.card_no)
                for d in find_duplicates(g, by_id.get(g.id_number, []), by_name.get(g.name, []))
            ]
            found += [
                RowDuplicate(d.reason, d.existing.name, file_row=int(d.existing.card_no))
                for d in find_duplicates(
                    g, file_by_id.get(g.id_number, []), file_by_name.get(g.name, [])
                )
            ]
            status = RowStatus.VALID
            if any(d.blocking for d in found):
                status = RowStatus.INVALID
            elif found:
                status = RowStatus.POSSIBLE_DUPLICATE
            if status != RowStatus.INVALID:
                # Later rows are compared with this one; card_no carries its row number.
                me = Similar(f"row:{c.number}", str(c.number), g.name, g.phone, g.id_number,
                             g.village_id, "")  # fmt: skip
                if g.id_number:
                    file_by_id.setdefault(g.id_number, []).append(me)
                file_by_name.setdefault(g.name, []).append(me)
            results.append(RowResult(c.number, c.cells, status, (), tuple(found), g, c.plot))
        return results

    # -- commit ----------------------------------------------------------------------------

    def commit(
        self,
        preview: Preview,
        include_possible_duplicates: bool = False,
        reporter: Reporter | None = None,
    ) -> ImportOutcome:
        """Write the importable rows in one transaction: all of them, or nothing."""
        reporter = reporter or _Silent()
        rows = preview.importable(include_possible_duplicates)
        try:
            with self.db.transaction():
                return self._write(rows, reporter)
        except sqlite3.Error as exc:
            raise ImportFailedError(ImportFailure.DATABASE, str(exc)) from exc

    def _write(self, rows: list[RowResult], reporter: Reporter) -> ImportOutcome:
        # The registry may have changed since the preview (another window, a sync).
        taken = sheets.with_id_numbers(self.db, (r.grower.id_number for r in rows if r.grower))
        if taken:
            raise ImportFailedError(ImportFailure.REGISTRY_CHANGED, ", ".join(sorted(taken)))
        ids = self._create_places(rows)
        device_code = identity(self.db).device_code
        first_card = reserve_sequence(self.db, CARD_SEQUENCE, len(rows)) if rows else 0
        plots = 0
        for start in range(0, len(rows), WRITE_BATCH):
            reporter.report(start, len(rows))
            if reporter.cancelled:
                raise CancelledError
            batch = rows[start : start + WRITE_BATCH]
            growers = [
                (_with_ids(row.grower, ids), format_card_no(device_code, first_card + start + i))
                for i, row in enumerate(batch)
                if row.grower is not None
            ]
            grower_ids = store.insert_growers(self.db, growers)
            new_plots = [
                (grower_id, replace(row.plot, crop_id=ids.get(row.plot.crop_id, row.plot.crop_id)))
                for grower_id, row in zip(grower_ids, batch, strict=True)
                if row.plot is not None
            ]
            store.insert_plots(self.db, new_plots)
            plots += len(new_plots)
        reporter.report(len(rows), len(rows))
        created = _new_places(rows)
        return ImportOutcome(
            growers=len(rows),
            plots=plots,
            townships_added=len(created["new_townships"]),
            villages_added=len(created["new_villages"]),
            crops_added=len(created["new_crops"]),
        )

    def _create_places(self, rows: list[RowResult]) -> dict[str, str]:
        """Real ids for the pending keys these rows use, creating the missing entries."""
        ids: dict[str, str] = {}
        for row in rows:
            g = row.grower
            assert g is not None
            for key in (g.township_id, g.village_id):
                if key.startswith((_NEW_TOWNSHIP, _NEW_VILLAGE)) and key not in ids:
                    township, village = _pending_names(g)
                    township_id, village_id = self.places.ensure_village(township, village)
                    ids[_NEW_TOWNSHIP + township] = township_id
                    if village:
                        ids[f"{_NEW_VILLAGE}{township}\t{village}"] = village_id
            crop = row.plot.crop_id if row.plot else ""
            if crop.startswith(_NEW_CROP) and crop not in ids:
                ids[crop] = self.places.add_crop(crop.removeprefix(_NEW_CROP))
        return ids

    # -- the rejected rows ---------------------------------------------------------------

    def save_rejected(
        self,
        path: Path,
        preview: Preview,
        reasons: Callable[[RowResult], str],
        include_possible_duplicates: bool = False,
        labels: tuple[str, str] = ("行号", "问题"),
    ) -> int:
        """Rows that would not be imported, with the file's own cells and why; CSV (UTF-8
        with BOM, so Excel reads the Chinese) or XLSX by the file name. Returns the count."""
        rejected = preview.rejected(include_possible_duplicates)
        header = [labels[0], *preview.headers, labels[1]]
        body = [[str(r.number), *r.cells, reasons(r)] for r in rejected]
        write_sheet(Path(path), header, body, text_columns=set(range(len(header))))
        return len(rejected)


@dataclass(frozen=True)
class ImportOutcome:
    growers: int
    plots: int = 0
    townships_added: int = 0
    villages_added: int = 0
    crops_added: int = 0


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
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
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


# -- one row -------------------------------------------------------------------------------


def _values(cells: list[str], mapping: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for key, cell in zip(mapping, cells, strict=False):
        if key and not values.get(key):
            values[key] = cell
    return values


def _candidate(
    number: int, cells: list[str], mapping: list[str], places: _Places, today: dt.date | None
) -> _Candidate:
    v = _values(cells, mapping)
    get = v.get
    errors = [
        FieldError(key, Problem.NUMBER_LOST_DIGITS, clean(get(key, "")))
        for key in ("id_number", "phone", "account_no")
        if lost_digits(get(key, ""))
    ]
    township_id, village_id, place_error = places.resolve(
        get("township_id", ""), get("village_id", "")
    )
    if place_error:
        errors.append(place_error)
    account_no = digits_text(get("account_no", ""))
    raw = GrowerData(
        name=get("name", ""),
        id_number=digits_text(get("id_number", "")),
        phone=digits_text(get("phone", "")),
        gender=gender_value(get("gender", "")),
        township_id=township_id,
        village_id=village_id,
        address=get("address", ""),
        account_kind=account_kind_value(get("account_kind", ""), account_no),
        account_no=account_no,
        notes=get("notes", ""),
        member_since=parse_date(get("member_since", "")),
        status=status_value(get("status", "")),
    )
    grower = None
    try:
        grower = checked_grower(raw, today)
    except ValidationError as exc:
        # One message per field: a lost-digits error explains more than "wrong length".
        reported = {e.field for e in errors}
        errors += [e for e in exc.errors if e.field not in reported]
    plot, plot_errors = _plot(v, places)
    errors += plot_errors
    if errors:
        return _Candidate(number, tuple(cells), _in_form_order(errors), None, None)
    return _Candidate(number, tuple(cells), [], grower, plot)


def _plot(values: dict[str, str], places: _Places) -> tuple[PlotData | None, list[FieldError]]:
    """The row's plot, if it has any plot column filled in."""
    if not any(clean(values.get(k, "")) for k in PLOT_COLUMNS):
        return None, []
    inp = PlotInput(
        name=values.get("plot_name", ""),
        area_mu=values.get("area_mu", ""),
        crop_id=places.crop(values.get("crop_id", "")),
        variety=values.get("variety", ""),
        latitude=values.get("latitude", ""),
        longitude=values.get("longitude", ""),
    )
    try:
        return parse_plot(inp), []
    except ValidationError as exc:
        # The plot's name is "name" in PlotInput; here it must not be read as the grower's.
        return None, [replace(e, field="plot_name") if e.field == "name" else e for e in exc.errors]


_ORDER = {key: i for i, key in enumerate(GROWER_COLUMNS + PLOT_COLUMNS)}


def _in_form_order(errors: list[FieldError]) -> list[FieldError]:
    return sorted(errors, key=lambda e: _ORDER.get(e.field, len(_ORDER)))


def _with_ids(g: GrowerData | None, ids: dict[str, str]) -> GrowerData:
    """The row's grower with pending place keys replaced by the ids commit created."""
    assert g is not None
    return replace(
        g,
        township_id=ids.get(g.township_id, g.township_id),
        village_id=ids.get(g.village_id, g.village_id),
    )


def _pending_names(g: GrowerData) -> tuple[str, str]:
    """(township, village) names behind a row's pending place keys."""
    if g.village_id.startswith(_NEW_VILLAGE):
        township, village = g.village_id.removeprefix(_NEW_VILLAGE).split("\t", 1)
        return township, village
    if g.township_id.startswith(_NEW_TOWNSHIP):
        return g.township_id.removeprefix(_NEW_TOWNSHIP), ""
    return "", ""


def _new_places(rows: list[RowResult]) -> dict[str, list]:
    """The pick-list entries that importing these rows would add."""
    townships: dict[str, None] = {}
    villages: dict[tuple[str, str], None] = {}
    crops: dict[str, None] = {}
    for row in rows:
        g = row.grower
        if g is None or row.status == RowStatus.INVALID:
            continue
        if g.township_id.startswith(_NEW_TOWNSHIP):
            townships[g.township_id.removeprefix(_NEW_TOWNSHIP)] = None
        if g.village_id.startswith(_NEW_VILLAGE):
            township, village = _pending_names(g)
            villages[(township, village)] = None
        if row.plot and row.plot.crop_id.startswith(_NEW_CROP):
            crops[row.plot.crop_id.removeprefix(_NEW_CROP)] = None
    return {
        "new_townships": list(townships),
        "new_villages": list(villages),
        "new_crops": list(crops),
    }
