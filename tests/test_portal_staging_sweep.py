"""The sweep of the portal's staging folder: abandoned pieces and staged photos go after
a week, `asked` records after a month; anything younger, anything being written, and
the cooperative's photo store stay."""

from __future__ import annotations

import hashlib
import io
import os
import threading
import time
from pathlib import Path

from PIL import Image

from fieldapp.domain.ids import new_id
from fieldapp.server import portal_uploads
from fieldapp.server.photos import Wanted
from fieldapp.server.portal_uploads import PortalUploads, Staging

DAY = 24 * 3600
COOP = new_id()
GROWER = new_id()
WHERE = Staging(COOP, GROWER)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (30, 120, 40)).save(out, "JPEG")
    return out.getvalue()


def _age(path: Path, days: float) -> Path:
    then = time.time() - days * DAY
    os.utime(path, (then, then))
    return path


def _write(path: Path, data: bytes, days: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return _age(path, days)


def _grower(folder: Path) -> Path:
    return folder / "portal" / COOP / GROWER


def _partial(folder: Path, data: bytes, days: float) -> tuple[Path, Path]:
    sha = _sha(data)
    part = _write(_grower(folder) / "partial" / f"{sha}.part", data[:10], days)
    offset = _write(_grower(folder) / "partial" / f"{sha}.offset", b"10", days)
    return part, offset


def _staged(folder: Path, data: bytes, days: float) -> Path:
    sha = _sha(data)
    return _write(_grower(folder) / "originals" / sha[:2] / sha, data, days)


def _asked(folder: Path, days: float) -> Path:
    return _write(_grower(folder) / "asked" / new_id(), new_id().encode(), days)


def test_old_pieces_go_and_fresh_ones_stay(tmp_path: Path):
    uploads = PortalUploads(tmp_path)
    old_part, old_offset = _partial(tmp_path, b"old upload" * 10, days=8)
    new_part, new_offset = _partial(tmp_path, b"new upload" * 10, days=0)
    old_asked, month_asked = _asked(tmp_path, days=31), _asked(tmp_path, days=29)
    assert uploads.sweep() == 3
    assert not old_part.exists() and not old_offset.exists()
    assert new_part.exists() and new_offset.exists()
    assert not old_asked.exists()
    assert month_asked.exists()  # past a week, but a record is kept a month


def test_an_upload_touched_lately_keeps_both_its_files(tmp_path: Path):
    part, offset = _partial(tmp_path, b"resumed" * 10, days=9)
    _age(offset, 1)  # a chunk confirmed yesterday: the .part alone is not abandoned
    leftover = _write(part.with_name(f".{offset.name}.1234.tmp"), b"1", days=9)
    PortalUploads(tmp_path).sweep()
    assert part.exists() and offset.exists() and leftover.exists()
    _age(offset, 8)
    PortalUploads(tmp_path)  # the start-up sweep
    assert not part.exists() and not offset.exists() and not leftover.exists()


def test_staged_original_younger_than_a_week_stays(tmp_path: Path):
    young = _staged(tmp_path, b"six days" * 10, days=6)
    old = _staged(tmp_path, b"eight days" * 10, days=8)
    PortalUploads(tmp_path)
    assert young.exists()
    assert not old.exists()


def test_photo_store_is_never_touched(tmp_path: Path):
    store = tmp_path / "photos" / COOP
    data = _jpeg()
    sha = _sha(data)
    kept = [
        _write(store / "originals" / sha[:2] / sha, data, days=400),
        _write(store / "partial" / f"{sha}.part", data[:10], days=400),
        _write(store / "partial" / f"{sha}.offset", b"10", days=400),
        _write(store / "reduced" / sha[:2] / f"{sha}.jpg", data, days=400),
    ]
    _staged(tmp_path, data, days=400)
    assert PortalUploads(tmp_path).sweep() == 0  # the start-up sweep took the staged one
    assert all(path.exists() for path in kept)
    assert [p.stat().st_mtime < time.time() - 399 * DAY for p in kept] == [True] * 4


def test_sweep_over_a_missing_folder_is_harmless(tmp_path: Path):
    nothing = tmp_path / "not there"
    uploads = PortalUploads(nothing)
    assert uploads.sweep() == 0
    assert not nothing.exists()  # nor does it make one
    (tmp_path / "empty" / "portal" / COOP / GROWER).mkdir(parents=True)
    (tmp_path / "empty" / "portal" / "a file, not a cooperative").write_text("x")
    assert PortalUploads(tmp_path / "empty").sweep() == 0


def test_other_files_in_staging_are_left_alone(tmp_path: Path):
    strange = _write(_grower(tmp_path) / "partial" / "notes.txt", b"?", days=100)
    misnamed = _write(_grower(tmp_path) / "originals" / "ab" / "not-a-sha", b"?", days=100)
    PortalUploads(tmp_path).sweep()
    assert strange.exists() and misnamed.exists()


def test_a_photo_about_to_be_sent_is_kept(tmp_path: Path):
    """ready() (the question being sent) and state() (the page resuming) make an old
    staged photo young, so a sweep between them and publish() cannot take it."""
    data = _jpeg()
    want = Wanted(_sha(data), len(data))
    uploads = PortalUploads(tmp_path)
    staged = _staged(tmp_path, data, days=8)
    assert uploads.ready(WHERE, want) is not None
    assert uploads.sweep() == 0
    _age(staged, 8)
    assert uploads.state(WHERE, want)["state"] == "present"
    assert uploads.sweep() == 0
    uploads.publish(WHERE, want.sha256)
    assert (tmp_path / "photos" / COOP / "originals" / want.sha256[:2] / want.sha256).exists()


def test_sweep_waits_for_a_chunk_being_written(tmp_path: Path):
    """A request holding the photo's lock (write_chunk, finish, publish) is never swept
    from under; the sweep looks again once the lock is free."""
    data = b"being written" * 10
    uploads = PortalUploads(tmp_path)
    part, offset = _partial(tmp_path, data, days=8)
    files = uploads._staged(WHERE)
    swept: list[int] = []
    with portal_uploads._photo_lock(files, GROWER, _sha(data)):
        sweeper = threading.Thread(target=lambda: swept.append(uploads.sweep()))
        sweeper.start()
        sweeper.join(0.3)
        assert sweeper.is_alive() and part.exists()  # waiting for the lock
        os.utime(part)  # the chunk lands: the upload is alive again
    sweeper.join(5)
    assert swept == [0]
    assert part.exists() and offset.exists()


def test_upload_path_sweeps_at_most_once_a_day(tmp_path: Path):
    data = _jpeg()
    want = Wanted(_sha(data), len(data))
    uploads = PortalUploads(tmp_path)
    first = _staged(tmp_path, b"abandoned" * 10, days=8)
    uploads.chunk(WHERE, want, 0, data[:100], _sha(data[:100]))
    assert first.exists()  # swept at start less than a day ago: not again yet
    uploads._daily_sweep.last -= DAY + 1  # the start-up sweep, a day ago
    uploads.chunk(WHERE, want, 100, data[100:200], _sha(data[100:200]))
    assert not first.exists()  # a day on, the next chunk swept
    second = _staged(tmp_path, b"abandoned too" * 10, days=8)
    uploads.chunk(WHERE, want, 200, data[200:300], _sha(data[200:300]))
    assert second.exists()  # and not again the same day
    assert uploads.state(WHERE, want) == {
        "state": "partial",
        "offset": 300,
        "size": len(data),
        "sha256": want.sha256,
    }


def test_given_up_laptop_uploads_and_stale_sheets_go_after_a_month_at_server_start(tmp_path):
    """The laptops' photo uploads and advice sheets keep their pieces in partial/ too: a
    laptop wiped halfway, or a sheet refused as stale, would leave them for good."""
    from fieldapp.server.app import create_app
    from fieldapp.server.photos import PARTIAL_DAYS
    from fieldapp.server.store import ServerStore

    old, fresh = b"an old upload" * 10, b"a fresh upload" * 10
    kept_photo = _write(tmp_path / "photos" / COOP / "originals" / "ab" / ("ab" + "0" * 62),
                        b"whole", 400)  # fmt: skip
    gone, young = [], []
    for kind in ("photos", "sheets"):
        partial = tmp_path / kind / COOP / "partial"
        gone += [_write(partial / f"{_sha(old)}.part", old, PARTIAL_DAYS + 1),
                 _write(partial / f"{_sha(old)}.offset", b"130", PARTIAL_DAYS + 1)]  # fmt: skip
        young += [_write(partial / f"{_sha(fresh)}.part", fresh, PARTIAL_DAYS - 1),
                  _write(partial / f"{_sha(fresh)}.offset", b"140", 0)]  # fmt: skip
    store = ServerStore(tmp_path / "server.db", tmp_path)
    try:
        create_app(store)  # the server starts: its first sweep
    finally:
        store.close()
    assert not any(p.exists() for p in gone)
    assert all(p.exists() for p in young)
    assert kept_photo.read_bytes() == b"whole"
