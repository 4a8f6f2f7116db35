"""ScaleReader: a plain thread that keeps a link to an indicator open, parses what arrives,
applies the StabilityFilter and reports everything through one callback.

It never raises out of its thread and never gives up: a cut cable is reported once as
DISCONNECTED and the link is reopened every retry_seconds until stop(). on_event runs on
the reader's thread; the UI hands events to Qt through a queued signal.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.scale.events import BadFrames, ScaleEvent, StatusChanged, WeightRead
from fieldapp.scale.parsing import FrameParser
from fieldapp.scale.protocols import Protocol, make_parser, poll_command
from fieldapp.scale.reading import LineStatus
from fieldapp.scale.stability import StabilityFilter, StabilitySettings
from fieldapp.scale.transports import LinkProblem, ScaleLinkError, Transport

log = logging.getLogger(__name__)

# A transport to reopen after a failure, or a function making a new one each time (e.g. to
# follow a USB adapter that comes back under another name).
TransportSource = Transport | Callable[[], Transport]


@dataclass(frozen=True)
class ReaderSettings:
    no_data_seconds: float = 3.0  # silence this long -> NO_DATA
    garbage_seconds: float = 3.0  # bytes but no valid frame this long -> GARBAGE
    retry_seconds: float = 1.0  # between attempts to reopen a lost link
    poll_seconds: float = 0.2  # MT-SICS: how often to ask for the weight
    # How long one read waits for bytes. Bytes are handed over the moment they arrive; this
    # only bounds how late stop() and the NO_DATA check are noticed.
    read_timeout: float = 0.1


class ScaleReader:
    def __init__(
        self,
        transport: TransportSource,
        protocol: Protocol,
        on_event: Callable[[ScaleEvent], None],
        *,
        stability: StabilitySettings | None = None,
        settings: ReaderSettings | None = None,
        parser: FrameParser | None = None,
        clock: Callable[[], float] = time.monotonic,
        name: str = "scale-reader",
    ) -> None:
        self._source = transport
        self.protocol = protocol
        self._on_event = on_event
        self.settings = settings or ReaderSettings()
        self._parser = parser or make_parser(protocol)
        self._filter = StabilityFilter(stability, clock)
        self._clock = clock
        self._poll = poll_command(protocol)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._link: Transport | None = None
        self.status: LineStatus | None = None
        self._problem: LinkProblem | None = None
        self._bad_seen = 0
        self._good_seen = 0
        self._last_bytes = 0.0
        self._last_frame = 0.0
        self._next_poll = 0.0

    # -- control, from any thread ---------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> bool:
        """Ends the thread and closes the link; True if the thread is gone within timeout."""
        self._stopping.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def __enter__(self) -> ScaleReader:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- the thread -----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    if self._link is None and not self._connect():
                        self._stopping.wait(self.settings.retry_seconds)
                        continue
                    self._step()
                except ScaleLinkError as exc:
                    self._lose(exc.problem, exc.detail)
                    self._stopping.wait(self.settings.retry_seconds)
                except Exception as exc:
                    # A bug in a transport, a parser or the callback must not end the
                    # thread: the station would go on showing the last weight forever.
                    log.exception("scale reader error; reconnecting")
                    self._lose(LinkProblem.LOST, repr(exc))
                    self._stopping.wait(self.settings.retry_seconds)
        finally:
            self._close()

    def _connect(self) -> bool:
        source = self._source
        link = source() if callable(source) else source
        try:
            link.open()
        except ScaleLinkError as exc:
            link.close()
            self._set_status(LineStatus.DISCONNECTED, exc.problem, exc.detail)
            return False
        self._link = link
        now = self._clock()
        self._last_bytes = self._last_frame = now
        self._next_poll = now
        self._parser.reset()
        self._filter.reset()
        self._set_status(LineStatus.CONNECTED, detail=link.description)
        return True

    def _step(self) -> None:
        link = self._link
        if link is None:
            return
        timeout = self.settings.read_timeout
        if self._poll is not None:
            now = self._clock()
            if now >= self._next_poll:
                link.write(self._poll)
                self._next_poll = now + self.settings.poll_seconds
            timeout = min(timeout, max(0.0, self._next_poll - now))
        data = link.read(timeout)
        now = self._clock()
        if data:
            self._last_bytes = now
            self._take(data, now)
        self._check_line(now)

    def _take(self, data: bytes, now: float) -> None:
        parser = self._parser
        readings = parser.feed(data)
        if parser.good_frames != self._good_seen:
            self._good_seen = parser.good_frames
            self._last_frame = now
            if self.status is not LineStatus.CONNECTED:
                self._set_status(LineStatus.CONNECTED, detail="frames again")
        if parser.bad_frames != self._bad_seen:
            new, self._bad_seen = parser.bad_frames - self._bad_seen, parser.bad_frames
            self._emit(BadFrames(new=new, total=parser.bad_frames))
        for reading in readings:
            self._emit(WeightRead(reading, self._filter.update(reading)))

    def _check_line(self, now: float) -> None:
        if now - self._last_bytes >= self.settings.no_data_seconds:
            self._set_status(LineStatus.NO_DATA)
        elif now - self._last_frame >= self.settings.garbage_seconds:
            self._set_status(LineStatus.GARBAGE)

    def _lose(self, problem: LinkProblem, detail: str) -> None:
        self._close()
        self._set_status(LineStatus.DISCONNECTED, problem, detail)

    def _close(self) -> None:
        link, self._link = self._link, None
        if link is not None:
            try:
                link.close()
            except Exception:
                log.exception("closing the scale link")

    def _set_status(
        self, status: LineStatus, problem: LinkProblem | None = None, detail: str = ""
    ) -> None:
        if (status, problem) == (self.status, self._problem):
            return
        self.status, self._problem = status, problem
        if status is not LineStatus.CONNECTED:
            # Whatever was settling on the platform, we no longer know it stayed put.
            self._filter.reset()
        self._emit(StatusChanged(status, problem, detail))

    def _emit(self, event: ScaleEvent) -> None:
        try:
            self._on_event(event)
        except Exception:
            log.exception("scale event callback failed")
