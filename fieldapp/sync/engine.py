"""One sync round: push the outbox in batches, then pull the others' changes in pages,
then move photo files (docs/sync.md). Every step is safe to cut anywhere: an unanswered
push is sent again and skipped by the server, a pull page is applied with its cursor in
one transaction, a photo resumes from the offset the server confirmed."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain.sync import Pulled
from fieldapp.storage import sync_state
from fieldapp.storage.database import Database
from fieldapp.storage.device import identity

from .client import Failure, SequenceGapError, SyncClient, SyncError
from .sheets import Render, SheetReport, send_sheets

PUSH_BATCH = 500
PULL_FIRST = 500
PULL_MIN, PULL_MAX = 100, 5000
PAGE_SECONDS = 1.0  # aim: one pull page a second, whatever the link


@dataclass(frozen=True)
class RoundReport:
    pushed: int
    pulled: int
    photos_sent: int = 0  # originals sent to the server
    photos_fetched: int = 0  # originals fetched into this laptop's photo store
    photos_reduced: int = 0  # reduced copies sent
    photos_failed: int = 0  # photos that could not move (their reasons: photo_transfers)
    file_error: str = ""  # the Failure that stopped the sheets or photos ('' if none)
    sheets_sent: int = 0  # advice sheets published for the grower portal
    sheets_failed: int = 0  # sheets that could not be made or were refused


def photo_root(db: Database) -> Path:
    """The laptop's photo store sits beside its database (services/bundle.py)."""
    return Path(db.path).parent / "photos"


def push_all(db: Database, client: SyncClient, batch: int = PUSH_BATCH) -> int:
    """Send every outbox row; returns how many the server took in this round."""
    device_id = identity(db).device_id
    sent = 0
    while changes := sync_state.outbox_batch(db, 0, batch):
        try:
            high = client.push(device_id, changes)
        except SequenceGapError as gap:
            # Outbox rows leave only once the server has acknowledged them, so the
            # server holding less than the oldest waiting row means it lost changes
            # it had confirmed (restored from an old backup): a person must look.
            raise SyncError(
                Failure.SERVER,
                f"the server holds changes up to {gap.high_seq} of this laptop, "
                f"but confirmed more earlier (next here: {changes[0].seq})",
            ) from gap
        sync_state.drop_pushed(db, high)
        sent += sum(1 for c in changes if c.seq <= high)
        if high < changes[-1].seq:
            raise SyncError(Failure.SERVER, f"the server took changes only up to {high}")
    return sent


def next_limit(limit: int, seconds: float) -> int:
    """Pages that come fast grow, pages that crawl shrink: a 2G link gets small pages
    that finish, a township's Wi-Fi gets big ones."""
    if seconds < PAGE_SECONDS / 2:
        limit *= 2
    elif seconds > PAGE_SECONDS * 2:
        limit //= 2
    return max(PULL_MIN, min(PULL_MAX, limit))


def pull_all(db: Database, client: SyncClient, limit: int = PULL_FIRST) -> int:
    """Every page the server has after this laptop's cursor; returns how many changes.

    The next page is fetched while this one is applied: on a slow link the laptop's
    work hides behind the wait, on a fast one the wait behind the work. Only the
    fetching thread uses the link and only this one the database; a page is applied
    with its cursor in one transaction, so a cut anywhere loses nothing."""

    def fetch(after: int, size: int) -> tuple[list[Pulled], int, bool, float]:
        started = time.perf_counter()
        changes, next_cursor, more = client.pull(after, size)
        return changes, next_cursor, more, time.perf_counter() - started

    pulled = 0
    with ThreadPoolExecutor(1, thread_name_prefix="pull") as link:
        coming = link.submit(fetch, sync_state.cursor(db), limit)
        while coming is not None:
            changes, next_cursor, more, seconds = coming.result()
            limit = next_limit(limit, seconds)
            coming = link.submit(fetch, next_cursor, limit) if more else None
            pulled += sync_state.apply_pulled(db, changes, next_cursor)
    if pulled and sync_state.held_count(db):
        # What held a row aside may have gone (an ID number corrected on another
        # laptop, a parent that came in): those rows now take their place.
        sync_state.retry_held(db)
    return pulled


def sync_round(
    db: Database,
    client: SyncClient,
    photos: Path | None = None,
    reduced_first: bool = False,
    render_sheet: Render | None = None,
) -> RoundReport:
    """Push, then pull: the pull then brings back the server's merge of what was pushed.
    Then the advice sheets the grower portal shows (when `render_sheet` makes them),
    then the photo files (`photos`: the photo store's folder). Both after the rows,
    because the server takes a file only for a row it has, and a file that fails never
    undoes the rows, which are already committed on both sides. Sheets before photos:
    a few hundred KB each, and what the grower waits for."""
    pushed = push_all(db, client)
    pulled = pull_all(db, client)
    sheets = send_sheets(db, client, render_sheet) if render_sheet else SheetReport()
    # Pillow and the photo store only when a round gets this far.
    from fieldapp.photos import PhotoStore

    from .photos import transfer_all

    moved = transfer_all(db, client, PhotoStore(photos or photo_root(db)), reduced_first)
    return RoundReport(
        pushed,
        pulled,
        photos_sent=moved.sent,
        photos_fetched=moved.fetched,
        photos_reduced=moved.reduced,
        photos_failed=moved.failed,
        file_error=moved.error or sheets.error,
        sheets_sent=sheets.sent,
        sheets_failed=sheets.failed,
    )
