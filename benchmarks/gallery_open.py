"""gallery.open: a visit with 200 photos opened in the visit editor, until every thumbnail
is on screen.

value: VisitEditor as the program opens it (the thumbnails made at import are read on a
worker thread and shown as they arrive); median of 5 opens, offscreen Qt.
baseline: the naive gallery: each original decoded and scaled to 128 px on the UI thread
(QPixmap(original).scaled), the same 200 photos; median of 3.

The photos are 2000x1500 JPEGs (10 distinct pictures, each copied 20 times with its own
EXIF time so every file has its own hash), imported once before timing.

    python benchmarks/gallery_open.py      # prints one JSON line
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIGURES = ["gallery.open"]
PHOTOS = 200


def _photos(folder: Path) -> list[Path]:
    from PIL import Image, ImageDraw

    folder.mkdir()
    rnd = random.Random(5)
    pictures = []
    for n in range(10):
        image = Image.new("RGB", (2000, 1500), (60 + 12 * n, 120, 50))
        draw = ImageDraw.Draw(image)
        for _ in range(60):
            x, y, r = rnd.randrange(2000), rnd.randrange(1500), rnd.randrange(8, 50)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(110, 75, 40))
        pictures.append(image)
    paths = []
    for i in range(PHOTOS):
        exif = Image.Exif()
        exif.get_ifd(0x8769)[0x9003] = f"2026:06:{i % 28 + 1:02d} 10:{i // 60:02d}:{i % 60:02d}"
        path = folder / f"IMG_{i:04d}.jpg"
        pictures[i % 10].save(path, quality=85, exif=exif)
        paths.append(path)
    return paths


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSize, Qt, QTimer
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

    from fieldapp.domain.growers import GrowerData
    from fieldapp.domain.visits import VisitData
    from fieldapp.services.bundle import Services
    from fieldapp.services.setup import open_database
    from fieldapp.tasks import Tasks
    from fieldapp.ui.visit_editor import VisitEditor

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = Services(open_database(folder / "fieldapp.db"))
        grower = services.registry.save(GrowerData(name="王建国"))
        visit = services.visits.save(
            VisitData(grower_id=grower, visited_on="2026-06-01", technician="张技术员")
        )
        files = _photos(folder / "DCIM")
        services.photos.import_into_visit(visit, files)
        tasks = Tasks(app)

        def open_editor() -> float:
            start = time.perf_counter()
            editor = VisitEditor(services, tasks, visit)
            editor.show()
            loop = QEventLoop()
            check = QTimer()
            check.timeout.connect(lambda: editor.photo_grid.count() >= PHOTOS and loop.quit())
            check.start(1)
            QTimer.singleShot(30_000, loop.quit)
            loop.exec()
            check.stop()
            app.processEvents()  # the last icons painted
            elapsed = (time.perf_counter() - start) * 1000
            if editor.photo_grid.count() < PHOTOS:
                raise RuntimeError("the gallery did not fill")
            editor.close()
            editor.deleteLater()
            return elapsed

        def naive() -> float:
            start = time.perf_counter()
            grid = QListWidget()
            grid.setViewMode(QListWidget.ViewMode.IconMode)
            grid.setIconSize(QSize(128, 128))
            for path in files:
                pixmap = QPixmap(str(path)).scaled(
                    128,
                    128,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                grid.addItem(QListWidgetItem(QIcon(pixmap), ""))
            grid.show()
            app.processEvents()
            elapsed = (time.perf_counter() - start) * 1000
            grid.close()
            return elapsed

        open_editor()  # warm-up: imports, fonts
        value = statistics.median(open_editor() for _ in range(5))
        baseline = statistics.median(naive() for _ in range(3))
        tasks.wait()
        services.close()
    return [
        {
            "name": "gallery.open",
            "value": round(value, 1),
            "unit": "ms",
            "baseline": round(baseline, 1),
            "ratio": round(value / baseline, 3),
        }
    ]


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure))
