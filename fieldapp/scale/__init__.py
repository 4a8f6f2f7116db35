"""Platform-scale indicators: protocols, links, software stability and a reader thread.

No Qt here (an import-linter contract keeps it out): ScaleReader calls a plain callback on
its own thread and the UI turns that into a signal.

    reader = ScaleReader(SerialTransport(SerialSettings("COM3", 9600)), Protocol.YAOHUA_TF0,
                         on_event)
    reader.start() ... reader.stop()
"""

from fieldapp.scale.detect import Detection, detect
from fieldapp.scale.events import BadFrames, ScaleEvent, StatusChanged, WeightRead
from fieldapp.scale.protocols import Protocol, build_frame, make_parser
from fieldapp.scale.reader import ReaderSettings, ScaleReader
from fieldapp.scale.reading import LineStatus, Reading, ReadingStatus, WeightKind
from fieldapp.scale.simulator import Load, SimulatorTransport
from fieldapp.scale.stability import StabilityFilter, StabilitySettings
from fieldapp.scale.transports import (
    LinkProblem,
    Parity,
    PortInfo,
    ScaleLinkError,
    SerialSettings,
    SerialTransport,
    TcpTransport,
    Transport,
    list_ports,
)

__all__ = [
    "BadFrames",
    "Detection",
    "LineStatus",
    "LinkProblem",
    "Load",
    "Parity",
    "PortInfo",
    "Protocol",
    "ReaderSettings",
    "Reading",
    "ReadingStatus",
    "ScaleEvent",
    "ScaleLinkError",
    "ScaleReader",
    "SerialSettings",
    "SerialTransport",
    "SimulatorTransport",
    "StabilityFilter",
    "StabilitySettings",
    "StatusChanged",
    "TcpTransport",
    "Transport",
    "WeightKind",
    "WeightRead",
    "build_frame",
    "detect",
    "list_ports",
    "make_parser",
]
