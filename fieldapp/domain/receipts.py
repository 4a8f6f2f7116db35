"""Receipts: what a grower is paid for, in a form both sides can verify offline.

A receipt's canonical form is a compact JSON array (fixed order, no whitespace,
UTF-8). The device signs it with Ed25519; the next receipt of the same device
carries its SHA-256, so the device's receipts form a chain in which a removed or
altered receipt shows. The QR code holds the canonical form and the signature,
ASCII only (a USB scanner types ASCII, never Chinese), so any FieldApp can check a
paper receipt with no network.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import zlib
from dataclasses import dataclass
from enum import StrEnum

from .pricing import Deduction, Lot
from .signing import verify

FORMAT = "FAR1"
QR_PREFIX = FORMAT + ":"


def receipt_number(coop_code: str, device_code: str, sequence: int) -> str:
    """'{coop}-{device}-{sequence}': unique with no network, since each device counts
    its own receipts and never reuses a number."""
    return f"{coop_code}-{device_code}-{sequence:06d}"


@dataclass(frozen=True)
class Receipt:
    number: str
    issued_at: str  # UTC, ISO 8601 with seconds and Z
    coop_name: str
    grower_id: str
    grower_name: str
    card_no: str
    clerk: str
    lots: tuple[Lot, ...]
    key_id: str  # the signing device's public key id
    prev_hash: str = ""  # SHA-256 (hex) of the device's previous receipt; '' for its first
    replaces: str = ""  # the number of the voided receipt this one corrects

    @property
    def total_fen(self) -> int:
        return sum(lot.amount_fen for lot in self.lots)

    @property
    def net_g(self) -> int:
        return sum(lot.net_g for lot in self.lots)


@dataclass(frozen=True)
class SignedReceipt:
    receipt: Receipt
    signature: bytes

    @property
    def hash(self) -> str:
        return receipt_hash(self.receipt)

    def qr_payload(self) -> str:
        return qr_payload(self.receipt, self.signature)


def _lot_values(lot: Lot) -> list:
    return [
        lot.crop,
        lot.grade,
        lot.gross_g,
        lot.tare_g,
        [[d.kind, d.grams, d.measured_permille] for d in lot.deductions],
        lot.net_g,
        lot.price_fen_per_kg,
        lot.amount_fen,
        lot.rule_version,
        lot.manual_reason,
    ]


def canonical(receipt: Receipt) -> bytes:
    """The bytes that are signed and hashed. The order of this array is the format:
    changing it needs a new FORMAT."""
    values = [
        FORMAT,
        receipt.number,
        receipt.issued_at,
        receipt.coop_name,
        receipt.card_no,
        receipt.grower_name,
        receipt.clerk,
        receipt.key_id,
        receipt.prev_hash,
        receipt.replaces,
        receipt.total_fen,
        [_lot_values(lot) for lot in receipt.lots],
    ]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode()


def receipt_hash(receipt: Receipt) -> str:
    return hashlib.sha256(canonical(receipt)).hexdigest()


_SEAL = 4  # bytes of SHA-256 over the compressed bytes


def _seal(packed: bytes) -> bytes:
    return hashlib.sha256(packed).digest()[:_SEAL]


def qr_payload(receipt: Receipt, signature: bytes) -> str:
    """'FAR1:' + base64url(zlib(canonical + signature) + seal), without padding.

    A deflate stream has bits that decompression ignores (padding before a byte
    boundary), so a changed character could leave the content and its signature
    intact; the seal over the compressed bytes makes every changed character show.
    """
    packed = zlib.compress(canonical(receipt) + signature, 9)
    return QR_PREFIX + base64.urlsafe_b64encode(packed + _seal(packed)).decode().rstrip("=")


class ReceiptCheck(StrEnum):
    GENUINE = "genuine"
    ALTERED = "altered"  # damaged, or the content does not match the signature
    UNKNOWN_KEY = "unknown_key"  # signed by a key this installation has never seen
    NOT_A_RECEIPT = "not_a_receipt"  # not a FieldApp receipt code at all


@dataclass(frozen=True)
class Decoded:
    """What a scanned receipt code says, before anyone trusts it."""

    content: bytes
    signature: bytes
    values: list

    @property
    def number(self) -> str:
        return str(self.values[1])

    @property
    def key_id(self) -> str:
        return str(self.values[7])

    @property
    def total_fen(self) -> int:
        return int(self.values[10])

    @property
    def issued_at(self) -> str:
        return str(self.values[2])

    @property
    def grower_name(self) -> str:
        return str(self.values[5])

    @property
    def card_no(self) -> str:
        return str(self.values[4])


# A laptop enrolled with a server prints the code as a link to the server's check,
# `<server>/r?c=FAR1:...`: a grower's phone camera opens it, and every reader here
# takes the code out of it (receipt_code).
LINK_PATH = "/r"
_LINK = re.compile(r"^https?://[^?#\s]+/r\?c=(?P<code>\S+)$")


def receipt_link(server: str, payload: str) -> str:
    return f"{server.rstrip('/')}{LINK_PATH}?c={payload}"


def receipt_code(scanned: str) -> str:
    """The code in what was scanned: the code itself, or the code inside a link."""
    text = scanned.strip()
    link = _LINK.match(text)
    return link["code"] if link else text


def is_receipt_code(payload: str) -> bool:
    return receipt_code(payload).startswith(QR_PREFIX)


def decode_payload(payload: str) -> Decoded | None:
    """The content and signature in a scanned receipt code (or its link), or None if it
    cannot be read as one (not ours, or damaged: zlib's checksum catches most changed
    characters)."""
    text = receipt_code(payload)
    if not text.startswith(QR_PREFIX):
        return None
    body = text.removeprefix(QR_PREFIX)
    try:
        sealed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        packed, seal = sealed[:-_SEAL], sealed[-_SEAL:]
        if _seal(packed) != seal:
            return None
        raw = zlib.decompress(packed)
    except (binascii.Error, ValueError, zlib.error):
        return None
    # The last character's spare bits are ignored by the decoder; a code whose text is
    # not exactly what we would write has been changed, even if it decodes the same.
    if base64.urlsafe_b64encode(sealed).decode().rstrip("=") != body:
        return None
    content, signature = raw[:-64], raw[-64:]
    try:
        values = json.loads(content.decode())
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(values, list) or len(values) != 12 or values[0] != FORMAT:
        return None
    return Decoded(content=content, signature=signature, values=values)


def check_payload(payload: str, keys: dict[str, bytes]) -> tuple[ReceiptCheck, Decoded | None]:
    """Is this scanned code a genuine receipt? `keys` maps key ids to public keys.

    A code with our prefix that no longer decodes, or decodes but fails its
    signature, is ALTERED: a changed character either breaks the compressed data's
    checksum or changes the content or signature, and both are caught.
    """
    if not is_receipt_code(payload):
        return ReceiptCheck.NOT_A_RECEIPT, None
    decoded = decode_payload(payload)
    if decoded is None:
        return ReceiptCheck.ALTERED, None
    public = keys.get(decoded.key_id)
    if public is None:
        return ReceiptCheck.UNKNOWN_KEY, decoded
    if not verify(public, decoded.content, decoded.signature):
        return ReceiptCheck.ALTERED, decoded
    return ReceiptCheck.GENUINE, decoded


def lots_from_values(values: list) -> tuple[Lot, ...]:
    """The lots of a decoded receipt (crop and rule ids are not in the code)."""
    lots = []
    for v in values[11]:
        lots.append(
            Lot(
                crop_id="",
                crop=v[0],
                grade=v[1],
                rule_id="",
                rule_version=v[8],
                gross_g=v[2],
                tare_g=v[3],
                tare_method="",
                containers=0,
                container="",
                deductions=tuple(
                    Deduction(kind=k, grams=g, measured_permille=p) for k, g, p in v[4]
                ),
                net_g=v[5],
                price_fen_per_kg=v[6],
                amount_fen=v[7],
                manual_reason=v[9],
            )
        )
    return tuple(lots)
