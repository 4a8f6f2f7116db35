"""Cold start of the packaged program to its painted main window, against the same
program started from the checkout (`python -m fieldapp`, what `startup` measures).

Both open a copy of the same 100,000-grower database and print "painted" at their
first paint (FIELDAPP_BENCH_EXIT_ON_PAINT=1, see app.py), timed by wall clock
from launch; median of RUNS runs each, alternating, after one untimed run of each
(the file cache: a laptop's second start of the day is what people wait for most).
The bundle is build/package/dist/fieldapp, built by packaging/build.sh first if
it is not there (about a minute).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _demo import ROOT, fresh_copy
from startup import _env, compile_bytecode, time_to_paint

FIGURES = ["bundle.startup"]
GROWERS = 100_000
RUNS = 5
BUNDLE = ROOT / "build" / "package" / "dist" / "fieldapp" / "fieldapp"


def ensure_bundle() -> None:
    if not BUNDLE.exists():
        subprocess.run(
            ["bash", str(ROOT / "packaging" / "build.sh"), "--no-smoke"],
            check=True,
            cwd=ROOT,
            stdout=sys.stderr,  # stdout is for the figures
        )


def run() -> list[dict]:
    ensure_bundle()
    with tempfile.TemporaryDirectory(prefix="fieldapp-cold-") as tmp:
        data = Path(tmp)
        fresh_copy(GROWERS, data / "fieldapp.db")
        compile_bytecode()
        args = ["--data-dir", str(data), "--settings", str(data / "settings.ini")]
        env = _env({"FIELDAPP_BENCH_EXIT_ON_PAINT": "1"})
        bundle = ([str(BUNDLE), *args], env)
        checkout = ([sys.executable, "-m", "fieldapp", *args], env)
        time_to_paint(*bundle)  # warm-up
        time_to_paint(*checkout)
        bundle_ms, checkout_ms = [], []
        for _ in range(RUNS):
            bundle_ms.append(time_to_paint(*bundle))
            checkout_ms.append(time_to_paint(*checkout))
    return [
        {
            "name": "bundle.startup",
            "value": round(statistics.median(bundle_ms), 1),
            "unit": "ms",
            "baseline": round(statistics.median(checkout_ms), 1),
        }
    ]


if __name__ == "__main__":
    print(run())
