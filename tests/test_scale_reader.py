"""ScaleReader end to end: the real serial code on a pty played by an indicator thread,
a TCP converter on 127.0.0.1, and the simulator. It must survive garbage, split frames,
bad checks and a cut cable, never report a weight that was not sent, and stop cleanly."""

from __future__ import annotations

import re
import socket
import threading

import pytest

from fieldapp.scale.events import BadFrames, StatusChanged, WeightRead
from fieldapp.scale.protocols import Protocol
from fieldapp.scale.reader import ReaderSettings, ScaleReader
from fieldapp.scale.reading import LineStatus
from fieldapp.scale.simulator import Load, SimulatorTransport
from fieldapp.scale.stability import StabilitySettings
from fieldapp.scale.transports import LinkProblem, SerialSettings, SerialTransport, TcpTransport
from tests.test_scale_support import Indicator, PtyLine, Recorder, yaohua

pytestmark = pytest.mark.timeout(30)

FAST = ReaderSettings(
    no_data_seconds=0.3, garbage_seconds=0.3, retry_seconds=0.1, poll_seconds=0.02
)
QUICK_HOLD = StabilitySettings(band_grams=20, hold_seconds=0.1)
FRAME = yaohua(b"+", b"001234", b"2")  # 12.34 kg


def is_weight(grams: int | None = None, stable: int | None = None):
    def check(event: object) -> bool:
        return (
            isinstance(event, WeightRead)
            and (grams is None or event.reading.grams == grams)
            and (stable is None or event.stable_grams == stable)
        )

    return check


def assert_only(recorder: Recorder, weights: set[int]) -> None:
    """Nothing but the weights really sent was reported, live or stable."""
    for event in recorder.snapshot():
        if isinstance(event, WeightRead):
            assert event.reading.grams in weights | {None}, event
            assert event.stable_grams in weights | {None}, event


def test_pty_garbage_split_frames_bad_checks_cut_cable_and_a_new_cable():
    lines = [PtyLine()]
    recorder = Recorder()
    reader = ScaleReader(
        lambda: SerialTransport(SerialSettings(lines[-1].path)),
        Protocol.YAOHUA_TF0,
        recorder,
        stability=QUICK_HOLD,
        settings=FAST,
    )
    first = Indicator(
        lines[0],
        [
            b"\xff\x00\x02garbage\x03\x02",  # noise, with STX and ETX in it
            FRAME[:5],  # a frame split across two writes
            FRAME[5:],
            FRAME.replace(b"1D", b"1E"),  # a bad check
            yaohua(b"+", b"0012A4", b"2"),  # a letter among the digits, check matching
            yaohua(b"+", b"001235", b"2"),  # 12.35 kg
        ],
        repeat=FRAME,
        interval=0.01,
    )
    second = None
    reader.start()
    try:
        recorder.wait_status(LineStatus.CONNECTED)
        first.start()
        recorder.wait_for(is_weight(stable=12_340))
        bad = recorder.wait_for(lambda e: isinstance(e, BadFrames))
        assert bad.total >= 1

        first.stop()
        lines[0].unplug()  # the cable is cut
        cut = recorder.wait_status(LineStatus.DISCONNECTED)
        assert cut.problem is LinkProblem.LOST
        after_cut = len(recorder.snapshot())

        lines.append(PtyLine())  # a new cable (a new pty) is plugged in
        recorder.wait_status(LineStatus.CONNECTED, after=after_cut)
        second = Indicator(lines[1], repeat=yaohua(b"+", b"000500", b"2"), interval=0.01)
        second.start()
        recorder.wait_for(is_weight(stable=5_000), after=after_cut)
    finally:
        assert reader.stop()
        first.stop()
        if second is not None:
            second.stop()
        for line in lines:
            line.close()
    assert not reader.running
    assert_only(recorder, {12_340, 12_350, 5_000})
    # Nothing settled on the platform carries over a cut cable: the first weight after it
    # must hold still for the hold time again before it counts as stable.
    events = recorder.snapshot()
    first_after = next(e for e in events[events.index(cut) :] if isinstance(e, WeightRead))
    assert first_after.stable_grams is None


def test_silence_then_garbage_then_frames_again():
    line = PtyLine()
    recorder = Recorder()
    indicator = Indicator(
        line, [b"\x02junk\x03 ST,XX?"] * 40, repeat=b"ST,GS,+0012.34kg\r\n", interval=0.02
    )
    reader = ScaleReader(
        SerialTransport(SerialSettings(line.path)), Protocol.LINE, recorder, settings=FAST
    )
    reader.start()
    try:
        recorder.wait_status(LineStatus.CONNECTED)
        silent = recorder.events.index(recorder.wait_status(LineStatus.NO_DATA))
        indicator.start()
        noisy = recorder.events.index(recorder.wait_status(LineStatus.GARBAGE, after=silent))
        recorder.wait_for(lambda e: isinstance(e, BadFrames), after=silent)
        recorder.wait_status(LineStatus.CONNECTED, after=noisy)
        recorder.wait_for(is_weight(grams=12_340), after=noisy)
    finally:
        assert reader.stop()
        indicator.stop()
        line.close()
    assert_only(recorder, {12_340})


def test_mt_sics_is_polled():
    line = PtyLine()
    recorder = Recorder()

    def balance(sent: bytes) -> bytes:
        polls = len(re.findall(rb"SI\r\n", sent))
        return b"S S      100.00 g\r\n" * polls

    indicator = Indicator(line, answer=balance)
    reader = ScaleReader(
        SerialTransport(SerialSettings(line.path)),
        Protocol.MT_SICS,
        recorder,
        stability=QUICK_HOLD,
        settings=FAST,
    )
    indicator.start()
    reader.start()
    try:
        event = recorder.wait_for(is_weight(stable=100))
        assert event.reading.stable is True
    finally:
        assert reader.stop()
        indicator.stop()
        line.close()
    assert_only(recorder, {100})


@pytest.mark.parametrize("protocol", list(Protocol))
def test_simulator_settles_to_the_loaded_weight(protocol):
    recorder = Recorder()
    link = SimulatorTransport(
        protocol,
        [Load(0, settle_frames=0, stable_frames=5), Load(52_340, settle_frames=8)],
        interval=0.005,
        repeat=False,
    )
    reader = ScaleReader(
        link, protocol, recorder, stability=StabilitySettings(20, 0.05), settings=FAST
    )
    with reader:
        recorder.wait_for(is_weight(stable=52_340))
    assert not reader.running
    stable = {e.stable_grams for e in recorder.snapshot() if isinstance(e, WeightRead)}
    assert stable <= {None, 0, 52_340}


def test_simulator_unplugged_and_plugged_back():
    recorder = Recorder()
    link = SimulatorTransport(Protocol.TOLEDO, [Load(12_340, 0, 1)], interval=0.005)
    reader = ScaleReader(link, Protocol.TOLEDO, recorder, stability=QUICK_HOLD, settings=FAST)
    with reader:
        recorder.wait_for(is_weight(stable=12_340))
        link.unplug()
        cut = recorder.wait_status(LineStatus.DISCONNECTED)
        assert cut.problem is LinkProblem.LOST
        after = len(recorder.snapshot())
        recorder.wait_for(  # retrying: the port is not there now
            lambda e: isinstance(e, StatusChanged) and e.problem is LinkProblem.NOT_FOUND
        )
        link.plug()
        recorder.wait_status(LineStatus.CONNECTED, after=after)
        recorder.wait_for(is_weight(stable=12_340), after=after)
    assert_only(recorder, {12_340})


def test_tcp_converter_hangs_up():
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    hang_up = threading.Event()

    def converter() -> None:
        server.settimeout(5)
        conn, _ = server.accept()
        with conn:
            while not hang_up.wait(0.01):
                conn.sendall(FRAME)

    thread = threading.Thread(target=converter, name="fake-converter")
    thread.start()
    recorder = Recorder()
    reader = ScaleReader(
        TcpTransport("127.0.0.1", port),
        Protocol.YAOHUA_TF0,
        recorder,
        stability=QUICK_HOLD,
        settings=FAST,
    )
    try:
        with reader:
            recorder.wait_for(is_weight(stable=12_340))
            hang_up.set()
            thread.join(5)
            server.close()  # and nothing listens any more
            lost = recorder.wait_status(LineStatus.DISCONNECTED)
            assert lost.problem is LinkProblem.LOST
            recorder.wait_for(
                lambda e: isinstance(e, StatusChanged) and e.problem is LinkProblem.REFUSED
            )
    finally:
        hang_up.set()
        thread.join(5)
        server.close()
    assert_only(recorder, {12_340})


def test_missing_port_is_reported_once_and_retried_until_stop():
    recorder = Recorder()
    attempts = []

    def connect() -> SerialTransport:
        attempts.append(1)
        return SerialTransport(SerialSettings("/dev/no-such-scale-port"))

    reader = ScaleReader(connect, Protocol.LINE, recorder, settings=FAST)
    reader.start()
    recorder.wait_status(LineStatus.DISCONNECTED)
    while len(attempts) < 3:
        threading.Event().wait(0.02)
    assert reader.stop()
    assert reader.stop()  # again: harmless
    [status] = [e for e in recorder.snapshot() if isinstance(e, StatusChanged)]
    assert status.problem is LinkProblem.NOT_FOUND


def test_a_failing_callback_does_not_stop_the_reader():
    recorder = Recorder()

    def clumsy(event: object) -> None:
        recorder(event)
        raise RuntimeError("the UI had a bad day")

    link = SimulatorTransport(Protocol.LINE, [Load(12_340, 0, 1)], interval=0.005)
    with ScaleReader(link, Protocol.LINE, clumsy, settings=FAST) as reader:
        for _ in range(5):
            after = len(recorder.snapshot())
            recorder.wait_for(is_weight(grams=12_340), after=after)
        assert reader.running
