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

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

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
    parse_date,
    status_value,
)
from fieldapp.domain.text import clean
from fieldapp.storage import growers as store
from fieldapp.storage import places as place_store
from fieldapp.storage import sheets
from fieldapp.storage.database import Database

from .places import PlacesService
from .sheet_files import (
    CancelledError,
    Reporter,
    Silent,
    Table,
    read_table,
    tick,
    write_sheet,
)

HEADER_SEARCH_ROWS = 10
WRITE_BATCH = 2000  # rows per insert_growers call: progress and cancel between batches (~0.4 s)


class ImportFailure(StrEnum):
    REGISTRY_CHANGED = "registry_changed"  # someone registered a grower from the file meanwhile
    DATABASE = "database"


class ImportFailedError(Exception):
    """The commit was rolled back: nothing from the file was saved."""

    def __init__(self, failure: ImportFailure, detail: str = "") -> None:
        super().__init__(f"{failure}: {detail}" if detail else str(failure))
        self.failure = failure
        self.detail = detail


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
        reporter = reporter or Silent()
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
            tick(reporter, offset, total)
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
            tick(reporter, done, len(candidates))
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
        reporter = reporter or Silent()
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
        cards = store.new_card_numbers(self.db, len(rows))
        plots = 0
        for start in range(0, len(rows), WRITE_BATCH):
            reporter.report(start, len(rows))
            if reporter.cancelled:
                raise CancelledError
            batch = rows[start : start + WRITE_BATCH]
            growers = [
                (_with_ids(row.grower, ids), cards[start + i])
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
    if not any(clean(values[k]) for k in PLOT_COLUMNS if values.get(k)):
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
