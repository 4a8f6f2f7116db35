"""The sync protocol's values and its merge rule (docs/sync.md), shared by the laptop's
sync client and the central server. No I/O: JSON-shaped dicts in, values out."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from . import hlc


class Op(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class Role(StrEnum):
    TECHNICIAN = "technician"
    CLERK = "clerk"
    COORDINATOR = "coordinator"


COMMON_TABLES = frozenset({"townships", "villages", "crops", "growers", "plots", "conflicts"})
FIELD_TABLES = frozenset({"visits", "photos", "photo_marks", "pests"})
STATION_TABLES = frozenset({"price_rules", "containers"})
LEDGER_TABLES = frozenset({"receipts", "receipt_lots", "receipt_voids", "payments"})
ALL_TABLES = COMMON_TABLES | FIELD_TABLES | STATION_TABLES | LEDGER_TABLES

WRITABLE: dict[str, frozenset[str]] = {
    Role.TECHNICIAN: COMMON_TABLES | FIELD_TABLES,
    Role.CLERK: COMMON_TABLES | STATION_TABLES | LEDGER_TABLES,
    Role.COORDINATOR: ALL_TABLES,
}

# Columns a change may not set: the row's identity and the sync bookkeeping are the
# server's and the client's own business.
RESERVED = frozenset({"id"})
_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
MAX_BATCH = 5000
# Every laptop stores values in SQLite: an integer past 64 bits or a float that is not
# finite (JSON's 1e999 parses as inf) could be stored by no one, and a pulled change
# that cannot be applied would stop that laptop's pull for good.
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_NAMES_SEEN: set[str] = set()  # field names already found well formed
# Bookkeeping columns a change carries besides the edited fields (an update sends a new
# updated_at with no base): they follow the later HLC and never make a conflict, else
# every edit of a row another laptop had touched would raise one on updated_at.
QUIET = frozenset({"created_at", "updated_at", "hlc", "device_id"})
Scalar = str | int | float | None


class WireError(ValueError):
    """A request that is not what the protocol says: the sentence goes back as a 400."""


@dataclass(frozen=True)
class Change:
    """One outbox row on the wire."""

    seq: int
    change_id: str
    table: str
    row_id: str
    op: str
    changes: dict[str, Scalar]
    base: dict[str, Scalar] | None
    hlc: str

    def to_json(self) -> dict:
        return {
            "seq": self.seq,
            "change_id": self.change_id,
            "table": self.table,
            "row_id": self.row_id,
            "op": self.op,
            "changes": self.changes,
            "base": self.base,
            "hlc": self.hlc,
        }


@dataclass(frozen=True)
class Pulled:
    """One entry of the server's change log, as a laptop receives it."""

    cursor: int
    table: str
    row_id: str
    op: str
    fields: dict[str, Scalar]
    hlc: str
    device_id: str

    def to_json(self) -> dict:
        return {
            "cursor": self.cursor,
            "table": self.table,
            "row_id": self.row_id,
            "op": self.op,
            "fields": self.fields,
            "hlc": self.hlc,
            "device_id": self.device_id,
        }


def _text(data: Mapping, key: str, where: str, limit: int = 200) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > limit:
        raise WireError(f"{where}: '{key}' must be non-empty text of at most {limit} characters")
    return value


def _values(data: object, key: str, where: str) -> dict[str, Scalar]:
    # A push of 5,000 changes checks some 100,000 values: exact type tests, and each
    # field name matched once, keep that to a few milliseconds.
    if not isinstance(data, dict):
        raise WireError(f"{where}: '{key}' must be an object")
    for name, value in data.items():
        if name not in _NAMES_SEEN:
            if not isinstance(name, str) or not _FIELD_NAME.match(name) or name in RESERVED:
                raise WireError(f"{where}: '{name}' is not a field that can be changed")
            if len(_NAMES_SEEN) < 10_000:  # real tables have a few hundred names
                _NAMES_SEEN.add(name)
        kind = type(value)
        if kind is str or value is None:
            continue
        if kind is int:
            if not _INT64_MIN <= value <= _INT64_MAX:
                raise WireError(f"{where}: the number in '{name}' is too large to store")
        elif kind is float:
            if not math.isfinite(value):
                raise WireError(f"{where}: the number in '{name}' is too large to store")
        else:  # bool, list, object: what JSON has besides text, numbers and null
            raise WireError(f"{where}: the value of '{name}' must be text, a number or null")
    return dict(data)


def change_from_json(data: object, index: int = 0) -> Change:
    where = f"change {index}"
    if not isinstance(data, dict):
        raise WireError(f"{where}: must be an object")
    seq = data.get("seq")
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise WireError(f"{where}: 'seq' must be a whole number from 1")
    table = _text(data, "table", where, 40)
    if table not in ALL_TABLES:
        raise WireError(f"{where}: '{table}' is not a synced table")
    op = _text(data, "op", where, 10)
    if op not in frozenset(Op):
        raise WireError(f"{where}: 'op' must be insert, update or delete")
    stamp = _text(data, "hlc", where, 120)
    try:
        parsed = hlc.Timestamp.parse(stamp)
    except ValueError:
        parsed = None
    # Only the canonical form: merge compares HLCs as strings, and "9-0-x" or a counter
    # past five digits would sort after every real clock and win every conflict.
    if (
        parsed is None
        or str(parsed) != stamp
        or parsed.counter > hlc.MAX_COUNTER
        or not parsed.device
    ):
        raise WireError(f"{where}: 'hlc' is not a hybrid logical clock value")
    base = data.get("base")
    return Change(
        seq=seq,
        change_id=_text(data, "change_id", where, 64),
        table=table,
        row_id=_text(data, "row_id", where, 64),
        op=op,
        changes=_values(data.get("changes"), "changes", where),
        base=None if base is None else _values(base, "base", where),
        hlc=stamp,
    )


def batch_from_json(body: object) -> tuple[str, list[Change]]:
    """(device id, changes) of a push body; WireError says what is wrong."""
    if not isinstance(body, dict):
        raise WireError("the body must be a JSON object")
    device_id = _text(body, "device_id", "push", 64)
    raw = body.get("changes")
    if not isinstance(raw, list) or not raw:
        raise WireError("push: 'changes' must be a non-empty list")
    if len(raw) > MAX_BATCH:
        raise WireError(f"push: at most {MAX_BATCH} changes in one batch")
    changes = [change_from_json(item, i) for i, item in enumerate(raw)]
    first = changes[0].seq
    if [c.seq for c in changes] != list(range(first, first + len(changes))):
        raise WireError("push: 'seq' must go up by one from change to change")
    return device_id, changes


def pulled_from_json(data: Mapping) -> Pulled:
    return Pulled(
        cursor=int(data["cursor"]),
        table=str(data["table"]),
        row_id=str(data["row_id"]),
        op=str(data["op"]),
        fields=dict(data["fields"]),
        hlc=str(data["hlc"]),
        device_id=str(data["device_id"]),
    )


# -- the merge rule ---------------------------------------------------------------------


@dataclass(frozen=True)
class FieldConflict:
    """Both sides changed one field: `kept` stays in the row until a person decides."""

    field: str
    kept: Scalar
    kept_hlc: str
    other: Scalar
    other_hlc: str


@dataclass
class Merged:
    """What a change does to a row: the fields that take new values (with their HLC),
    and the conflicts it raised."""

    values: dict[str, Scalar] = field(default_factory=dict)
    hlcs: dict[str, str] = field(default_factory=dict)
    conflicts: list[FieldConflict] = field(default_factory=list)


_UNKNOWN = object()


def merge(
    current: Mapping[str, Scalar],
    current_hlcs: Mapping[str, str],
    changes: Mapping[str, Scalar],
    base: Mapping[str, Scalar] | None,
    stamp: str,
) -> Merged:
    """Merge one change into the server's copy of a row (docs/sync.md, Merge).

    `base` None means the device did not know the row (an insert of a row the server
    has): equal values agree, different ones conflict. The QUIET bookkeeping fields take
    the value with the later HLC and never conflict."""
    merged = Merged()
    for name, value in changes.items():
        if name not in current:
            merged.values[name], merged.hlcs[name] = value, stamp
            continue
        now = current[name]
        if name in QUIET:
            if now != value and stamp > current_hlcs.get(name, ""):
                merged.values[name], merged.hlcs[name] = value, stamp
            continue
        seen = _UNKNOWN if base is None else base.get(name, _UNKNOWN)
        if now == value:
            continue
        if seen is not _UNKNOWN and seen == now:
            merged.values[name], merged.hlcs[name] = value, stamp
            continue
        now_hlc = current_hlcs.get(name, "")
        if stamp > now_hlc:  # HLC strings sort like the clocks
            merged.values[name], merged.hlcs[name] = value, stamp
            merged.conflicts.append(FieldConflict(name, value, stamp, now, now_hlc))
        else:
            merged.conflicts.append(FieldConflict(name, now, now_hlc, value, stamp))
    return merged
