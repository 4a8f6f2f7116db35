"""Field-visit photos: a content-addressed store beside the database, and importing phone
photos into it (type sniffing, EXIF time/place/orientation, upright thumbnails, dHash).

No Qt and no SQL here: the UI runs imports in a worker, storage/ records the results."""

from fieldapp.photos.dhash import dhash, hamming
from fieldapp.photos.exif import PhotoMeta, read_meta
from fieldapp.photos.importer import (
    MAX_BYTES,
    draft_box,
    import_many,
    import_photo,
    iter_import,
    make_preview,
    photo_files,
    shrunk_jpeg,
)
from fieldapp.photos.kinds import PhotoKind, sniff
from fieldapp.photos.result import MESSAGES, PhotoProblem, PhotoResult
from fieldapp.photos.store import PREVIEW_SIZE, THUMB_SIZE, PhotoStore, write_atomic

__all__ = [
    "MAX_BYTES",
    "MESSAGES",
    "PREVIEW_SIZE",
    "THUMB_SIZE",
    "PhotoKind",
    "PhotoMeta",
    "PhotoProblem",
    "PhotoResult",
    "PhotoStore",
    "dhash",
    "draft_box",
    "hamming",
    "import_many",
    "import_photo",
    "iter_import",
    "make_preview",
    "photo_files",
    "read_meta",
    "shrunk_jpeg",
    "sniff",
    "write_atomic",
]
