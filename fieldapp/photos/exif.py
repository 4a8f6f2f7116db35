"""What the camera wrote about a photo: when, where, which way up, with what.

Everything here reads the EXIF already parsed by Image.getexif() (no pixels are
decoded) and tolerates anything: phones and editors write odd values, and a bad tag
means "unknown" (None), never a failed import."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from PIL import ExifTags, Image

# Tag numbers (ExifTags.Base names them; plain ints keep the lookups cheap and readable).
ORIENTATION = 0x0112
MAKE = 0x010F
MODEL = 0x0110
DATETIME = 0x0132
DATETIME_ORIGINAL = 0x9003
OFFSET_TIME = 0x9010
OFFSET_TIME_ORIGINAL = 0x9011
GPS_LATITUDE_REF = 1
GPS_LATITUDE = 2
GPS_LONGITUDE_REF = 3
GPS_LONGITUDE = 4


@dataclass(frozen=True, slots=True)
class PhotoMeta:
    taken_at: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    orientation: int | None = None
    camera: str | None = None


def read_meta(exif: Image.Exif) -> PhotoMeta:
    """The fields of a PhotoResult that come from EXIF; all None for an image without."""
    if not exif:
        return PhotoMeta()
    sub = _ifd(exif, ExifTags.IFD.Exif)
    gps = _ifd(exif, ExifTags.IFD.GPSInfo)
    latitude, longitude = gps_position(gps)
    return PhotoMeta(
        taken_at=taken_at(exif, sub),
        latitude=latitude,
        longitude=longitude,
        orientation=orientation(exif),
        camera=camera(exif),
    )


def _ifd(exif: Image.Exif, which: int) -> dict[int, Any]:
    # A corrupt offset makes get_ifd raise on some files: treat it as missing.
    try:
        return dict(exif.get_ifd(which))
    except Exception:
        return {}


def orientation(exif: Image.Exif) -> int | None:
    value = exif.get(ORIENTATION)
    return value if isinstance(value, int) and 1 <= value <= 8 else None


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", "").strip()
    return value or None


def camera(exif: Image.Exif) -> str | None:
    """ "Make Model", without repeating the make when the model already starts with it
    ("Apple" + "iPhone 12" -> "Apple iPhone 12"; "Xiaomi" + "Xiaomi 13" -> "Xiaomi 13")."""
    make, model = _text(exif.get(MAKE)), _text(exif.get(MODEL))
    if make and model:
        return model if model.lower().startswith(make.lower()) else f"{make} {model}"
    return make or model


def taken_at(exif: Image.Exif, sub: dict[int, Any]) -> str | None:
    """DateTimeOriginal (when the shutter fired), else DateTime (last changed, which for
    an unedited phone photo is the same); with the matching offset when there is one."""
    for stamp_tag, offset_tag, where in (
        (DATETIME_ORIGINAL, OFFSET_TIME_ORIGINAL, sub),
        (DATETIME, OFFSET_TIME, exif),
    ):
        stamp = _parse_stamp(_text(where.get(stamp_tag)))
        if stamp is not None:
            zone = _parse_offset(_text(sub.get(offset_tag)))
            return (stamp.replace(tzinfo=zone) if zone else stamp).isoformat()
    return None


def _parse_stamp(text: str | None) -> dt.datetime | None:
    # EXIF writes "YYYY:MM:DD HH:MM:SS"; cameras with an unset clock write zeros or blanks.
    if not text:
        return None
    try:
        return dt.datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _parse_offset(text: str | None) -> dt.timezone | None:
    # "+08:00" / "-05:30"; anything else (blank, "   :  ") means no offset.
    if not text or len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    try:
        hours, minutes = int(text[1:3]), int(text[4:6])
    except ValueError:
        return None
    if hours > 14 or minutes > 59:
        return None
    sign = -1 if text[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _number(value: Any) -> float | None:
    """A rational as float: IFDRational, int, float or a (numerator, denominator) pair.
    A zero denominator (Pillow gives NaN for it) or anything else odd -> None."""
    if isinstance(value, tuple) and len(value) == 2:
        num, den = value
        if not den:
            return None
        value = num / den
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return number if math.isfinite(number) else None


def _degrees(value: Any, ref: Any, positive: str, negative: str, limit: float) -> float | None:
    """Degrees, minutes, seconds and a hemisphere letter -> signed decimal degrees."""
    hemisphere = _text(ref)
    if hemisphere is None or hemisphere.upper()[:1] not in (positive, negative):
        return None  # without N/S (E/W) the sign is unknown: better no place than a wrong one
    if not isinstance(value, tuple | list):
        value = (value,)  # a single rational (degrees only) comes back unwrapped
    if not 1 <= len(value) <= 3:
        return None
    parts = [_number(v) for v in value]
    if any(p is None or p < 0 for p in parts):
        return None
    total = sum(p / 60**i for i, p in enumerate(parts))  # type: ignore[operator]
    if total > limit:
        return None
    return round(-total if hemisphere.upper()[:1] == negative else total, 6)


def gps_position(gps: dict[int, Any]) -> tuple[float | None, float | None]:
    """(latitude, longitude), or (None, None) when either is missing or unusable: half a
    position is no position. Exactly (0, 0) is what phones write without a fix."""
    if not gps:
        return None, None
    latitude = _degrees(gps.get(GPS_LATITUDE), gps.get(GPS_LATITUDE_REF), "N", "S", 90.0)
    longitude = _degrees(gps.get(GPS_LONGITUDE), gps.get(GPS_LONGITUDE_REF), "E", "W", 180.0)
    if latitude is None or longitude is None or (latitude == 0 and longitude == 0):
        return None, None
    return latitude, longitude
