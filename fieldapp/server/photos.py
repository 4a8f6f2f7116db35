"""Photo files on the server (docs/sync.md, Photos): plain files in the data folder,
never rows in its database, so the SQLite and the PostgreSQL server keep them alike.

    <data folder>/photos/<coop id>/originals/ab/<sha256>        present (verified)
    <data folder>/photos/<coop id>/reduced/ab/<sha256>.jpg      the reduced copy
    <data folder>/photos/<coop id>/partial/<sha256>.part        an upload under way
    <data folder>/photos/<coop id>/partial/<sha256>.offset      its confirmed length

A photo is addressed by the SHA-256 of its original (the `photos` row's `sha256`); each
cooperative has its own folder, so a device can never learn whether another
cooperative holds a picture. An original is *present* only when its file exists under
`originals/`: it gets there by one rename, after the whole file's SHA-256 matched the
row's. Chunks are appended to the `.part` file only after their own SHA-256 matched,
and the `.offset` file (replaced atomically after the bytes were fsynced) is what the
server confirms: bytes past it (a process killed mid-write) are cut off before the
next chunk. The reduced copy (a smaller JPEG) is kept under the original's hash; the
state says "reduced" until the original arrives, which removes it."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CHUNK_MAX = 1024 * 1024  # one chunk request at most (the laptops send 256 KiB)
PHOTO_MAX = 60 * 1024 * 1024  # the laptop's import refuses larger files too
REDUCED_MAX = 4 * 1024 * 1024
DAY = 24 * 3600.0
# An upload nobody added to for this long was given up (a laptop wiped, a phone's
# question never sent); its pieces go (sweep_partial). One that comes back later starts
# again from the first byte.
PARTIAL_DAYS = 30
_SHA_IN_NAME = re.compile(r"[0-9a-f]{64}")  # <sha>.part, <sha>.offset, .<sha>.offset.*.tmp
_SHA = re.compile(r"^[0-9a-f]{64}$")
_JPEG = b"\xff\xd8\xff"


class PhotoError(Exception):
    """A refusal: HTTP status, a sentence, and what else the answer carries."""

    def __init__(self, status: int, message: str, **extra: object) -> None:
        super().__init__(message)
        self.status = status
        self.extra = extra


@dataclass(frozen=True)
class Wanted:
    """What a `photos` row says its file is."""

    sha256: str
    size: int


def wanted(row: dict) -> Wanted:
    """The file a photo row names; PhotoError when the row cannot name one."""
    sha, size = row.get("sha256"), row.get("size_bytes")
    if not isinstance(sha, str) or not _SHA.match(sha):
        raise PhotoError(409, "the photo's row has no valid SHA-256; it cannot take a file")
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise PhotoError(409, "the photo's row has no valid size; it cannot take a file")
    if size > PHOTO_MAX:
        raise PhotoError(413, f"the photo is larger than {PHOTO_MAX // (1024 * 1024)} MB")
    return Wanted(sha, size)


def is_sha(text: str) -> bool:
    return bool(_SHA.match(text))


class PhotoFiles:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    # -- where things are

    def coop_folder(self, coop_id: str) -> Path:
        if not coop_id or "/" in coop_id or "\\" in coop_id or coop_id.startswith("."):
            raise ValueError(f"unusable coop id {coop_id!r}")
        return self.root / coop_id

    def original(self, coop_id: str, sha: str) -> Path:
        return self.coop_folder(coop_id) / "originals" / sha[:2] / sha

    def reduced(self, coop_id: str, sha: str) -> Path:
        return self.coop_folder(coop_id) / "reduced" / sha[:2] / f"{sha}.jpg"

    def _partial(self, coop_id: str, sha: str) -> tuple[Path, Path]:
        folder = self.coop_folder(coop_id) / "partial"
        return folder / f"{sha}.part", folder / f"{sha}.offset"

    def lock(self, coop_id: str, sha: str) -> threading.Lock:
        """The one lock of a file's upload: held while its pieces or finish write."""
        with self._guard:
            return self._locks.setdefault(f"{coop_id}/{sha}", threading.Lock())

    # -- reading

    def confirmed(self, coop_id: str, sha: str) -> int:
        """The bytes of an upload under way that the server has confirmed."""
        _, offset_path = self._partial(coop_id, sha)
        try:
            return int(offset_path.read_text(encoding="ascii").strip() or 0)
        except (FileNotFoundError, ValueError):
            return 0

    def state(self, coop_id: str, want: Wanted) -> dict[str, object]:
        """{"state": present | reduced | partial | missing, "offset", "size", "sha256"}."""
        if self.original(coop_id, want.sha256).is_file():
            state, offset = "present", want.size
        else:
            offset = self.confirmed(coop_id, want.sha256)
            if self.reduced(coop_id, want.sha256).is_file():
                state = "reduced"
            else:
                state = "partial" if offset else "missing"
        return {"state": state, "offset": offset, "size": want.size, "sha256": want.sha256}

    # -- writing

    def write_chunk(
        self, coop_id: str, want: Wanted, offset: int, data: bytes, chunk_sha: str
    ) -> int:
        """Append one chunk at `offset`; returns the new confirmed offset."""
        if hashlib.sha256(data).hexdigest() != chunk_sha:
            raise PhotoError(400, "the chunk's SHA-256 does not match its bytes; send it again")
        if not data:
            raise PhotoError(400, "the chunk is empty")
        with self.lock(coop_id, want.sha256):
            if self.original(coop_id, want.sha256).is_file():
                return want.size  # another laptop finished it meanwhile: nothing to add
            confirmed = self.confirmed(coop_id, want.sha256)
            if offset != confirmed:
                raise PhotoError(
                    409,
                    f"the server holds {confirmed} bytes of this photo, not {offset}; "
                    "send from there",
                    offset=confirmed,
                )
            if offset + len(data) > want.size:
                raise PhotoError(413, "the chunk goes past the photo's size")
            part, offset_path = self._partial(coop_id, want.sha256)
            part.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(part, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            with os.fdopen(fd, "r+b") as handle:
                handle.truncate(confirmed)  # bytes of a write that was never confirmed
                handle.seek(confirmed)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            replace_atomically(offset_path, str(offset + len(data)).encode("ascii"))
            return offset + len(data)

    def finish(self, coop_id: str, want: Wanted, claimed_sha: str) -> None:
        """Check the whole upload against the row's SHA-256 and make it present."""
        if claimed_sha != want.sha256:
            raise PhotoError(400, "the SHA-256 sent is not the photo's; nothing was changed")
        with self.lock(coop_id, want.sha256):
            final = self.original(coop_id, want.sha256)
            part, offset_path = self._partial(coop_id, want.sha256)
            if final.is_file():
                self._drop_partial(part, offset_path)
                return
            confirmed = self.confirmed(coop_id, want.sha256)
            if confirmed != want.size:
                raise PhotoError(
                    409,
                    f"the server holds {confirmed} of the photo's {want.size} bytes; "
                    "send the rest first",
                    offset=confirmed,
                )
            digest = hashlib.sha256()
            with part.open("rb") as handle:
                remaining = confirmed
                while remaining:
                    block = handle.read(min(remaining, 1024 * 1024))
                    if not block:
                        break
                    digest.update(block)
                    remaining -= len(block)
            if remaining or digest.hexdigest() != want.sha256:
                self._drop_partial(part, offset_path)
                raise PhotoError(
                    400,
                    "the file received does not match the photo's SHA-256; it was "
                    "discarded, send it again from the start",
                    offset=0,
                )
            with part.open("ab") as handle:
                handle.truncate(confirmed)
                os.fsync(handle.fileno())
            final.parent.mkdir(parents=True, exist_ok=True)
            part.replace(final)
            _fsync_folder(final.parent)
            offset_path.unlink(missing_ok=True)
            self.reduced(coop_id, want.sha256).unlink(missing_ok=True)

    def put_reduced(self, coop_id: str, want: Wanted, data: bytes, claimed_sha: str) -> str:
        """Keep a reduced copy (a JPEG) until the original arrives; returns its state."""
        if hashlib.sha256(data).hexdigest() != claimed_sha:
            raise PhotoError(400, "the reduced copy's SHA-256 does not match its bytes")
        if len(data) > REDUCED_MAX:
            raise PhotoError(413, f"a reduced copy may be {REDUCED_MAX // (1024 * 1024)} MB")
        if not data.startswith(_JPEG):
            raise PhotoError(400, "a reduced copy must be a JPEG picture")
        with self.lock(coop_id, want.sha256):
            if self.original(coop_id, want.sha256).is_file():
                return "present"  # the original is here already: no use for it
            replace_atomically(self.reduced(coop_id, want.sha256), data)
        return "reduced"

    # -- housekeeping

    def sweep(self, cutoff: float) -> int:
        """sweep_partial for every cooperative's folder; how many files went."""
        return sum(self.sweep_partial(folder.name, cutoff) for folder in folders_in(self.root))

    def sweep_partial(self, coop_id: str, cutoff: float) -> int:
        """Uploads untouched since `cutoff` (a wall-clock time): a .part, its .offset (and a
        temp file a killed process left) go together, only when none was touched since,
        and under the upload's lock, so never while a chunk is being written. An .offset
        without its .part would make the next chunk pad the file with zeros."""
        by_photo: dict[str, list[Path]] = {}
        for path in files_in(self.coop_folder(coop_id) / "partial"):
            found = _SHA_IN_NAME.search(path.name)
            if found is not None:  # anything else is not an upload's: left alone
                by_photo.setdefault(found.group(), []).append(path)
        removed = 0
        for sha, paths in by_photo.items():
            if not _all_older(paths, cutoff):
                continue  # most are: no lock taken (nor made) for them
            with self.lock(coop_id, sha):
                if _all_older(paths, cutoff):  # again, now that no one is writing
                    # .offset first: if the .part cannot go, the upload restarts from 0.
                    paths.sort(key=lambda p: not p.name.endswith(".offset"))
                    removed += sum(remove_file(p) for p in paths)
        return removed

    @staticmethod
    def _drop_partial(part: Path, offset_path: Path) -> None:
        offset_path.unlink(missing_ok=True)
        part.unlink(missing_ok=True)


def replace_atomically(path: Path, data: bytes) -> None:
    """`path` holds the old bytes or the new ones, never a mix (temp file, fsync,
    rename, fsync the folder). The server shares no code with the laptop's photos/."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{threading.get_ident()}.tmp")
    try:
        with temp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Daily:
    """Calls `work` now, then at most once a day, in the request that notices: the
    server's housekeeping without a thread of its own."""

    def __init__(self, work: Callable[[], object]) -> None:
        self.work = work
        self.last = time.monotonic()
        self._lock = threading.Lock()
        work()

    def __call__(self) -> None:
        now = time.monotonic()
        with self._lock:  # one request does the work; the others go on at once
            if now - self.last < DAY:
                return
            self.last = now
        self.work()


def folders_in(parent: Path) -> list[Path]:
    """The sub-folders of `parent`; none when it is missing or unreadable."""
    try:
        return sorted(p for p in parent.iterdir() if p.is_dir() and not p.is_symlink())
    except OSError:
        return []


def files_in(parent: Path) -> list[Path]:
    try:
        return sorted(p for p in parent.iterdir() if p.is_file() and not p.is_symlink())
    except OSError:
        return []


def modified_at(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None  # gone meanwhile (finished, published, swept)


def older(path: Path, cutoff: float) -> bool:
    when = modified_at(path)
    return when is not None and when < cutoff


def _all_older(paths: list[Path], cutoff: float) -> bool:
    return all(t is None or t < cutoff for t in (modified_at(p) for p in paths))


def remove_file(path: Path) -> int:
    """1 if the file went; 0 if it was gone already or cannot go (tried again later)."""
    try:
        path.unlink()
    except OSError:
        return 0
    return 1
