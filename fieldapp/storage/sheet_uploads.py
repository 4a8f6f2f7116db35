"""The advice sheets this laptop sends for the grower portal: a local table (migration
10), never synced. fieldapp/sync/sheets.py renders and sends them; the Sync page counts
them and says why one failed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fieldapp.domain.portal import SHEETS_PER_ROUND, sheet_cutoff, wants_sheet

from .database import Database
from .device import identity, utc_now
from .sync_state import enrolment

SENT, FAILED = "sent", "failed"

# Reasons (codes the Sync page puts in words).
NOT_MADE = "not_made"  # the sheet could not be rendered here (its detail says why)
REFUSED = "refused"  # the server said no (its sentence in `detail`)


@dataclass(frozen=True)
class Due:
    visit_id: str
    version: str  # the visit's hlc now: what the sheet made from it shows


@dataclass(frozen=True)
class FailedSheet:
    visit_id: str
    grower: str
    visited_on: str
    reason: str
    detail: str


def due(db: Database, today: dt.date, limit: int = SHEETS_PER_ROUND) -> list[Due]:
    """The visits whose sheet this laptop owes the portal, newest first: answered and
    open or recent (domain/portal.wants_sheet), of a grower whose card carries a portal
    link, last changed here (the laptop that wrote the answer sends its sheet; a change
    from elsewhere is that laptop's to send), and changed since the last sheet was made
    of them."""
    rows = db.query(
        "SELECT v.id AS visit_id, v.hlc AS version FROM visits v "
        "JOIN growers g ON g.id = v.grower_id AND g.deleted = 0 AND g.portal_key != '' "
        "LEFT JOIN sheet_uploads s ON s.visit_id = v.id "
        "WHERE v.deleted = 0 AND v.diagnosis != '' AND v.device_id = ? "
        "AND (v.status != 'resolved' OR v.visited_on >= ?) "
        "AND (s.visit_id IS NULL OR s.version != v.hlc) "
        "ORDER BY v.visited_on DESC, v.id DESC LIMIT ?",
        (identity(db).device_id, sheet_cutoff(today), limit),
    )
    return [Due(**r) for r in rows]


@dataclass(frozen=True)
class SheetState:
    """What the grower's phone shows of a visit, as far as this laptop knows."""

    enrolled: bool  # this laptop syncs with a server (which serves the portal)
    has_link: bool  # the grower's card carries a portal link
    answered: bool  # the visit has a diagnosis
    wanted: bool  # its sheet goes to the phone (open, or closed within SHEET_DAYS)
    mine: bool  # last changed on this laptop, which then sends its sheet
    state: str  # SENT or FAILED for the visit as it is now; '' if not sent yet
    updated_at: str
    reason: str
    detail: str


def state_of(db: Database, visit_id: str, today: dt.date) -> SheetState | None:
    rows = db.query(
        "SELECT g.portal_key != '' AS has_link, v.diagnosis AS diagnosis, "
        "v.status AS status, v.visited_on AS visited_on, "
        "v.device_id = ? AS mine, "
        "CASE WHEN s.version = v.hlc THEN s.state ELSE '' END AS state, "
        "coalesce(s.updated_at, '') AS updated_at, coalesce(s.reason, '') AS reason, "
        "coalesce(s.detail, '') AS detail "
        "FROM visits v JOIN growers g ON g.id = v.grower_id "
        "LEFT JOIN sheet_uploads s ON s.visit_id = v.id WHERE v.id = ? AND v.deleted = 0",
        (identity(db).device_id, visit_id),
    )
    if not rows:
        return None
    r = rows[0]
    return SheetState(
        enrolment(db) is not None, bool(r["has_link"]), bool(r["diagnosis"]),
        wants_sheet(r["diagnosis"], r["status"], r["visited_on"], today), bool(r["mine"]),
        r["state"], r["updated_at"], r["reason"], r["detail"],
    )  # fmt: skip


def record(
    db: Database,
    due: Due,
    sha256: str,
    size: int,
    state: str,
    reason: str = "",
    detail: str = "",
) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO sheet_uploads "
            "(visit_id, version, sha256, size_bytes, state, reason, detail, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (visit_id) DO UPDATE SET "
            "version = excluded.version, sha256 = excluded.sha256, "
            "size_bytes = excluded.size_bytes, state = excluded.state, "
            "reason = excluded.reason, detail = excluded.detail, "
            "updated_at = excluded.updated_at",
            (due.visit_id, due.version, sha256, size, state, reason, detail[:500], utc_now()),
        )


def counts(db: Database) -> dict[str, int]:
    """Sheets sent and failed (of visits not deleted since)."""
    found = {SENT: 0, FAILED: 0}
    for state, n in db.execute(
        "SELECT s.state, count(*) FROM sheet_uploads s "
        "JOIN visits v ON v.id = s.visit_id AND v.deleted = 0 GROUP BY s.state"
    ):
        found[str(state)] = int(n)
    return found


def failed(db: Database, limit: int = 100) -> list[FailedSheet]:
    rows = db.query(
        "SELECT s.visit_id, coalesce(g.name, '') AS grower, v.visited_on, s.reason, s.detail "
        "FROM sheet_uploads s JOIN visits v ON v.id = s.visit_id AND v.deleted = 0 "
        "LEFT JOIN growers g ON g.id = v.grower_id "
        "WHERE s.state = 'failed' ORDER BY v.visited_on DESC LIMIT ?",
        (limit,),
    )
    return [FailedSheet(**r) for r in rows]
