"""Advice sheets for the grower portal (docs/portal.md, Advice sheets), after the rows
of a round and before its photos: every answered visit this laptop owes a sheet
(storage/sheet_uploads.due) is rendered and sent in checked chunks, then published as
the visit's sheet. Rendering is the caller's (services/, where ReportLab lives) and is
deterministic, so a sheet cut halfway is rendered again to the same bytes and resumes
from the offset the server confirmed."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from fieldapp.storage import sheet_uploads as uploads
from fieldapp.storage.database import Database
from fieldapp.storage.sheet_uploads import Due

from .client import Failure, SyncClient, SyncError
from .photos import CHUNK, PhotoError, send_rest

Render = Callable[[str], bytes]  # a visit id -> its sheet's PDF


@dataclass
class SheetReport:
    sent: int = 0
    failed: int = 0
    error: str = ""  # the Failure that stopped the sheets ('' if none)


def send_sheets(
    db: Database, client: SyncClient, render: Render, today: dt.date | None = None
) -> SheetReport:
    """The sheets due, newest cases first and at most SHEETS_PER_ROUND a round (the rest
    next round: photos must not wait behind a backlog on 2G). A sheet that cannot be made
    or is refused fails alone (until its visit changes); a link or server failure stops
    the sheets (the report's `error`)."""
    report = SheetReport()
    try:
        for due in uploads.due(db, today or dt.date.today()):
            _one(db, client, render, due, report)
    except SyncError as error:
        report.error = str(error.failure)
    return report


def _one(db: Database, client: SyncClient, render: Render, due: Due, report: SheetReport) -> None:
    try:
        pdf = render(due.visit_id)
    # Whatever stops one sheet (a grower or photo gone, a full disk, a plan the layout
    # cannot fit) fails that sheet alone: never the round, nor the photos after it.
    except Exception as error:
        uploads.record(db, due, "", 0, uploads.FAILED, uploads.NOT_MADE, _said(error))
        report.failed += 1
        return
    sha, size = hashlib.sha256(pdf).hexdigest(), len(pdf)
    try:
        published = _send(client, due, pdf, sha)
    except (PhotoError, SyncError) as error:
        if isinstance(error, SyncError) and error.failure is not Failure.REFUSED:
            raise
        uploads.record(db, due, sha, size, uploads.FAILED, uploads.REFUSED, error.detail)
        report.failed += 1
        return
    if not published:  # the server holds another version: made again after a pull
        return
    uploads.record(db, due, sha, size, uploads.SENT)
    report.sent += 1


def _send(client: SyncClient, due: Due, pdf: bytes, sha: str) -> bool:
    # Published even when these bytes are the visit's sheet already: a change the sheet
    # does not print (the weather) gives the same bytes, but the sheet must carry the
    # visit's new version to be shown.
    server = client.sheet_state(due.visit_id, sha, len(pdf))
    if server["state"] != "present":
        send = partial(client.send_sheet_chunk, due.visit_id, sha, len(pdf))
        send_rest(int(server["offset"]), len(pdf), lambda at: pdf[at : at + CHUNK], send)
    return client.publish_sheet(due.visit_id, sha, len(pdf), due.version)


def _said(error: Exception) -> str:
    """The error's own words for the Sync page (a KeyError's are only the key)."""
    words = str(error)
    return f"{type(error).__name__}: {words}" if isinstance(error, KeyError) else words
