"""HTTP to the central server: one kept-alive httpx client, gzip on the way up, and
every failure turned into a SyncError a person can be told about."""

from __future__ import annotations

import gzip
import json
from enum import StrEnum

import httpx

from fieldapp.domain.sync import Change, Pulled, pulled_from_json

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
GZIP_FROM = 1024  # bytes: smaller bodies are not worth the CPU


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

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _send(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        try:
            response = self.http.request(method, path, **kwargs)  # type: ignore[arg-type]
        except httpx.TimeoutException as error:
            raise SyncError(Failure.TIMEOUT, str(error)) from error
        except httpx.TransportError as error:
            raise SyncError(Failure.NO_NETWORK, str(error)) from error
        if response.status_code == 401:
            raise SyncError(Failure.UNAUTHORIZED, _detail(response))
        if response.status_code >= 500:
            raise SyncError(Failure.SERVER, _detail(response))
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
        response = self._send("POST", "/v1/push", content=body, headers=headers)
        if response.status_code == 409:
            raise SequenceGapError(int(_json(response).get("high_seq", 0)))
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        return int(_json(response)["high_seq"])

    def pull(self, after: int, limit: int) -> tuple[list[Pulled], int, bool]:
        response = self._send("GET", "/v1/pull", params={"after": after, "limit": limit})
        if response.status_code != 200:
            raise SyncError(Failure.REFUSED, _detail(response))
        page = _json(response)
        try:
            changes = [pulled_from_json(c) for c in page["changes"]]
            return changes, int(page["next"]), bool(page["more"])
        except (KeyError, TypeError, ValueError) as error:
            raise SyncError(Failure.SERVER, f"unexpected pull answer: {error}") from error


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
