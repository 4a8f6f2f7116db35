"""The purchase ledger on a real SQLite file: signing, chaining, voids, payments, and a
database that refuses to change what was paid."""

from __future__ import annotations

import sqlite3

import pytest

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.growers import GrowerData, Status
from fieldapp.domain.pricing import Band, Container, LotInput, TareMethod
from fieldapp.domain.receipts import ReceiptCheck, canonical, receipt_hash
from fieldapp.domain.signing import verify
from fieldapp.services.purchases import (
    LedgerError,
    LedgerProblem,
    PaymentMethod,
    PurchaseService,
    Station,
)
from fieldapp.storage import purchases as store

STATION = Station(coop_name="龙泉种植专业合作社", coop_code="lq", clerk="李会计")
MOISTURE = (Band(140, 180, 150), Band(180, None, 200))


@pytest.fixture
def service(db) -> PurchaseService:
    return PurchaseService(db)


@pytest.fixture
def corn(places, service):
    crop_id = next(p.id for p in places.crops() if p.name == "玉米")  # a default crop
    return service.save_rule(crop_id, "一等", 235, moisture=MOISTURE)


@pytest.fixture
def grower(registry) -> str:
    return registry.save(GrowerData(name="王建国", phone="13800138000"))


def lot(service, rule, gross_g=1_000_000, moisture=None, manual=""):
    return service.price(
        rule,
        LotInput(
            gross_g=gross_g,
            tare_method=TareMethod.CONTAINERS,
            tare_g=500,
            containers=10,
            moisture_permille=moisture,
            manual_reason=manual,
        ),
    )


def test_a_receipt_is_signed_chained_and_numbered(service, corn, grower, db):
    first = service.record(STATION, grower, [lot(service, corn, moisture=165)])
    second = service.record(STATION, grower, [lot(service, corn), lot(service, corn, 500_000)])
    r1, r2 = first.signed.receipt, second.signed.receipt
    code = store.identity(db).device_code
    assert r1.number == f"LQ-{code}-000001"
    assert r2.number == f"LQ-{code}-000002"
    assert r1.prev_hash == ""
    assert r2.prev_hash == receipt_hash(r1)
    assert first.intact and second.intact
    keys = store.public_keys(db)
    assert verify(keys[r1.key_id], canonical(r1), first.signed.signature)
    # 1,000 kg - 10 x 0.5 kg = 995 kg; 16.5% moisture: 2.5 points x 1.5% = 3.75% = 37.3125 kg
    assert r1.lots[0].net_g == 995_000 - 37_313
    assert r1.total_fen == (957_687 * 235 + 500) // 1000
    assert r2.total_fen == r2.lots[0].amount_fen + r2.lots[1].amount_fen
    assert service.verify(first.signed.qr_payload())[0] == ReceiptCheck.GENUINE


def test_the_ledger_refuses_edits_at_the_database_level(service, corn, grower, db):
    saved = service.record(STATION, grower, [lot(service, corn)])
    paid = service.pay(saved.id, PaymentMethod.CASH, "", "李会计")
    for sql in (
        "UPDATE receipts SET total_fen = 1",
        "DELETE FROM receipts",
        "UPDATE receipt_lots SET net_g = 1",
        "DELETE FROM receipt_lots",
        "UPDATE payments SET amount_fen = 1",
        "DELETE FROM payments",
        "UPDATE device_keys SET public_key = '00'",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="cannot"):
            db.execute(sql)
    assert service.entry(saved.id) == paid
    assert paid.signed == saved.signed


def test_void_needs_a_reason_and_a_correction_refers_to_it(service, corn, grower):
    wrong = service.record(STATION, grower, [lot(service, corn, 1_200_000)])
    with pytest.raises(ValidationError):
        service.void(wrong.id, "   ", "李会计")
    assert service.entry(wrong.id).void is None  # nothing changed by the refusal
    voided = service.void(wrong.id, "毛重录错", "李会计")
    assert voided.void.reason == "毛重录错"
    with pytest.raises(LedgerError) as caught:
        service.void(wrong.id, "again", "李会计")
    assert caught.value.problem == LedgerProblem.ALREADY_VOID
    with pytest.raises(LedgerError):
        service.pay(wrong.id, PaymentMethod.CASH, "", "李会计")
    fixed = service.record(
        STATION, grower, [lot(service, corn, 1_020_000)], replaces=wrong.signed.receipt.number
    )
    assert fixed.signed.receipt.replaces == wrong.signed.receipt.number
    assert service.entry(wrong.id).replaced_by == fixed.signed.receipt.number


def test_payments(service, corn, grower):
    a = service.record(STATION, grower, [lot(service, corn)])
    b = service.record(STATION, grower, [lot(service, corn, 300_000)])
    with pytest.raises(ValidationError):
        service.pay(b.id, PaymentMethod.TRANSFER, " ", "李会计")
    paid = service.pay(b.id, PaymentMethod.TRANSFER, "6217 0000 1234", "李会计")
    assert paid.payment.amount_fen == b.signed.receipt.total_fen
    with pytest.raises(LedgerError) as caught:
        service.pay(b.id, PaymentMethod.CASH, "", "李会计")
    assert caught.value.problem == LedgerProblem.ALREADY_PAID
    with pytest.raises(LedgerError) as caught:
        service.void(b.id, "录错", "李会计")
    assert caught.value.problem == LedgerProblem.VOID_UNPAID_ONLY
    listed = service.receipts_of(grower)
    assert [e.id for e in listed] == [b.id, a.id] or {e.id for e in listed} == {a.id, b.id}
    assert [e.payment is None for e in listed if e.id == a.id] == [True]


def test_rule_versions_are_kept_by_purchases(service, corn, grower, places):
    before = service.record(STATION, grower, [lot(service, corn)])
    newer = service.save_rule(corn.crop_id, "一等", 250, moisture=MOISTURE)
    assert newer.version == corn.version + 1
    assert service.rules().find(corn.crop_id, "一等") == newer
    after = service.record(STATION, grower, [lot(service, newer)])
    assert before.signed.receipt.lots[0].rule_version == 1
    assert before.signed.receipt.lots[0].price_fen_per_kg == 235
    assert after.signed.receipt.lots[0].rule_version == 2
    service.retire_rule(corn.crop_id, "一等")
    assert service.rules().find(corn.crop_id, "一等") is None


def test_bad_rules_and_containers_are_refused(service, corn):
    with pytest.raises(ValidationError):
        service.save_rule(corn.crop_id, "", 100)
    with pytest.raises(ValidationError):
        service.save_rule(corn.crop_id, "二等", -1)
    with pytest.raises(ValidationError):
        service.save_rule(corn.crop_id, "二等", 100, moisture=(Band(180, 140, 100),))
    assert service.rules().find(corn.crop_id, "二等") is None
    with pytest.raises(ValidationError):
        service.save_container(Container("", 500))
    container_id = service.save_container(Container("编织袋", 150))
    service.save_container(Container("编织袋", 120), container_id)
    assert service.rules().containers == (Container("编织袋", 120),)


def test_no_receipt_for_unknown_or_departed_growers_or_without_lots(
    service, corn, grower, registry
):
    with pytest.raises(LedgerError) as caught:
        service.record(STATION, grower, [])
    assert caught.value.problem == LedgerProblem.NO_LOTS
    with pytest.raises(LedgerError) as caught:
        service.record(Station("社", "LQ", " "), grower, [lot(service, corn)])
    assert caught.value.problem == LedgerProblem.NO_CLERK
    registry.set_status(grower, Status.LEFT)
    with pytest.raises(LedgerError) as caught:
        service.record(STATION, grower, [lot(service, corn)])
    assert caught.value.problem == LedgerProblem.GROWER_LEFT
    assert service.receipts_of(grower) == []


def test_a_failed_save_leaves_no_gap_in_the_numbers(service, corn, grower, monkeypatch, db):
    real = store.append_receipt

    def failing(*args):
        real(*args)
        raise OSError("disk full")

    monkeypatch.setattr(store, "append_receipt", failing)
    with pytest.raises(OSError):
        service.record(STATION, grower, [lot(service, corn)])
    monkeypatch.setattr(store, "append_receipt", real)
    saved = service.record(STATION, grower, [lot(service, corn)])
    assert saved.signed.receipt.number.endswith("-000001")
    assert db.scalar("SELECT count(*) FROM receipts") == 1


def test_scanning_a_card(grower, registry):
    from fieldapp.domain.cards import encode_card

    g = registry.get(grower)
    assert registry.grower_for_scan(encode_card(g.card_no, g.id)).id == grower
    assert registry.grower_for_scan(g.card_no.lower()).id == grower
    assert registry.grower_for_scan(encode_card("XX-00001", g.id)) is None
    assert registry.grower_for_scan("garbage") is None


def test_outbox_rows_for_every_ledger_row(service, corn, grower, db):
    saved = service.record(STATION, grower, [lot(service, corn), lot(service, corn, 200_000)])
    service.pay(saved.id, PaymentMethod.CASH, "", "李会计")
    counts = dict(
        db.execute(
            "SELECT table_name, count(*) FROM outbox WHERE table_name IN "
            "('receipts', 'receipt_lots', 'payments') GROUP BY table_name"
        ).fetchall()
    )
    assert counts == {"receipts": 1, "receipt_lots": 2, "payments": 1}
