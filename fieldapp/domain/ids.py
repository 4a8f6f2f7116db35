"""Identifiers made on the device: UUIDv7 strings that sort by creation time."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id(now_ms: int | None = None) -> str:
    """A UUIDv7 (RFC 9562) string; ids made in one process are strictly increasing.

    The 12-bit rand_a field carries a counter within the same millisecond
    (RFC 9562 method 1), so ids made in a burst still sort in creation order.
    """
    global _last_ms, _counter
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:
                ms += 1
                _counter = 0
        else:
            _counter = 0
        _last_ms = ms
        counter = _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    h = f"{value:032x}"  # str(uuid.UUID(int=value)), without the object (imports make 20,000)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def id_timestamp_ms(value: str) -> int:
    """The creation time (ms since the epoch) held in a UUIDv7 string."""
    return uuid.UUID(value).int >> 80


# Rows every new laptop makes by itself (the first-run crop list) must be the same row
# on every laptop, or the first sync brings each one twice: their ids come from their
# names (UUIDv5 in a namespace of FieldApp's own), not from the clock.
SHIPPED_NAMESPACE = uuid.UUID("6f1c2d3e-5a4b-4c8d-9e0f-a1b2c3d4e5f6")


def shipped_id(kind: str, name: str) -> str:
    return str(uuid.uuid5(SHIPPED_NAMESPACE, f"{kind}:{name}"))


def is_shipped_id(value: str) -> bool:
    """A `shipped_id`: the same on every laptop of every cooperative (a UUIDv5; the
    ids made on a device are v7)."""
    return len(value) == 36 and value[14] == "5" and value[8] == "-"
