"""The central server's HTTP API (docs/sync.md): enrol, push, pull and what a
coordinator needs to see. Every error is `{"detail": "<a sentence>"}`."""

from __future__ import annotations

import json
import re
import zlib
from http import HTTPStatus
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPBearer
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from fieldapp import __version__
from fieldapp.domain.sync import MAX_BATCH, Role, WireError, batch_from_json

from . import auth, pages, photo_api, portal, sheet_api
from .admission import Admission
from .store import Device, RefusedError, SeqGapError, ServerStore

MAX_BODY = 8 * 1024 * 1024
TOO_LARGE = f"the request body is larger than {MAX_BODY // (1024 * 1024)} MB; send fewer changes"
DEFAULT_LIMIT, MAX_LIMIT = 500, 5000
# A JSON escape of a UTF-16 surrogate: only then can parsed text fail to encode.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_PLAIN = {
    404: "there is nothing at this address",
    405: "this address does not take that method",
}


class EnrolRequest(BaseModel):
    code: str = Field(min_length=1, max_length=40, description="the one-time enrolment code")
    device_id: str = Field(min_length=1, max_length=64)
    name: str = Field(max_length=100, description="the laptop's name, for the coordinator")


class EnrolAnswer(BaseModel):
    token: str
    device_code: str
    coop_id: str
    role: str


class PushAnswer(BaseModel):
    high_seq: int
    conflicts: int


class PulledChange(BaseModel):
    cursor: int
    table: str
    row_id: str
    op: str
    fields: dict[str, str | int | float | None]
    hlc: str
    device_id: str


class PullPage(BaseModel):
    changes: list[PulledChange]
    next: int
    more: bool


class Status(BaseModel):
    device_code: str
    coop_id: str
    role: str
    high_seq: int
    server_cursor: int


_PUSH_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["device_id", "changes"],
                "properties": {
                    "device_id": {"type": "string"},
                    "changes": {
                        "type": "array",
                        "maxItems": MAX_BATCH,
                        "items": {
                            "type": "object",
                            "required": ["seq", "change_id", "table", "row_id", "op", "hlc"],
                            "properties": {
                                "seq": {"type": "integer", "minimum": 1},
                                "change_id": {"type": "string"},
                                "table": {"type": "string"},
                                "row_id": {"type": "string"},
                                "op": {"enum": ["insert", "update", "delete"]},
                                "changes": {"type": "object"},
                                "base": {"type": ["object", "null"]},
                                "hlc": {"type": "string"},
                            },
                        },
                    },
                },
            }
        }
    },
}


class _BodyLimit:
    """413 for a body over MAX_BODY, before reading it when Content-Length says so,
    else as soon as the bytes received pass it (a chunked body has no length)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            await JSONResponse({"detail": TOO_LARGE}, 413)(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                # FastAPI passes an HTTPException from reading the body on untouched.
                raise HTTPException(413, TOO_LARGE)
            return message

        await self.app(scope, limited, send)


_bearer = HTTPBearer(auto_error=False, description="the token /v1/enrol answered")


def current_device(request: Request, _: Annotated[object, Security(_bearer)]) -> Device:
    """The device of the request's bearer token; 401 for none, a bad or a revoked one."""
    token = auth.bearer_token(request.headers.get("authorization"))
    store: ServerStore = request.app.state.store
    device = store.device(token) if token else None
    if device is None:
        raise HTTPException(
            401,
            "this laptop is not enrolled, or its token was revoked; enrol it again",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return device


Authed = Annotated[Device, Depends(current_device)]


def create_app(store: ServerStore) -> FastAPI:
    app = FastAPI(
        title="FieldApp server",
        version=__version__,
        description="Enrolment and sync for FieldApp laptops (docs/sync.md).",
    )
    # Level 6, not the default 9: half the CPU for 9 % more bytes (benchmarks/sync_push_pull.py).
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=6)
    app.add_middleware(_BodyLimit)
    _install_error_handlers(app)
    app.state.store = store
    admission = Admission()

    @app.get("/v1/health")
    def health() -> dict[str, bool]:
        return {"ok": True}

    @app.post("/v1/enrol", responses={403: {"description": "unknown or used code"}})
    def enrol(request: EnrolRequest) -> EnrolAnswer:
        enrolled = store.enrol(request.code, request.device_id, request.name)
        return EnrolAnswer(**vars(enrolled))

    @app.post("/v1/push", openapi_extra={"requestBody": _PUSH_BODY})
    async def push(request: Request, device: Authed) -> PushAnswer:
        raw = b"".join([chunk async for chunk in request.stream()])
        encoding = request.headers.get("content-encoding", "").strip().lower()
        # Unpacking and checking 8 MB, the store's lock and its fsync all take time:
        # off the event loop, so other laptops' requests go on meanwhile.
        high_seq, conflicts = await admission.run(_push, store, device, raw, encoding)
        await run_in_threadpool(store.seen, device.device_id)
        return PushAnswer(high_seq=high_seq, conflicts=conflicts)

    @app.get("/v1/pull", response_model=PullPage)
    async def pull(
        device: Authed,
        after: Annotated[int, Query(ge=0, lt=2**63)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    ) -> Response:
        return await admission.run(_pull, store, device, after, limit)

    @app.get("/v1/status")
    def status(device: Authed) -> Status:
        return Status(**store.status(device))

    @app.get("/v1/conflicts")
    def conflicts(device: Authed) -> list[dict]:
        return store.open_conflicts(device.coop_id)

    @app.get("/v1/ledger-flags")
    def ledger_flags(device: Authed) -> list[dict]:
        if device.role != Role.COORDINATOR:
            raise HTTPException(403, "only a coordinator can see the ledger flags")
        return store.ledger_flags(device.coop_id)

    app.include_router(pages.router(store))
    app.include_router(photo_api.router(store, current_device, admission))
    app.include_router(sheet_api.router(store, current_device, admission))
    app.include_router(portal.router(store))  # the growers' pages (docs/portal.md)
    return app


def _push(store: ServerStore, device: Device, raw: bytes, encoding: str) -> tuple[int, int]:
    if encoding == "gzip":
        raw = _gunzip(raw)
    elif encoding not in ("", "identity"):
        raise HTTPException(415, f"the body's encoding '{encoding}' is not understood; use gzip")
    try:
        device_id, changes = batch_from_json(_parse(raw))
    except WireError as exc:
        raise HTTPException(400, str(exc)) from None
    return store.push(device, device_id, changes)


def _pull(store: ServerStore, device: Device, after: int, limit: int) -> Response:
    page = store.pull(device.coop_id, after, limit)
    store.seen(device.device_id)
    # Straight to JSON: validating thousands of changes through the model is slow.
    return Response(page.answer(), media_type="application/json")


def _gunzip(data: bytes) -> bytes:
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        # Never more than the limit: a small gzip bomb must not fill the memory.
        out = inflater.decompress(data, MAX_BODY + 1)
    except zlib.error:
        raise HTTPException(400, "the body is not valid gzip") from None
    if len(out) > MAX_BODY:
        raise HTTPException(413, TOO_LARGE)
    if not inflater.eof or inflater.unused_data:
        raise HTTPException(400, "the gzip body is cut short or has data after its end")
    return out


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def _parse(raw: bytes) -> object:
    try:
        body = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise HTTPException(400, "the body is not valid JSON") from None
    if _SURROGATE_ESCAPE.search(raw):
        try:  # a lone surrogate cannot be stored as UTF-8
            json.dumps(body, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise HTTPException(400, "the body has text that is not valid Unicode") from None
    return body


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail
        if detail == HTTPStatus(exc.status_code).phrase:  # Starlette's own, e.g. "Not Found"
            detail = _PLAIN.get(exc.status_code, f"the request failed: {detail.lower()}")
        return JSONResponse({"detail": detail}, exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _validation_sentence(exc)}, 400)

    @app.exception_handler(RefusedError)
    async def refused(request: Request, exc: RefusedError) -> JSONResponse:
        content: dict[str, object] = {"detail": str(exc)}
        if isinstance(exc, SeqGapError):
            content["high_seq"] = exc.high_seq
        return JSONResponse(content, exc.status)

    @app.exception_handler(Exception)
    async def failed(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": "the server failed; nothing was changed, try again"}, 500)


def _validation_sentence(exc: RequestValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "the request is not what this address expects"
    first = errors[0]
    if first.get("type") == "json_invalid":
        return "the body is not valid JSON"
    where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query"))
    message = str(first.get("msg", "is not valid"))
    return f"{where or 'the body'}: {message[:1].lower()}{message[1:]}"
