"""photo_upload.cut.*: a 20 MB photo uploaded through a link that is cut once in the
middle, then resumed (issue 6: at most one chunk sent again, at most 1.2x the time of an
upload that was not cut).

The real client (fieldapp.sync.photos.transfer_all: ask the server's offset, 256 KiB
chunks each with its SHA-256, the whole file's SHA-256 at the end) and the real server
(uvicorn on loopback, a fresh store) with the tests' cutting relay between them
(tests/test_sync_faults.CuttingProxy), for the cut and the uncut uploads alike. The
photo is 20 MB of random bytes in the laptop's photo store with its `photos` row
pushed first (the upload checks hashes, not pictures).

- photo_upload.cut.resent_bytes: photo bytes handed to the link beyond the file's size
  (the chunk in flight when the link went down); baseline: one chunk (the target).
- photo_upload.cut.time: seconds from the start to the photo being present, the cut
  (the link refuses connections until healed, at once here) and the resume included;
  baseline: the same upload, not cut, of another photo of the same size, in the same
  run through the same relay. Medians of ROUNDS each.

    python benchmarks/photo_upload.py      # prints one JSON line per figure
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _sync_common import ROOT, client_for, laptop, serving  # noqa: E402

FIGURES = ["photo_upload.cut.resent_bytes", "photo_upload.cut.time"]

SIZE = 20 * 1024 * 1024
ROUNDS = 3


def _photo(db, store) -> tuple[str, int]:
    """A 20 MB file in the photo store and its row (synced, so it goes up first)."""
    from fieldapp.storage import synced

    data = os.urandom(SIZE)
    sha = hashlib.sha256(data).hexdigest()
    store.put(store.original_path(sha, ".jpg"), data)
    row = {"sha256": sha, "kind": "jpeg", "size_bytes": SIZE, "source": f"{sha[:8]}.jpg"}
    return synced.insert(db, "photos", row), SIZE


def run() -> list[dict]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from fieldapp.photos import PhotoStore
    from fieldapp.server.store import ServerStore
    from fieldapp.storage import photo_transfers
    from fieldapp.sync.engine import photo_root, push_all
    from fieldapp.sync.photos import CHUNK, transfer_all
    from tests.test_sync_faults import CuttingProxy

    uncut_s, cut_s, resent = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        store = ServerStore.in_folder(Path(tmp) / "server")
        try:
            with serving(store) as url:
                db = laptop(Path(tmp) / "laptop", store, url)
                photos = PhotoStore(photo_root(db))
                port = int(url.rsplit(":", 1)[1])
                relay = CuttingProxy(port)
                try:
                    for _ in range(ROUNDS):
                        for cut in (False, True):
                            photo_id, size = _photo(db, photos)
                            with client_for(db) as client:
                                push_all(db, client)
                            sent = 0
                            started = time.perf_counter()
                            if cut:
                                relay.cut_after(size // 2, "up")
                            with _through(db, relay.url) as client:
                                report = transfer_all(db, client, photos)
                                sent += client.photo_bytes_up
                            if cut:
                                assert report.error == "no_network", report
                                relay.heal()
                                with _through(db, relay.url) as client:
                                    report = transfer_all(db, client, photos)
                                    sent += client.photo_bytes_up
                            seconds = time.perf_counter() - started
                            assert report.sent == 1, report
                            assert photo_transfers.get(db, photo_id).state == "sent"
                            if cut:
                                cut_s.append(seconds)
                                resent.append(sent - size)
                            else:
                                uncut_s.append(seconds)
                finally:
                    relay.close()
                    db.close()
        finally:
            store.close()

    value, baseline = statistics.median(cut_s), statistics.median(uncut_s)
    return [
        {
            "name": "photo_upload.cut.resent_bytes",
            "value": max(resent),
            "unit": "bytes",
            "baseline": CHUNK,
            "ratio": round(max(resent) / CHUNK, 4),
            "each": resent,
        },
        {
            "name": "photo_upload.cut.time",
            "value": round(value, 3),
            "unit": "s",
            "baseline": round(baseline, 3),
            "ratio": round(value / baseline, 4),
            "size_bytes": SIZE,
            "rounds": ROUNDS,
        },
    ]


def _through(db, url: str):
    """A client for this laptop that goes through `url` (the relay)."""
    from fieldapp.storage import sync_state
    from fieldapp.sync.client import SyncClient

    return SyncClient(url, sync_state.enrolment(db).token)


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
