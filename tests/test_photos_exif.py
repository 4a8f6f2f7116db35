"""EXIF reading and the store's crash-safe writes, on real EXIF blocks and real files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from fieldapp.photos import PhotoStore, draft_box, read_meta, write_atomic


def reread(info: Image.Exif) -> Image.Exif:
    """EXIF as a file gives it back: written into a JPEG, then parsed by Pillow."""
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16)).save(buffer, "JPEG", exif=info)
    with Image.open(io.BytesIO(buffer.getvalue())) as image:
        return image.getexif()


def gps_exif(lat_ref, lat, lon_ref, lon) -> Image.Exif:
    info = Image.Exif()
    block = info.get_ifd(0x8825)
    for tag, value in ((1, lat_ref), (2, lat), (3, lon_ref), (4, lon)):
        if value is not None:
            block[tag] = value
    return reread(info)


def r(*values: tuple[int, int]) -> tuple[IFDRational, ...]:
    return tuple(IFDRational(n, d) for n, d in values)


def test_south_and_west_are_negative():
    meta = read_meta(gps_exif("S", r((33, 1), (52, 1), (0, 1)), "W", r((70, 1), (30, 1), (36, 1))))
    assert meta.latitude == round(-(33 + 52 / 60), 6)
    assert meta.longitude == -70.51


def test_missing_reference_or_part_gives_no_place():
    assert read_meta(gps_exif(None, r((25, 1), (0, 1), (0, 1)), "E", r((102, 1)))).latitude is None
    assert read_meta(gps_exif("N", r((25, 1)), "E", None)).longitude is None


def test_degrees_only_and_out_of_range():
    meta = read_meta(gps_exif("N", r((2512345, 100000)), "E", r((10271, 100))))
    assert (meta.latitude, meta.longitude) == (25.12345, 102.71)
    assert read_meta(gps_exif("N", r((95, 1)), "E", r((102, 1)))).latitude is None


def test_zero_zero_is_no_fix():
    meta = read_meta(gps_exif("N", r((0, 1), (0, 1), (0, 1)), "E", r((0, 1), (0, 1), (0, 1))))
    assert (meta.latitude, meta.longitude) == (None, None)


def test_datetime_falls_back_and_blank_clock_is_none():
    info = Image.Exif()
    info[0x0132] = "2023:11:02 08:15:09"
    assert read_meta(reread(info)).taken_at == "2023-11-02T08:15:09"
    blank = Image.Exif()
    blank.get_ifd(0x8769)[0x9003] = "0000:00:00 00:00:00"
    assert read_meta(reread(blank)).taken_at is None


def test_bad_offset_is_ignored_and_negative_offset_kept():
    info = Image.Exif()
    sub = info.get_ifd(0x8769)
    sub[0x9003], sub[0x9011] = "2024:01:31 23:59:59", "  :  "
    assert read_meta(reread(info)).taken_at == "2024-01-31T23:59:59"
    sub[0x9011] = "-05:30"
    assert read_meta(reread(info)).taken_at == "2024-01-31T23:59:59-05:30"


@pytest.mark.parametrize(("make", "model", "camera"), [
    ("Apple", "iPhone 12", "Apple iPhone 12"),
    ("Xiaomi", "Xiaomi 13", "Xiaomi 13"),
    ("HUAWEI\x00", None, "HUAWEI"),
    (None, None, None),
])  # fmt: skip
def test_camera(make, model, camera):
    info = Image.Exif()
    if make:
        info[0x010F] = make
    if model:
        info[0x0110] = model
    assert read_meta(reread(info)).camera == camera


def test_orientation_out_of_range_is_none():
    info = Image.Exif()
    info[0x0112] = 9
    assert read_meta(reread(info)).orientation is None


def test_draft_box_keeps_the_aspect_ratio():
    assert draft_box(4000, 3000, 1600) == (1600, 1200)
    assert draft_box(800, 600, 1600) == (800, 600)


def test_failed_write_leaves_neither_temp_nor_target(tmp_path: Path):
    store = PhotoStore(tmp_path / "photos")
    target = store.thumb_path("ab" * 32, 256)
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert not target.exists()
    assert store.leftover_temp_files() == []


def test_put_does_not_overwrite(tmp_path: Path):
    store = PhotoStore(tmp_path / "photos")
    target = store.original_path("cd" * 32, ".jpg")
    assert store.put(target, b"first") is True
    assert store.put(target, b"second") is False
    assert target.read_bytes() == b"first"
    assert store.find_original("cd" * 32) == target
