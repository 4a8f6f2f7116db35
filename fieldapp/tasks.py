"""The one way to run work off the UI thread and get its result back on it.

    tasks.run(fn, done)            # done(result, error) runs on the UI thread
    tasks.run(fn, done, write=True)  # writes go through one writer thread, in order
    handle = tasks.run(fn, done, progress=on_progress)  # fn(handle) may report and
                                                        # check handle.cancelled

Modelled on Picard's run_task and Anki's QueryOp. Tests build `Tasks(inline=True)`,
which runs everything at once on the calling thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Done = Callable[[Any, BaseException | None], None]
Progress = Callable[[int, int], None]


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from a worker arrive there (queued)."""

    finished = Signal(object, object)
    progressed = Signal(int, int)


class TaskHandle:
    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Called by the work, from any thread."""
        self._relay.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the UI, never lost in a worker
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


def _receiver_gone(done: Done) -> bool:
    """A window closed while its work ran: its method must not touch deleted widgets."""
    owner = getattr(done, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class Tasks(QObject):
    def __init__(self, parent: QObject | None = None, inline: bool = False) -> None:
        super().__init__(parent)
        self.inline = inline
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # SQLite has one writer; keep writes in order
        self._live: set[_Relay] = set()

    def run(
        self,
        fn: Callable[..., Any],
        done: Done | None = None,
        *,
        write: bool = False,
        progress: Progress | None = None,
    ) -> TaskHandle:
        relay = _Relay()
        handle = TaskHandle(relay)
        if progress is not None:
            relay.progressed.connect(progress)
        work = (lambda: fn(handle)) if progress is not None else fn
        self._live.add(relay)

        def finish(result: Any, error: BaseException | None) -> None:
            self._live.discard(relay)
            if done is not None and not _receiver_gone(done):
                done(result, error)

        relay.finished.connect(finish)
        if self.inline:
            _Job(work, relay).run()
        else:
            (self._writer if write else self._readers).start(_Job(work, relay))
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until all started work has finished (shutdown and tests only)."""
        return self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)
