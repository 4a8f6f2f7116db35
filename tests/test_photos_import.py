"""Importing real image files (made with Pillow in tmp_path) into a PhotoStore."""

from __future__ import annotations

import hashlib
import io
import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import IFDRational

from fieldapp.photos import (
    MAX_BYTES,
    PhotoProblem,
    PhotoStore,
    dhash,
    hamming,
    import_many,
    import_photo,
    iter_import,
    make_preview,
    photo_files,
)

RED = (255, 0, 0)
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(range(256)) * 8


def exif(
    *,
    orientation: int | None = None,
    taken: str | None = "2024:05:04 10:30:00",
    offset: str | None = None,
    gps: tuple | None = None,
    make: str | None = None,
    model: str | None = None,
) -> Image.Exif:
    data = Image.Exif()
    if orientation is not None:
        data[0x0112] = orientation
    if make:
        data[0x010F] = make
    if model:
        data[0x0110] = model
    sub = data.get_ifd(0x8769)
    if taken:
        sub[0x9003] = taken
    if offset:
        sub[0x9011] = offset
    if gps is not None:
        lat_ref, lat, lon_ref, lon = gps
        block = data.get_ifd(0x8825)
        block[1], block[2], block[3], block[4] = lat_ref, lat, lon_ref, lon
    return data


def dms(d: int, m: int, s_num: int, s_den: int = 100) -> tuple[IFDRational, ...]:
    return (IFDRational(d, 1), IFDRational(m, 1), IFDRational(s_num, s_den))


def marked_photo(size: tuple[int, int] = (1200, 900)) -> Image.Image:
    """A grey picture with a red top-left corner, so a rotation is visible."""
    image = Image.new("RGB", size, (128, 128, 128))
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 6, size[1] // 6), fill=RED)
    return image


def scene(seed: int, size: tuple[int, int] = (1200, 900)) -> Image.Image:
    """A picture with structure (random blocks on a gradient) for dHash tests."""
    rnd = random.Random(seed)
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        w, h = rnd.randrange(60, 400), rnd.randrange(60, 300)
        draw.rectangle((x, y, x + w, y + h), fill=tuple(rnd.randrange(256) for _ in range(3)))
    return image


def save_jpeg(path: Path, image: Image.Image, info: Image.Exif | None = None, **kw) -> Path:
    image.save(path, "JPEG", exif=info if info is not None else Image.Exif(), **kw)
    return path


@pytest.fixture
def store(tmp_path: Path) -> PhotoStore:
    return PhotoStore(tmp_path / "photos")


def is_red(pixel: tuple[int, ...]) -> bool:
    return pixel[0] > 200 and pixel[1] < 60 and pixel[2] < 60


def test_jpeg_with_exif_is_stored_with_time_place_camera_and_upright_thumbs(tmp_path, store):
    info = exif(
        orientation=6,
        offset="+08:00",
        gps=("N", dms(25, 3, 1234), "E", dms(102, 42, 5678)),
        make="Xiaomi",
        model="Redmi Note 12",
    )
    source = save_jpeg(tmp_path / "IMG_0001.jpg", marked_photo(), info)

    result = import_photo(store, source, with_preview=True)

    assert result.ok and result.problem is None
    assert result.kind == "jpeg" and result.source == source
    assert result.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert result.stored_path == store.originals / result.sha256[:2] / f"{result.sha256}.jpg"
    assert result.stored_path.read_bytes() == source.read_bytes()  # never rotated or re-encoded
    assert result.size_bytes == source.stat().st_size
    assert not result.already_stored
    assert result.taken_at == "2024-05-04T10:30:00+08:00"
    assert result.latitude == round(25 + 3 / 60 + 12.34 / 3600, 6)
    assert result.longitude == round(102 + 42 / 60 + 56.78 / 3600, 6)
    assert result.orientation == 6
    assert (result.width, result.height) == (900, 1200)  # upright: portrait
    assert result.camera == "Xiaomi Redmi Note 12"
    assert result.phash is not None and len(result.phash_hex) == 16

    with Image.open(result.thumb_path) as thumb:
        assert thumb.size == (192, 256)
        rgb = thumb.convert("RGB")
        # Orientation 6: the sensor's top-left corner is the upright picture's top-right.
        assert is_red(rgb.getpixel((thumb.width - 5, 5)))
        assert not is_red(rgb.getpixel((5, 5)))
    with Image.open(result.preview_path) as preview:
        assert preview.size == (900, 1200)  # smaller than 1600: never enlarged
        assert is_red(preview.convert("RGB").getpixel((preview.width - 10, 10)))
    assert result.thumb_path.name == f"{result.sha256}_256.jpg"
    assert result.preview_path.name == f"{result.sha256}_1600.jpg"


def test_preview_is_made_on_first_view_1600_on_the_long_edge(tmp_path, store):
    source = save_jpeg(tmp_path / "big.jpg", marked_photo((4000, 3000)), exif(orientation=8))
    result = import_photo(store, source)
    assert (result.width, result.height) == (3000, 4000)
    assert result.preview_path is None  # not made at import: most photos are never opened
    with Image.open(result.thumb_path) as thumb:
        assert thumb.size == (192, 256)
    preview_path = make_preview(store, result.sha256)
    assert preview_path == store.thumb_path(result.sha256, 1600)
    assert make_preview(store, result.sha256) == preview_path  # made once
    assert import_photo(store, source).preview_path == preview_path
    with Image.open(preview_path) as preview:
        assert preview.size == (1200, 1600)
        # Orientation 8 turns the sensor's top-left corner to the bottom-left.
        assert is_red(preview.convert("RGB").getpixel((10, preview.height - 10)))


def test_same_bytes_twice_are_stored_once(tmp_path, store):
    first = save_jpeg(tmp_path / "a.jpg", marked_photo(), exif())
    copy = tmp_path / "sub" / "copy of a.jpeg"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())

    one, two = import_photo(store, first), import_photo(store, copy)

    assert one.ok and two.ok
    assert not one.already_stored and two.already_stored
    assert one.stored_path == two.stored_path and one.phash == two.phash
    assert len([p for p in store.originals.rglob("*") if p.is_file()]) == 1
    assert len([p for p in store.thumbs.rglob("*") if p.is_file()]) == 1


def test_make_preview_of_an_unknown_hash_is_none(store):
    assert make_preview(store, "ef" * 32) is None


def test_png_screenshot_without_exif_is_imported_with_no_metadata(tmp_path, store):
    source = tmp_path / "wechat_screenshot.png"
    Image.new("RGBA", (720, 1280), (0, 120, 0, 128)).save(source)
    result = import_photo(store, source)
    assert result.ok and result.kind == "png"
    assert result.stored_path.suffix == ".png"
    assert (result.taken_at, result.latitude, result.longitude) == (None, None, None)
    assert (result.orientation, result.camera) == (None, None)
    assert (result.width, result.height) == (720, 1280)
    with Image.open(result.thumb_path) as thumb:
        assert thumb.size == (144, 256) and thumb.mode == "RGB"


@pytest.mark.parametrize(("fmt", "kind", "suffix"), [
    ("WEBP", "webp", ".webp"), ("GIF", "gif", ".gif"), ("TIFF", "tiff", ".tif"),
    ("BMP", "bmp", ".bmp"),
])  # fmt: skip
def test_other_accepted_formats(tmp_path, store, fmt, kind, suffix):
    source = tmp_path / "picture.dat"  # the extension is never trusted
    marked_photo((300, 200)).save(source, fmt)
    result = import_photo(store, source)
    assert result.ok, result.problem
    assert result.kind == kind and result.stored_path.suffix == suffix
    assert (result.width, result.height) == (300, 200)


def test_the_real_type_wins_over_the_extension(tmp_path, store):
    source = tmp_path / "really_a_png.jpg"
    marked_photo((100, 100)).save(source, "PNG")
    result = import_photo(store, source)
    assert result.ok and result.kind == "png" and result.stored_path.suffix == ".png"


def test_heic_is_refused_with_its_own_problem(tmp_path, store):
    source = tmp_path / "IMG_4242.jpg"  # iPhones' HEIC often arrives renamed
    source.write_bytes(HEIC)
    result = import_photo(store, source)
    assert not result.ok and result.problem is PhotoProblem.HEIC_UNSUPPORTED
    assert "Most Compatible" in result.message
    assert not store.originals.exists()


def test_heic_with_mif1_major_brand_is_heic_too(tmp_path, store):
    source = tmp_path / "android.heif"
    source.write_bytes(b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1heicmiaf" + bytes(500))
    assert import_photo(store, source).problem is PhotoProblem.HEIC_UNSUPPORTED


def test_text_named_jpg_is_not_an_image(tmp_path, store):
    source = tmp_path / "notes.jpg"
    source.write_text("合作社 visit notes, not a picture\n" * 20, encoding="utf-8")
    result = import_photo(store, source)
    assert not result.ok and result.problem is PhotoProblem.NOT_AN_IMAGE
    assert result.problem.value == "not_an_image"


def test_truncated_jpeg_is_broken(tmp_path, store):
    whole = save_jpeg(tmp_path / "whole.jpg", scene(1), exif())
    half = tmp_path / "half.jpg"
    half.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    result = import_photo(store, half)
    assert not result.ok and result.problem is PhotoProblem.BROKEN
    assert result.kind == "jpeg"
    # Broken files never stay in the store (it was written beside the decode, then taken out).
    assert not [p for p in store.originals.rglob("*") if p.is_file()]


def test_empty_file(tmp_path, store):
    source = tmp_path / "empty.jpg"
    source.touch()
    result = import_photo(store, source)
    assert not result.ok and result.problem is PhotoProblem.EMPTY and result.size_bytes == 0


def test_too_large_file_is_refused_without_reading_it(tmp_path, store):
    source = tmp_path / "video.jpg"
    with source.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no 60 MB written
    result = import_photo(store, source)
    assert not result.ok and result.problem is PhotoProblem.TOO_LARGE
    assert result.size_bytes == MAX_BYTES + 1


def test_missing_file_is_unreadable(tmp_path, store):
    result = import_photo(store, tmp_path / "gone.jpg")
    assert not result.ok and result.problem is PhotoProblem.UNREADABLE


def test_broken_gps_imports_without_a_place(tmp_path, store):
    zero = (IFDRational(25, 0), IFDRational(0, 0), IFDRational(1, 0))
    info = exif(gps=("N", zero, "E", dms(102, 42, 5678)))
    result = import_photo(store, save_jpeg(tmp_path / "gps.jpg", marked_photo(), info))
    assert result.ok
    assert (result.latitude, result.longitude) == (None, None)
    assert result.taken_at == "2024-05-04T10:30:00"


def test_dhash_is_close_for_the_same_picture_and_far_for_another(tmp_path, store):
    original = save_jpeg(tmp_path / "a.jpg", scene(7), exif(), quality=92)
    smaller = save_jpeg(tmp_path / "a_small.jpg", scene(7).resize((500, 375)), quality=40)
    other = save_jpeg(tmp_path / "b.jpg", scene(8), exif())
    a, a_small, b = (import_photo(store, p).phash for p in (original, smaller, other))
    assert hamming(a, a_small) <= 6
    assert hamming(a, b) >= 16


def test_dhash_of_a_rotated_copy_matches_once_upright(tmp_path, store):
    upright = save_jpeg(tmp_path / "up.jpg", scene(3), exif())
    # The same scene stored sideways with orientation 6, as a phone held upright stores it.
    sideways = save_jpeg(
        tmp_path / "side.jpg", scene(3).transpose(Image.Transpose.ROTATE_90), exif(orientation=6)
    )
    assert hamming(import_photo(store, upright).phash, import_photo(store, sideways).phash) <= 6


def test_dhash_bits():
    left_bright = Image.linear_gradient("L").transpose(Image.Transpose.ROTATE_270)
    assert dhash(left_bright) == 2**64 - 1
    assert dhash(Image.new("L", (50, 50), 9)) == 0


def folder_of_photos(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        save_jpeg(folder / f"IMG_{n:04d}.jpg", scene(n, (320, 240)), exif()) for n in range(count)
    ]


def test_one_bad_file_does_not_stop_the_rest(tmp_path, store):
    paths = folder_of_photos(tmp_path / "visit", 3)
    bad = tmp_path / "visit" / "IMG_0001b.jpg"
    bad.write_bytes(b"junk")
    files = photo_files(tmp_path / "visit")
    assert files == sorted([*paths, bad])
    results = import_many(store, files)
    assert [r.ok for r in results] == [True, True, False, True]
    assert results[2].problem is PhotoProblem.NOT_AN_IMAGE


def test_resume_skips_done_paths_and_hashes(tmp_path, store):
    paths = folder_of_photos(tmp_path / "visit", 4)
    done = {str(paths[0]), hashlib.sha256(paths[2].read_bytes()).hexdigest()}
    progress: list[tuple[int, int]] = []
    results = import_many(store, paths, done=done, on_progress=lambda d, t: progress.append((d, t)))
    assert [r.source for r in results] == [paths[1], paths[3]]
    assert progress == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_cancel_stops_between_files(tmp_path, store):
    paths = folder_of_photos(tmp_path / "visit", 4)
    results = []
    for result in iter_import(store, paths, cancelled=lambda: len(results) >= 2):
        results.append(result)
    assert [r.source for r in results] == paths[:2]
    assert len([p for p in store.originals.rglob("*") if p.is_file()]) == 2
    assert store.leftover_temp_files() == []


def test_photo_files_skips_hidden_non_images_and_the_store(tmp_path):
    root = tmp_path / "phone"
    (root / "DCIM" / "Camera").mkdir(parents=True)
    (root / ".thumbnails").mkdir()
    wanted = [root / "DCIM" / "Camera" / "IMG_1.JPG", root / "DCIM" / "b.png", root / "a.heic"]
    for path in wanted:
        path.write_bytes(b"x")
    (root / ".thumbnails" / "t.jpg").write_bytes(b"x")
    (root / "DCIM" / "._IMG_1.JPG").write_bytes(b"x")
    (root / "notes.txt").write_bytes(b"x")
    store = PhotoStore(root / "fieldapp-photos")
    (store.originals / "ab").mkdir(parents=True)
    (store.originals / "ab" / "abc.jpg").write_bytes(b"x")
    assert photo_files(root, exclude=store.root) == sorted(wanted)


def test_imports_leave_no_temp_files(tmp_path, store):
    import_many(store, folder_of_photos(tmp_path / "visit", 3), with_preview=True)
    assert store.leftover_temp_files() == []
    names = [p.name for p in store.root.rglob("*") if p.is_file()]
    assert len(names) == 9 and not any(n.startswith(".") for n in names)


def test_result_is_frozen(tmp_path, store):
    result = import_photo(store, save_jpeg(tmp_path / "a.jpg", marked_photo((64, 48))))
    with pytest.raises(AttributeError):
        result.ok = False  # type: ignore[misc]


def test_jpeg_bytes_in_memory_sniff():
    buffer = io.BytesIO()
    marked_photo((10, 10)).save(buffer, "JPEG")
    from fieldapp.photos import PhotoKind, sniff

    assert sniff(buffer.getvalue()[:64]) is PhotoKind.JPEG
    assert sniff(HEIC[:64]) is not PhotoKind.JPEG
