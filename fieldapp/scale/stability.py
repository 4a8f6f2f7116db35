"""Stability decided in software, the same way for every indicator.

Cheap indicators call a weight stable after a fraction of a second, and the Yaohua
continuous formats do not say at all; a weighing station records a weight only when the
readings have stayed within a band for a hold time. The indicator's own "moving" flag
always counts (it sees the load cell faster than we do), its "stable" flag never suffices.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.scale.reading import Reading


@dataclass(frozen=True)
class StabilitySettings:
    band_grams: int = 20  # all readings within max - min <= band (two 10 g divisions)
    hold_seconds: float = 1.0  # ... for at least this long

    def __post_init__(self) -> None:
        if self.band_grams < 0 or self.hold_seconds <= 0:
            raise ValueError("band must be >= 0 g and hold > 0 s")


class StabilityFilter:
    """update(reading) -> the stable weight in grams, or None while not stable.

    clock is injectable so tests can step time instead of sleeping.
    """

    def __init__(
        self,
        settings: StabilitySettings | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings or StabilitySettings()
        self._clock = clock
        # (time, grams) of the readings of the last hold_seconds, plus the newest one before
        # that: it proves the band held from hold_seconds ago, not just since some later
        # reading.
        self._window: deque[tuple[float, int]] = deque()
        self.stable_grams: int | None = None

    def reset(self) -> None:
        self._window.clear()
        self.stable_grams = None

    def update(self, reading: Reading) -> int | None:
        grams = reading.grams
        if grams is None or (reading.stability_known and not reading.stable):
            self.reset()
            return None
        now = self._clock()
        hold = self.settings.hold_seconds
        window = self._window
        if window and now - window[-1][0] > hold:
            # A silence longer than the hold: nothing is known about the weight meanwhile.
            window.clear()
        window.append((now, grams))
        while len(window) >= 2 and window[1][0] <= now - hold:
            window.popleft()
        low = min(g for _, g in window)
        high = max(g for _, g in window)
        if high - low > self.settings.band_grams:
            # Keep only the newest readings that fit the band together: the hold restarts
            # from the first of them.
            while high - low > self.settings.band_grams:
                window.popleft()
                low = min(g for _, g in window)
                high = max(g for _, g in window)
        held = now - window[0][0] >= hold
        self.stable_grams = grams if held else None
        return self.stable_grams
