"""Find out what is on a serial port: which baud rate, framing and protocol.

For each setting, the port is opened and listened to for listen_seconds while every parser
reads the same bytes; an MT-SICS 'SI' is sent now and then because such balances stay
silent until asked (streaming indicators ignore it). At a wrong baud rate or parity the
bytes are garbage to every parser, so the first setting at which some protocol parses
min_good_frames frames wins.

Limitation: a pseudo-terminal (and a USB adapter's loopback) ignores baud rate and parity,
so on a pty the first setting tried is reported whatever the "indicator" uses; only the
protocol is meaningful there. Also a 7E1 indicator read as 8N1 shows its parity as bit 7:
Toledo frames are 7-bit by definition and are still recognised (the parser masks bit 7).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from fieldapp.scale.protocols import Protocol, make_parser
from fieldapp.scale.sics import POLL_COMMAND
from fieldapp.scale.transports import (
    LinkProblem,
    Parity,
    ScaleLinkError,
    SerialSettings,
    SerialTransport,
    Transport,
)

# Most indicators ship at 9600 (some at 4800 or 2400); the slow rates are for long cables.
DETECT_BAUDS = (9600, 4800, 2400, 1200, 600)
DETECT_FRAMINGS: tuple[tuple[int, Parity, int], ...] = (
    (8, Parity.NONE, 1),
    (7, Parity.EVEN, 1),  # Toledo and many older indicators
    (7, Parity.ODD, 1),
    (8, Parity.EVEN, 1),
    (8, Parity.NONE, 2),
)
PROBE_EVERY = 0.25  # seconds between 'SI' probes


@dataclass(frozen=True)
class Recognition:
    protocol: Protocol
    good_frames: int
    bad_frames: int


@dataclass(frozen=True)
class Detection:
    protocol: Protocol
    settings: SerialSettings  # port, baud, data bits, parity, stop bits to configure
    good_frames: int
    bad_frames: int

    def __str__(self) -> str:
        return f"{self.protocol} at {self.settings} ({self.good_frames} good frames)"


def recognise(data: bytes, protocols: Sequence[Protocol] = tuple(Protocol)) -> list[Recognition]:
    """What each protocol's parser makes of these bytes, the most convincing first."""
    results = []
    for protocol in protocols:
        parser = make_parser(protocol)
        parser.feed(data)
        results.append(Recognition(protocol, parser.good_frames, parser.bad_frames))
    return sorted(results, key=lambda r: (-r.good_frames, r.bad_frames))


def candidate_settings(
    port: str,
    bauds: Sequence[int] = DETECT_BAUDS,
    framings: Sequence[tuple[int, Parity, int]] = DETECT_FRAMINGS,
) -> list[SerialSettings]:
    return [
        SerialSettings(port, baud, bits, parity, stop)
        for baud in bauds
        for bits, parity, stop in framings
    ]


def listen(
    link: Transport,
    seconds: float,
    *,
    min_good_frames: int = 2,
    probe: bool = True,
    protocols: Sequence[Protocol] = tuple(Protocol),
) -> Recognition | None:
    """Listen on an open link; the protocol that parsed the most frames, if it has at least
    min_good_frames (returns as soon as one has)."""
    parsers = {protocol: make_parser(protocol) for protocol in protocols}
    deadline = time.monotonic() + seconds
    next_probe = 0.0
    best: Recognition | None = None
    while (now := time.monotonic()) < deadline:
        if probe and now >= next_probe:
            link.write(POLL_COMMAND)
            next_probe = now + PROBE_EVERY
        data = link.read(min(0.05, deadline - now))
        if not data:
            continue
        for parser in parsers.values():
            parser.feed(data)
        best = max(
            (Recognition(p, each.good_frames, each.bad_frames) for p, each in parsers.items()),
            key=lambda r: (r.good_frames, -r.bad_frames),
        )
        if best.good_frames >= min_good_frames:
            return best
    return None


def detect(
    port: str,
    *,
    listen_seconds: float = 1.0,
    bauds: Sequence[int] = DETECT_BAUDS,
    framings: Sequence[tuple[int, Parity, int]] = DETECT_FRAMINGS,
    min_good_frames: int = 2,
    probe: bool = True,
    on_attempt: Callable[[SerialSettings], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    open_transport: Callable[[SerialSettings], Transport] = SerialTransport,
) -> Detection | None:
    """The first setting at which a protocol is recognised, or None if nothing was.

    Blocks for up to len(bauds) * len(framings) * listen_seconds: run it off the UI thread.
    on_attempt is told each setting before it is tried (for a progress line); cancelled is
    asked between settings. A setting the port refuses is skipped; ScaleLinkError is raised
    if the port cannot be opened at all (not found, busy, no permission), since no other
    setting would do better.
    """
    for settings in candidate_settings(port, bauds, framings):
        if cancelled is not None and cancelled():
            return None
        if on_attempt is not None:
            on_attempt(settings)
        link = open_transport(settings)
        try:
            link.open()
        except ScaleLinkError as exc:
            # Some USB adapters refuse 7 data bits or 2 stop bits (and a pty refuses parity
            # once it has ignored it): that setting is not the one; the next may be.
            if exc.problem is LinkProblem.SETTINGS:
                continue
            raise
        try:
            found = listen(link, listen_seconds, min_good_frames=min_good_frames, probe=probe)
        finally:
            link.close()
        if found is not None:
            return Detection(found.protocol, settings, found.good_frames, found.bad_frames)
    return None
