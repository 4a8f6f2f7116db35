"""`fieldapp-server`: run the central server, make enrolment codes, revoke a laptop."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from fieldapp.domain import enrolment
from fieldapp.domain.sync import Role

from .store import CODE_DAYS, ServerStore


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("FieldApp", appauthor=False)) / "server"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fieldapp-server", description="FieldApp's central server")
    sub = p.add_subparsers(dest="command", required=True)
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument(
        "--data",
        type=Path,
        default=None,
        help="the server's data folder: its SQLite database and photo files "
        "(default: the user data folder + /server)",
    )
    data.add_argument(
        "--database",
        default=os.environ.get("FIELDAPP_DATABASE"),
        metavar="URL",
        help="keep the rows in this PostgreSQL database instead of SQLite, e.g. "
        "postgresql://fieldapp:secret@dbhost/fieldapp (or set FIELDAPP_DATABASE)",
    )
    serve = sub.add_parser("serve", parents=[data], help="run the server (one worker)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    code = sub.add_parser(
        "code", parents=[data], help="print a one-time enrolment code for a cooperative and role"
    )
    code.add_argument("--coop", required=True, help="the cooperative's name (made if new)")
    code.add_argument("--role", required=True, choices=[r.value for r in Role])
    code.add_argument(
        "--url",
        help="the server's address as the laptops reach it (e.g. http://192.168.1.10:8765): "
        "also print the code as a QR an installer scans into the laptop",
    )
    code.add_argument("--qr", type=Path, metavar="FILE.png", help="save that QR as a picture")
    revoke = sub.add_parser("revoke", parents=[data], help="stop a laptop's token working")
    revoke.add_argument("device_code", metavar="DEVICE_CODE")
    return p


def serve(store: ServerStore, host: str, port: int) -> None:
    import uvicorn

    from .app import create_app

    # One worker: the SQLite store serialises writes in this process.
    uvicorn.run(create_app(store), host=host, port=port, workers=1)


def show_qr(link: str, picture: Path | None) -> None:
    import segno

    qr = segno.make(link, error="m")
    print(link, file=sys.stderr)
    qr.terminal(out=sys.stderr, compact=True)
    if picture is not None:
        qr.save(str(picture), scale=8, border=4)
        print(f"QR saved to {picture}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "code" and not args.coop.strip():
        parser().error("--coop needs the cooperative's name")
    if args.command == "code" and args.qr and not args.url:
        parser().error("--qr needs --url, the server's address the QR carries")
    try:
        store = ServerStore.in_folder(args.data or default_data_dir(), args.database)
    except Exception as error:  # a wrong URL, a database that is down: one line, no trace
        print(f"fieldapp-server: cannot open the database: {error}", file=sys.stderr)
        return 1
    try:
        if args.command == "serve":
            serve(store, args.host, args.port)
        elif args.command == "code":
            code, coop_id = store.new_code(args.coop.strip(), args.role)
            # The code alone on stdout, so a script can take it; the words for a person.
            print(code)
            print(
                f"one-time enrolment code for {args.coop} ({args.role}), valid {CODE_DAYS} "
                f"days; cooperative id {coop_id}",
                file=sys.stderr,
            )
            if args.url:
                show_qr(enrolment.link(args.url, code), args.qr)
        elif not store.revoke(args.device_code):
            print(f"fieldapp-server: no device with code {args.device_code}", file=sys.stderr)
            return 1
        else:
            print(f"revoked {args.device_code.upper()}: its token no longer works")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
