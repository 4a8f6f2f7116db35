"""Auto-detection: which protocol (and line setting) a port speaks.

A pseudo-terminal ignores baud rate and parity, so over a pty the first setting tried
(9600 8N1) always "works"; these tests prove the protocol is found by listening to the real
serial code, not that a wrong baud rate is told apart (that needs real hardware).
"""

from __future__ import annotations

import re

import pytest

from fieldapp.scale.detect import candidate_settings, detect, recognise
from fieldapp.scale.protocols import Protocol, build_frame
from fieldapp.scale.reading import Reading
from fieldapp.scale.transports import LinkProblem, Parity, ScaleLinkError, SerialSettings
from tests.test_scale_support import Indicator, PtyLine

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def line():
    pty = PtyLine()
    yield pty
    pty.close()


def frames(protocol: Protocol) -> bytes:
    return b"".join(build_frame(protocol, Reading(g, stable=True)) for g in (12_340, 12_350))


@pytest.mark.parametrize("protocol", list(Protocol))
def test_recognise_tells_the_protocols_apart(protocol):
    best, *others = recognise(frames(protocol) * 3)
    assert best.protocol is protocol
    assert best.good_frames >= 5
    assert all(other.good_frames == 0 for other in others)


def test_recognise_noise():
    assert all(r.good_frames == 0 for r in recognise(bytes(range(256)) * 4))


@pytest.mark.parametrize("protocol", [p for p in Protocol if p is not Protocol.MT_SICS])
def test_detect_a_streaming_indicator_over_a_pty(line, protocol):
    indicator = Indicator(line, repeat=frames(protocol), interval=0.01)
    indicator.start()
    tried = []
    try:
        found = detect(line.path, listen_seconds=2.0, on_attempt=tried.append)
    finally:
        indicator.stop()
    assert found is not None
    assert found.protocol is protocol
    assert found.good_frames >= 2
    # A pty takes any setting, so the first one tried is the one reported (see module doc).
    assert found.settings == SerialSettings(line.path, 9600, 8, Parity.NONE, 1)
    assert tried == [found.settings]


def test_detect_a_polled_balance_over_a_pty(line):
    def balance(sent: bytes) -> bytes:
        return b"S S      100.00 g\r\n" * len(re.findall(rb"SI\r\n", sent))

    indicator = Indicator(line, answer=balance)
    indicator.start()
    try:
        found = detect(line.path, listen_seconds=2.0)
    finally:
        indicator.stop()
    assert found is not None
    assert found.protocol is Protocol.MT_SICS


def test_nothing_recognised_on_garbage(line):
    indicator = Indicator(line, repeat=b"\x02\x00junk\xff\r\n=", interval=0.01)
    indicator.start()
    tried = []
    try:
        found = detect(
            line.path,
            listen_seconds=0.15,
            bauds=(9600, 2400),
            framings=((8, Parity.NONE, 1), (7, Parity.EVEN, 1)),
            on_attempt=tried.append,
        )
    finally:
        indicator.stop()
    assert found is None
    assert [(s.baud, s.framing) for s in tried] == [
        (9600, "8N1"),
        (9600, "7E1"),
        (2400, "8N1"),
        (2400, "7E1"),
    ]


def test_nothing_recognised_on_silence(line):
    assert detect(line.path, listen_seconds=0.1, bauds=(9600,), probe=False) is None


def test_missing_port_raises_at_once():
    with pytest.raises(ScaleLinkError) as caught:
        detect("/dev/no-such-scale-port", listen_seconds=0.1)
    assert caught.value.problem is LinkProblem.NOT_FOUND


def test_cancelled_between_settings(line):
    tried = []
    found = detect(
        line.path, listen_seconds=0.05, on_attempt=tried.append, cancelled=lambda: len(tried) >= 2
    )
    assert found is None
    assert len(tried) == 2


def test_every_baud_and_framing_is_a_candidate():
    settings = candidate_settings("COM3")
    assert {s.baud for s in settings} == {600, 1200, 2400, 4800, 9600}
    assert settings[0] == SerialSettings("COM3", 9600)
    assert {s.framing for s in settings} >= {"8N1", "7E1", "7O1"}
