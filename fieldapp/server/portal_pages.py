"""The grower portal's HTML (docs/portal.md): values in, Chinese pages out.

Plain HTML, large type, one small stylesheet and one small script (portal_static/),
nothing from elsewhere: it must open in WeChat's browser and a cheap phone's browser on
a 2G link. Every value from the database is escaped."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from fieldapp.domain.portal import (
    SYMPTOMS,
    deduction_words,
    kg,
    plain_line,
    plan_lines,
    wants_sheet,
    yuan,
)
from fieldapp.domain.treatments import plan_phi_days
from fieldapp.domain.units import format_mu

STATIC = Path(__file__).with_name("portal_static")
# Growers are in China: their pages show Beijing time whatever the server's zone.
CHINA = dt.timezone(dt.timedelta(hours=8))


@dataclass(frozen=True)
class Asset:
    """A static file under a name that changes with its content, so a phone keeps it
    for good (the repeat visit loads only the page)."""

    name: str
    body: bytes
    media_type: str

    @property
    def url(self) -> str:
        return f"/p-static/{self.name}"


def _asset(filename: str, media_type: str) -> Asset:
    body = (STATIC / filename).read_bytes()
    stem, suffix = filename.rsplit(".", 1)
    digest = hashlib.sha256(body).hexdigest()[:10]
    return Asset(f"{stem}.{digest}.{suffix}", body, media_type)


CSS = _asset("portal.css", "text/css; charset=utf-8")
SCRIPT = _asset("ask.js", "text/javascript; charset=utf-8")
ASSETS = {a.name: a for a in (CSS, SCRIPT)}


def page(title: str, body: str, home: str = "", script: bool = False) -> str:
    """A whole page. `home` is the grower's page address ('' on the invalid-link page)."""
    back = f'<a class="home" href="{escape(home)}">‹ 首页</a>' if home else ""
    tail = f'<script src="{SCRIPT.url}"></script>' if script else ""
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f'<title>{escape(title)}</title><link rel="stylesheet" href="{CSS.url}"></head>'
        f"<body>{back}<h1>{escape(title)}</h1>{body}{tail}</body></html>"
    )


def invalid() -> str:
    return page(
        "此链接无效",
        "<p>这个链接打不开。可能是卡已经补发过，或者链接不完整。</p>"
        "<p>请用最新的社员卡扫码，或者问合作社。</p>",
    )


def local_time(utc_iso: object, with_time: bool = True) -> str:
    """'2026-05-03 14:20' in Beijing time from a stored UTC stamp ('' if unreadable)."""
    try:
        when = dt.datetime.fromisoformat(str(utc_iso).replace("Z", "+00:00"))
    except ValueError:
        return ""
    when = when.astimezone(CHINA) if when.tzinfo else when
    return when.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


# -- the grower's first page -------------------------------------------------------------


def home(base: str, name: str, card_no: str, coop: str, answered: int) -> str:
    badge = f'<span class="badge">{answered} 条新回复</span>' if answered else ""
    body = (
        f'<p class="muted">{escape(coop)} · 卡号 {escape(card_no)}</p>'
        f'<a class="btn main" href="{base}/ask">拍照问技术员</a>'
        f'<a class="btn" href="{base}/cases">我的问诊{badge}</a>'
        f'<a class="btn" href="{base}/sales">我的交售记录</a>'
        f'<a class="btn light" href="{base}/verify">核对收购单真假</a>'
        '<p class="muted small">这个页面只给您本人看，请不要把链接发给别人。</p>'
    )
    return page(f"{name}，您好", body)


# -- asking the technician ---------------------------------------------------------------


@dataclass(frozen=True)
class PlotChoice:
    id: str
    name: str
    crop: str
    area_m2: int


def ask(base: str, plots: list[PlotChoice]) -> str:
    options = "".join(
        f'<option value="{escape(p.id)}">{escape(p.name)}'
        f"{'（' + escape(p.crop) + '）' if p.crop else ''} {format_mu(p.area_m2)} 亩</option>"
        for p in plots
    )
    symptoms = "".join(
        f'<label class="tick"><input type="checkbox" name="symptom" value="{s}">{s}</label>'
        for s in SYMPTOMS
    )
    body = (
        f'<form id="ask" data-base="{escape(base)}">'
        '<label class="field">哪块地？<select name="plot">'
        f'{options}<option value="">不确定 / 别的地</option></select></label>'
        f"<fieldset><legend>看到了什么？（可以多选）</legend>{symptoms}</fieldset>"
        '<label class="field">说一说（可以不填）'
        '<textarea name="words" rows="3" maxlength="500"></textarea></label>'
        '<label class="btn pick">拍照或选照片（最多 6 张）'
        '<input id="files" type="file" accept="image/jpeg,image/png,image/*" multiple></label>'
        '<div id="thumbs"></div>'
        '<button class="btn main" id="send" type="submit">发送给技术员</button>'
        '<p id="status" class="status" role="status"></p>'
        "</form>"
        '<noscript><p class="bad">发送照片需要打开浏览器的 JavaScript。</p></noscript>'
        f'<p><a href="{base}/cases">看技术员的回复 ›</a></p>'
    )
    return page("问技术员", body, home=base, script=True)


# -- the grower's cases ------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    visit: dict
    plot: str
    photos: int
    sheet_bytes: int = 0  # the advice sheet PDF's size; 0: none that shows this answer


def _sheet_link(base: str, case: Case) -> str:
    v = case.visit
    today = dt.datetime.now(CHINA).date()
    if not case.sheet_bytes and not wants_sheet(
        v.get("diagnosis"), v.get("status"), v.get("visited_on"), today
    ):
        return ""  # an old closed case: no sheet is coming
    if not case.sheet_bytes:
        return (
            '<p class="muted small">建议书 PDF 还没有传上来，技术员的电脑同步后就能在这里打开；'
            "也可以向技术员要纸质版。</p>"
        )
    kb = max(1, round(case.sheet_bytes / 1024))
    href = f"{base}/sheets/{escape(str(case.visit['id']))}.pdf"
    return (
        f'<a class="btn" href="{href}">打开建议书（PDF）</a>'
        f'<p class="muted small">{kb} KB。打开后可以保存到手机，或者转发给家人。'
        "在微信里打不开时，点右上角的“…”，选“在浏览器打开”。</p>"
    )


_STATUS = {"open": "处理中", "treated": "已给方案", "resolved": "已解决"}


def _case(base: str, case: Case) -> str:
    v = case.visit
    where = f" · {escape(case.plot)}" if case.plot else ""
    kind = "拍照问诊" if v.get("kind") == "remote" else "技术员到田里看"
    photos = f" · {case.photos} 张照片" if case.photos else ""
    head = f'<p class="muted">{escape(str(v.get("visited_on", "")))}{where} · {kind}{photos}</p>'
    said = f"<p>您说：{escape(str(v.get('symptoms') or ''))}</p>" if v.get("symptoms") else ""
    diagnosis = str(v.get("diagnosis") or "")
    if not diagnosis:
        return (
            f'<section class="case">{head}{said}'
            '<p class="wait">已送到。技术员还没有回复，回复后会在这里显示。</p></section>'
        )
    lines = plan_lines(v.get("treatment_lines"))
    phi = plan_phi_days(lines)
    plan = "".join(
        f'<div class="line"><p class="product">{escape(first)}</p>'
        + "".join(f"<p>{escape(s)}</p>" for s in rest)
        + "</div>"
        for first, *rest in (plain_line(line) for line in lines)
    )
    safe = (
        f'<div class="phi">安全间隔期 <b>{phi}</b> 天<br>最后一次打药后 {phi} 天内不能采收</div>'
        if phi
        else ""
    )
    notes = f"<p>{escape(str(v['treatment']))}</p>" if v.get("treatment") else ""
    follow = f"<p>复查日期：{escape(str(v['follow_up_on']))}</p>" if v.get("follow_up_on") else ""
    who = v.get("technician")
    who = f'<p class="muted">技术员：{escape(str(who))}</p>' if who else ""
    status = _STATUS.get(str(v.get("status")), "")
    return (
        f'<section class="case answered">{head}{said}'
        f'<p class="muted">技术员诊断 · {status}</p><p class="diagnosis">{escape(diagnosis)}</p>'
        f"{safe}{plan}{notes}{follow}{who}{_sheet_link(base, case)}</section>"
    )


def cases(base: str, found: list[Case]) -> str:
    if not found:
        body = f'<p>还没有问诊。</p><a class="btn main" href="{base}/ask">拍照问技术员</a>'
    else:
        body = "".join(_case(base, c) for c in found)
    return page("我的问诊", body, home=base)


# -- sales -------------------------------------------------------------------------------


@dataclass
class Sale:
    receipt: dict
    lots: list[dict] = field(default_factory=list)
    voided: dict | None = None
    paid: dict | None = None


def _lot(lot: dict) -> str:
    price = f"{yuan(lot.get('price_fen_per_kg')).removesuffix(' 元')} 元/公斤"
    rows = [
        ("毛重", kg(lot.get("gross_g"))),
        ("皮重", kg(lot.get("tare_g"))),
        *deduction_words(lot.get("deductions")),
        ("净重", kg(lot.get("net_g"))),
        ("单价", price),
        ("金额", yuan(lot.get("amount_fen"))),
    ]
    cells = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    title = f"{lot.get('crop', '')} {lot.get('grade', '')}".strip()
    return f'<div class="lot"><p class="product">{escape(title)}</p><dl>{cells}</dl></div>'


def _sale(base: str, sale: Sale) -> str:
    r = sale.receipt
    number = str(r.get("number", ""))
    if sale.voided:
        state = '<span class="bad">已作废</span>'
    elif sale.paid:
        how = "现金" if sale.paid.get("method") == "cash" else "转账"
        state = f'<span class="ok">已付款（{how}，{local_time(sale.paid.get("paid_at"))}）</span>'
    else:
        state = '<span class="wait">未付款</span>'
    lots = "".join(_lot(lot) for lot in sorted(sale.lots, key=lambda x: x.get("position", 0)))
    return (
        f'<section class="case"><p class="muted">{local_time(r.get("issued_at"))} · '
        f"单号 {escape(number)}</p>"
        f'<p class="total">{escape(yuan(r.get("total_fen")))}</p><p>{state}</p>{lots}'
        f'<p><a href="{base}/verify?number={escape(number)}">核对这张收购单 ›</a></p></section>'
    )


def sales(base: str, found: list[Sale]) -> str:
    body = "".join(_sale(base, s) for s in found) if found else "<p>还没有交售记录。</p>"
    return page("我的交售记录", body, home=base)


# -- receipt verification ----------------------------------------------------------------


def _verdict(verdict: str, detail: str) -> str:
    heading = {"genuine": ("ok", "是真的"), "unknown": ("bad", "查不到"), "": ("", "")}
    kind, words = heading.get(verdict, ("bad", "不是真的"))
    return f'<div class="verdict {kind}">{words}</div><p>{escape(detail)}</p>' if words else ""


def verify(base: str, verdict: str = "", detail: str = "", code: str = "") -> str:
    body = (
        f"{_verdict(verdict, detail)}"
        f'<form method="get" action="{escape(base)}/verify">'
        '<label class="field">用微信“扫一扫”扫收购单上的二维码，把扫出来的文字复制到这里：'
        f'<textarea name="code" rows="4">{escape(code)}</textarea></label>'
        '<button class="btn main" type="submit">核对</button></form>'
    )
    return page("核对收购单", body, home=base)


def receipt_check(verdict: str, detail: str) -> str:
    """What a phone shows for a printed receipt's QR (no grower link, no home)."""
    return page("核对收购单", _verdict(verdict, detail))
