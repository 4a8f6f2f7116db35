"""`fieldapp`: with no command, the desktop program; commands for the rest."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from fieldapp import __version__

DATA_DIR_ENV = "FIELDAPP_DATA_DIR"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(os.environ.get(DATA_DIR_ENV) or user_data_dir("FieldApp", appauthor=False))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fieldapp", description="FieldApp for cooperatives")
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"folder holding the database and photos (default: the user data folder, "
        f"or ${DATA_DIR_ENV})",
    )
    p.add_argument("--settings", type=Path, default=None, help="settings file (.ini) to use")
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo-data", help="fill the database with generated growers")
    demo.add_argument("--growers", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    verify = sub.add_parser(
        "verify-receipt",
        help="say whether a receipt (its PDF, or its scanned QR text) is genuine; "
        "exit 0 genuine, 1 altered, 2 unknown key, 3 not a receipt",
    )
    verify.add_argument("receipt", help="FILE.pdf, or the text of a receipt's QR code")
    smoke = sub.add_parser(
        "smoke-test",
        help="check this build end to end, offscreen, on the --data-dir given (use an empty "
        "folder: it writes a grower and a receipt); exit 0 when every check passed",
    )
    smoke.add_argument(
        "out", type=Path, help="folder for the receipt PDF, a screenshot, smoke.json"
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


VERIFY_EXIT = {"genuine": 0, "altered": 1, "unknown_key": 2, "not_a_receipt": 3}


def verify_receipt(data_dir: Path, receipt: str) -> int:
    from fieldapp.domain.money import format_yuan
    from fieldapp.domain.receipts import is_receipt_code
    from fieldapp.services.purchases import PurchaseService
    from fieldapp.services.setup import open_database

    db = open_database(data_dir / "fieldapp.db")
    try:
        service = PurchaseService(db)
        path = Path(receipt)
        if not is_receipt_code(receipt) and (path.suffix.lower() == ".pdf" or path.is_file()):
            try:
                data = path.read_bytes()
            except OSError as exc:
                print(f"fieldapp verify-receipt: cannot read {path}: {exc}", file=sys.stderr)
                return 3
            check, decoded = service.verify_pdf(data)
        else:
            check, decoded = service.verify(receipt)
    finally:
        db.close()
    words = {
        "genuine": "genuine: signed by a known laptop and unchanged",
        "altered": "ALTERED: the receipt does not match its signature; do not pay on it",
        "unknown_key": "unknown key: signed by a laptop not known here (sync first)",
        "not_a_receipt": "not a FieldApp receipt",
    }
    print(words[check.value])
    if decoded is not None and check.value != "altered":
        print(f"  {decoded.number}  {decoded.issued_at}  {decoded.grower_name} ({decoded.card_no})")
        print(f"  total {format_yuan(decoded.total_fen)} yuan")
    return VERIFY_EXIT[check.value]


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    if args.command == "demo-data":
        from fieldapp.services.demo_data import fill

        try:
            fill(data_dir / "fieldapp.db", growers=args.growers, seed=args.seed)
        except ValueError as exc:  # the database already has growers
            print(f"fieldapp demo-data: {exc}", file=sys.stderr)
            return 1
        print(f"{args.growers} demo growers written to {data_dir / 'fieldapp.db'}")
        return 0
    if args.command == "verify-receipt":
        return verify_receipt(data_dir, args.receipt)
    if args.command == "smoke-test":
        from fieldapp import smoke

        return smoke.run(data_dir, args.out, args.settings)
    from fieldapp import app

    return app.run(data_dir, args.settings)
