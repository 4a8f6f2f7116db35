"""Helpers for the scale tests (this module holds no tests): a pseudo-terminal standing in
for an indicator's serial cable, a thread playing the indicator, and an event recorder."""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
import tty
from collections.abc import Callable, Iterable

from fieldapp.scale.events import ScaleEvent, StatusChanged, WeightRead
from fieldapp.scale.reading import LineStatus


def xor_hex(body: bytes) -> bytes:
    """Yaohua's check: XOR of the bytes, as two upper-case hex characters."""
    check = 0
    for byte in body:
        check ^= byte
    return b"%02X" % check


def yaohua(sign: bytes, digits: bytes, dp: bytes) -> bytes:
    """A tF=0 frame written the way the manual lays it out, its check computed here."""
    body = sign + digits + dp
    return b"\x02" + body + xor_hex(body) + b"\x03"


class PtyLine:
    """A pty pair: the test writes the indicator's bytes into the master; SerialTransport
    opens `path` (the slave) as it would open /dev/ttyUSB0."""

    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        # Raw from the start: a new pty is in cooked mode (echo, CR -> LF) until pyserial
        # configures it, and bytes written before that would be mangled.
        tty.setraw(self.slave)
        # A full buffer drops bytes, as a real line with nobody listening does; it must not
        # block the indicator thread.
        os.set_blocking(self.master, False)
        self.path = os.ttyname(self.slave)
        self._lock = threading.Lock()
        self.plugged = True

    def write(self, data: bytes) -> None:
        with self._lock:
            if self.plugged:
                with contextlib.suppress(BlockingIOError, OSError):
                    os.write(self.master, data)

    def read_sent(self, timeout: float) -> bytes:
        """What the program sent to the indicator (polls), b'' if nothing within timeout."""
        with self._lock:
            if not self.plugged:
                return b""
            ready, _, _ = select.select([self.master], [], [], timeout)
            if not ready:
                return b""
            try:
                return os.read(self.master, 1024)
            except OSError:
                return b""

    def unplug(self) -> None:
        """Cut the cable: close the master, so the slave reads fail with EIO."""
        with self._lock:
            if self.plugged:
                self.plugged = False
                os.close(self.master)

    def close(self) -> None:
        self.unplug()
        with contextlib.suppress(OSError):
            os.close(self.slave)


class Indicator(threading.Thread):
    """Plays an indicator on a PtyLine: writes `chunks` `interval` apart, then `repeat`
    every interval until stopped. With `answer`, replies to what it is sent instead."""

    def __init__(
        self,
        line: PtyLine,
        chunks: Iterable[bytes] = (),
        *,
        repeat: bytes = b"",
        interval: float = 0.005,
        answer: Callable[[bytes], bytes] | None = None,
    ) -> None:
        super().__init__(name="fake-indicator", daemon=True)
        self.line = line
        self.chunks = list(chunks)
        self.repeat = repeat
        self.interval = interval
        self.answer = answer
        self.finished_chunks = threading.Event()
        self._halt = threading.Event()

    def run(self) -> None:
        for chunk in self.chunks:
            if self._halt.is_set():
                return
            self.line.write(chunk)
            self._halt.wait(self.interval)
        self.finished_chunks.set()
        while not self._halt.is_set():
            if self.answer is not None:
                sent = self.line.read_sent(0.02)
                if sent:
                    self.line.write(self.answer(sent))
            elif self.repeat:
                self.line.write(self.repeat)
                self._halt.wait(self.interval)
            else:
                self._halt.wait(0.02)

    def stop(self) -> None:
        self._halt.set()
        if self.is_alive():
            self.join(2)


class Recorder:
    """The reader's on_event: keeps every event and lets the test wait for one."""

    def __init__(self) -> None:
        self.events: list[ScaleEvent] = []
        self._changed = threading.Condition()

    def __call__(self, event: ScaleEvent) -> None:
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def wait_for(
        self, predicate: Callable[[ScaleEvent], bool], timeout: float = 5.0, after: int = 0
    ) -> ScaleEvent:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for event in self.events[after:]:
                    if predicate(event):
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no such event within {timeout} s: {self.events[-8:]}")
                self._changed.wait(left)

    def wait_status(self, status: LineStatus, timeout: float = 5.0, after: int = 0) -> ScaleEvent:
        return self.wait_for(
            lambda e: isinstance(e, StatusChanged) and e.status is status, timeout, after
        )

    def snapshot(self) -> list[ScaleEvent]:
        with self._changed:
            return list(self.events)

    def weights(self) -> list[int | None]:
        return [e.reading.grams for e in self.snapshot() if isinstance(e, WeightRead)]

    def statuses(self) -> list[LineStatus]:
        return [e.status for e in self.snapshot() if isinstance(e, StatusChanged)]
