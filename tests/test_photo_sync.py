"""Photo files through sync (docs/sync.md, Photos), with two real laptops and a real
server on loopback: a real JPEG goes up in checked chunks and the other laptop gets the
same bytes and thumbnails; a photo whose file is gone fails with a reason while the rows
still sync; a reduced copy first, then the original; and the server refusing what it
must refuse (a wrong chunk checksum, a wrong whole-file hash, offsets and sizes that do
not fit, another cooperative's device) with nothing marked present."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import httpx
import pytest
from PIL import Image

from fieldapp.domain.growers import GrowerData
from fieldapp.domain.visits import VisitData
from fieldapp.photos import PREVIEW_SIZE, THUMB_SIZE
from fieldapp.server.store import ServerStore
from fieldapp.services.bundle import Services
from fieldapp.services.sync import SyncError
from fieldapp.storage import photo_transfers, sync_state
from fieldapp.sync.client import Failure, SyncClient
from fieldapp.sync.engine import photo_root, push_all, sync_round
from fieldapp.sync.photos import CHUNK, transfer_all
from tests.loopback import serving
from tests.sync_support import Laptop, enrolled

# -- shared with test_photo_sync_faults.py --------------------------------------------------


def noisy_jpeg(path: Path, size: tuple[int, int] = (1400, 1000), seed: int = 0) -> bytes:
    """A real JPEG that does not compress much (noise): ~1.5 MB, several chunks."""
    pixels = random.Random(seed).randbytes(size[0] * size[1] * 3)
    Image.frombytes("RGB", size, pixels).save(path, "JPEG", quality=90)
    return path.read_bytes()


def photo_of(laptop: Laptop, folder: Path, seed: int = 0, **size: object) -> tuple[str, bytes]:
    """(photo id, its bytes): a photo imported into a new visit on `laptop`."""
    services = Services(laptop.db)
    grower = services.registry.save(GrowerData(name=f"王建{'国华明'[seed % 3]}"), confirmed=True)
    visit = services.visits.save(
        VisitData(grower_id=grower, visited_on="2025-05-04", technician="张技术员")
    )
    folder.mkdir(parents=True, exist_ok=True)
    data = noisy_jpeg(folder / f"IMG_{seed:04d}.jpg", seed=seed, **size)  # type: ignore[arg-type]
    report = services.photos.import_into_visit(visit, [folder / f"IMG_{seed:04d}.jpg"])
    assert report.added == 1
    (photo,) = services.photos.of_visit(visit)
    return photo.id, data


def client_of(laptop: Laptop | Services, url: str | None = None) -> SyncClient:
    """A sync client with the laptop's own enrolment, for what a round does in parts."""
    enrolment = sync_state.enrolment(laptop.db)
    assert enrolment is not None
    return SyncClient(url or enrolment.server_url, enrolment.token)


def original_here(laptop: Laptop, photo_id: str) -> Path | None:
    services = Services(laptop.db)
    sha = str(laptop.db.scalar("SELECT sha256 FROM photos WHERE id = ?", (photo_id,)))
    return services.photos.store.find_original(sha)


def server_state(laptop: Laptop, photo_id: str) -> dict:
    with client_of(laptop) as client:
        return client.photo_state(photo_id)


def state_here(laptop: Laptop, photo_id: str) -> photo_transfers.Transfer:
    found = photo_transfers.get(laptop.db, photo_id)
    assert found is not None
    return found


# -- fixtures -------------------------------------------------------------------------------


@pytest.fixture
def url(store: ServerStore):
    with serving(store) as base:
        yield base


@pytest.fixture
def laptops(tmp_path: Path, store: ServerStore, url: str):
    opened = [enrolled(tmp_path, store, url, name) for name in ("a", "b")]
    yield opened
    for laptop in opened:
        laptop.close()


# -- the way through --------------------------------------------------------------------------


def test_a_real_jpeg_goes_up_and_the_other_laptop_gets_the_same_bytes_and_thumbnails(
    tmp_path, laptops
):
    a, b = laptops
    photo_id, data = photo_of(a, tmp_path / "DCIM")
    assert len(data) > 4 * CHUNK  # several chunks

    report = a.sync.sync_now()
    assert (report.photos_sent, report.photos_failed, report.file_error) == (1, 0, "")
    assert server_state(a, photo_id)["state"] == "present"
    assert state_here(a, photo_id).state == "sent"
    assert a.sync.status().photos.sent == 1
    # The transfer table is this laptop's own: nothing of it waits to be pushed.
    assert a.pending() == 0
    assert not a.db.scalar("SELECT count(*) FROM outbox WHERE table_name = 'photo_transfers'")

    report = b.sync.sync_now()
    assert (report.pulled > 0, report.photos_fetched, report.photos_sent) == (True, 1, 0)
    fetched = original_here(b, photo_id)
    assert fetched is not None and fetched.read_bytes() == data
    assert fetched.name == original_here(a, photo_id).name  # same extension, same hash
    photos_b = Services(b.db).photos
    row = next(p for p in photos_b.store.originals.rglob("*") if p.is_file())
    sha = row.stem
    for size in (THUMB_SIZE,):
        thumb = photos_b.store.thumb_path(sha, size)
        assert thumb.is_file()
        with Image.open(thumb) as image:
            assert max(image.size) == THUMB_SIZE
    assert not (photo_root(b.db) / "incoming").exists() or not any(
        (photo_root(b.db) / "incoming").iterdir()
    )
    status = b.sync.status().photos
    assert (status.fetched, status.pending, status.failed) == (1, 0, 0)

    # Nothing moves twice: a's next round sends nothing, b's fetches nothing.
    assert a.sync.sync_now().photos_sent == 0
    again = b.sync.sync_now()
    assert (again.photos_sent, again.photos_fetched) == (0, 0)


def test_a_photo_whose_file_is_gone_fails_with_a_reason_and_the_rows_still_sync(
    tmp_path, laptops, store
):
    a, _ = laptops
    photo_id, _ = photo_of(a, tmp_path / "DCIM")
    kept_id, _ = photo_of(a, tmp_path / "DCIM2", seed=1)
    original_here(a, photo_id).unlink()

    report = a.sync.sync_now()  # no exception: the other photo and the rows go on
    assert (report.photos_sent, report.photos_failed, report.file_error) == (1, 1, "")
    assert a.pending() == 0
    coop = a.db.scalar("SELECT coop_id FROM photos WHERE id = ?", (photo_id,))
    assert store.row(str(coop), "photos", photo_id) is not None  # the row is on the server
    assert server_state(a, photo_id)["state"] == "missing"
    assert server_state(a, kept_id)["state"] == "present"
    failed = a.sync.unfinished_photos()
    assert [(t.photo_id, t.state, t.reason) for t in failed] == [
        (photo_id, "failed", "missing_file")
    ]
    counts = a.sync.status().photos
    assert (counts.sent, counts.failed) == (1, 1)
    assert a.sync.status().last_error == ""


def test_a_reduced_copy_first_then_the_original(tmp_path, laptops, monkeypatch):
    a, b = laptops
    photo_id, data = photo_of(a, tmp_path / "DCIM", size=(2400, 1800))
    with client_of(a) as client:
        from fieldapp.sync import engine

        engine.push_all(a.db, client)

        def no_link(*_: object) -> int:
            raise SyncError(Failure.NO_NETWORK, "the link went down")

        # The link goes down as the first original chunk leaves: the copy went first.
        monkeypatch.setattr(client, "send_chunk", no_link)
        report = transfer_all(a.db, client, Services(a.db).photos.store, reduced_first=True)
        monkeypatch.undo()
        assert (report.reduced, report.sent, report.error) == (1, 0, "no_network")
        reduced_bytes = client.photo_bytes_up
    assert reduced_bytes < len(data) / 2
    assert server_state(a, photo_id)["state"] == "reduced"
    assert state_here(a, photo_id).state == "reduced"
    assert a.sync.status().photos.reduced == 1

    # The other laptop shows the reduced copy as the photo's picture until the original.
    b.sync.sync_now()
    assert original_here(b, photo_id) is None
    assert (state_here(b, photo_id).state, state_here(b, photo_id).reason) == (
        "missing",
        "reduced_only",
    )
    sha = hashlib.sha256(data).hexdigest()
    store_b = Services(b.db).photos.store
    with Image.open(store_b.thumb_path(sha, PREVIEW_SIZE)) as preview:
        assert max(preview.size) == PREVIEW_SIZE
    assert store_b.thumb_path(sha, THUMB_SIZE).is_file()

    a.sync.reduced_first = True
    report = a.sync.sync_now()
    assert (report.photos_sent, report.photos_reduced) == (1, 0)
    assert server_state(a, photo_id)["state"] == "present"
    assert b.sync.sync_now().photos_fetched == 1
    assert original_here(b, photo_id).read_bytes() == data


# -- what the server refuses ------------------------------------------------------------------


def _raw(laptop: Laptop) -> httpx.Client:
    enrolment = sync_state.enrolment(laptop.db)
    headers = {"Authorization": f"Bearer {enrolment.token}"}
    return httpx.Client(base_url=enrolment.server_url, headers=headers)


def _chunk(http: httpx.Client, photo_id: str, offset: int, data: bytes, sha: str = ""):
    headers = {
        "Upload-Offset": str(offset),
        "Chunk-SHA256": sha or hashlib.sha256(data).hexdigest(),
        "Content-Type": "application/octet-stream",
    }
    return http.post(f"/v1/photos/{photo_id}/chunks", content=data, headers=headers)


def test_a_wrong_chunk_checksum_and_a_wrong_whole_file_hash_are_refused(tmp_path, laptops):
    a, _ = laptops
    photo_id, data = photo_of(a, tmp_path / "DCIM")
    with client_of(a) as client:
        from fieldapp.sync import engine

        engine.push_all(a.db, client)
    with _raw(a) as http:
        wrong = _chunk(http, photo_id, 0, data[:CHUNK], sha="0" * 64)
        assert wrong.status_code == 400 and "SHA-256" in wrong.json()["detail"]
        assert server_state(a, photo_id) == {
            "state": "missing",
            "offset": 0,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        # The right size, the wrong bytes: each chunk is fine, the whole is not the photo.
        other = bytes(reversed(data))
        offset = 0
        while offset < len(other):
            answer = _chunk(http, photo_id, offset, other[offset : offset + CHUNK])
            assert answer.status_code == 200, answer.text
            offset = answer.json()["offset"]
        claimed = http.post(f"/v1/photos/{photo_id}/finish", json={"sha256": "1" * 64})
        assert claimed.status_code == 400  # not the photo's hash: nothing looked at
        assert server_state(a, photo_id)["offset"] == len(data)
        finish = http.post(
            f"/v1/photos/{photo_id}/finish", json={"sha256": hashlib.sha256(data).hexdigest()}
        )
        assert finish.status_code == 400
        assert "does not match" in finish.json()["detail"]
        assert server_state(a, photo_id)["state"] == "missing"  # discarded, never present
        assert http.get(f"/v1/photos/{photo_id}/file").status_code == 404
    # The real upload after that goes through.
    assert a.sync.sync_now().photos_sent == 1
    assert server_state(a, photo_id)["state"] == "present"


def test_offsets_sizes_and_bad_headers_get_clear_answers(tmp_path, laptops):
    a, _ = laptops
    photo_id, data = photo_of(a, tmp_path / "DCIM")
    a.sync.sync_now()
    with _raw(a) as http:
        # Present already: a late chunk changes nothing.
        assert _chunk(http, photo_id, 0, data[:10]).json() == {"offset": len(data)}
    photo2, data2 = photo_of(a, tmp_path / "DCIM2", seed=1)
    with client_of(a) as client:
        from fieldapp.sync import engine

        engine.push_all(a.db, client)
    with _raw(a) as http:
        ahead = _chunk(http, photo2, CHUNK, data2[CHUNK : 2 * CHUNK])
        assert ahead.status_code == 409
        assert ahead.json()["offset"] == 0 and "send from there" in ahead.json()["detail"]
        too_big = _chunk(http, photo2, 0, data2[: 1024 * 1024] + bytes(1024 * 1024))
        assert too_big.status_code == 413
        offset = 0
        while len(data2) - offset > CHUNK:
            offset = _chunk(http, photo2, offset, data2[offset : offset + CHUNK]).json()["offset"]
        past = _chunk(http, photo2, offset, data2[offset:] + b"x" * 10)
        assert past.status_code == 413 and "past" in past.json()["detail"]
        assert server_state(a, photo2)["offset"] == offset
        no_header = http.post(f"/v1/photos/{photo2}/chunks", content=b"abc")
        assert no_header.status_code == 400 and no_header.json()["detail"]
        early = http.post(f"/v1/photos/{photo2}/finish", json={"sha256": "a" * 64})
        assert early.status_code == 400
        unknown = http.get("/v1/photos/0190-not-a-photo")
        assert unknown.status_code == 404 and "cooperative" in unknown.json()["detail"]
        not_jpeg = http.put(
            f"/v1/photos/{photo2}/reduced",
            content=b"GIF89a....",
            headers={"Content-SHA256": hashlib.sha256(b"GIF89a....").hexdigest()},
        )
        assert not_jpeg.status_code == 400
    anonymous = httpx.get(f"{sync_state.enrolment(a.db).server_url}/v1/photos/{photo2}")
    assert anonymous.status_code == 401
    assert server_state(a, photo2)["state"] == "partial"


def test_another_cooperatives_device_can_neither_send_nor_fetch_the_photo(
    tmp_path, laptops, store, url
):
    a, _ = laptops
    photo_id, data = photo_of(a, tmp_path / "DCIM")
    a.sync.sync_now()
    stranger = Laptop(tmp_path / "stranger")
    try:
        code, _ = store.new_code("别的合作社", "technician")
        stranger.sync.enrol(url, code, "stranger")
        with client_of(stranger) as client:
            for attempt in (
                lambda: client.photo_state(photo_id),
                lambda: client.send_chunk(photo_id, 0, data[:CHUNK]),
                lambda: client.finish_photo(photo_id, hashlib.sha256(data).hexdigest()),
                lambda: client.download_photo(photo_id, (tmp_path / "stolen").open("wb")),
            ):
                with pytest.raises(SyncError) as refused:
                    attempt()
                assert refused.value.failure == Failure.REFUSED
                assert "cooperative" in refused.value.detail
            assert client.fetch_reduced(photo_id) is None  # 404: nothing to see either
            assert client.photo_bytes_down == 0
            states, refused = client.photo_states([photo_id])  # asked with others: the same
            assert states == {} and "cooperative" in refused[photo_id]
    finally:
        stranger.close()
    assert server_state(a, photo_id)["state"] == "present"


class CountingLink(httpx.HTTPTransport):
    """The requests a sync client makes, by method and path; `old_server` answers the
    batch state request as a server without it would."""

    def __init__(self, old_server: bool = False) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []
        self.old_server = old_server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path))
        if self.old_server and request.url.path == "/v1/photos/states":
            return httpx.Response(404, json={"detail": "Not Found"})
        return super().handle_request(request)

    def count(self, method: str, prefix: str) -> int:
        return sum(1 for m, path in self.seen if m == method and path.startswith(prefix))


def test_a_round_asks_after_many_photos_in_one_request(tmp_path, laptops, url):
    """Photos whose rows came but whose files are still on the other laptop: one batch
    request a round, not one request per photo (each a round trip on 2G)."""
    a, b = laptops
    ids = [photo_of(a, tmp_path / f"DCIM{n}", seed=n, size=(200, 150))[0] for n in range(5)]
    with client_of(a) as client:
        push_all(a.db, client)  # the rows only: the files stay on laptop a
    enrolment = sync_state.enrolment(b.db)
    link = CountingLink()
    with SyncClient(enrolment.server_url, enrolment.token, transport=link) as client:
        sync_round(b.db, client, photo_root(b.db))
    assert link.count("POST", "/v1/photos/states") == 1
    assert link.count("GET", "/v1/photos/") == 0
    for photo_id in ids:
        here = state_here(b, photo_id)
        assert (here.state, here.reason) == ("missing", photo_transfers.NOT_ON_SERVER)

    # A server without the batch request: asked one by one, with the same outcome.
    old = CountingLink(old_server=True)
    with SyncClient(enrolment.server_url, enrolment.token, transport=old) as client:
        report = transfer_all(b.db, client, Services(b.db).photos.store)
    assert old.count("GET", "/v1/photos/") == 5 and report.error == ""
    assert {state_here(b, i).state for i in ids} == {"missing"}

    a.sync.sync_now()  # the files go up; the next round fetches all five
    link = CountingLink()
    with SyncClient(enrolment.server_url, enrolment.token, transport=link) as client:
        assert sync_round(b.db, client, photo_root(b.db)).photos_fetched == 5
    assert link.count("POST", "/v1/photos/states") == 1
    assert link.count("GET", "/v1/photos/") == 5  # the five files, no state asked alone


def test_the_batch_state_request_answers_only_for_the_device_s_own_photos(tmp_path, laptops, url):
    a, _ = laptops
    photo_id, _ = photo_of(a, tmp_path / "DCIM")
    a.sync.sync_now()
    with client_of(a) as client:
        states, refused = client.photo_states([photo_id, "no-such-photo", photo_id])
    assert set(states) == {photo_id} and states[photo_id]["state"] == "present"
    assert set(refused) == {"no-such-photo"} and "cooperative" in refused["no-such-photo"]
    token = sync_state.enrolment(a.db).token
    too_many = httpx.post(
        f"{url}/v1/photos/states",
        json={"ids": [photo_id] * 501},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert too_many.status_code == 400  # the app answers every malformed body with 400
    assert httpx.post(f"{url}/v1/photos/states", json={"ids": [photo_id]}).status_code == 401


def test_the_photo_routes_are_in_the_openapi_description(url):
    paths = httpx.get(f"{url}/openapi.json").json()["paths"]
    for path in (
        "/v1/photos/states",
        "/v1/photos/{photo_id}",
        "/v1/photos/{photo_id}/chunks",
        "/v1/photos/{photo_id}/finish",
        "/v1/photos/{photo_id}/reduced",
        "/v1/photos/{photo_id}/file",
        "/v1/sheets/{visit_id}",
        "/v1/sheets/{visit_id}/chunks",
        "/v1/sheets/{visit_id}/publish",
    ):
        assert path in paths
    chunk = paths["/v1/photos/{photo_id}/chunks"]["post"]
    headers = {p["name"] for p in chunk["parameters"] if p["in"] == "header"}
    assert {"Upload-Offset", "Chunk-SHA256"} <= headers


# -- the Sync page ------------------------------------------------------------------------------


def test_the_sync_page_shows_each_photos_state_and_keeps_the_reduced_copy_option(
    qtbot, tasks, settings, tmp_path, laptops
):
    from fieldapp import settings as keys
    from fieldapp.ui.sync_page import SyncPage, photo_reason_text

    a, _ = laptops
    photo_id, _ = photo_of(a, tmp_path / "DCIM")
    photo_of(a, tmp_path / "DCIM2", seed=1)
    photo_of(a, tmp_path / "DCIM3", seed=2)
    original_here(a, photo_id).unlink()
    a.sync.sync_now()
    photo_of(a, tmp_path / "DCIM4", seed=3)  # made after the round: waiting

    services = Services(a.db)
    page = SyncPage(services, tasks, settings)
    qtbot.addWidget(page)
    page.reload()  # the waiting photo gets its state at the next round; count it now
    text = page.photos_label.text()
    assert "2" in text and "1" in text  # 2 sent, 1 failed
    assert page.photos_box.isVisibleTo(page)
    reasons = [page.photo_table.item(r, 2).text() for r in range(page.photo_table.rowCount())]
    assert photo_reason_text("missing_file") in reasons

    assert not page.reduced_first.isChecked()
    page.reduced_first.setChecked(True)
    assert settings.get(keys.SYNC_REDUCED_PHOTOS_FIRST) is True
    again = SyncPage(Services(a.db), tasks, settings)
    qtbot.addWidget(again)
    assert again.reduced_first.isChecked()
