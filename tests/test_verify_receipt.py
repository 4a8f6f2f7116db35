"""`fieldapp verify-receipt` on real receipt PDFs and scanned codes."""

from __future__ import annotations

import re

import pytest

from fieldapp import cli
from fieldapp.domain.growers import GrowerData
from fieldapp.domain.pricing import LotInput
from fieldapp.services.bundle import Services
from fieldapp.services.purchases import Station
from fieldapp.services.setup import open_database


@pytest.fixture
def saved(tmp_path):
    """A data folder with one signed receipt, and that receipt's PDF."""
    db = open_database(tmp_path / "fieldapp.db")
    services = Services(db)
    corn = next(p.id for p in services.places.crops() if p.name == "玉米")
    rule = services.purchases.save_rule(corn, "一等", 235)
    grower = services.registry.save(GrowerData(name="王建国"))
    lot = services.purchases.price(rule, LotInput(gross_g=812_340))
    entry = services.purchases.record(Station("龙泉合作社", "LQ", "李会计"), grower, [lot])
    pdf = services.purchases.receipt_pdf(entry.id)
    db.close()
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    return tmp_path, path, entry


def test_genuine_pdf_and_code(saved, capsys):
    folder, path, entry = saved
    assert cli.main(["--data-dir", str(folder), "verify-receipt", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("genuine") and entry.signed.receipt.number in out
    code = entry.signed.qr_payload()
    assert cli.main(["--data-dir", str(folder), "verify-receipt", code]) == 0


def test_a_pdf_showing_another_total_is_altered(saved, capsys):
    folder, path, entry = saved
    data = path.read_bytes()
    # Swap the signed code for a tampered copy: one character of the base64 changed.
    code = entry.signed.qr_payload()
    i = len(code) // 2
    tampered = code[:i] + ("A" if code[i] != "A" else "B") + code[i + 1 :]
    changed = data.replace(code.encode(), tampered.encode())
    assert changed != data
    path.write_bytes(changed)
    assert cli.main(["--data-dir", str(folder), "verify-receipt", str(path)]) == 1
    assert capsys.readouterr().out.startswith("ALTERED")


def test_unknown_key_and_not_a_receipt(saved, tmp_path_factory, capsys):
    _, path, _ = saved
    elsewhere = tmp_path_factory.mktemp("other-laptop")
    assert cli.main(["--data-dir", str(elsewhere), "verify-receipt", str(path)]) == 2
    other = elsewhere / "other.pdf"
    other.write_bytes(b"%PDF-1.4 nothing here")
    assert cli.main(["--data-dir", str(elsewhere), "verify-receipt", str(other)]) == 3
    assert cli.main(["--data-dir", str(elsewhere), "verify-receipt", "hello"]) == 3
    assert re.search("not a FieldApp receipt", capsys.readouterr().out)
