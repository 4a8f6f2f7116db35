"""The scale on the UI thread: a ScaleReader's events as Qt signals and sentences.

The reader runs on its own thread and calls back there; a queued signal carries each
event to the UI thread, so the station screen never waits on the serial port.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from fieldapp import settings as keys
from fieldapp.scale.events import BadFrames, ScaleEvent, StatusChanged, WeightRead
from fieldapp.scale.protocols import Protocol
from fieldapp.scale.reader import ScaleReader
from fieldapp.scale.reading import LineStatus, ReadingStatus
from fieldapp.scale.simulator import SimulatorTransport
from fieldapp.scale.stability import StabilitySettings
from fieldapp.scale.transports import LinkProblem, SerialSettings, SerialTransport, TcpTransport
from fieldapp.settings import Settings


class ScaleFeed(QObject):
    """weightChanged(grams or None, stable); statusChanged(sentence, ok)."""

    weightChanged = Signal(object, bool)
    statusChanged = Signal(str, bool)
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader: ScaleReader | None = None
        self.description = ""
        self._arrived.connect(self.handle, Qt.ConnectionType.QueuedConnection)
        # However the program ends, the reader thread stops before this object is gone.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self, settings: Settings) -> None:
        """(Re)connect with the station's settings; errors become a status sentence."""
        self.stop()
        link = settings.get(keys.SCALE_LINK)
        try:
            protocol = Protocol(settings.get(keys.SCALE_PROTOCOL))
        except ValueError:
            protocol = Protocol.LINE
        try:
            stability = StabilitySettings(
                settings.get(keys.SCALE_STABLE_BAND_G), settings.get(keys.SCALE_STABLE_SECONDS)
            )
            if link == "serial":
                serial_settings = SerialSettings(
                    settings.get(keys.SCALE_PORT),
                    settings.get(keys.SCALE_BAUD),
                    parity=settings.get(keys.SCALE_PARITY),
                )
                transport = lambda: SerialTransport(serial_settings)  # noqa: E731
                self.description = str(serial_settings)
            elif link == "tcp":
                host, port = settings.get(keys.SCALE_HOST), settings.get(keys.SCALE_TCP_PORT)
                transport = lambda: TcpTransport(host, port)  # noqa: E731
                self.description = f"{host}:{port}"
            else:
                simulator = SimulatorTransport(protocol, noise=0.02)
                transport = lambda: simulator  # noqa: E731
                self.description = self.tr("simulator")
        except ValueError:
            self.statusChanged.emit(self.tr("The scale settings are not valid."), False)
            return
        if link == "serial" and not settings.get(keys.SCALE_PORT):
            self.statusChanged.emit(self.tr("No scale port chosen (station settings)."), False)
            return
        self.reader = ScaleReader(transport, protocol, self._arrived.emit, stability=stability)
        self.statusChanged.emit(self.tr("Connecting to %1…").replace("%1", self.description), True)
        self.reader.start()

    def stop(self) -> None:
        if self.reader is not None:
            self.reader.stop()
            self.reader = None

    def handle(self, event: ScaleEvent) -> None:
        if isinstance(event, WeightRead):
            reading = event.reading
            if reading.status is not ReadingStatus.OK:
                self.weightChanged.emit(None, False)
                self.statusChanged.emit(self.reading_problem(reading.status), False)
                return
            stable = event.stable_grams is not None
            grams = event.stable_grams if stable else reading.grams
            self.weightChanged.emit(grams, stable)
        elif isinstance(event, StatusChanged):
            if event.status is not LineStatus.CONNECTED:
                self.weightChanged.emit(None, False)
            self.statusChanged.emit(
                self.line_status(event.status, event.problem),
                event.status is LineStatus.CONNECTED,
            )
        elif isinstance(event, BadFrames) and event.new:
            self.statusChanged.emit(self.tr("%n damaged frame(s) ignored", "", event.total), True)

    def reading_problem(self, status: ReadingStatus) -> str:
        return {
            ReadingStatus.OVERLOAD: self.tr("Overload: take some weight off the scale."),
            ReadingStatus.UNDERLOAD: self.tr("Below zero: zero the scale."),
            ReadingStatus.BUSY: self.tr("The scale is busy."),
            ReadingStatus.ERROR: self.tr("The scale reports an error."),
        }.get(status, self.tr("The scale reports an error."))

    def line_status(self, status: LineStatus, problem: LinkProblem | None) -> str:
        if status is LineStatus.CONNECTED:
            return self.tr("Scale connected: %1").replace("%1", self.description)
        if status is LineStatus.NO_DATA:
            return self.tr("The scale sends nothing. Is the indicator switched on?")
        if status is LineStatus.GARBAGE:
            return self.tr(
                "The scale sends data this program cannot read: check the indicator, baud "
                "rate and parity in the station settings (or use Detect)."
            )
        reasons = {
            LinkProblem.NOT_FOUND: self.tr(
                "The scale's port or address is not there. Is the cable plugged in?"
            ),
            LinkProblem.PERMISSION: self.tr("This user may not open the scale's port."),
            LinkProblem.BUSY: self.tr("Another program is using the scale's port."),
            LinkProblem.SETTINGS: self.tr("The port refused these line settings."),
            LinkProblem.REFUSED: self.tr("Nothing answers at the scale's network address."),
            LinkProblem.TIMEOUT: self.tr("The scale's network converter does not answer."),
            LinkProblem.LOST: self.tr("The scale was disconnected. Reconnecting…"),
        }
        return (
            reasons.get(problem, self.tr("The scale is not connected. Reconnecting…"))
            if problem
            else self.tr("The scale is not connected. Reconnecting…")
        )
