"""`fieldapp smoke-test`, the check packaging/smoke.py runs on a built bundle, run here
on the checkout (in its own process: it installs translators and its own QApplication)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from fieldapp import __version__


def run_fieldapp(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def test_smoke_test_passes_on_a_fresh_data_folder(tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    done = run_fieldapp("--data-dir", str(data), "smoke-test", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((out / "smoke.json").read_text(encoding="utf-8"))
    assert report["ok"] and report["version"] == __version__
    names = [c["name"] for c in report["checks"]]
    assert names == ["database", "grower", "receipt", "catalogue", "qt", "main window", "log file"]
    assert (out / "receipt.pdf").read_bytes().startswith(b"%PDF-")
    assert (out / "main_window.png").stat().st_size > 1000
    assert (data / "logs" / "fieldapp.log").is_file()


def test_a_failing_check_makes_the_exit_code_non_zero(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "fieldapp.db").write_bytes(b"not a database at all, a damaged file" * 100)
    done = run_fieldapp("--data-dir", str(data), "smoke-test", str(tmp_path / "out"))
    assert done.returncode == 1
    report = json.loads((tmp_path / "out" / "smoke.json").read_text(encoding="utf-8"))
    assert not report["ok"] and report["checks"][0]["name"] == "database"


def test_version():
    done = run_fieldapp("--version")
    assert done.returncode == 0 and __version__ in done.stdout
