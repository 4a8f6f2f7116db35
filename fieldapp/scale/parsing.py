"""What every protocol parser shares: an incremental buffer, frame counters, line splitting,
and the shape check that stands in for a checksum on formats that have none."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Hashable

from fieldapp.scale.reading import Reading

CR = 0x0D
LF = 0x0A

# No supported frame is longer than ~40 bytes; a buffer this long without a frame in it is
# noise, and keeping it would only let a stuck line grow memory without bound.
MAX_BUFFER = 512


class FrameParser(ABC):
    """feed(bytes) -> readings; partial frames wait in the buffer for the next feed.

    Counters (cumulative since creation):
      good_frames  frames that passed every check (including ones whose weight was held)
      bad_frames   frames dropped: bad checksum, impossible characters, wrong structure
      held_frames  checksum-less frames withheld until a second frame confirms their shape
      skipped_bytes bytes thrown away while looking for the start of a frame
    A parser never raises on input, whatever the bytes.
    """

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.good_frames = 0
        self.bad_frames = 0
        self.held_frames = 0
        self.skipped_bytes = 0

    def feed(self, data: bytes) -> list[Reading]:
        self._buffer += data
        out: list[Reading] = []
        self._scan(out)
        if len(self._buffer) > MAX_BUFFER:
            self.skipped_bytes += len(self._buffer) - MAX_BUFFER
            del self._buffer[:-MAX_BUFFER]
        return out

    def reset(self) -> None:
        """Forget a partial frame (after a reconnect its other half will never come)."""
        self._buffer.clear()

    @abstractmethod
    def _scan(self, out: list[Reading]) -> None:
        """Consume complete frames from self._buffer, appending readings to out."""

    def _skip(self, count: int) -> None:
        self.skipped_bytes += count
        del self._buffer[:count]


class LineParser(FrameParser):
    """For protocols whose frames end with CR, LF or CRLF (CR-only and LF-only both occur)."""

    max_line = 64

    def _scan(self, out: list[Reading]) -> None:
        while True:
            end = next((i for i, b in enumerate(self._buffer) if b in (CR, LF)), -1)
            if end < 0:
                if len(self._buffer) > self.max_line:
                    # No line end in sight: this is not a line of ours. Drop it as one bad
                    # frame rather than wait for a terminator that may be far away.
                    self.bad_frames += 1
                    self._skip(len(self._buffer))
                return
            line = bytes(self._buffer[:end])
            del self._buffer[: end + 1]
            if line.strip(b" \t\x00") == b"":
                continue  # the LF of a CRLF, or idle fill
            self._line(line, out)

    @abstractmethod
    def _line(self, line: bytes, out: list[Reading]) -> None:
        """Parse one line (without its terminator)."""


class ShapeGuard:
    """Confirms a checksum-less frame by its shape before its weight is believed.

    Indicators pad their output to a fixed width, so a frame's length and decimals stay the
    same from one frame to the next. A byte lost on the line ('+0012.34' arriving as
    '+001.34') changes the shape; without this check it would read as 1.34 kg. A weight is
    let through only when the frame before it had the same shape, which costs one frame
    of delay after connecting or when the display really changes format.
    """

    def __init__(self) -> None:
        self._last: Hashable | None = None

    def confirm(self, shape: Hashable) -> bool:
        confirmed = shape == self._last
        self._last = shape
        return confirmed

    def forget(self) -> None:
        self._last = None


def ascii_text(frame: bytes) -> str | None:
    """The frame as text if it is printable ASCII, None if any byte is not (line noise)."""
    if any(b < 0x20 or b > 0x7E for b in frame):
        return None
    return frame.decode("ascii")
