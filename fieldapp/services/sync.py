"""Sync as the Sync page uses it: enrol this laptop with a code, run a round (push, then
pull), say how things stand, and let a person settle a conflict."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from fieldapp.domain.sync import ALL_TABLES
from fieldapp.storage import sync_state, synced
from fieldapp.storage.database import Database
from fieldapp.storage.device import identity
from fieldapp.storage.sync_state import ConflictRow
from fieldapp.sync.client import Failure, SyncClient, SyncError
from fieldapp.sync.engine import RoundReport, sync_round

__all__ = ["ConflictRow", "Failure", "SyncError", "SyncService", "SyncStatus"]


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


class SyncService:
    def __init__(self, db: Database) -> None:
        self.db = db

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
        )

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
                report = sync_round(self.db, client)
        except SyncError as error:
            sync_state.record_result(self.db, now, str(error.failure))
            raise
        sync_state.record_result(self.db, now, "")
        return report

    def conflicts(self) -> list[ConflictRow]:
        return sync_state.open_conflicts(self.db)

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
