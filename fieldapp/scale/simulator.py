"""A pretend indicator, so the station screen can be built and demoed without a scale.

SimulatorTransport speaks any supported protocol: it streams frames (or, for MT-SICS,
answers polls) for a script of loads, each settling the way a platform does when a sack is
put on it: swinging past the final weight, converging, then holding still. Optional noise
bytes between frames exercise the bad-frame handling; unplug() cuts the "cable".
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from fieldapp.scale.protocols import DIVISION_GRAMS, Protocol, build_frame
from fieldapp.scale.reading import Reading
from fieldapp.scale.transports import LinkProblem, ScaleLinkError

# Bytes that start or end no frame of any supported protocol (no STX, ETX, CR, LF, '=',
# digits or letters), so noise makes frames bad but can never make one up.
NOISE_BYTES = b"\x00\x11\x13\x18\x1b\x7f\xff#*?~!"


@dataclass(frozen=True)
class Load:
    grams: int  # the weight the platform settles on (0: empty platform)
    settle_frames: int = 8  # moving frames before it settles
    stable_frames: int = 25  # frames holding the weight


DEMO_LOADS = (
    Load(0, settle_frames=0, stable_frames=20),
    Load(52_340),
    Load(0, settle_frames=4, stable_frames=15),
    Load(81_250),
    Load(0, settle_frames=4, stable_frames=15),
    Load(46_780, settle_frames=12),
)


def settling(
    loads: Sequence[Load],
    *,
    start_grams: int = 0,
    division_grams: int = DIVISION_GRAMS,
    seed: int = 0,
) -> Iterator[Reading]:
    """The readings an indicator shows as each load is put on and settles."""
    rnd = random.Random(seed)
    previous = start_grams
    for load in loads:
        if load.grams % division_grams:
            raise ValueError(f"{load.grams} g is not a multiple of {division_grams} g")
        offset = previous - load.grams
        for i in range(load.settle_frames):
            # The load comes down 40 % of the way, then each swing overshoots by 40 % of the
            # last in the other direction, with a division or two of jitter while it moves.
            offset = offset * 3 // 5 if i == 0 else -offset * 2 // 5
            jitter = rnd.randint(-2, 2) * division_grams if i < load.settle_frames - 1 else 0
            grams = load.grams + offset + jitter
            grams = (grams + division_grams // 2) // division_grams * division_grams
            yield Reading(grams, stable=False)
        for _ in range(load.stable_frames):
            yield Reading(load.grams, stable=True)
        previous = load.grams


class SimulatorTransport:
    def __init__(
        self,
        protocol: Protocol,
        loads: Sequence[Load] = DEMO_LOADS,
        *,
        interval: float = 0.1,
        noise: float = 0.0,
        repeat: bool = True,
        seed: int = 0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """interval: seconds per frame; noise: chance per frame of a burst of noise bytes
        before it; repeat: start the script again at its end (else hold the last weight)."""
        if not loads:
            raise ValueError("the simulator needs at least one load")
        off = [load.grams for load in loads if load.grams % DIVISION_GRAMS]
        if off:
            raise ValueError(f"{off} g: the frames show {DIVISION_GRAMS} g steps")
        self.protocol = protocol
        self.loads = tuple(loads)
        self.interval = interval
        self.noise = noise
        self.repeat = repeat
        self._seed = seed
        self._clock = clock
        self._rnd = random.Random(seed)
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._open = False
        self._unplugged = False
        self._pending = bytearray()
        self._commands = bytearray()
        self._script: Iterator[Reading] = iter(())
        self._current = Reading(0, stable=True)
        self._next_due = 0.0

    @property
    def description(self) -> str:
        return f"simulator ({self.protocol})"

    def open(self) -> None:
        with self._lock:
            if self._unplugged:
                raise ScaleLinkError(LinkProblem.NOT_FOUND, "the simulator is unplugged")
            if self._open:
                return
            self._open = True
            self._script = self._readings()
            self._pending.clear()
            self._commands.clear()
            self._next_due = self._clock()

    def read(self, timeout: float) -> bytes:
        deadline = self._clock() + timeout
        while True:
            with self._lock:
                self._check()
                now = self._clock()
                self._advance(now)
                if self._pending:
                    data = bytes(self._pending)
                    self._pending.clear()
                    return data
                wait = min(deadline, self._next_due) - now
            if now >= deadline:
                return b""
            self._wake.wait(max(wait, 0.0))
            self._wake.clear()

    def write(self, data: bytes) -> None:
        with self._lock:
            self._check()
            if self.protocol is not Protocol.MT_SICS:
                return  # continuous indicators ignore what they are sent
            self._advance(self._clock())
            self._commands += data
            while b"\n" in self._commands:
                line, _, rest = bytes(self._commands).partition(b"\n")
                self._commands[:] = rest
                if line.strip() in (b"S", b"SI"):
                    self._pending += build_frame(self.protocol, self._current)
                else:
                    self._pending += b"ES\r\n"  # what a balance says to a command it lacks
        self._wake.set()

    def close(self) -> None:
        with self._lock:
            self._open = False
        self._wake.set()

    def unplug(self) -> None:
        """Cut the cable: the next read fails with LOST and open() fails until plug()."""
        with self._lock:
            self._unplugged = True
        self._wake.set()

    def plug(self) -> None:
        with self._lock:
            self._unplugged = False

    def _check(self) -> None:
        if self._unplugged:
            self._open = False
            raise ScaleLinkError(LinkProblem.LOST, "the simulator was unplugged")
        if not self._open:
            raise ScaleLinkError(LinkProblem.NOT_OPEN, self.description)

    def _readings(self) -> Iterator[Reading]:
        start, seed = 0, self._seed
        while True:
            yield from settling(self.loads, start_grams=start, seed=seed)
            start, seed = self.loads[-1].grams, seed + 1
            if not self.repeat:
                while True:
                    yield Reading(start, stable=True)

    def _advance(self, now: float) -> None:
        """Move the script to now, queueing the frames a streaming indicator sent meanwhile."""
        if now - self._next_due > 50 * self.interval:
            # Nobody read for a long while; a real port would have dropped most of it too.
            self._next_due = now - 50 * self.interval
        while self._next_due <= now:
            self._current = next(self._script)
            self._next_due += self.interval
            if self.protocol is Protocol.MT_SICS:
                continue
            if self.noise and self._rnd.random() < self.noise:
                self._pending += bytes(self._rnd.choices(NOISE_BYTES, k=self._rnd.randint(1, 6)))
            self._pending += build_frame(self.protocol, self._current)
