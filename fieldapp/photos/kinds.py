"""What a file really is, judged from its first bytes (phones and chat apps often save a
HEIC or a PNG under a .jpg name, so the extension is never trusted)."""

from __future__ import annotations

from enum import StrEnum


class PhotoKind(StrEnum):
    """An accepted image type. The value is also the stored original's extension."""

    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    GIF = "gif"
    TIFF = "tiff"
    BMP = "bmp"


# The file extension the store gives each kind (short, as viewers expect).
EXTENSIONS: dict[PhotoKind, str] = {
    PhotoKind.JPEG: ".jpg",
    PhotoKind.PNG: ".png",
    PhotoKind.WEBP: ".webp",
    PhotoKind.GIF: ".gif",
    PhotoKind.TIFF: ".tif",
    PhotoKind.BMP: ".bmp",
}

# Pillow's format names, passed to Image.open(formats=...) so a file is decoded only by
# the plugin its bytes claim, never by whatever plugin happens to accept it.
PIL_FORMATS: dict[PhotoKind, str] = {
    PhotoKind.JPEG: "JPEG",
    PhotoKind.PNG: "PNG",
    PhotoKind.WEBP: "WEBP",
    PhotoKind.GIF: "GIF",
    PhotoKind.TIFF: "TIFF",
    PhotoKind.BMP: "BMP",
}

# ISO base media file brands (the 4 bytes after "ftyp") used by HEIC/HEIF photos:
# iPhones write "heic", some Android phones "mif1"/"msf1" with a heic compatible brand.
HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})
AVIF_BRANDS = frozenset({b"avif", b"avis"})

# Extensions photo_files() picks up. HEIC and AVIF are listed so that such files are
# reported with a clear problem instead of being silently left out of a folder import.
IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".gif", ".tif", ".tiff", ".bmp",
     ".heic", ".heif", ".avif"}
)  # fmt: skip


class Sniffed(StrEnum):
    """A recognised container that is not accepted (see PhotoProblem for the wording)."""

    HEIF = "heif"
    AVIF = "avif"


def sniff(head: bytes) -> PhotoKind | Sniffed | None:
    """The type the first bytes announce; None if they are no image type we know.

    Only the signature is checked here: whether the rest of the file decodes is Pillow's
    job, and a broken body is reported as broken, not as "not an image"."""
    if head.startswith(b"\xff\xd8\xff"):
        return PhotoKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PhotoKind.PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return PhotoKind.WEBP
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return PhotoKind.GIF
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return PhotoKind.TIFF
    # "BM" alone is too weak (text files can start with it): also require a known DIB
    # header size at offset 14.
    if head[:2] == b"BM" and len(head) >= 18 and head[14] in (12, 40, 52, 56, 64, 108, 124):
        return PhotoKind.BMP
    if head[4:8] == b"ftyp":
        return _iso_brand(head)
    return None


def _iso_brand(head: bytes) -> Sniffed | None:
    """HEIF or AVIF from an ftyp box: the major brand, then the compatible brands (a
    "mif1" major brand is shared by both, so AVIF wins when it is listed)."""
    box_size = int.from_bytes(head[:4], "big")
    end = min(max(box_size, 16), len(head))
    brands = {head[8:12]} | {head[i : i + 4] for i in range(16, end - 3, 4)}
    if brands & AVIF_BRANDS:
        return Sniffed.AVIF
    if brands & HEIF_BRANDS:
        return Sniffed.HEIF
    return None
