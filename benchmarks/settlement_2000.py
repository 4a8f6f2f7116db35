"""settlement.2000: the end-of-day settlement of 2,000 purchases, computed and rendered.

value: settle() over 2,000 receipts (1-3 lots each, 4 clerks, cash / transfer /
unpaid, ~2% voided) plus render_settlement() to A4 PDF bytes with the appendix
of every receipt (~50 pages); the median of 5 runs after one warm-up.

baseline: the same settle() and the same tables rendered the usual ReportLab way:
Platypus (SimpleDocTemplate, one Table per section with repeatRows=1 for the
repeated column heads, a TableStyle for fonts, alignment and rules, Paragraph
cells for wrapped void reasons) and the common two-pass "NumberedCanvas" recipe
for 'n / m' page numbers; the median of 3 runs. Both use the same registered CJK
font and page compression.

    python benchmarks/settlement_2000.py      # prints one JSON line
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fieldapp.domain.pricing import Band, LotInput, PriceRule, price_lot  # noqa: E402
from fieldapp.domain.receipts import Receipt  # noqa: E402
from fieldapp.domain.settlement import Payment, SettlementEntry, settle  # noqa: E402

FIGURES = ["settlement.2000"]
PURCHASES = 2_000
DAY = dt.date(2026, 5, 1)
COOP = "龙泉果蔬种植专业合作社"

RULES = (
    PriceRule("corn", "玉米", "一等", 235, moisture=(Band(140, 180, 150), Band(180, None, 200))),
    PriceRule("corn", "玉米", "二等", 212, moisture=(Band(140, None, 150),)),
    PriceRule("potato", "马铃薯", "特级", 168, impurity=(Band(20, None, 100),)),
    PriceRule("potato", "马铃薯", "一级", 140),
    PriceRule("walnut", "核桃", "一等", 1650, moisture=(Band(80, None, 200),)),
)
CLERKS = ("王小明", "李会计", "张建国", "阿依古丽·买买提")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅"
REASONS = ("称重时筐数记错，重新过磅", "社员要求按二等重新定级", "单价录入错误", "重复开单")


def day_entries(count: int = PURCHASES, seed: int = 7) -> list[SettlementEntry]:
    """A busy day's receipts as the ledger would hand them to settle()."""
    rnd = random.Random(seed)
    entries = []
    start = dt.datetime(2026, 4, 30, 23, 30, tzinfo=dt.UTC)  # 07:30 in China
    for n in range(count):
        lots = []
        for _ in range(rnd.choice((1, 1, 2, 3))):
            rule = rnd.choice(RULES)
            gross = rnd.randrange(20_000, 2_500_000, 5)
            lots.append(
                price_lot(
                    rule,
                    LotInput(
                        gross,
                        "weighed",
                        rnd.randrange(0, gross // 20, 5),
                        moisture_permille=rnd.randrange(120, 220),
                        impurity_permille=rnd.randrange(0, 50),
                        manual_reason="秤故障" if rnd.random() < 0.01 else "",
                    ),
                )
            )
        issued = start + dt.timedelta(seconds=n * 18 + rnd.randrange(18))
        voided = rnd.random() < 0.02
        receipt = Receipt(
            number=f"LQ-K7QD-{n + 1:06d}",
            issued_at=f"{issued:%Y-%m-%dT%H:%M:%SZ}",
            coop_name=COOP,
            grower_id=f"grower-{n % 700}",
            grower_name=rnd.choice(SURNAMES) + "".join(rnd.sample(GIVEN, rnd.choice((1, 2)))),
            card_no=f"K7QD-{n % 700 + 1:05d}",
            clerk=CLERKS[n % len(CLERKS)],
            lots=tuple(lots),
            key_id="56475aa7",
            replaces=f"LQ-K7QD-{n:06d}" if n and entries[-1].voided else "",
        )
        payment = rnd.choice((Payment.CASH, Payment.CASH, Payment.TRANSFER, Payment.UNPAID))
        reference = f"TR{rnd.randrange(10**10):010d}" if payment == Payment.TRANSFER else ""
        entries.append(
            SettlementEntry(
                receipt=receipt,
                payment=Payment.UNPAID if voided else payment,
                payment_ref=reference,
                voided=voided,
                void_reason=rnd.choice(REASONS) if voided else "",
                voided_by="李会计" if voided else "",
            )
        )
    return entries


def _median_ms(fn: Callable[[], object], runs: int, warm_up: int = 1) -> float:
    for _ in range(warm_up):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _platypus(settlement, tz: dt.tzinfo) -> bytes:
    """The same content the usual way: Platypus tables and a two-pass numbered canvas."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from fieldapp.documents.fonts import cjk_font_name
    from fieldapp.documents.settlement import SettlementLabels, _tables

    font = cjk_font_name()
    labels = SettlementLabels()
    title = ParagraphStyle("title", fontName=font, fontSize=17, leading=22, alignment=1)
    section = ParagraphStyle("section", fontName=font, fontSize=11.5, leading=15)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=11, wordWrap="CJK")

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.drawCentredString(A4[0] / 2, 8 * mm, f"{self._pageNumber} / {total}")
                super().showPage()
            super().save()

    story = [
        Paragraph(settlement.coop_name, title),
        Paragraph(f"{labels.title} {settlement.day.isoformat()}", title),
    ]
    width = A4[0] - 30 * mm
    summary, details = _tables(settlement, labels, tz)
    for table in [*summary, details]:
        story.append(Paragraph(table.title, section))
        data = [[c.title for c in table.columns]]
        for row in table.rows:
            cells = zip(table.columns, row, strict=True)
            data.append([Paragraph(v, cell) if c.wrap else v for c, v in cells])
        if table.total:
            data.append(list(table.total))
        flow = Table(data, colWidths=[width * c.share for c in table.columns], repeatRows=1)
        style = [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EDEDED")),
        ]
        for i, c in enumerate(table.columns):
            if c.align == "right":
                style.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
        flow.setStyle(TableStyle(style))
        story += [flow, Spacer(1, 4 * mm)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        pageCompression=1,
    )
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def run() -> list[dict]:
    from fieldapp.documents.settlement import render_settlement

    tz = dt.timezone(dt.timedelta(hours=8))
    entries = day_entries()

    def ours() -> bytes:
        return render_settlement(settle(DAY, COOP, entries), tz=tz)

    def naive() -> bytes:
        return _platypus(settle(DAY, COOP, entries), tz)

    value = _median_ms(ours, 5)
    baseline = _median_ms(naive, 3)
    return [
        {
            "name": "settlement.2000",
            "value": round(value, 1),
            "unit": "ms",
            "baseline": round(baseline, 1),
            "ratio": round(value / baseline, 3),
        }
    ]


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure))
