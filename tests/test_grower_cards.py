"""Grower cards: rendered for real and read back the way a person or a scanner would."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from fieldapp.documents.fonts import cjk_font_name
from fieldapp.documents.grower_cards import (
    CARD_H,
    CARD_W,
    MIN_QR_SYMBOL,
    CardLayout,
    GrowerCard,
    fit_text,
    page_count,
    qr_symbol_mm,
    render_cards,
    split_in_two,
)
from fieldapp.documents.qr import dark_runs, qr_matrix
from fieldapp.domain.cards import decode_card, encode_card
from fieldapp.domain.growers import GrowerData, Status
from fieldapp.services.cards import CardService
from fieldapp.storage.grower_list import ListFilter

LONG_NAME = "阿依古丽·买买提"
LONGEST_NAME = "买买提江·阿不都热合曼·吐尔逊"
NAMES = ["张伟", LONG_NAME, "李秀英", "欧阳明月", LONGEST_NAME, "王", "赵建国", "陈丽华"]
ISSUED = dt.date(2026, 5, 1)

needs_zbar = pytest.mark.skipif(
    shutil.which("zbarimg") is None,
    reason="zbarimg is missing: install Debian's zbar-tools to check that QR codes decode",
)


def make_card(i: int, name: str = "", coop: str = "龙泉果蔬专业合作社") -> GrowerCard:
    card_no = f"K7QD-{i + 1:05d}"
    return GrowerCard(
        coop_name=coop,
        grower_name=name or NAMES[i % len(NAMES)],
        card_no=card_no,
        township="龙泉镇",
        village="石桥村",
        issued=ISSUED,
        qr_payload=encode_card(card_no, f"0190e6a2-7b3c-7def-8123-{i:012d}"),
        phone_tail="5678",
    )


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install Debian's poppler-utils (./dev test does)")
    return found


def pdf_text(tmp_path: Path, data: bytes, page: int | None = None) -> str:
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(data)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", *pages, str(pdf), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def page_png(tmp_path: Path, data: bytes, page: int, dpi: int = 300) -> Path:
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(data)
    prefix = tmp_path / f"page{page}"
    pages = ["-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run(
        [_tool("pdftoppm"), "-r", str(dpi), "-png", *pages, str(pdf), str(prefix)], check=True
    )
    return prefix.with_suffix(".png")


def scanned(png: Path) -> list[str]:
    """Every QR payload zbarimg finds in the image."""
    done = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
        capture_output=True,
    )
    # zbarimg exits 4 when it finds nothing; the assertions then say what was expected.
    return done.stdout.decode("utf-8").splitlines()


def squashed(text: str) -> str:
    """The text without line breaks or spaces, where a wrapped name is whole again."""
    return "".join(text.split())


# -- text and pages -----------------------------------------------------------------------


def test_one_card_per_page_at_id1_size(tmp_path: Path):
    cards = [make_card(i) for i in range(3)]
    data = render_cards(cards, CardLayout.CARD)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 3
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(CARD_W, abs=0.01)
    assert float(box.height) == pytest.approx(CARD_H, abs=0.01)
    for page, card in enumerate(cards, start=1):
        text = pdf_text(tmp_path, data, page)
        assert card.grower_name in squashed(text)
        assert card.card_no in text
        assert "龙泉镇 石桥村" in text
        assert "龙泉果蔬专业合作社" in text
        assert "2026-05-01" in text
        assert "5678" in text


def test_a4_sheets_hold_ten_cards_each(tmp_path: Path):
    cards = [make_card(i) for i in range(23)]
    data = render_cards(cards, CardLayout.A4_SHEET)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 3 == page_count(23, CardLayout.A4_SHEET)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(210 * mm, abs=0.5)
    for page, first in ((1, 0), (2, 10), (3, 20)):
        text = pdf_text(tmp_path, data, page)
        on_page = cards[first : first + 10]
        for card in on_page:
            assert card.card_no in text
        assert text.count("K7QD-") == len(on_page)
        assert text.count("石桥村") == len(on_page)
    assert LONG_NAME in pdf_text(tmp_path, data)


def test_page_counts():
    assert page_count(1, CardLayout.A4_SHEET) == 1
    assert page_count(10, CardLayout.A4_SHEET) == 1
    assert page_count(11, CardLayout.A4_SHEET) == 2
    assert page_count(23, CardLayout.CARD) == 23


def test_no_cards_is_an_error_not_an_empty_page():
    with pytest.raises(ValueError, match="no grower cards"):
        render_cards([])


@pytest.mark.parametrize("layout", list(CardLayout))
def test_long_minority_names_appear_whole(tmp_path: Path, layout: CardLayout):
    cards = [make_card(0, LONG_NAME), make_card(1, LONGEST_NAME), make_card(2, "买" * 30)]
    text = pdf_text(tmp_path, render_cards(cards, layout))
    assert LONG_NAME in text  # short enough for one line, only smaller
    assert LONGEST_NAME in squashed(text)  # wrapped at a middle dot
    assert "买" * 30 in squashed(text)


def test_a_long_coop_name_appears_whole(tmp_path: Path):
    coop = "云南省普洱市思茅区倚象镇绿源生态茶叶种植农民专业合作社联合社"
    text = pdf_text(tmp_path, render_cards([make_card(0, coop=coop)], CardLayout.CARD))
    assert coop in squashed(text)


# -- fitting text -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["王", "张伟", LONG_NAME, LONGEST_NAME, "买" * 30, "A" * 30])
def test_fitted_names_never_overflow_their_box(name: str):
    font = cjk_font_name()
    width, height = 50 * mm, 12 * mm
    fitted = fit_text(name, font, width, height, 22, 13)
    assert "".join(fitted.lines) == name.replace("· ", "·")
    for line in fitted.lines:
        assert stringWidth(line, font, fitted.size) <= width + 0.01
    lines = len(fitted.lines)
    assert fitted.size * (1 + 1.18 * (lines - 1)) <= height + 0.01
    assert fitted.size <= 22


def test_short_names_stay_large_and_on_one_line():
    fitted = fit_text("张伟", cjk_font_name(), 50 * mm, 12 * mm, 22, 13)
    assert fitted.lines == ("张伟",)
    assert fitted.size == 22


def test_long_names_break_at_the_middle_dot():
    assert split_in_two(LONGEST_NAME) == ("买买提江·", "阿不都热合曼·吐尔逊")
    assert split_in_two("阿依古丽·买买提") == ("阿依古丽·", "买买提")
    assert split_in_two("买买买买买") == ("买买买", "买买")


# -- QR -----------------------------------------------------------------------------------


def test_dark_runs_merge_neighbouring_modules():
    assert list(dark_runs(bytes([1, 1, 0, 1, 0, 0, 1, 1, 1]))) == [(0, 2), (3, 1), (6, 3)]
    assert list(dark_runs(bytes([0, 0]))) == []


def test_qr_matrix_is_square_and_fixed_mask_is_deterministic():
    payload = encode_card("K7QD-00001", "0190e6a2-7b3c-7def-8123-000000000001")
    matrix = qr_matrix(payload)
    assert all(len(row) == matrix.modules for row in matrix.rows)
    assert qr_matrix(payload) == matrix
    assert qr_symbol_mm(payload) >= MIN_QR_SYMBOL / mm


@needs_zbar
def test_qr_on_a_card_decodes_to_its_payload(tmp_path: Path):
    card = make_card(4)
    data = render_cards([card], CardLayout.CARD)
    assert scanned(page_png(tmp_path, data, 1)) == [card.qr_payload]
    code = decode_card(card.qr_payload)
    assert code is not None and code.card_no == card.card_no


@needs_zbar
def test_every_qr_on_an_a4_sheet_decodes(tmp_path: Path):
    cards = [make_card(i) for i in range(12)]
    data = render_cards(cards, CardLayout.A4_SHEET)
    assert sorted(scanned(page_png(tmp_path, data, 1))) == sorted(c.qr_payload for c in cards[:10])
    assert sorted(scanned(page_png(tmp_path, data, 2))) == sorted(c.qr_payload for c in cards[10:])


def test_printed_qr_is_at_least_20_mm(tmp_path: Path):
    """Measured on the rendered page: the dark modules' extent at 300 dpi."""
    dpi = 300
    png = page_png(tmp_path, render_cards([make_card(0)], CardLayout.CARD), 1, dpi)
    with Image.open(png) as image:
        grey = image.convert("L")
        # Right of the text column and below the header: only the code is black there.
        region = grey.crop((round(grey.width * 0.62), round(grey.height * 0.25), *grey.size))
        box = region.point(lambda v: 255 if v < 60 else 0).getbbox()
    assert box is not None
    width_mm = (box[2] - box[0]) / dpi * 25.4
    height_mm = (box[3] - box[1]) / dpi * 25.4
    assert width_mm >= 20
    assert height_mm == pytest.approx(width_mm, abs=0.3)


# -- the service ----------------------------------------------------------------------------


@pytest.fixture
def growers(registry, village) -> list[str]:
    township, village_id = village
    return [
        registry.save(
            GrowerData(
                name=name,
                phone="13812345678" if i == 0 else "",
                township_id=township,
                village_id=village_id,
            )
        )
        for i, name in enumerate(["张伟", LONG_NAME, "李秀英"])
    ]


def test_service_prints_growers_by_id_in_the_order_given(tmp_path: Path, db, growers):
    service = CardService(db)
    cards = service.cards(list(reversed(growers)), "龙泉果蔬合作社", ISSUED)
    assert [c.grower_name for c in cards] == ["李秀英", LONG_NAME, "张伟"]
    assert all(c.township == "龙泉镇" and c.village == "石桥村" for c in cards)
    assert decode_card(cards[2].qr_payload).grower_id == growers[0]
    assert cards[2].phone_tail == "5678" and cards[0].phone_tail == ""

    text = pdf_text(tmp_path, service.pdf(growers, "龙泉果蔬合作社", CardLayout.CARD, ISSUED))
    assert "13812345678" not in text  # the tail only
    for name in ("张伟", LONG_NAME, "李秀英", "龙泉果蔬合作社", "石桥村"):
        assert name in text


def test_service_prints_the_grower_list_numbers(db, registry, growers):
    nums = registry.find(ListFilter())
    cards = CardService(db).cards(nums, "合作社", ISSUED)
    assert sorted(c.grower_name for c in cards) == sorted(["张伟", LONG_NAME, "李秀英"])
    assert [c.card_no for c in cards] == [r.card_no for r in registry.rows(nums)]


def test_service_skips_unknown_growers_and_refuses_none(db, growers):
    service = CardService(db)
    cards = service.cards([growers[0], "no-such-grower"], "合作社", ISSUED)
    assert [c.grower_name for c in cards] == ["张伟"]
    with pytest.raises(ValueError):
        service.pdf(["no-such-grower"], "合作社")
    with pytest.raises(TypeError):
        service.pdf([growers[0], 1], "合作社")


def test_growers_who_left_still_get_cards(db, registry, growers):
    # Status is not deletion: a grower who left can come back and needs a card.
    registry.set_status(growers[1], Status.LEFT)
    assert len(CardService(db).cards(growers, "合作社", ISSUED)) == 3


def test_service_writes_the_pdf(tmp_path: Path, db, growers):
    target = tmp_path / "out" / "cards.pdf"
    count = CardService(db).write(target, growers, "合作社", CardLayout.A4_SHEET, ISSUED)
    assert count == 3
    assert target.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(target).pages) == 1
    assert [p.name for p in target.parent.iterdir()] == ["cards.pdf"]  # no temp file left
