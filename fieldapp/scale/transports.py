"""Byte links to an indicator: a serial port (pyserial) or TCP to a serial-to-Ethernet
converter. Both raise ScaleLinkError with a LinkProblem, never pyserial's or socket's own
exceptions, so the reader and the UI deal with one kind of failure with a reason to show."""

from __future__ import annotations

import contextlib
import errno
import socket
import time
import typing
from dataclasses import dataclass
from enum import StrEnum

import serial
from serial.tools import list_ports as serial_list_ports

try:
    import termios  # pyserial lets termios.error through on POSIX (tcflush on a dead port)
except ImportError:  # Windows
    _TERMIOS_ERRORS: tuple[type[Exception], ...] = ()
else:
    _TERMIOS_ERRORS = (termios.error,)

_PORT_ERRORS = (serial.SerialException, OSError, ValueError, *_TERMIOS_ERRORS)
READ_SLICE = 0.05  # seconds one pyserial read may wait; read(timeout) loops over these


class LinkProblem(StrEnum):
    NOT_FOUND = "not_found"  # no such port or host (USB adapter unplugged, wrong COM number)
    PERMISSION = "permission"  # not allowed (Linux: the user is not in the dialout group)
    BUSY = "busy"  # another program holds the port
    SETTINGS = "settings"  # the port refused the baud rate, parity or framing
    REFUSED = "refused"  # TCP: nothing listens at that address and port
    TIMEOUT = "timeout"  # TCP connect, or a write that the other end never took
    LOST = "lost"  # an open link went away: cable cut, adapter pulled, peer closed
    NOT_OPEN = "not_open"  # read or write before open() (a programming error)


class ScaleLinkError(Exception):
    def __init__(self, problem: LinkProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


class Transport(typing.Protocol):
    """What the reader needs from a link. read() returns as soon as any bytes are there (so a
    frame is parsed the moment it is complete), or b"" after timeout seconds of silence."""

    @property
    def description(self) -> str: ...

    def open(self) -> None: ...

    def read(self, timeout: float) -> bytes: ...

    def write(self, data: bytes) -> None: ...

    def close(self) -> None: ...


class Parity(StrEnum):
    NONE = "N"
    EVEN = "E"
    ODD = "O"


BAUD_RATES = (600, 1200, 2400, 4800, 9600)
_EXTRA_BAUD_RATES = (300, 19200, 38400, 57600, 115200)  # balances and converters use these
_PYSERIAL_PARITY = {
    Parity.NONE: serial.PARITY_NONE,
    Parity.EVEN: serial.PARITY_EVEN,
    Parity.ODD: serial.PARITY_ODD,
}


@dataclass(frozen=True)
class SerialSettings:
    port: str  # 'COM3', '/dev/ttyUSB0'
    baud: int = 9600
    data_bits: int = 8
    parity: Parity = Parity.NONE
    stop_bits: int = 1

    def __post_init__(self) -> None:
        if self.baud not in BAUD_RATES + _EXTRA_BAUD_RATES:
            raise ValueError(f"unsupported baud rate {self.baud}")
        if self.data_bits not in (7, 8) or self.stop_bits not in (1, 2):
            raise ValueError(f"unsupported framing {self.framing}")
        if not isinstance(self.parity, Parity):
            object.__setattr__(self, "parity", Parity(self.parity))

    @property
    def framing(self) -> str:
        """'8N1', '7E1': how indicator manuals write it."""
        return f"{self.data_bits}{self.parity}{self.stop_bits}"

    def __str__(self) -> str:
        return f"{self.port} {self.baud} {self.framing}"


def _open_problem(exc: serial.SerialException) -> LinkProblem:
    code = exc.errno
    if code in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return LinkProblem.NOT_FOUND
    if code in (errno.EACCES, errno.EPERM):
        return LinkProblem.PERMISSION
    if code == errno.EBUSY:
        return LinkProblem.BUSY
    # pyserial on Windows puts the Windows error in the message only. "Access is denied"
    # there means another program has the port open.
    text = str(exc)
    if "FileNotFoundError" in text:
        return LinkProblem.NOT_FOUND
    if "PermissionError" in text:
        return LinkProblem.BUSY
    if code == errno.EIO:
        return LinkProblem.LOST
    return LinkProblem.SETTINGS if code in (errno.EINVAL, errno.ENOTTY) else LinkProblem.LOST


class SerialTransport:
    def __init__(self, settings: SerialSettings, *, write_timeout: float = 1.0) -> None:
        self.settings = settings
        self._write_timeout = write_timeout
        self._port: serial.Serial | None = None

    @property
    def description(self) -> str:
        return str(self.settings)

    @property
    def is_open(self) -> bool:
        return self._port is not None

    def open(self) -> None:
        if self._port is not None:
            return
        s = self.settings
        port = serial.Serial()
        try:
            port.port = s.port
            port.baudrate = s.baud
            port.bytesize = serial.EIGHTBITS if s.data_bits == 8 else serial.SEVENBITS
            port.parity = _PYSERIAL_PARITY[s.parity]
            port.stopbits = serial.STOPBITS_ONE if s.stop_bits == 1 else serial.STOPBITS_TWO
            # Fixed for the life of the port: changing it later reconfigures the port, which
            # a pty refuses (EINVAL) once it has ignored the parity setting.
            port.timeout = READ_SLICE
            port.write_timeout = self._write_timeout
            port.open()
        except serial.SerialException as exc:
            raise ScaleLinkError(_open_problem(exc), str(exc)) from exc
        except _PORT_ERRORS as exc:
            raise ScaleLinkError(LinkProblem.SETTINGS, str(exc)) from exc
        self._port = port

    def read(self, timeout: float) -> bytes:
        port = self._require_open()
        deadline = time.monotonic() + timeout
        try:
            while True:
                # One byte, waiting at most READ_SLICE, then whatever else has arrived: this
                # returns the moment data is there, where read(64) would wait for 64 bytes
                # or the whole timeout.
                first = port.read(1)
                if first:
                    waiting = port.in_waiting
                    return first + port.read(waiting) if waiting else first
                if time.monotonic() >= deadline:
                    return b""
        except _PORT_ERRORS as exc:
            # On Linux a pulled USB adapter or a closed pty master shows as EIO, or as
            # "readiness to read but returned no data"; on Windows as a ClearCommError.
            raise ScaleLinkError(LinkProblem.LOST, str(exc)) from exc

    def write(self, data: bytes) -> None:
        port = self._require_open()
        try:
            port.write(data)
        except serial.SerialTimeoutException as exc:
            raise ScaleLinkError(LinkProblem.TIMEOUT, str(exc)) from exc
        except _PORT_ERRORS as exc:
            raise ScaleLinkError(LinkProblem.LOST, str(exc)) from exc

    def close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            # Closing a port whose device is gone can fail; there is nothing left to release.
            with contextlib.suppress(*_PORT_ERRORS):
                port.close()

    def _require_open(self) -> serial.Serial:
        if self._port is None:
            raise ScaleLinkError(LinkProblem.NOT_OPEN, self.description)
        return self._port


@dataclass(frozen=True, order=True)
class PortInfo:
    device: str  # what SerialSettings.port takes
    description: str  # 'USB-SERIAL CH340 (COM3)', 'n/a' when the system knows nothing
    hardware_id: str
    manufacturer: str | None = None
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None


def list_ports() -> list[PortInfo]:
    """The serial ports the system has now, sorted by device name."""
    return sorted(
        PortInfo(
            device=p.device,
            description=p.description or "",
            hardware_id=p.hwid or "",
            manufacturer=p.manufacturer,
            vid=p.vid,
            pid=p.pid,
            serial_number=p.serial_number,
        )
        for p in serial_list_ports.comports()
    )


class TcpTransport:
    """An indicator behind a serial-to-Ethernet converter (raw TCP socket mode).

    connect_timeout is short because a converter sits on the local network, and because
    ScaleReader.stop() cannot interrupt a connect in progress: it waits for it to fail.
    """

    def __init__(
        self, host: str, port: int, *, connect_timeout: float = 1.0, write_timeout: float = 1.0
    ) -> None:
        self.host = host
        self.port = port
        self._connect_timeout = connect_timeout
        self._write_timeout = write_timeout
        self._socket: socket.socket | None = None

    @property
    def description(self) -> str:
        return f"tcp://{self.host}:{self.port}"

    @property
    def is_open(self) -> bool:
        return self._socket is not None

    def open(self) -> None:
        if self._socket is not None:
            return
        try:
            sock = socket.create_connection((self.host, self.port), self._connect_timeout)
        except socket.gaierror as exc:
            raise ScaleLinkError(LinkProblem.NOT_FOUND, str(exc)) from exc
        except ConnectionRefusedError as exc:
            raise ScaleLinkError(LinkProblem.REFUSED, str(exc)) from exc
        except TimeoutError as exc:
            raise ScaleLinkError(LinkProblem.TIMEOUT, str(exc)) from exc
        except OSError as exc:  # network unreachable, host down
            raise ScaleLinkError(LinkProblem.NOT_FOUND, str(exc)) from exc
        # Frames are a few bytes: send polls at once; keepalive notices a dead converter.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        self._socket = sock

    def read(self, timeout: float) -> bytes:
        sock = self._require_open()
        try:
            sock.settimeout(timeout)
            data = sock.recv(4096)
        except TimeoutError:
            return b""
        except OSError as exc:
            raise ScaleLinkError(LinkProblem.LOST, str(exc)) from exc
        if not data:
            raise ScaleLinkError(LinkProblem.LOST, "the converter closed the connection")
        return data

    def write(self, data: bytes) -> None:
        sock = self._require_open()
        try:
            sock.settimeout(self._write_timeout)
            sock.sendall(data)
        except TimeoutError as exc:
            raise ScaleLinkError(LinkProblem.TIMEOUT, str(exc)) from exc
        except OSError as exc:
            raise ScaleLinkError(LinkProblem.LOST, str(exc)) from exc

    def close(self) -> None:
        sock, self._socket = self._socket, None
        if sock is not None:
            sock.close()

    def _require_open(self) -> socket.socket:
        if self._socket is None:
            raise ScaleLinkError(LinkProblem.NOT_OPEN, self.description)
        return self._socket
