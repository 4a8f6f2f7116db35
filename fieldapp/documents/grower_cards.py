"""Grower cards: values in, PDF bytes out.

A card is ID-1 size (85.6 x 54 mm, a bank card). Two layouts: one card per
page for a card printer, or ten per A4 sheet (2 x 5) with cut marks for an
office printer and scissors. The QR code is what the weighing station scans,
so it gets a fixed minimum size; every text shrinks to fit its space rather
than being clipped.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .fonts import cjk_font_name
from .qr import QUIET_ZONE, draw_qr, qr_matrix, symbol_side

CARD_W = 85.6 * mm
CARD_H = 54 * mm

# A4 sheet: 2 columns x 5 rows. The gaps keep one card's colour band off its
# neighbour's edge when a cut is a millimetre off.
SHEET_COLUMNS = 2
SHEET_ROWS = 5
CARDS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
SHEET_GAP_X = 6 * mm
SHEET_GAP_Y = 2.5 * mm
CUT_MARK = 4 * mm  # length of a cut mark in the page margin
CUT_MARK_OFFSET = 1.5 * mm  # distance from the card edge, so marks never touch a card

# Cheap USB scanners read a printed QR reliably from about 20 mm up.
MIN_QR_SYMBOL = 20 * mm

GREEN = HexColor("#1E7B3C")
GOLD = HexColor("#E9B824")
INK = HexColor("#1A1A1A")
MUTED = HexColor("#5F6B63")
WHITE = HexColor("#FFFFFF")
BORDER = HexColor("#9AA59E")

MONO_FONT = "Courier-Bold"  # one of the PDF standard fonts: no embedding, no cost

# Card geometry, from the card's bottom-left corner.
MARGIN = 4.5 * mm
BAND_H = 11 * mm  # the green header with the coop's name
STRIPE_H = 0.9 * mm  # the thin gold line under it
QR_TOTAL = 28 * mm  # QR with its quiet zone
MAX_ROW_STEP = 5.8 * mm  # baseline to baseline of the small rows under the name
QR_RIGHT = 2 * mm  # the quiet zone is white space already, so the code sits near the edge


class CardLayout(StrEnum):
    CARD = "card"  # one card per page, page = card: for a card printer
    A4_SHEET = "a4_sheet"  # ten cards per A4 page with cut marks


@dataclass(frozen=True)
class GrowerCard:
    """Everything printed on one card, already looked up and formatted by the caller."""

    coop_name: str
    grower_name: str
    card_no: str
    township: str
    village: str
    issued: dt.date
    # encode_card(card_no, grower_id), or the grower portal link once the laptop is
    # enrolled (domain/portal.portal_link): both scan at the station (domain/cards.py)
    qr_payload: str
    phone_tail: str = ""  # last digits only: a card passes through many hands


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float  # font size in points


LEADING = 1.18  # line height / font size for wrapped text


def split_in_two(text: str) -> tuple[str, str]:
    """Two lines of a long name: at the middle dot or space that makes the longer line
    shortest, else in the middle (Chinese has no spaces between syllables)."""
    breaks = [i for i, ch in enumerate(text) if ch in "·• " and 0 < i < len(text) - 1]
    if breaks:
        at = min(breaks, key=lambda i: max(i + 1, len(text) - i - 1))
        # The dot ends the first line, so the reader sees the name goes on.
        return text[: at + 1].rstrip(), text[at + 1 :].lstrip()
    at = (len(text) + 1) // 2
    return text[:at], text[at:]


def fit_text(
    text: str,
    font: str,
    max_width: float,
    max_height: float,
    max_size: float,
    min_size: float,
) -> FittedText:
    """The largest size (<= max_size) at which `text` fits the box on one line, or on
    two lines when one line would fall under `min_size`. Never clips: when even two
    lines do not fit at `min_size`, the size goes lower still."""

    def size_for(lines: tuple[str, ...]) -> float:
        widest = max(stringWidth(line, font, 1) for line in lines) or 1
        tallest = max_height / (1 + LEADING * (len(lines) - 1))
        return min(max_size, max_width / widest, tallest)

    one = (text,)
    one_size = size_for(one)
    if one_size >= min_size or len(text) < 2:
        return FittedText(one, one_size)
    two = split_in_two(text)
    two_size = size_for(two)
    return FittedText(two, two_size) if two_size > one_size else FittedText(one, one_size)


# Where CJK ideographs reach relative to the baseline, in ems (WenQuanYi, Microsoft YaHei).
GLYPH_TOP = 0.86
GLYPH_BOTTOM = 0.1


def _block_height(fitted: FittedText) -> float:
    """From the top of the first line's glyphs to the bottom of the last line's."""
    lines = len(fitted.lines)
    return fitted.size * (GLYPH_TOP + GLYPH_BOTTOM + LEADING * (lines - 1))


def _draw_lines(
    canvas: Canvas,
    fitted: FittedText,
    font: str,
    x: float,
    top: float,
    colour: Color,
    bold: bool = False,
) -> float:
    """Draw fitted lines with their glyph tops at `top`; returns the last baseline."""
    canvas.saveState()  # the render mode and line width must not leak into later text
    canvas.setFillColor(colour)
    text = canvas.beginText()
    text.setFont(font, fitted.size, leading=fitted.size * LEADING)
    if bold:
        # wqy-microhei has no bold face: fill and stroke the outlines instead.
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(fitted.size * 0.035)
        text.setTextRenderMode(2)
    baseline = top - fitted.size * GLYPH_TOP
    text.setTextOrigin(x, baseline)
    for line in fitted.lines:
        text.textLine(line)
    if bold:
        text.setTextRenderMode(0)
    canvas.drawText(text)
    canvas.restoreState()
    return baseline - (len(fitted.lines) - 1) * fitted.size * LEADING


def _draw_label_value(
    canvas: Canvas,
    label: str,
    value: str,
    value_font: str,
    x: float,
    baseline: float,
    width: float,
    value_size: float,
) -> None:
    """A small grey label and its value on one baseline, the value shrunk to fit."""
    cjk = cjk_font_name()
    label_size = 6.5
    canvas.setFillColor(MUTED)
    canvas.setFont(cjk, label_size)
    canvas.drawString(x, baseline, label)
    gap = 1.5 * mm
    value_x = x + stringWidth(label, cjk, label_size) + gap
    room = width - (value_x - x)
    size = min(value_size, room / max(stringWidth(value, value_font, 1), 1))
    canvas.setFillColor(INK)
    canvas.setFont(value_font, size)
    canvas.drawString(value_x, baseline, value)


def _draw_header(canvas: Canvas, card: GrowerCard) -> None:
    cjk = cjk_font_name()
    canvas.setFillColor(GREEN)
    canvas.rect(0, CARD_H - BAND_H, CARD_W, BAND_H, stroke=0, fill=1)
    canvas.setFillColor(GOLD)
    canvas.rect(0, CARD_H - BAND_H - STRIPE_H, CARD_W, STRIPE_H, stroke=0, fill=1)

    tag = "种植户卡"
    tag_size = 7.0
    tag_w = stringWidth(tag, cjk, tag_size)
    canvas.setFillColor(GOLD)
    canvas.setFont(cjk, tag_size)
    band_mid = CARD_H - BAND_H / 2
    canvas.drawRightString(CARD_W - MARGIN, band_mid - tag_size * 0.35, tag)

    room = CARD_W - 2 * MARGIN - tag_w - 3 * mm
    name = fit_text(card.coop_name, cjk, room, BAND_H - 3 * mm, 11.5, 8)
    top = band_mid + _block_height(name) / 2
    _draw_lines(canvas, name, cjk, MARGIN, top, WHITE, bold=True)


def _draw_body(canvas: Canvas, card: GrowerCard) -> None:
    cjk = cjk_font_name()
    matrix = qr_matrix(card.qr_payload)
    qr_x = CARD_W - QR_RIGHT - QR_TOTAL
    body_top = CARD_H - BAND_H - STRIPE_H
    qr_y = (body_top - QR_TOTAL) / 2
    draw_qr(canvas, matrix, qr_x, qr_y, QR_TOTAL)

    # The text column ends where the code itself starts: its quiet zone is the gap.
    quiet = (QR_TOTAL - symbol_side(QR_TOTAL, matrix.modules)) / 2
    width = qr_x + quiet - 1.5 * mm - MARGIN

    name = fit_text(card.grower_name, cjk, width, 12 * mm, 22, 13)
    name_bottom = _draw_lines(canvas, name, cjk, MARGIN, body_top - 3.2 * mm, INK, bold=True)

    rows = [("卡号", card.card_no, MONO_FONT, 13.0)]
    place = " ".join(p for p in (card.township, card.village) if p)
    if place:
        rows.append(("村组", place, cjk, 8.5))
    if card.phone_tail:
        rows.append(("电话尾号", card.phone_tail, cjk, 8.5))
    rows.append(("发卡日期", card.issued.isoformat(), cjk, 8.5))
    # Spread the rows from under the name down to the bottom of the code itself,
    # so the text column and the QR end on one line; with few rows, keep them together.
    first = min(name_bottom - 6.5 * mm, body_top - 16 * mm)
    last = qr_y + quiet
    step = min((first - last) / max(len(rows) - 1, 1), MAX_ROW_STEP)
    for i, (label, value, font, size) in enumerate(rows):
        _draw_label_value(canvas, label, value, font, MARGIN, first - i * step, width, size)


def draw_card(canvas: Canvas, card: GrowerCard, x: float, y: float) -> None:
    """One card with its bottom-left corner at (x, y)."""
    canvas.saveState()
    canvas.translate(x, y)
    _draw_header(canvas, card)
    _draw_body(canvas, card)
    canvas.restoreState()


def _sheet_origin() -> tuple[float, float]:
    page_w, page_h = A4
    block_w = SHEET_COLUMNS * CARD_W + (SHEET_COLUMNS - 1) * SHEET_GAP_X
    block_h = SHEET_ROWS * CARD_H + (SHEET_ROWS - 1) * SHEET_GAP_Y
    return (page_w - block_w) / 2, (page_h - block_h) / 2


def _sheet_slot(index: int) -> tuple[float, float]:
    """Bottom-left corner of the card in slot `index` (0 = top left, filled by rows)."""
    left, bottom = _sheet_origin()
    row, col = divmod(index, SHEET_COLUMNS)
    x = left + col * (CARD_W + SHEET_GAP_X)
    y = bottom + (SHEET_ROWS - 1 - row) * (CARD_H + SHEET_GAP_Y)
    return x, y


def _draw_cut_marks(canvas: Canvas) -> None:
    """Short lines in the margins at every card edge, for a paper cutter's guide."""
    page_w, page_h = A4
    left, bottom = _sheet_origin()
    right, top = page_w - left, page_h - bottom
    xs = sorted({_sheet_slot(i)[0] + dx for i in range(SHEET_COLUMNS) for dx in (0, CARD_W)})
    ys = sorted(
        {_sheet_slot(i * SHEET_COLUMNS)[1] + dy for i in range(SHEET_ROWS) for dy in (0, CARD_H)}
    )
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.3)
    for x in xs:
        canvas.line(x, top + CUT_MARK_OFFSET, x, top + CUT_MARK_OFFSET + CUT_MARK)
        canvas.line(x, bottom - CUT_MARK_OFFSET, x, bottom - CUT_MARK_OFFSET - CUT_MARK)
    for y in ys:
        canvas.line(left - CUT_MARK_OFFSET, y, left - CUT_MARK_OFFSET - CUT_MARK, y)
        canvas.line(right + CUT_MARK_OFFSET, y, right + CUT_MARK_OFFSET + CUT_MARK, y)
    canvas.restoreState()


def _draw_border(canvas: Canvas, x: float, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(BORDER)
    canvas.setLineWidth(0.25)
    canvas.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
    canvas.restoreState()


def render_cards(cards: Sequence[GrowerCard], layout: CardLayout = CardLayout.A4_SHEET) -> bytes:
    """The PDF for `cards`, in order. Raises ValueError for no cards, FontMissingError
    (fonts.py) when no Chinese font is installed."""
    if not cards:
        raise ValueError("no grower cards to print")
    cjk_font_name()  # fail before any drawing if the font is missing
    buffer = io.BytesIO()
    size = (CARD_W, CARD_H) if layout == CardLayout.CARD else A4
    canvas = Canvas(buffer, pagesize=size, pageCompression=1)
    canvas.setTitle("种植户卡")
    canvas.setCreator("FieldApp")
    if layout == CardLayout.CARD:
        for card in cards:
            draw_card(canvas, card, 0, 0)
            canvas.showPage()
    else:
        for start in range(0, len(cards), CARDS_PER_SHEET):
            _draw_cut_marks(canvas)
            for slot, card in enumerate(cards[start : start + CARDS_PER_SHEET]):
                x, y = _sheet_slot(slot)
                draw_card(canvas, card, x, y)
                _draw_border(canvas, x, y)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def page_count(card_count: int, layout: CardLayout) -> int:
    if layout == CardLayout.CARD:
        return card_count
    return -(-card_count // CARDS_PER_SHEET)


def qr_symbol_mm(payload: str) -> float:
    """The printed side of the code itself, for checks against MIN_QR_SYMBOL."""
    return symbol_side(QR_TOTAL, qr_matrix(payload).modules, QUIET_ZONE) / mm
