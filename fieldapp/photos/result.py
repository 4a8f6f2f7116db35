"""The outcome of importing one photo: a value the UI shows and storage/ saves."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class PhotoProblem(StrEnum):
    """Why a file was not imported. The UI turns each into a sentence in the user's
    language; MESSAGES holds the English wording."""

    EMPTY = "empty"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"
    NOT_AN_IMAGE = "not_an_image"
    HEIC_UNSUPPORTED = "heic_unsupported"
    UNSUPPORTED_FORMAT = "unsupported_format"
    BROKEN = "broken"
    STORE_FAILED = "store_failed"


MESSAGES: dict[PhotoProblem, str] = {
    PhotoProblem.EMPTY: "The file is empty.",
    PhotoProblem.TOO_LARGE: "The file is larger than 60 MB.",
    PhotoProblem.UNREADABLE: "The file could not be read (moved, locked or no permission).",
    PhotoProblem.NOT_AN_IMAGE: "The file is not a picture.",
    PhotoProblem.HEIC_UNSUPPORTED: (
        "HEIC is not supported: export as JPEG on the phone "
        "(Settings › Camera › Formats › Most Compatible)."
    ),
    PhotoProblem.UNSUPPORTED_FORMAT: "This picture format (AVIF) is not supported: use JPEG.",
    PhotoProblem.BROKEN: "The picture is damaged or incomplete (was the copy interrupted?).",
    PhotoProblem.STORE_FAILED: "The picture could not be saved (is the disk full?).",
}


@dataclass(frozen=True, slots=True)
class PhotoResult:
    """One file's import. ok=False carries a problem and the fields known so far (at least
    source and size); ok=True carries everything, with EXIF fields None when absent.

    taken_at is ISO 8601, with an offset only when the camera recorded one (naive local
    camera time otherwise: phones' clocks are local and most write no offset).
    width/height are of the upright picture (after the EXIF orientation)."""

    ok: bool
    problem: PhotoProblem | None
    source: Path
    size_bytes: int = 0
    sha256: str | None = None
    kind: str | None = None
    stored_path: Path | None = None
    already_stored: bool = False
    taken_at: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    orientation: int | None = None
    width: int | None = None
    height: int | None = None
    camera: str | None = None
    phash: int | None = None
    thumb_path: Path | None = None
    preview_path: Path | None = None

    @property
    def phash_hex(self) -> str | None:
        """The dHash as 16 hex digits: the form to store (SQLite integers are signed
        64-bit, and half of all dHashes do not fit)."""
        return None if self.phash is None else f"{self.phash:016x}"

    @property
    def message(self) -> str | None:
        return None if self.problem is None else MESSAGES[self.problem]
