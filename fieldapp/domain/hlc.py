"""Hybrid logical clock (Kulkarni et al.), as sortable strings.

A laptop's wall clock is often wrong by hours. An HLC never runs backwards,
follows the largest time it has seen from any device, and breaks ties with a
counter and the device id, so a wrong clock cannot make one device's edits win
(or lose) forever.
"""

from __future__ import annotations

from dataclasses import dataclass

# Wall time in ms (13 digits, enough until year 2286), counter, device id.
_FORMAT = "{wall:013d}-{counter:05d}-{device}"
# The counter has five digits in the string form; past that the strings would stop
# sorting like the timestamps, so the wall time moves on by one ms instead.
MAX_COUNTER = 99_999


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return _FORMAT.format(wall=self.wall_ms, counter=self.counter, device=self.device)

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


def tick(last: Timestamp | None, now_ms: int, device: str) -> Timestamp:
    """The timestamp for a local event, given the last one this device issued."""
    if last is None or now_ms > last.wall_ms:
        return Timestamp(now_ms, 0, device)
    return _bounded(last.wall_ms, last.counter + 1, device)


def receive(last: Timestamp | None, remote: Timestamp, now_ms: int, device: str) -> Timestamp:
    """The timestamp after seeing a remote one, so that later local events sort after it."""
    wall = max(now_ms, remote.wall_ms, last.wall_ms if last else 0)
    if last and wall == last.wall_ms == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif last and wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return _bounded(wall, counter, device)


def _bounded(wall_ms: int, counter: int, device: str) -> Timestamp:
    if counter > MAX_COUNTER:
        return Timestamp(wall_ms + 1, 0, device)
    return Timestamp(wall_ms, counter, device)
