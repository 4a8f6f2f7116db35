"""What ScaleReader tells its on_event callback. Values only, safe to pass between threads
(the UI wraps the callback into a Qt signal)."""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.scale.reading import LineStatus, Reading
from fieldapp.scale.transports import LinkProblem


@dataclass(frozen=True)
class WeightRead:
    """A frame arrived. stable_grams is the StabilityFilter's verdict: the weight to record,
    or None while it is not (yet) stable, whatever the indicator's own flag says."""

    reading: Reading
    stable_grams: int | None


@dataclass(frozen=True)
class StatusChanged:
    """The line changed state; sent only on a change, not repeated while it lasts.
    problem says why for DISCONNECTED; detail is text for a log, not for the screen."""

    status: LineStatus
    problem: LinkProblem | None = None
    detail: str = ""


@dataclass(frozen=True)
class BadFrames:
    """Frames were dropped (bad checksum, impossible characters); new since the last such
    event, total since the reader started."""

    new: int
    total: int


ScaleEvent = WeightRead | StatusChanged | BadFrames
