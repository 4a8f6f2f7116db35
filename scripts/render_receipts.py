"""Sample receipts and a settlement, as PDFs and PNGs for people to look at.

    python scripts/render_receipts.py [OUT]      # default build/shots/receipts

Every layout plain, as a reprint (副本) and voided (作废), and the awkward cases:
12 lots, a 0.05 yuan lot, a 100,000,001 yuan total, a 30-character coop name with
a long minority grower name, a corrected receipt, English labels; then an
end-of-day settlement. PNGs come from pdftoppm at 150 dpi (one per page).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from receipt_render import sample_receipt  # noqa: E402
from settlement_2000 import COOP, DAY, day_entries  # noqa: E402

from fieldapp.documents.receipts import (  # noqa: E402
    ENGLISH_LABELS,
    ReceiptLayout,
    VoidInfo,
    render_receipt,
)
from fieldapp.documents.settlement import render_settlement  # noqa: E402
from fieldapp.domain.pricing import LotInput, PriceRule, price_lot  # noqa: E402
from fieldapp.domain.settlement import Payment, SettlementEntry, settle  # noqa: E402

CHINA = dt.timezone(dt.timedelta(hours=8), "CST")
VOID = VoidInfo("称重时筐数记错，重新过磅", "2026-05-01T07:02:00Z", "李会计", "LQ-K7QD-000124")
LONG_COOP = "云南省普洱市思茅区倚象镇绿源生态茶叶种植农民专业合作社联合社"  # 30 characters
LONG_GROWER = "买买提江·阿不都热合曼·吐尔逊"


def awkward() -> dict[str, object]:
    tiny = price_lot(PriceRule("salt", "花椒", "统货", 250), LotInput(gross_g=20))
    huge = price_lot(PriceRule("tea", "普洱茶", "特级", 100_000), LotInput(gross_g=100_000_001))
    return {
        "12lots": sample_receipt(12),
        "tiny": sample_receipt(1, lots=(tiny,)),
        "huge": sample_receipt(1, lots=(huge,)),
        "long_names": sample_receipt(2, coop_name=LONG_COOP, grower_name=LONG_GROWER),
        "replaces": sample_receipt(3, number="LQ-K7QD-000124", replaces="LQ-K7QD-000123"),
    }


def awkward_void() -> SettlementEntry:
    """A voided receipt that was paid in cash, with a long name and a long reason."""
    signed = sample_receipt(2, number="LQ-K7QD-009999", grower_name=LONG_GROWER)
    return SettlementEntry(
        signed.receipt,
        payment=Payment.CASH,
        voided=True,
        void_reason="社员反映水分检测仪读数偏高，复检后按实际水分重新开单，原单作废并收回现金",
        voided_by="阿依古丽·买买提",
    )


def to_png(pdf: Path) -> list[Path]:
    prefix = pdf.with_suffix("")
    for old in pdf.parent.glob(prefix.name + "-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(prefix)], check=True)
    return sorted(pdf.parent.glob(prefix.name + "-*.png"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "build/shots/receipts")
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing (Debian's poppler-utils): writing PDFs only", file=sys.stderr)

    documents: dict[str, bytes] = {}
    plain = sample_receipt(3)
    for layout in ReceiptLayout:
        documents[f"{layout}"] = render_receipt(plain, layout, tz=CHINA)
        documents[f"{layout}_copy"] = render_receipt(plain, layout, copy=True, tz=CHINA)
        documents[f"{layout}_void"] = render_receipt(plain, layout, void=VOID, tz=CHINA)
        for name, signed in awkward().items():
            documents[f"{layout}_{name}"] = render_receipt(signed, layout, tz=CHINA)
        documents[f"{layout}_english"] = render_receipt(
            plain, layout, labels=ENGLISH_LABELS, void=VOID, tz=CHINA
        )
    day = settle(DAY, COOP, [*day_entries(150), awkward_void()])
    documents["settlement"] = render_settlement(day, tz=CHINA)

    for name, data in documents.items():
        pdf = out / f"{name}.pdf"
        pdf.write_bytes(data)
        pngs = to_png(pdf) if shutil.which("pdftoppm") else []
        print(f"wrote {pdf} ({len(pngs)} page{'s' if len(pngs) != 1 else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
