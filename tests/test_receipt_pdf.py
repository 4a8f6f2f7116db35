"""Receipt PDFs: rendered for real and read back the way a person, a scanner or
`fieldapp verify-receipt` would."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fieldapp.documents import receipts as receipts_module
from fieldapp.documents.qr import QUIET_ZONE, qr_matrix
from fieldapp.documents.receipts import (
    ENGLISH_LABELS,
    LAYOUTS,
    ReceiptLabels,
    ReceiptLayout,
    VoidInfo,
    format_permille,
    qr_size,
    receipt_payload_from_pdf,
    render_receipt,
    wrap,
)
from fieldapp.domain import signing
from fieldapp.domain.money import chinese_capital, format_kg, format_yuan
from fieldapp.domain.pricing import Band, Lot, LotInput, PriceRule, price_lot
from fieldapp.domain.receipts import (
    Receipt,
    ReceiptCheck,
    SignedReceipt,
    canonical,
    check_payload,
)

CHINA = dt.timezone(dt.timedelta(hours=8))
ISSUED = "2026-05-01T06:32:05Z"  # 14:32 in China
LONG_COOP = "云南省普洱市思茅区倚象镇绿源生态茶叶种植农民专业合作社联合社"
LONG_GROWER = "阿依古丽·买买提"
LONGEST_GROWER = "买买提江·阿不都热合曼·吐尔逊"
ROLLS = (ReceiptLayout.THERMAL_80, ReceiptLayout.THERMAL_58)
ALL = tuple(ReceiptLayout)

CORN = PriceRule("corn", "玉米", "一等", 235, moisture=(Band(140, 180, 150), Band(180, None, 200)))
POTATO = PriceRule("potato", "马铃薯", "特级", 168, impurity=(Band(20, None, 100),))
PEPPER = PriceRule("pepper", "花椒", "统货", 250)
TEA = PriceRule("tea", "普洱茶", "特级", 100_000)  # 1,000.00 yuan/kg


def corn(gross: int = 1_250_500) -> Lot:
    return price_lot(CORN, LotInput(gross, "containers", 1_500, 3, "塑料筐", moisture_permille=165))


def potato() -> Lot:
    return price_lot(
        POTATO, LotInput(486_350, "weighed", 12_400, impurity_permille=35, manual_reason="秤故障")
    )


@pytest.fixture(scope="module")
def key() -> bytes:
    return signing.new_private_key()


@pytest.fixture(scope="module")
def keys(key: bytes) -> dict[str, bytes]:
    public = signing.public_key(key)
    return {signing.key_id(public): public}


@pytest.fixture(scope="module")
def make(key: bytes):
    """make(lots, **changes) -> a SignedReceipt signed with the module's key."""
    public = signing.public_key(key)

    def build(lots: tuple[Lot, ...] | None = None, **changes: object) -> SignedReceipt:
        values: dict = {
            "number": "LQ-K7QD-000123",
            "issued_at": ISSUED,
            "coop_name": "龙泉果蔬种植专业合作社",
            "grower_id": "0190e6a2-7b3c-7def-8123-000000000001",
            "grower_name": LONG_GROWER,
            "card_no": "K7QD-00017",
            "clerk": "王小明",
            "lots": lots if lots is not None else (corn(), potato(), corn(2_318_000)),
            "key_id": signing.key_id(public),
            "prev_hash": "9f2c" * 16,
        }
        values.update(changes)
        receipt = Receipt(**values)
        return SignedReceipt(receipt, signing.sign(key, canonical(receipt)))

    return build


@pytest.fixture(scope="module")
def plain(make) -> SignedReceipt:
    return make()


# -- reading PDFs back --------------------------------------------------------------------


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squashed(text: str) -> str:
    """Without spaces or line breaks: a wrapped name or a figure column reads as one."""
    return "".join(text.split())


def all_text(data: bytes) -> str:
    return squashed("".join(pages_text(data)))


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install Debian's poppler-utils and zbar-tools")
    return found


def page_png(tmp_path: Path, data: bytes, page: int = 1, dpi: int = 300) -> Path:
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(data)
    prefix = tmp_path / f"page{page}"
    args = ["-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run([_tool("pdftoppm"), *args, str(pdf), str(prefix)], check=True)
    return prefix.with_suffix(".png")


def scanned(png: Path) -> list[str]:
    done = subprocess.run(
        [_tool("zbarimg"), "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
        capture_output=True,
    )
    return done.stdout.decode("utf-8").splitlines()


@dataclass
class Drawn:
    text: str
    x0: float
    x1: float
    y: float
    size: float
    mode: int | None


class RecordingCanvas(Canvas):
    """A Canvas that notes every string it draws, with its horizontal extent."""

    drawn: list[Drawn]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.drawn = []
        RecordingCanvas.last = self

    def _note(self, text: str, x0: float, y: float, mode: int | None) -> None:
        w = stringWidth(text, self._fontname, self._fontsize)
        self.drawn.append(Drawn(text, x0, x0 + w, y, self._fontsize, mode))

    def drawString(self, x, y, text, mode=None, **kwargs):
        self._note(text, x, y, mode)
        return super().drawString(x, y, text, mode=mode, **kwargs)

    def drawRightString(self, x, y, text, mode=None, **kwargs):
        self._note(text, x - stringWidth(text, self._fontname, self._fontsize), y, mode)
        return super().drawRightString(x, y, text, mode=mode, **kwargs)

    def drawCentredString(self, x, y, text, mode=None, **kwargs):
        w = stringWidth(text, self._fontname, self._fontsize)
        self._note(text, x - w / 2, y, mode)
        return super().drawCentredString(x, y, text, mode=mode, **kwargs)


@pytest.fixture
def recorded(monkeypatch):
    """render(signed, layout, **kw) -> (pdf bytes, strings drawn, QR squares drawn)."""
    squares: list[tuple[float, float, float]] = []
    original = receipts_module.draw_qr

    def draw_qr(canvas, matrix, x, y, size, **kwargs):
        squares.append((x, y, size))
        return original(canvas, matrix, x, y, size, **kwargs)

    monkeypatch.setattr(receipts_module, "Canvas", RecordingCanvas)
    monkeypatch.setattr(receipts_module, "draw_qr", draw_qr)

    def render(signed: SignedReceipt, layout: ReceiptLayout, **kwargs):
        squares.clear()
        data = render_receipt(signed, layout, tz=CHINA, **kwargs)
        return data, RecordingCanvas.last.drawn, list(squares)

    return render


# -- pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ROLLS)
def test_rolls_are_as_wide_as_the_paper_and_as_long_as_the_receipt(make, layout):
    short = PdfReader(io.BytesIO(render_receipt(make((corn(),)), layout))).pages
    long = PdfReader(io.BytesIO(render_receipt(make(tuple(corn() for _ in range(12))), layout)))
    assert len(short) == 1 and len(long.pages) == 1  # a roll is one page however long
    width = 80 if layout == ReceiptLayout.THERMAL_80 else 58
    for page in (short[0], long.pages[0]):
        assert float(page.mediabox.width) == pytest.approx(width * mm, abs=0.01)
    short_h = float(short[0].mediabox.height)
    long_h = float(long.pages[0].mediabox.height)
    assert short_h > width * mm
    assert long_h > short_h + 11 * 25 * mm  # every lot adds several lines


def test_a5_is_portrait_a5(plain):
    page = PdfReader(io.BytesIO(render_receipt(plain, ReceiptLayout.A5))).pages[0]
    assert float(page.mediabox.width) == pytest.approx(148 * mm, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(210 * mm, abs=0.5)


def test_continuous_form_is_241_by_11_inches(plain):
    page = PdfReader(io.BytesIO(render_receipt(plain, ReceiptLayout.CONTINUOUS_241))).pages[0]
    assert float(page.mediabox.width) == pytest.approx(241 * mm, abs=0.01)
    assert float(page.mediabox.height) == pytest.approx(279.4 * mm, abs=0.01)
    assert LAYOUTS[ReceiptLayout.CONTINUOUS_241].page_height == pytest.approx(93.133 * mm, 0.001)


# -- what a receipt says --------------------------------------------------------------------


def lot_texts(lot: Lot) -> list[str]:
    """Every figure of a lot as a person reads it off the paper, squashed."""
    texts = [lot.crop, lot.grade, format_kg(lot.gross_g), format_kg(lot.net_g)]
    texts += [format_yuan(lot.price_fen_per_kg), format_yuan(lot.amount_fen)]
    if lot.tare_g:
        texts.append(format_kg(lot.tare_g))
    names = {"moisture": "水分", "impurity": "杂质"}
    for d in lot.deductions:
        texts.append(f"{names[d.kind]}{format_permille(d.measured_permille)}扣{format_kg(d.grams)}")
    if lot.manual_reason:
        texts.append(f"手工录入：{lot.manual_reason}")
    return texts


@pytest.mark.parametrize("layout", ALL)
def test_every_figure_is_printed_and_extractable(plain, layout):
    text = all_text(render_receipt(plain, layout, tz=CHINA))
    r = plain.receipt
    for expected in (r.number, r.grower_name, r.card_no, r.clerk, r.coop_name, "农产品收购单"):
        assert expected in text
    assert "2026-05-0114:32" in text  # local time, not the UTC 06:32
    for lot in r.lots:
        for expected in lot_texts(lot):
            assert expected in text, expected
    assert f"¥{format_yuan(r.total_fen)}" in text
    assert f"人民币大写：{chinese_capital(r.total_fen)}" in text
    assert format_kg(r.net_g) in text
    assert "社员签字" in text and "收购员签字" in text
    for absent in ("副本", "COPY", "作废", "VOID", "替代"):
        assert absent not in text


def test_the_spec_example_deduction_reads_as_one_phrase(make):
    lot = price_lot(CORN, LotInput(1_000_000, moisture_permille=165))
    assert lot.deductions[0].grams == 37_500  # 2.5 points over 14.0% at 1.5% a point
    text = all_text(render_receipt(make((lot,)), ReceiptLayout.THERMAL_80))
    assert "水分16.5%扣37.50kg" in text


@pytest.mark.parametrize(
    ("tz", "shown"),
    [
        (CHINA, "2026-05-0114:32"),
        (dt.timezone(dt.timedelta(hours=-5)), "2026-05-0101:32"),
        (dt.UTC, "2026-05-0106:32"),
    ],
)
def test_time_is_printed_in_the_local_zone(plain, tz, shown):
    assert shown in all_text(render_receipt(plain, ReceiptLayout.THERMAL_58, tz=tz))


def test_time_crosses_midnight_into_the_next_local_day(make):
    late = make(issued_at="2026-05-01T17:05:00Z")
    assert "2026-05-0201:05" in all_text(render_receipt(late, ReceiptLayout.A5, tz=CHINA))


@pytest.mark.parametrize("layout", ALL)
def test_copy_says_copy(plain, layout):
    text = all_text(render_receipt(plain, layout, copy=True))
    assert "副本COPY" in text
    assert "作废" not in text


@pytest.mark.parametrize("layout", ALL)
def test_voided_receipt_says_void_with_reason(plain, layout):
    void = VoidInfo("称重时筐数记错，重新过磅", "2026-05-01T07:02:00Z", "李会计", "LQ-K7QD-000124")
    text = all_text(render_receipt(plain, layout, void=void, tz=CHINA))
    assert "作废VOID" in text
    assert "作废原因：称重时筐数记错，重新过磅" in text
    assert "李会计于2026-05-0115:02作废" in text
    assert "更正单号：LQ-K7QD-000124" in text
    assert plain.receipt.number in text  # the figures stay legible under the stamp
    assert format_yuan(plain.receipt.total_fen) in text


def test_a_correcting_receipt_names_the_one_it_replaces(make):
    signed = make(number="LQ-K7QD-000124", replaces="LQ-K7QD-000123")
    for layout in ALL:
        text = all_text(render_receipt(signed, layout))
        assert "本单替代已作废的收购单LQ-K7QD-000123" in text, layout


def test_continuous_form_prints_three_labelled_copies(plain):
    data = render_receipt(plain, ReceiptLayout.CONTINUOUS_241)
    (text,) = pages_text(data)
    flat = squashed(text)
    for part in ("第一联存根（合作社联）", "第二联社员联", "第三联财务联"):
        assert flat.count(part) == 1, part
    assert flat.count(plain.receipt.number) == 3
    assert flat.count(chinese_capital(plain.receipt.total_fen)) == 3


def test_continuous_form_copies_are_in_order_top_to_bottom(plain, recorded):
    _, drawn, squares = recorded(plain, ReceiptLayout.CONTINUOUS_241)
    labels = ReceiptLabels().parts
    ys = [next(d.y for d in drawn if d.text == label) for label in labels]
    assert ys == sorted(ys, reverse=True)
    third = LAYOUTS[ReceiptLayout.CONTINUOUS_241].page_height
    assert [int(y // third) for y in ys] == [2, 1, 0]  # one label in each third
    assert len(squares) == 3  # and a QR code in each


def test_english_labels(plain):
    text = all_text(render_receipt(plain, ReceiptLayout.A5, labels=ENGLISH_LABELS, copy=True))
    for expected in ("Producepurchasereceipt", "Grower", "Gross", "Amount", "COPY"):
        assert expected in text
    assert "收购单" not in text and "副本" not in text
    assert chinese_capital(plain.receipt.total_fen) in text  # the legal amount in words


# -- awkward values -------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ALL)
def test_five_fen(make, layout):
    tiny = price_lot(PEPPER, LotInput(gross_g=20))
    assert tiny.amount_fen == 5
    text = all_text(render_receipt(make((tiny,)), layout))
    assert "¥0.05" in text
    assert "人民币大写：伍分" in text
    assert "0.02" in text  # 20 g


@pytest.mark.parametrize("layout", ALL)
def test_a_hundred_million_yuan(make, layout, recorded):
    huge = price_lot(TEA, LotInput(gross_g=100_000_001))
    assert huge.amount_fen == 10_000_000_100
    data, drawn, _ = recorded(make((huge,)), layout)
    text = all_text(data)
    assert "¥100,000,001.00" in text
    assert "人民币大写：壹亿零壹元整" in text
    assert "100,000.001" in text
    assert_inside_the_printable_width(layout, drawn)


@pytest.mark.parametrize("layout", ALL)
def test_long_coop_and_grower_names_appear_whole(make, layout, recorded):
    assert len(LONG_COOP) == 30
    signed = make(coop_name=LONG_COOP, grower_name=LONGEST_GROWER)
    data, drawn, _ = recorded(signed, layout)
    text = all_text(data)
    assert LONG_COOP in text
    assert LONGEST_GROWER in text
    assert_inside_the_printable_width(layout, drawn)


@pytest.mark.parametrize("layout", ALL)
def test_a_middle_dot_name_survives_extraction(plain, layout):
    assert LONG_GROWER in all_text(render_receipt(plain, layout))


@pytest.mark.parametrize("layout", ALL)
def test_twelve_lots(make, layout):
    lots = tuple((corn(1_000_000 + i * 10_005), potato())[i % 2] for i in range(12))
    signed = make(lots)
    data = render_receipt(signed, layout)
    pages = pages_text(data)
    text = squashed("".join(pages))
    for lot in lots:
        assert format_yuan(lot.amount_fen) in text
    assert f"¥{format_yuan(signed.receipt.total_fen)}" in text
    if layout == ReceiptLayout.A5:
        assert len(pages) == 2
        assert "第1/2页" in squashed(pages[0]) and "第2/2页" in squashed(pages[1])
        assert "（续）" in pages[1]
        assert chinese_capital(signed.receipt.total_fen) in squashed(pages[-1])
        assert chinese_capital(signed.receipt.total_fen) not in squashed(pages[0])
    elif layout == ReceiptLayout.CONTINUOUS_241:
        assert len(pages) >= 2
        for page in pages:  # every sheet still has all three copies
            assert squashed(page).count(signed.receipt.number) == 3
    else:
        assert len(pages) == 1


@pytest.mark.parametrize("layout", ALL)
def test_nothing_is_drawn_outside_the_printable_width(plain, layout, recorded):
    void = VoidInfo("重复开单" * 8, "2026-05-01T07:02:00Z", "阿依古丽·买买提", "LQ-K7QD-000124")
    for kwargs in ({}, {"copy": True, "void": void}, {"labels": ENGLISH_LABELS, "void": void}):
        _, drawn, _ = recorded(plain, layout, **kwargs)
        assert_inside_the_printable_width(layout, drawn)


def assert_inside_the_printable_width(layout: ReceiptLayout, drawn: list[Drawn]) -> None:
    spec = LAYOUTS[layout]
    left, right = spec.margin_x - 0.01, spec.page_width - spec.margin_x + 0.01
    for d in drawn:
        if d.mode == 1:  # the rotated VOID stamp, drawn in its own coordinates
            continue
        assert d.x0 >= left and d.x1 <= right, (d.text, d.x0 / mm, d.x1 / mm)


# -- thermal printing ---------------------------------------------------------------------


@pytest.mark.parametrize("layout", ROLLS)
def test_thermal_receipts_are_black_only_with_readable_fonts(make, plain, layout, recorded):
    void = VoidInfo("重复开单", "2026-05-01T07:02:00Z", "李会计")
    huge = make((price_lot(TEA, LotInput(gross_g=100_000_001)), corn()))
    for signed, labels in ((huge, None), (plain, ENGLISH_LABELS)):
        _, drawn, _ = recorded(signed, layout, void=void, labels=labels)
        assert min(d.size for d in drawn) >= 8  # long labels wrap, they do not shrink
    data, drawn, _ = recorded(plain, layout, void=void, copy=True)
    assert min(d.size for d in drawn) >= 8
    body = [d.size for d in drawn if d.text == format_kg(plain.receipt.lots[0].gross_g)]
    assert body and body[0] >= (9.5 if layout == ReceiptLayout.THERMAL_80 else 8.5)
    for page in PdfReader(io.BytesIO(data)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        colours = re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG)\b", content)
        assert colours and all(float(v) == 0 for rgb in colours for v in rgb)
        assert not re.search(r"(?<![\d.])(?:0?\.\d+|[1-9][\d.]*) (?:g|G)\b", content)  # no grey
        assert "/XObject" not in page["/Resources"]  # no images, which thermal heads dither


@pytest.mark.parametrize("layout", ROLLS)
def test_numbers_are_aligned_on_the_decimal_point(plain, layout, recorded):
    _, drawn, _ = recorded(plain, layout)
    lot = plain.receipt.lots[0]
    figures = [format_kg(lot.gross_g), format_kg(lot.tare_g), format_kg(lot.net_g)]
    figures += [format_yuan(lot.price_fen_per_kg), format_yuan(lot.amount_fen)]
    points = []
    for figure in figures:
        d = next(d for d in drawn if d.text == figure)
        head = figure.rpartition(".")[0]
        points.append(d.x0 + stringWidth(head, receipts_module.cjk_font_name(), d.size))
    assert max(points) - min(points) < 0.01


def test_the_qr_is_big_enough(plain, recorded):
    modules = qr_matrix(plain.qr_payload()).modules
    for layout, least, most in (
        (ReceiptLayout.THERMAL_80, 30, 45),
        (ReceiptLayout.THERMAL_58, 40, 48),  # as wide as the 48 mm the head prints
        (ReceiptLayout.A5, 30, 30.01),
        (ReceiptLayout.CONTINUOUS_241, 34, 50),
    ):
        _, _, squares = recorded(plain, layout)
        (x, _y, side), *_ = squares
        module = side / (modules + 2 * QUIET_ZONE)
        symbol = module * modules
        assert least * mm <= symbol <= most * mm, (layout, symbol / mm)
        assert (side, module) == pytest.approx(qr_size(layout, modules))
        spec = LAYOUTS[layout]
        if spec.qr_dot:  # whole printer dots per module
            assert module / spec.qr_dot == pytest.approx(round(module / spec.qr_dot))
        assert x + QUIET_ZONE * module >= spec.margin_x - 0.01
        assert x + side - QUIET_ZONE * module <= spec.page_width - spec.margin_x + 0.01


# -- QR and PDF metadata -----------------------------------------------------------------


@pytest.mark.parametrize("layout", ALL)
def test_qr_scans_to_a_genuine_receipt(tmp_path, plain, keys, layout):
    payload = plain.qr_payload()
    codes = scanned(page_png(tmp_path, render_receipt(plain, layout)))
    assert codes == [payload] * LAYOUTS[layout].parts
    status, decoded = check_payload(codes[0], keys)
    assert status == ReceiptCheck.GENUINE
    assert decoded is not None and decoded.number == plain.receipt.number
    i = len(payload) // 2
    changed = payload[:i] + ("A" if payload[i] != "A" else "B") + payload[i + 1 :]
    assert check_payload(changed, keys)[0] == ReceiptCheck.ALTERED


@pytest.mark.parametrize("layout", [ReceiptLayout.THERMAL_80, ReceiptLayout.A5])
def test_qr_still_scans_on_a_voided_copy(tmp_path, plain, layout):
    void = VoidInfo("重复开单", "2026-05-01T07:02:00Z", "李会计")
    data = render_receipt(plain, layout, void=void, copy=True)
    assert scanned(page_png(tmp_path, data)) == [plain.qr_payload()]


@pytest.mark.parametrize("layout", [ReceiptLayout.THERMAL_58, ReceiptLayout.A5])
def test_with_a_server_the_qr_is_a_link_a_phone_opens_and_the_station_still_reads(
    tmp_path, plain, keys, layout
):
    data = render_receipt(plain, layout, server="http://192.168.1.10:8765")
    codes = scanned(page_png(tmp_path, data))
    assert codes == [f"http://192.168.1.10:8765/r?c={plain.qr_payload()}"] * LAYOUTS[layout].parts
    assert check_payload(codes[0], keys)[0] == ReceiptCheck.GENUINE
    assert receipt_payload_from_pdf(data) == plain.qr_payload()  # the Subject: the bare code


def test_a_precomputed_matrix_prints_the_same_code(tmp_path, plain):
    matrix = qr_matrix(plain.qr_payload())
    data = render_receipt(plain, ReceiptLayout.THERMAL_58, qr=matrix)
    assert data.count(b"/Subject") == 1
    assert scanned(page_png(tmp_path, data)) == [plain.qr_payload()]


@pytest.mark.parametrize("layout", ALL)
def test_the_payload_and_title_are_in_the_pdf_metadata(plain, keys, layout):
    data = render_receipt(plain, layout)
    payload = receipt_payload_from_pdf(data)
    assert payload == plain.qr_payload()
    assert check_payload(payload, keys)[0] == ReceiptCheck.GENUINE
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta.title == plain.receipt.number
    assert meta.subject == plain.qr_payload()  # pypdf agrees with the small parser


def test_chinese_is_embedded_not_referenced(plain):
    data = render_receipt(plain, ReceiptLayout.THERMAL_80)
    fonts = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]  # TrueType, embedded
        assert "/ToUnicode" in font  # and extractable


@pytest.mark.parametrize(
    ("pdf", "expected"),
    [
        (b"<< /Subject (FAR1:abc) >>", "FAR1:abc"),
        (b"<< /Subject (FAR1:a\\(b\\)c\\\\d) >>", "FAR1:a(b)c\\d"),  # escaped ( ) and \
        (b"<< /Subject (FAR1:a(b)c) >>", "FAR1:a(b)c"),  # balanced parentheses need no escape
        (b"<< /Subject (FAR1:ab\\\ncd) >>", "FAR1:abcd"),  # a line continuation
        (b"<< /Subject (FAR1:\\101\\102) >>", "FAR1:AB"),  # octal codes
        (b"<< /Subject <FEFF0046004100520031003A0078> >>", "FAR1:x"),  # UTF-16 hex string
        (b"<< /Subject (FAR1:old) >> ... << /Subject (FAR1:new) >>", "FAR1:new"),  # an update
        (b"<< /Subject (not a receipt) >>", None),
        (b"<< /Title (x) >>", None),
        (b"<< /Subject (FAR1:unterminated", None),
    ],
)
def test_subject_parser(pdf, expected):
    assert receipt_payload_from_pdf(pdf) == expected


def test_the_subject_parser_reads_a_chinese_subject_reportlab_wrote():
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setSubject("FAR1:收购（单）\\")
    canvas.showPage()
    canvas.save()
    assert receipt_payload_from_pdf(buffer.getvalue()) == "FAR1:收购（单）\\"


def test_a_pdf_that_is_not_a_receipt_has_no_payload():
    buffer = io.BytesIO()
    Canvas(buffer).save()
    assert receipt_payload_from_pdf(buffer.getvalue()) is None


def test_wrap_keeps_every_character_and_breaks_latin_at_spaces():
    font = receipts_module.cjk_font_name()
    text = "Reason: the scale failed twice 称重时筐数记错，重新过磅 LQ-K7QD-000124"
    lines = wrap(text, font, 9, 40 * mm)
    assert len(lines) > 1
    assert squashed("".join(lines)) == squashed(text)
    assert all(stringWidth(line, font, 9) <= 40 * mm + 0.01 for line in lines)
    assert any("LQ-K7QD-000124" in line for line in lines)  # a word fitting a line stays whole
    long_word = "TR" + "0123456789" * 6
    lines = wrap(long_word, font, 9, 40 * mm)
    assert len(lines) > 1 and "".join(lines) == long_word
    assert all(stringWidth(line, font, 9) <= 40 * mm + 0.01 for line in lines)
