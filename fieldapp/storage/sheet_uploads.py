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
    version: str  # the visit's hlc: the server takes the sheet only as of this version
    content: str  # the version with its photos' and marks': a new one makes a new sheet


@dataclass(frozen=True)
class FailedSheet:
    visit_id: str
    grower: str
    visited_on: str
    reason: str
    detail: str


# What a visit's sheet shows besides the visit row: its live photos and their marks.
# Photos are often imported after the answer is saved (a photo needs a saved visit),
# and a round may run in between: the sheet is made again when any of them changes.
# `mine`: the newest of their HLCs ends with this laptop's device id (an HLC ends with
# the device that wrote it), so exactly one laptop, the one that changed the case last,
# sends the new sheet.
_CASES = """
WITH parts AS (
    SELECT v.id AS visit_id, v.hlc AS version, v.visited_on, v.status, v.diagnosis,
        g.portal_key != '' AS has_link,
        (SELECT count(*) FROM photos p WHERE p.visit_id = v.id AND p.deleted = 0) AS photos,
        (SELECT max(p.hlc) FROM photos p WHERE p.visit_id = v.id AND p.deleted = 0)
            AS photo_hlc,
        (SELECT count(*) FROM photo_marks m JOIN photos p ON p.id = m.photo_id
            WHERE p.visit_id = v.id AND p.deleted = 0 AND m.deleted = 0) AS marks,
        (SELECT max(m.hlc) FROM photo_marks m JOIN photos p ON p.id = m.photo_id
            WHERE p.visit_id = v.id AND p.deleted = 0 AND m.deleted = 0) AS mark_hlc
    FROM visits v JOIN growers g ON g.id = v.grower_id AND g.deleted = 0
    WHERE v.deleted = 0 AND {where}
), cases AS (
    SELECT *,
        version || '|' || photos || '|' || coalesce(photo_hlc, '') || '|' || marks || '|'
            || coalesce(mark_hlc, '') AS content,
        max(version, coalesce(photo_hlc, ''), coalesce(mark_hlc, '')) LIKE '%-' || :me
            AS mine
    FROM parts
)
SELECT cases.*, s.content AS sent_content, s.state, s.updated_at, s.reason, s.detail
FROM cases LEFT JOIN sheet_uploads s ON s.visit_id = cases.visit_id
"""


def due(db: Database, today: dt.date, limit: int = SHEETS_PER_ROUND) -> list[Due]:
    """The visits whose sheet this laptop owes the portal, newest first: answered and
    open or recent (domain/portal.wants_sheet), of a grower whose card carries a portal
    link, changed last here (the laptop that wrote the answer, or added the photos,
    sends the sheet; a change from elsewhere is that laptop's to send), and changed
    since the last sheet was made of them."""
    where = (
        "g.portal_key != '' AND v.diagnosis != '' "
        "AND (v.status != 'resolved' OR v.visited_on >= :cutoff)"
    )
    rows = db.query(
        _CASES.format(where=where) + "WHERE cases.mine "
        "AND (s.visit_id IS NULL OR s.content != cases.content) "
        "ORDER BY cases.visited_on DESC, cases.visit_id DESC LIMIT :limit",
        {"me": identity(db).device_id, "cutoff": sheet_cutoff(today), "limit": limit},
    )
    return [Due(r["visit_id"], r["version"], r["content"]) for r in rows]


@dataclass(frozen=True)
class SheetState:
    """What the grower's phone shows of a visit, as far as this laptop knows."""

    enrolled: bool  # this laptop syncs with a server (which serves the portal)
    has_link: bool  # the grower's card carries a portal link
    answered: bool  # the visit has a diagnosis
    wanted: bool  # its sheet goes to the phone (open, or closed within SHEET_DAYS)
    mine: bool  # changed last on this laptop, which then sends its sheet
    state: str  # SENT or FAILED for the case as it is now; '' if not sent yet
    updated_at: str
    reason: str
    detail: str


def state_of(db: Database, visit_id: str, today: dt.date) -> SheetState | None:
    rows = db.query(
        _CASES.format(where="v.id = :visit"), {"me": identity(db).device_id, "visit": visit_id}
    )
    if not rows:
        return None
    r = rows[0]
    current = r["sent_content"] == r["content"]
    return SheetState(
        enrolment(db) is not None, bool(r["has_link"]), bool(r["diagnosis"]),
        wants_sheet(r["diagnosis"], r["status"], r["visited_on"], today), bool(r["mine"]),
        r["state"] if current else "", r["updated_at"] or "", r["reason"] or "",
        r["detail"] or "",
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
            "INSERT INTO sheet_uploads (visit_id, version, content, sha256, size_bytes, "
            "state, reason, detail, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (visit_id) DO UPDATE SET version = excluded.version, "
            "content = excluded.content, sha256 = excluded.sha256, "
            "size_bytes = excluded.size_bytes, state = excluded.state, "
            "reason = excluded.reason, detail = excluded.detail, "
            "updated_at = excluded.updated_at",
            (
                due.visit_id,
                due.version,
                due.content,
                sha256,
                size,
                state,
                reason,
                detail[:500],
                utc_now(),
            ),
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
