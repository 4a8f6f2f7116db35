"""Photos a grower sends from the portal (docs/portal.md): resumable, checksummed pieces
kept apart from the photo store until the question they belong to is sent.

The pieces use the laptops' upload rules (`photos.PhotoFiles`: a chunk is kept only
when its SHA-256 matches, the confirmed offset is what resumes, a whole file is kept
only when its SHA-256 matches) in a staging folder of their own per grower:

    <data folder>/portal/<coop id>/<grower id>/originals/ab/<sha256>   checked, waiting
    <data folder>/portal/<coop id>/<grower id>/partial/...             under way

so one grower can never resume, see or send another's pieces, and nothing reaches the
cooperative's photo store (where laptops fetch from) before it is a real picture that
belongs to a sent question.

Pieces of a question never sent would stay for good, so a sweep (at start, then at most
once a day from the upload path) removes staged pieces and originals untouched for
STAGED_DAYS and the `asked/<request id>` records (portal.py) older than ASKED_DAYS."""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from fieldapp.domain.portal import MAX_PHOTO_BYTES, UPLOAD_BYTES_PER_HOUR, SentPhoto

from .photos import (
    DAY,
    Daily,
    PhotoError,
    PhotoFiles,
    Wanted,
    files_in,
    folders_in,
    older,
    remove_file,
)

_MAGIC = {b"\xff\xd8\xff": "jpeg", b"\x89PNG\r\n\x1a\n": "png"}
_PIL = {"jpeg": "JPEG", "png": "PNG"}
MAX_PIXELS = 50_000_000  # a phone's largest camera; more is a decompression bomb
NOT_A_PHOTO = "只能发送照片（JPEG 或 PNG 格式），这个文件不是照片。"
HOUR = 3600.0
# A grower who closed the page mid-upload comes back within days, if at all; a week
# keeps their pieces for a resume (docs/portal.md) and bounds what strangers' links
# can leave on the disk.
STAGED_DAYS = 7
# An `asked` record only turns a repeated send (a lost answer, retried at once) into the
# same visit; a month is far past any retry.
ASKED_DAYS = 30
_SHA = re.compile(r"[0-9a-f]{64}")


def kind_of(head: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    return None


@dataclass(frozen=True)
class Staging:
    """One grower's staging folder."""

    coop_id: str
    grower_id: str


class PortalUploads:
    def __init__(self, folder: Path) -> None:
        self.root = Path(folder) / "portal"
        self.photo_store = PhotoFiles(Path(folder) / "photos")  # the laptops' store
        self._files: dict[str, PhotoFiles] = {}
        self._guard = threading.Lock()
        self._sent: dict[str, deque[tuple[float, int]]] = {}  # grower -> (time, bytes)
        # At server start (what was abandoned while it was down), then once a day.
        self._daily_sweep = Daily(self.sweep)

    def _staged(self, where: Staging) -> PhotoFiles:
        # PhotoFiles keeps one folder per "cooperative" under its root: with the
        # cooperative's folder as the root, that is one folder per grower. One instance
        # per cooperative, kept: its locks are what keep two requests apart.
        with self._guard:
            if where.coop_id not in self._files:
                self._files[where.coop_id] = PhotoFiles(self.root / where.coop_id)
            return self._files[where.coop_id]

    @staticmethod
    def wanted(sha256: str, size: int) -> Wanted:
        if size < 1:
            raise PhotoError(400, "照片是空的，请重新选择。")
        if size > MAX_PHOTO_BYTES:
            raise PhotoError(413, f"照片太大了（最多 {MAX_PHOTO_BYTES // (1024 * 1024)} MB）。")
        return Wanted(sha256, size)

    def state(self, where: Staging, want: Wanted) -> dict[str, object]:
        files = self._staged(where)
        found = files.state(where.grower_id, want)
        if found["state"] == "present":
            # The page will send a question with it: not abandoned, whatever its age.
            _keep(files, where.grower_id, want.sha256)
        return found

    def chunk(self, where: Staging, want: Wanted, offset: int, data: bytes, sha: str) -> int:
        if offset == 0 and kind_of(data[:8]) is None:
            raise PhotoError(400, NOT_A_PHOTO)  # refused before a byte is kept
        self._spend(where.grower_id, len(data))
        self._daily_sweep()  # here because only chunks make the staging folder grow
        return self._staged(where).write_chunk(where.grower_id, want, offset, data, sha)

    def finish(self, where: Staging, want: Wanted, sha: str) -> SentPhoto:
        """The whole file checked against its SHA-256, then opened as a picture; a file
        that is not one is deleted and refused."""
        files = self._staged(where)
        files.finish(where.grower_id, want, sha)
        path = files.original(where.grower_id, want.sha256)
        photo = self.checked(path, want)
        if photo is None:
            path.unlink(missing_ok=True)
            raise PhotoError(400, NOT_A_PHOTO, offset=0)
        return photo

    def checked(self, path: Path, want: Wanted) -> SentPhoto | None:
        """The picture at `path` as a SentPhoto, or None if it is not a whole JPEG/PNG."""
        try:
            with path.open("rb") as handle:
                kind = kind_of(handle.read(8))
            if kind is None:
                return None
            with Image.open(path, formats=[_PIL[kind]]) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return None
                image.load()  # decodes every byte: a cut or broken file fails here
        except (OSError, ValueError, Image.DecompressionBombError, SyntaxError):
            return None
        return SentPhoto(want.sha256, want.size, kind, width, height)

    def ready(self, where: Staging, want: Wanted) -> SentPhoto | None:
        """A staged photo that arrived whole, or None."""
        files = self._staged(where)
        if not _keep(files, where.grower_id, want.sha256):
            return None
        return self.checked(files.original(where.grower_id, want.sha256), want)

    def publish(self, where: Staging, sha256: str) -> None:
        """Move a staged photo into the cooperative's photo store, where it is present for
        the laptops (photo_api.py). One rename: it is there whole or not at all."""
        files = self._staged(where)
        staged = files.original(where.grower_id, sha256)
        final = self.photo_store.original(where.coop_id, sha256)
        with _photo_lock(files, where.grower_id, sha256):  # never mid-sweep of this file
            if final.is_file():  # the same picture sent before
                staged.unlink(missing_ok=True)
                return
            final.parent.mkdir(parents=True, exist_ok=True)
            staged.replace(final)

    def _spend(self, grower_id: str, size: int) -> None:
        """A rate limit per grower on the bytes sent in an hour (this process's memory:
        a restart forgets it, which only helps an honest grower)."""
        now = time.monotonic()
        with self._guard:
            sent = self._sent.setdefault(grower_id, deque())
            while sent and sent[0][0] < now - HOUR:
                sent.popleft()
            if sum(n for _, n in sent) + size > UPLOAD_BYTES_PER_HOUR:
                raise PhotoError(429, "这一小时发送的照片太多了，请过一小时再发。")
            sent.append((now, size))

    # -- the sweep of abandoned pieces

    def sweep(self, now: float | None = None) -> int:
        """Remove staged pieces and originals untouched for STAGED_DAYS and `asked`
        records older than ASKED_DAYS; returns how many files went. Only the staging
        folder is walked: the photo store (photos/) is never looked at."""
        now = time.time() if now is None else now  # file times are wall-clock times
        removed = 0
        for coop in folders_in(self.root):
            files = self._staged(Staging(coop.name, ""))
            for grower in folders_in(coop):
                removed += files.sweep_partial(grower.name, now - STAGED_DAYS * DAY)
                removed += _sweep_originals(files, grower, now - STAGED_DAYS * DAY)
                removed += _sweep_asked(grower, now - ASKED_DAYS * DAY)
        return removed


def _keep(files: PhotoFiles, grower_id: str, sha256: str) -> bool:
    """Whether the staged photo is there; if so it is made young, under its lock, so a
    sweep running now either removed it before or leaves it until publish() moves it."""
    path = files.original(grower_id, sha256)
    with _photo_lock(files, grower_id, sha256):
        if not path.is_file():
            return False
        with contextlib.suppress(OSError):  # a read-only disk: the sweep's risk, not ours
            os.utime(path)
        return True


def _photo_lock(files: PhotoFiles, grower_id: str, sha256: str) -> threading.Lock:
    # The staging PhotoFiles keys its per-photo locks by (its "coop", i.e. the grower,
    # sha256); write_chunk and finish hold that lock while they write, so holding it
    # here means no request is writing this photo's files right now.
    return files.lock(grower_id, sha256)


def _sweep_originals(files: PhotoFiles, grower: Path, cutoff: float) -> int:
    """Whole, checked photos no question has used (nor the page asked about) since
    `cutoff`; ready() and state() keep a photo about to be sent young."""
    removed = 0
    for bucket in folders_in(grower / "originals"):
        for path in files_in(bucket):
            if _SHA.fullmatch(path.name) is None or not older(path, cutoff):
                continue
            with _photo_lock(files, grower.name, path.name):
                if older(path, cutoff):  # again: ready() may have just touched it
                    removed += remove_file(path)
    return removed


def _sweep_asked(grower: Path, cutoff: float) -> int:
    """Old `asked/<request id>` records. No lock: portal.py only reads them (a missing
    one reads as "not sent yet") or writes a new one, which is young."""
    removed = 0
    for path in files_in(grower / "asked"):
        if older(path, cutoff):
            removed += remove_file(path)
    return removed
