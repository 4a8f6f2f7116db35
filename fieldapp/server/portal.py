"""The grower portal (docs/portal.md): a grower's own pages on the central server,
opened from the link on their card, `/p/<grower id>.<secret>`.

No password and no cookie: the secret in the link is the grower's key (a card is
reissued with a new one). Every address under it answers only for the grower whose
secret it is; anything else gets the same "this link is not valid" answer, whether the
grower does not exist, the secret is wrong or old, or the grower belongs to another
cooperative. A question sent from the phone becomes a `visits` row and `photos` rows
in the grower's cooperative, written by the server (`ServerStore.add_server_rows`),
which laptops pull at their next sync like any other rows."""

# No `from __future__ import annotations`: FastAPI must see the routes' parameter types.

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from fieldapp.domain.ids import new_id
from fieldapp.domain.portal import (
    ASKS_PER_DAY,
    MAX_PHOTOS,
    MAX_SYMPTOMS,
    SentPhoto,
    parse_token,
    photo_row,
    remote_visit,
    symptoms_text,
)
from fieldapp.domain.receipts import LINK_PATH, Decoded, decode_payload

from . import portal_pages as pages
from .photo_api import read_body
from .photos import CHUNK_MAX, PhotoError, is_sha
from .portal_uploads import PortalUploads, Staging
from .sheets import Sheet, SheetFiles
from .store import ServerStore
from .tables import utc_now

INVALID = "此链接无效"
_SHA_PATTERN = r"^[0-9a-f]{64}$"
# Pages carry a grower's own data and a secret in their address: never cached by a
# proxy, never indexed, never sent on as a Referer; nothing loads from elsewhere.
_PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' blob: data:; script-src 'self'; "
        "style-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'"
    ),
}


@dataclass(frozen=True)
class Grower:
    coop_id: str
    id: str
    row: dict
    base: str  # the grower's page address, /p/<id>.<secret>

    @property
    def staging(self) -> Staging:
        return Staging(self.coop_id, self.id)


class AskPhoto(BaseModel):
    sha256: str = Field(pattern=_SHA_PATTERN)
    size: int = Field(ge=1)


class AskRequest(BaseModel):
    request_id: str = Field(pattern=r"^[0-9a-zA-Z-]{8,64}$", description="made by the phone")
    plot_id: str = Field(default="", max_length=64)
    symptoms: list[str] = Field(default=[], max_length=20)
    words: str = Field(default="", max_length=MAX_SYMPTOMS)
    photos: list[AskPhoto] = Field(default=[], max_length=MAX_PHOTOS)


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status, headers=_PAGE_HEADERS)


def _refused(status: int, detail: str, **extra: object) -> JSONResponse:
    return JSONResponse({"detail": detail, **extra}, status, headers={"Cache-Control": "no-store"})


def router(store: ServerStore) -> APIRouter:
    portal = APIRouter(include_in_schema=False)
    uploads = PortalUploads(store.folder)
    sheets = SheetFiles(store.folder / "sheets")

    def grower(token: str) -> Grower | None:
        link = parse_token(token)
        found = store.portal_grower(link.grower_id, link.key) if link else None
        if link is None or found is None:
            return None
        coop_id, row = found
        return Grower(coop_id, link.grower_id, row, f"/p/{link.grower_id}.{link.key}")

    async def who(token: str, sha: str | None = None) -> Grower | None:
        """The grower of a link; None too for a photo named by something not a SHA-256."""
        if sha is not None and not is_sha(sha):
            return None
        return await run_in_threadpool(grower, token)

    # -- static files: named by content, kept by the phone for good

    @portal.get("/p-static/{name}")
    def asset(name: str) -> Response:
        found = pages.ASSETS.get(name)
        if found is None:
            return Response(status_code=404)
        cache = {"Cache-Control": "public, max-age=31536000, immutable"}
        return Response(found.body, media_type=found.media_type, headers=cache)

    # -- pages

    def shown(token: str, render: Callable[[Grower], str]) -> HTMLResponse:
        """The grower's page drawn by `render`, or the one answer to any wrong link."""
        g = grower(token)
        return _html(pages.invalid(), 404) if g is None else _html(render(g))

    @portal.get("/p/{token}")
    def home(token: str) -> HTMLResponse:
        return shown(token, lambda g: _home(store, g))

    @portal.get("/p/{token}/ask")
    def ask_page(token: str) -> HTMLResponse:
        return shown(token, lambda g: pages.ask(g.base, _plots(store, g)))

    @portal.get("/p/{token}/cases")
    def cases_page(token: str) -> HTMLResponse:
        return shown(token, lambda g: pages.cases(g.base, _cases(store, sheets, g)))

    @portal.get("/p/{token}/sheets/{name}")
    def sheet(token: str, name: str) -> Response:
        """A visit's advice sheet, for the grower of the visit only."""
        g = grower(token)
        visit_id = name.removesuffix(".pdf")
        visit = store.row(g.coop_id, "visits", visit_id) if g and name.endswith(".pdf") else None
        if g is None or visit is None or visit.get("deleted") or visit.get("grower_id") != g.id:
            return _html(pages.invalid(), 404)
        found = _sheet(sheets, g, visit_id, visit)
        if found is None:
            return _html(pages.invalid(), 404)
        filename = quote(f"建议书-{visit.get('visited_on', '')}.pdf")
        headers = {
            **_PAGE_HEADERS,
            "Content-Disposition": f"inline; filename=\"advice.pdf\"; filename*=UTF-8''{filename}",
            "Content-Encoding": "identity",  # leave the bytes to the phone as they are
        }
        path = sheets.path(g.coop_id, found)
        return FileResponse(path, media_type="application/pdf", headers=headers)

    @portal.get("/p/{token}/sales")
    def sales_page(token: str) -> HTMLResponse:
        return shown(token, lambda g: pages.sales(g.base, _sales(store, g)))

    @portal.get("/p/{token}/verify")
    def verify_page(
        token: str,
        code: Annotated[str, Query(max_length=4000)] = "",
        number: Annotated[str, Query(max_length=60)] = "",
    ) -> HTMLResponse:
        code, number = code.strip(), number.strip()
        return shown(token, lambda g: pages.verify(g.base, *_verify(store, g, code, number), code))

    @portal.get(LINK_PATH)
    def receipt_check(c: Annotated[str, Query(max_length=4000)] = "") -> HTMLResponse:
        """A printed receipt's QR opened by a phone's camera: no grower link needed, the
        code itself says what is asked, and the answer says only what is printed."""
        decoded = decode_payload(c)
        held = store.receipts_numbered(decoded.number) if decoded else []
        verdict, detail = _judge(decoded, held)
        return _html(pages.receipt_check(verdict, detail))

    # -- photos in resumable pieces (the laptops' rules, photos.PhotoFiles)

    @portal.get("/p/{token}/photos/{sha}")
    async def photo_state(
        token: str, sha: str, size: Annotated[int, Query(ge=0, lt=2**40)]
    ) -> Response:
        g = await who(token, sha)
        if g is None:
            return _refused(404, INVALID)
        try:
            want = uploads.wanted(sha, size)
            return JSONResponse(await run_in_threadpool(uploads.state, g.staging, want))
        except PhotoError as error:
            return _refused(error.status, str(error), **error.extra)

    @portal.post("/p/{token}/photos/{sha}/chunks")
    async def photo_chunk(
        token: str,
        sha: str,
        request: Request,
        upload_offset: Annotated[int, Header(alias="Upload-Offset", ge=0, lt=2**40)],
        upload_length: Annotated[int, Header(alias="Upload-Length", ge=0, lt=2**40)],
        chunk_sha256: Annotated[str, Header(alias="Chunk-SHA256", pattern=_SHA_PATTERN)],
    ) -> Response:
        g = await who(token, sha)
        if g is None:
            return _refused(404, INVALID)
        try:
            want = uploads.wanted(sha, upload_length)
            data = await read_body(request, CHUNK_MAX)
            offset = await run_in_threadpool(
                uploads.chunk, g.staging, want, upload_offset, data, chunk_sha256
            )
        except PhotoError as error:
            return _refused(error.status, _chinese(error), **error.extra)
        return JSONResponse({"offset": offset})

    @portal.post("/p/{token}/photos/{sha}/finish")
    async def photo_finish(
        token: str,
        sha: str,
        upload_length: Annotated[int, Header(alias="Upload-Length", ge=0, lt=2**40)],
    ) -> Response:
        g = await who(token, sha)
        if g is None:
            return _refused(404, INVALID)
        try:
            want = uploads.wanted(sha, upload_length)
            await run_in_threadpool(uploads.finish, g.staging, want, sha)
        except PhotoError as error:
            return _refused(error.status, _chinese(error), **error.extra)
        return JSONResponse({"state": "present", "offset": upload_length})

    # -- the question itself: only once every photo is here whole

    @portal.post("/p/{token}/ask")
    async def send(token: str, body: AskRequest) -> Response:
        g = await who(token)
        if g is None:
            return _refused(404, INVALID)
        return await run_in_threadpool(_ask, store, uploads, g, body)

    # Last: any other address under /p/ gets the same answer as a wrong secret.
    @portal.get("/p/{rest:path}")
    def nothing_here(rest: str) -> HTMLResponse:
        return _html(pages.invalid(), 404)

    @portal.post("/p/{rest:path}")
    def nothing_to_post(rest: str) -> JSONResponse:
        return _refused(404, INVALID)

    return portal


_CHINESE = {
    400: "照片在路上出了错，请重新发送。",
    409: "照片还没有传完，正在接着传。",
    413: "照片太大了。",
}


def _chinese(error: PhotoError) -> str:
    """The laptops' English refusals (photos.py) said for a grower; the portal's own are
    Chinese already."""
    text = str(error)
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text
    return _CHINESE.get(error.status, "发送失败，请再试一次。")


def _home(store: ServerStore, g: Grower) -> str:
    visits = store.rows_naming(g.coop_id, "visits", "grower_id", g.id)
    answered = sum(1 for v in visits if v.get("diagnosis") and v.get("status") != "resolved")
    name, card_no = str(g.row.get("name", "")), str(g.row.get("card_no", ""))
    return pages.home(g.base, name, card_no, store.coop_name(g.coop_id), answered)


def _plots(store: ServerStore, g: Grower) -> list[pages.PlotChoice]:
    plots = store.rows_naming(g.coop_id, "plots", "grower_id", g.id)
    crops: dict[str, str] = {}
    choices = []
    for plot in sorted(plots, key=lambda p: str(p.get("name", ""))):
        crop_id = str(plot.get("crop_id") or "")
        if crop_id and crop_id not in crops:
            row = store.row(g.coop_id, "crops", crop_id) or {}
            crops[crop_id] = str(row.get("name", ""))
        area = plot.get("area_m2")
        choices.append(
            pages.PlotChoice(
                str(plot["id"]),
                str(plot.get("name", "")),
                crops.get(crop_id, ""),
                area if isinstance(area, int) else 0,
            )
        )
    return choices


def _sheet(sheets: SheetFiles, g: Grower, visit_id: str, visit: dict) -> Sheet | None:
    """The visit's sheet if it shows the visit as it is now: a sheet of an older version
    (the plan changed, the new one not sent yet) would contradict the page."""
    found = sheets.current(g.coop_id, visit_id)
    if found is None or found.version != str(visit.get("hlc") or ""):
        return None
    return found


def _sheet_size(sheets: SheetFiles, g: Grower, visit: dict) -> int:
    """The bytes of an answered visit's current sheet, 0 if it has none."""
    found = _sheet(sheets, g, visit["id"], visit) if visit.get("diagnosis") else None
    return found.size if found else 0


def _cases(store: ServerStore, sheets: SheetFiles, g: Grower) -> list[pages.Case]:
    visits = store.rows_naming(g.coop_id, "visits", "grower_id", g.id)
    photos = store.rows_naming(g.coop_id, "photos", "grower_id", g.id)
    plots = {p.id: p.name for p in _plots(store, g)}
    counted: dict[str, int] = {}
    for photo in photos:
        visit_id = str(photo.get("visit_id") or "")
        counted[visit_id] = counted.get(visit_id, 0) + 1
    visits.sort(key=lambda v: (str(v.get("visited_on", "")), str(v.get("created_at", ""))))
    return [
        pages.Case(
            v,
            plots.get(str(v.get("plot_id") or ""), ""),
            counted.get(v["id"], 0),
            _sheet_size(sheets, g, v),
        )
        for v in reversed(visits)
    ]


def _sales(store: ServerStore, g: Grower) -> list[pages.Sale]:
    found = []
    for receipt in store.rows_naming(g.coop_id, "receipts", "grower_id", g.id):
        rid = receipt["id"]
        voids = store.rows_naming(g.coop_id, "receipt_voids", "receipt_id", rid)
        paid = store.rows_naming(g.coop_id, "payments", "receipt_id", rid)
        lots = store.rows_naming(g.coop_id, "receipt_lots", "receipt_id", rid)
        sale = pages.Sale(receipt, lots, voids[0] if voids else None, paid[0] if paid else None)
        found.append(sale)
    found.sort(key=lambda s: str(s.receipt.get("issued_at", "")), reverse=True)
    return found


def _verify(store: ServerStore, g: Grower, code: str, number: str) -> tuple[str, str]:
    """(verdict, sentence): genuine, not_genuine, unknown or '' (nothing asked). A code
    is genuine when the cooperative's server holds a receipt with exactly its content and
    signature (what the signing laptop sent it); a number only for the grower's own."""
    if code:
        decoded = decode_payload(code)
        found = store.receipt(g.coop_id, decoded.number) if decoded else None
        return _judge(decoded, [found] if found else [])
    if number:
        found = store.receipt(g.coop_id, number)
        if found is None or found["data"].get("grower_id") != g.id:
            return "unknown", "您的交售记录里没有这个单号。"
        return "genuine", _receipt_words(found["data"], bool(found["voids"]))
    return "", ""


def _judge(decoded: Decoded | None, held: list[dict]) -> tuple[str, str]:
    """A scanned code against the receipts the server holds under its number."""
    if decoded is None:
        return "not_genuine", "二维码的内容不完整或被改过。"
    if not held:
        return "unknown", "合作社的服务器上查不到这张单子（可能还没同步，过两天再查）。"
    content, signature = decoded.content.decode("utf-8", "replace"), decoded.signature.hex()
    for found in held:
        data = found["data"]
        if data.get("canonical") == content and data.get("signature") == signature:
            return "genuine", _receipt_words(data, bool(found["voids"]))
    return "not_genuine", "单子上的内容和合作社账上的不一样。"


def _receipt_words(data: dict, voided: bool) -> str:
    said = (
        f"单号 {data.get('number', '')}，{pages.local_time(data.get('issued_at'))}，"
        f"{data.get('grower_name', '')}，{pages.yuan(data.get('total_fen'))}。"
    )
    return said + ("这张单子已经作废。" if voided else "合作社的账上有这张单子。")


_ASKING = threading.Lock()  # one question at a time: a retried send never writes twice


def _ask(store: ServerStore, uploads: PortalUploads, g: Grower, body: AskRequest) -> Response:
    with _ASKING:
        return _ask_once(store, uploads, g, body)


def _ask_once(store: ServerStore, uploads: PortalUploads, g: Grower, body: AskRequest) -> Response:
    """Check the question, move its photos into the photo store, write the rows."""
    done = _asked(store, g, body.request_id)
    if done:  # the answer to the first try was lost: it is sent already
        return JSONResponse({"visit_id": done, "sent": True})
    plot_id = body.plot_id or None
    if plot_id is not None and plot_id not in {p.id for p in _plots(store, g)}:
        return _refused(400, "请重新选择地块。")
    symptoms = symptoms_text(body.symptoms, body.words)
    if not symptoms and not body.photos:
        return _refused(400, "请拍一张照片，或者说一说看到了什么。")
    since = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).isoformat()
    recent = [
        v
        for v in store.rows_naming(g.coop_id, "visits", "grower_id", g.id)
        if v.get("kind") == "remote" and str(v.get("created_at", "")) >= since[:19]
    ]
    if len(recent) >= ASKS_PER_DAY:
        return _refused(429, f"一天最多问 {ASKS_PER_DAY} 次，请明天再问，或者打电话给技术员。")
    photos: list[SentPhoto] = []
    for sent in {p.sha256: p for p in body.photos}.values():  # the same picture once
        try:
            ready = uploads.ready(g.staging, uploads.wanted(sent.sha256, sent.size))
        except PhotoError as error:
            return _refused(error.status, str(error))
        if ready is None:
            return _refused(409, "照片还没有传完，正在接着传。", missing=sent.sha256)
        photos.append(ready)
    for photo in photos:
        uploads.publish(g.staging, photo.sha256)
    today = dt.datetime.now(pages.CHINA).date().isoformat()
    visit_id, now = new_id(), utc_now()
    visit = {"id": visit_id, **remote_visit(g.coop_id, g.id, plot_id, symptoms, today)}
    # One transaction and one pull page: a laptop gets the visit with all its photos.
    store.add_server_rows(
        g.coop_id,
        [("visits", visit)]
        + [("photos", photo_row(g.coop_id, g.id, visit_id, plot_id, p, now)) for p in photos],
    )
    _remember(store, g, body.request_id, visit_id)
    return JSONResponse({"visit_id": visit_id, "sent": True})


def _asked_path(store: ServerStore, g: Grower, request_id: str) -> Path:
    return store.folder / "portal" / g.coop_id / g.id / "asked" / request_id


def _asked(store: ServerStore, g: Grower, request_id: str) -> str:
    try:
        return _asked_path(store, g, request_id).read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return ""


def _remember(store: ServerStore, g: Grower, request_id: str, visit_id: str) -> None:
    path = _asked_path(store, g, request_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(visit_id, encoding="ascii")
