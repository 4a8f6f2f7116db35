"""scale.latency: from a frame's last byte entering a pty master to the weight on screen.

An indicator thread writes 200 Yaohua tF=0 frames, each with its own weight, 25 ms apart
(40 a second, a fast indicator at 9600 baud), into the master of a pseudo-terminal; the
reader opens the slave through pyserial as it would a USB adapter. The p95 of
callback time - write time over the frames, in milliseconds. The write time is taken just
before os.write() (a frame goes in one write), so a callback can never seem to come first.

value: ScaleReader over SerialTransport (one byte with a timeout, then whatever waits),
its events carried to the UI thread by the station's ScaleFeed (a queued Qt signal) and
the weight painted into a label there (repaint(), offscreen platform): the time is taken
after the paint.
baseline: the naive loop on the same pty: serial.read(size=64) with a 100 ms timeout,
feeding the same parser.

    python benchmarks/scale_latency.py      # prints one JSON line
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
import time
import tty
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIGURES = ["scale.latency"]
FRAMES = 200
INTERVAL = 0.025


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]  # nearest rank


def _measure(
    start: Callable[[str, Callable[[int], None]], Callable[[], None]],
    wait: Callable[[threading.Event], None] | None = None,
) -> float:
    """p95 latency in ms of a consumer; start(path, on_weight) begins reading the pty's
    slave and returns a function that stops it (called once every frame is written).
    With `wait`, the frames are written from a thread while wait(done) runs the caller's
    event loop until done is set."""
    from fieldapp.scale.reading import Reading
    from fieldapp.scale.yaohua import tf0_frame

    master, slave = os.openpty()
    tty.setraw(slave)
    written: dict[int, float] = {}
    seen: dict[int, float] = {}
    all_seen = threading.Event()

    def on_weight(grams: int) -> None:
        seen.setdefault(grams, time.perf_counter())
        if len(seen) >= FRAMES:
            all_seen.set()

    stop = start(os.ttyname(slave), on_weight)

    def indicator() -> None:
        for i in range(FRAMES):
            grams = 10_000 + 10 * i
            frame = tf0_frame(Reading(grams))
            written[grams] = time.perf_counter()
            os.write(master, frame)
            time.sleep(INTERVAL)
        all_seen.wait(1.0)
        all_seen.set()

    try:
        if wait is None:
            indicator()
        else:
            writer = threading.Thread(target=indicator, name="indicator")
            writer.start()
            wait(all_seen)
            writer.join()
    finally:
        stop()
        os.close(master)
        os.close(slave)
    if len(seen) < FRAMES:
        raise RuntimeError(f"only {len(seen)} of {FRAMES} frames reached the callback")
    return _p95([(seen[g] - written[g]) * 1000 for g in written])


def _scale_reader(
    path: str, on_weight: Callable[[int], None], feed: object | None = None
) -> Callable[[], None]:
    from fieldapp.scale.events import StatusChanged, WeightRead
    from fieldapp.scale.protocols import Protocol
    from fieldapp.scale.reader import ScaleReader
    from fieldapp.scale.reading import LineStatus
    from fieldapp.scale.transports import SerialSettings, SerialTransport

    connected = threading.Event()

    def on_event(event: object) -> None:
        if feed is not None:
            feed._arrived.emit(event)  # as ScaleFeed.start wires it: queued to the UI thread
        if isinstance(event, WeightRead) and event.reading.grams is not None:
            on_weight(event.reading.grams)
        elif isinstance(event, StatusChanged) and event.status is LineStatus.CONNECTED:
            connected.set()

    reader = ScaleReader(SerialTransport(SerialSettings(path)), Protocol.YAOHUA_TF0, on_event)
    reader.start()
    if not connected.wait(5):
        reader.stop()
        raise RuntimeError("the reader did not open the pty")

    def stop() -> None:
        if not reader.stop():
            raise RuntimeError("the reader did not stop within a second")

    return stop


def _on_screen(path: str, on_weight: Callable[[int], None]) -> Callable[[], None]:
    """The station's path: reader -> ScaleFeed (queued signal) -> a label painted."""
    from PySide6.QtWidgets import QLabel

    from fieldapp.domain.money import format_kg, parse_kg
    from fieldapp.ui.scale_feed import ScaleFeed

    label = QLabel("—")
    label.resize(400, 100)
    label.show()
    feed = ScaleFeed()

    def show(grams: object, stable: bool) -> None:
        if grams is None:
            return
        label.setText(format_kg(int(grams)))
        label.repaint()  # painted now, not at the next event loop pass
        on_weight(parse_kg(label.text()))

    feed.weightChanged.connect(show)
    stop_reader = _scale_reader(path, lambda grams: None, feed=feed)

    def stop() -> None:
        stop_reader()
        label.close()

    return stop


def _run_qt_until(done: threading.Event) -> None:
    """Qt's event loop, as in the program: it sleeps in the dispatcher (no busy polling,
    which would fight the reader thread for the GIL) until `done` is set."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: done.is_set() and loop.quit())
    check.start(50)
    QTimer.singleShot(int((FRAMES * INTERVAL + 10) * 1000), loop.quit)
    loop.exec()
    check.stop()


def _naive(path: str, on_weight: Callable[[int], None]) -> Callable[[], None]:
    import serial

    from fieldapp.scale.yaohua import YaohuaTf0Parser

    port = serial.Serial(path, 9600, timeout=0.1)
    parser = YaohuaTf0Parser()
    done = threading.Event()

    def loop() -> None:
        while not done.is_set():
            for reading in parser.feed(port.read(size=64)):
                if reading.grams is not None:
                    on_weight(reading.grams)

    thread = threading.Thread(target=loop, name="naive-reader")
    thread.start()

    def stop() -> None:
        done.set()
        thread.join()
        port.close()

    return stop


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive for the run)
    value = _measure(_on_screen, _run_qt_until)
    baseline = _measure(_naive)
    return [
        {
            "name": "scale.latency",
            "value": round(value, 3),
            "unit": "ms",
            "baseline": round(baseline, 3),
            "ratio": round(value / baseline, 4),
        }
    ]


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure))
