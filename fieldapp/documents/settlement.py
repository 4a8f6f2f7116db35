"""The end-of-day settlement (日结单): a Settlement in, an A4 PDF out.

Page 1 opens with the day's figures (the grand total also in capital numerals),
then tables by crop and grade, by clerk, by payment, the voided receipts (counted
in no total), the lines for the counter's and the checker's signatures, and the
list of every receipt as an appendix. Tables that run over a page break repeat
their title and column heads; every page is numbered 'n / m'.

Drawn straight on the canvas with fixed-height rows (shrunk to fit, wrapped
only where a column is marked to wrap): 2,000 receipts render in a fraction of
the time ReportLab's Platypus tables need (see benchmarks/settlement_2000.py).

`settlement_rows` gives the same tables as values for the service to write as
XLSX sheets.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fieldapp.domain.money import chinese_capital, format_kg, format_yuan
from fieldapp.domain.settlement import Payment, Settlement

from .fonts import cjk_font_name
from .receipts import fit_size, local_time, row_baseline, wrap

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 16 * mm
FOOTER_Y = 8 * mm  # the page number's baseline

BODY = 9.5
SMALL = 8.0
SECTION = 11.5
TITLE = 17.0
LINE = 1.34
ROW_H = 5.4 * mm  # a table row of one line
CELL_PAD = 1.2 * mm
MIN_SHRINK = 7.5  # a wrapping column's text shrinks down to this, then wraps
BOLD_LINE = 0.4  # points: the outline that makes text bold
SIGN_SPACE = 12 * mm

INK = black
RULE_GREY = HexColor("#9A9A9A")  # A4 goes to an office printer: grey rules are fine here
HEAD_FILL = HexColor("#EDEDED")


@dataclass(frozen=True)
class SettlementLabels:
    """Every word on the settlement; Chinese by default, ENGLISH_SETTLEMENT_LABELS below."""

    title: str = "收购日结单"
    day: str = "日期：{day}"
    receipts: str = "有效收购单"
    receipts_value: str = "{count} 张"
    lots: str = "收购笔数"
    lots_value: str = "{count} 笔"
    net: str = "净重合计"
    amount: str = "金额合计"
    capital: str = "人民币大写："
    cash: str = "现金"
    transfer: str = "转账"
    unpaid: str = "未付"
    payment_value: str = "¥{amount}（{count} 张）"
    voided_summary: str = "作废"
    voided_value: str = "{count} 张 ¥{amount}（不计入合计）"
    by_crop: str = "按品种、等级汇总"
    by_clerk: str = "按收购员汇总"
    payments: str = "付款情况"
    voided: str = "作废收购单（不计入合计）"
    details: str = "附：收购明细"
    continued: str = "（续）"
    none: str = "无"
    total: str = "合计"
    index: str = "序号"
    crop: str = "品名"
    grade: str = "等级"
    lot_count: str = "笔数"
    receipt_count: str = "单数"
    net_kg: str = "净重(kg)"
    amount_yuan: str = "金额(元)"
    clerk: str = "收购员"
    payment: str = "付款方式"
    number: str = "单号"
    time: str = "时间"
    grower: str = "社员"
    card: str = "卡号"
    reason: str = "作废原因"
    voided_by: str = "作废人"
    replaced_by: str = "更正单号"
    reference: str = "凭证号"
    paid: str = "付款"
    sign_counter: str = "清点人"
    sign_checker: str = "复核人"
    sign_date: str = "日期"
    page: str = "{page} / {pages}"
    sheet_summary: str = "汇总"
    sheet_crops: str = "品种等级"
    sheet_clerks: str = "收购员"
    sheet_payments: str = "付款"
    sheet_voided: str = "作废"
    sheet_details: str = "明细"
    item: str = "项目"
    value: str = "数值"
    date_item: str = "日期"
    coop_item: str = "合作社"

    def payment_name(self, payment: str) -> str:
        return {Payment.CASH: self.cash, Payment.TRANSFER: self.transfer}.get(payment, self.unpaid)


ENGLISH_SETTLEMENT_LABELS = SettlementLabels(
    title="Daily purchase settlement",
    day="Date: {day}",
    receipts="Valid receipts",
    receipts_value="{count}",
    lots="Lots",
    lots_value="{count}",
    net="Total net",
    amount="Total amount",
    capital="In words (RMB): ",
    cash="Cash",
    transfer="Transfer",
    unpaid="Unpaid",
    payment_value="¥{amount} ({count} receipts)",
    voided_summary="Voided",
    voided_value="{count} receipts, ¥{amount} (not in the totals)",
    by_crop="By crop and grade",
    by_clerk="By clerk",
    payments="Payments",
    voided="Voided receipts (not in the totals)",
    details="Appendix: every receipt",
    continued=" (continued)",
    none="None",
    total="Total",
    index="#",
    crop="Crop",
    grade="Grade",
    lot_count="Lots",
    receipt_count="Receipts",
    net_kg="Net (kg)",
    amount_yuan="Amount (CNY)",
    clerk="Clerk",
    payment="Payment",
    number="Receipt",
    time="Time",
    grower="Grower",
    card="Card",
    reason="Reason",
    voided_by="Voided by",
    replaced_by="Replaced by",
    reference="Reference",
    paid="Paid",
    sign_counter="Counted by",
    sign_checker="Checked by",
    sign_date="Date",
    sheet_summary="Summary",
    sheet_crops="Crops",
    sheet_clerks="Clerks",
    sheet_payments="Payments",
    sheet_voided="Voided",
    sheet_details="Receipts",
    item="Item",
    value="Value",
    date_item="Date",
    coop_item="Cooperative",
)


# -- drawing primitives -------------------------------------------------------------------


class Ink:
    """One page's drawing. Rules and fills go straight to the canvas; all text goes into
    one text object written at the end of the page, over the fills (one BT..ET per
    page instead of one per string: 20,000 strings of a long appendix add up)."""

    def __init__(self, canvas: Canvas, font: str) -> None:
        self.canvas = canvas
        self.font = font
        self._text = canvas.beginText()
        self._size = 0.0
        self._bold = False

    def text(
        self, text: str, size: float, x: float, y: float, align: str = "left", bold: bool = False
    ) -> None:
        if align == "right":
            x -= stringWidth(text, self.font, size)
        elif align == "centre":
            x -= stringWidth(text, self.font, size) / 2
        t = self._text
        if size != self._size:
            t.setFont(self.font, size)
            self._size = size
        if bold != self._bold:  # wqy has no bold face: filled and outlined glyphs
            t.setTextRenderMode(2 if bold else 0)
            self._bold = bold
        t.setTextOrigin(x, y)
        t.textOut(text)

    def finish(self) -> None:
        self.canvas.setLineWidth(BOLD_LINE)  # the outline of the bold text
        self.canvas.setStrokeColor(INK)
        self.canvas.drawText(self._text)


def _rule(canvas: Canvas, x0: float, x1: float, y: float, width: float, colour: Color) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(width)
    canvas.line(x0, y, x1, y)
    canvas.setStrokeColor(INK)


@dataclass
class Block:
    height: float
    draw: Callable[[Ink, float], None]  # from the block's top edge


# -- tables -------------------------------------------------------------------------------


def _wrap_name(text: str, font: str, size: float, room: float) -> list[str]:
    """Lines of at most `room`; a minority name breaks after its middle dots first."""
    if "·" in text:
        lines: list[str] = []
        for part in text.replace("·", "·\n").split("\n"):
            if lines and stringWidth(lines[-1] + part, font, size) <= room:
                lines[-1] += part
            else:
                lines += wrap(part, font, size, room)
        return lines
    return wrap(text, font, size, room)


@dataclass(frozen=True)
class Column:
    title: str
    share: float  # of the table's width
    align: str = "left"  # left, right, centre
    decimals: int = 0  # figures align on the decimal point
    wrap: bool = False  # long text wraps (reasons); otherwise it shrinks to fit


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None
    empty: str = ""  # printed instead of the table when it has no rows
    size: float = BODY - 0.5  # of the rows' text


class _Sheet:
    """Lays out blocks on A4 pages: a block that does not fit starts a new page."""

    def __init__(self, font: str, first_top: float, top: float) -> None:
        self.font = font
        self.top = top
        self.bottom = MARGIN_BOTTOM
        self.pages: list[list[tuple[float, Block]]] = [[]]
        self.y = first_top
        self.left = MARGIN_X
        self.width = PAGE_W - 2 * MARGIN_X

    def room(self) -> float:
        return self.y - self.bottom

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def add(self, block: Block, keep: float = 0) -> None:
        """Place `block`, first starting a new page unless it and `keep` more points fit."""
        if block.height + keep > self.room() and self.pages[-1]:
            self.new_page()
        self.pages[-1].append((self.y, block))
        self.y -= block.height

    # -- table parts

    def _cells(self, table: Table) -> list[tuple[Column, float, float]]:
        x, out = self.left, []
        for col in table.columns:
            w = self.width * col.share
            out.append((col, x, w))
            x += w
        return out

    def section(self, title: str) -> Block:
        def draw(ink: Ink, top: float) -> None:
            y = row_baseline(top - 2 * mm, SECTION * LINE, SECTION)
            ink.text(title, SECTION, self.left, y, bold=True)

        return Block(SECTION * LINE + 3 * mm, draw)

    def header(self, table: Table) -> Block:
        cells = self._cells(table)
        height = ROW_H + 0.6 * mm

        def draw(ink: Ink, top: float) -> None:
            ink.canvas.setFillColor(HEAD_FILL)
            ink.canvas.rect(self.left, top - height, self.width, height, stroke=0, fill=1)
            ink.canvas.setFillColor(INK)
            _rule(ink.canvas, self.left, self.left + self.width, top, 0.8, INK)
            _rule(ink.canvas, self.left, self.left + self.width, top - height, 0.5, INK)
            y = row_baseline(top, height, SMALL + 0.5)
            for col, x, w in cells:
                self._text(ink, col.title, SMALL + 0.5, col, x, w, y, figure=False)

        return Block(height, draw)

    def row(self, table: Table, values: Sequence[str], total: bool = False) -> Block:
        cells, font = self._cells(table), self.font
        size = table.size
        wrapped: dict[int, list[str]] = {}
        for i, (col, _x, w) in enumerate(cells):
            # A wrapping column shrinks a little first, and wraps rather than shrink more.
            if col.wrap and stringWidth(values[i], font, MIN_SHRINK) > w - 2 * CELL_PAD:
                wrapped[i] = _wrap_name(values[i], font, size, w - 2 * CELL_PAD)
        lines = max((len(v) for v in wrapped.values()), default=1)
        step = size * 1.2
        height = ROW_H + (lines - 1) * step

        def draw(ink: Ink, top: float) -> None:
            y = row_baseline(top, ROW_H, size)
            for i, (col, x, w) in enumerate(cells):
                if i in wrapped:
                    for n, line in enumerate(wrapped[i]):
                        self._text(ink, line, size, col, x, w, y - n * step, figure=False)
                else:
                    self._text(ink, values[i], size, col, x, w, y, bold=total)
            if total:
                _rule(ink.canvas, self.left, self.left + self.width, top, 0.5, INK)
                _rule(ink.canvas, self.left, self.left + self.width, top - height, 0.8, INK)
            else:
                _rule(ink.canvas, self.left, self.left + self.width, top - height, 0.25, RULE_GREY)

        return Block(height, draw)

    def _text(
        self,
        ink: Ink,
        text: str,
        size: float,
        col: Column,
        x: float,
        w: float,
        y: float,
        bold: bool = False,
        figure: bool = True,
    ) -> None:
        """One cell's text, shrunk to its column; figures aligned on the decimal point."""
        font = self.font
        if not text:
            return
        if figure and col.decimals and col.align == "right":
            point = x + w - CELL_PAD - stringWidth("." + "0" * col.decimals, font, size)
            head = text.rpartition(".")[0] or text
            s = fit_size(head, font, size, point - x - CELL_PAD)
            ink.text(text, s, point - stringWidth(head, font, s), y, bold=bold)
            return
        s = fit_size(text, font, size, w - 2 * CELL_PAD)
        if col.align == "right":
            ink.text(text, s, x + w - CELL_PAD, y, "right", bold)
        elif col.align == "centre":
            ink.text(text, s, x + w / 2, y, "centre", bold)
        else:
            ink.text(text, s, x + CELL_PAD, y, bold=bold)

    def table(self, table: Table, continued: str) -> None:
        """The table's title, head and rows; over a page break the title (continued)
        and the head repeat. The title never ends a page alone."""
        title, head = self.section(table.title), self.header(table)
        rows = [self.row(table, r) for r in table.rows]
        if table.total is not None:
            rows.append(self.row(table, table.total, total=True))
        if not rows:
            self.add(title, keep=ROW_H)
            empty = table.empty
            self.add(self._note(empty))
            return
        self.add(title, keep=head.height + rows[0].height)
        self.add(head)
        for row in rows:
            if row.height > self.room():
                self.new_page()
                self.add(self.section(table.title + continued))
                self.add(head)
            self.add(row)

    def _note(self, text: str) -> Block:
        def draw(ink: Ink, top: float) -> None:
            ink.text(text, BODY, self.left + CELL_PAD, row_baseline(top, ROW_H, BODY))

        return Block(ROW_H, draw)


# -- the document's parts ----------------------------------------------------------------


def _title_block(settlement: Settlement, labels: SettlementLabels, font: str) -> Block:
    """The coop's name, 收购日结单 and the day, centred."""
    coop_size = fit_size(settlement.coop_name, font, TITLE, PAGE_W - 2 * MARGIN_X)
    lines = [
        (settlement.coop_name, coop_size, True),
        (labels.title, BODY + 3, True),
        (labels.day.format(day=settlement.day.isoformat()), BODY, False),
    ]
    height = sum(size * LINE for _, size, _ in lines) + 3 * mm

    def draw(ink: Ink, top: float) -> None:
        for text, size, bold in lines:
            y = row_baseline(top, size * LINE, size)
            ink.text(text, size, PAGE_W / 2, y, "centre", bold=bold)
            top -= size * LINE

    return Block(height, draw)


def _summary_block(settlement: Settlement, labels: SettlementLabels, font: str) -> Block:
    """The day's figures in a framed box, two pairs to a line, the total in words under."""
    s, lb = settlement, labels
    pairs = [
        (lb.receipts, lb.receipts_value.format(count=s.receipt_count)),
        (lb.lots, lb.lots_value.format(count=s.lots)),
        (lb.net, f"{format_kg(s.net_g)} kg"),
        (lb.amount, f"¥{format_yuan(s.total_fen)}"),
    ]
    for total in s.payments:  # cash, transfer, unpaid
        value = lb.payment_value.format(amount=format_yuan(total.amount_fen), count=total.receipts)
        pairs.append((lb.payment_name(total.payment), value))
    pairs.append(
        (
            lb.voided_summary,
            lb.voided_value.format(count=len(s.voided), amount=format_yuan(s.voided_fen)),
        )
    )
    capital = lb.capital + chinese_capital(s.total_fen)
    width = PAGE_W - 2 * MARGIN_X
    pad = 3 * mm
    col_w = (width - 2 * pad) / 2
    label_w = max(stringWidth(label, font, BODY) for label, _ in pairs) + 3 * mm
    row_h = BODY * LINE + 1.2 * mm
    rows = (len(pairs) + 1) // 2
    capital_size = BODY + 2
    height = 2 * pad + rows * row_h + capital_size * LINE + 2 * mm

    def draw(ink: Ink, top: float) -> None:
        ink.canvas.setStrokeColor(INK)
        ink.canvas.setLineWidth(0.8)
        ink.canvas.rect(MARGIN_X, top - height + 1 * mm, width, height - 1 * mm, stroke=1, fill=0)
        for i, (label, value) in enumerate(pairs):
            line, col = divmod(i, 2)
            x = MARGIN_X + pad + col * col_w
            y = row_baseline(top - pad - line * row_h, row_h, BODY)
            ink.text(label, fit_size(label, font, BODY, label_w - 2 * mm), x, y)
            bold = label in (lb.amount, lb.net)
            size = fit_size(value, font, BODY + (1 if bold else 0), col_w - label_w - 2 * mm)
            ink.text(value, size, x + label_w, y, bold=bold)
        y_top = top - pad - rows * row_h
        size = fit_size(capital, font, capital_size, width - 2 * pad)
        y = row_baseline(y_top, capital_size * LINE + 1 * mm, size)
        ink.text(capital, size, MARGIN_X + pad, y, bold=True)

    return Block(height, draw)


def _signature_block(labels: SettlementLabels, font: str) -> Block:
    names = [labels.sign_counter, labels.sign_checker, labels.sign_date]
    width = PAGE_W - 2 * MARGIN_X
    gap = 8 * mm
    cell = (width - gap * (len(names) - 1)) / len(names)
    height = SIGN_SPACE + BODY * LINE + 4 * mm

    def draw(ink: Ink, top: float) -> None:
        y = top - height + BODY * 0.8
        for i, name in enumerate(names):
            x = MARGIN_X + i * (cell + gap)
            text = name + "："
            ink.text(text, BODY, x, y)
            start = x + stringWidth(text, font, BODY) + 1 * mm
            _rule(ink.canvas, start, x + cell, y - 1.5, 0.5, INK)

    return Block(height, draw)


def _tables(
    settlement: Settlement, labels: SettlementLabels, tz: dt.tzinfo | None
) -> tuple[list[Table], Table]:
    """The summary tables (signed under) and the appendix of every receipt."""
    s, lb = settlement, labels
    money, weight = 2, 3

    def clock(utc: str) -> str:
        moment = local_time(utc, tz)
        return f"{moment:%H:%M}" if moment.date() == s.day else f"{moment:%m-%d %H:%M}"

    crops = Table(
        lb.by_crop,
        (
            Column(lb.crop, 0.28),
            Column(lb.grade, 0.18),
            Column(lb.lot_count, 0.12, "right"),
            Column(lb.net_kg, 0.20, "right", weight),
            Column(lb.amount_yuan, 0.22, "right", money),
        ),
        tuple(
            (c.crop, c.grade, str(c.lots), format_kg(c.net_g), format_yuan(c.amount_fen))
            for c in s.by_crop
        ),
        (lb.total, "", str(s.lots), format_kg(s.net_g), format_yuan(s.total_fen)),
        empty=lb.none,
    )
    clerks = Table(
        lb.by_clerk,
        (
            Column(lb.clerk, 0.34),
            Column(lb.receipt_count, 0.12, "right"),
            Column(lb.lot_count, 0.12, "right"),
            Column(lb.net_kg, 0.20, "right", weight),
            Column(lb.amount_yuan, 0.22, "right", money),
        ),
        tuple(
            (c.clerk, str(c.receipts), str(c.lots), format_kg(c.net_g), format_yuan(c.amount_fen))
            for c in s.by_clerk
        ),
        (lb.total, str(s.receipt_count), str(s.lots), format_kg(s.net_g), format_yuan(s.total_fen)),
        empty=lb.none,
    )
    payments = Table(
        lb.payments,
        (
            Column(lb.payment, 0.46),
            Column(lb.receipt_count, 0.24, "right"),
            Column(lb.amount_yuan, 0.30, "right", money),
        ),
        tuple(
            (lb.payment_name(p.payment), str(p.receipts), format_yuan(p.amount_fen))
            for p in s.payments
        ),
        (lb.total, str(s.receipt_count), format_yuan(s.total_fen)),
    )
    voided = Table(
        lb.voided,
        (
            Column(lb.number, 0.14),
            Column(lb.time, 0.06),
            Column(lb.grower, 0.10, wrap=True),
            Column(lb.clerk, 0.10, wrap=True),
            Column(lb.amount_yuan, 0.10, "right", money),
            Column(lb.reason, 0.24, wrap=True),
            Column(lb.voided_by, 0.09, wrap=True),
            Column(lb.paid, 0.05, "centre"),
            Column(lb.replaced_by, 0.12),
        ),
        tuple(
            (
                v.number,
                clock(v.issued_at),
                v.grower_name,
                v.clerk,
                format_yuan(v.amount_fen),
                v.reason,
                v.voided_by,
                lb.payment_name(v.payment),
                v.replaced_by,
            )
            for v in s.voided
        ),
        empty=lb.none,
    )
    details = Table(
        lb.details,
        (
            Column(lb.index, 0.05, "right"),
            Column(lb.number, 0.14),
            Column(lb.time, 0.06),
            Column(lb.grower, 0.13, wrap=True),
            Column(lb.card, 0.10),
            Column(lb.clerk, 0.13, wrap=True),
            Column(lb.net_kg, 0.115, "right", weight),
            Column(lb.amount_yuan, 0.12, "right", money),
            Column(lb.paid, 0.045, "centre"),
            Column(lb.reference, 0.11),
        ),
        tuple(
            (
                str(i),
                r.number,
                clock(r.issued_at),
                r.grower_name,
                r.card_no,
                r.clerk,
                format_kg(r.net_g),
                format_yuan(r.amount_fen),
                lb.payment_name(r.payment),
                r.payment_ref,
            )
            for i, r in enumerate(s.receipts, 1)
        ),
        (lb.total, "", "", "", "", "", format_kg(s.net_g), format_yuan(s.total_fen), "", ""),
        empty=lb.none,
        size=SMALL + 0.5,
    )
    return [crops, clerks, payments, voided], details


def _running_header(ink: Ink, settlement: Settlement, lb: SettlementLabels) -> None:
    """On pages after the first: whose settlement of which day, above a rule."""
    font = ink.font
    y = PAGE_H - MARGIN_TOP + 2 * mm
    left = f"{settlement.coop_name} {lb.title}"
    right = settlement.day.isoformat()
    right_w = stringWidth(right, font, SMALL)
    size = fit_size(left, font, SMALL, PAGE_W - 2 * MARGIN_X - right_w - 6 * mm)
    ink.text(left, size, MARGIN_X, y)
    ink.text(right, SMALL, PAGE_W - MARGIN_X, y, "right")
    _rule(ink.canvas, MARGIN_X, PAGE_W - MARGIN_X, y - 1.8 * mm, 0.4, INK)


def render_settlement(
    settlement: Settlement,
    labels: SettlementLabels | None = None,
    *,
    tz: dt.tzinfo | None = None,
    details: bool = True,
) -> bytes:
    """The settlement as an A4 PDF. `details` appends the list of every receipt;
    times print in `tz` (None: this computer's zone)."""
    lb = labels or SettlementLabels()
    font = cjk_font_name()
    first_top = PAGE_H - MARGIN_TOP
    sheet = _Sheet(font, first_top, PAGE_H - MARGIN_TOP - 6 * mm)
    sheet.add(_title_block(settlement, lb, font))
    sheet.add(_summary_block(settlement, lb, font))
    summary_tables, appendix = _tables(settlement, lb, tz)
    for table in summary_tables:
        sheet.table(table, lb.continued)
    sheet.add(_signature_block(lb, font))
    if details:  # an appendix on pages of its own: the signed pages can be filed alone
        sheet.new_page()
        sheet.table(appendix, lb.continued)

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=font)
    canvas.setTitle(f"{lb.title} {settlement.day.isoformat()}")
    canvas.setAuthor(settlement.coop_name)
    canvas.setCreator("FieldApp")
    pages = len(sheet.pages)
    for number, placed in enumerate(sheet.pages, 1):
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        ink = Ink(canvas, font)
        if number > 1:
            _running_header(ink, settlement, lb)
        for top, block in placed:
            block.draw(ink, top)
        ink.text(lb.page.format(page=number, pages=pages), SMALL, PAGE_W / 2, FOOTER_Y, "centre")
        ink.finish()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# -- the same tables as values, for XLSX ---------------------------------------------------


def _yuan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


def _kg(grams: int) -> Decimal:
    return Decimal(grams).scaleb(-3)


def settlement_rows(
    settlement: Settlement, labels: SettlementLabels | None = None, tz: dt.tzinfo | None = None
) -> list[tuple[str, list[str], list[list]]]:
    """(sheet name, header, rows) for every table of the settlement. Amounts are
    Decimal yuan (2 places) and weights Decimal kg (3 places), exact and summable in a
    spreadsheet; counts are int; times are naive local datetimes; the rest text."""
    s, lb = settlement, labels or SettlementLabels()

    def when(utc: str) -> dt.datetime:
        return local_time(utc, tz).replace(tzinfo=None)

    summary = [
        [lb.date_item, s.day],
        [lb.coop_item, s.coop_name],
        [lb.receipts, s.receipt_count],
        [lb.lots, s.lots],
        [lb.net_kg, _kg(s.net_g)],
        [lb.amount_yuan, _yuan(s.total_fen)],
        *[[lb.payment_name(p.payment), _yuan(p.amount_fen)] for p in s.payments],
        [lb.voided_summary, len(s.voided)],
        [f"{lb.voided_summary} {lb.amount_yuan}", _yuan(s.voided_fen)],
    ]
    crops = [[c.crop, c.grade, c.lots, _kg(c.net_g), _yuan(c.amount_fen)] for c in s.by_crop]
    clerks = [[c.clerk, c.receipts, c.lots, _kg(c.net_g), _yuan(c.amount_fen)] for c in s.by_clerk]
    payments = [[lb.payment_name(p.payment), p.receipts, _yuan(p.amount_fen)] for p in s.payments]
    voided_header = [lb.number, lb.time, lb.grower, lb.card, lb.clerk, lb.amount_yuan]
    voided_header += [lb.reason, lb.voided_by, lb.paid, lb.replaced_by]
    voided = [
        [
            *(v.number, when(v.issued_at), v.grower_name, v.card_no, v.clerk),
            *(_yuan(v.amount_fen), v.reason, v.voided_by, lb.payment_name(v.payment)),
            v.replaced_by,
        ]
        for v in s.voided
    ]
    details_header = [lb.number, lb.time, lb.grower, lb.card, lb.clerk, lb.lot_count]
    details_header += [lb.net_kg, lb.amount_yuan, lb.paid, lb.reference]
    details = [
        [
            *(r.number, when(r.issued_at), r.grower_name, r.card_no, r.clerk, r.lots),
            *(_kg(r.net_g), _yuan(r.amount_fen), lb.payment_name(r.payment), r.payment_ref),
        ]
        for r in s.receipts
    ]
    return [
        (lb.sheet_summary, [lb.item, lb.value], summary),
        (lb.sheet_crops, [lb.crop, lb.grade, lb.lot_count, lb.net_kg, lb.amount_yuan], crops),
        (
            lb.sheet_clerks,
            [lb.clerk, lb.receipt_count, lb.lot_count, lb.net_kg, lb.amount_yuan],
            clerks,
        ),
        (lb.sheet_payments, [lb.payment, lb.receipt_count, lb.amount_yuan], payments),
        (lb.sheet_voided, voided_header, voided),
        (lb.sheet_details, details_header, details),
    ]
