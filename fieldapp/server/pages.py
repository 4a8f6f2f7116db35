"""The coordinator's page on the server: which laptops there are and when each last
synced, the open conflicts, the ledger flags, a receipt looked up by its number, and
new enrolment codes shown as a QR an installer scans into the laptop.

Plain HTML from the server, no JavaScript: it opens on any phone or office PC. The
coordinator signs in with a one-time coordinator code (`fieldapp-server code --role
coordinator`), which enrols the browser like a laptop; its token lives in an
HttpOnly cookie."""

from __future__ import annotations

import uuid
from html import escape
from typing import Annotated
from urllib.parse import parse_qs

import segno
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from fieldapp.domain import enrolment
from fieldapp.domain.sync import Role

from .store import CODE_DAYS, Device, RefusedError, ServerStore

COOKIE = "fieldapp_admin"
STYLE = """
body { font-family: "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; margin: 1.5em;
       font-size: 17px; color: #1d2a25; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c9d3ce; padding: .45em .6em; text-align: left; }
th { background: #e7efeb; } .bad { color: #b3261e; font-weight: bold; }
.ok { color: #1f6e45; font-weight: bold; } input, button, select { font-size: 1em; padding: .4em; }
.code { font-size: 2.4em; letter-spacing: .12em; font-family: monospace; font-weight: bold; }
.qr svg { width: 18em; height: 18em; max-width: 90vw; max-height: 90vw; }
"""
ROLES = {"technician": "技术员", "clerk": "收购员", "coordinator": "管理员"}


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    html = (
        f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(html, status)


def _login_form(message: str = "") -> str:
    note = f'<p class="bad">{escape(message)}</p>' if message else ""
    return (
        f"{note}<form method='post' action='/admin/login'>"
        "<p>管理员注册码（由 <code>fieldapp-server code --role coordinator</code> 生成）</p>"
        "<input name='code' autocomplete='off' autofocus> <button>登录</button></form>"
    )


def _table(headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f"<p>{escape(empty)}</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _when(utc_iso: str | None) -> str:
    return escape((utc_iso or "从未").replace("T", " ")[:16])


def router(store: ServerStore) -> APIRouter:
    pages = APIRouter(include_in_schema=False)

    def coordinator(request: Request) -> Device | None:
        token = request.cookies.get(COOKIE, "")
        device = store.device(token) if token else None
        return device if device is not None and device.role == Role.COORDINATOR else None

    @pages.get("/admin")
    def overview(request: Request) -> Response:
        device = coordinator(request)
        if device is None:
            return _page("FieldApp 服务器管理", _login_form())
        return _page("FieldApp 服务器管理", _overview(store, device))

    @pages.post("/admin/login")
    async def login(request: Request) -> Response:
        # A one-field form: read it by hand rather than pull in python-multipart.
        body = (await request.body())[:200].decode("utf-8", "replace")
        code = parse_qs(body).get("code", [""])[0]
        return await run_in_threadpool(_login, store, code)

    @pages.post("/admin/code")
    async def new_code(request: Request) -> Response:
        device = coordinator(request)
        if device is None:
            return RedirectResponse("/admin", status_code=303)
        body = (await request.body())[:200].decode("utf-8", "replace")
        role = parse_qs(body).get("role", [""])[0]
        if role not in ROLES:
            return _page("新注册码", "<p class='bad'>请选择这台电脑的用途。</p>", 400)
        code = await run_in_threadpool(store.new_code_in, device.coop_id, role)
        server = str(request.base_url).rstrip("/")
        return _page("新注册码", _code_page(server, code, role))

    @pages.get(enrolment.ENROL_PATH)
    def scanned_with_a_phone(code: Annotated[str, Query(max_length=40)] = "") -> Response:
        return _page(
            "FieldApp 电脑注册码",
            "<p>这是给合作社电脑用的注册码。请在电脑的“同步”页面（或第一次启动时）"
            "用扫码枪扫描二维码，或者手工输入：</p>"
            f"<p class='code'>{escape(code)}</p>",
        )

    @pages.get("/admin/receipt")
    def receipt(request: Request, number: Annotated[str, Query(max_length=60)] = "") -> Response:
        device = coordinator(request)
        if device is None:
            return RedirectResponse("/admin", status_code=303)
        return _page(f"收购单 {number}", _receipt(store, device, number.strip()))

    return pages


def _login(store: ServerStore, code: str) -> Response:
    try:
        enrolled = store.enrol(code, f"browser-{uuid.uuid4()}", "管理页面")
    except RefusedError:
        return _page("FieldApp 服务器管理", _login_form("注册码不正确、已过期或已经用过。"), 403)
    if enrolled.role != Role.COORDINATOR:
        store.revoke(enrolled.device_code)
        return _page("FieldApp 服务器管理", _login_form("这不是管理员的注册码。"), 403)
    answer = RedirectResponse("/admin", status_code=303)
    answer.set_cookie(COOKIE, enrolled.token, httponly=True, samesite="strict")
    return answer


def _overview(store: ServerStore, device: Device) -> str:
    devices = [
        [
            escape(d["device_code"]),
            escape(d["name"]),
            escape(ROLES.get(d["role"], d["role"])),
            _when(d["last_seen"]),
            escape(str(d["high_seq"])),
            '<span class="bad">已停用</span>'
            if d["revoked_at"]
            else '<span class="ok">正常</span>',
        ]
        for d in store.devices_of(device.coop_id)
    ]
    conflicts = [
        [escape(c["table_name"]), escape(c["row_id"][-8:]), escape(c["field"]),
         escape(str(c["kept"])), escape(str(c["other"]))]
        for c in store.open_conflicts(device.coop_id)
    ]  # fmt: skip
    flags = [
        [_when(f["created_at"]), escape(f["table_name"]), escape(f["reason"])]
        for f in store.ledger_flags(device.coop_id)
    ]
    return (
        "<h2>设备</h2>"
        + _table(
            ["编号", "名称", "角色", "上次同步", "已收到的修改", "状态"], devices, "还没有设备。"
        )
        + "<h2>待处理的冲突</h2>"
        + _table(["表", "记录", "字段", "当前值", "另一个值"], conflicts, "没有冲突。")
        + "<h2>账本异常</h2>"
        + _table(["时间", "表", "原因"], flags, "没有异常。")
        + "<h2>查收购单</h2><form method='get' action='/admin/receipt'>"
        "<input name='number' placeholder='如 LY-AB12-000123'> <button>查询</button></form>"
        + "<h2>给新电脑注册</h2><form method='post' action='/admin/code'>"
        "<select name='role'>"
        + "".join(f"<option value='{r}'>{escape(name)}</option>" for r, name in ROLES.items())
        + "</select> <button>生成注册码</button></form>"
    )


def _code_page(server: str, code: str, role: str) -> str:
    """The code large enough to read out, and as a QR of the link that carries the
    server's address too (domain/enrolment.py)."""
    link = enrolment.link(server, code)
    qr = segno.make(link, error="m").svg_inline(border=2, omitsize=True)  # CSS sizes it
    return (
        f"<p>用途：{escape(ROLES[role])}。只能用一次，{CODE_DAYS} 天内有效。</p>"
        f"<p class='code'>{escape(code)}</p><div class='qr'>{qr}</div>"
        f"<p>服务器地址：{escape(server)}</p>"
        "<p>在电脑的“同步”页面（或第一次启动时）把光标放在“注册码”一栏，用扫码枪扫描上面的"
        "二维码：地址和注册码会一起填好。</p><p><a href='/admin'>返回</a></p>"
    )


def _receipt(store: ServerStore, device: Device, number: str) -> str:
    found = store.receipt(device.coop_id, number) if number else None
    if found is None:
        return '<p class="bad">服务器上没有这个单号的收购单。</p><p><a href="/admin">返回</a></p>'
    data = found["data"]
    rows = [
        ["社员", escape(f"{data.get('grower_name', '')}  {data.get('card_no', '')}")],
        ["时间", _when(str(data.get("issued_at", "")))],
        ["收购员", escape(str(data.get("clerk", "")))],
        ["金额", escape(f"¥{int(data.get('total_fen') or 0) / 100:.2f}")],
    ]
    status = (
        '<p class="bad">已作废</p>' if found["voids"] else '<p class="ok">有效，服务器已收到</p>'
    )
    flags = "".join(f'<p class="bad">{escape(f["reason"])}</p>' for f in found["flags"])
    return status + flags + _table(["", ""], rows, "") + '<p><a href="/admin">返回</a></p>'
