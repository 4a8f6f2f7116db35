"""Importing photo files into the PhotoStore: one file (import_photo) or a folder's worth
(photo_files + iter_import / import_many), never raising for a bad file.

Speed matters because a field visit brings back hundreds of 12 MP phone photos on a slow
laptop: each file is read once, and a JPEG is decoded at reduced scale (Image.draft lets
libjpeg skip most of the work) just large enough for the image being made. The EXIF
orientation is applied to the small images, never to the original: rotating first would
force a full-size decode, and the original bytes are kept exactly as the camera wrote them.

Import makes the 256 px grid thumbnail only; the 1600 px viewer preview is made once, on
first view, by make_preview() (or at import with with_preview=True). Measured on a 12 MP
JPEG: the preview needs a 1/2-scale decode plus a 2000->1600 px resize and encode, which
together cost about twice everything else an import does (benchmarks/photo_import.py), and
most imported photos are only ever seen in the grid."""

from __future__ import annotations

import hashlib
import io
import math
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from fieldapp.photos.dhash import dhash
from fieldapp.photos.exif import PhotoMeta, read_meta
from fieldapp.photos.kinds import (
    EXTENSIONS,
    IMAGE_SUFFIXES,
    PIL_FORMATS,
    PhotoKind,
    Sniffed,
    sniff,
)
from fieldapp.photos.result import PhotoProblem, PhotoResult
from fieldapp.photos.store import PREVIEW_SIZE, THUMB_SIZE, PhotoStore

MAX_BYTES = 60 * 1024 * 1024
THUMB_QUALITY = 85

# EXIF orientation -> the transpose that makes the picture upright (as ImageOps.exif_transpose).
UPRIGHT: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True, slots=True)
class _Decoded:
    meta: PhotoMeta
    width: int  # of the whole picture, upright
    height: int
    image: Image.Image  # upright RGB, long edge <= the size asked for


def import_photo(store: PhotoStore, path: Path, *, with_preview: bool = False) -> PhotoResult:
    """Import one file; problems come back as PhotoResult(ok=False, problem=...).

    with_preview=True also makes the 1600 px preview now (roughly doubling the time per
    photo); otherwise preview_path is None until make_preview() is called."""
    path = Path(path)
    data = _read(path)
    if isinstance(data, PhotoResult):
        return data
    return _import_data(store, path, data, hashlib.sha256(data).hexdigest(), with_preview)


class _Background:
    """One call on its own short-lived thread; result() waits and re-raises its error."""

    def __init__(self, call: Callable[[], bool]) -> None:
        self._value: bool | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(call,), name="photo-write")
        self._thread.start()

    def _run(self, call: Callable[[], bool]) -> None:
        try:
            self._value = call()
        except BaseException as error:  # handed to the caller by result()
            self._error = error

    def result(self) -> bool:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return bool(self._value)

    def outcome(self) -> bool | None:
        """Whether it wrote, once finished; None if it failed."""
        self._thread.join()
        return None if self._error is not None else bool(self._value)


def _problem(path: Path, problem: PhotoProblem, size: int = 0, **known: object) -> PhotoResult:
    return PhotoResult(ok=False, problem=problem, source=path, size_bytes=size, **known)  # type: ignore[arg-type]


def _read(path: Path) -> bytes | PhotoResult:
    """The file's bytes, read once; the size is checked before reading so a 2 GB video
    named .jpg is never loaded into memory."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                return _problem(path, PhotoProblem.TOO_LARGE, size)
            data = handle.read(MAX_BYTES + 1)  # +1: notices a file still growing past it
    except OSError:
        return _problem(path, PhotoProblem.UNREADABLE)
    if len(data) > MAX_BYTES:
        return _problem(path, PhotoProblem.TOO_LARGE, len(data))
    if not data:
        return _problem(path, PhotoProblem.EMPTY)
    return data


def _import_data(
    store: PhotoStore, path: Path, data: bytes, sha256: str, with_preview: bool = False
) -> PhotoResult:
    size = len(data)
    kind = sniff(data[:64])
    if kind is Sniffed.HEIF:
        return _problem(path, PhotoProblem.HEIC_UNSUPPORTED, size, sha256=sha256)
    if kind is Sniffed.AVIF:
        return _problem(path, PhotoProblem.UNSUPPORTED_FORMAT, size, sha256=sha256)
    if not isinstance(kind, PhotoKind):
        return _problem(path, PhotoProblem.NOT_AN_IMAGE, size, sha256=sha256)
    original = store.original_path(sha256, EXTENSIONS[kind])
    # Writing the original (a few MB, then fsync) and decoding the thumbnail both wait
    # outside Python (the disk; libjpeg, which lets go of the GIL): on a laptop's two
    # cores they overlap, which saves a fifth of the time per photo.
    writing = _Background(lambda: store.put(original, data))
    try:
        decoded = _decode(data, kind, THUMB_SIZE)
    except Exception:  # Pillow raises many types for damaged files
        if writing.outcome() is True:
            original.unlink(missing_ok=True)  # the store keeps pictures only
        return _problem(path, PhotoProblem.BROKEN, size, sha256=sha256, kind=kind.value)

    thumb_path = store.thumb_path(sha256, THUMB_SIZE)
    preview_path = store.thumb_path(sha256, PREVIEW_SIZE)
    try:
        # Original first: a crash before the thumbnail leaves a stored original whose
        # next import (already_stored) simply writes the missing thumbnail.
        written = writing.result()
        if not thumb_path.exists():
            store.put(thumb_path, _jpeg(decoded.image))
        if with_preview and not preview_path.exists():
            store.put(preview_path, _jpeg(_decode(data, kind, PREVIEW_SIZE).image))
    except OSError:
        return _problem(path, PhotoProblem.STORE_FAILED, size, sha256=sha256, kind=kind.value)

    meta = decoded.meta
    return PhotoResult(
        ok=True,
        problem=None,
        source=path,
        size_bytes=size,
        sha256=sha256,
        kind=kind.value,
        stored_path=original,
        already_stored=not written,
        taken_at=meta.taken_at,
        latitude=meta.latitude,
        longitude=meta.longitude,
        orientation=meta.orientation,
        width=decoded.width,
        height=decoded.height,
        camera=meta.camera,
        phash=dhash(decoded.image),
        thumb_path=thumb_path,
        preview_path=preview_path if preview_path.exists() else None,
    )


def make_preview(store: PhotoStore, sha256: str) -> Path | None:
    """The 1600 px upright viewer preview of a stored photo, made from the original the
    first time it is asked for (run it off the UI thread: ~130 ms for 12 MP here).
    None if no such original is stored, or it cannot be decoded or written."""
    path = store.thumb_path(sha256, PREVIEW_SIZE)
    if path.exists():
        return path
    original = store.find_original(sha256)
    if original is None:
        return None
    try:
        data = original.read_bytes()
        kind = sniff(data[:64])
        if not isinstance(kind, PhotoKind):
            return None
        store.put(path, _jpeg(_decode(data, kind, PREVIEW_SIZE).image))
    except Exception:  # a damaged original or a full disk: no preview, never a crash
        return None
    return path


def shrunk_jpeg(data: bytes, longest: int, quality: int) -> bytes:
    """The picture upright as a JPEG with its long edge at most `longest` (a sheet sent to
    a phone over 2G). Bytes that are not a picture we read come back as they are: the
    sheet prints an empty frame for them, as it would have."""
    kind = sniff(data[:64])
    if not isinstance(kind, PhotoKind):
        return data
    try:
        image = _decode(data, kind, longest).image
    except Exception:  # damaged: left to the sheet to say so
        return data
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def draft_box(width: int, height: int, longest: int) -> tuple[int, int]:
    """The size to ask Image.draft for so the decoded image still has a long edge of at
    least `longest`: draft picks the largest 1/2, 1/4, 1/8 scale that keeps BOTH sides at
    or above the request, so the request must have the image's own aspect ratio
    (asking (1600, 1600) of a 4000x3000 photo would get no reduction at all)."""
    long_edge = max(width, height)
    if long_edge <= longest:
        return width, height
    return math.ceil(width * longest / long_edge), math.ceil(height * longest / long_edge)


def _decode(data: bytes, kind: PhotoKind, longest: int) -> _Decoded:
    """The picture upright, its long edge at most `longest`, with its EXIF metadata."""
    with Image.open(io.BytesIO(data), formats=[PIL_FORMATS[kind]]) as image:
        meta = read_meta(image.getexif())  # header only: no pixels decoded yet
        width, height = image.size
        if kind is PhotoKind.JPEG:
            image.draft("RGB", draft_box(width, height, longest))
        image.load()  # raises for truncated or corrupt data
        small = _rgb(image)
    small.thumbnail((longest, longest))
    turn = UPRIGHT.get(meta.orientation or 1)
    if turn is not None:
        small = small.transpose(turn)
    if meta.orientation in (5, 6, 7, 8):
        width, height = height, width
    return _Decoded(meta, width, height, small)


def _rgb(image: Image.Image) -> Image.Image:
    """RGB for JPEG thumbnails; transparency (PNG/GIF/WebP stickers) goes onto white,
    which is how chat apps show it, rather than the black a plain convert would give."""
    has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode == "P" and "transparency" in image.info
    )
    if has_alpha:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode == "RGB":
        return image.copy()
    return image.convert("RGB")


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=THUMB_QUALITY)
    return buffer.getvalue()


def photo_files(folder: Path, *, exclude: Path | None = None) -> list[Path]:
    """Image-like files under folder (by extension: the bytes are judged at import),
    recursively, sorted, without hidden files or folders (.thumbnails, .trash, macOS
    ._ files) and without the photo store itself when it lies inside folder."""
    folder = Path(folder)
    skip = Path(exclude).resolve() if exclude is not None else None
    found: list[Path] = []
    for current, dirs, files in os.walk(folder):
        here = Path(current)
        dirs[:] = [
            d
            for d in dirs
            if not d.startswith(".") and (skip is None or (here / d).resolve() != skip)
        ]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in IMAGE_SUFFIXES:
                found.append(here / name)
    return sorted(found)


def iter_import(
    store: PhotoStore,
    paths: Iterable[Path],
    *,
    done: frozenset[str] | set[str] = frozenset(),
    on_progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    with_preview: bool = False,
) -> Iterator[PhotoResult]:
    """Import files one by one, yielding each result as soon as it is ready so the caller
    can record it (and add its path and sha256 to `done`) before the next one.

    Files whose path (str) or sha256 is in `done` are skipped without a result: that is
    how an interrupted import resumes. on_progress(finished, total) is called after every
    file, skipped ones included; cancelled() is checked before each file, so a cancel
    takes effect between files and never leaves one half stored."""
    paths = [Path(p) for p in paths]
    total = len(paths)
    for index, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            return
        result: PhotoResult | None = None
        if str(path) not in done:
            data = _read(path)
            if isinstance(data, PhotoResult):
                result = data
            else:
                sha256 = hashlib.sha256(data).hexdigest()
                if sha256 not in done:
                    result = _import_data(store, path, data, sha256, with_preview)
        if on_progress is not None:
            on_progress(index, total)
        if result is not None:
            yield result


def import_many(
    store: PhotoStore,
    paths: Iterable[Path],
    *,
    done: frozenset[str] | set[str] = frozenset(),
    on_progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    with_preview: bool = False,
) -> list[PhotoResult]:
    """iter_import collected into a list (for callers that persist at the end)."""
    results = iter_import(
        store,
        paths,
        done=done,
        on_progress=on_progress,
        cancelled=cancelled,
        with_preview=with_preview,
    )
    return list(results)
