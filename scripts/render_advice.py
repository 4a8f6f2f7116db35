"""Sample advice sheets, as PDFs and PNGs for people to look at.

    python scripts/render_advice.py [OUT]      # default build/shots/advice

rice_blast_a4: three photos with marks, two products whose safe intervals differ;
aphids_a5: the A5 paper, two photos; long_a4: six products, long notes, a portrait
photo and a broken one, over two pages; no_spray_a5: a remote diagnosis with nothing
to spray; english_a4: the English labels. PNGs come from pdftoppm at 80 dpi.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fieldapp.documents.advice import (  # noqa: E402
    ENGLISH_ADVICE_LABELS,
    AdvicePaper,
    AdvicePhoto,
    AdviceSheet,
    render_advice,
)
from fieldapp.domain.photo_marks import MarkKind, PhotoMark  # noqa: E402
from fieldapp.domain.treatments import DoseUnit, TreatmentLine  # noqa: E402

COOP = "石桥村果蔬农民专业合作社"


def leaf_photo(seed: int, size: tuple[int, int] = (1600, 1200), lesions: int = 14) -> bytes:
    """A JPEG that looks enough like leaves with spindle-shaped lesions to judge the
    layout by: green blades on soil, brown spots with grey centres."""
    rng = random.Random(seed)
    w, h = size
    image = Image.new("RGB", size, (92, 74, 52))
    draw = ImageDraw.Draw(image)
    for _ in range(26):
        x = rng.randrange(-w // 4, w)
        draw.polygon(
            [(x, h), (x + rng.randrange(40, 120), h), (x + rng.randrange(-300, 300), 0)],
            fill=(rng.randrange(40, 90), rng.randrange(120, 170), rng.randrange(40, 70)),
        )
    for _ in range(lesions):
        cx, cy = rng.randrange(w // 8, w * 7 // 8), rng.randrange(h // 8, h * 7 // 8)
        rx, ry = rng.randrange(25, 60), rng.randrange(8, 18)
        draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=(120, 80, 40))
        draw.ellipse((cx - rx // 2, cy - ry // 2, cx + rx // 2, cy + ry // 2), fill=(170, 165, 150))
    out = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(2)).save(out, "JPEG", quality=80)
    return out.getvalue()


def rice_blast() -> AdviceSheet:
    photos = (
        AdvicePhoto(
            leaf_photo(1),
            "2026-07-14 09:32 · 25.04312, 102.71234",
            (
                PhotoMark(MarkKind.BOX, 3600, 3000, 6200, 5200, "叶瘟病斑"),
                PhotoMark(MarkKind.ARROW, 1200, 8200, 3400, 5600, "灰白色中心"),
            ),
        ),
        AdvicePhoto(
            leaf_photo(2),
            "2026-07-14 09:35 · 25.04318, 102.71240",
            (PhotoMark(MarkKind.ARROW, 8600, 1500, 6000, 4200, "褐色边缘"),),
        ),
        AdvicePhoto(
            leaf_photo(3, lesions=30),
            "2026-07-14 09:41 · 田块东北角",
            (PhotoMark(MarkKind.BOX, 500, 600, 9400, 9300, "成片发病"),),
        ),
    )
    lines = (
        TreatmentLine(
            "75% 三环唑可湿性粉剂",
            "三环唑",
            dose_milli=20_000,
            unit=DoseUnit.GRAM,
            water_l=30,
            timing="今明两天内喷第一次，7 天后再喷一次；傍晚或阴天喷",
            safety="戴口罩和手套；喷药后 6 小时内下雨要补喷",
            phi_days=21,
        ),
        TreatmentLine(
            "40% 稻瘟灵乳油",
            "稻瘟灵",
            dose_milli=100_000,
            unit=DoseUnit.MILLILITRE,
            water_l=30,
            timing="破口前 5 天喷一次",
            safety="不能与碱性农药混用；远离鱼塘",
            phi_days=28,
        ),
    )
    return AdviceSheet(
        coop_name=COOP,
        grower_name="李桂芳",
        card_no="SQ-000123",
        place="城关镇 · 李家村",
        plot="河边田 · 水稻 · 2.5 亩",
        visited_on="2026-07-14",
        technician="张明",
        technician_phone="13800000000",
        remote=False,
        crop_stage="分蘖末期",
        symptoms="叶片上有梭形病斑，中间灰白色，边缘褐色；田块东北角成片发生，部分叶片枯死。",
        diagnosis="稻瘟病（叶瘟）",
        diagnosis_latin="Magnaporthe oryzae",
        severity="中度 · 约 30% 的田块",
        photos=photos,
        lines=lines,
        plan_notes="两种药轮换使用，不要连续用同一种药。先喷发病重的东北角，再喷全田。",
        prevention="少施氮肥，多施钾肥；田间保持浅水，不要长期深灌；收割后烧掉或深埋病稻草。",
        follow_up_on="2026-07-21",
        reference="7K3QD9XA",
    )


def aphids() -> AdviceSheet:
    photos = (
        AdvicePhoto(
            leaf_photo(7, (1200, 1600), lesions=40),
            "2026-05-03 15:10",
            (PhotoMark(MarkKind.ARROW, 2000, 2000, 4500, 4200, "蚜虫群"),),
        ),
        AdvicePhoto(leaf_photo(8), "2026-05-03 15:12 · 叶背"),
    )
    line = TreatmentLine(
        "10% 吡虫啉可湿性粉剂",
        "吡虫啉",
        dose_milli=20_000,
        water_l=40,
        timing="上午 10 点前喷，叶子正反面都要喷到",
        safety="蜜蜂采花期不要喷",
        phi_days=7,
    )
    return AdviceSheet(
        coop_name=COOP,
        grower_name="王德顺",
        card_no="SQ-000341",
        place="龙泉镇 · 石桥村",
        plot="屋后地 · 白菜 · 1.2 亩",
        visited_on="2026-05-03",
        technician="张明",
        technician_phone="139 1234 5678",
        remote=False,
        crop_stage="莲座期",
        symptoms="叶背有大量绿色小虫，叶片卷缩发黄。",
        diagnosis="桃蚜",
        diagnosis_latin="Myzus persicae",
        severity="轻度 · 约 10% 的植株",
        photos=photos,
        lines=(line,),
        plan_notes="只喷有虫的几行和周边两行即可。",
        follow_up_on="2026-05-10",
        reference="B2M8KQ4T",
    )


def long_plan() -> AdviceSheet:
    base = rice_blast()
    products = [
        ("75% 三环唑可湿性粉剂", "三环唑", 20_000, DoseUnit.GRAM, 21),
        ("40% 稻瘟灵乳油", "稻瘟灵", 100_000, DoseUnit.MILLILITRE, 28),
        ("20% 氯虫苯甲酰胺悬浮剂", "氯虫苯甲酰胺", 10_000, DoseUnit.MILLILITRE, 7),
        ("25% 吡蚜酮可湿性粉剂", "吡蚜酮", 16_000, DoseUnit.GRAM, 14),
        ("24% 噻呋酰胺悬浮剂", "噻呋酰胺", 20_000, DoseUnit.MILLILITRE, 14),
        ("磷酸二氢钾", "", 150_000, DoseUnit.GRAM, 0),
    ]
    lines = tuple(
        TreatmentLine(
            name,
            ingredient,
            dose_milli=dose,
            unit=unit,
            water_l=45,
            timing="与前一种药间隔 5–7 天；早上露水干后或傍晚喷，避开中午高温",
            safety="戴口罩、手套，穿长袖；药瓶不要丢在田里，集中回收；不要在鱼塘、水渠边配药",
            phi_days=phi,
        )
        for name, ingredient, dose, unit, phi in products
    )
    notes = "\n".join(
        [
            "第一步：今明两天先喷三环唑，把病情压下去。发病最重的东北角要喷两遍。",
            "第二步：7 天后喷稻瘟灵，同时加氯虫苯甲酰胺防二化螟，两种药可以混在一桶里。",
            "第三步：再过 7 天看情况，如果稻飞虱多（每丛超过 10 头），加喷吡蚜酮。",
            "第四步：抽穗前 10 天喷噻呋酰胺防纹枯病。",
            "第五步：灌浆期叶面喷磷酸二氢钾，每亩 150 克，可以提高结实率。",
            "每次喷药都要记在用药记录本上：哪天、喷什么药、喷了多少桶。" * 3,
        ]
    )
    broken = AdvicePhoto(b"\xff\xd8\xff\xe0 not really a jpeg", "2026-07-14 09:50")
    portrait = AdvicePhoto(leaf_photo(4, (1200, 1600)), "2026-07-14 09:44 · 病株全貌")
    return replace(
        base,
        grower_name="买买提江·阿不都热合曼·吐尔逊",
        place="城关镇 · 李家村 · 三组（靠近水库大坝下面的那片田）",
        photos=(base.photos[0], portrait, broken),
        lines=lines,
        plan_notes=notes,
        prevention=base.prevention * 2,
        remote=True,
    )


def no_spray() -> AdviceSheet:
    return AdviceSheet(
        coop_name=COOP,
        grower_name="赵秀英",
        card_no="SQ-000777",
        place="龙泉镇 · 石桥村",
        plot="",
        visited_on="2026-06-02",
        technician="刘芳",
        technician_phone="13712345678",
        remote=True,
        crop_stage="结果期",
        symptoms="少数果实表面有褐色小斑点，叶片正常。",
        diagnosis="",
        diagnosis_latin="",
        severity="轻微",
        photos=(AdvicePhoto(leaf_photo(9, lesions=3), "社员微信发来 · 2026-06-01"),),
        plan_notes="先摘掉有斑点的果实带出园外，观察一周；如果斑点变多，马上打电话。",
        follow_up_on="2026-06-09",
        reference="Q9W2E4R6",
    )


def english() -> AdviceSheet:
    base = rice_blast()
    lines = tuple(
        TreatmentLine(
            product,
            ingredient,
            dose_milli=dose,
            unit=unit,
            water_l=30,
            timing=timing,
            safety=safety,
            phi_days=phi,
        )
        for product, ingredient, dose, unit, timing, safety, phi in (
            (
                "Tricyclazole 75% WP",
                "tricyclazole",
                20_000,
                DoseUnit.GRAM,
                "Within two days, again after 7 days; evening or overcast",
                "Wear a mask and gloves; spray again if it rains within 6 hours",
                21,
            ),
            (
                "Isoprothiolane 40% EC",
                "isoprothiolane",
                100_000,
                DoseUnit.MILLILITRE,
                "Once, 5 days before heading",
                "Do not mix with alkaline products; keep away from fish ponds",
                28,
            ),
        )
    )
    marks = (("Lesion", "Grey centre"), ("Brown edge",), ("Whole patch",))
    return replace(
        base,
        coop_name="Shiqiao Fruit and Vegetable Cooperative",
        grower_name="Li Guifang",
        place="Chengguan · Lijia village",
        plot="River field · rice · 2.5 mu",
        technician="Zhang Ming",
        crop_stage="Late tillering",
        symptoms="Spindle-shaped spots with grey centres and brown edges on the leaves; "
        "whole patches in the north-east corner, some leaves dead.",
        diagnosis="Rice blast (leaf blast)",
        severity="Moderate · about 30% of the field",
        photos=tuple(relabel(p, t) for p, t in zip(base.photos, marks, strict=True)),
        lines=lines,
        plan_notes="Alternate the two products; never use one twice in a row.",
        prevention="Less nitrogen, more potash; keep the water shallow; burn or bury the "
        "diseased straw after harvest.",
    )


def relabel(photo: AdvicePhoto, labels: tuple[str, ...]) -> AdvicePhoto:
    """The photo with its marks' labels (and a Chinese caption) in English."""
    marks = tuple(replace(m, label=t) for m, t in zip(photo.marks, labels, strict=True))
    caption = photo.caption.replace("田块东北角", "north-east corner")
    return replace(photo, marks=marks, caption=caption)


def to_png(pdf: Path) -> list[Path]:
    prefix = pdf.with_suffix("")
    for old in pdf.parent.glob(prefix.name + "-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(prefix)], check=True)
    return sorted(pdf.parent.glob(prefix.name + "-*.png"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "build/shots/advice")
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing (Debian's poppler-utils): writing PDFs only", file=sys.stderr)
    documents = {
        "rice_blast_a4": render_advice(rice_blast()),
        "aphids_a5": render_advice(aphids(), AdvicePaper.A5),
        "long_a4": render_advice(long_plan()),
        "no_spray_a5": render_advice(no_spray(), AdvicePaper.A5),
        "english_a4": render_advice(english(), labels=ENGLISH_ADVICE_LABELS),
    }
    for name, data in documents.items():
        pdf = out / f"{name}.pdf"
        pdf.write_bytes(data)
        pngs = to_png(pdf) if shutil.which("pdftoppm") else []
        print(f"wrote {pdf} ({len(pngs)} page{'s' if len(pngs) != 1 else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
