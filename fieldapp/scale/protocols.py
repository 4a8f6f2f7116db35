"""The protocols FieldApp understands, by name: a parser, a frame builder and a poll command
for each, so the reader, the detector and the simulator need not know the modules."""

from __future__ import annotations

from enum import StrEnum

from fieldapp.scale import line_format, sics, toledo, yaohua
from fieldapp.scale.parsing import FrameParser
from fieldapp.scale.reading import Reading


class Protocol(StrEnum):
    YAOHUA_TF0 = "yaohua_tf0"  # STX +001234 2 xx ETX, XOR check
    YAOHUA_EQUALS = "yaohua_equals"  # =43.2100 (display reversed)
    LINE = "line"  # ST,GS,+0012.34kg
    MT_SICS = "mt_sics"  # S S      100.00 g, answers to SI
    TOLEDO = "toledo"  # Mettler Toledo continuous output, STX + 3 status bytes


def make_parser(protocol: Protocol) -> FrameParser:
    match protocol:
        case Protocol.YAOHUA_TF0:
            return yaohua.YaohuaTf0Parser()
        case Protocol.YAOHUA_EQUALS:
            return yaohua.YaohuaEqualsParser()
        case Protocol.LINE:
            return line_format.LineFormatParser()
        case Protocol.MT_SICS:
            return sics.SicsParser()
        case Protocol.TOLEDO:
            return toledo.ToledoParser()
    raise ValueError(protocol)


def build_frame(protocol: Protocol, reading: Reading) -> bytes:
    """A frame as a platform scale usually sends it: kg with two decimals (10 g steps), Toledo
    with its checksum."""
    match protocol:
        case Protocol.YAOHUA_TF0:
            return yaohua.tf0_frame(reading)
        case Protocol.YAOHUA_EQUALS:
            return yaohua.equals_frame(reading)
        case Protocol.LINE:
            return line_format.line_frame(reading)
        case Protocol.MT_SICS:
            return sics.sics_reply(reading, unit="kg")
        case Protocol.TOLEDO:
            return toledo.toledo_frame(reading)
    raise ValueError(protocol)


def poll_command(protocol: Protocol) -> bytes | None:
    """What to send periodically to get weights; None for indicators that stream by themselves."""
    return sics.POLL_COMMAND if protocol is Protocol.MT_SICS else None


# build_frame shows kg with two decimals, so the weights given to it must be whole multiples
# of 10 g (the simulator rounds its weights to this).
DIVISION_GRAMS = 10
