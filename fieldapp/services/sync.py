"""Sync as the Sync page uses it: enrol this laptop with a code, run a round (push, then
pull), say how things stand, and let a person settle a conflict."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.domain.sync import ALL_TABLES
from fieldapp.domain.treatments import DEFAULT_TANK_L
from fieldapp.storage import photo_transfers, sheet_uploads, sync_state, synced
from fieldapp.storage.database import Database
from fieldapp.storage.device import identity
from fieldapp.storage.photo_transfers import Transfer
from fieldapp.storage.sheet_uploads import FailedSheet
from fieldapp.storage.sync_state import ConflictRow, HeldRow
from fieldapp.sync.client import Failure, SyncClient, SyncError
from fieldapp.sync.engine import RoundReport, photo_root, sync_round

__all__ = [
    "ConflictRow",
    "FailedSheet",
    "Failure",
    "HeldRow",
    "PhotoCounts",
    "SheetSettings",
    "SyncError",
    "SyncService",
    "SyncStatus",
    "Transfer",
]


@dataclass(frozen=True)
class PhotoCounts:
    """How many photos stand where (docs/sync.md, Photos: the states)."""

    sent: int  # on the server, sent from here
    fetched: int  # fetched from the server into this laptop
    waiting: int  # to send: waiting or half sent
    reduced: int  # only the reduced copy is on the server so far
    missing: int  # made on another laptop, to fetch: missing or half fetched
    failed: int

    @property
    def pending(self) -> int:
        return self.waiting + self.reduced + self.missing


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str
    device_code: str
    pending: int  # outbox rows not yet on the server
    last_success: str  # UTC ISO, '' if never
    last_error: str  # the failure code of the last round, '' if it went well
    conflicts: int
    held: int  # pulled rows kept aside: another row here has their unique value
    photos: PhotoCounts | None = None


@dataclass(frozen=True)
class SheetSettings:
    """What the advice sheets sent to the grower portal print besides the visit: this
    laptop's settings, which the UI hands over before each round."""

    coop_name: str = ""
    technician_phone: str = ""
    tank_l: int = DEFAULT_TANK_L


class SyncService:
    def __init__(
        self, db: Database, render_sheet: Callable[[str, SheetSettings], bytes] | None = None
    ) -> None:
        self.db = db
        # Send a reduced copy of each photo before any original (slow links); the UI
        # sets it from the setting settings.SYNC_REDUCED_PHOTOS_FIRST.
        self.reduced_first = False
        self.sheet_settings = SheetSettings()
        self._render_sheet = render_sheet  # None: this laptop sends no advice sheets

    def status(self) -> SyncStatus:
        enrolment = sync_state.enrolment(self.db)
        success, error = sync_state.last_result(self.db)
        return SyncStatus(
            enrolled=enrolment is not None,
            server_url=enrolment.server_url if enrolment else "",
            device_code=identity(self.db).device_code,
            pending=sync_state.pending_count(self.db),
            last_success=success,
            last_error=error,
            conflicts=len(sync_state.open_conflicts(self.db)),
            held=sync_state.held_count(self.db),
            photos=self.photo_counts(),
        )

    def photo_counts(self) -> PhotoCounts:
        n = photo_transfers.counts(self.db)
        return PhotoCounts(
            sent=n["sent"],
            fetched=n["fetched"],
            waiting=n["waiting"] + n["uploading"],
            reduced=n["reduced"],
            missing=n["missing"] + n["downloading"],
            failed=n["failed"],
        )

    def unfinished_photos(self, limit: int = 200) -> list[Transfer]:
        """The photos that failed (with their reason) first, then those still to move."""
        return photo_transfers.unfinished(self.db, limit)

    def enrol(self, server_url: str, code: str, name: str) -> None:
        """Register this laptop with the server once; SyncError says why not."""
        me = identity(self.db)
        with SyncClient(server_url) as client:
            answer = client.enrol(code.strip().upper(), me.device_id, name)
        try:
            sync_state.adopt_enrolment(
                self.db,
                server_url,
                str(answer["token"]),
                str(answer["coop_id"]),
                str(answer["device_code"]),
                str(answer.get("role", "")),
            )
        except KeyError as error:
            raise SyncError(Failure.SERVER, f"enrolment answer without {error}") from error

    def sync_now(self) -> RoundReport:
        """One round; the outcome is kept for the Sync page (and raised on failure)."""
        enrolment = sync_state.enrolment(self.db)
        if enrolment is None:
            raise SyncError(Failure.UNAUTHORIZED, "this laptop is not enrolled")
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        try:
            with SyncClient(enrolment.server_url, enrolment.token) as client:
                report = sync_round(
                    self.db,
                    client,
                    photo_root(self.db),
                    reduced_first=self.reduced_first,
                    render_sheet=self._sheet_renderer(),
                )
        except SyncError as error:
            sync_state.record_result(self.db, now, str(error.failure))
            raise
        # The rows went through; a link lost during the photos is still said on the page
        # (the photos wait for the next round), without raising: nothing was lost.
        sync_state.record_result(self.db, now, "")
        if report.file_error:
            sync_state.record_result(self.db, now, report.file_error)
        return report

    def _sheet_renderer(self) -> Callable[[str], bytes] | None:
        render, settings = self._render_sheet, self.sheet_settings
        return None if render is None else lambda visit_id: render(visit_id, settings)

    def sheet_counts(self) -> dict[str, int]:
        """Advice sheets sent to the grower portal, and those that failed."""
        return sheet_uploads.counts(self.db)

    def failed_sheets(self) -> list[FailedSheet]:
        return sheet_uploads.failed(self.db)

    def conflicts(self) -> list[ConflictRow]:
        return sync_state.open_conflicts(self.db)

    def held(self) -> list[HeldRow]:
        """Pulled rows kept aside: a grower whose ID number a grower here already has,
        and the rows that belong to one (its plots, its visits)."""
        return sync_state.held_rows(self.db)

    def keep_ours(self, held_id: int) -> None:
        """The held grower is the same person as the one here: it is removed on every
        laptop, the one here stays. Its plots and visits come in with it, as they were."""
        sync_state.remove_held_grower(self.db, held_id)

    def keep_theirs(self, held_id: int) -> None:
        """The same person, and the held record is the one to keep: the one here is
        removed on every laptop and the held one takes its place."""
        found = [h for h in sync_state.held_rows(self.db) if h.id == held_id]
        if not found or not found[0].clash_id:
            raise KeyError(held_id)
        synced.tombstone(self.db, "growers", found[0].clash_id)
        sync_state.retry_held(self.db)

    def retry_held(self) -> int:
        """Apply what fits now (after an ID number here was corrected); how many are
        still held."""
        return sync_state.retry_held(self.db)

    def record_title(self, conflict: ConflictRow) -> str:
        """The row's own name where it has one (a grower's, a plot's), else ''."""
        return sync_state.record_name(self.db, conflict.table_name, conflict.row_id)

    def is_mine(self, device_id: str) -> bool:
        return device_id == identity(self.db).device_id

    def resolve(self, conflict_id: str, use_other: bool) -> None:
        """Settle a conflict: keep the value the row has, or take the other one. Both
        the row's value and the settled conflict go up with the next sync."""
        found = [c for c in sync_state.open_conflicts(self.db) if c.id == conflict_id]
        if not found:
            raise KeyError(conflict_id)
        conflict = found[0]
        if conflict.table_name not in ALL_TABLES:
            raise KeyError(conflict.table_name)
        with self.db.transaction():
            if use_other:
                synced.update(
                    self.db, conflict.table_name, conflict.row_id, {conflict.field: conflict.other}
                )
            synced.update(self.db, "conflicts", conflict_id, {"resolved": 1})

    @staticmethod
    def value_text(value: object) -> str:
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
