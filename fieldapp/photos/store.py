"""The folder of photo files beside the database, addressed by content.

    root/originals/ab/abcdef....jpg       the bytes exactly as imported
    root/thumbs/ab/abcdef..._256.jpg      grid thumbnail, upright
    root/thumbs/ab/abcdef..._1600.jpg     viewer preview, upright

Naming files by the SHA-256 of their bytes makes a second import of the same photo a
no-op and lets the database refer to a photo by its hash alone. The two-character
sub-folders keep any one folder small (file managers and some file systems slow down
past a few thousand entries)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

THUMB_SIZE = 256
PREVIEW_SIZE = 1600
TEMP_PREFIX = ".tmp-"


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.originals = self.root / "originals"
        self.thumbs = self.root / "thumbs"

    def original_path(self, sha256: str, extension: str) -> Path:
        return self.originals / sha256[:2] / f"{sha256}{extension}"

    def thumb_path(self, sha256: str, size: int) -> Path:
        return self.thumbs / sha256[:2] / f"{sha256}_{size}.jpg"

    def find_original(self, sha256: str) -> Path | None:
        """The stored original with this hash, whatever its extension."""
        folder = self.originals / sha256[:2]
        if not folder.is_dir():
            return None
        return next(iter(sorted(folder.glob(f"{sha256}.*"))), None)

    def put(self, path: Path, data: bytes) -> bool:
        """Write data to path unless a file is already there; True if it was written.

        Content addressing means an existing file already holds these bytes (a crash
        never leaves a partial file under the final name: see write_atomic)."""
        if path.exists():
            return False
        write_atomic(path, data)
        return True

    def leftover_temp_files(self) -> list[Path]:
        """Temp files a crash or a killed process left behind (for tests and a cleanup)."""
        if not self.root.exists():
            return []
        return sorted(p for p in self.root.rglob(f"{TEMP_PREFIX}*") if p.is_file())


def write_atomic(path: Path, data: bytes) -> None:
    """Write so that path holds either nothing or all of data, even after a power cut:
    temp file in the same folder (os.replace is atomic only within one file system),
    fsync the bytes before the rename, fsync the folder after it so the rename lasts."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp_name).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temp_name).unlink()
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    # Windows cannot open a folder for fsync (and NTFS journals the rename anyway).
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
