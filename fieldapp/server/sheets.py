"""Advice sheets for the grower portal (docs/portal.md, Advice sheets): the PDF a
technician's laptop rendered for a visit, uploaded in checked chunks like a photo and
shown on the grower's cases page.

    <data folder>/sheets/<coop id>/originals/ab/<sha256>     a whole, checked PDF
    <data folder>/sheets/<coop id>/partial/<sha256>.part     an upload under way
    <data folder>/sheets/<coop id>/visits/<visit id>.json    the visit's current sheet

The bytes go through `PhotoFiles` (the same offsets, chunk hashes and one-rename
finish). A sheet becomes the visit's only when it was rendered from the visit exactly
as the server holds it (sheet_api.py checks): `version` is the visit row's `hlc` the
laptop rendered from, so a laptop that renders from an old copy of the visit cannot put
an old plan in front of the grower, and the portal shows a sheet only while its version
is still the visit's."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from .photos import PhotoError, PhotoFiles, Wanted, is_sha, replace_atomically

SHEET_MAX = 8 * 1024 * 1024  # a sheet with three photos is a few hundred KB
PDF_MAGIC = b"%PDF-"
_VISIT_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")


@dataclass(frozen=True)
class Sheet:
    """A visit's current sheet: its file, and the visit's hlc it was rendered from."""

    sha256: str
    size: int
    version: str


def wanted_sheet(sha: str, size: int) -> Wanted:
    if not is_sha(sha):
        raise PhotoError(400, "a sheet is named by its SHA-256 (64 hex digits)")
    if not 1 <= size <= SHEET_MAX:
        raise PhotoError(413, f"a sheet may be {SHEET_MAX // (1024 * 1024)} MB at most")
    return Wanted(sha, size)


def is_visit_id(text: str) -> bool:
    return bool(_VISIT_ID.match(text))


class SheetFiles:
    def __init__(self, root: Path) -> None:
        self.files = PhotoFiles(root)
        self._lock = threading.Lock()  # one pointer change at a time

    def _pointer(self, coop_id: str, visit_id: str) -> Path:
        if not is_visit_id(visit_id):
            raise ValueError(f"unusable visit id {visit_id!r}")
        return self.files.coop_folder(coop_id) / "visits" / f"{visit_id}.json"

    def current(self, coop_id: str, visit_id: str) -> Sheet | None:
        """The visit's sheet, if one was published and its file is there (None for an id
        that cannot name one: _pointer's ValueError)."""
        try:
            data = json.loads(self._pointer(coop_id, visit_id).read_text(encoding="utf-8"))
            sheet = Sheet(str(data["sha256"]), int(data["size"]), str(data["version"]))
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return None
        return sheet if self.path(coop_id, sheet).is_file() else None

    def path(self, coop_id: str, sheet: Sheet) -> Path:
        return self.files.original(coop_id, sheet.sha256)

    def publish(self, coop_id: str, visit_id: str, want: Wanted, version: str) -> None:
        """Make a whole, checked upload the visit's sheet; the one it replaces goes."""
        self.files.finish(coop_id, want, want.sha256)
        path = self.files.original(coop_id, want.sha256)
        with path.open("rb") as handle:
            if handle.read(len(PDF_MAGIC)) != PDF_MAGIC:
                path.unlink(missing_ok=True)
                raise PhotoError(400, "an advice sheet must be a PDF; it was discarded")
        with self._lock:
            old = self.current(coop_id, visit_id)
            if old is not None and old.version > version:
                raise PhotoError(409, "a sheet of a newer visit is there already", stale=True)
            pointer = {"sha256": want.sha256, "size": want.size, "version": version}
            replace_atomically(self._pointer(coop_id, visit_id), json.dumps(pointer).encode())
            if old is not None and old.sha256 != want.sha256:
                self.path(coop_id, old).unlink(missing_ok=True)
