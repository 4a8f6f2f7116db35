"""Purchase receipts: a signed receipt in, PDF bytes out.

Four papers a weighing station prints on:

- THERMAL_80 / THERMAL_58: receipt rolls. 203 dpi heads print 576 dots (72 mm)
  of an 80 mm roll and 384 dots (48 mm) of a 58 mm roll; the page is as long
  as the content. Black only: thermal heads dither grey into noise.
- A5: portrait, for an office printer; long receipts continue on more pages.
- CONTINUOUS_241: the 241 x 279.4 mm (9.5 x 11 in) continuous form of
  dot-matrix printers, split in three 93.1 mm parts by its perforations: the
  coop's stub, the grower's copy and finance's copy of one receipt, each
  labelled. 24-pin printers print about 8 in (203 mm) of it between the
  tractor strips.

Every text shrinks to fit its space or wraps; nothing is clipped. Numbers are
right-aligned in one column. The QR code holds the signed payload; its modules
are whole printer dots where the printer is known (thermal 203 dpi, dot matrix
180 dpi), so every module prints the same width. The same payload goes into
the PDF's Subject, where `receipt_payload_from_pdf` reads it back without
decoding an image.

Speed (see the shared TOOLCHAIN notes): the CJK font is registered once per
process (fonts.py), the QR matrix comes from segno with a fixed mask and is best
computed once when the receipt is saved and passed in, and the QR is drawn as
one path of rectangles.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fieldapp.domain import percent
from fieldapp.domain.money import chinese_capital, format_kg, format_yuan
from fieldapp.domain.pricing import Lot, Quality
from fieldapp.domain.receipts import Receipt, SignedReceipt, is_receipt_code, receipt_link

from .fonts import cjk_font_name
from .grower_cards import GLYPH_BOTTOM, GLYPH_TOP, fit_text
from .qr import QUIET_ZONE, QrMatrix, draw_qr, qr_matrix

# -- paper ------------------------------------------------------------------------------

THERMAL_DOT = 25.4 / 203 * mm  # one dot of a 203 dpi thermal head (8 dots/mm)
DOT_MATRIX_DOT = inch / 180  # one dot of a 24-pin printer at 180 dpi
FORM_241_W = 241 * mm
FORM_241_H = 11 * inch  # 279.4 mm: three receipts of 93.13 mm
FORM_241_PARTS = 3

LINE = 1.34  # row height / font size for single lines
WRAP_LEADING = 1.22  # line height / font size inside a wrapped paragraph
BOLD_STROKE = 0.04  # outline width / font size of the faux bold (wqy has no bold face)
RULE = 0.6  # points: 0.2 mm, two thermal dots
THIN_RULE = 0.4
SIGN_SPACE = 9 * mm  # room above a signature line for a hand to write in
MIN_SIZE = 6.0  # under this a shrunk text is still printed (never clipped), just small


class ReceiptLayout(StrEnum):
    THERMAL_80 = "thermal_80"
    THERMAL_58 = "thermal_58"
    A5 = "a5"
    CONTINUOUS_241 = "continuous_241"


@dataclass(frozen=True)
class LayoutSpec:
    """One paper's geometry in points; `page_height` None is a roll as long as the content."""

    page_width: float
    page_height: float | None
    margin_x: float
    margin_top: float
    margin_bottom: float
    body: float  # font sizes in points
    small: float
    title: float
    total: float
    qr_dot: float | None  # QR modules are whole printer dots of this size, if known
    qr_min_symbol: float  # the code itself, without its quiet zone
    qr_max_symbol: float
    qr_fill: bool = False  # the code as wide as the paper allows (up to qr_max_symbol)
    parts: int = 1  # receipts per page (the 241 form holds three copies)
    table: bool = False  # lots as a table (wide paper) or one row per figure (rolls)


LAYOUTS: dict[ReceiptLayout, LayoutSpec] = {
    # 80 mm roll: 576 dots = 72 mm printable, 4 mm margins.
    ReceiptLayout.THERMAL_80: LayoutSpec(
        page_width=80 * mm,
        page_height=None,
        margin_x=4 * mm,
        margin_top=4 * mm,
        margin_bottom=12 * mm,  # the tear bar sits ~10 mm above the head
        body=9.5,
        small=8.0,
        title=13.0,
        total=13.0,
        qr_dot=THERMAL_DOT,
        qr_min_symbol=30 * mm,
        qr_max_symbol=45 * mm,
    ),
    # 58 mm roll: 384 dots = 48 mm printable, 5 mm margins; the QR as wide as fits.
    ReceiptLayout.THERMAL_58: LayoutSpec(
        page_width=58 * mm,
        page_height=None,
        margin_x=5 * mm,
        margin_top=4 * mm,
        margin_bottom=12 * mm,
        body=8.5,
        small=8.0,
        title=11.5,
        total=11.5,
        qr_dot=THERMAL_DOT,
        qr_min_symbol=30 * mm,
        qr_max_symbol=48 * mm,
        qr_fill=True,
    ),
    ReceiptLayout.A5: LayoutSpec(
        page_width=A5[0],
        page_height=A5[1],
        margin_x=10 * mm,
        margin_top=10 * mm,
        margin_bottom=10 * mm,
        body=9.5,
        small=8.0,
        title=15.0,
        total=11.0,
        qr_dot=None,
        qr_min_symbol=30 * mm,
        qr_max_symbol=30 * mm,
        table=True,
    ),
    # 8 in printable between the tractor strips, centred; 4-5 mm from each perforation.
    ReceiptLayout.CONTINUOUS_241: LayoutSpec(
        page_width=FORM_241_W,
        page_height=FORM_241_H / FORM_241_PARTS,
        margin_x=(FORM_241_W - 8 * inch) / 2,
        margin_top=5 * mm,
        margin_bottom=4 * mm,
        body=9.5,
        small=8.0,
        title=13.0,
        total=10.5,
        qr_dot=DOT_MATRIX_DOT,
        qr_min_symbol=34 * mm,
        qr_max_symbol=50 * mm,
        parts=FORM_241_PARTS,
        table=True,
    ),
}


# -- values ------------------------------------------------------------------------------


@dataclass(frozen=True)
class VoidInfo:
    """Why and when a receipt was voided; printed as a big 作废 VOID mark."""

    reason: str
    voided_at: str  # UTC, 'YYYY-MM-DDTHH:MM:SSZ' like Receipt.issued_at
    clerk: str
    replacement: str = ""  # the number of the receipt that corrects this one, if any


@dataclass(frozen=True)
class ReceiptLabels:
    """Every word printed on a receipt. Chinese by default; ENGLISH_LABELS below.
    Texts with {placeholders} are formatted with the named values."""

    title: str = "农产品收购单"
    number: str = "单号"
    issued: str = "时间"
    grower: str = "社员"
    card: str = "卡号"
    clerk: str = "收购员"
    crop: str = "品名"
    grade: str = "等级"
    gross: str = "毛重"
    tare: str = "皮重"
    deducted: str = "扣重"
    net: str = "净重"
    price: str = "单价"
    amount: str = "金额"
    moisture: str = "水分"
    impurity: str = "杂质"
    other: str = "其他扣重"
    deduction: str = "{kind} {measured} 扣"  # '水分 16.5% 扣' then the weight
    containers: str = "{container}×{count}"
    kg: str = "kg"
    yuan: str = "元"
    per_kg: str = "元/kg"
    currency: str = "¥"
    total: str = "合计"
    lot_count: str = "{count} 笔"
    total_net: str = "净重合计"
    total_amount: str = "金额合计"
    capital: str = "人民币大写："
    figures: str = "小写："
    manual: str = "手工录入：{reason}"
    replaces: str = "本单替代已作废的收购单 {number}"
    copy_mark: str = "副本 COPY"
    void_mark: str = "作废 VOID"
    void_reason: str = "作废原因：{reason}"
    voided_by: str = "{clerk} 于 {time} 作废"
    replacement: str = "更正单号：{number}"
    verify: str = "扫码验真 · 密钥 {key_id}"
    sign_grower: str = "社员签字"
    sign_clerk: str = "收购员签字"
    parts: tuple[str, ...] = ("第一联 存根（合作社联）", "第二联 社员联", "第三联 财务联")
    page: str = "第 {page}/{pages} 页"
    continued: str = "（续）"


ENGLISH_LABELS = ReceiptLabels(
    title="Produce purchase receipt",
    number="No.",
    issued="Time",
    grower="Grower",
    card="Card",
    clerk="Clerk",
    crop="Crop",
    grade="Grade",
    gross="Gross",
    tare="Tare",
    deducted="Deduct.",
    net="Net",
    price="Price",
    amount="Amount",
    moisture="Moisture",
    impurity="Impurity",
    other="Other",
    deduction="{kind} {measured} deduct",
    containers="{count} × {container}",
    yuan="CNY",
    per_kg="CNY/kg",
    total="Total",
    lot_count="{count} lots",
    total_net="Total net",
    total_amount="Total",
    capital="In words (RMB): ",
    figures="In figures: ",
    manual="Typed in by hand: {reason}",
    replaces="Replaces voided receipt {number}",
    copy_mark="COPY",
    void_mark="VOID",
    void_reason="Reason: {reason}",
    voided_by="Voided by {clerk} at {time}",
    replacement="Corrected by receipt {number}",
    verify="Scan to verify · key {key_id}",
    sign_grower="Grower's signature",
    sign_clerk="Clerk's signature",
    parts=("Part 1: coop stub", "Part 2: grower", "Part 3: finance"),
    page="Page {page}/{pages}",
    continued=" (continued)",
)


def local_time(utc_iso: str, tz: dt.tzinfo | None = None) -> dt.datetime:
    """'2026-05-01T06:32:05Z' as a time in `tz` (None: this computer's zone)."""
    moment = dt.datetime.strptime(utc_iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    return moment.astimezone(tz)


def format_time(utc_iso: str, tz: dt.tzinfo | None = None) -> str:
    return f"{local_time(utc_iso, tz):%Y-%m-%d %H:%M}"


def format_permille(permille: int) -> str:
    """165 -> '16.5%'."""
    return f"{percent.format_permille(permille)}%"


def qr_size(layout: ReceiptLayout, modules: int) -> tuple[float, float]:
    """(side of the code with its quiet zone, module side) in points, as `layout` prints
    a code of `modules` modules a side (QrMatrix.modules)."""
    return _qr_size(LAYOUTS[ReceiptLayout(layout)], modules)


def _qr_size(spec: LayoutSpec, modules: int) -> tuple[float, float]:
    room = min(spec.page_width - 2 * spec.margin_x, spec.qr_max_symbol)
    if spec.qr_dot is None:
        module = min(spec.qr_min_symbol, room) / modules
    else:
        # Whole printer dots per module: the fewest that reach the minimum size, or as
        # many as fit; under one dot only when nothing else fits (a huge payload).
        dots = math.floor(room / modules / spec.qr_dot + 1e-9)
        if not spec.qr_fill:
            dots = min(dots, math.ceil(spec.qr_min_symbol / modules / spec.qr_dot - 1e-9))
        module = dots * spec.qr_dot if dots >= 1 else room / modules
    return module * (modules + 2 * QUIET_ZONE), module


# -- text measuring ---------------------------------------------------------------------


def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def fit_size(text: str, font: str, size: float, room: float) -> float:
    """`size`, or smaller so `text` is at most `room` wide."""
    wide = stringWidth(text, font, size)
    return size if wide <= room else size * room / wide


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    """Lines of `text` at most `room` wide. Chinese breaks between any two characters;
    Latin words break at spaces (a word longer than a line is cut where it must be)."""
    if "\n" not in text and stringWidth(text, font, size) <= room:
        return [text]  # most texts: one measurement, no tokens
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in re.findall(r"[A-Za-z0-9,.%:/()_\-]+|\s+|.", paragraph):
            if not line and token.isspace():
                continue  # no line starts with a space
            if stringWidth(line + token, font, size) <= room:
                line += token
                continue
            if line:
                lines.append(line.rstrip())
            line = "" if token.isspace() else token
            while len(line) > 1 and stringWidth(line, font, size) > room:
                # A word longer than a line: cut it at the widest prefix that fits.
                cut = max(1, _fitting_prefix(line, font, size, room))
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


def _fitting_prefix(text: str, font: str, size: float, room: float) -> int:
    for end in range(len(text), 0, -1):
        if stringWidth(text[:end], font, size) <= room:
            return end
    return 0


# -- drawing primitives -------------------------------------------------------------------


def row_baseline(top: float, height: float, size: float) -> float:
    """The baseline that centres CJK glyphs of `size` in a row `height` tall from `top`."""
    return top - (height + size * (GLYPH_TOP - GLYPH_BOTTOM)) / 2


def _draw(
    canvas: Canvas,
    text: str,
    font: str,
    size: float,
    x: float,
    y: float,
    align: str = "left",
    bold: bool = False,
) -> None:
    canvas.setFont(font, size)
    if bold:
        canvas.setLineWidth(size * BOLD_STROKE)
    mode = 2 if bold else None
    if align == "right":
        canvas.drawRightString(x, y, text, mode=mode)
    elif align == "centre":
        canvas.drawCentredString(x, y, text, mode=mode)
    else:
        canvas.drawString(x, y, text, mode=mode)


def _decimals_room(font: str, size: float, decimals: int) -> float:
    """The width of '.000' (digits are tabular in CJK fonts): the room right of the point."""
    return stringWidth("." + "0" * decimals, font, size)


def _draw_figure(
    canvas: Canvas, text: str, font: str, size: float, point_x: float, y: float, bold: bool
) -> None:
    """A figure with its decimal point at `point_x`, so 4.50 and 1,199.275 line up."""
    head = text.rpartition(".")[0] if "." in text else text
    _draw(canvas, text, font, size, point_x - stringWidth(head, font, size), y, bold=bold)


def _hline(canvas: Canvas, x0: float, x1: float, y: float, width: float = RULE) -> None:
    canvas.setLineWidth(width)
    canvas.line(x0, y, x1, y)


def _dashed(canvas: Canvas, x0: float, x1: float, y: float) -> None:
    canvas.saveState()
    canvas.setDash(2.2, 1.6)
    _hline(canvas, x0, x1, y, THIN_RULE)
    canvas.restoreState()


@dataclass
class Block:
    """A horizontal strip of a receipt: `height` points, drawn from its top edge."""

    height: float
    draw: Callable[[Canvas, float], None]


def _place(canvas: Canvas, blocks: Sequence[Block], top: float) -> float:
    """Draw `blocks` one under the other from `top`; returns the y under the last."""
    for block in blocks:
        block.draw(canvas, top)
        top -= block.height
    return top


def _gap(height: float) -> Block:
    return Block(height, lambda canvas, top: None)


# -- the receipt's texts, formatted once ---------------------------------------------------


@dataclass(frozen=True)
class _LotText:
    heading: str
    crop: str
    grade: str
    gross: str
    tare: str
    tare_note: str
    deductions: tuple[tuple[str, str], ...]  # ('水分 16.5% 扣', '46.07')
    deducted: str
    net: str
    price: str
    amount: str
    manual: str


def _lot_text(index: int, lot: Lot, labels: ReceiptLabels) -> _LotText:
    deductions = []
    for d in lot.deductions:
        kind = {Quality.MOISTURE: labels.moisture, Quality.IMPURITY: labels.impurity}.get(
            d.kind, labels.other
        )
        if d.note:
            kind = f"{kind} {d.note}"
        measured = format_permille(d.measured_permille) if d.measured_permille is not None else ""
        label = labels.deduction.format(kind=kind, measured=measured)
        deductions.append((" ".join(label.split()), format_kg(d.grams)))
    tare_note = ""
    if lot.containers:
        tare_note = labels.containers.format(container=lot.container, count=lot.containers)
    return _LotText(
        heading=f"{index}. {lot.crop} {lot.grade}".strip(),
        crop=lot.crop,
        grade=lot.grade,
        gross=format_kg(lot.gross_g),
        tare=format_kg(lot.tare_g),
        tare_note=tare_note.strip(),
        deductions=tuple(deductions),
        deducted=format_kg(lot.deducted_g),
        net=format_kg(lot.net_g),
        price=format_yuan(lot.price_fen_per_kg),
        amount=format_yuan(lot.amount_fen),
        manual=labels.manual.format(reason=lot.manual_reason) if lot.manual_reason else "",
    )


@dataclass
class _Job:
    """One receipt being laid out: its values formatted, the paper and the font."""

    signed: SignedReceipt
    spec: LayoutSpec
    labels: ReceiptLabels
    font: str
    matrix: QrMatrix
    copy: bool
    void: VoidInfo | None
    tz: dt.tzinfo | None
    lots: list[_LotText] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lots = [
            _lot_text(i, lot, self.labels) for i, lot in enumerate(self.signed.receipt.lots, 1)
        ]

    @property
    def receipt(self) -> Receipt:
        return self.signed.receipt

    @property
    def left(self) -> float:
        return self.spec.margin_x

    @property
    def right(self) -> float:
        return self.spec.page_width - self.spec.margin_x

    @property
    def width(self) -> float:
        return self.right - self.left

    def info_rows(self) -> list[tuple[str, str]]:
        """(label, value) of the number, time, grower, card and clerk, in this order."""
        r, lb = self.receipt, self.labels
        return [
            (lb.number, r.number),
            (lb.issued, format_time(r.issued_at, self.tz)),
            (lb.grower, r.grower_name),
            (lb.card, r.card_no),
            (lb.clerk, r.clerk),
        ]

    def notes(self) -> list[str]:
        notes = []
        if self.receipt.replaces:
            notes.append(self.labels.replaces.format(number=self.receipt.replaces))
        return notes

    def void_lines(self) -> list[str]:
        if self.void is None:
            return []
        v, lb = self.void, self.labels
        lines = [lb.void_reason.format(reason=v.reason)]
        lines.append(lb.voided_by.format(clerk=v.clerk, time=format_time(v.voided_at, self.tz)))
        if v.replacement:
            lines.append(lb.replacement.format(number=v.replacement))
        return lines

    def total_figure(self) -> str:
        return self.labels.currency + format_yuan(self.receipt.total_fen)

    def capital(self) -> str:
        return chinese_capital(self.receipt.total_fen)


# -- blocks common to every layout ---------------------------------------------------------


def _para(
    job: _Job,
    text: str,
    size: float,
    x: float,
    room: float,
    align: str = "left",
    bold: bool = False,
) -> Block:
    """`text` wrapped to `room`."""
    lines = wrap(text, job.font, size, room)
    step = size * WRAP_LEADING
    height = size * (LINE - WRAP_LEADING) + step * len(lines)
    ax = {"left": x, "centre": x + room / 2, "right": x + room}[align]

    def draw(canvas: Canvas, top: float) -> None:
        y = row_baseline(top, size * LINE, size)
        for line in lines:
            _draw(canvas, line, job.font, size, ax, y, align, bold)
            y -= step

    return Block(height, draw)


def _fitted_name(
    job: _Job, text: str, size: float, min_size: float, x: float, room: float, align: str
) -> Block:
    """A name (the coop's, a grower's): one line shrunk down to `min_size`, then two
    lines (at a middle dot if there is one), then smaller still: never clipped."""
    fitted = fit_text(text, job.font, room, size * 2.6, size, min_size)
    s = fitted.size
    step = s * WRAP_LEADING
    height = s * LINE + step * (len(fitted.lines) - 1)
    ax = {"left": x, "centre": x + room / 2}[align]

    def draw(canvas: Canvas, top: float) -> None:
        y = row_baseline(top, s * LINE, s)
        for line in fitted.lines:
            _draw(canvas, line, job.font, s, ax, y, align, bold=True)
            y -= step

    return Block(height, draw)


def _boxed(job: _Job, mark: str, lines: list[str], x: float, room: float, double: bool) -> Block:
    """A framed mark ('副本 COPY', '作废 VOID') with small lines under it."""
    size = fit_size(mark, job.font, job.spec.total + 4, room - 6 * mm)
    pad = 1.6 * mm
    inner = room - 2 * pad
    body = [_para(job, line, job.spec.body, x + pad, inner, "centre") for line in lines]
    height = 2 * pad + size * LINE + sum(b.height for b in body) + 1.5 * mm

    def draw(canvas: Canvas, top: float) -> None:
        box_top = top - 0.8 * mm
        box_h = height - 1.5 * mm
        canvas.setLineWidth(1.4 if double else 1.0)
        canvas.rect(x, box_top - box_h, room, box_h, stroke=1, fill=0)
        if double:
            canvas.setLineWidth(RULE)
            d = 0.9 * mm
            canvas.rect(x + d, box_top - box_h + d, room - 2 * d, box_h - 2 * d, stroke=1, fill=0)
        y = row_baseline(box_top - pad, size * LINE, size)
        _draw(canvas, mark, job.font, size, x + room / 2, y, "centre", bold=True)
        _place(canvas, body, box_top - pad - size * LINE)

    return Block(height, draw)


def _marks(job: _Job, x: float, room: float) -> list[Block]:
    blocks = []
    if job.void is not None:
        blocks.append(_boxed(job, job.labels.void_mark, job.void_lines(), x, room, double=True))
    if job.copy:
        blocks.append(_boxed(job, job.labels.copy_mark, [], x, room, double=False))
    return blocks


def _qr_block(job: _Job, x: float, room: float) -> Block:
    """The code centred in `room` with the key it was signed with under it. Its quiet
    zone may reach into the paper's margin (blank anyway), so the code can use the whole
    printable width; the block's height counts the code itself."""
    side, module = _qr_size(job.spec, job.matrix.modules)
    quiet = QUIET_ZONE * module
    text = job.labels.verify.format(key_id=job.receipt.key_id)
    cap = _para(job, text, job.spec.small, x, room, "centre")
    height = side - 2 * quiet + 2.5 * mm + cap.height

    def draw(canvas: Canvas, top: float) -> None:
        qx = x + (room - side) / 2
        if job.spec.qr_dot:
            qx = round(qx / job.spec.qr_dot) * job.spec.qr_dot  # modules on the dot grid
        # No white background: it would paint over whatever borders the quiet zone.
        draw_qr(canvas, job.matrix, qx, top - 1 * mm - side + quiet, side, background=None)
        cap.draw(canvas, top - 1 * mm - (side - 2 * quiet) - 1.5 * mm)

    return Block(height, draw)


def _signatures(job: _Job, x: float, room: float, columns: int, space: float = SIGN_SPACE) -> Block:
    """Lines to sign on: the grower's and the clerk's, side by side or one under the other."""
    size = job.spec.body
    labels = [job.labels.sign_grower, job.labels.sign_clerk]
    gap = 6 * mm
    cell = (room - gap * (columns - 1)) / columns
    rows = math.ceil(len(labels) / columns)
    row_h = space + size * LINE * 0.6
    height = rows * row_h

    def draw(canvas: Canvas, top: float) -> None:
        for i, label in enumerate(labels):
            row, col = divmod(i, columns)
            cx = x + col * (cell + gap)
            y = top - (row + 1) * row_h + size * 0.45
            text = label + "："
            if _width(text, job.font, size) <= cell * 0.55:  # the line after the label
                _draw(canvas, text, job.font, size, cx, y)
                line_x = cx + _width(text, job.font, size) + 1 * mm
            else:  # a long label above the line, which then takes the whole width
                s = fit_size(text, job.font, size, cell)
                _draw(canvas, text, job.font, s, cx, top - row * row_h - size * 1.2)
                line_x = cx
            _hline(canvas, line_x, cx + cell, y - 1.2, THIN_RULE)

    return Block(height, draw)


def _void_stamp(canvas: Canvas, job: _Job, cx: float, cy: float, w: float, h: float) -> None:
    """The big diagonal 作废 VOID inside the w x h box around (cx, cy): outlined letters,
    so the figures under it stay legible."""
    mark = job.labels.void_mark
    angle = min(30.0, math.degrees(math.atan2(h, w)))
    a = math.radians(angle)
    length = max(_width(mark, job.font, 1), 1)  # per point of font size
    # The rotated text's bounding box (glyphs ~1 em tall) must stay inside the box.
    size = 0.85 * min(
        w / (length * math.cos(a) + math.sin(a)), h / (length * math.sin(a) + math.cos(a))
    )
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.rotate(angle)
    canvas.setStrokeColor(black)
    canvas.setLineWidth(max(0.8, size * 0.025))
    canvas.setFont(job.font, size)
    canvas.drawCentredString(0, -size * 0.35, mark, mode=1)
    canvas.restoreState()


# -- rolls -------------------------------------------------------------------------------


def _row(
    job: _Job,
    label: str,
    number: str,
    unit: str,
    size: float,
    bold: bool = False,
    indent: float = 0,
) -> Block:
    """A label on the left and a figure with its unit at the right; the decimal points of
    all rows are on one line. When label and figure do not fit side by side, the label
    takes the line(s) above the figure; only a figure wider than its column shrinks."""
    font, x, right, body = job.font, job.left + indent, job.right, job.spec.body
    unit_room = _width(job.labels.per_kg, font, body)
    unit_gap = 1.2 * mm
    point_x = right - unit_room - unit_gap - _decimals_room(font, body, 3)
    head = number.rpartition(".")[0] or number
    head_w = _width(head, font, size)
    if _width(label, font, size) + 2 * mm + head_w <= point_x - x:
        above: list[str] = []
    else:
        above = wrap(label, font, size, right - x)
    s = size if head_w <= point_x - x else size * (point_x - x) / head_w
    step = size * WRAP_LEADING
    line_h = size * LINE
    height = len(above) * step + line_h

    def draw(canvas: Canvas, top: float) -> None:
        y = row_baseline(top, line_h, size)
        for line in above:
            _draw(canvas, line, font, size, x, y, bold=bold)
            y -= step
        if not above:
            _draw(canvas, label, font, size, x, y, bold=bold)
        _draw_figure(canvas, number, font, s, point_x, y, bold)
        if unit:
            _draw(canvas, unit, font, fit_size(unit, font, body, unit_room), right - unit_room, y)

    return Block(height, draw)


def _rule_block(job: _Job, dashed: bool = True, double: bool = False) -> Block:
    height = 2.4 * mm

    def draw(canvas: Canvas, top: float) -> None:
        y = top - height / 2
        if double:
            _hline(canvas, job.left, job.right, y + 0.5 * mm)
            _hline(canvas, job.left, job.right, y - 0.5 * mm)
        elif dashed:
            _dashed(canvas, job.left, job.right, y)
        else:
            _hline(canvas, job.left, job.right, y)

    return Block(height, draw)


def _info_row(job: _Job, label: str, value: str, label_room: float) -> Block:
    """'单号  LQ-K7QD-000123': values start on one line; a long value shrinks, then wraps."""
    size = job.spec.body
    x_value = job.left + label_room
    room = job.right - x_value
    if label == job.labels.grower:
        value_block = _fitted_name(job, value, size + 1, size, x_value, room, "left")
    else:
        s = fit_size(value, job.font, size, room)
        value_block = (
            _para(job, value, size, x_value, room)
            if s < job.spec.small
            else _para(job, value, s, x_value, room)
        )
    height = max(value_block.height, size * LINE)
    ls = fit_size(label, job.font, size, label_room - 1.5 * mm)

    def draw(canvas: Canvas, top: float) -> None:
        _draw(canvas, label, job.font, ls, job.left, row_baseline(top, size * LINE, ls))
        value_block.draw(canvas, top)

    return Block(height, draw)


def _roll_lot(job: _Job, lot: _LotText, lot_value: Lot) -> list[Block]:
    lb, size = job.labels, job.spec.body
    indent = 2.5 * mm
    blocks = [_para(job, lot.heading, size, job.left, job.width, bold=True)]
    blocks.append(_row(job, lb.gross, lot.gross, lb.kg, size, indent=indent))
    if lot_value.tare_g or lot.tare_note:
        blocks.append(
            _row(job, f"{lb.tare} {lot.tare_note}".strip(), lot.tare, lb.kg, size, indent=indent)
        )
    for label, grams in lot.deductions:
        blocks.append(_row(job, label, grams, lb.kg, size, indent=indent))
    blocks.append(_row(job, lb.net, lot.net, lb.kg, size, indent=indent))
    blocks.append(_row(job, lb.price, lot.price, lb.per_kg, size, indent=indent))
    blocks.append(_row(job, lb.amount, lot.amount, lb.yuan, size, bold=True, indent=indent))
    if lot.manual:
        blocks.append(_para(job, lot.manual, size, job.left + indent, job.width - indent))
    return blocks


def _roll_blocks(job: _Job) -> tuple[list[Block], int, int]:
    """The roll's blocks, and the range of them (from, to) the VOID stamps may cover:
    the figures, not the marks above them or the QR code below."""
    spec, lb, r = job.spec, job.labels, job.receipt
    x, room = job.left, job.width
    blocks = [_fitted_name(job, r.coop_name, spec.title, spec.body, x, room, "centre")]
    blocks.append(_para(job, lb.title, spec.body + 1, x, room, "centre"))
    blocks.append(_gap(1 * mm))
    blocks += _marks(job, x, room)
    blocks.append(_gap(1 * mm))
    stamp_from = len(blocks)
    label_room = max(_width(label, job.font, spec.body) for label, _ in job.info_rows()) + 2.5 * mm
    blocks += [_info_row(job, label, value, label_room) for label, value in job.info_rows()]
    for note in job.notes():
        blocks.append(_para(job, note, spec.body, x, room, bold=True))
    blocks.append(_rule_block(job, dashed=False))
    for i, (lot, value) in enumerate(zip(job.lots, r.lots, strict=True)):
        if i:
            blocks.append(_rule_block(job))
        blocks += _roll_lot(job, lot, value)
    blocks.append(_rule_block(job, double=True))
    count = lb.lot_count.format(count=len(r.lots))
    blocks.append(_row(job, f"{lb.total_net} {count}", format_kg(r.net_g), lb.kg, spec.body))
    blocks.append(_row(job, lb.total_amount, job.total_figure(), "", spec.total, bold=True))
    capital = lb.capital + job.capital()
    if _width(capital, job.font, spec.body) <= room:
        blocks.append(_para(job, capital, spec.body, x, room, bold=True))
    else:  # the label on its line, the amount on the next: never split inside a figure
        blocks.append(_para(job, lb.capital, spec.body, x, room))
        blocks.append(_para(job, job.capital(), spec.body, x, room, bold=True))
    blocks.append(_rule_block(job, dashed=False))
    stamp_to = len(blocks)
    blocks.append(_gap(1 * mm))
    blocks.append(_qr_block(job, x, room))
    blocks.append(_signatures(job, x, room, columns=1))
    return blocks, stamp_from, stamp_to


def _render_roll(canvas_for: Callable[[tuple[float, float]], Canvas], job: _Job) -> Canvas:
    blocks, stamp_from, stamp_to = _roll_blocks(job)
    spec = job.spec
    height = spec.margin_top + sum(b.height for b in blocks) + spec.margin_bottom
    canvas = canvas_for((spec.page_width, height))
    canvas.setStrokeColor(black)
    canvas.setFillColor(black)
    _place(canvas, blocks, height - spec.margin_top)
    if job.void is not None:
        # Over the figures, one stamp per ~100 mm so a torn-off piece still says VOID;
        # never over the QR code, which must still scan.
        top = height - spec.margin_top - sum(b.height for b in blocks[:stamp_from])
        span = sum(b.height for b in blocks[stamp_from:stamp_to])
        stamps = max(1, round(span / (100 * mm)))
        for i in range(stamps):
            cy = top - span * (i + 0.5) / stamps
            _void_stamp(canvas, job, spec.page_width / 2, cy, job.width, span / stamps)
    canvas.showPage()
    return canvas


# -- sheets: A5 and the 241 mm form --------------------------------------------------------

# Table columns: (key, share of the table's width, alignment, decimals). Figures align
# on their decimal point: weights have up to 3 decimals, money 2.
COLUMNS = (
    ("index", 0.04, "centre", 0),
    ("crop", 0.15, "left", 0),
    ("grade", 0.085, "left", 0),
    ("gross", 0.13, "right", 3),
    ("tare", 0.11, "right", 3),
    ("deducted", 0.11, "right", 3),
    ("net", 0.13, "right", 3),
    ("price", 0.09, "right", 2),
    ("amount", 0.155, "right", 2),
)
CELL_PAD = 1.0 * mm


@dataclass
class _Frame:
    """Where one copy of a receipt goes on a sheet, and how wide its parts are."""

    x: float
    bottom: float
    width: float
    height: float
    table_width: float  # narrower than `width` where the QR stands beside the table
    qr_beside_table: bool

    @property
    def top(self) -> float:
        return self.bottom + self.height


@dataclass(frozen=True)
class _Column:
    key: str
    x: float
    width: float
    align: str
    decimals: int


def _columns(frame: _Frame) -> list[_Column]:
    x, out = frame.x, []
    for key, share, align, decimals in COLUMNS:
        w = frame.table_width * share
        out.append(_Column(key, x, w, align, decimals))
        x += w
    return out


def _cell(
    canvas: Canvas,
    job: _Job,
    text: str,
    size: float,
    col: _Column,
    y: float,
    bold: bool = False,
    figure: bool = True,
) -> None:
    """A cell's text shrunk to its column; figures aligned on the decimal point."""
    room = col.width - 2 * CELL_PAD
    if figure and col.decimals:
        point_x = col.x + col.width - CELL_PAD - _decimals_room(job.font, size, col.decimals)
        head = text.rpartition(".")[0] or text
        s = fit_size(head, job.font, size, point_x - col.x - CELL_PAD)
        _draw_figure(canvas, text, job.font, s, point_x, y, bold)
        return
    s = fit_size(text, job.font, size, room)
    ax = {"left": col.x + CELL_PAD, "right": col.x + col.width - CELL_PAD}.get(
        col.align, col.x + col.width / 2
    )
    _draw(canvas, text, job.font, s, ax, y, col.align, bold)


def _table_head(job: _Job, frame: _Frame) -> Block:
    """Column titles, units on a second line under the figures' titles."""
    lb, size = job.labels, job.spec.small
    titles = {
        "index": ("#", ""),
        "crop": (lb.crop, ""),
        "grade": (lb.grade, ""),
        "gross": (lb.gross, lb.kg),
        "tare": (lb.tare, lb.kg),
        "deducted": (lb.deducted, lb.kg),
        "net": (lb.net, lb.kg),
        "price": (lb.price, lb.per_kg),
        "amount": (lb.amount, lb.yuan),
    }
    line = size * 1.18
    height = 2 * line + 1.6 * mm
    cols = _columns(frame)

    def draw(canvas: Canvas, top: float) -> None:
        _hline(canvas, frame.x, frame.x + frame.table_width, top - 0.4 * mm, RULE)
        first = row_baseline(top - 0.8 * mm, line, size)
        for col in cols:
            title, unit = titles[col.key]
            y = first if unit else first - line / 2
            _cell(canvas, job, title, size, col, y, figure=False)
            if unit:
                _cell(canvas, job, unit, size, col, first - line, figure=False)
        _hline(canvas, frame.x, frame.x + frame.table_width, top - height + 0.4 * mm, THIN_RULE)

    return Block(height, draw)


def _table_lot(job: _Job, frame: _Frame, index: int, lot: _LotText) -> Block:
    size, small = job.spec.body, job.spec.small
    cols = _columns(frame)
    values = {
        "index": str(index),
        "crop": lot.crop,
        "grade": lot.grade,
        "gross": lot.gross,
        "tare": lot.tare,
        "deducted": lot.deducted,
        "net": lot.net,
        "price": lot.price,
        "amount": lot.amount,
    }
    lb = job.labels
    details = [f"{label} {grams} {lb.kg}" for label, grams in lot.deductions]
    if lot.tare_note:
        details.insert(0, f"{lb.tare} {lot.tare_note}")
    if lot.manual:
        details.append(lot.manual)
    note_x = cols[1].x + CELL_PAD
    note_room = frame.x + frame.table_width - note_x - CELL_PAD
    note = _para(job, "；".join(details), small, note_x, note_room) if details else _gap(0)
    row_h = size * LINE
    height = row_h + note.height + 0.6 * mm

    def draw(canvas: Canvas, top: float) -> None:
        y = row_baseline(top, row_h, size)
        for col in cols:
            _cell(canvas, job, values[col.key], size, col, y, bold=col.key == "amount")
        note.draw(canvas, top - row_h + 0.6 * mm)
        _dashed(canvas, frame.x, frame.x + frame.table_width, top - height)

    return Block(height, draw)


def _table_total(job: _Job, frame: _Frame) -> Block:
    r, lb, size = job.receipt, job.labels, job.spec.body
    cols = _columns(frame)
    values = {
        "crop": f"{lb.total} {lb.lot_count.format(count=len(r.lots))}",
        "gross": format_kg(sum(lot.gross_g for lot in r.lots)),
        "tare": format_kg(sum(lot.tare_g for lot in r.lots)),
        "deducted": format_kg(sum(lot.deducted_g for lot in r.lots)),
        "net": format_kg(r.net_g),
        "amount": format_yuan(r.total_fen),
    }
    height = size * LINE + 1 * mm

    def draw(canvas: Canvas, top: float) -> None:
        y = row_baseline(top, height, size)
        for col in cols:
            text = values.get(col.key)
            if text is None:
                continue
            if col.key == "crop":  # the label spans the crop and grade columns
                room = col.width + cols[2].width - 2 * CELL_PAD
                s = fit_size(text, job.font, size, room)
                _draw(canvas, text, job.font, s, col.x + CELL_PAD, y, bold=True)
            else:
                _cell(canvas, job, text, size, col, y, bold=True)
        _hline(canvas, frame.x, frame.x + frame.table_width, top - height, RULE)

    return Block(height, draw)


def _amount_line(job: _Job, frame: _Frame) -> Block:
    """'人民币大写：贰仟柒佰陆拾肆元肆角壹分    小写：¥2,764.41' on one line if it fits."""
    lb, size = job.labels, job.spec.total
    capital = lb.capital + job.capital()
    figures = lb.figures + job.total_figure()
    room = frame.table_width
    gap = 8 * mm
    one_line = _width(capital, job.font, size) + gap + _width(figures, job.font, size)
    if one_line <= room:
        height = size * LINE + 1 * mm

        def draw(canvas: Canvas, top: float) -> None:
            y = row_baseline(top, height, size)
            _draw(canvas, capital, job.font, size, frame.x, y, bold=True)
            _draw(canvas, figures, job.font, size, frame.x + room, y, "right", bold=True)

        return Block(height, draw)
    first = _para(job, capital, size, frame.x, room, bold=True)
    second = _para(job, figures, size, frame.x, room, "right", bold=True)
    return Block(first.height + second.height, _stack(first, second))


def _stack(*blocks: Block) -> Callable[[Canvas, float], None]:
    def draw(canvas: Canvas, top: float) -> None:
        _place(canvas, blocks, top)

    return draw


def _sheet_header(job: _Job, frame: _Frame, part: str, page: int, pages: int) -> Block:
    """Title in the middle; the part label and page at the right, COPY/VOID at the left."""
    spec, lb = job.spec, job.labels
    marks = [m for m, on in ((lb.void_mark, job.void), (lb.copy_mark, job.copy)) if on]
    side_room = frame.width * 0.22
    if frame.qr_beside_table:
        # The part's label stands over the QR column; the title centres over the table.
        right_x = frame.x + frame.table_width + 3 * mm
        right_room = frame.x + frame.width - right_x
        title_x = frame.x + (side_room + 2 * mm if marks else 0)
        title_room = frame.x + frame.table_width - title_x
    else:  # centred on the page between equal side columns
        right_x, right_room = frame.x + frame.width - side_room, side_room
        title_x = frame.x + side_room + 2 * mm
        title_room = frame.width - 2 * side_room - 4 * mm
    coop = _fitted_name(
        job, job.receipt.coop_name, spec.title, spec.body, title_x, title_room, "centre"
    )
    subtitle = lb.title + (lb.continued if page > 1 else "")
    sub = _para(job, subtitle, spec.body, title_x, title_room, "centre")
    one_line = _one_line_title(job, subtitle, title_x, title_room)
    if spec.parts > 1 and one_line is not None:  # a third of a form has no height to spare
        coop, sub = one_line, _gap(0)
    right = []
    if part:
        right.append(_para(job, part, spec.body + 0.5, right_x, right_room, "right", bold=True))
    if pages > 1:
        page_text = lb.page.format(page=page, pages=pages)
        right.append(_para(job, page_text, spec.small, right_x, right_room, "right"))
    mark_size = spec.body + 2
    mark_h = mark_size * LINE + 1.6 * mm
    across = spec.parts > 1  # side by side on a third of a form, else one under the other
    mark_room = side_room
    if across and marks:
        mark_room = (side_room - 2 * mm * (len(marks) - 1)) / len(marks)
    marks_h = (mark_h + 1 * mm) * (1 if across else len(marks)) if marks else 0
    height = max(coop.height + sub.height, sum(b.height for b in right), marks_h) + 0.6 * mm

    def draw(canvas: Canvas, top: float) -> None:
        coop.draw(canvas, top)
        sub.draw(canvas, top - coop.height)
        _place(canvas, right, top)
        x, y = frame.x, top
        for mark in marks:
            s = fit_size(mark, job.font, mark_size, mark_room - 3 * mm)
            w = _width(mark, job.font, s) + 3 * mm
            canvas.setLineWidth(1.2 if mark == job.labels.void_mark else 0.8)
            canvas.rect(x, y - mark_h, w, mark_h, stroke=1, fill=0)
            _draw(canvas, mark, job.font, s, x + w / 2, row_baseline(y, mark_h, s), "centre", True)
            if across:
                x += w + 2 * mm
            else:
                y -= mark_h + 1 * mm

    return Block(height, draw)


def _one_line_title(job: _Job, subtitle: str, x: float, room: float) -> Block | None:
    """'龙泉果蔬合作社  农产品收购单' on one line, or None when that does not fit."""
    spec, coop = job.spec, job.receipt.coop_name
    gap = 3 * mm
    coop_w = _width(coop, job.font, spec.title)
    total = coop_w + gap + _width(subtitle, job.font, spec.body)
    if total > room:
        return None
    height = spec.title * LINE

    def draw(canvas: Canvas, top: float) -> None:
        x0 = x + (room - total) / 2
        y = row_baseline(top, height, spec.title)
        _draw(canvas, coop, job.font, spec.title, x0, y, bold=True)
        _draw(canvas, subtitle, job.font, spec.body, x0 + coop_w + gap, y)

    return Block(height, draw)


# (line, column, columns spanned) of the number, time, grower, card and clerk in a grid
# of 1, 2 or 3 columns. Across three, the grower's name gets two columns' room.
INFO_PLACES = {
    1: ((0, 0, 1), (1, 0, 1), (2, 0, 1), (3, 0, 1), (4, 0, 1)),
    2: ((0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, 1), (2, 0, 1)),
    3: ((0, 0, 1), (0, 1, 1), (1, 0, 2), (1, 2, 1), (0, 2, 1)),
}


def _info_grid(job: _Job, frame: _Frame, room: float, columns: int) -> Block:
    """The receipt's number, time, grower, card and clerk in `columns` columns."""
    size = job.spec.body
    rows = job.info_rows()
    places = INFO_PLACES[columns]
    gap = 4 * mm
    cell = (room - gap * (columns - 1)) / columns
    label_room = max(_width(label, job.font, size) for label, _ in rows) + 2 * mm
    row_h = size * LINE + 0.5 * mm
    lines = max(line for line, _, _ in places) + 1
    cells = []
    for (label, value), (line, col, span) in zip(rows, places, strict=True):
        x = frame.x + col * (cell + gap)
        cells.append((label, value, x, line, span * cell + (span - 1) * gap))

    def draw(canvas: Canvas, top: float) -> None:
        for label, value, x, line, width in cells:
            y = row_baseline(top - line * row_h, row_h, size)
            _draw(canvas, label, job.font, size, x, y)
            s = fit_size(value, job.font, size, width - label_room)
            _draw(canvas, value, job.font, s, x + label_room, y, bold=label == job.labels.grower)

    return Block(lines * row_h, draw)


@dataclass
class _Page:
    head: list[Block]  # the receipt's details: whole on the first page, short after
    body: list[Block]  # the table's head, lots, and on the last page the totals


def _sheet_pages(job: _Job, frame: _Frame, header_h: float) -> list[_Page]:
    """One copy's pages, lots split over pages when they do not fit. The header and
    the table's head repeat on every page; the totals, the amount in words, the notes
    and the signatures stay together on the last."""
    spec = job.spec
    table = frame.table_width
    lot_blocks = [_table_lot(job, frame, i, lot) for i, lot in enumerate(job.lots, 1)]
    void_size = spec.body if spec.parts == 1 else spec.small  # a third of a form is short
    void_blocks = [
        _para(job, line, void_size, frame.x, table, bold=True)
        for line in _pack(job.void_lines(), job.font, void_size, table)
    ]
    notes = [_para(job, note, spec.body, frame.x, table, bold=True) for note in job.notes()]
    tail = [
        _table_total(job, frame),
        _gap(1.2 * mm if spec.parts == 1 else 0.6 * mm),
        _amount_line(job, frame),
        *notes,
        _gap(1.5 * mm if spec.parts == 1 else 0.5 * mm),
        _signatures(job, frame.x, table, 2, SIGN_SPACE if spec.parts == 1 else 6 * mm),
    ]
    if frame.qr_beside_table:
        first_head = [_info_grid(job, frame, table, 3), *void_blocks, _gap(1 * mm)]
    else:
        qr_room = 40 * mm
        qr = _qr_block(job, frame.x + frame.width - qr_room, qr_room)
        info = _info_grid(job, frame, frame.width - qr_room - 6 * mm, 1)
        pair = Block(max(info.height, qr.height), _side_by_side(info, qr))
        first_head = [pair, *void_blocks, _gap(1.5 * mm)]
    next_head = [_info_grid(job, frame, table, 3 if frame.qr_beside_table else 2), _gap(1 * mm)]
    table_head = _table_head(job, frame)
    tail_h = sum(b.height for b in tail)

    pages: list[_Page] = []
    remaining = list(lot_blocks)
    while True:
        head = first_head if not pages else next_head
        room = frame.height - header_h - sum(b.height for b in head) - table_head.height
        taken: list[Block] = []
        while remaining and sum(b.height for b in taken) + remaining[0].height <= room:
            taken.append(remaining.pop(0))
        if not taken and remaining:  # a lot taller than a page: print it anyway
            taken.append(remaining.pop(0))
        if not remaining and (not taken or sum(b.height for b in taken) + tail_h <= room):
            # (Without lots, the totals go here even when taller than a page: no endless loop.)
            pages.append(_Page(head, [table_head, *taken, *tail]))
            return pages
        if not remaining and len(taken) > 1:
            # The totals go over: the last lot goes with them, so they never stand alone.
            remaining.append(taken.pop())
        pages.append(_Page(head, [table_head, *taken]))


def _pack(lines: list[str], font: str, size: float, room: float, gap: str = "    ") -> list[str]:
    """Short lines joined (with `gap`) into as few lines as fit in `room`."""
    packed: list[str] = []
    for line in lines:
        if packed and _width(packed[-1] + gap + line, font, size) <= room:
            packed[-1] += gap + line
        else:
            packed.append(line)
    return packed


def _side_by_side(left: Block, right: Block) -> Callable[[Canvas, float], None]:
    def draw(canvas: Canvas, top: float) -> None:
        left.draw(canvas, top)
        right.draw(canvas, top)

    return draw


def _render_sheet(canvas_for: Callable[[tuple[float, float]], Canvas], job: _Job) -> Canvas:
    spec = job.spec
    parts = spec.parts
    page_h = spec.page_height * parts  # type: ignore[operator]
    canvas = canvas_for((spec.page_width, page_h))
    canvas.setStrokeColor(black)
    canvas.setFillColor(black)
    frame_h = spec.page_height - spec.margin_top - spec.margin_bottom  # type: ignore[operator]
    width = job.width
    qr_side, _ = _qr_size(spec, job.matrix.modules)
    beside = parts > 1
    table_width = width - (qr_side + 3 * mm) if beside else width
    frames = [
        _Frame(
            x=job.left,
            bottom=page_h - (i + 1) * spec.page_height + spec.margin_bottom,  # type: ignore[operator]
            width=width,
            height=frame_h,
            table_width=table_width,
            qr_beside_table=beside,
        )
        for i in range(parts)
    ]
    parts_labels = job.labels.parts[:parts] if parts > 1 else ("",)

    def header_h(pages: int) -> float:
        return max(_sheet_header(job, frames[0], p, 1, pages).height for p in parts_labels)

    # The page count shows in the header only when there is more than one page.
    head_h = header_h(1)
    pages = _sheet_pages(job, frames[0], head_h)
    if len(pages) > 1:
        head_h = header_h(len(pages))
        pages = _sheet_pages(job, frames[0], head_h)
    for number, page in enumerate(pages, 1):
        for frame, part in zip(frames, parts_labels, strict=False):
            _sheet_header(job, frame, part, number, len(pages)).draw(canvas, frame.top)
            canvas.saveState()
            canvas.translate(0, frame.bottom - frames[0].bottom)
            body_top = _place(canvas, page.head, frames[0].top - head_h)
            body_bottom = _place(canvas, page.body, body_top)
            canvas.restoreState()
            if beside:
                qr = _qr_block(job, frame.x + table_width + 3 * mm, qr_side)
                qr.draw(canvas, frame.top - head_h)
            if job.void is not None:  # over the table and totals, never over the QR
                shift = frame.bottom - frames[0].bottom
                span = body_top - body_bottom
                cy = shift + (body_top + body_bottom) / 2
                _void_stamp(canvas, job, frame.x + table_width / 2, cy, table_width, span)
        canvas.showPage()
    return canvas


# -- the public function -----------------------------------------------------------------


def render_receipt(
    signed: SignedReceipt,
    layout: ReceiptLayout = ReceiptLayout.THERMAL_80,
    *,
    copy: bool = False,
    void: VoidInfo | None = None,
    labels: ReceiptLabels | None = None,
    qr: QrMatrix | None = None,
    tz: dt.tzinfo | None = None,
    server: str = "",
) -> bytes:
    """The receipt as a PDF.

    `copy` prints 副本 COPY (a reprint); `void` the 作废 VOID mark and why. `qr` is
    the matrix of the QR's text when the caller keeps it from save time (saves ~15 ms);
    it must be that text's. Times print in `tz` (None: this computer's zone). With the
    cooperative's `server` address the QR holds the code as a link to the server's
    check, which a grower's phone camera opens (domain/receipts.py receipt_link); the
    Subject keeps the bare code. Raises FontMissingError (fonts.py) without a Chinese
    font.
    """
    spec = LAYOUTS[ReceiptLayout(layout)]
    payload = signed.qr_payload()
    shown = receipt_link(server, payload) if server else payload
    job = _Job(
        signed=signed,
        spec=spec,
        labels=labels or ReceiptLabels(),
        font=cjk_font_name(),
        matrix=qr if qr is not None else qr_matrix(shown),
        copy=copy,
        void=void,
        tz=tz,
    )
    buffer = io.BytesIO()

    def canvas_for(size: tuple[float, float]) -> Canvas:
        # The CJK font from the start: no unused, unembedded Helvetica in the file.
        canvas = Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=job.font)
        canvas.setTitle(signed.receipt.number)
        canvas.setSubject(payload)
        canvas.setAuthor(signed.receipt.coop_name)
        canvas.setCreator("FieldApp")
        canvas.setKeywords("FieldApp receipt " + signed.receipt.number)
        return canvas

    canvas = _render_sheet(canvas_for, job) if spec.table else _render_roll(canvas_for, job)
    canvas.save()
    return buffer.getvalue()


# -- reading the payload back ------------------------------------------------------------

_SUBJECT = re.compile(rb"/Subject\s*([(<])")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def receipt_payload_from_pdf(data: bytes) -> str | None:
    """The QR payload a receipt PDF carries in its Subject, or None when the PDF has no
    receipt payload there. Reads the bytes directly (ReportLab writes the document
    information uncompressed); the last /Subject wins, as in an updated PDF."""
    found = None
    for match in _SUBJECT.finditer(data):
        start = match.end()
        raw = _literal(data, start) if match.group(1) == b"(" else _hex(data, start)
        if raw is not None:
            found = raw
    if found is None:
        return None
    text = _decode_text(found)
    return text if text is not None and is_receipt_code(text) else None


def _literal(data: bytes, start: int) -> bytes | None:
    """A PDF literal string's bytes from just after its '(' (nested parentheses,
    backslash escapes, octal codes and line continuations)."""
    out = bytearray()
    depth, i, n = 1, start, len(data)
    while i < n:
        ch = data[i : i + 1]
        if ch == b"\\":
            nxt = data[i + 1 : i + 2]
            if nxt in _ESCAPES:
                out += _ESCAPES[nxt]
                i += 2
            elif nxt.isdigit() and nxt < b"8":
                digits = re.match(rb"[0-7]{1,3}", data[i + 1 : i + 4])
                assert digits is not None
                out.append(int(digits.group(), 8) & 0xFF)
                i += 1 + len(digits.group())
            elif nxt == b"\r":  # a line continuation: \ and an end of line vanish
                i += 3 if data[i + 2 : i + 3] == b"\n" else 2
            elif nxt == b"\n":
                i += 2
            else:  # \( \) \\ and any other escaped character stand for themselves
                out += nxt
                i += 2
            continue
        if ch == b"(":
            depth += 1
        elif ch == b")":
            depth -= 1
            if depth == 0:
                return bytes(out)
        out += ch
        i += 1
    return None


def _hex(data: bytes, start: int) -> bytes | None:
    end = data.find(b">", start)
    if end < 0:
        return None
    digits = re.sub(rb"\s", b"", data[start:end])
    if len(digits) % 2:
        digits += b"0"
    try:
        return bytes.fromhex(digits.decode("ascii"))
    except ValueError:
        return None


def _decode_text(raw: bytes) -> str | None:
    """A PDF text string: UTF-16 with a byte order mark, UTF-8 with one, or PDFDocEncoding
    (which matches Latin-1 for everything a payload may hold)."""
    try:
        if raw.startswith(codecs.BOM_UTF16_BE):
            return raw[2:].decode("utf-16-be")
        if raw.startswith(codecs.BOM_UTF8):
            return raw[3:].decode("utf-8")
        return raw.decode("latin-1")
    except UnicodeDecodeError:
        return None
