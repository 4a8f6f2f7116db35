"""The photo endpoints (docs/sync.md, Photos): a photo's state, its upload in chunks
with a SHA-256 per chunk and one for the whole file, the reduced copy, and downloads
that resume with a Range header. A device reaches only photos whose `photos` row is
its cooperative's, so the row is pushed before the file."""

# No `from __future__ import annotations`: the routes are made inside router(), and
# FastAPI must see their parameter types (the local `authed`) as objects, not strings.

import hashlib
import time
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from fieldapp.domain.sync import WRITABLE

from .admission import Admission
from .photos import (
    CHUNK_MAX,
    DAY,
    PARTIAL_DAYS,
    REDUCED_MAX,
    Daily,
    PhotoError,
    PhotoFiles,
    Wanted,
    wanted,
)
from .store import Device, ServerStore

_SHA_PATTERN = r"^[0-9a-f]{64}$"
STATES_MAX = 500  # photos asked after in one request
_NOT_FOUND = "there is no photo with this id in your cooperative; sync its row first"
_CUT = "the connection closed before the whole body arrived; nothing was kept"


class PhotoState(BaseModel):
    state: str = Field(description="present, reduced (only the reduced copy), partial or missing")
    offset: int = Field(description="bytes of the original the server has confirmed")
    size: int
    sha256: str


class StatesRequest(BaseModel):
    ids: list[str] = Field(max_length=STATES_MAX, description="photo row ids")


class StatesAnswer(BaseModel):
    states: dict[str, PhotoState] = Field(description="by id, for the photos one can reach")
    refused: dict[str, str] = Field(description="by id: why there is no state (no such row)")


class ChunkAnswer(BaseModel):
    offset: int


class FinishRequest(BaseModel):
    sha256: str = Field(pattern=_SHA_PATTERN, description="the whole file's SHA-256, hex")


def bytes_body(description: str) -> dict:
    return {
        "requestBody": {
            "required": True,
            "description": description,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    }


REFUSALS = {
    400: {"description": "a checksum that does not match, or a bad header"},
    403: {"description": "this device's role may not send photos"},
    404: {"description": "no such photo row in the device's cooperative"},
    409: {"description": "the offset is not the server's (the answer carries its offset)"},
    413: {"description": "too large"},
}


def refused(error: PhotoError) -> JSONResponse:
    return JSONResponse({"detail": str(error), **error.extra}, error.status)


async def read_body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise PhotoError(413, f"a request here may carry {limit // 1024} KiB at most")
    parts, seen = [], 0
    try:
        async for part in request.stream():
            seen += len(part)
            if seen > limit:
                raise PhotoError(413, f"a request here may carry {limit // 1024} KiB at most")
            parts.append(part)
    except ClientDisconnect:  # a cut link: no one reads the answer, nothing is written
        raise PhotoError(400, _CUT) from None
    return b"".join(parts)


def _live(row: dict | None) -> Wanted:
    """The file a photo row of the device's cooperative names; 404 for no such row."""
    if row is None or row.get("deleted"):
        raise PhotoError(404, _NOT_FOUND)
    return wanted(row)


def router(
    store: ServerStore, current_device: Callable[..., Device], admission: Admission
) -> APIRouter:
    """The routes over `store`'s data folder; `current_device` is app.py's bearer-token
    dependency (401 for a missing, unknown or revoked token). Writing a chunk and
    hashing a finished file wait their turn with pushes and pulls (`admission`)."""
    api = APIRouter(prefix="/v1/photos", tags=["photos"], responses=REFUSALS)
    files = PhotoFiles(store.folder / "photos")
    sweep = Daily(lambda: files.sweep(time.time() - PARTIAL_DAYS * DAY))  # given-up uploads
    authed = Annotated[Device, Depends(current_device)]

    def photo(device: Device, photo_id: str) -> Wanted:
        return _live(store.row(device.coop_id, "photos", photo_id))

    def sender(device: Device, photo_id: str) -> Wanted:
        if "photos" not in WRITABLE.get(device.role, frozenset()):
            raise PhotoError(403, "this laptop's role may not send photos")
        return photo(device, photo_id)

    @api.post("/states", response_model=StatesAnswer)
    def states(body: StatesRequest, device: authed) -> Response:
        """The state of many photos in one request: on a link with half-second round
        trips, a round asking after 200 photos one by one spends 100 s waiting."""
        rows = store.rows(device.coop_id, "photos", list(dict.fromkeys(body.ids)))
        found: dict[str, dict] = {}
        refused: dict[str, str] = {}
        for photo_id in body.ids:
            try:
                found[photo_id] = files.state(device.coop_id, _live(rows.get(photo_id)))
            except PhotoError as error:
                refused[photo_id] = str(error)
        return JSONResponse({"states": found, "refused": refused})

    @api.get("/{photo_id}", response_model=PhotoState)
    def state(photo_id: str, device: authed) -> Response:
        """What the server holds of the photo: present, reduced, partial (with the
        confirmed offset to resume from) or missing."""
        try:
            return JSONResponse(files.state(device.coop_id, photo(device, photo_id)))
        except PhotoError as error:
            return refused(error)

    @api.post(
        "/{photo_id}/chunks",
        response_model=ChunkAnswer,
        openapi_extra=bytes_body("the photo's bytes from Upload-Offset on (256 KiB)"),
    )
    async def chunk(
        photo_id: str,
        request: Request,
        device: authed,
        upload_offset: Annotated[int, Header(alias="Upload-Offset", ge=0, lt=2**63)],
        chunk_sha256: Annotated[str, Header(alias="Chunk-SHA256", pattern=_SHA_PATTERN)],
    ) -> Response:
        """Append one chunk at Upload-Offset (which must be the server's confirmed
        offset); answers the new confirmed offset."""
        try:
            want = await run_in_threadpool(sender, device, photo_id)
            data = await read_body(request, CHUNK_MAX)
            await run_in_threadpool(sweep)  # once a day: only chunks make partial/ grow
            offset = await admission.run(
                files.write_chunk, device.coop_id, want, upload_offset, data, chunk_sha256
            )
        except PhotoError as error:
            return refused(error)
        return JSONResponse({"offset": offset})

    @api.post("/{photo_id}/finish", response_model=PhotoState)
    async def finish(photo_id: str, body: FinishRequest, device: authed) -> Response:
        """Check the whole upload's SHA-256 against the photo's; only then is the
        photo present. A mismatch discards the upload (400)."""

        def check() -> dict:
            want = sender(device, photo_id)
            files.finish(device.coop_id, want, body.sha256)
            return files.state(device.coop_id, want)

        try:
            return JSONResponse(await admission.run(check))
        except PhotoError as error:
            return refused(error)

    @api.put(
        "/{photo_id}/reduced",
        response_model=PhotoState,
        openapi_extra=bytes_body("a smaller JPEG of the photo (long side 1600 px)"),
    )
    async def put_reduced(
        photo_id: str,
        request: Request,
        device: authed,
        content_sha256: Annotated[str, Header(alias="Content-SHA256", pattern=_SHA_PATTERN)],
    ) -> Response:
        """Keep a reduced copy of a photo whose original has not arrived yet."""
        try:
            want = await run_in_threadpool(sender, device, photo_id)
            data = await read_body(request, REDUCED_MAX)
            await run_in_threadpool(files.put_reduced, device.coop_id, want, data, content_sha256)
            return JSONResponse(await run_in_threadpool(files.state, device.coop_id, want))
        except PhotoError as error:
            return refused(error)

    @api.get(
        "/{photo_id}/file",
        response_class=FileResponse,
        responses={200: {"content": {"application/octet-stream": {}}}, 206: {}},
    )
    def original(photo_id: str, device: authed) -> Response:
        """The original's bytes; a `Range: bytes=N-` header resumes a cut download
        (206). 404 until the photo is present."""
        try:
            want = photo(device, photo_id)
        except PhotoError as error:
            return refused(error)
        path = files.original(device.coop_id, want.sha256)
        if not path.is_file():
            return refused(PhotoError(404, "the server does not have this photo's file yet"))
        # Content-Encoding spelt out so the app's gzip leaves the bytes (and the byte
        # ranges) alone: a photo does not compress anyway.
        headers = {"Photo-SHA256": want.sha256, "Content-Encoding": "identity"}
        return FileResponse(path, media_type="application/octet-stream", headers=headers)

    @api.get(
        "/{photo_id}/reduced",
        responses={200: {"content": {"image/jpeg": {}}}},
    )
    def reduced(photo_id: str, device: authed) -> Response:
        """The reduced copy, while the original has not arrived (404 otherwise); its
        SHA-256 in the Content-SHA256 header."""
        try:
            want = photo(device, photo_id)
            data = files.reduced(device.coop_id, want.sha256).read_bytes()
        except PhotoError as error:
            return refused(error)
        except FileNotFoundError:
            return refused(PhotoError(404, "the server has no reduced copy of this photo"))
        digest = hashlib.sha256(data).hexdigest()
        return Response(data, media_type="image/jpeg", headers={"Content-SHA256": digest})

    return api
