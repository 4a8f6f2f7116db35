"""Photo files under faults (issue 6): the link cut in the middle of an upload and of a
download (test_sync_faults.py's relay), and the server killed and started again in the
middle of an upload, with the bytes a killed write left past the confirmed offset. Each
resumes from what was confirmed: an upload sends at most the one chunk that was in
flight again, a download fetches nothing twice, and the bytes match at the end."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from fieldapp.services.bundle import Services
from fieldapp.sync.client import SyncClient
from fieldapp.sync.engine import pull_all, push_all
from fieldapp.sync.photos import CHUNK, transfer_all
from tests.sync_support import enrolled
from tests.test_photo_sync import client_of, original_here, photo_of, state_here
from tests.test_sync_faults import Central, CuttingProxy


@pytest.fixture
def central(server_database: str, tmp_path: Path):
    """test_sync_faults.py's server that can be killed and started again, on each
    backend (conftest's server_database); its photo files go to tmp_path/photos."""
    server = Central(server_database, tmp_path)
    yield server
    server.close()


@pytest.fixture
def relay(central: Central):
    link = CuttingProxy(central.port)
    yield link
    link.close()


def server_bytes(client: SyncClient, photo_id: str) -> bytes:
    sink = io.BytesIO()
    client.download_photo(photo_id, sink)
    return sink.getvalue()


def test_a_link_cut_mid_upload_resumes_and_sends_at_most_one_chunk_again(
    tmp_path: Path, central: Central, relay: CuttingProxy
):
    a = enrolled(tmp_path, central.store, relay.url, "a")  # every request through the relay
    try:
        photo_id, data = photo_of(a, tmp_path / "DCIM", size=(2000, 1500))
        store = Services(a.db).photos.store
        with client_of(a) as client:
            push_all(a.db, client)
        relay.cut_after(len(data) // 2, "up")
        with client_of(a) as client:
            first = transfer_all(a.db, client, store)
            sent_before = client.photo_bytes_up
        assert relay.was_cut and first.error == "no_network"
        here = state_here(a, photo_id)
        assert here.state == "uploading" and 0 < here.done_bytes < len(data)
        with client_of(a, central.url) as direct:
            server = direct.photo_state(photo_id)
        assert (server["state"], server["offset"]) == ("partial", here.done_bytes)

        relay.heal()
        with client_of(a) as client:
            second = transfer_all(a.db, client, store)
            resent = sent_before + client.photo_bytes_up - len(data)
            assert (second.sent, second.error) == (1, "")
            assert server_bytes(client, photo_id) == data
        assert 0 < resent <= CHUNK
        assert state_here(a, photo_id).state == "sent"
    finally:
        a.close()


def test_a_link_cut_mid_download_resumes_where_the_bytes_stopped(
    tmp_path: Path, central: Central, relay: CuttingProxy
):
    a = enrolled(tmp_path, central.store, central.url, "a")
    b = enrolled(tmp_path, central.store, relay.url, "b")
    try:
        photo_id, data = photo_of(a, tmp_path / "DCIM", size=(2000, 1500))
        assert a.sync.sync_now().photos_sent == 1
        store = Services(b.db).photos.store
        with client_of(b) as client:
            push_all(b.db, client)
            pull_all(b.db, client)
        relay.cut_after(len(data) // 2, "down")
        with client_of(b) as client:
            first = transfer_all(b.db, client, store)
            fetched_before = client.photo_bytes_down
        assert relay.was_cut and first.error == "no_network"
        assert state_here(b, photo_id).state == "downloading"
        assert original_here(b, photo_id) is None  # nothing unchecked in the photo store

        relay.heal()
        with client_of(b) as client:
            second = transfer_all(b.db, client, store)
            fetched_again = fetched_before + client.photo_bytes_down - len(data)
        assert (second.fetched, second.error) == (1, "")
        assert fetched_again <= 0  # every byte that arrived was kept
        assert original_here(b, photo_id).read_bytes() == data
        assert store.thumb_path(state_here(b, photo_id).sha256, 256).is_file()
    finally:
        a.close()
        b.close()


def test_the_server_killed_mid_upload_then_started_again(tmp_path: Path, central: Central):
    a = enrolled(tmp_path, central.store, central.url, "a")
    try:
        photo_id, data = photo_of(a, tmp_path / "DCIM", size=(2000, 1500))
        store = Services(a.db).photos.store
        with client_of(a) as client:
            push_all(a.db, client)
            real_send = client.send_chunk
            calls = []

            def send_then_die(photo: str, offset: int, chunk: bytes) -> int:
                calls.append(offset)
                if len(calls) == 4:
                    central.stop()  # the process is gone: this chunk finds no one
                return real_send(photo, offset, chunk)

            client.send_chunk = send_then_die  # type: ignore[method-assign]
            first = transfer_all(a.db, client, store)
            sent_before = client.photo_bytes_up
        assert first.error == "no_network"
        assert state_here(a, photo_id).done_bytes == 3 * CHUNK
        # A write the kill cut short leaves bytes past the confirmed offset.
        (part,) = tmp_path.glob("photos/*/partial/*.part")
        with part.open("ab") as handle:
            handle.write(b"\xff" * 1000)

        central.start()
        with client_of(a) as client:
            assert client.photo_state(photo_id)["offset"] == 3 * CHUNK
            second = transfer_all(a.db, client, store)
            resent = sent_before + client.photo_bytes_up - len(data)
            assert second.sent == 1
            assert server_bytes(client, photo_id) == data
        assert 0 < resent <= CHUNK
        assert not list(tmp_path.glob("photos/*/partial/*"))
    finally:
        a.close()
