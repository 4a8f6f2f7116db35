"""The ledger screens driven as a user would, on a real database with real receipts:
the price rules and containers, the day's receipts (pay, void, search), and checking
a scanned receipt code (pytest-qt, offscreen, tasks run inline)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from fieldapp.domain.cards import encode_card
from fieldapp.domain.growers import AccountKind, GrowerData
from fieldapp.domain.pricing import Band, Container, LotInput, TareMethod
from fieldapp.domain.receipts import Receipt, ReceiptCheck, canonical, qr_payload
from fieldapp.domain.signing import key_id, new_private_key, public_key, sign
from fieldapp.services.bundle import Services
from fieldapp.services.purchases import PaymentMethod, Station
from fieldapp.ui.receipts_page import ReceiptsModel, ReceiptsPage
from fieldapp.ui.rules_dialog import RulesDialog
from fieldapp.ui.verify_dialog import VerifyDialog

from .conftest import ime_commit

STATION = Station(coop_name="龙泉种植专业合作社", coop_code="lq", clerk="李会计")
MOISTURE = (Band(140, 180, 150), Band(180, None, 200))
STATUS = ReceiptsModel.COLUMNS.index("status")


@pytest.fixture
def services(db):
    return Services.over(db)


@pytest.fixture
def corn_id(services):
    return next(p.id for p in services.places.crops() if p.name == "玉米")  # a default crop


@pytest.fixture
def corn(services, corn_id):
    return services.purchases.save_rule(corn_id, "一等", 235, moisture=MOISTURE)


@pytest.fixture
def grower(services):
    return services.registry.save(
        GrowerData(
            name="王建国",
            phone="13800138000",
            account_kind=AccountKind.BANK,
            account_no="6217000012345678",
        )
    )


@pytest.fixture
def alerts(monkeypatch):
    """The text of every message box the screens show (instead of showing it)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def record(services, rule, grower_id, gross_g=1_000_000, moisture=None):
    lot = services.purchases.price(
        rule,
        LotInput(
            gross_g=gross_g,
            tare_method=TareMethod.CONTAINERS,
            tare_g=500,
            containers=10,
            moisture_permille=moisture,
        ),
    )
    return services.purchases.record(STATION, grower_id, [lot])


def answer_yes(monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )


# -- the price rules ---------------------------------------------------------------------


def test_editing_a_grade_saves_a_new_version(qtbot, services, tasks, corn):
    dialog = RulesDialog(services, tasks)
    qtbot.addWidget(dialog)
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    assert dialog.rules_table.rowCount() == 1
    assert [dialog.rules_table.item(0, c).text() for c in range(4)] == ["玉米", "一等", "2.35", "1"]
    dialog.rules_table.selectRow(0)
    dialog.edit_rule()
    assert not dialog.grade.isEnabled()  # another grade is another rule
    assert "keep the price they were made with" in dialog.version_note.text()
    bands = dialog.moisture.table
    assert [bands.item(0, c).text() for c in range(3)] == ["14.0", "18.0", "1.5"]
    assert [bands.item(1, c).text() for c in range(3)] == ["18.0", "", "2.0"]
    # The live example: 16.5% moisture deducts 2.5 points x 1.5% = 3.75%.
    assert dialog.moisture.example_value.text() == "16.5"
    assert "16.5%" in dialog.moisture.example.text()
    assert "3.75%" in dialog.moisture.example.text()
    dialog.moisture.example_value.setText("20")
    dialog.moisture.example_value.textEdited.emit("20")
    assert "10.0%" in dialog.moisture.example.text()  # 4 x 1.5 + 2 x 2.0

    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "2.50")
    dialog.moisture.set_cell(0, 2, "1.25")
    qtbot.mouseClick(dialog.save_rule_button, Qt.MouseButton.LeftButton)

    rule = services.purchases.rules().find(corn.crop_id, "一等")
    assert rule.version == 2
    assert rule.price_fen_per_kg == 250
    assert rule.moisture == (Band(140, 180, 125), Band(180, None, 200))
    assert [dialog.rules_table.item(0, c).text() for c in (2, 3)] == ["2.50", "2"]
    assert "version 2" in dialog.rules_status.text()
    assert changed == [True]


def test_a_price_with_three_decimals_is_refused(qtbot, services, tasks, corn):
    dialog = RulesDialog(services, tasks)
    qtbot.addWidget(dialog)
    dialog.rules_table.selectRow(0)
    dialog.edit_rule()
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "2.355")
    dialog.save_rule()
    assert dialog.price_error.isVisibleTo(dialog)
    assert "two decimals" in dialog.price_error.text()
    assert dialog.rule_banner.isVisibleTo(dialog)
    for text in ("abc", "0", "-1"):
        dialog.price.setText(text)
        dialog.save_rule()
        assert dialog.price_error.isVisibleTo(dialog), text
    assert services.purchases.rules().find(corn.crop_id, "一等").version == 1
    # Correcting the figure clears the message as it is typed.
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "2.35")
    assert not dialog.price_error.isVisibleTo(dialog)


def test_bad_bands_are_refused_and_nothing_is_saved(qtbot, services, tasks, corn):
    dialog = RulesDialog(services, tasks)
    qtbot.addWidget(dialog)
    dialog.rules_table.selectRow(0)
    dialog.edit_rule()
    moisture = dialog.moisture
    moisture.set_cell(0, 1, "12.0")  # to below from
    dialog.save_rule()
    assert moisture.error.isVisibleTo(dialog)
    assert "Row 1" in moisture.error.text()
    assert "correct the table" in moisture.example.text()

    moisture.set_cell(0, 1, "18.0")
    moisture.set_cell(1, 0, "17.0")  # overlaps the first row
    dialog.save_rule()
    assert "overlap" in moisture.error.text()

    moisture.set_cell(1, 0, "18.0")
    moisture.set_cell(1, 2, "2.125")  # finer than a basis point
    dialog.save_rule()
    assert "two decimals" in moisture.error.text()

    impurity = dialog.impurity
    impurity.add_row()
    impurity.set_cell(0, 0, "1,0")
    impurity.set_cell(0, 2, "1")
    moisture.set_cell(1, 2, "2.0")
    dialog.save_rule()
    assert not moisture.error.isVisibleTo(dialog)
    assert impurity.error.isVisibleTo(dialog) and "“From”" in impurity.error.text()
    assert services.purchases.rules().find(corn.crop_id, "一等").version == 1

    # Fixed, it saves; an empty row is ignored.
    impurity.set_cell(0, 0, "1.0")
    impurity.add_row()
    dialog.save_rule()
    saved = services.purchases.rules().find(corn.crop_id, "一等")
    assert saved.version == 2
    assert saved.impurity == (Band(10, None, 100),)


def test_adding_a_grade_and_stopping_it(qtbot, services, tasks, corn, corn_id, monkeypatch):
    dialog = RulesDialog(services, tasks)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.add_rule_button, Qt.MouseButton.LeftButton)
    assert dialog.editing_rule()
    dialog.crop.setCurrentIndex(dialog.crop.findData(corn_id))
    ime_commit(dialog.grade, "一等")
    qtbot.keyClicks(dialog.price, "2.10")
    dialog.save_rule()
    assert "already has the grade" in dialog.grade_error.text()
    dialog.grade.clear()
    ime_commit(dialog.grade, "二等")
    dialog.save_rule()
    assert not dialog.editing_rule()
    second = services.purchases.rules().find(corn_id, "二等")
    assert (second.price_fen_per_kg, second.version) == (210, 1)
    assert dialog.rules_table.rowCount() == 2
    assert dialog.current_rule() == second  # the saved grade is selected

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    dialog.retire_rule()
    assert services.purchases.rules().find(corn_id, "二等") is not None
    answer_yes(monkeypatch)
    dialog.retire_rule()
    assert services.purchases.rules().find(corn_id, "二等") is None
    assert dialog.rules_table.rowCount() == 1
    assert not dialog.retire_button.isEnabled()


def test_escape_cancels_the_form_before_closing(qtbot, services, tasks, corn):
    dialog = RulesDialog(services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_rule()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.editing_rule()
    assert dialog.isVisible()


def test_containers(qtbot, services, tasks, monkeypatch):
    dialog = RulesDialog(services, tasks)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.containers_empty.isVisibleTo(dialog)
    dialog.add_container()
    ime_commit(dialog.container_name, "编织袋")
    qtbot.keyClicks(dialog.tare, "abc")
    dialog.save_container()
    assert dialog.tare_error.isVisibleTo(dialog)
    assert services.purchases.containers() == []
    dialog.tare.clear()
    qtbot.keyClicks(dialog.tare, "0.15")
    qtbot.mouseClick(dialog.save_container_button, Qt.MouseButton.LeftButton)
    assert [c for _, c in services.purchases.containers()] == [Container("编织袋", 150)]
    assert dialog.containers_table.item(0, 1).text() == "0.15"
    assert "0.15 kg" in dialog.containers_status.text()

    dialog.add_container()
    ime_commit(dialog.container_name, "编织袋")
    qtbot.keyClicks(dialog.tare, "0.2")
    dialog.save_container()
    assert "already a container" in dialog.container_name_error.text()
    dialog.cancel_container()

    dialog.containers_table.selectRow(0)
    dialog.edit_container()
    assert dialog.tare.text() == "0.15"
    dialog.tare.setText("0.12")
    dialog.save_container()
    assert [c for _, c in services.purchases.containers()] == [Container("编织袋", 120)]

    answer_yes(monkeypatch)
    dialog.containers_table.selectRow(0)
    dialog.remove_container()
    assert services.purchases.containers() == []
    assert dialog.containers_table.rowCount() == 0


# -- the receipts page -------------------------------------------------------------------


@pytest.fixture
def day(services, corn, grower):
    """Four receipts: unpaid, paid in cash, paid by transfer, void."""
    other = services.registry.save(GrowerData(name="李秀英", phone="13900139000"))
    unpaid = record(services, corn, grower, 1_000_000, moisture=165)
    cash = record(services, corn, other, 500_000)
    transfer = record(services, corn, grower, 300_000)
    void = record(services, corn, other, 200_000)
    services.purchases.pay(cash.id, PaymentMethod.CASH, "", "李会计")
    services.purchases.pay(transfer.id, PaymentMethod.TRANSFER, "BK2024001", "李会计")
    services.purchases.void(void.id, "毛重录错", "李会计")
    return {
        "unpaid": services.purchases.entry(unpaid.id),
        "cash": services.purchases.entry(cash.id),
        "transfer": services.purchases.entry(transfer.id),
        "void": services.purchases.entry(void.id),
    }


@pytest.fixture
def page(qtbot, services, tasks):
    widget = ReceiptsPage(services, tasks)
    qtbot.addWidget(widget)
    widget.set_clerk("李会计")
    return widget


def status_of(page, receipt_id):
    return page.model.data(page.model.index(page.model.row_of(receipt_id), STATUS))


def test_the_day_lists_receipts_with_status_and_totals(page, day):
    page.refresh()
    assert page.model.rowCount() == 4
    assert page.stack.currentIndex() == 0
    # Newest first.
    assert page.model.entry(0).id == day["void"].id
    assert status_of(page, day["unpaid"].id) == "Unpaid"
    assert status_of(page, day["cash"].id) == "Paid · cash"
    assert status_of(page, day["transfer"].id) == "Paid · transfer"
    assert status_of(page, day["void"].id) == "Void"
    void_row = page.model.row_of(day["void"].id)
    font = page.model.data(page.model.index(void_row, 0), Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    assert "毛重录错" in page.model.data(page.model.index(void_row, 0), Qt.ItemDataRole.ToolTipRole)
    unpaid_row = page.model.row_of(day["unpaid"].id)
    assert page.model.data(page.model.index(unpaid_row, 0), Qt.ItemDataRole.FontRole) is None

    counted = [day[k].signed.receipt for k in ("unpaid", "cash", "transfer")]
    text = page.totals_label.text()
    assert "3 receipt" in text
    from fieldapp.domain.money import format_kg, format_yuan

    assert format_kg(sum(r.net_g for r in counted)) in text
    assert format_yuan(sum(r.total_fen for r in counted)) in text
    assert format_yuan(day["unpaid"].signed.receipt.total_fen) in text.split("unpaid")[1]
    assert "1 void" in text


def test_an_empty_day_says_so(page, services, corn, grower):
    assert page.stack.currentIndex() == 1
    assert "today" in page.empty_title.text()
    record(services, corn, grower)
    page.refresh()
    assert page.stack.currentIndex() == 0
    page.show_days(dt.date.today() - dt.timedelta(days=1))
    assert page.stack.currentIndex() == 1
    assert (dt.date.today() - dt.timedelta(days=1)).isoformat() in page.empty_title.text()
    page.show_today()
    assert page.model.rowCount() == 1


def test_pay_in_cash_from_the_keyboard(qtbot, page, services, day):
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.refresh()
    entry = day["unpaid"]
    page.select(entry.id)
    assert page.pay_button.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F6)
    dialog = page.pay_dialog
    assert dialog is not None and dialog.isVisible()
    from fieldapp.domain.money import format_yuan

    assert format_yuan(entry.signed.receipt.total_fen) in dialog.amount.text()
    assert dialog.capitals.text().endswith(("整", "分"))
    assert dialog.cash.isChecked()
    assert dialog.clerk.text() == "李会计"
    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    paid = services.purchases.entry(entry.id)
    assert paid.payment.method == PaymentMethod.CASH
    assert paid.payment.clerk == "李会计"
    assert status_of(page, entry.id) == "Paid · cash"
    assert page.selected_id() == entry.id
    assert not page.pay_button.isEnabled()
    assert not page.void_button.isEnabled()
    assert page.notice.isVisibleTo(page) and entry.signed.receipt.number in page.notice_label.text()


def test_a_transfer_needs_its_reference(qtbot, page, services, day):
    page.refresh()
    entry = day["unpaid"]
    page.select(entry.id)
    page.pay_selected()
    dialog = page.pay_dialog
    assert not dialog.reference.isEnabled()
    dialog.transfer.setChecked(True)
    assert dialog.reference.isEnabled()
    assert "6217000012345678" in dialog.account_hint.text()
    dialog.confirm()
    assert dialog.isVisible()
    assert dialog.reference_error.isVisibleTo(dialog)
    assert services.purchases.entry(entry.id).payment is None
    qtbot.keyClicks(dialog.reference, "BK2024002")
    assert not dialog.reference_error.isVisibleTo(dialog)
    dialog.confirm()
    paid = services.purchases.entry(entry.id)
    assert (paid.payment.method, paid.payment.reference) == (PaymentMethod.TRANSFER, "BK2024002")
    assert status_of(page, entry.id) == "Paid · transfer"


def test_void_needs_a_reason_then_shows_void_and_offers_a_correction(qtbot, page, services, day):
    page.refresh()
    entry = day["unpaid"]
    page.select(entry.id)
    page.void_selected()
    dialog = page.void_dialog
    assert "cannot be undone" in dialog.warning.text()
    # Enter alone must not void: the default button keeps the receipt.
    default = [b for b in dialog.buttons.buttons() if getattr(b, "isDefault", lambda: False)()]
    assert dialog.buttons.buttonRole(default[0]) == QDialogButtonBox.ButtonRole.RejectRole
    ime_commit(dialog.reason, "   ")
    qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.reason_error.isVisibleTo(dialog)
    assert services.purchases.entry(entry.id).void is None

    requested = []
    page.correctRequested.connect(requested.append)
    dialog.reason.setPlainText("毛重录错，应为980公斤\n已收回原收购单")
    qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
    voided = services.purchases.entry(entry.id)
    assert voided.void is not None and "毛重录错" in voided.void.reason
    assert status_of(page, entry.id) == "Void"
    assert not page.pay_button.isEnabled()
    assert page.notice_correct.isVisibleTo(page)
    assert page.correct_button.isEnabled()
    qtbot.mouseClick(page.notice_correct, Qt.MouseButton.LeftButton)
    assert requested == [entry.id]


def test_a_paid_receipt_cannot_be_voided(page, services, day, alerts):
    page.refresh()
    page.select(day["cash"].id)
    assert not page.void_button.isEnabled()
    page.void_selected()  # e.g. the shortcut pressed anyway: nothing happens
    assert page.void_dialog is None


def test_a_refusal_by_the_ledger_is_a_sentence_and_changes_nothing(page, services, day, alerts):
    page.refresh()
    entry = day["unpaid"]
    page.select(entry.id)
    page.pay_selected()
    dialog = page.pay_dialog
    # Meanwhile the receipt is paid by transfer at the other desk.
    services.purchases.pay(entry.id, PaymentMethod.TRANSFER, "BK1", "张出纳")
    dialog.confirm()
    assert len(alerts) == 1
    assert entry.signed.receipt.number in alerts[0]
    assert "already paid" in alerts[0]
    payment = services.purchases.entry(entry.id).payment
    assert (payment.method, payment.clerk) == (PaymentMethod.TRANSFER, "张出纳")
    assert status_of(page, entry.id) == "Paid · transfer"  # the list shows what is true


def test_reprint_emits_the_receipt(qtbot, page, day):
    asked = []
    page.reprintRequested.connect(asked.append)
    page.refresh()
    page.select(day["void"].id)
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    assert asked == [day["void"].id]


def test_search_by_number_name_card_or_scan(qtbot, page, services, day):
    page.refresh()
    number = day["cash"].signed.receipt.number
    page.search.setText(number[-6:])  # the sequence
    assert [page.model.entry(r).id for r in range(page.model.rowCount())] == [day["cash"].id]
    assert "Shown" in page.totals_label.text()
    page.search.clear()
    ime_commit(page.search, "王建国")
    assert {page.model.entry(r).id for r in range(page.model.rowCount())} == {
        day["unpaid"].id,
        day["transfer"].id,
    }
    page.search.setText(day["unpaid"].signed.receipt.card_no.lower())
    assert page.model.rowCount() == 2
    page.search.setText(day["transfer"].signed.qr_payload())
    assert page.model.rowCount() == 1
    assert page.selected_id() == day["transfer"].id
    page.search.setText("没有这个人")
    assert page.stack.currentIndex() == 1
    assert "没有这个人" in page.empty_title.text()


def test_enter_finds_a_receipt_from_another_day(qtbot, page, services, day):
    page.show_days(dt.date.today() - dt.timedelta(days=3))
    assert page.model.rowCount() == 0
    qtbot.keyClicks(page.search, day["unpaid"].signed.receipt.number.lower())
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.grower_box.isVisibleTo(page)
    assert page.selected_id() == day["unpaid"].id
    page.show_today()
    assert not page.grower_box.isVisibleTo(page)


def test_one_growers_receipts(page, services, day, grower):
    page.show_grower(grower)
    assert page.grower_box.isVisibleTo(page)
    assert not page.days_box.isVisibleTo(page)
    assert "王建国" in page.grower_label.text()
    assert {page.model.entry(r).id for r in range(page.model.rowCount())} == {
        day["unpaid"].id,
        day["transfer"].id,
    }
    nobody = services.registry.save(GrowerData(name="赵六"))
    page.show_grower(nobody)
    assert page.stack.currentIndex() == 1
    assert "grower" in page.empty_title.text()


# -- checking a scanned receipt ----------------------------------------------------------


@pytest.fixture
def verify(qtbot, services):
    dialog = VerifyDialog(services)
    qtbot.addWidget(dialog)
    return dialog


def scan(qtbot, dialog, text):
    """As a USB scanner does it: the characters, then Enter."""
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, text)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)


def test_a_genuine_receipt(qtbot, verify, services, corn, grower):
    entry = record(services, corn, grower, moisture=165)
    receipt = entry.signed.receipt
    scan(qtbot, verify, entry.signed.qr_payload())
    assert verify.result == ReceiptCheck.GENUINE
    assert "Genuine" in verify.headline.text()
    assert verify.number.text() == receipt.number
    assert verify.grower.text() == "王建国"
    assert verify.card.text() == receipt.card_no
    from fieldapp.domain.money import chinese_capital, format_yuan

    assert format_yuan(receipt.total_fen) in verify.total.text()
    assert verify.capitals.text() == chinese_capital(receipt.total_fen)
    assert verify.lots.rowCount() == 1
    assert verify.lots.item(0, 0).text() == "玉米"
    assert verify.lots.item(0, 1).text() == "一等"
    assert "not paid yet" in verify.ledger_line.text()
    # Ready for the next receipt.
    assert verify.code.text() == ""
    assert verify.focusWidget() is verify.code

    services.purchases.pay(entry.id, PaymentMethod.CASH, "", "李会计")
    scan(qtbot, verify, entry.signed.qr_payload())
    assert verify.result == ReceiptCheck.GENUINE
    assert "PAID" in verify.ledger_line.text()
    second = record(services, corn, grower)
    services.purchases.void(second.id, "录错", "李会计")
    verify.check(second.signed.qr_payload())
    assert "VOID" in verify.ledger_line.text() and "录错" in verify.ledger_line.text()


def test_one_changed_character_is_altered(qtbot, verify, services, corn, grower):
    payload = record(services, corn, grower).signed.qr_payload()
    middle = len(payload) // 2
    changed = payload[:middle] + ("A" if payload[middle] != "A" else "B") + payload[middle + 1 :]
    scan(qtbot, verify, changed)
    assert verify.result == ReceiptCheck.ALTERED
    assert "do not pay" in verify.explanation.text()
    assert not verify.details.isVisibleTo(verify)
    assert not verify.ledger_line.isVisibleTo(verify)
    assert verify.code.text() == ""


def test_a_receipt_signed_by_an_unknown_laptop(qtbot, verify, services, corn, grower):
    template = record(services, corn, grower).signed.receipt
    private = new_private_key()
    stranger = Receipt(
        number="LQ-ZZZZ-000001",
        issued_at="2026-01-05T02:30:00Z",
        coop_name=template.coop_name,
        grower_id=template.grower_id,
        grower_name="王建国",
        card_no=template.card_no,
        clerk="张出纳",
        lots=template.lots,
        key_id=key_id(public_key(private)),
    )
    payload = qr_payload(stranger, sign(private, canonical(stranger)))
    scan(qtbot, verify, payload)
    assert verify.result == ReceiptCheck.UNKNOWN_KEY
    assert "does not know" in verify.explanation.text()
    assert "Sync" in verify.explanation.text()
    assert verify.details.isVisibleTo(verify)  # what it says, unchecked
    assert verify.number.text() == "LQ-ZZZZ-000001"
    assert "Not in this laptop's ledger" in verify.ledger_line.text()


def test_garbage_and_grower_cards_are_not_receipts(qtbot, verify, services, grower):
    scan(qtbot, verify, "hello 123")
    assert verify.result == ReceiptCheck.NOT_A_RECEIPT
    assert "not a FieldApp receipt code" in verify.explanation.text()
    assert not verify.details.isVisibleTo(verify)
    card = services.registry.get(grower)
    scan(qtbot, verify, encode_card(card.card_no, card.id))
    assert verify.result == ReceiptCheck.NOT_A_RECEIPT
    assert "grower card" in verify.explanation.text()
    assert "Scan 2" in verify.scan_info.text()
