"""The purchase ledger: receipts, their lots, voids and payments; price rules and
containers; the devices' receipt-signing keys.

Ledger rows are only ever inserted (the schema's triggers refuse anything else);
each insert writes its outbox row through synced.py like every synced table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from fieldapp.domain import signing
from fieldapp.domain.pricing import Band, Container, Deduction, Lot, PriceRule
from fieldapp.domain.receipts import Receipt, SignedReceipt, canonical

from . import synced
from .database import Database
from .device import get_meta, identity, reserve_sequence, set_meta, utc_now

# -- signing keys ------------------------------------------------------------------------


@dataclass(frozen=True)
class SigningKey:
    private: bytes
    key_id: str


def signing_key(db: Database) -> SigningKey:
    """This device's receipt-signing key, made (and its public half listed) on first use."""
    with db.transaction():
        stored = get_meta(db, "signing_key")
        if stored is not None:
            private = bytes.fromhex(stored)
            return SigningKey(private, signing.key_id(signing.public_key(private)))
        me = identity(db)
        private = signing.new_private_key()
        public = signing.public_key(private)
        set_meta(db, "signing_key", private.hex())
        db.execute(
            "INSERT INTO device_keys (key_id, device_id, device_code, public_key, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (signing.key_id(public), me.device_id, me.device_code, public.hex(), utc_now()),
        )
        return SigningKey(private, signing.key_id(public))


def public_keys(db: Database) -> dict[str, bytes]:
    return {
        str(k): bytes.fromhex(v)
        for k, v in db.execute("SELECT key_id, public_key FROM device_keys")
    }


# -- price rules and containers ------------------------------------------------------------


def _bands(text: str) -> tuple[Band, ...]:
    return tuple(Band(a, b, c) for a, b, c in json.loads(text))


def _bands_json(bands: tuple[Band, ...]) -> str:
    return json.dumps([[b.from_permille, b.to_permille, b.bp_per_point] for b in bands])


_RULE_SQL = (
    "SELECT r.id, r.crop_id, c.name AS crop, r.grade, r.version, r.price_fen_per_kg, "
    "r.moisture, r.impurity FROM price_rules r JOIN crops c ON c.id = r.crop_id "
)


def _rule(row: dict) -> PriceRule:
    return PriceRule(
        crop_id=row["crop_id"],
        crop=row["crop"],
        grade=row["grade"],
        price_fen_per_kg=row["price_fen_per_kg"],
        moisture=_bands(row["moisture"]),
        impurity=_bands(row["impurity"]),
        version=row["version"],
        id=row["id"],
    )


def current_rules(db: Database) -> list[PriceRule]:
    """The newest version of each crop and grade, unless that version retired the grade."""
    rows = db.query(
        _RULE_SQL + "WHERE r.deleted = 0 AND r.retired = 0 AND c.deleted = 0 AND r.version = "
        "(SELECT max(version) FROM price_rules o WHERE o.coop_id = r.coop_id "
        "AND o.crop_id = r.crop_id AND o.grade = r.grade AND o.deleted = 0) "
        "ORDER BY c.sort_order, c.name, r.grade"
    )
    return [_rule(r) for r in rows]


def rule(db: Database, rule_id: str) -> PriceRule | None:
    rows = db.query(_RULE_SQL + "WHERE r.id = ?", (rule_id,))
    return _rule(rows[0]) if rows else None


def add_rule_version(
    db: Database,
    crop_id: str,
    grade: str,
    price_fen_per_kg: int,
    moisture: tuple[Band, ...] = (),
    impurity: tuple[Band, ...] = (),
    retired: bool = False,
) -> str:
    """A new version of the crop and grade's rule (version 1 for a new grade)."""
    me = identity(db)
    with db.transaction():
        version = int(
            db.scalar(
                "SELECT coalesce(max(version), 0) FROM price_rules "
                "WHERE coop_id = ? AND crop_id = ? AND grade = ?",
                (me.coop_id, crop_id, grade),
            )
            or 0
        )
        return synced.insert(
            db,
            "price_rules",
            {
                "crop_id": crop_id,
                "grade": grade,
                "version": version + 1,
                "price_fen_per_kg": price_fen_per_kg,
                "moisture": _bands_json(moisture),
                "impurity": _bands_json(impurity),
                "retired": int(retired),
            },
        )


def containers(db: Database) -> list[tuple[str, Container]]:
    rows = db.execute(
        "SELECT id, name, tare_g FROM containers WHERE deleted = 0 ORDER BY sort_order, name"
    )
    return [(r[0], Container(r[1], r[2])) for r in rows]


def add_container(db: Database, container: Container) -> str:
    return synced.insert(db, "containers", {"name": container.name, "tare_g": container.tare_g})


def update_container(db: Database, container_id: str, container: Container) -> None:
    synced.update(
        db, "containers", container_id, {"name": container.name, "tare_g": container.tare_g}
    )


def remove_container(db: Database, container_id: str) -> None:
    synced.update(db, "containers", container_id, {"deleted": 1})


# -- the ledger ----------------------------------------------------------------------------


def next_receipt_sequence(db: Database) -> int:
    """The next receipt sequence of this device. Call inside the transaction that saves
    the receipt: a save that fails gives its number back, so the only gaps in a device's
    numbers are receipts that exist (voided ones included)."""
    me = identity(db)
    with db.transaction():
        stored = reserve_sequence(db, "receipt", 1)
        # After a restore from an old backup the counter could lag the ledger.
        highest = db.scalar(
            "SELECT max(sequence) FROM receipts WHERE device_id = ?", (me.device_id,)
        )
        if highest is not None and stored <= int(highest):
            stored = int(highest) + 1
            set_meta(db, "seq:receipt", str(stored))
        return stored


def last_hash(db: Database) -> str:
    """The hash of this device's newest receipt ('' before the first)."""
    me = identity(db)
    value = db.scalar(
        "SELECT hash FROM receipts WHERE device_id = ? ORDER BY sequence DESC LIMIT 1",
        (me.device_id,),
    )
    return "" if value is None else str(value)


def _deductions_json(deductions: tuple[Deduction, ...]) -> str:
    return json.dumps(
        [[d.kind, d.grams, d.measured_permille] for d in deductions], ensure_ascii=False
    )


def append_receipt(db: Database, signed: SignedReceipt, sequence: int) -> str:
    """Write a signed receipt and its lots; returns the receipt's id."""
    r = signed.receipt
    content = canonical(r)
    with db.transaction():
        receipt_id = synced.insert(
            db,
            "receipts",
            {
                "number": r.number,
                "sequence": sequence,
                "issued_at": r.issued_at,
                "grower_id": r.grower_id,
                "grower_name": r.grower_name,
                "card_no": r.card_no,
                "clerk": r.clerk,
                "coop_name": r.coop_name,
                "total_fen": r.total_fen,
                "net_g": r.net_g,
                "key_id": r.key_id,
                "prev_hash": r.prev_hash,
                "hash": signed.hash,
                "signature": signed.signature.hex(),
                "canonical": content.decode(),
                "replaces": r.replaces,
            },
        )
        synced.insert_many(
            db,
            "receipt_lots",
            [
                {
                    "receipt_id": receipt_id,
                    "position": i,
                    "crop_id": lot.crop_id,
                    "crop": lot.crop,
                    "grade": lot.grade,
                    "rule_id": lot.rule_id,
                    "rule_version": lot.rule_version,
                    "gross_g": lot.gross_g,
                    "tare_g": lot.tare_g,
                    "tare_method": lot.tare_method,
                    "containers": lot.containers,
                    "container": lot.container,
                    "deductions": _deductions_json(lot.deductions),
                    "net_g": lot.net_g,
                    "price_fen_per_kg": lot.price_fen_per_kg,
                    "amount_fen": lot.amount_fen,
                    "manual_reason": lot.manual_reason,
                }
                for i, lot in enumerate(r.lots)
            ],
        )
    return receipt_id


def add_void(db: Database, receipt_id: str, reason: str, clerk: str) -> str:
    return synced.insert(
        db,
        "receipt_voids",
        {"receipt_id": receipt_id, "reason": reason, "clerk": clerk, "voided_at": utc_now()},
    )


def add_payment(
    db: Database, receipt_id: str, method: str, reference: str, amount_fen: int, clerk: str
) -> str:
    return synced.insert(
        db,
        "payments",
        {
            "receipt_id": receipt_id,
            "method": method,
            "reference": reference,
            "amount_fen": amount_fen,
            "clerk": clerk,
            "paid_at": utc_now(),
        },
    )


@dataclass(frozen=True)
class VoidRow:
    reason: str
    clerk: str
    voided_at: str


@dataclass(frozen=True)
class PaymentRow:
    method: str
    reference: str
    amount_fen: int
    clerk: str
    paid_at: str


@dataclass(frozen=True)
class LedgerEntry:
    """A receipt as stored, with what happened to it since."""

    id: str
    signed: SignedReceipt
    intact: bool  # the stored rows still give the bytes that were signed
    void: VoidRow | None
    payment: PaymentRow | None
    replaced_by: str  # number of the receipt that corrects this one, if any


def _lot(row: dict) -> Lot:
    return Lot(
        crop_id=row["crop_id"],
        crop=row["crop"],
        grade=row["grade"],
        rule_id=row["rule_id"],
        rule_version=row["rule_version"],
        gross_g=row["gross_g"],
        tare_g=row["tare_g"],
        tare_method=row["tare_method"],
        containers=row["containers"],
        container=row["container"],
        deductions=tuple(
            Deduction(kind=k, grams=g, measured_permille=p)
            for k, g, p in json.loads(row["deductions"])
        ),
        net_g=row["net_g"],
        price_fen_per_kg=row["price_fen_per_kg"],
        amount_fen=row["amount_fen"],
        manual_reason=row["manual_reason"],
    )


_ENTRY_SQL = (
    "SELECT r.*, v.reason AS void_reason, v.clerk AS void_clerk, v.voided_at, "
    "p.method, p.reference, p.amount_fen AS paid_fen, p.clerk AS paid_clerk, p.paid_at, "
    "coalesce((SELECT n.number FROM receipts n WHERE n.replaces = r.number LIMIT 1), '') "
    "AS replaced_by FROM receipts r "
    "LEFT JOIN receipt_voids v ON v.receipt_id = r.id "
    "LEFT JOIN payments p ON p.receipt_id = r.id "
)


def _entries(db: Database, where: str, params: tuple) -> list[LedgerEntry]:
    rows = db.query(_ENTRY_SQL + where, params)
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    lots: dict[str, list[Lot]] = {i: [] for i in ids}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ", ".join("?" for _ in part)
        for row in db.query(
            f"SELECT * FROM receipt_lots WHERE receipt_id IN ({marks}) ORDER BY position",
            tuple(part),
        ):
            lots[row["receipt_id"]].append(_lot(row))
    entries = []
    for row in rows:
        receipt = Receipt(
            number=row["number"],
            issued_at=row["issued_at"],
            coop_name=row["coop_name"],
            grower_id=row["grower_id"],
            grower_name=row["grower_name"],
            card_no=row["card_no"],
            clerk=row["clerk"],
            lots=tuple(lots[row["id"]]),
            key_id=row["key_id"],
            prev_hash=row["prev_hash"],
            replaces=row["replaces"],
        )
        entries.append(
            LedgerEntry(
                id=row["id"],
                signed=SignedReceipt(receipt, bytes.fromhex(row["signature"])),
                intact=canonical(receipt) == row["canonical"].encode(),
                void=VoidRow(row["void_reason"], row["void_clerk"], row["voided_at"])
                if row["void_reason"] is not None
                else None,
                payment=PaymentRow(
                    row["method"],
                    row["reference"],
                    row["paid_fen"],
                    row["paid_clerk"],
                    row["paid_at"],
                )
                if row["method"] is not None
                else None,
                replaced_by=row["replaced_by"],
            )
        )
    return entries


def entry(db: Database, receipt_id: str) -> LedgerEntry | None:
    found = _entries(db, "WHERE r.id = ?", (receipt_id,))
    return found[0] if found else None


def entry_by_number(db: Database, number: str) -> LedgerEntry | None:
    found = _entries(db, "WHERE r.number = ?", (number,))
    return found[0] if found else None


def entries_of_grower(db: Database, grower_id: str) -> list[LedgerEntry]:
    return _entries(db, "WHERE r.grower_id = ? ORDER BY r.issued_at DESC", (grower_id,))


def entries_between(db: Database, start_utc: str, end_utc: str) -> list[LedgerEntry]:
    """Receipts issued in [start, end), oldest first (a day's settlement)."""
    return _entries(
        db, "WHERE r.issued_at >= ? AND r.issued_at < ? ORDER BY r.issued_at", (start_utc, end_utc)
    )
