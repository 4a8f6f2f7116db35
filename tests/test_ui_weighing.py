"""The weighing page as the main window shows it: a saved receipt goes to the printer,
reprints and saved PDFs are marked COPY, the day's settlement becomes a workbook."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from fieldapp.domain.growers import GrowerData
from fieldapp.domain.pricing import LotInput
from fieldapp.services.bundle import Services
from fieldapp.services.purchases import PaymentMethod, Station, pdf_text
from fieldapp.ui.weighing_page import WeighingPage


@pytest.fixture
def services(db) -> Services:
    return Services(db)


@pytest.fixture
def rule(services):
    corn = next(p.id for p in services.places.crops() if p.name == "玉米")
    return services.purchases.save_rule(corn, "一等", 235)


@pytest.fixture
def page(qtbot, services, tasks, settings, rule):
    widget = WeighingPage(services, tasks, settings)
    qtbot.addWidget(widget)
    yield widget
    widget.stop()


def test_a_saved_receipt_is_printed_and_a_saved_pdf_is_a_copy(page, services, rule, monkeypatch):
    printed: list[bytes] = []
    monkeypatch.setattr(page.printer, "print_pdf", lambda pdf, title, **_: printed.append(pdf))
    grower = services.registry.get(services.registry.save(GrowerData(name="王建国")))
    page.station.set_station(Station("龙泉合作社", "LQ", "李会计"))
    page.station._use_grower(grower)
    page.station.show_weight(500_000, stable=True)
    page.station.take_gross()
    page.station.add_lot()
    page.station.save()
    assert len(printed) == 1
    number = services.purchases.receipts_of(grower.id)[0].signed.receipt.number
    text = pdf_text(printed[0])
    assert number in text and "王建国" in text and "副本" not in text

    their_receipts = page.station.receipts_button
    assert their_receipts.isEnabled() is False  # the grower was cleared by the save
    page.station._use_grower(grower)
    their_receipts.click()
    assert page.tabs.currentWidget() is page.receipts
    assert page.receipts.model.rowCount() == 1

    saved: list[bytes] = []
    monkeypatch.setattr(page.printer, "save_pdf", lambda pdf, name: saved.append(pdf))
    page.save_receipt_pdf(services.purchases.receipts_of(grower.id)[0].id)
    assert "副本" in pdf_text(saved[0])


def test_settlement_workbook(services, rule, tmp_path):
    purchases = services.purchases
    grower = services.registry.save(GrowerData(name="李四"))
    station = Station("龙泉合作社", "LQ", "李会计")
    lots = [purchases.price(rule, LotInput(gross_g=g)) for g in (100_000, 250_000)]
    paid = purchases.record(station, grower, lots[:1])
    purchases.pay(paid.id, PaymentMethod.CASH, "", "李会计")
    voided = purchases.record(station, grower, lots[1:])
    purchases.void(voided.id, "称错", "李会计")
    settlement = purchases.settlement(dt.date.today(), "龙泉合作社")
    assert settlement.total_fen == paid.signed.receipt.total_fen  # the void is not counted
    path = tmp_path / "日结.xlsx"
    purchases.settlement_xlsx(settlement, path)
    book = openpyxl.load_workbook(path)
    assert len(book.sheetnames) >= 3
    cells = [str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row]
    assert voided.signed.receipt.number in cells
    assert any("称错" in c for c in cells)
