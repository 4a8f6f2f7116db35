"""`fieldapp`: with no command, the desktop program; commands for the rest."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

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
    return p


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
    from fieldapp import app

    return app.run(data_dir, args.settings)
