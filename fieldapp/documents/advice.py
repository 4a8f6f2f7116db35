"""The grower's advice sheet (病虫害防治建议书): an AdviceSheet in, PDF bytes out.

The paper a technician hands a grower after a visit: what was seen (with the photos
and the marks drawn on them), what it is, what to spray and how much per mu and per
knapsack tank, and how many days must pass between the last spray and the harvest.
Growers are often older and read Chinese only, so the type is larger than on a
receipt, the safe interval stands in a heavy box in large print, and the technician's
phone closes the sheet in large print too.

A4 or A5 portrait for an office laser printer: black, with grey for labels and
captions; only the photo marks are red, as on the screen. Every text shrinks to fit
or wraps; nothing is clipped, and no line starts with a comma. The content flows over
as many pages as it needs (numbered '第 1/2 页' when there is more than one): a section
title never ends a page alone, a product's table is never split, the safe interval
stands on the page of the last product, and the phone number never stands alone on a
last page. A sheet a little too long for its pages prints its photos smaller first.
Broken image bytes print an empty frame saying so, never an exception.

The output is deterministic (ReportLab's invariant mode): the same sheet gives the
same bytes, so a reprint can be compared with the first print.
"""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fieldapp.domain.phone import check_phone, normalize_phone
from fieldapp.domain.photo_marks import SCALE, MarkKind, PhotoMark
from fieldapp.domain.treatments import (
    DoseUnit,
    TreatmentLine,
    dose_per_tank_milli,
    format_dose,
    plan_phi_days,
)

from .fonts import cjk_font_name
from .grower_cards import fit_text
from .receipts import Block, _draw, fit_size, row_baseline, wrap

MAX_PHOTOS = 3  # side by side; more would be too small to see a lesion on
LEADING = 1.35  # line height / font size: more air than a receipt, for older eyes
# Chinese never starts a line with these (禁则); they hang at the end of the line before.
NO_LINE_START = frozenset("，。、；：！？）》」』”’,.;:!?)")
ITALIC_SKEW = 12  # degrees: the CJK font has no italic, Latin names are slanted by hand
PHOTO_RATIO = (0.5, 1.0)  # the photo row's height / a photo's width, at least and at most
MISSING_RATIO = 0.75  # the empty frame of a photo that cannot be decoded
PHOTO_SHRINK = (0.85, 0.7)  # photo sizes tried, in turn, when smaller photos save a page
NAME_SHRINK = 0.8  # a name may print this much smaller before it goes on two lines
COLUMN_GAP = 6 * mm  # between two label-value cells side by side

INK = black
GREY = HexColor("#555555")  # labels, captions, the Latin name: fine on laser paper
RULE_GREY = HexColor("#999999")
BAND = HexColor("#E6E6E6")  # behind a product's name
PHI_FILL = HexColor("#F2F2F2")
RED = HexColor("#E00000")  # photo marks, as the technician drew them on the screen


class AdvicePaper(StrEnum):
    A4 = "a4"
    A5 = "a5"


@dataclass(frozen=True)
class _Spec:
    """One paper's geometry and type sizes, in points."""

    page: tuple[float, float]
    margin_x: float
    margin_top: float
    margin_bottom: float  # the page footer (reference, page number) stands in it
    body: float
    small: float
    section: float
    title: float
    big: float  # the diagnosis and the safe interval
    contact: float
    gap: float  # between photos, before sections
    photo_max: float  # the photo row's height at most: a portrait shot must not fill A5


SPECS: dict[AdvicePaper, _Spec] = {
    AdvicePaper.A4: _Spec(
        page=A4,
        margin_x=15 * mm,
        margin_top=11 * mm,
        margin_bottom=13 * mm,
        body=11.0,
        small=8.5,
        section=13.0,
        title=21.0,
        big=28.0,
        contact=17.0,
        gap=3 * mm,
        photo_max=60 * mm,
    ),
    AdvicePaper.A5: _Spec(
        page=A5,
        margin_x=10 * mm,
        margin_top=8 * mm,
        margin_bottom=12 * mm,
        body=9.5,
        small=7.5,
        section=11.0,
        title=16.0,
        big=21.0,
        contact=13.0,
        gap=2.5 * mm,
        photo_max=40 * mm,
    ),
}


# -- values ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AdvicePhoto:
    image: bytes  # JPEG or PNG bytes, already upright (a preview, <= 1600 px)
    caption: str = ""  # e.g. '2026-07-14 09:32 · 25.04312, 102.71234'
    marks: tuple[PhotoMark, ...] = ()  # drawn over the picture in red


@dataclass(frozen=True)
class AdviceSheet:
    coop_name: str
    grower_name: str
    card_no: str
    place: str  # '城关镇 · 李家村'
    plot: str  # '河边田 · 水稻 · 2.5 亩' ('' if none)
    visited_on: str  # ISO date
    technician: str
    technician_phone: str
    remote: bool  # diagnosed from photos the grower sent, not in the field
    crop_stage: str
    symptoms: str
    diagnosis: str  # '稻瘟病' ('' = not diagnosed yet)
    diagnosis_latin: str  # 'Magnaporthe oryzae'
    severity: str  # already words: '中度 · 约 30% 的田块'
    photos: tuple[AdvicePhoto, ...] = ()  # at most MAX_PHOTOS printed
    lines: tuple[TreatmentLine, ...] = ()  # what to spray
    tank_l: int = 15  # the knapsack tank the per-tank amounts are computed for
    plan_notes: str = ""
    prevention: str = ""
    follow_up_on: str = ""  # ISO date or ''
    reference: str = ""  # small print, e.g. the visit id's last 8 characters


@dataclass(frozen=True)
class AdviceLabels:
    """Every word printed on the sheet. Chinese by default; ENGLISH_ADVICE_LABELS below.
    Texts with {placeholders} are formatted with the named values."""

    title: str = "病虫害防治建议书"
    continued: str = "（续）"
    grower: str = "社员"
    card: str = "卡号"
    place: str = "地点"
    plot: str = "田块"
    visited: str = "日期"
    technician: str = "技术员"
    remote: str = "远程诊断（根据社员照片）"
    seen: str = "看到的情况"
    crop_stage: str = "生育期"
    symptoms: str = "症状"
    severity: str = "严重程度"
    photo_missing: str = "照片无法显示"
    diagnosis: str = "诊断结果"
    not_diagnosed: str = "尚未确诊，需要进一步观察"
    spray: str = "用药方案（用量和次数以农药标签为准）"  # the label on the bottle rules
    product: str = "{index}. {product}"
    with_ingredient: str = "{product}（{ingredient}）"
    dose: str = "每亩用量"
    water: str = "每亩兑水"
    per_tank: str = "每桶（{tank} 升水）加 {amount}"
    timing: str = "施药时间"
    safety: str = "注意事项"
    line_phi: str = "安全间隔期"
    days: str = "{days} 天"
    day: str = "{days} 天"  # one day, for languages that say it differently
    amount: str = "{amount} {unit}"
    gram: str = "克"
    millilitre: str = "毫升"
    litre: str = "升"
    phi: str = "安全间隔期 {days} 天"
    phi_rule: str = "最后一次施药后 {days} 天内不得采收"
    phi_longest: str = "几种药的安全间隔期不同，按最长的 {days} 天执行"
    # A plan whose products have no interval entered: never print '0 days'.
    phi_unknown: str = "安全间隔期：按农药标签"
    phi_unknown_rule: str = "采收前请先打电话问技术员"
    no_spray: str = "目前不需要打药"
    plan_notes: str = "具体做法"
    prevention: str = "预防措施"
    follow_up: str = "复查日期：{date}"
    contact: str = "有问题请打电话：{name} {phone}"
    contact_no_phone: str = "有问题请找：{name}"
    reference: str = "编号 {reference}"
    page: str = "第 {page}/{pages} 页"

    def day_count(self, days: int) -> str:
        """'14 天'; in English '1 day' or '14 days'. Templates take it as {count} (the
        Chinese ones use {days}: Chinese has no plural)."""
        return (self.day if days == 1 else self.days).format(days=days)


ENGLISH_ADVICE_LABELS = AdviceLabels(
    title="Crop protection advice",
    continued=" (continued)",
    grower="Grower",
    card="Card",
    place="Place",
    plot="Plot",
    visited="Date",
    technician="Technician",
    remote="Remote diagnosis (from the grower's photos)",
    seen="What we saw",
    crop_stage="Crop stage",
    symptoms="Symptoms",
    severity="Severity",
    photo_missing="Photo cannot be shown",
    diagnosis="Diagnosis",
    not_diagnosed="Not diagnosed yet: to be watched",
    spray="What to spray (the product's label rules dose and sprays)",
    with_ingredient="{product} ({ingredient})",
    dose="Dose per mu",
    water="Water per mu",
    per_tank="Per tank ({tank} L of water) add {amount}",
    timing="When",
    safety="Safety",
    line_phi="Safe interval",
    days="{days} days",
    day="{days} day",
    gram="g",
    millilitre="ml",
    litre="L",
    phi="Safe interval: {count}",
    phi_rule="Do not harvest within {count} of the last spray",
    phi_longest="The products' intervals differ: the longest, {count}, applies",
    phi_unknown="Safe interval: see the product label",
    phi_unknown_rule="Call the technician before harvesting",
    no_spray="No spraying is needed now",
    plan_notes="Plan",
    prevention="Prevention",
    follow_up="Follow-up visit: {date}",
    contact="Questions? Call {name} {phone}",
    contact_no_phone="Questions? Ask {name}",
    reference="Ref. {reference}",
    page="Page {page}/{pages}",
)


@dataclass(frozen=True)
class _Doc:
    """One sheet being laid out: its values, the paper, the words and the font."""

    sheet: AdviceSheet
    spec: _Spec
    labels: AdviceLabels
    font: str
    pictures: tuple[_Picture, ...]  # the printed photos, decoded once
    photo_scale: float = 1.0  # under 1 where smaller photos save a page

    @property
    def left(self) -> float:
        return self.spec.margin_x

    @property
    def width(self) -> float:
        return self.spec.page[0] - 2 * self.spec.margin_x

    @property
    def right(self) -> float:
        return self.left + self.width

    @cached_property
    def label_room(self) -> float:
        """The labels' column of the details, what was seen and the notes: one width for
        all, so their values start on one line down the page."""
        lb = self.labels
        labels = [lb.grower, lb.card, lb.place, lb.plot, lb.visited, lb.technician]
        labels += [lb.crop_stage, lb.severity, lb.symptoms, lb.plan_notes, lb.prevention]
        return _label_room(self, labels, self.spec.body, (self.width - COLUMN_GAP) / 2)

    def amount(self, milli: int, unit: str) -> str:
        """'7.5 克' from thousandths of a gram; an unknown unit prints as it is."""
        words = {DoseUnit.GRAM: self.labels.gram, DoseUnit.MILLILITRE: self.labels.millilitre}
        return self.labels.amount.format(amount=format_dose(milli), unit=words.get(unit, unit))


@dataclass(frozen=True)
class _Item:
    """A block in the flow of the sheet."""

    block: Block
    keep_next: int = 0  # how many following items must stand on the same page
    gap: bool = False  # white space: dropped at the top of a page
    foot: bool = False  # stands at the bottom of its page


# -- text ---------------------------------------------------------------------------------


def _text(
    canvas: Canvas,
    doc: _Doc,
    text: str,
    size: float,
    x: float,
    y: float,
    align: str = "left",
    bold: bool = False,
    colour: Color = INK,
) -> None:
    canvas.setFillColor(colour)
    canvas.setStrokeColor(colour)  # the faux bold's outline
    _draw(canvas, text, doc.font, size, x, y, align, bold)


def _italic(
    canvas: Canvas, doc: _Doc, text: str, size: float, x: float, y: float, colour: Color = GREY
) -> None:
    """Slanted text: a Latin name is set in italics by convention."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.skew(0, ITALIC_SKEW)
    _text(canvas, doc, text, size, 0, 0, colour=colour)
    canvas.restoreState()


def _wrap(text: str, font: str, size: float, room: float) -> list[str]:
    """wrap(), paragraph by paragraph, but no line starts with a comma, a full stop or a
    closing bracket (the Chinese rule, 禁则): such marks hang at the end of the line
    before, which is wrapped narrower so that they still end inside `room`."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_paragraph(paragraph, font, size, room)
    return lines


def _wrap_paragraph(text: str, font: str, size: float, room: float) -> list[str]:
    plain = wrap(text, font, size, room)
    if not any(line[:1] in NO_LINE_START for line in plain[1:]):
        return plain  # most texts: nothing to move
    for reserve in (1, 2, 3):  # ems kept free for the marks that hang
        lines: list[str] = []
        for line in wrap(text, font, size, room - reserve * size):
            while lines and line[:1] in NO_LINE_START:
                lines[-1] += line[0]
                line = line[1:]
            if line or not lines:
                lines.append(line)
        if all(stringWidth(line, font, size) <= room for line in lines):
            return lines
    return plain  # a run of marks longer than three ems: at least nothing is clipped


def _fit_or_wrap(
    text: str, font: str, size: float, floor: float, room: float
) -> tuple[float, list[str]]:
    """`text` on one line at `size`, or smaller down to `floor`; under that, wrapped at
    `floor`: big print stays big rather than shrink to a whisper."""
    fitted = fit_size(text, font, size, room)
    if fitted >= floor:
        return fitted, [text]
    return floor, _wrap(text, font, floor, room)


def _rule(canvas: Canvas, x0: float, x1: float, y: float, width: float, colour: Color) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(width)
    canvas.line(x0, y, x1, y)


def _together(items: Sequence[_Item], extra: int = 0) -> list[_Item]:
    """`items` kept on one page, with the `extra` items after them."""
    n = len(items)
    return [
        replace(item, keep_next=max(item.keep_next, n - i - 1 + extra))
        for i, item in enumerate(items)
    ]


def _space(height: float) -> _Item:
    return _Item(Block(height, lambda canvas, top: None), gap=True)


def _line_block(
    doc: _Doc,
    text: str,
    size: float,
    x: float,
    room: float,
    align: str = "left",
    bold: bool = False,
    colour: Color = INK,
) -> Block:
    step = size * LEADING
    ax = {"left": x, "centre": x + room / 2, "right": x + room}[align]

    def draw(canvas: Canvas, top: float) -> None:
        _text(canvas, doc, text, size, ax, row_baseline(top, step, size), align, bold, colour)

    return Block(step, draw)


def _lines(
    doc: _Doc,
    text: str,
    size: float,
    x: float | None = None,
    room: float | None = None,
    align: str = "left",
    bold: bool = False,
    colour: Color = INK,
) -> list[_Item]:
    """`text` wrapped, one item per line so a long text can continue on the next page;
    the first line never stands alone at the foot of a page."""
    x = doc.left if x is None else x
    room = doc.width if room is None else room
    lines = _wrap(text, doc.font, size, room)
    blocks = [_line_block(doc, line, size, x, room, align, bold, colour) for line in lines]
    return [
        _Item(b, keep_next=1 if i == 0 and len(blocks) > 1 else 0) for i, b in enumerate(blocks)
    ]


def _section(doc: _Doc, title: str) -> list[_Item]:
    """A section's title over a thin rule; it keeps two lines of its section with it."""
    size = doc.spec.section
    row = size * LEADING
    height = row + 1.5 * mm
    s = fit_size(title, doc.font, size, doc.width)

    def draw(canvas: Canvas, top: float) -> None:
        _text(canvas, doc, title, s, doc.left, row_baseline(top, row, s), bold=True)
        _rule(canvas, doc.left, doc.right, top - row - 0.3 * mm, 0.5, RULE_GREY)

    return [_space(doc.spec.gap), _Item(Block(height, draw), keep_next=2)]


@dataclass(frozen=True)
class _Cell:
    x: float
    width: float
    label: str  # grey, in the labels' column
    value: str
    bold: bool = False
    size: float = 0  # 0: the row's size
    labelled: bool = True  # False: the value takes the labels' column too
    name: bool = False  # a person's name: shrinks a little, then breaks at a middle dot


def _cells_row(doc: _Doc, cells: Sequence[_Cell], label_room: float, size: float) -> Block:
    """Label-value cells side by side; a long value wraps inside its own cell. Cells of
    different sizes are centred on the row's height."""
    starts = [c.x + (label_room if c.labelled else 0) for c in cells]
    fitted = [
        _cell_lines(doc, c, c.size or size, c.x + c.width - x)
        for c, x in zip(cells, starts, strict=True)
    ]
    sizes = [s for s, _ in fitted]
    wrapped = [lines for _, lines in fitted]
    step = max(c.size or size for c in cells) * LEADING
    height = step * max(len(lines) for lines in wrapped)

    def draw(canvas: Canvas, top: float) -> None:
        for cell, s, x, lines in zip(cells, sizes, starts, wrapped, strict=True):
            if cell.label:
                ls = fit_size(cell.label, doc.font, size, label_room - 1.5 * mm)
                _text(canvas, doc, cell.label, ls, cell.x, row_baseline(top, step, ls), colour=GREY)
            for i, line in enumerate(lines):
                y = row_baseline(top - i * step, step, s)
                _text(canvas, doc, line, s, x, y, bold=cell.bold)

    return Block(height, draw)


def _cell_lines(doc: _Doc, cell: _Cell, size: float, room: float) -> tuple[float, list[str]]:
    """A cell's (size, lines). A name ('买买提江·阿不都热合曼·吐尔逊') shrinks to 80%, then
    goes on two lines at a middle dot rather than break inside a part of it."""
    if cell.name:
        fitted = fit_text(cell.value, doc.font, room, size * 10, size, size * NAME_SHRINK)
        if fitted.size >= size * NAME_SHRINK:
            return fitted.size, list(fitted.lines)
    return size, _wrap(cell.value, doc.font, size, room)


def _label_room(doc: _Doc, labels: Sequence[str], size: float, cell: float) -> float:
    """The labels' column: as wide as the widest label, at most 40% of the cell
    (a longer label shrinks)."""
    widest = max(stringWidth(label, doc.font, size) for label in labels)
    return min(widest + 3 * mm, cell * 0.4)


def _labelled_rows(
    doc: _Doc,
    rows: Sequence[tuple[str, str]],
    x: float,
    room: float,
    size: float,
    label_room: float,
) -> list[_Item]:
    """(label, value) rows with the labels' column `label_room` wide; empty values are
    left out. A value wraps in its column, each line an item of its own, so a long
    text may continue overleaf."""
    items: list[_Item] = []
    for label, value in rows:
        if not value.strip():
            continue
        lines = _wrap(value.strip(), doc.font, size, room - label_room)
        for i, line in enumerate(lines):
            cell = _Cell(x, room, label if i == 0 else "", line)
            keep = 1 if i == 0 and len(lines) > 1 else 0
            items.append(_Item(_cells_row(doc, [cell], label_room, size), keep_next=keep))
    return items


# -- the heading and who, where, when -------------------------------------------------------


def _heading(doc: _Doc) -> list[_Item]:
    """The coop's name and the title, centred, over a heavy rule."""
    spec, font = doc.spec, doc.font
    items: list[_Item] = []
    for text, size, floor in (
        (doc.sheet.coop_name, spec.body + 3, spec.body),
        (doc.labels.title, spec.title, spec.body + 3),
    ):
        s, lines = _fit_or_wrap(text, font, size, floor, doc.width)
        items += [
            _Item(_line_block(doc, line, s, doc.left, doc.width, "centre", bold=True))
            for line in lines
        ]

    def draw(canvas: Canvas, top: float) -> None:
        _rule(canvas, doc.left, doc.right, top - 1 * mm, 1.2, INK)

    return [*items, _Item(Block(2 * mm, draw))]


def _info(doc: _Doc) -> list[_Item]:
    """Grower, card, place, plot, date and technician, two to a row; 'remote' under."""
    s, lb, size = doc.sheet, doc.labels, doc.spec.body
    pairs = [
        (lb.grower, s.grower_name, True),
        (lb.card, s.card_no, False),
        (lb.place, s.place, False),
        (lb.plot, s.plot, False),
        (lb.visited, s.visited_on, False),
        (lb.technician, s.technician, False),
    ]
    pairs = [p for p in pairs if p[1].strip()]
    gap = COLUMN_GAP
    cell = (doc.width - gap) / 2
    label_room = doc.label_room
    items = [_space(1 * mm)]
    for i in range(0, len(pairs), 2):
        cells = [
            _Cell(doc.left + col * (cell + gap), cell, label, value, bold, name=bold)
            for col, (label, value, bold) in enumerate(pairs[i : i + 2])
        ]
        items.append(_Item(_cells_row(doc, cells, label_room, size)))
    if s.remote:
        items += _lines(doc, lb.remote, size, bold=True)
    return items


# -- what we saw: the photos -------------------------------------------------------------------


@dataclass(frozen=True)
class _Picture:
    reader: ImageReader | None  # None: the bytes are not an image we can decode
    ratio: float  # height / width


@dataclass(frozen=True)
class _Rect:
    x: float
    y: float  # the bottom edge
    w: float
    h: float


def _picture(data: bytes) -> _Picture:
    """The decoded picture, or a missing one. Decoding now, not in drawImage, means a
    truncated file fails here where it is caught, not halfway through the page."""
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getRGBData()  # decodes every pixel (kept for drawImage)
        width, height = reader.getSize()
    except Exception:  # Pillow raises OSError, ValueError, SyntaxError... all mean broken
        return _Picture(None, MISSING_RATIO)
    if width <= 0 or height <= 0:
        return _Picture(None, MISSING_RATIO)
    return _Picture(reader, height / width)


def _photos(doc: _Doc) -> list[_Item]:
    """Up to three photos side by side (two columns' width when there are fewer), their
    bottoms on one line so the captions under them line up."""
    photos = doc.sheet.photos[:MAX_PHOTOS]
    if not photos:
        return []
    pictures = doc.pictures
    columns = max(2, len(photos))
    gap = doc.spec.gap
    cell = (doc.width - gap * (columns - 1)) / columns
    used = len(photos) * cell + (len(photos) - 1) * gap
    x0 = doc.left + (doc.width - used) / 2
    low, high = PHOTO_RATIO
    ratio = min(max(max(p.ratio for p in pictures), low), high)
    frame_h = min(cell * ratio, doc.spec.photo_max) * doc.photo_scale
    size = doc.spec.small
    step = size * LEADING
    captions = [_wrap(p.caption, doc.font, size, cell) if p.caption else [] for p in photos]
    height = frame_h + 1.2 * mm + step * max(len(c) for c in captions)

    def draw(canvas: Canvas, top: float) -> None:
        for i, (photo, picture, caption) in enumerate(zip(photos, pictures, captions, strict=True)):
            x = x0 + i * (cell + gap)
            _draw_picture(canvas, doc, picture, photo.marks, _Rect(x, top - frame_h, cell, frame_h))
            y = top - frame_h - 1.2 * mm
            for line in caption:
                cx = x + cell / 2
                _text(
                    canvas, doc, line, size, cx, row_baseline(y, step, size), "centre", colour=GREY
                )
                y -= step

    return [_space(1.5 * mm), _Item(Block(height, draw))]


def _draw_picture(
    canvas: Canvas, doc: _Doc, picture: _Picture, marks: Sequence[PhotoMark], frame: _Rect
) -> None:
    """The picture as large as the frame allows, aspect kept, bottom-centred; a picture
    that cannot be decoded is an empty frame saying so."""
    ratio = picture.ratio
    w = min(frame.w, frame.h / ratio)
    h = w * ratio
    rect = _Rect(frame.x + (frame.w - w) / 2, frame.y, w, h)
    if picture.reader is None:
        _missing(canvas, doc, rect)
        return
    canvas.drawImage(picture.reader, rect.x, rect.y, rect.w, rect.h, mask="auto")
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.4)
    canvas.rect(rect.x, rect.y, rect.w, rect.h, stroke=1, fill=0)
    _draw_marks(canvas, doc, marks, rect)


def _missing(canvas: Canvas, doc: _Doc, rect: _Rect) -> None:
    canvas.saveState()
    canvas.setDash(3, 2)
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.8)
    canvas.rect(rect.x, rect.y, rect.w, rect.h, stroke=1, fill=0)
    canvas.restoreState()
    label = doc.labels.photo_missing
    s, lines = _fit_or_wrap(label, doc.font, doc.spec.body, doc.spec.small, rect.w - 4 * mm)
    step = s * LEADING
    y = rect.y + rect.h / 2 + step * len(lines) / 2
    for line in lines:
        _text(canvas, doc, line, s, rect.x + rect.w / 2, row_baseline(y, step, s), "centre", True)
        y -= step


# -- the marks on a photo ------------------------------------------------------------------


def _point(rect: _Rect, x: int, y: int) -> tuple[float, float]:
    """A mark's corner (ten-thousandths of the picture, y down) on the page (y up).
    Out-of-range values are held at the picture's edge."""
    fx = min(max(x, 0), SCALE) / SCALE
    fy = min(max(y, 0), SCALE) / SCALE
    return rect.x + fx * rect.w, rect.y + rect.h - fy * rect.h


def _draw_marks(canvas: Canvas, doc: _Doc, marks: Sequence[PhotoMark], rect: _Rect) -> None:
    """Red boxes and arrows, then their labels on white tags over every line."""
    stroke = max(1.0, rect.w / 130)
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(rect.x, rect.y, rect.w, rect.h)
    canvas.clipPath(clip, stroke=0, fill=0)  # a stroke on the edge stays on the photo
    canvas.setStrokeColor(RED)
    canvas.setFillColor(RED)
    canvas.setLineWidth(stroke)
    canvas.setLineJoin(1)
    for mark in marks:
        x0, y0 = _point(rect, mark.x0, mark.y0)
        x1, y1 = _point(rect, mark.x1, mark.y1)
        if mark.kind == MarkKind.BOX:
            canvas.rect(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0), stroke=1, fill=0)
        elif mark.kind == MarkKind.ARROW:
            _arrow(canvas, x0, y0, x1, y1, max(3.5 * stroke, rect.w * 0.05))
    canvas.restoreState()
    for mark in marks:
        if mark.label.strip():
            _tag(canvas, doc, mark, rect)


def _arrow(canvas: Canvas, x0: float, y0: float, x1: float, y1: float, head: float) -> None:
    """A line from the tail (x0, y0) to a filled head at the point (x1, y1)."""
    length = math.hypot(x1 - x0, y1 - y0)
    if length == 0:
        return
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    head = min(head, length)
    bx, by = x1 - ux * head, y1 - uy * head  # the head's base: the line stops there
    canvas.line(x0, y0, bx, by)
    half = head * 0.45
    path = canvas.beginPath()
    path.moveTo(x1, y1)
    path.lineTo(bx - uy * half, by + ux * half)
    path.lineTo(bx + uy * half, by - ux * half)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _tag(canvas: Canvas, doc: _Doc, mark: PhotoMark, rect: _Rect) -> None:
    """A mark's label in red on white: above a box's top-left corner, beside an arrow's
    tail (on the side away from its point), always inside the picture."""
    label = mark.label.strip()
    size = doc.spec.small
    pad = size * 0.3
    s = fit_size(label, doc.font, size, rect.w - 2 * pad)
    w = stringWidth(label, doc.font, s) + 2 * pad
    h = s * 1.35
    x0, y0 = _point(rect, mark.x0, mark.y0)
    x1, y1 = _point(rect, mark.x1, mark.y1)
    if mark.kind == MarkKind.BOX:
        tx, ty = min(x0, x1), max(y0, y1)
    else:
        tx = x0 - w if x1 > x0 else x0
        ty = y0 - h / 2
    tx = min(max(tx, rect.x), rect.x + rect.w - w)
    ty = max(min(ty, rect.y + rect.h - h), rect.y)
    canvas.setFillColor(white)
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(0.6)
    canvas.rect(tx, ty, w, h, stroke=1, fill=1)
    _text(canvas, doc, label, s, tx + pad, row_baseline(ty + h, h, s), colour=RED)


def _seen(doc: _Doc) -> list[_Item]:
    """Crop stage and severity side by side, the symptoms under them, then the photos."""
    s, lb, size = doc.sheet, doc.labels, doc.spec.body
    gap = COLUMN_GAP
    cell = (doc.width - gap) / 2
    label_room = doc.label_room
    pair = [(lb.crop_stage, s.crop_stage.strip()), (lb.severity, s.severity.strip())]
    cells = [
        _Cell(doc.left + i * (cell + gap), cell, label, value)
        for i, (label, value) in enumerate(p for p in pair if p[1])
    ]
    body = [_Item(_cells_row(doc, cells, label_room, size))] if cells else []
    symptoms = [(lb.symptoms, s.symptoms)]
    body += _labelled_rows(doc, symptoms, doc.left, doc.width, size, label_room)
    body += _photos(doc)
    return [*_section(doc, lb.seen), *body] if body else []


# -- the diagnosis -----------------------------------------------------------------------------


def _diagnosis(doc: _Doc) -> list[_Item]:
    """'诊断结果' and the name in large print, the Latin name after it (or under it)
    smaller and slanted; a sentence in place of the name when there is none yet."""
    s, lb, spec, font = doc.sheet, doc.labels, doc.spec, doc.font
    label_w = stringWidth(lb.diagnosis, font, spec.section) + 4 * mm
    x, room = doc.left + label_w, doc.width - label_w
    name = s.diagnosis.strip()
    if name:
        size, lines = _fit_or_wrap(name, font, spec.big, spec.body + 4, room)
    else:
        size, lines = _fit_or_wrap(lb.not_diagnosed, font, spec.body + 3, spec.body, room)
    latin = s.diagnosis_latin.strip() if name else ""
    latin_size = max(spec.body, spec.big * 0.5)
    gap = 3 * mm
    latin_w = stringWidth(latin, font, latin_size)
    beside = bool(latin) and stringWidth(lines[-1], font, size) + gap + latin_w <= room
    blocks = [
        _diagnosis_line(
            doc,
            lb.diagnosis if i == 0 else "",
            (line, size, x),
            latin if beside and i == len(lines) - 1 else "",
            latin_size,
        )
        for i, line in enumerate(lines)
    ]
    if latin and not beside:
        blocks += [
            _latin_block(doc, t, latin_size, x) for t in _wrap(latin, font, latin_size, room)
        ]
    items = [_Item(b) for b in blocks]
    items[0] = _Item(blocks[0], keep_next=len(blocks) - 1)  # the name is never split
    return [_space(doc.spec.gap), *items]


def _diagnosis_line(
    doc: _Doc, label: str, name: tuple[str, float, float], latin: str, latin_size: float
) -> Block:
    """One line of the diagnosis: (text, size, x) of the name, with the section's label
    before it on the first line and the Latin name after it on the last."""
    text, size, x = name
    step = size * LEADING
    label_size = doc.spec.section

    def draw(canvas: Canvas, top: float) -> None:
        y = row_baseline(top, step, size)
        if label:
            _text(canvas, doc, label, label_size, doc.left, y, bold=True)
        _text(canvas, doc, text, size, x, y, bold=True)
        if latin:
            after = x + stringWidth(text, doc.font, size) + 3 * mm
            _italic(canvas, doc, latin, latin_size, after, y)

    return Block(step, draw)


def _latin_block(doc: _Doc, text: str, size: float, x: float) -> Block:
    step = size * LEADING

    def draw(canvas: Canvas, top: float) -> None:
        _italic(canvas, doc, text, size, x, row_baseline(top, step, size))

    return Block(step, draw)


# -- what to spray ------------------------------------------------------------------------------


def _spray(doc: _Doc) -> list[_Item]:
    """One small table per product, then the safe interval in its heavy box; or, with
    nothing to spray, a sentence that says so."""
    lines = doc.sheet.lines
    items = _section(doc, doc.labels.spray)
    if not lines:
        return [*items, _space(1 * mm), _Item(_no_spray(doc))]
    for index, line in enumerate(lines, 1):
        # A product's table is never split; the last one stays with the safe interval,
        # so the box is never read apart from the products it is about.
        items += _together(_product(doc, index, line), 2 if index == len(lines) else 0)
    return [*items, _space(doc.spec.gap), _Item(_phi_box(doc))]


def _product(doc: _Doc, index: int, line: TreatmentLine) -> list[_Item]:
    """A product's name on a grey band; under it the dose and the water per mu, the
    amount for one tank in bold beside the product's own safe interval, then when to
    spray and the safety notes."""
    lb, spec = doc.labels, doc.spec
    size = spec.body
    pad = 2 * mm
    x, room = doc.left + pad, doc.width - 2 * pad
    name = line.product
    if line.ingredient:
        name = lb.with_ingredient.format(product=line.product, ingredient=line.ingredient)
    items = [_space(1.5 * mm), _Item(_band(doc, lb.product.format(index=index, product=name)))]
    gap = COLUMN_GAP
    cell = (room - gap) / 2
    right = x + cell + gap
    pair_labels = [lb.dose, lb.water, lb.timing, lb.line_phi, lb.safety]
    label_room = _label_room(doc, pair_labels, size, cell)
    water = lb.amount.format(amount=line.water_l, unit=lb.litre)
    cells = [
        _Cell(x, cell, lb.dose, doc.amount(line.dose_milli, line.unit), bold=True),
        _Cell(right, cell, lb.water, water),
    ]
    items.append(_Item(_cells_row(doc, cells, label_room, size)))
    cells = []
    if line.water_l > 0 and doc.sheet.tank_l > 0:  # else there is no amount per tank
        tank = doc.amount(dose_per_tank_milli(line, doc.sheet.tank_l), line.unit)
        text = lb.per_tank.format(tank=doc.sheet.tank_l, amount=tank)
        cells.append(_Cell(x, cell, "", text, bold=True, size=size + 1, labelled=False))
    if line.phi_days > 0:
        cells.append(_Cell(right, cell, lb.line_phi, lb.day_count(line.phi_days)))
    if cells:
        items.append(_Item(_cells_row(doc, cells, label_room, size)))
    rows = [(lb.timing, line.timing), (lb.safety, line.safety)]
    items += _labelled_rows(doc, rows, x, room, size, label_room)
    items.append(_Item(_end_rule(doc)))
    return items


def _band(doc: _Doc, text: str) -> Block:
    """A product's name, bold on a light grey band the width of the page."""
    size = doc.spec.body + 1
    pad = 2 * mm
    s, lines = _fit_or_wrap(text, doc.font, size, doc.spec.body, doc.width - 2 * pad)
    step = s * LEADING
    height = step * len(lines) + 1.2 * mm

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(BAND)
        canvas.rect(doc.left, top - height, doc.width, height, stroke=0, fill=1)
        y = top - 0.6 * mm
        for line in lines:
            _text(canvas, doc, line, s, doc.left + pad, row_baseline(y, step, s), bold=True)
            y -= step

    return Block(height, draw)


def _end_rule(doc: _Doc) -> Block:
    def draw(canvas: Canvas, top: float) -> None:
        _rule(canvas, doc.left, doc.right, top - 0.8 * mm, 0.5, RULE_GREY)

    return Block(1.6 * mm, draw)


def _phi_box(doc: _Doc) -> Block:
    """The safe interval in large bold print in a heavy frame, the rule it sets in a
    sentence under it, and why when the products' intervals differ."""
    lines, lb, spec, font = doc.sheet.lines, doc.labels, doc.spec, doc.font
    days = plan_phi_days(lines)
    if days > 0:
        count = lb.day_count(days)
        head, rule = (
            lb.phi.format(days=days, count=count),
            lb.phi_rule.format(days=days, count=count),
        )
    else:
        head, rule = lb.phi_unknown, lb.phi_unknown_rule
    differ = days > 0 and len({line.phi_days for line in lines}) > 1
    note = lb.phi_longest.format(days=days, count=lb.day_count(days)) if differ else ""
    pad = 3 * mm
    room = doc.width - 2 * pad
    texts = [
        (*_fit_or_wrap(head, font, spec.big, spec.body + 4, room), True),
        (*_fit_or_wrap(rule, font, spec.body + 2.5, spec.body, room), True),
    ]
    if note:
        texts.append((*_fit_or_wrap(note, font, spec.body, spec.small, room), False))
    return _framed(doc, texts, pad, 2.4, PHI_FILL)


def _no_spray(doc: _Doc) -> Block:
    spec = doc.spec
    pad = 2.5 * mm
    text = _fit_or_wrap(
        doc.labels.no_spray, doc.font, spec.body + 4, spec.body, doc.width - 2 * pad
    )
    return _framed(doc, [(*text, True)], pad, 1.2, None)


def _framed(
    doc: _Doc,
    texts: Sequence[tuple[float, list[str], bool]],
    pad: float,
    border: float,
    fill: Color | None,
) -> Block:
    """(size, lines, bold) centred in a frame the width of the page."""
    inner = sum(size * LEADING * len(lines) for size, lines, _ in texts)
    height = inner + 2 * pad

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(border)
        if fill is not None:
            canvas.setFillColor(fill)
        # The frame's line is drawn inside the block: nothing pokes into its neighbours.
        half = border / 2
        w, h = doc.width - border, height - border
        canvas.rect(doc.left + half, top - height + half, w, h, stroke=1, fill=fill is not None)
        y = top - pad
        for size, lines, bold in texts:
            step = size * LEADING
            for line in lines:
                cx = doc.left + doc.width / 2
                _text(canvas, doc, line, size, cx, row_baseline(y, step, size), "centre", bold)
                y -= step

    return Block(height, draw)


# -- notes, follow-up, the foot --------------------------------------------------------------


def _notes(doc: _Doc) -> list[_Item]:
    """The plan's notes and the prevention as labelled paragraphs (a section title each
    would cost the room that keeps a usual sheet on one page), then the follow-up date."""
    s, lb, size = doc.sheet, doc.labels, doc.spec.body
    rows = [(lb.plan_notes, s.plan_notes), (lb.prevention, s.prevention)]
    items = _labelled_rows(doc, rows, doc.left, doc.width, size, doc.label_room)
    if s.follow_up_on.strip():
        follow = lb.follow_up.format(date=s.follow_up_on.strip())
        items += [_space(1 * mm), *_lines(doc, follow, size + 2, bold=True)]
    return [_space(doc.spec.gap), *items] if items else []


def spaced_phone(phone: str) -> str:
    """'138 0000 0000' for a mainland mobile number, easier to read and dial; anything
    else as it was typed."""
    if phone.strip() and check_phone(phone) is None:
        digits = normalize_phone(phone)
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return phone.strip()


def _contact(doc: _Doc) -> Block:
    """'有问题请打电话：张技术员 138 0000 0000' in large bold print under a heavy rule."""
    s, lb, spec = doc.sheet, doc.labels, doc.spec
    phone = spaced_phone(s.technician_phone)
    if phone:
        text = lb.contact.format(name=s.technician, phone=phone)
    else:
        text = lb.contact_no_phone.format(name=s.technician)
    size, lines = _fit_or_wrap(text, doc.font, spec.contact, spec.body + 1, doc.width)
    step = size * LEADING
    top_pad = 2.5 * mm
    height = top_pad + step * len(lines)

    def draw(canvas: Canvas, top: float) -> None:
        _rule(canvas, doc.left, doc.right, top - 0.6 * mm, 1.2, INK)
        y = top - top_pad
        for line in lines:
            cx = doc.left + doc.width / 2
            _text(canvas, doc, line, size, cx, row_baseline(y, step, size), "centre", True)
            y -= step

    return Block(height, draw)


def _running_head(doc: _Doc) -> Block:
    """On pages after the first: whose sheet of which day, above a rule."""
    size = doc.spec.small
    step = size * LEADING
    title = f"{doc.labels.title}{doc.labels.continued}"
    right = " · ".join(t for t in (doc.sheet.grower_name, doc.sheet.visited_on) if t)
    room = doc.width - stringWidth(right, doc.font, size) - 6 * mm
    left = f"{doc.sheet.coop_name} · {title}"
    if stringWidth(left, doc.font, size) > room:
        left = title  # page 1 has the coop's name; a long one is not worth tiny print here
    left_size = fit_size(left, doc.font, size, room)

    def draw(canvas: Canvas, top: float) -> None:
        _text(canvas, doc, left, left_size, doc.left, row_baseline(top, step, left_size))
        _text(canvas, doc, right, size, doc.right, row_baseline(top, step, size), "right")
        _rule(canvas, doc.left, doc.right, top - step - 0.5 * mm, 0.5, INK)

    return Block(step + 3 * mm, draw)


def _footer(canvas: Canvas, doc: _Doc, page: int, pages: int) -> None:
    """The reference at the left and, on a sheet of several pages, the page number at
    the right, in the bottom margin."""
    size = doc.spec.small
    y = doc.spec.margin_bottom * 0.45
    if doc.sheet.reference:
        ref = doc.labels.reference.format(reference=doc.sheet.reference)
        s = fit_size(ref, doc.font, size, doc.width * 0.45)
        _text(canvas, doc, ref, s, doc.left, y, colour=GREY)
    if pages > 1:
        number = doc.labels.page.format(page=page, pages=pages)
        s = fit_size(number, doc.font, size + 1, doc.width * 0.45)
        _text(canvas, doc, number, s, doc.right, y, "right")


# -- pages --------------------------------------------------------------------------------------

_Page = list[tuple[float, Block]]  # blocks and the y of their top edges


def _reaches(items: Sequence[_Item]) -> list[int]:
    """For each item, the last item that must stand on its page with it: what it keeps
    with it, and what those keep with them."""
    reach = list(range(len(items)))
    for i in range(len(items) - 1, -1, -1):
        end = min(i + items[i].keep_next, len(items) - 1)
        reach[i] = max([end, *(reach[j] for j in range(i + 1, end + 1))])
    return reach


def _paginate(doc: _Doc, items: Sequence[_Item]) -> list[_Page]:
    """The items from the top of page 1 down, a new page where the next item (and what
    it keeps with it) does not fit; a foot item at the bottom of its page. What cannot
    stay together even on an empty page breaks where it must."""
    page_h = doc.spec.page[1]
    first_top = page_h - doc.spec.margin_top
    next_top = first_top - _running_head(doc).height
    bottom = doc.spec.margin_bottom
    reach = _reaches(items)
    tops = list(itertools.accumulate((item.block.height for item in items), initial=0.0))
    pages: list[_Page] = [[]]
    y = first_top
    for i, item in enumerate(items):
        if item.gap and not pages[-1]:
            continue
        need = tops[reach[i] + 1] - tops[i]
        room = y - bottom
        if pages[-1] and need > room and (need <= next_top - bottom or item.block.height > room):
            pages.append([])
            y = next_top
            if item.gap:
                continue
        top = bottom + item.block.height if item.foot else y
        pages[-1].append((top, item.block))
        y = top - item.block.height
    return pages


def _content(doc: _Doc) -> list[_Item]:
    """Everything on the sheet in reading order; the contact at the foot takes the item
    before it along to a new page, so it never stands alone."""
    items = [
        *_heading(doc),
        *_info(doc),
        *_seen(doc),
        *_diagnosis(doc),
        *_spray(doc),
        *_notes(doc),
    ]
    last = max(i for i, item in enumerate(items) if not item.gap)
    items[last] = replace(items[last], keep_next=len(items) - last + 1)
    foot = _contact(doc)
    return [*items, _space(doc.spec.gap), _Item(foot, foot=True)]


def _write(doc: _Doc, pages: Sequence[_Page]) -> bytes:
    buffer = io.BytesIO()
    # invariant: no creation time or random file id, so the same sheet gives the same bytes.
    canvas = Canvas(
        buffer, pagesize=doc.spec.page, pageCompression=1, invariant=1, initialFontName=doc.font
    )
    s = doc.sheet
    canvas.setTitle(" ".join(t for t in (doc.labels.title, s.grower_name, s.visited_on) if t))
    canvas.setAuthor(s.coop_name)
    canvas.setSubject(s.diagnosis)
    canvas.setCreator("FieldApp")
    head = _running_head(doc)
    for number, placed in enumerate(pages, 1):
        if number > 1:
            head.draw(canvas, doc.spec.page[1] - doc.spec.margin_top)
        for top, block in placed:
            block.draw(canvas, top)
        _footer(canvas, doc, number, len(pages))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_advice(
    sheet: AdviceSheet,
    paper: AdvicePaper = AdvicePaper.A4,
    labels: AdviceLabels = AdviceLabels(),
) -> bytes:
    """The advice sheet as a PDF on `paper`. At most MAX_PHOTOS photos are printed.
    Raises FontMissingError (fonts.py) without a Chinese font."""
    pictures = tuple(_picture(photo.image) for photo in sheet.photos[:MAX_PHOTOS])
    doc = _Doc(sheet, SPECS[AdvicePaper(paper)], labels, cjk_font_name(), pictures)
    pages = _paginate(doc, _content(doc))
    if len(pages) > 1 and pictures:
        # Photos give way before a page does: a sheet a few lines too long prints its
        # photos smaller rather than a second page with only the phone number on it.
        for scale in PHOTO_SHRINK:
            smaller = replace(doc, photo_scale=scale)
            fewer = _paginate(smaller, _content(smaller))
            if len(fewer) < len(pages):
                doc, pages = smaller, fewer
                break
    return _write(doc, pages)
