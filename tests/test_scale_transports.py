"""The real serial code over a pseudo-terminal, TCP over a real socket on 127.0.0.1, and the
simulator, each failing with ScaleLinkError and a reason."""

from __future__ import annotations

import socket
import threading

import pytest
from serial.tools.list_ports_common import ListPortInfo

from fieldapp.scale import transports
from fieldapp.scale.protocols import Protocol, build_frame, make_parser
from fieldapp.scale.reading import Reading
from fieldapp.scale.simulator import Load, SimulatorTransport
from fieldapp.scale.transports import (
    LinkProblem,
    Parity,
    PortInfo,
    ScaleLinkError,
    SerialSettings,
    SerialTransport,
    TcpTransport,
    list_ports,
)
from tests.test_scale_support import PtyLine, yaohua

pytestmark = pytest.mark.timeout(20)


@pytest.fixture
def line():
    pty = PtyLine()
    yield pty
    pty.close()


def read_until(link, size: int, timeout: float = 3.0) -> bytes:
    data = b""
    for _ in range(int(timeout / 0.1)):
        data += link.read(0.1)
        if len(data) >= size:
            break
    return data


# -- serial -------------------------------------------------------------------------------


def test_serial_reads_what_the_indicator_sends(line):
    link = SerialTransport(SerialSettings(line.path, 9600))
    link.open()
    try:
        frame = yaohua(b"+", b"001234", b"2")
        line.write(frame)
        assert read_until(link, len(frame)) == frame
        assert link.read(0.05) == b""  # silence: empty after the timeout, no exception
        link.write(b"SI\r\n")
        assert line.read_sent(2.0) == b"SI\r\n"
    finally:
        link.close()
    assert not link.is_open
    link.close()  # twice is harmless


@pytest.mark.parametrize(("bits", "parity", "stop"), [(7, Parity.EVEN, 1), (7, "O", 2)])
def test_serial_framings_open(line, bits, parity, stop):
    # A pty ignores baud, parity and data bits; this proves the settings reach pyserial.
    settings = SerialSettings(line.path, 2400, bits, parity, stop)
    assert settings.parity in (Parity.EVEN, Parity.ODD)
    link = SerialTransport(settings)
    link.open()
    try:
        line.write(b"ST,GS,+0012.34kg\r\n")
        assert read_until(link, 18) == b"ST,GS,+0012.34kg\r\n"
    finally:
        link.close()
    assert link.description == f"{line.path} 2400 {bits}{settings.parity}{stop}"


def test_serial_cut_cable_is_lost(line):
    link = SerialTransport(SerialSettings(line.path))
    link.open()
    try:
        line.unplug()
        with pytest.raises(ScaleLinkError) as caught:
            for _ in range(20):
                link.read(0.1)
        assert caught.value.problem is LinkProblem.LOST
    finally:
        link.close()


def test_serial_missing_port():
    with pytest.raises(ScaleLinkError) as caught:
        SerialTransport(SerialSettings("/dev/no-such-scale-port")).open()
    assert caught.value.problem is LinkProblem.NOT_FOUND


def test_serial_use_before_open():
    link = SerialTransport(SerialSettings("/dev/whatever"))
    with pytest.raises(ScaleLinkError) as caught:
        link.read(0.1)
    assert caught.value.problem is LinkProblem.NOT_OPEN
    with pytest.raises(ScaleLinkError):
        link.write(b"x")


@pytest.mark.parametrize(
    "kwargs", [{"baud": 1234}, {"data_bits": 6}, {"stop_bits": 3}, {"parity": "X"}]
)
def test_serial_settings_are_checked(kwargs):
    with pytest.raises(ValueError):
        SerialSettings("COM3", **kwargs)


def test_serial_settings_text():
    assert str(SerialSettings("COM3", 4800, 7, Parity.EVEN, 1)) == "COM3 4800 7E1"


def test_list_ports_returns_values(monkeypatch):
    fake = ListPortInfo("/dev/ttyUSB0", skip_link_detection=True)
    fake.description = "USB-SERIAL CH340"
    fake.hwid = "USB VID:PID=1A86:7523"
    fake.vid, fake.pid, fake.manufacturer = 0x1A86, 0x7523, "QinHeng"
    other = ListPortInfo("/dev/ttyS0", skip_link_detection=True)
    monkeypatch.setattr(transports.serial_list_ports, "comports", lambda: [fake, other])
    ports = list_ports()
    assert [p.device for p in ports] == ["/dev/ttyS0", "/dev/ttyUSB0"]
    assert ports[1] == PortInfo(
        "/dev/ttyUSB0", "USB-SERIAL CH340", "USB VID:PID=1A86:7523", "QinHeng", 0x1A86, 0x7523
    )
    assert all(isinstance(p, PortInfo) for p in ports)


def test_list_ports_on_this_machine():
    assert all(isinstance(p.device, str) for p in list_ports())


# -- TCP ----------------------------------------------------------------------------------


class Converter(threading.Thread):
    """A serial-to-Ethernet converter on 127.0.0.1: sends `data`, keeps what it receives,
    then closes the connection when told."""

    def __init__(self, data: bytes) -> None:
        super().__init__(name="fake-converter", daemon=True)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.data = data
        self.received = b""
        self.got_something = threading.Event()
        self.hang_up = threading.Event()

    def run(self) -> None:
        self.server.settimeout(5)
        conn, _ = self.server.accept()
        with conn:
            conn.sendall(self.data)
            conn.settimeout(0.05)
            while not self.hang_up.is_set():
                try:
                    self.received += conn.recv(100)
                except TimeoutError:
                    continue
                self.got_something.set()
        self.server.close()


def test_tcp_reads_frames_then_loses_the_converter():
    frames = build_frame(Protocol.YAOHUA_TF0, Reading(12340)) * 3
    converter = Converter(frames)
    converter.start()
    link = TcpTransport("127.0.0.1", converter.port)
    try:
        link.open()
        assert link.description == f"tcp://127.0.0.1:{converter.port}"
        data = read_until(link, len(frames))
        assert [r.grams for r in make_parser(Protocol.YAOHUA_TF0).feed(data)] == [12340] * 3
        link.write(b"SI\r\n")
        assert converter.got_something.wait(3)
        converter.hang_up.set()
        converter.join(5)
        with pytest.raises(ScaleLinkError) as caught:
            for _ in range(30):
                link.read(0.1)
        assert caught.value.problem is LinkProblem.LOST
        assert converter.received == b"SI\r\n"
    finally:
        converter.hang_up.set()
        link.close()
        converter.join(5)


def test_tcp_refused():
    probe = socket.create_server(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    with pytest.raises(ScaleLinkError) as caught:
        TcpTransport("127.0.0.1", port).open()
    assert caught.value.problem is LinkProblem.REFUSED


def test_tcp_unknown_host(monkeypatch):
    # No name is really looked up: tests send nothing beyond this machine.
    def no_such_name(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(transports.socket, "create_connection", no_such_name)
    with pytest.raises(ScaleLinkError) as caught:
        TcpTransport("scale-converter.local", 4001).open()
    assert caught.value.problem is LinkProblem.NOT_FOUND


def test_tcp_use_before_open():
    with pytest.raises(ScaleLinkError) as caught:
        TcpTransport("127.0.0.1", 1).read(0.1)
    assert caught.value.problem is LinkProblem.NOT_OPEN


# -- simulator ----------------------------------------------------------------------------


@pytest.mark.parametrize("protocol", [p for p in Protocol if p is not Protocol.MT_SICS])
def test_simulator_streams_a_settling_load(protocol):
    link = SimulatorTransport(
        protocol, [Load(52_340, settle_frames=6, stable_frames=5)], interval=0.002, repeat=False
    )
    link.open()
    parser = make_parser(protocol)
    readings: list[Reading] = []
    for _ in range(200):
        readings += parser.feed(link.read(0.05))
        if len(readings) >= 14:
            break
    link.close()
    weights = [r.grams for r in readings]
    assert weights[-3:] == [52_340] * 3  # settled, then held
    assert len(set(weights)) > 2  # it moved before that
    assert parser.bad_frames == 0


def test_simulator_answers_sics_polls():
    link = SimulatorTransport(
        Protocol.MT_SICS, [Load(12_340, settle_frames=0, stable_frames=1)], interval=0.001
    )
    link.open()
    link.write(b"SI\r\nSI\r\nXYZ\r\n")
    data = read_until(link, 40)
    link.close()
    assert data == b"S S      12.34 kg\r\n" * 2 + b"ES\r\n"


def test_simulator_noise_makes_bad_frames_but_no_wrong_weight():
    loads = [Load(12_340, settle_frames=0, stable_frames=1)]
    link = SimulatorTransport(Protocol.YAOHUA_TF0, loads, interval=0.001, noise=0.5, seed=7)
    link.open()
    parser = make_parser(Protocol.YAOHUA_TF0)
    readings = []
    for _ in range(50):
        readings += parser.feed(link.read(0.02))
    link.close()
    assert readings
    assert {r.grams for r in readings} == {12_340}
    assert parser.skipped_bytes > 0


def test_simulator_unplug_and_plug():
    link = SimulatorTransport(Protocol.LINE, interval=0.01)
    link.open()
    assert link.read(0.5)
    link.unplug()
    with pytest.raises(ScaleLinkError) as caught:
        link.read(0.1)
    assert caught.value.problem is LinkProblem.LOST
    with pytest.raises(ScaleLinkError) as caught:
        link.open()
    assert caught.value.problem is LinkProblem.NOT_FOUND
    link.plug()
    link.open()
    assert link.read(0.5)
    link.close()
    with pytest.raises(ScaleLinkError):
        link.read(0.1)


def test_simulator_rejects_weights_off_the_division():
    with pytest.raises(ValueError):
        SimulatorTransport(Protocol.LINE, [Load(12_345)])
    with pytest.raises(ValueError):
        SimulatorTransport(Protocol.LINE, [])
