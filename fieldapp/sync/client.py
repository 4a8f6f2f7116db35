"""HTTP to the central server: one kept-alive httpx client, gzip on the way up, and
every failure turned into a SyncError a person can be told about."""

from __future__ import annotations

import gzip
import hashlib
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import BinaryIO

import httpx

from fieldapp.domain.sync import Change, Pulled, pulled_from_json

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
GZIP_FROM = 1024  # bytes: smaller bodies are not worth the CPU
STATES_BATCH = 500  # photos asked after in one request (the server's STATES_MAX)
RETRY_WAITS = (2.0, 6.0)  # seconds before the second and third try of a repeatable request
BUSY_STATUSES = frozenset({502, 503, 504})  # the server or a proxy in front of it: later
MAX_RETRY_AFTER = 30.0


class Failure(StrEnum):
    NO_NETWORK = "no_network"  # could not reach the server at all
    TIMEOUT = "timeout"
    UNAUTHORIZED = "unauthorized"  # token unknown or revoked: enrol again
    REFUSED = "refused"  # the server said no (role, coop, bad code)
    SERVER = "server"  # the server failed (5xx) or answered nonsense


class SyncError(Exception):
    def __init__(self, failure: Failure, detail: str = "") -> None:
        super().__init__(f"{failure}: {detail}")
        self.failure = failure
        self.detail = detail


class SequenceGapError(Exception):
    """The server holds less than the batch assumed: send again from `high_seq + 1`."""

    def __init__(self, high_seq: int) -> None:
        super().__init__(f"server holds up to {high_seq}")
        self.high_seq = high_seq


class SyncClient:
    def __init__(
        self, base_url: str, token: str = "", transport: httpx.BaseTransport | None = None
    ) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(
            base_url=base_url.rstrip("/"), headers=headers, timeout=TIMEOUT, transport=transport
        )
        # Photo bytes handed to the link (chunks and reduced copies) and received: what
        # a resumed transfer sent again shows here (tests, benchmarks/photo_upload.py).
        self.photo_bytes_up = 0
        self.photo_bytes_down = 0

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _send(
        self, method: str, path: str, *, repeatable: bool = False, **kwargs: object
    ) -> httpx.Response:
        """One request. A `repeatable` one (the server takes it twice as once: a push
        names its sequence numbers, a read changes nothing) is tried again after a
        short wait when the link drops or the server is busy, as a phone's signal
        comes and goes; the rest are resumed by the next round instead."""
        waits = [*RETRY_WAITS] if repeatable else []
        while True:
            try:
                with _link_errors():
                    response = self.http.request(method, path, **kwargs)  # type: ignore[arg-type]
            except SyncError as error:
                if not waits or error.failure not in (Failure.NO_NETWORK, Failure.TIMEOUT):
                    raise
                time.sleep(waits.pop(0))
                continue
            if waits and response.status_code in BUSY_STATUSES:
                time.sleep(max(waits.pop(0), _retry_after(response)))
                continue
            _check(response)
            return response

    def enrol(self, code: str, device_id: str, name: str) -> dict:
        response = self._send(
            "POST", "/v1/enrol", json={"code": code, "device_id": device_id, "name": name}
        )
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        return _json(response)

    def push(self, device_id: str, changes: list[Change]) -> int:
        """The server's high_seq after this batch; SequenceGapError if it holds less
        than the batch assumes."""
        body = json.dumps(
            {"device_id": device_id, "changes": [c.to_json() for c in changes]},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode()
        headers = {"Content-Type": "application/json"}
        if len(body) >= GZIP_FROM:
            body = gzip.compress(body, compresslevel=6)
            headers["Content-Encoding"] = "gzip"
        response = self._send("POST", "/v1/push", repeatable=True, content=body, headers=headers)
        if response.status_code == 409:
            raise SequenceGapError(int(_json(response).get("high_seq", 0)))
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        return int(_json(response)["high_seq"])

    def pull(self, after: int, limit: int) -> tuple[list[Pulled], int, bool]:
        response = self._send(
            "GET", "/v1/pull", repeatable=True, params={"after": after, "limit": limit}
        )
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        page = _json(response)
        try:
            changes = [pulled_from_json(c) for c in page["changes"]]
            return changes, int(page["next"]), bool(page["more"])
        except (KeyError, TypeError, ValueError) as error:
            raise SyncError(Failure.SERVER, f"unexpected pull answer: {error}") from error

    # -- photo files (docs/sync.md, Photos) ------------------------------------------------

    def photo_state(self, photo_id: str) -> dict:
        """{"state": present | reduced | partial | missing, "offset", "size", "sha256"}."""
        response = self._send("GET", f"/v1/photos/{photo_id}", repeatable=True)
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        return _json(response)

    def photo_states(self, photo_ids: list[str]) -> tuple[dict[str, dict], dict[str, str]] | None:
        """photo_state for many photos in requests of STATES_BATCH: (states by id, the
        server's refusal by id). None from a server without the batch endpoint."""
        states: dict[str, dict] = {}
        refused: dict[str, str] = {}
        for start in range(0, len(photo_ids), STATES_BATCH):
            ids = photo_ids[start : start + STATES_BATCH]
            response = self._send("POST", "/v1/photos/states", repeatable=True, json={"ids": ids})
            if response.status_code in (404, 405):
                return None
            if response.status_code != 200:
                raise SyncError(Failure.REFUSED, _detail(response))
            answer = _json(response)
            states.update(answer.get("states") or {})
            refused.update(answer.get("refused") or {})
        return states, refused

    def send_chunk(self, photo_id: str, offset: int, data: bytes) -> int:
        """Send `data` as the photo's bytes from `offset`; returns the server's confirmed
        offset after it, which is not offset + len(data) when the server holds another
        length (it says so with 409 and its offset: the caller sends from there)."""
        return self._chunk(f"/v1/photos/{photo_id}/chunks", offset, data)

    def _chunk(
        self, path: str, offset: int, data: bytes, params: dict[str, str | int] | None = None
    ) -> int:
        headers = {
            "Content-Type": "application/octet-stream",
            "Upload-Offset": str(offset),
            "Chunk-SHA256": hashlib.sha256(data).hexdigest(),
        }
        self.photo_bytes_up += len(data)
        response = self._send("POST", path, content=data, headers=headers, params=params)
        if response.status_code in (200, 409):
            offset = _json(response).get("offset")
            if isinstance(offset, int):
                return offset
        raise SyncError(Failure.REFUSED, _detail(response))

    def finish_photo(self, photo_id: str, sha256: str) -> dict:
        """Ask the server to check the whole upload; its state answer (present)."""
        response = self._send("POST", f"/v1/photos/{photo_id}/finish", json={"sha256": sha256})
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        return _json(response)

    # -- advice sheets for the grower portal (docs/portal.md, Advice sheets) -------------

    def sheet_state(self, visit_id: str, sha256: str, size: int) -> dict:
        """{"state": present | partial | missing, "offset", "size", "sha256", "current"}:
        what the server holds of this file, and whether it is the visit's sheet."""
        params = {"sha256": sha256, "size": size}
        response = self._send("GET", f"/v1/sheets/{visit_id}", repeatable=True, params=params)
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        return _json(response)

    def send_sheet_chunk(
        self, visit_id: str, sha256: str, size: int, offset: int, data: bytes
    ) -> int:
        """As send_chunk, for a sheet's file."""
        params = {"sha256": sha256, "size": size}
        return self._chunk(f"/v1/sheets/{visit_id}/chunks", offset, data, params)

    def publish_sheet(self, visit_id: str, sha256: str, size: int, version: str) -> bool:
        """Make the whole file the visit's sheet. False when the server holds a newer
        version of the visit than `version` (make it again after the next pull)."""
        body = {"sha256": sha256, "size": size, "version": version}
        response = self._send("POST", f"/v1/sheets/{visit_id}/publish", json=body)
        if response.status_code == 409 and _json(response).get("stale"):
            return False
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        return True

    def send_reduced(self, photo_id: str, data: bytes) -> dict:
        headers = {
            "Content-Type": "image/jpeg",
            "Content-SHA256": hashlib.sha256(data).hexdigest(),
        }
        self.photo_bytes_up += len(data)
        response = self._send(
            "PUT", f"/v1/photos/{photo_id}/reduced", content=data, headers=headers
        )
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        return _json(response)

    def fetch_reduced(self, photo_id: str) -> bytes | None:
        """The reduced copy, checked against its Content-SHA256; None if there is none."""
        response = self._send("GET", f"/v1/photos/{photo_id}/reduced")
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        data = response.content
        self.photo_bytes_down += len(data)
        if hashlib.sha256(data).hexdigest() != response.headers.get("content-sha256"):
            raise SyncError(Failure.SERVER, "the reduced copy arrived damaged")
        return data

    def download_photo(
        self,
        photo_id: str,
        sink: BinaryIO,
        offset: int = 0,
        progress: Callable[[int], None] | None = None,
        chunk: int = 256 * 1024,
    ) -> int:
        """Write the photo's original into `sink` from `offset` on (a Range request);
        returns the sink's length. A server that ignores the range sends everything:
        the sink then starts again from its beginning. `progress(length)` after every
        chunk; a cut link leaves what arrived in the sink, to resume from."""
        headers = {"Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        with (
            _link_errors(),
            self.http.stream("GET", f"/v1/photos/{photo_id}/file", headers=headers) as response,
        ):
            _check(response)
            if response.status_code == 416:  # nothing after offset: the sink is complete
                return offset
            if response.status_code not in (200, 206):
                response.read()
                raise SyncError(Failure.REFUSED, _detail(response))
            if response.status_code == 200:
                sink.seek(0)
                sink.truncate()
                offset = 0
            for data in response.iter_raw(chunk):
                sink.write(data)
                offset += len(data)
                self.photo_bytes_down += len(data)
                if progress is not None:
                    progress(offset)
        return offset


@contextmanager
def _link_errors() -> Iterator[None]:
    """httpx's link failures as SyncErrors."""
    try:
        yield
    except httpx.TimeoutException as error:
        raise SyncError(Failure.TIMEOUT, str(error)) from error
    except httpx.TransportError as error:
        raise SyncError(Failure.NO_NETWORK, str(error)) from error


def _retry_after(response: httpx.Response) -> float:
    """The server's Retry-After in seconds (0 if none or not a number), at most 30."""
    try:
        return min(float(response.headers.get("retry-after", "0")), MAX_RETRY_AFTER)
    except ValueError:
        return 0.0


def _check(response: httpx.Response) -> None:
    if response.status_code == 401:
        if not response.is_closed:
            response.read()
        raise SyncError(Failure.UNAUTHORIZED, _detail(response))
    if response.status_code >= 500:
        if not response.is_closed:
            response.read()
        raise SyncError(Failure.SERVER, _detail(response))


def _json(response: httpx.Response) -> dict:
    try:
        data = response.json()
    except ValueError as error:
        raise SyncError(Failure.SERVER, "the server's answer is not JSON") from error
    if not isinstance(data, dict):
        raise SyncError(Failure.SERVER, "the server's answer is not a JSON object")
    return data


def _detail(response: httpx.Response) -> str:
    try:
        return str(response.json().get("detail", response.text))
    except ValueError:
        return response.text[:200]
