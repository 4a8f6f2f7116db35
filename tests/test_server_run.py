"""The server as it is run: uvicorn on a real socket, and the `fieldapp-server` command."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import httpx
import pytest
import uvicorn

from fieldapp.domain import enrolment
from fieldapp.server import cli
from fieldapp.server.store import ServerStore
from tests.loopback import serving
from tests.test_server import stamp


def test_real_server_push_and_pull(tmp_path: Path):
    store = ServerStore(tmp_path / "server.db")
    code, _ = store.new_code("绿源合作社", "technician")
    try:
        with serving(store) as url, httpx.Client(base_url=url, timeout=10) as http:
            assert http.get("/v1/health").json() == {"ok": True}
            enrolled = http.post(
                "/v1/enrol", json={"code": code, "device_id": "lap-1", "name": "秤台"}
            ).json()
            headers = {"Authorization": f"Bearer {enrolled['token']}"}
            changes = [
                {
                    "seq": i + 1,
                    "change_id": f"c{i}",
                    "table": "growers",
                    "row_id": f"g{i}",
                    "op": "insert",
                    "changes": {"name": "张三", "coop_id": enrolled["coop_id"]},
                    "base": None,
                    "hlc": stamp(1_764_750_000_000 + i, "lap-1"),
                }
                for i in range(200)
            ]
            body = gzip.compress(json.dumps({"device_id": "lap-1", "changes": changes}).encode())
            pushed = http.post(
                "/v1/push",
                content=body,
                headers={
                    **headers,
                    "Content-Encoding": "gzip",
                    "Content-Type": "application/json",
                },
            )
            assert pushed.json() == {"high_seq": 200, "conflicts": 0}
            page = http.get("/v1/pull", params={"limit": 150}, headers=headers)
            assert page.headers["content-encoding"] == "gzip"  # httpx asks for it
            assert len(page.json()["changes"]) == 200  # one push: never split
            assert page.json()["more"] is False
    finally:
        store.close()


def test_cli_code_enrol_and_revoke(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert (
        cli.main(["code", "--coop", "绿源合作社", "--role", "clerk", "--data", str(tmp_path)]) == 0
    )
    code = capsys.readouterr().out.strip()
    assert len(code) == 8
    store = ServerStore(tmp_path / "server.db")
    try:
        enrolled = store.enrol(code, "lap-1", "秤台")
        assert enrolled.role == "clerk"
        assert store.device(enrolled.token) is not None
        assert cli.main(["revoke", enrolled.device_code, "--data", str(tmp_path)]) == 0
        assert store.device(enrolled.token) is None
    finally:
        store.close()
    assert cli.main(["revoke", "ZZZZ", "--data", str(tmp_path)]) == 1


def test_cli_refuses_bad_arguments(tmp_path: Path):
    for argv in (
        ["code", "--coop", "x", "--role", "boss", "--data", str(tmp_path)],
        ["code", "--coop", "  ", "--role", "clerk", "--data", str(tmp_path)],
        [],
    ):
        with pytest.raises(SystemExit) as exit_:
            cli.main(argv)
        assert exit_.value.code == 2


def test_cli_serve_runs_one_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    seen: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: seen.update(app=app, **kwargs))
    assert cli.main(["serve", "--data", str(tmp_path / "d"), "--port", "9999"]) == 0
    assert seen["workers"] == 1 and seen["port"] == 9999 and seen["host"] == "127.0.0.1"
    assert (tmp_path / "d" / "server.db").is_file()


def test_default_data_dir_is_under_the_user_data_folder():
    assert cli.default_data_dir().name == "server"
    assert "FieldApp" in str(cli.default_data_dir())


def test_cli_code_as_a_qr_an_installer_scans(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    picture = tmp_path / "code.png"
    argv = ["code", "--coop", "绿源合作社", "--role", "technician", "--data", str(tmp_path)]
    assert cli.main([*argv, "--url", "http://192.168.1.10:8765", "--qr", str(picture)]) == 0
    code = capsys.readouterr().out.strip()
    scanned = subprocess.run(
        ["zbarimg", "-q", "--raw", str(picture)], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert enrolment.parse(scanned) == ("http://192.168.1.10:8765", code)
    with pytest.raises(SystemExit):
        cli.main([*argv, "--qr", str(picture)])  # a QR without the address it must carry
