"""The advice sheet endpoints (docs/portal.md, Advice sheets): a technician's laptop
sends the PDF it rendered for a visit in checked chunks, like a photo, then publishes
it as the visit's sheet. A device reaches only visits of its cooperative, and only a
role that may write visits may send their sheets."""

# No `from __future__ import annotations`: FastAPI must see the routes' parameter types.

import time
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from fieldapp.domain.sync import WRITABLE

from .admission import Admission
from .photo_api import REFUSALS, PhotoState, bytes_body, read_body, refused
from .photos import CHUNK_MAX, DAY, PARTIAL_DAYS, Daily, PhotoError, Wanted
from .sheets import PDF_MAGIC, SHEET_MAX, SheetFiles, is_visit_id, wanted_sheet
from .store import Device, ServerStore

_SHA_PATTERN = r"^[0-9a-f]{64}$"
_NOT_FOUND = "there is no visit with this id in your cooperative; sync its row first"
STALE = "the sheet is not of the visit as the server holds it; sync, then make it again"


class SheetState(PhotoState):
    """A photo's state, said of a sheet's file (never "reduced"), and whether it is the
    visit's published sheet."""

    current: bool = Field(description="this file is the visit's published sheet")


class PublishRequest(BaseModel):
    sha256: str = Field(pattern=_SHA_PATTERN, description="the whole file's SHA-256, hex")
    size: int = Field(ge=1, le=SHEET_MAX)
    version: str = Field(min_length=1, max_length=200, description="the visit's hlc it shows")


def router(
    store: ServerStore, current_device: Callable[..., Device], admission: Admission
) -> APIRouter:
    api = APIRouter(prefix="/v1/sheets", tags=["advice sheets"], responses=REFUSALS)
    sheets = SheetFiles(store.folder / "sheets")
    # Given-up uploads, and the whole sheets refused as stale (never finished).
    sweep = Daily(lambda: sheets.files.sweep(time.time() - PARTIAL_DAYS * DAY))
    authed = Annotated[Device, Depends(current_device)]
    sha_query = Annotated[str, Query(pattern=_SHA_PATTERN, description="the file's SHA-256")]
    size_query = Annotated[int, Query(ge=1, le=SHEET_MAX, description="the file's bytes")]

    def visit(device: Device, visit_id: str) -> dict:
        if "visits" not in WRITABLE.get(device.role, frozenset()):
            raise PhotoError(403, "this laptop's role may not send advice sheets")
        row = store.row(device.coop_id, "visits", visit_id) if is_visit_id(visit_id) else None
        if row is None or row.get("deleted"):
            raise PhotoError(404, _NOT_FOUND)
        return row

    def state(device: Device, visit_id: str, want: Wanted) -> dict:
        visit(device, visit_id)
        found = sheets.files.state(device.coop_id, want)
        current = sheets.current(device.coop_id, visit_id)
        return {**found, "current": current is not None and current.sha256 == want.sha256}

    @api.get("/{visit_id}", response_model=SheetState)
    def sheet_state(visit_id: str, sha256: sha_query, size: size_query, device: authed) -> Response:
        """What the server holds of this file, and whether it is the visit's sheet."""
        try:
            return JSONResponse(state(device, visit_id, wanted_sheet(sha256, size)))
        except PhotoError as error:
            return refused(error)

    @api.post(
        "/{visit_id}/chunks",
        openapi_extra=bytes_body("the sheet's bytes from Upload-Offset on"),
    )
    async def chunk(
        visit_id: str,
        sha256: sha_query,
        size: size_query,
        request: Request,
        device: authed,
        upload_offset: Annotated[int, Header(alias="Upload-Offset", ge=0, lt=2**63)],
        chunk_sha256: Annotated[str, Header(alias="Chunk-SHA256", pattern=_SHA_PATTERN)],
    ) -> Response:
        """Append one chunk at Upload-Offset; answers the new confirmed offset."""
        try:
            want = wanted_sheet(sha256, size)
            await run_in_threadpool(visit, device, visit_id)
            data = await read_body(request, CHUNK_MAX)
            await run_in_threadpool(sweep)  # once a day: only chunks make partial/ grow
            if upload_offset == 0 and not data.startswith(PDF_MAGIC):
                raise PhotoError(400, "an advice sheet must be a PDF")
            offset = await admission.run(
                sheets.files.write_chunk, device.coop_id, want, upload_offset, data, chunk_sha256
            )
        except PhotoError as error:
            return refused(error)
        return JSONResponse({"offset": offset})

    @api.post("/{visit_id}/publish", response_model=SheetState)
    async def publish(visit_id: str, body: PublishRequest, device: authed) -> Response:
        """Check the whole file (its SHA-256, a PDF) and make it the visit's sheet: only
        if it shows the visit exactly as the server holds it now (409 with "stale" if
        not: made from an older copy, or from changes here not pushed yet)."""

        def check() -> dict:
            want = wanted_sheet(body.sha256, body.size)
            row = visit(device, visit_id)
            if body.version != str(row.get("hlc") or ""):
                raise PhotoError(409, STALE, stale=True)
            sheets.publish(device.coop_id, visit_id, want, body.version)
            return state(device, visit_id, want)

        try:
            return JSONResponse(await admission.run(check))
        except PhotoError as error:
            return refused(error)

    return api
