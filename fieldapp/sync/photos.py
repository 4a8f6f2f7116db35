"""Photo files to and from the server, after the rows (docs/sync.md, Photos).

Upload: ask the server for its confirmed offset, send the rest in 256 KiB chunks (each
with its SHA-256), then ask it to check the whole file's SHA-256. A cut link loses at
most the chunk in flight: the next round starts from the offset the server confirmed.
Download: the original's bytes go into `<photo store>/incoming/<sha256>.part`, resumed
with a Range request from the part file's length; only when the whole file has the
photo row's SHA-256 is it imported into the photo store (originals and the 256 px
thumbnail, as an import makes them). With `reduced_first` the reduced copy (the 1600 px
preview an import would show) of every waiting photo goes up before any original."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from fieldapp.photos import PREVIEW_SIZE, THUMB_SIZE, PhotoStore, import_photo, make_preview
from fieldapp.storage import photo_transfers as transfers
from fieldapp.storage.database import Database
from fieldapp.storage.photo_transfers import Transfer

from .client import Failure, SyncClient, SyncError

CHUNK = 256 * 1024
INCOMING = "incoming"


class PhotoError(Exception):
    """This photo cannot move now, for a reason the Sync page words; others go on."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass
class PhotoReport:
    sent: int = 0  # originals the server now holds, from this laptop
    reduced: int = 0  # reduced copies sent
    fetched: int = 0  # originals fetched into this laptop's photo store
    failed: int = 0
    error: str = ""  # the Failure that stopped the photos (no network...), '' if none


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


class ServerStates:
    """What the server holds of each photo of a pass, asked in one request per 500
    photos instead of one per photo (a round of 200 photos still on another laptop cost
    200 round trips on a 2G link). Each answer serves once: a photo asked after again
    later in the round (after its reduced copy went) is asked alone, as is every photo
    when the server has no batch endpoint."""

    def __init__(self, client: SyncClient, items: list[Transfer]) -> None:
        self.client = client
        found = client.photo_states([i.photo_id for i in items]) if items else None
        self.states, self.refused = found if found is not None else ({}, {})

    def of(self, photo_id: str) -> dict:
        if photo_id in self.refused:
            raise SyncError(Failure.REFUSED, self.refused.pop(photo_id))
        state = self.states.pop(photo_id, None)
        return state if state is not None else self.client.photo_state(photo_id)


def transfer_all(
    db: Database, client: SyncClient, store: PhotoStore, reduced_first: bool = False
) -> PhotoReport:
    """Every photo not yet where it belongs. A refusal or a missing file fails that photo
    only; a link or server failure stops the photos (the report's `error`)."""
    transfers.discover(db, lambda sha: store.find_original(sha) is not None)
    report = PhotoReport()
    work = transfers.to_do(db)
    try:
        if reduced_first:
            waiting = [
                item
                for item in work
                if item.direction == transfers.UP and item.state == transfers.WAITING
            ]
            server = ServerStates(client, waiting)
            for item in waiting:
                _one(db, report, item, lambda t: _send_reduced(db, client, store, t, server))
        server = ServerStates(client, work)
        for item in work:
            mover = _upload if item.direction == transfers.UP else _download
            _one(db, report, item, lambda t, move=mover: move(db, client, store, t, server))
    except SyncError as error:
        report.error = str(error.failure)
    return report


def _one(
    db: Database, report: PhotoReport, item: Transfer, move: Callable[[Transfer], str]
) -> None:
    try:
        outcome = move(item)
    except PhotoError as failed:
        transfers.set_state(
            db, item.photo_id, transfers.FAILED, reason=failed.reason, detail=failed.detail
        )
        report.failed += 1
        return
    except SyncError as error:
        if error.failure is not Failure.REFUSED:
            raise
        transfers.set_state(
            db, item.photo_id, transfers.FAILED, reason=transfers.REFUSED, detail=error.detail
        )
        report.failed += 1
        return
    except OSError as error:  # this laptop's disk: full, or the file unreadable
        transfers.set_state(
            db, item.photo_id, transfers.FAILED, reason=transfers.STORE_FAILED, detail=str(error)
        )
        report.failed += 1
        return
    if outcome == transfers.SENT:
        report.sent += 1
    elif outcome == transfers.FETCHED:
        report.fetched += 1
    elif outcome == transfers.REDUCED:
        report.reduced += 1


def _original(store: PhotoStore, item: Transfer) -> Path:
    """The file to send, checked against the row's SHA-256 before any byte goes."""
    path = store.find_original(item.sha256)
    if path is None:
        raise PhotoError(transfers.MISSING_FILE)
    if file_sha256(path) != item.sha256:
        raise PhotoError(transfers.DAMAGED_FILE)
    return path


def _send_reduced(
    db: Database, client: SyncClient, store: PhotoStore, item: Transfer, server: ServerStates
) -> str:
    _original(store, item)
    if server.of(item.photo_id)["state"] != "missing":
        return ""  # present, reduced already, or an original half sent: go on with it
    preview = make_preview(store, item.sha256)
    if preview is None:
        raise PhotoError(transfers.DAMAGED_FILE)
    client.send_reduced(item.photo_id, preview.read_bytes())
    transfers.set_state(db, item.photo_id, transfers.REDUCED)
    return transfers.REDUCED


def _upload(
    db: Database, client: SyncClient, store: PhotoStore, item: Transfer, states: ServerStates
) -> str:
    path = _original(store, item)
    server = states.of(item.photo_id)
    if server["state"] != "present":
        with path.open("rb") as handle:

            def read(offset: int) -> bytes:
                handle.seek(offset)
                return handle.read(CHUNK)

            def progress(offset: int) -> None:
                transfers.set_state(
                    db, item.photo_id, transfers.UPLOADING, done_bytes=offset, detail=""
                )

            send = partial(client.send_chunk, item.photo_id)
            send_rest(int(server["offset"]), path.stat().st_size, read, send, progress)
        client.finish_photo(item.photo_id, item.sha256)
    transfers.set_state(db, item.photo_id, transfers.SENT, done_bytes=item.size_bytes)
    return transfers.SENT


def send_rest(
    offset: int,
    size: int,
    read: Callable[[int], bytes],
    send: Callable[[int, bytes], int],
    progress: Callable[[int], None] = lambda _: None,
) -> None:
    """Send a file's bytes from the server's confirmed `offset` to `size`, one chunk
    (`read(offset)`) at a time, each from the offset the server confirmed last."""
    stalled = 0
    while offset < size:
        confirmed = send(offset, read(offset))
        stalled = stalled + 1 if confirmed <= offset else 0
        if stalled > 2:  # the server keeps naming an offset that goes nowhere
            raise PhotoError(transfers.REFUSED, "the upload does not move on")
        offset = confirmed
        progress(offset)


def _download(
    db: Database, client: SyncClient, store: PhotoStore, item: Transfer, states: ServerStates
) -> str:
    if store.find_original(item.sha256) is not None:  # another row with the same photo
        transfers.set_state(db, item.photo_id, transfers.FETCHED, done_bytes=item.size_bytes)
        return transfers.FETCHED
    server = states.of(item.photo_id)
    if server["state"] != "present":
        reason = transfers.NOT_ON_SERVER
        if server["state"] == "reduced" and _have_reduced(store, item.sha256, client, item):
            reason = transfers.REDUCED_ONLY
        transfers.set_state(db, item.photo_id, transfers.MISSING, reason=reason)
        return ""
    part = store.root / INCOMING / f"{item.sha256}.part"
    part.parent.mkdir(parents=True, exist_ok=True)
    with part.open("ab+") as handle:
        have = handle.tell()
        if have > item.size_bytes:
            handle.truncate(0)
            have = 0
        if have < item.size_bytes:
            transfers.set_state(db, item.photo_id, transfers.DOWNLOADING, done_bytes=have)

            def progress(length: int) -> None:
                transfers.set_state(db, item.photo_id, transfers.DOWNLOADING, done_bytes=length)

            client.download_photo(item.photo_id, handle, have, progress, CHUNK)
        handle.flush()
        os.fsync(handle.fileno())
    if file_sha256(part) != item.sha256:
        part.unlink()
        raise PhotoError(transfers.BAD_DOWNLOAD)
    result = import_photo(store, part)
    part.unlink()
    if not result.ok:
        raise PhotoError(transfers.NOT_A_PICTURE, str(result.problem or ""))
    transfers.set_state(db, item.photo_id, transfers.FETCHED, done_bytes=item.size_bytes)
    return transfers.FETCHED


def _have_reduced(store: PhotoStore, sha: str, client: SyncClient, item: Transfer) -> bool:
    """The reduced copy as this laptop's preview and thumbnail of the photo, until the
    original comes (an import of the original keeps them: they are what it would
    make). The thumbnail is made by importing the copy into a scratch store."""
    preview = store.thumb_path(sha, PREVIEW_SIZE)
    thumb = store.thumb_path(sha, THUMB_SIZE)
    if preview.exists() and thumb.exists():
        return True
    data = client.fetch_reduced(item.photo_id)
    if data is None:
        return False
    scratch = store.root / INCOMING / f"reduced-{sha}"
    try:
        copy = scratch / "copy.jpg"
        scratch.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(data)
        result = import_photo(PhotoStore(scratch / "store"), copy)
        if not result.ok or result.thumb_path is None:
            return False
        store.put(thumb, result.thumb_path.read_bytes())
        store.put(preview, data)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return True
