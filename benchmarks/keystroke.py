"""Keystroke to painted result list, in the real grower page over 100,000 growers.

Each sample: one key typed into the search box (a letter, a digit, or a Chinese
character committed by the input method), the search on its worker thread,
the model swap and the end of the first paint that shows the result (a long
result's remainder, appended afterwards, is not waited for). The baseline is the same
widget and the same keystrokes with the naive search behind it: a LIKE '%q%'
scan over name, phone, ID number and village, sorted by name.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _demo import fresh_copy
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldapp.domain.search import Kind
from fieldapp.services.bundle import Services
from fieldapp.services.setup import open_database
from fieldapp.settings import Settings
from fieldapp.tasks import Tasks
from fieldapp.ui.main_window import MainWindow

FIGURES = ["search.keystroke_to_paint"]
GROWERS = 100_000
NAMES = 16  # real names typed character by character
VILLAGES = 6
PHONE_TAILS = 8  # last four digits, typed one by one
DEADLINE_S = 10


class PaintClock(QObject):
    """Times the end of a widget's paint (the filter lets it paint, then reads the clock)."""

    def __init__(self) -> None:
        super().__init__()
        self.armed = False
        self.painted_at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.armed:
            watched.event(event)
            self.painted_at = time.perf_counter()
            self.armed = False  # the first paint showing the new result is the one timed
            return True
        return False


def naive_find(db, spec, limit=None) -> list[int]:
    """What a first version would do: scan everything with LIKE and sort by name."""
    text = spec.query.text
    if spec.query.kind == Kind.EMPTY:
        sql, params = "SELECT num FROM grower_index ORDER BY sort_key", ()
    else:
        like = f"%{text}%"
        sql = (
            "SELECT i.num FROM grower_index i JOIN growers g ON g.id = i.grower_id "
            "LEFT JOIN villages v ON v.id = g.village_id WHERE g.name LIKE ? OR g.phone LIKE ? "
            "OR g.id_number LIKE ? OR v.name LIKE ? ORDER BY g.name"
        )
        params = (like, like, like, like)
    return [r[0] for r in db.execute(sql, params)]


def type_key(widget, key: str) -> None:
    if key.isascii():
        QTest.keyClicks(widget, key)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(key)
        QApplication.sendEvent(widget, event)


def typed_queries(db) -> list[str]:
    """What clerks type, drawn from the data with a fixed seed."""
    import random

    rnd = random.Random(11)
    names = [r[0] for r in db.execute("SELECT name FROM growers ORDER BY id LIMIT 5000")]
    villages = [r[0] for r in db.execute("SELECT name FROM villages ORDER BY id")]
    phones = [r[0] for r in db.execute("SELECT phone FROM growers WHERE phone != '' LIMIT 5000")]
    return (
        rnd.sample([n for n in names if "·" not in n], NAMES)
        + [v.removesuffix("村") for v in rnd.sample(villages, VILLAGES)]
        + [p[-4:] for p in rnd.sample(phones, PHONE_TAILS)]
    )


def samples(window: MainWindow, clocks: list[PaintClock], queries: list[str]) -> list[float]:
    """Per keystroke: from the key to the end of the first paint that shows its result."""
    app = QApplication.instance()
    page = window.growers

    def arm() -> None:
        for clock in clocks:
            clock.armed = True

    page.model.modelReset.connect(arm)
    result = []
    for query in queries:
        page.search.clear()
        wait_idle(app, window)
        for key in query:
            for clock in clocks:
                clock.painted_at = 0.0
                clock.armed = False
            started = time.perf_counter()
            type_key(page.search, key)
            deadline = started + DEADLINE_S
            while time.perf_counter() < deadline:
                app.processEvents()
                painted = max(c.painted_at for c in clocks)
                if painted > started:
                    result.append((painted - started) * 1000)
                    break
            wait_idle(app, window)
    page.model.modelReset.disconnect(arm)
    return result


def wait_idle(app, window: MainWindow) -> None:
    while window.tasks.busy:
        app.processEvents()
    for _ in range(5):
        app.processEvents()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], 2)


def measure(naive: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = fresh_copy(GROWERS, Path(tmp) / "fieldapp.db")
        db = open_database(path)
        services = Services.over(db)
        if naive:
            services.registry.find = lambda spec, limit=None: naive_find(db, spec, limit)
        tasks = Tasks()
        window = MainWindow(services, tasks, Settings(Path(tmp) / "settings.ini"))
        window.resize(1280, 800)
        window.show()
        # The result is painted by the table, or by the "no grower matches" page.
        clocks = [PaintClock(), PaintClock()]
        window.growers.table.viewport().installEventFilter(clocks[0])
        window.growers.stack.widget(1).installEventFilter(clocks[1])
        wait_idle(QApplication.instance(), window)
        values = samples(window, clocks, typed_queries(db))
        window.close()
        tasks.wait()
        db.close()
        return values


def run() -> list[dict]:
    app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps Qt alive
    value = p95(measure(naive=False))
    baseline = p95(measure(naive=True))
    return [
        {"name": "search.keystroke_to_paint", "value": value, "unit": "ms", "baseline": baseline}
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure)
