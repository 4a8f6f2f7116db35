"""Receipt codes: what the QR holds, and that any change to it is caught."""

from __future__ import annotations

import pytest

from fieldapp.domain import signing
from fieldapp.domain.pricing import Band, LotInput, PriceRule, price_lot
from fieldapp.domain.receipts import (
    Receipt,
    ReceiptCheck,
    SignedReceipt,
    canonical,
    check_payload,
    decode_payload,
    is_receipt_code,
    lots_from_values,
    receipt_code,
    receipt_hash,
    receipt_link,
    receipt_number,
)

RULE = PriceRule("c", "玉米", "一等", 235, moisture=(Band(140, None, 150),), version=3)


@pytest.fixture(scope="module")
def key() -> bytes:
    return signing.new_private_key()


def make(key: bytes, **changes) -> SignedReceipt:
    lots = tuple(
        price_lot(RULE, LotInput(gross_g=500_000 + i, moisture_permille=150 + i)) for i in range(3)
    )
    values = dict(
        number=receipt_number("LQ", "A7K2", 12),
        issued_at="2026-11-25T02:12:00Z",
        coop_name="龙泉种植专业合作社",
        grower_id="g",
        grower_name="阿依古丽·买买提",
        card_no="A7K2-00012",
        clerk="李会计",
        lots=lots,
        key_id=signing.key_id(signing.public_key(key)),
        prev_hash="ab" * 32,
    )
    values.update(changes)
    receipt = Receipt(**values)
    return SignedReceipt(receipt, signing.sign(key, canonical(receipt)))


def keys_of(key: bytes) -> dict[str, bytes]:
    public = signing.public_key(key)
    return {signing.key_id(public): public}


def test_the_code_carries_the_receipt(key):
    signed = make(key)
    payload = signed.qr_payload()
    assert payload.isascii()  # a USB scanner types ASCII only
    check, decoded = check_payload(payload, keys_of(key))
    assert check == ReceiptCheck.GENUINE
    assert decoded.number == "LQ-A7K2-000012"
    assert decoded.total_fen == signed.receipt.total_fen
    assert decoded.grower_name == "阿依古丽·买买提"
    assert lots_from_values(decoded.values)[2].net_g == signed.receipt.lots[2].net_g


def test_every_changed_character_is_caught(key):
    payload = make(key).qr_payload()
    keys = keys_of(key)
    body = len("FAR1:")
    for i in range(body, len(payload)):
        # Another character of the same base64 alphabet: a valid-looking code.
        swapped = "A" if payload[i] != "A" else "B"
        changed = payload[:i] + swapped + payload[i + 1 :]
        assert check_payload(changed, keys)[0] == ReceiptCheck.ALTERED, i
    # A change to the prefix makes it no receipt code at all: also never genuine.
    assert check_payload("FAR2" + payload[4:], keys)[0] == ReceiptCheck.NOT_A_RECEIPT


def test_a_receipt_signed_again_by_another_key_is_altered(key):
    other = signing.new_private_key()
    forged = make(other, key_id=make(key).receipt.key_id)  # claims to be ours
    assert check_payload(forged.qr_payload(), keys_of(key))[0] == ReceiptCheck.ALTERED


def test_unknown_key_and_foreign_codes(key):
    payload = make(key).qr_payload()
    assert check_payload(payload, {})[0] == ReceiptCheck.UNKNOWN_KEY
    assert check_payload("FA1:G:A7K2-00001:abc", keys_of(key))[0] == ReceiptCheck.NOT_A_RECEIPT
    assert check_payload("", keys_of(key))[0] == ReceiptCheck.NOT_A_RECEIPT
    assert decode_payload("FAR1:!!!") is None


def test_the_hash_chain_changes_with_any_field(key):
    a = make(key)
    assert receipt_hash(a.receipt) != receipt_hash(make(key, clerk="张会计").receipt)
    assert receipt_hash(a.receipt) != receipt_hash(make(key, prev_hash="").receipt)


@pytest.mark.parametrize(
    ("scanned", "code"),
    [
        ("FAR1:abc", "FAR1:abc"),
        ("  http://192.168.1.10:8765/r?c=FAR1:abc \n", "FAR1:abc"),
        ("https://coop.example.cn/fieldapp/r?c=FAR1:a-b_c", "FAR1:a-b_c"),
        ("http://evil.example/x?c=FAR1:abc", "http://evil.example/x?c=FAR1:abc"),  # not /r
        ("FA1:G:LY-0001:g1", "FA1:G:LY-0001:g1"),  # a grower card stays what it is
    ],
)
def test_the_code_is_read_out_of_its_link(scanned, code):
    assert receipt_code(scanned) == code
    assert is_receipt_code(scanned) == code.startswith("FAR1:")


def test_a_link_made_here_reads_back():
    assert receipt_code(receipt_link("http://10.0.0.5:8765/", "FAR1:xyz")) == "FAR1:xyz"
