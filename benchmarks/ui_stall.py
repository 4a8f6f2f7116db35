"""ui.max_stall: the longest the window stops answering while photos are imported.

A 5 ms QTimer records when the event loop gets to run; the figure is the longest gap
between two ticks while 60 photos (3000x2250 JPEGs with EXIF) are added to a visit.
value: the visit editor's import (on the writer thread, progress dialog on screen).
baseline: the same import called on the UI thread, as a naive program would.
Target: no stall over 50 ms.

    python benchmarks/ui_stall.py      # prints one JSON line
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIGURES = ["ui.max_stall"]
PHOTOS = 60


def _photos(folder: Path) -> list[Path]:
    from PIL import Image, ImageDraw

    folder.mkdir()
    base = Image.new("RGB", (3000, 2250), (70, 125, 55))
    draw = ImageDraw.Draw(base)
    for i in range(80):
        x, y = (i * 397) % 3000, (i * 241) % 2250
        draw.ellipse((x, y, x + 40 + i % 30, y + 40 + i % 30), fill=(115, 80, 40))
    paths = []
    for i in range(PHOTOS):
        exif = Image.Exif()
        exif.get_ifd(0x8769)[0x9003] = f"2026:06:01 10:{i // 60:02d}:{i % 60:02d}"
        path = folder / f"IMG_{i:04d}.jpg"
        base.save(path, quality=85, exif=exif)
        paths.append(path)
    return paths


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from fieldapp.domain.growers import GrowerData
    from fieldapp.domain.visits import VisitData
    from fieldapp.services.bundle import Services
    from fieldapp.services.setup import open_database
    from fieldapp.tasks import Tasks
    from fieldapp.ui.visit_editor import VisitEditor

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files_folder = folder / "DCIM"
        _photos(files_folder)
        services = Services(open_database(folder / "fieldapp.db"))
        grower = services.registry.save(GrowerData(name="王建国"))
        tasks = Tasks(app)

        def new_visit() -> str:
            return services.visits.save(
                VisitData(grower_id=grower, visited_on="2026-06-01", technician="张技术员")
            )

        def watch(start_work: object, finished: object) -> float:
            ticks: list[float] = []
            timer = QTimer()
            timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
            timer.start(5)
            loop = QEventLoop()
            QTimer.singleShot(20, start_work)
            check = QTimer()
            # Quit a little after the work ends, so the tick that ends its stall is seen.
            check.timeout.connect(lambda: finished() and QTimer.singleShot(50, loop.quit))
            check.start(20)
            QTimer.singleShot(300_000, loop.quit)
            loop.exec()
            timer.stop()
            check.stop()
            return max(b - a for a, b in pairwise(ticks)) * 1000

        editor = VisitEditor(services, tasks, new_visit())
        editor.show()
        value = watch(
            lambda: editor.import_folder(files_folder),
            lambda: getattr(editor, "last_import", None) is not None,
        )
        if editor.last_import.added != PHOTOS:
            raise RuntimeError(f"the editor's import added {editor.last_import.added} photos")
        naive_done: list[bool] = []
        naive_visit = new_visit()

        def naive_import() -> None:
            services.photos.store = type(services.photos.store)(folder / "naive-store")
            report = services.photos.import_into_visit(
                naive_visit, services.photos.files_in(files_folder)
            )
            if report.added != PHOTOS:
                raise RuntimeError(f"the naive import added {report.added} photos")
            naive_done.append(True)

        baseline = watch(naive_import, lambda: bool(naive_done))
        editor.close()
        tasks.wait()
        services.close()
    return [
        {
            "name": "ui.max_stall",
            "value": round(value, 1),
            "unit": "ms",
            "baseline": round(baseline, 1),
            "ratio": round(value / baseline, 4),
        }
    ]


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure))
