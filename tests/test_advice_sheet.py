"""The grower's advice sheet PDF: rendered for real and read back as text, the way a
grower (or a screen reader, or a search) would get at it."""

from __future__ import annotations

import functools
import io
from dataclasses import replace

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from fieldapp.documents import advice
from fieldapp.documents.advice import (
    ENGLISH_ADVICE_LABELS,
    MAX_PHOTOS,
    AdviceLabels,
    AdvicePaper,
    AdvicePhoto,
    AdviceSheet,
    render_advice,
    spaced_phone,
)
from fieldapp.domain.photo_marks import MarkKind, PhotoMark
from fieldapp.domain.treatments import DoseUnit, TreatmentLine

LABELS = AdviceLabels()
A4_POINTS = (595.3, 841.9)
A5_POINTS = (419.5, 595.3)

TRICYCLAZOLE = TreatmentLine(
    "75% 三环唑可湿性粉剂",
    "三环唑",
    dose_milli=20_000,
    unit=DoseUnit.GRAM,
    water_l=30,
    timing="今明两天内喷第一次",
    safety="戴口罩和手套",
    phi_days=21,
)
ISOPROTHIOLANE = TreatmentLine(
    "40% 稻瘟灵乳油",
    "稻瘟灵",
    dose_milli=100_000,
    unit=DoseUnit.MILLILITRE,
    water_l=30,
    timing="破口前 5 天",
    phi_days=28,
)


@functools.cache
def jpeg(width: int = 1600, height: int = 1200, shade: int = 0) -> bytes:
    image = Image.new("RGB", (width, height), (70 + shade, 140, 60))
    draw = ImageDraw.Draw(image)
    draw.ellipse((width // 3, height // 3, width // 2, height // 2), fill=(120, 80, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def png_with_alpha() -> bytes:
    image = Image.new("RGBA", (400, 300), (200, 40, 40, 120))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def photo(n: int, marks: bool = True) -> AdvicePhoto:
    drawn = (
        PhotoMark(MarkKind.BOX, 3000, 3000, 6000, 5000, f"病斑{n}"),
        PhotoMark(MarkKind.ARROW, 1000, 8000, 3000, 6000, f"箭头{n}"),
    )
    return AdvicePhoto(jpeg(shade=n * 10), f"照片说明{n}", drawn if marks else ())


def sheet(**changes: object) -> AdviceSheet:
    base = AdviceSheet(
        coop_name="石桥村果蔬农民专业合作社",
        grower_name="李桂芳",
        card_no="SQ-000123",
        place="城关镇 · 李家村",
        plot="河边田 · 水稻 · 2.5 亩",
        visited_on="2026-07-14",
        technician="张明",
        technician_phone="13800000000",
        remote=False,
        crop_stage="分蘖末期",
        symptoms="叶片上有梭形病斑，中间灰白色，边缘褐色。",
        diagnosis="稻瘟病",
        diagnosis_latin="Magnaporthe oryzae",
        severity="中度 · 约 30% 的田块",
        photos=(photo(1),),
        lines=(TRICYCLAZOLE,),
        plan_notes="先喷发病重的东北角，再喷全田。",
        prevention="少施氮肥，多施钾肥。",
        follow_up_on="2026-07-21",
        reference="7K3QD9XA",
    )
    return replace(base, **changes)


def pages_text(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def text(data: bytes) -> str:
    return "\n".join(pages_text(data))


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(data)
    try:
        return [page.get_size() for page in document]
    finally:
        document.close()


def images_per_page(data: bytes) -> list[int]:
    return [len(page.images) for page in PdfReader(io.BytesIO(data)).pages]


# -- what is printed ------------------------------------------------------------------------


def test_the_chinese_sheet_can_be_read_back():
    printed = text(render_advice(sheet()))
    for expected in (
        "石桥村果蔬农民专业合作社",
        LABELS.title,
        "李桂芳",
        "SQ-000123",
        "城关镇 · 李家村",
        "河边田 · 水稻 · 2.5 亩",
        "2026-07-14",
        "分蘖末期",
        "梭形病斑",
        "中度 · 约 30% 的田块",
        "稻瘟病",
        "Magnaporthe oryzae",
        "75% 三环唑可湿性粉剂（三环唑）",
        "20 克",
        "30 升",
        "今明两天内喷第一次",
        "戴口罩和手套",
        "安全间隔期 21 天",
        "最后一次施药后 21 天内不得采收",
        "先喷发病重的东北角",
        "少施氮肥",
        "复查日期：2026-07-21",
        "有问题请打电话：张明 138 0000 0000",
        "编号 7K3QD9XA",
    ):
        assert expected in printed, expected
    assert "第 1/1 页" not in printed  # a page number only when there are several


def test_the_font_is_embedded_and_nothing_else_is_used():
    data = render_advice(sheet())
    assert b"/FontFile2" in data  # the CJK TrueType outlines travel with the file
    assert b"Helvetica" not in data


def test_the_title_is_in_the_metadata():
    meta = PdfReader(io.BytesIO(render_advice(sheet()))).metadata
    assert meta.title == "病虫害防治建议书 李桂芳 2026-07-14"
    assert meta.author == "石桥村果蔬农民专业合作社"


def test_the_same_sheet_gives_the_same_bytes():
    assert render_advice(sheet()) == render_advice(sheet())


@pytest.mark.parametrize(
    ("paper", "size"), [(AdvicePaper.A4, A4_POINTS), (AdvicePaper.A5, A5_POINTS), ("a5", A5_POINTS)]
)
def test_a4_and_a5_portrait(paper, size):
    data = render_advice(sheet(photos=(photo(1), photo(2), photo(3))), paper)
    for width, height in page_sizes(data):
        assert (round(width, 1), round(height, 1)) == size


def test_a_usual_sheet_fits_one_page_on_either_paper():
    usual = sheet(photos=(photo(1), photo(2), photo(3)), lines=(TRICYCLAZOLE, ISOPROTHIOLANE))
    assert len(page_sizes(render_advice(usual))) == 1
    assert len(page_sizes(render_advice(sheet(), AdvicePaper.A5))) == 1


def test_remote_diagnosis_is_said():
    assert LABELS.remote in text(render_advice(sheet(remote=True)))
    assert LABELS.remote not in text(render_advice(sheet(remote=False)))


def test_no_diagnosis_yet_is_said():
    printed = text(render_advice(sheet(diagnosis="", diagnosis_latin="Ignored")))
    assert LABELS.not_diagnosed in printed
    assert "Ignored" not in printed


def test_an_empty_plot_and_follow_up_leave_no_label():
    printed = text(render_advice(sheet(plot="", follow_up_on="", prevention="", severity="中度")))
    assert LABELS.plot not in printed
    assert "复查日期" not in printed
    assert LABELS.prevention not in printed


@pytest.mark.parametrize(
    ("phone", "spaced"),
    [
        ("13800000000", "138 0000 0000"),
        ("+86 138-0000-0000", "138 0000 0000"),
        ("139 1234 5678", "139 1234 5678"),
        ("0871-65123456", "0871-65123456"),  # a landline: as it was typed
        ("", ""),
    ],
)
def test_mobile_numbers_are_printed_in_groups(phone, spaced):
    assert spaced_phone(phone) == spaced


def test_without_a_phone_the_technician_is_still_named():
    printed = text(render_advice(sheet(technician_phone="")))
    assert "有问题请找：张明" in printed


# -- what to spray ----------------------------------------------------------------------------


def test_the_amount_per_tank_is_computed_from_the_dose_and_the_water():
    # 20 g in 30 l per mu: a 15 l tank takes half of it.
    printed = text(render_advice(sheet(lines=(TRICYCLAZOLE,))))
    assert "每桶（15 升水）加 10 克" in printed
    ml = replace(ISOPROTHIOLANE, dose_milli=1_500, water_l=45)  # 1.5 ml per mu
    printed = text(render_advice(sheet(lines=(ml,), tank_l=30)))
    assert "1.5 毫升" in printed
    assert "每桶（30 升水）加 1 毫升" in printed


def test_without_water_there_is_no_amount_per_tank():
    printed = text(render_advice(sheet(lines=(replace(TRICYCLAZOLE, water_l=0),))))
    assert "每桶" not in printed
    assert "20 克" in printed


def test_the_longest_safe_interval_applies_and_the_sheet_says_why():
    printed = text(render_advice(sheet(lines=(TRICYCLAZOLE, ISOPROTHIOLANE))))
    assert "安全间隔期 28 天" in printed
    assert "最后一次施药后 28 天内不得采收" in printed
    assert LABELS.phi_longest.format(days=28) in printed
    assert "最后一次施药后 21 天" not in printed
    # Each product's own interval is in its table.
    assert "21 天" in printed


def test_one_interval_needs_no_explanation():
    same = (TRICYCLAZOLE, replace(ISOPROTHIOLANE, phi_days=21))
    printed = text(render_advice(sheet(lines=same)))
    assert "安全间隔期 21 天" in printed
    assert "按最长的" not in printed


def test_no_interval_entered_never_prints_zero_days():
    printed = text(render_advice(sheet(lines=(replace(TRICYCLAZOLE, phi_days=0),))))
    assert LABELS.phi_unknown in printed
    assert "0 天" not in printed


def test_nothing_to_spray_is_said_plainly():
    printed = text(render_advice(sheet(lines=())))
    assert LABELS.no_spray in printed
    assert "安全间隔期" not in printed
    assert "每桶" not in printed


# -- photos --------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 3, 5])
def test_at_most_three_photos_are_printed_with_their_marks(count):
    data = render_advice(sheet(photos=tuple(photo(n) for n in range(1, count + 1))))
    printed = text(data)
    shown = min(count, MAX_PHOTOS)
    assert sum(images_per_page(data)) == shown
    for n in range(1, count + 1):
        for word in (f"照片说明{n}", f"病斑{n}", f"箭头{n}"):
            assert (word in printed) == (n <= shown), word
    assert LABELS.seen in printed  # the symptoms are there, with photos or without


@pytest.mark.parametrize("paper", list(AdvicePaper))
def test_photos_of_any_shape_and_marks_at_the_edges(paper):
    odd = (
        AdvicePhoto(
            jpeg(1200, 1600), "竖拍", (PhotoMark(MarkKind.BOX, 0, 0, 10_000, 10_000, "全"),)
        ),
        AdvicePhoto(jpeg(1600, 400), "很宽", (PhotoMark(MarkKind.ARROW, 9_000, 500, 9_000, 500),)),
        AdvicePhoto(
            png_with_alpha(), "PNG", (PhotoMark(MarkKind.ARROW, -50, 20_000, 5_000, 5_000, "外"),)
        ),
    )
    printed = text(render_advice(sheet(photos=odd), paper))
    for word in ("竖拍", "很宽", "PNG", "全", "外"):
        assert word in printed


@pytest.mark.parametrize(
    "broken",
    [b"", b"not an image at all", jpeg()[:3000], b"\x89PNG\r\n\x1a\n" + b"\x00" * 40],
    ids=["empty", "text", "truncated-jpeg", "png-header-only"],
)
def test_broken_image_bytes_print_an_empty_frame(broken):
    photos = (
        AdvicePhoto(broken, "坏照片", (PhotoMark(MarkKind.BOX, 1, 1, 9, 9, "不画"),)),
        photo(2),
    )
    data = render_advice(sheet(photos=photos))
    printed = text(data)
    assert LABELS.photo_missing in printed
    assert "坏照片" in printed  # its caption still says which one it was
    assert "不画" not in printed  # marks on a picture that is not there mean nothing
    assert "病斑2" in printed
    assert sum(images_per_page(data)) == 1


# -- long sheets -------------------------------------------------------------------------------


def long_sheet(paper_lines: int = 6) -> AdviceSheet:
    lines = tuple(
        replace(
            TRICYCLAZOLE,
            product=f"第{n}种药 {n * 5}% 悬浮剂",
            timing="与前一种药间隔 5–7 天；早上露水干后或傍晚喷，避开中午高温",
            safety="戴口罩、手套，穿长袖；药瓶不要丢在田里，集中回收；不要在鱼塘边配药",
            phi_days=7 * n,
        )
        for n in range(1, paper_lines + 1)
    )
    notes = "\n".join(
        f"第{n}步：" + "每次喷药都要记在用药记录本上，写清楚哪天喷了什么药。" * 4
        for n in range(1, 7)
    )
    return sheet(
        photos=(photo(1), photo(2), photo(3)),
        lines=lines,
        plan_notes=notes,
        prevention="少施氮肥，多施钾肥；田间保持浅水。" * 8,
        symptoms="叶片上有梭形病斑，中间灰白色，边缘褐色；田块东北角成片发生。" * 3,
    )


def test_a_long_plan_continues_on_numbered_pages():
    data = render_advice(long_sheet())
    pages = pages_text(data)
    assert len(pages) == 2
    assert "第 1/2 页" in pages[0] and "第 2/2 页" in pages[1]
    assert LABELS.continued in pages[1]  # the running head says whose sheet it is
    printed = "\n".join(pages)
    for n in range(1, 7):
        assert f"第{n}种药 {n * 5}% 悬浮剂" in printed
        assert f"第{n}步" in printed
    assert "安全间隔期 42 天" in printed
    assert "有问题请打电话：张明 138 0000 0000" in pages[-1]


def test_the_safe_interval_stands_on_the_page_of_the_last_product():
    for paper in AdvicePaper:
        pages = pages_text(render_advice(long_sheet(), paper))
        with_box = [i for i, page in enumerate(pages) if "安全间隔期 42 天" in page]
        with_last = [i for i, page in enumerate(pages) if "第6种药" in page]
        assert with_box == with_last


def test_the_phone_never_stands_alone_on_a_page():
    for lines in range(7):
        for paper in AdvicePaper:
            pages = pages_text(render_advice(long_sheet(lines), paper))
            last = pages[-1].replace("\r", "")
            rest = [
                row
                for row in last.split("\n")
                if row.strip() and "有问题请打电话" not in row and "编号" not in row
            ]
            # More than the running head: some of the sheet came along with the phone.
            assert len(rest) > 1, (lines, paper, last)


@pytest.mark.parametrize("paper", list(AdvicePaper))
def test_no_text_leaves_the_page(paper):
    crowded = replace(
        long_sheet(),
        coop_name="云南省普洱市思茅区倚象镇绿源生态茶叶种植农民专业合作社联合社",
        grower_name="买买提江·阿不都热合曼·吐尔逊",
        place="城关镇 · 李家村 · 三组（靠近水库大坝下面的那片田，过了小桥往左）",
        diagnosis="稻瘟病（叶瘟、节瘟、穗颈瘟同时发生，穗颈瘟为主）",
        diagnosis_latin="Magnaporthe oryzae (anamorph Pyricularia oryzae Cavara 1892)",
        technician="欧阳晓明技术员",
        technician_phone="0871-65123456 转 8021",
    )
    document = pdfium.PdfDocument(render_advice(crowded, paper))
    for page in document:
        width, height = page.get_size()
        textpage = page.get_textpage()
        for i in range(textpage.count_chars()):
            left, bottom, right, top = textpage.get_charbox(i)
            if right - left <= 0:
                continue  # spaces and line ends have no box
            assert left >= -0.5 and right <= width + 0.5, textpage.get_text_range(i, 1)
            assert bottom >= -0.5 and top <= height + 0.5, textpage.get_text_range(i, 1)
    document.close()


# -- English -------------------------------------------------------------------------------------


def test_english_labels():
    english = sheet(
        coop_name="Shiqiao Cooperative",
        grower_name="Li Guifang",
        place="Chengguan",
        plot="River field",
        technician="Zhang Ming",
        crop_stage="Tillering",
        symptoms="Spindle-shaped spots",
        diagnosis="Rice blast",
        severity="Moderate",
        photos=(
            AdvicePhoto(jpeg(), "14 July", (PhotoMark(MarkKind.BOX, 1, 1, 900, 900, "Spot"),)),
        ),
        lines=(
            replace(
                TRICYCLAZOLE, product="Tricyclazole 75% WP", ingredient="", timing="", safety=""
            ),
            replace(ISOPROTHIOLANE, product="Isoprothiolane 40% EC", ingredient="", timing=""),
        ),
        plan_notes="Alternate the two products.",
        prevention="Less nitrogen.",
    )
    printed = text(render_advice(english, AdvicePaper.A5, ENGLISH_ADVICE_LABELS))
    for expected in (
        "Crop protection advice",
        "What we saw",
        "Diagnosis",
        "Rice blast",
        "What to spray",
        "Tricyclazole 75% WP",
        "20 g",
        "100 ml",
        "30 L",
        "Per tank (15 L of water) add 10 g",
        "Safe interval: 28 days",
        "Do not harvest within 28 days of the last spray",
        "Follow-up visit: 2026-07-21",
        "Questions? Call Zhang Ming 138 0000 0000",
        "Ref. 7K3QD9XA",
    ):
        assert expected in printed, expected
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in printed)  # not one Chinese word left
    assert PdfReader(
        io.BytesIO(render_advice(english, labels=ENGLISH_ADVICE_LABELS))
    ).metadata.title == ("Crop protection advice Li Guifang 2026-07-14")


def test_english_says_one_day_not_one_days():
    one_day = replace(TRICYCLAZOLE, product="Chlorantraniliprole 5% SC", phi_days=1)
    printed = text(render_advice(sheet(lines=(one_day,)), labels=ENGLISH_ADVICE_LABELS))
    assert "Safe interval: 1 day\r\n" in printed
    assert "Do not harvest within 1 day of the last spray" in printed
    assert "1 days" not in printed
    assert "1 天" in text(render_advice(sheet(lines=(one_day,))))


@pytest.mark.parametrize("paper", list(AdvicePaper))
def test_no_line_starts_with_a_comma_or_a_full_stop(paper):
    for row in text(render_advice(long_sheet(), paper)).splitlines():
        assert row.strip()[:1] not in "，。；：、）", row


def test_a_long_name_breaks_at_its_middle_dot():
    name = "买买提江·阿不都热合曼·吐尔逊·艾合买提"  # too long for one line on A5
    rows = text(render_advice(sheet(grower_name=name), AdvicePaper.A5)).splitlines()
    first = next(row for row in rows if "买买提江" in row)
    second = next(row for row in rows if "艾合买提" in row)
    assert first != second
    assert first.split(LABELS.card)[0].rstrip().endswith("·")  # a whole part on each line
    assert second.strip().startswith(("阿不都热合曼", "吐尔逊"))


def test_photos_print_smaller_rather_than_add_a_page(monkeypatch):
    three = (photo(1), photo(2), photo(3))
    usual = (TRICYCLAZOLE, ISOPROTHIOLANE)

    def pages(notes: int) -> int:
        more = sheet(photos=three, lines=usual, plan_notes="\n".join(["先喷东北角。"] * notes))
        return len(page_sizes(render_advice(more)))

    with_shrink = [pages(n) for n in range(0, 16, 2)]
    monkeypatch.setattr(advice, "PHOTO_SHRINK", ())
    without = [pages(n) for n in range(0, 16, 2)]
    assert all(a <= b for a, b in zip(with_shrink, without, strict=True))
    assert with_shrink != without  # some notes fit on page 1 only beside smaller photos
