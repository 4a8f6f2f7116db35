"""Cold start to a painted main window with 100,000 growers, against a bare PySide6 window.

Both are started the same way: a fresh `python` process, timed by wall clock
from launch until it prints a line "painted" on stdout (printed from the first
paintEvent of its main window). Median of RUNS runs each, alternating the two so
that a noisy neighbour hurts both alike; one untimed run of each first warms
the disk cache so neither pays for it alone.

The app half runs `python -m fieldapp --data-dir DIR` (DIR holding fieldapp.db)
with FIELDAPP_BENCH_EXIT_ON_PAINT=1: the app prints "painted" on its first
paint and quits. Until the program has that entry point, only nothing is printed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _demo import ROOT, fresh_copy

FIGURES = ["startup"]
GROWERS = 100_000
RUNS = 5
TIMEOUT_S = 120

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv)
window = Window()
window.resize(1200, 800)
window.show()
app.exec()
"""


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra or {})
    return env


def time_to_paint(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from launching `command` until it prints 'painted'."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "painted":
                elapsed = (time.perf_counter() - started) * 1000
                break
        else:
            raise RuntimeError(f"{command} exited ({process.wait()}) without painting")
        process.wait(timeout=TIMEOUT_S)
        return elapsed
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def compile_bytecode() -> None:
    """Write the .pyc files an installed program has (pip and PyInstaller compile them).

    Shells may set PYTHONDONTWRITEBYTECODE, and uv installs without bytecode; then every
    start compiles every module again, which no user's start pays. Both halves gain.
    """
    import compileall

    import PySide6
    import shiboken6

    for folder in (
        ROOT / "fieldapp",
        Path(PySide6.__file__).parent,
        Path(shiboken6.__file__).parent,
    ):
        compileall.compile_dir(str(folder), quiet=1, workers=0)


def app_available() -> bool:
    return (ROOT / "fieldapp" / "__main__.py").exists()


def run() -> list[dict]:
    if not app_available():
        print("startup: fieldapp/__main__.py not written yet; nothing measured", file=sys.stderr)
        return []
    bare = ([sys.executable, "-c", BARE_WINDOW], _env())
    with tempfile.TemporaryDirectory(prefix="fieldapp-startup-") as tmp:
        data_dir = Path(tmp)
        fresh_copy(GROWERS, data_dir / "fieldapp.db")
        compile_bytecode()
        app = (
            [
                sys.executable,
                "-m",
                "fieldapp",
                "--data-dir",
                str(data_dir),
                "--settings",
                str(data_dir / "settings.ini"),
            ],
            _env({"FIELDAPP_BENCH_EXIT_ON_PAINT": "1"}),
        )
        time_to_paint(*bare)  # warm-up: file cache, Python's bytecode cache
        time_to_paint(*app)
        bare_ms, app_ms = [], []
        for _ in range(RUNS):
            bare_ms.append(time_to_paint(*bare))
            app_ms.append(time_to_paint(*app))
    return [
        {
            "name": "startup",
            "value": round(statistics.median(app_ms), 1),
            "unit": "ms",
            "baseline": round(statistics.median(bare_ms), 1),
        }
    ]


if __name__ == "__main__":
    print(run())
