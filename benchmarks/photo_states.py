"""sync.throttled.photo_states_200: the photo part of a sync round on a laptop that pulled
200 photo rows whose files are still on the laptop that took them (not on the server
yet), over sync_throttled.py's link: 50 kbit/s up, 250 kbit/s down, 500 ms round trip.
Every round until those files arrive asks the server after each of them.

value: seconds for fieldapp.sync.photos.transfer_all, which asks after all of them in
one request (POST /v1/photos/states, 500 photos a request).
baseline: the same pass on the same rows against a server without that request, which
the client then asks one photo at a time (GET /v1/photos/<id>), measured in the same
run over the same kind of link.

    python benchmarks/photo_states.py      # prints one JSON line
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import sync_throttled  # noqa: E402  (its relay: a slow link in threads of this process)
from _sync_common import client_for, laptop, serving  # noqa: E402

FIGURES = ["sync.throttled.photo_states_200"]
PHOTOS = 200


class _OldServer(httpx.HTTPTransport):
    """Answers the batch request as a server without it would (404)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/photos/states":
            return httpx.Response(404, json={"detail": "Not Found"})
        return super().handle_request(request)


def _photo_rows(db, count: int) -> None:
    """A grower and `count` photo rows whose files this laptop does not keep."""
    import hashlib

    from fieldapp.domain.growers import GrowerData
    from fieldapp.services.registry import RegistryService
    from fieldapp.storage import synced
    from fieldapp.storage.device import identity

    grower = RegistryService(db).save(GrowerData(name="王建国"), confirmed=True)
    coop = identity(db).coop_id
    rows = [
        {
            "coop_id": coop,
            "sha256": hashlib.sha256(f"photo {n}".encode()).hexdigest(),
            "kind": "jpeg",
            "size_bytes": 2_000_000,
            "grower_id": grower,
        }
        for n in range(count)
    ]
    synced.insert_many(db, "photos", rows)


def _pass(db, url: str, transport: httpx.BaseTransport | None) -> float:
    """Seconds for one photo pass through a fresh slow link (connection opened untimed)."""
    from fieldapp.photos import PhotoStore
    from fieldapp.storage import sync_state
    from fieldapp.sync.client import SyncClient
    from fieldapp.sync.engine import photo_root
    from fieldapp.sync.photos import transfer_all

    host, port = url.removeprefix("http://").split(":")
    link = sync_throttled.SlowLink((host, int(port)))
    try:
        token = sync_state.enrolment(db).token
        base = f"http://127.0.0.1:{link.port}"
        with SyncClient(base, token, transport=transport) as client:
            client.http.get("/v1/health")
            started = time.perf_counter()
            report = transfer_all(db, client, PhotoStore(photo_root(db)))
            seconds = time.perf_counter() - started
        assert report.error == "" and report.fetched == 0, report
        return seconds
    finally:
        link.close()


def run() -> list[dict]:
    from fieldapp.server.store import ServerStore
    from fieldapp.storage import photo_transfers
    from fieldapp.sync.engine import pull_all, push_all

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = ServerStore(folder / "server.db", folder / "server")
        try:
            with serving(store) as url:
                taker, other = laptop(folder / "a", store, url), laptop(folder / "b", store, url)
                _photo_rows(taker, PHOTOS)
                with client_for(taker) as client:
                    push_all(taker, client)  # the rows only, on loopback
                with client_for(other) as client:
                    pull_all(other, client)
                value = _pass(other, url, None)
                baseline = _pass(other, url, _OldServer())
                waiting = photo_transfers.counts(other)["missing"]
                taker.close()
                other.close()
        finally:
            store.close()
    assert waiting == PHOTOS, waiting
    return [
        {
            "name": "sync.throttled.photo_states_200",
            "value": round(value, 2),
            "unit": "s",
            "baseline": round(baseline, 1),
            "ratio": round(value / baseline, 4),
            "photos": PHOTOS,
            "link": f"{sync_throttled.UP_BITS_PER_S // 1000} kbit/s up, "
            f"{sync_throttled.DOWN_BITS_PER_S // 1000} kbit/s down, "
            f"{int(sync_throttled.ROUND_TRIP_S * 1000)} ms round trip",
        }
    ]


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
