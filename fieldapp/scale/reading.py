"""What an indicator said (a Reading) and what the line is doing (a LineStatus)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ReadingStatus(StrEnum):
    """Whether the frame carries a weight at all."""

    OK = "ok"
    OVERLOAD = "overload"  # above capacity: the digits (often 9999.99) are not a weight
    UNDERLOAD = "underload"  # below zero range
    BUSY = "busy"  # the indicator answered but cannot weigh now (MT-SICS "S I")
    ERROR = "error"  # the indicator reports a fault, or a state whose digits cannot be trusted


class WeightKind(StrEnum):
    GROSS = "gross"
    NET = "net"
    TARE = "tare"
    UNKNOWN = "unknown"  # the protocol does not say (Yaohua continuous formats)


class LineStatus(StrEnum):
    """The state of the link rather than of the weight; carried by StatusChanged events."""

    CONNECTED = "connected"  # port open; frames arrive or may arrive
    NO_DATA = "no_data"  # port open but silent for longer than the reader's limit
    DISCONNECTED = "disconnected"  # port gone, cable cut, TCP peer closed; the reader retries
    GARBAGE = "garbage"  # bytes arrive but no valid frame (wrong baud, parity or protocol)


@dataclass(frozen=True)
class Reading:
    """One frame from an indicator.

    grams is set exactly when status is OK: an overload frame's digits are not a weight, and
    a value that could be mistaken for one is worse than none.
    stable is the indicator's own motion flag; stability_known is False for protocols that
    have no such flag (then stable is False and the StabilityFilter alone decides).
    raw is the frame as it came off the line (a line-based frame without its line ending).
    """

    grams: int | None
    stable: bool = False
    status: ReadingStatus = ReadingStatus.OK
    kind: WeightKind = WeightKind.UNKNOWN
    stability_known: bool = True
    tare_grams: int | None = None
    raw: bytes = b""

    def __post_init__(self) -> None:
        # Weights are integer grams everywhere in FieldApp; a float or a bool here is a bug
        # in a parser, caught where it is made rather than on a receipt.
        if self.status is ReadingStatus.OK:
            if type(self.grams) is not int:
                raise TypeError(f"an OK reading needs integer grams, got {self.grams!r}")
        elif self.grams is not None:
            raise ValueError(f"a {self.status} reading carries no weight")
        if self.tare_grams is not None and type(self.tare_grams) is not int:
            raise TypeError(f"tare must be integer grams, got {self.tare_grams!r}")

    @property
    def ok(self) -> bool:
        return self.status is ReadingStatus.OK
