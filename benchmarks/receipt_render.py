"""receipt.render: one 80 mm thermal receipt with 3 lots, rendered to PDF bytes.

value: the median of ~200 renders after warm-up, the way the station prints: the
CJK font registered once per process, the QR matrix computed once when the
receipt was saved (segno, fixed mask) and passed in, the code drawn as one path
of rectangles, rl-accel installed. (Encoding the matrix at print time adds
~13-16 ms of segno; `python benchmarks/receipt_render.py` prints that figure too,
on stderr.)

baseline: the naive way on the same receipt, 20 renders: the TrueType font loaded
and registered under a fresh name for every receipt, and ReportLab's own QR
widget (reportlab.graphics.barcode.qr) drawn from the payload, everything else
the same drawing code.

    python benchmarks/receipt_render.py      # prints one JSON line
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fieldapp.domain import signing  # noqa: E402
from fieldapp.domain.pricing import Band, LotInput, PriceRule, price_lot  # noqa: E402
from fieldapp.domain.receipts import Receipt, SignedReceipt, canonical  # noqa: E402

FIGURES = ["receipt.render"]
RUNS = 200
BASELINE_RUNS = 20
WARM_UP = 10

CORN = PriceRule(
    "crop-corn",
    "玉米",
    "一等",
    235,
    moisture=(Band(140, 180, 150), Band(180, None, 200)),
    impurity=(Band(10, None, 100),),
)
CORN_2 = PriceRule("crop-corn", "玉米", "二等", 212, moisture=CORN.moisture)
POTATO = PriceRule("crop-potato", "马铃薯", "特级", 168, impurity=(Band(20, None, 100),))

PRIVATE_KEY = bytes(range(32))  # a fixed key: the same bytes every run


def sample_lots(count: int = 3) -> tuple:
    """`count` realistic lots: corn with moisture and a basket tare, potatoes weighed by
    hand when the scale failed, second-grade corn."""
    inputs = [
        (CORN, LotInput(1_250_500, "containers", 1_500, 3, "塑料筐", moisture_permille=165)),
        (
            POTATO,
            LotInput(486_350, "weighed", 12_400, impurity_permille=35, manual_reason="秤故障"),
        ),
        (CORN_2, LotInput(2_318_000, "weighed", 18_000, moisture_permille=201)),
    ]
    return tuple(price_lot(*inputs[i % len(inputs)]) for i in range(count))


def sample_receipt(lot_count: int = 3, **changes: object) -> SignedReceipt:
    """A signed receipt with `lot_count` sample lots; `changes` replace any field."""
    public = signing.public_key(PRIVATE_KEY)
    values: dict = {
        "number": "LQ-K7QD-000123",
        "issued_at": "2026-05-01T06:32:05Z",
        "coop_name": "龙泉果蔬种植专业合作社",
        "grower_id": "0190e6a2-7b3c-7def-8123-000000000001",
        "grower_name": "阿依古丽·买买提",
        "card_no": "K7QD-00017",
        "clerk": "王小明",
        "lots": sample_lots(lot_count),
        "key_id": signing.key_id(public),
        "prev_hash": "9f2c" * 16,
    }
    values.update(changes)
    receipt = Receipt(**values)
    return SignedReceipt(receipt, signing.sign(PRIVATE_KEY, canonical(receipt)))


def _median_ms(fn: Callable[[], object], runs: int, warm_up: int) -> float:
    for _ in range(warm_up):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _naive_render(signed: SignedReceipt, layout: object, matrix: object, serial: int) -> bytes:
    """The same drawing code with a fresh font registration and ReportLab's QR widget.
    `matrix` only sizes the code's square; the widget encodes the payload itself."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from fieldapp.documents import receipts
    from fieldapp.documents.fonts import cjk_font

    name = f"NaiveCJK{serial}"
    pdfmetrics.registerFont(TTFont(name, str(cjk_font().path), subfontIndex=0))

    def widget_qr(canvas, matrix, x, y, side, **_kw) -> float:
        widget = QrCodeWidget(signed.qr_payload(), barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, x, y)
        return side

    original_font, original_qr = receipts.cjk_font_name, receipts.draw_qr
    receipts.cjk_font_name, receipts.draw_qr = (lambda: name), widget_qr
    try:
        return receipts.render_receipt(signed, layout, qr=matrix)
    finally:
        receipts.cjk_font_name, receipts.draw_qr = original_font, original_qr


def run() -> list[dict]:
    from fieldapp.documents.qr import qr_matrix
    from fieldapp.documents.receipts import ReceiptLayout, render_receipt

    signed = sample_receipt(3)
    layout = ReceiptLayout.THERMAL_80
    matrix = qr_matrix(signed.qr_payload())
    value = _median_ms(lambda: render_receipt(signed, layout, qr=matrix), RUNS, WARM_UP)
    with_encoding = _median_ms(lambda: render_receipt(signed, layout), RUNS // 4, 3)
    serials = iter(range(10**6))
    baseline = _median_ms(
        lambda: _naive_render(signed, layout, matrix, next(serials)), BASELINE_RUNS, 2
    )
    print(
        f"receipt.render with the QR matrix encoded per render: {with_encoding:.1f} ms",
        file=sys.stderr,
    )
    return [
        {
            "name": "receipt.render",
            "value": round(value, 2),
            "unit": "ms",
            "baseline": round(baseline, 2),
            "ratio": round(value / baseline, 3),
        }
    ]


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure))
