"""photo.import_per_photo: importing 12-megapixel phone photos into a fresh PhotoStore.

value: median ms per photo of fieldapp.photos.import_photo as the import runs it (read
once, SHA-256, type sniffing, EXIF, draft-mode decode, 256 px grid thumbnail rotated
upright, dHash, crash-safe writes of the original and the thumbnail with fsync). The
1600 px viewer preview is made on first view (make_preview), not at import; the extra
field "with_preview_ms" is the median with import_photo(with_preview=True) on the first
PREVIEW_PHOTOS files, for the record (it costs a 1/2-scale decode and a 2000->1600 px
resize on top, so it cannot meet the 1.5x target).
baseline: median ms per photo of Pillow's draft mode alone on the same files in the same
run (open, draft("RGB", (256, 256)), thumbnail to 256 px): the least any importer that
shows a thumbnail must do.

The files: 200 JPEGs of 4000x3000 with EXIF (time, GPS, orientation 6, camera), about
3 MB each. Encoding 200 twelve-megapixel JPEGs would take minutes on a 2-core machine,
so 10 distinct pictures (gradient + Pillow's C noise, which compresses like a real
photo's detail) are encoded once and copied 20 times each with a different
ImageUniqueID in the EXIF, so every file has its own SHA-256 and is stored anew.

    python benchmarks/photo_import.py      # prints one JSON line
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIGURES = ["photo.import_per_photo"]

PHOTOS = 200
DISTINCT = 10
SIZE = (4000, 3000)
PREVIEW_PHOTOS = 50
MARKER = "0123456789abcdef0123456789abcdef"  # 32 chars, replaced per copy


def _picture(seed: int):
    from PIL import Image

    gradient = Image.linear_gradient("L").resize(SIZE, Image.Resampling.BILINEAR)
    if seed % 2:
        gradient = gradient.transpose(Image.Transpose.ROTATE_180)
    noise = Image.effect_noise(SIZE, 30 + seed)
    red = Image.blend(gradient, noise, 0.35)
    blue = Image.blend(gradient.transpose(Image.Transpose.FLIP_TOP_BOTTOM), noise, 0.25)
    return Image.merge("RGB", (red, gradient, blue))


def _exif(seed: int):
    from PIL import Image
    from PIL.TiffImagePlugin import IFDRational

    info = Image.Exif()
    info[0x0112] = 6
    info[0x010F], info[0x0110] = "Xiaomi", "Redmi Note 12"
    sub = info.get_ifd(0x8769)
    sub[0x9003], sub[0x9011] = f"2024:05:{seed + 1:02d} 10:30:00", "+08:00"
    sub[0xA420] = MARKER  # ImageUniqueID
    gps = info.get_ifd(0x8825)
    gps[1], gps[3] = "N", "E"
    gps[2] = (IFDRational(25, 1), IFDRational(3, 1), IFDRational(1234 + seed, 100))
    gps[4] = (IFDRational(102, 1), IFDRational(42, 1), IFDRational(5678, 100))
    return info


def make_photos(folder: Path, count: int = PHOTOS) -> list[Path]:
    bases: list[bytes] = []
    for seed in range(DISTINCT):
        buffer = io.BytesIO()
        _picture(seed).save(buffer, "JPEG", quality=92, exif=_exif(seed))
        bases.append(buffer.getvalue())
    paths: list[Path] = []
    marker = MARKER.encode()
    for n in range(count):
        data = bases[n % DISTINCT].replace(marker, f"{n:032x}".encode(), 1)
        path = folder / f"IMG_2024{n:04d}.jpg"
        path.write_bytes(data)
        paths.append(path)
    return paths


def draft_only(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        image.draft("RGB", (256, 256))
        image.thumbnail((256, 256))


def run() -> list[dict]:
    from fieldapp.photos import PhotoStore, import_photo

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "phone"
        folder.mkdir()
        paths = make_photos(folder)
        mean_bytes = sum(p.stat().st_size for p in paths) / len(paths)

        baseline_ms: list[float] = []
        for path in paths:
            start = time.perf_counter()
            draft_only(path)
            baseline_ms.append((time.perf_counter() - start) * 1000)

        store = PhotoStore(Path(tmp) / "store")
        value_ms: list[float] = []
        for path in paths:
            start = time.perf_counter()
            result = import_photo(store, path)
            value_ms.append((time.perf_counter() - start) * 1000)
            if not result.ok or result.already_stored:
                raise RuntimeError(f"{path.name}: {result.problem} {result.already_stored}")

        store = PhotoStore(Path(tmp) / "store_with_previews")
        preview_ms: list[float] = []
        for path in paths[:PREVIEW_PHOTOS]:
            start = time.perf_counter()
            import_photo(store, path, with_preview=True)
            preview_ms.append((time.perf_counter() - start) * 1000)

    value, baseline = statistics.median(value_ms), statistics.median(baseline_ms)
    return [
        {
            "name": "photo.import_per_photo",
            "value": round(value, 1),
            "unit": "ms",
            "baseline": round(baseline, 1),
            "ratio": round(value / baseline, 3),
            "photos": len(paths),
            "mean_mb": round(mean_bytes / 1e6, 2),
            "with_preview_ms": round(statistics.median(preview_ms), 1),
        }
    ]


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure))
