"""The end-of-day settlement: its sums from values, and its A4 PDF read back."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from fieldapp.documents.settlement import (
    ENGLISH_SETTLEMENT_LABELS,
    render_settlement,
    settlement_rows,
)
from fieldapp.domain.money import chinese_capital, format_kg, format_yuan
from fieldapp.domain.pricing import Lot
from fieldapp.domain.receipts import Receipt
from fieldapp.domain.settlement import Payment, SettlementEntry, settle

DAY = dt.date(2026, 5, 1)
CHINA = dt.timezone(dt.timedelta(hours=8))
COOP = "龙泉果蔬种植专业合作社"


def lot(crop: str, grade: str, net_g: int, price_fen: int) -> Lot:
    amount = net_g * price_fen // 1000
    return Lot("", crop, grade, "", 1, net_g, 0, "none", 0, "", (), net_g, price_fen, amount)


def receipt(n: int, lots: tuple[Lot, ...], clerk: str = "王小明", **changes: object) -> Receipt:
    values: dict = {
        "number": f"LQ-K7QD-{n:06d}",
        "issued_at": f"2026-05-01T{n // 60:02d}:{n % 60:02d}:00Z",
        "coop_name": COOP,
        "grower_id": f"g{n}",
        "grower_name": f"社员{n}",
        "card_no": f"K7QD-{n:05d}",
        "clerk": clerk,
        "lots": lots,
        "key_id": "56475aa7",
    }
    values.update(changes)
    return Receipt(**values)


@pytest.fixture
def entries() -> list[SettlementEntry]:
    """Six receipts; one voided (paid in cash, then replaced), one refused by nobody."""
    return [
        SettlementEntry(
            receipt(1, (lot("玉米", "二等", 100_000, 200), lot("玉米", "一等", 50_000, 240))),
            payment=Payment.CASH,
        ),
        SettlementEntry(receipt(2, (lot("玉米", "一等", 10_000, 240),), clerk="李会计")),
        SettlementEntry(
            receipt(3, (lot("马铃薯", "特级", 30_000, 168),), clerk="李会计"),
            payment=Payment.TRANSFER,
            payment_ref="TR0001",
        ),
        SettlementEntry(
            receipt(4, (lot("玉米", "一等", 999_000, 240),)),
            payment=Payment.CASH,
            voided=True,
            void_reason="称重时筐数记错",
            voided_by="李会计",
        ),
        SettlementEntry(
            receipt(5, (lot("玉米", "一等", 99_000, 240),), replaces="LQ-K7QD-000004"),
            payment=Payment.CASH,
        ),
        SettlementEntry(receipt(6, (lot("玉米", "特级", 1_000, 300),), clerk="张建国")),
    ]


# -- the sums ------------------------------------------------------------------------------


def test_voided_receipts_are_listed_and_counted_in_no_total(entries):
    s = settle(DAY, COOP, entries)
    assert s.receipt_count == 5
    assert [r.number for r in s.receipts] == [f"LQ-K7QD-{n:06d}" for n in (1, 2, 3, 5, 6)]
    assert s.lots == 6
    assert s.net_g == 100_000 + 50_000 + 10_000 + 30_000 + 99_000 + 1_000
    assert s.total_fen == 20_000 + 12_000 + 2_400 + 5_040 + 23_760 + 300
    (void,) = s.voided
    assert (void.number, void.grower_name, void.amount_fen) == ("LQ-K7QD-000004", "社员4", 239_760)
    assert (void.reason, void.voided_by, void.payment) == ("称重时筐数记错", "李会计", Payment.CASH)
    assert void.replaced_by == "LQ-K7QD-000005"
    assert s.voided_fen == 239_760


def test_paid_and_unpaid(entries):
    s = settle(DAY, COOP, entries)
    rows = [(p.payment, p.receipts, p.amount_fen) for p in s.payments]
    assert rows == [
        (Payment.CASH, 2, 32_000 + 23_760),
        (Payment.TRANSFER, 1, 5_040),
        (Payment.UNPAID, 2, 2_700),
    ]
    assert s.paid_fen + s.unpaid_fen == s.total_fen
    assert s.unpaid_fen == 2_700
    assert sum(p.receipts for p in s.payments) == s.receipt_count


def test_totals_per_crop_and_grade_in_grade_order(entries):
    s = settle(DAY, COOP, entries)
    rows = [(c.crop, c.grade, c.lots, c.net_g, c.amount_fen) for c in s.by_crop]
    assert rows == [
        ("玉米", "特级", 1, 1_000, 300),  # 特 before 一 before 二, whatever came first
        ("玉米", "一等", 3, 159_000, 12_000 + 2_400 + 23_760),
        ("玉米", "二等", 1, 100_000, 20_000),
        ("马铃薯", "特级", 1, 30_000, 5_040),  # crops in the order they first came in
    ]
    assert sum(c.amount_fen for c in s.by_crop) == s.total_fen
    assert sum(c.net_g for c in s.by_crop) == s.net_g


def test_totals_per_clerk(entries):
    s = settle(DAY, COOP, entries)
    rows = [(c.clerk, c.receipts, c.lots, c.amount_fen) for c in s.by_clerk]
    assert rows == [
        ("王小明", 2, 3, 32_000 + 23_760),  # the voided receipt of 王小明 is not counted
        ("李会计", 2, 2, 2_400 + 5_040),
        ("张建国", 1, 1, 300),
    ]
    assert sum(c.amount_fen for c in s.by_clerk) == s.total_fen


def test_a_receipt_given_twice_is_refused(entries):
    with pytest.raises(ValueError, match="twice"):
        settle(DAY, COOP, [*entries, entries[0]])


def test_an_unknown_payment_status_is_refused(entries):
    bad = SettlementEntry(receipt(9, (lot("玉米", "一等", 1_000, 240),)), payment="paid_in_kind")
    with pytest.raises(ValueError, match="paid_in_kind"):
        settle(DAY, COOP, [*entries, bad])


def test_an_empty_day():
    s = settle(DAY, COOP, [])
    assert (s.receipt_count, s.lots, s.net_g, s.total_fen) == (0, 0, 0, 0)
    assert [p.amount_fen for p in s.payments] == [0, 0, 0]
    text = pdf_text(render_settlement(s))
    assert "零元整" in squashed(text)
    assert "无" in text


# -- the PDF -------------------------------------------------------------------------------


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return "\n".join(pdf_pages(data))


def squashed(text: str) -> str:
    return "".join(text.split())


def test_the_first_page_has_the_days_figures_and_signature_lines(entries):
    s = settle(DAY, COOP, entries)
    data = render_settlement(s, tz=CHINA)
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(A4[0], abs=0.01)
    assert float(page.mediabox.height) == pytest.approx(A4[1], abs=0.01)
    first = squashed(pdf_pages(data)[0])
    for expected in (COOP, "收购日结单", "日期：2026-05-01", "有效收购单5张", "收购笔数6笔"):
        assert expected in first
    assert f"¥{format_yuan(s.total_fen)}" in first
    assert f"{format_kg(s.net_g)}kg" in first
    assert f"人民币大写：{chinese_capital(s.total_fen)}" in first
    assert f"¥{format_yuan(s.payment(Payment.UNPAID).amount_fen)}（2张）" in first
    assert "作废1张¥2,397.60（不计入合计）" in first
    for heading in ("按品种、等级汇总", "按收购员汇总", "付款情况", "作废收购单（不计入合计）"):
        assert heading in first
    assert "LQ-K7QD-000004" in first and "称重时筐数记错" in first
    assert "清点人：" in first and "复核人：" in first
    assert "1/" in first  # the page number


def test_the_appendix_lists_every_valid_receipt_in_local_time(entries):
    s = settle(DAY, COOP, entries)
    text = squashed(pdf_text(render_settlement(s, tz=CHINA)))
    assert "附：收购明细" in text
    for r in s.receipts:
        assert r.number in text and r.card_no in text
    assert "08:01" in text  # LQ-K7QD-000001 was issued at 00:01 UTC
    assert "TR0001" in text
    without = squashed(pdf_text(render_settlement(s, details=False)))
    assert "附：收购明细" not in without
    assert "LQ-K7QD-000006" not in without


LONG_REASON = "社员反映水分检测仪读数偏高，复检后按实际水分重新开单"


def big_day(receipts: int, voided: int) -> list[SettlementEntry]:
    out = []
    for n in range(1, receipts + 1):
        lots = (lot("玉米", "一等", 100_000 + n, 240), lot("核桃", "一等", 5_000 + n, 1_650))
        out.append(
            SettlementEntry(
                receipt(n, lots, clerk=("王小明", "李会计", "阿依古丽·买买提")[n % 3]),
                payment=(Payment.CASH, Payment.TRANSFER, Payment.UNPAID)[n % 3],
                payment_ref=f"TR{n:08d}" if n % 3 == 1 else "",
                voided=n <= voided,
                void_reason=LONG_REASON if n <= voided else "",
                voided_by="李会计" if n <= voided else "",
            )
        )
    return out


def test_long_tables_break_over_pages_with_their_heads_repeated():
    s = settle(DAY, COOP, big_day(300, 45))
    pages = [squashed(p) for p in pdf_pages(render_settlement(s, tz=CHINA))]
    assert len(pages) >= 6
    total = len(pages)
    for number, page in enumerate(pages, 1):
        assert f"{number}/{total}" in page  # 'n / m' on every page
    # 45 voided receipts with two-line reasons do not fit page 1: the list goes on
    # under its title (continued) and its column heads.
    assert "作废收购单（不计入合计）（续）" in pages[1]
    assert pages[1].count("作废原因") == 1
    assert sum(p.count("社员反映水分检测仪读数偏高") for p in pages) == 45
    appendix = [p for p in pages if "附：收购明细" in p]
    assert len(appendix) >= 3
    assert all("单号" in p and "净重(kg)" in p for p in appendix)
    assert all("附：收购明细（续）" in p for p in appendix[1:])
    listed = sum(p.count("LQ-K7QD-000") for p in appendix)
    assert listed == s.receipt_count == 255
    assert f"人民币大写：{chinese_capital(s.total_fen)}" in pages[0]
    # the appendix starts on a page of its own, after the signatures
    signatures = next(i for i, p in enumerate(pages) if "复核人" in p)
    assert signatures < pages.index(appendix[0])


def test_english_labels(entries):
    s = settle(DAY, COOP, entries)
    text = pdf_text(render_settlement(s, ENGLISH_SETTLEMENT_LABELS))
    for expected in ("Daily purchase settlement", "By crop and grade", "Counted by", "Checked by"):
        assert expected in text
    assert "日结单" not in text


def test_rows_for_the_spreadsheet(entries):
    s = settle(DAY, COOP, entries)
    sheets = {name: (header, rows) for name, header, rows in settlement_rows(s, tz=CHINA)}
    assert list(sheets) == ["汇总", "品种等级", "收购员", "付款", "作废", "明细"]
    for header, rows in sheets.values():
        assert all(len(row) == len(header) for row in rows)
    header, crops = sheets["品种等级"]
    assert header == ["品名", "等级", "笔数", "净重(kg)", "金额(元)"]
    assert crops[1] == ["玉米", "一等", 3, Decimal("159.000"), Decimal("381.60")]
    assert sum(row[4] for row in crops) == Decimal(s.total_fen) / 100
    _, details = sheets["明细"]
    assert [row[0] for row in details] == [r.number for r in s.receipts]
    assert details[0][1] == dt.datetime(2026, 5, 1, 8, 1)  # local, naive
    assert sum(row[7] for row in details) == Decimal(s.total_fen) / 100
    _, voided = sheets["作废"]
    assert voided == [
        [
            "LQ-K7QD-000004",
            dt.datetime(2026, 5, 1, 8, 4),
            "社员4",
            "K7QD-00004",
            "王小明",
            Decimal("2397.60"),
            "称重时筐数记错",
            "李会计",
            "现金",
            "LQ-K7QD-000005",
        ]
    ]
    _, summary = sheets["汇总"]
    assert ["日期", DAY] in summary
    assert ["未付", Decimal("27.00")] in summary
