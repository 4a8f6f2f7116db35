"""Smoke-test a built FieldApp: `python packaging/smoke.py BUNDLE.tar.gz|BUNDLE_DIR`.

Unpacks the archive (the very file an installer gets) into a temporary folder,
starts the packaged program offscreen on a fresh data folder with a clean
environment (no virtualenv, no PYTHONPATH, a fresh HOME), lets its
`smoke-test` command create a grower, render a receipt PDF and paint the main
window, then checks the exit code and every file it should have left. Also
checks that every bundled Qt plugin finds its libraries (a trimmed library
shows only when the plugin is loaded on a real screen, which CI has not got).
Exit 0 when all is well.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

TIMEOUT_S = 240
EXECUTABLE = "fieldapp.exe" if sys.platform == "win32" else "fieldapp"


def unpack(archive: Path, into: Path) -> Path:
    """The bundle folder (the one holding the executable) inside the unpacked archive."""
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    found = sorted(into.rglob(EXECUTABLE))
    if not found:
        raise SystemExit(f"{archive}: no {EXECUTABLE} inside")
    return found[0].parent


def clean_env(home: Path) -> dict[str, str]:
    """What a fresh laptop's session looks like: nothing of this checkout or its venv."""
    keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "WINDIR")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def missing_libraries(bundle: Path) -> list[str]:
    """Qt plugins whose libraries `ldd` cannot find inside the bundle or the system."""
    if sys.platform != "linux" or shutil.which("ldd") is None:
        return []
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    problems = []
    for plugin in sorted(internal.rglob("plugins/*/*.so")):
        out = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, env=env, check=False
        ).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if lost:
            problems.append(f"{plugin.relative_to(bundle)}: {', '.join(lost)}")
    return problems


def expect(ok: bool, what: str, failures: list[str]) -> None:
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def smoke(bundle: Path, work: Path) -> list[str]:
    failures: list[str] = []
    exe = bundle / EXECUTABLE
    data, out, home = work / "data", work / "out", work / "home"
    home.mkdir()
    env = clean_env(home)

    version = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    expect(version.returncode == 0, f"--version: {version.stdout.strip()}", failures)

    started = time.perf_counter()
    command = [str(exe), "--data-dir", str(data), "--settings", str(work / "settings.ini")]
    run = subprocess.run(
        [*command, "smoke-test", str(out)],
        env=env,
        timeout=TIMEOUT_S,
        capture_output=True,
        text=True,
        check=False,
    )
    print(run.stdout, end="")
    print(run.stderr, end="", file=sys.stderr)
    seconds = time.perf_counter() - started
    expect(
        run.returncode == 0, f"smoke-test exit code {run.returncode} ({seconds:.1f} s)", failures
    )

    expect((data / "fieldapp.db").is_file(), "database written in the fresh data folder", failures)
    pdf = out / "receipt.pdf"
    expect(pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", "receipt.pdf is a PDF", failures)
    png = out / "main_window.png"
    expect(png.is_file() and png.stat().st_size > 1000, "main window painted", failures)
    report = out / "smoke.json"
    passed = report.is_file() and json.loads(report.read_text(encoding="utf-8"))["ok"]
    expect(bool(passed), "smoke.json says every check passed", failures)
    logs = list((data / "logs").glob("fieldapp.log*"))
    expect(bool(logs), "a log file in the data folder", failures)
    for problem in missing_libraries(bundle):
        expect(False, f"library missing: {problem}", failures)
    server_side = [
        n for n in ("fastapi", "uvicorn", "psycopg") if (bundle / "_internal" / n).exists()
    ]
    expect(not server_side, f"no server libraries bundled {server_side or ''}", failures)
    return failures


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("bundle", type=Path, help="the .tar.gz, or an unpacked bundle folder")
    args.add_argument("--keep", action="store_true", help="keep the temporary folder")
    options = args.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="fieldapp-smoke-"))
    try:
        target = options.bundle.resolve()
        bundle = target if target.is_dir() else unpack(target, work / "unpacked")
        failures = smoke(bundle, work)
    finally:
        if options.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("packaged smoke test " + ("FAILED: " + "; ".join(failures) if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
