"""The hybrid logical clock: never backwards, follows the largest time seen, sortable strings."""

from __future__ import annotations

import random
from itertools import pairwise

from fieldapp.domain.hlc import Timestamp, receive, tick

HOUR = 3_600_000
T0 = 1_750_000_000_000  # June 2025, in ms
A = "018f0000-0000-7000-8000-00000000000a"
B = "018f0000-0000-7000-8000-00000000000b"


def test_first_tick_uses_the_wall_clock():
    assert tick(None, T0, A) == Timestamp(T0, 0, A)


def test_ticks_follow_a_clock_that_moves_forward():
    t1 = tick(None, T0, A)
    t2 = tick(t1, T0 + 5, A)
    assert t2 == Timestamp(T0 + 5, 0, A)
    assert t2 > t1


def test_same_millisecond_counts_up():
    t1 = tick(None, T0, A)
    t2 = tick(t1, T0, A)
    t3 = tick(t2, T0, A)
    assert (t2.counter, t3.counter) == (1, 2)
    assert t1 < t2 < t3


def test_never_backwards_when_the_clock_jumps_back_hours():
    stamps = [tick(None, T0, A)]
    for step in range(1, 1000):
        now = T0 - 5 * HOUR + step  # the laptop's clock was set back five hours
        stamps.append(tick(stamps[-1], now, A))
    assert all(a < b for a, b in pairwise(stamps))
    assert all(str(a) < str(b) for a, b in pairwise(stamps))
    assert all(s.wall_ms >= T0 for s in stamps)
    # Once the clock catches up, the wall time takes over again.
    later = tick(stamps[-1], T0 + HOUR, A)
    assert later == Timestamp(T0 + HOUR, 0, A)


def test_counter_overflow_keeps_the_strings_sorted():
    # A long import on a clock that is behind: more events than the five-digit counter holds.
    last = Timestamp(T0, 99_998, A)
    stamps = [last]
    for _ in range(3):
        stamps.append(tick(stamps[-1], T0 - HOUR, A))
    assert all(a < b for a, b in pairwise(stamps))
    assert all(str(a) < str(b) for a, b in pairwise(stamps))
    assert all(len(str(s)) == len(str(last)) for s in stamps)


def test_receive_from_a_device_hours_ahead_then_local_ticks_sort_after():
    mine = tick(None, T0, A)
    remote = Timestamp(T0 + 3 * HOUR, 7, B)
    seen = receive(mine, remote, T0 + 1, A)
    assert seen > remote
    assert seen.device == A
    assert seen == Timestamp(T0 + 3 * HOUR, 8, A)
    stamps = [seen]
    for step in range(1, 50):
        stamps.append(tick(stamps[-1], T0 + step, A))
    assert all(s > remote for s in stamps)
    assert all(str(s) > str(remote) for s in stamps)
    assert all(a < b for a, b in pairwise(stamps))


def test_receive_from_a_device_behind_keeps_local_time():
    mine = tick(None, T0, A)
    seen = receive(mine, Timestamp(T0 - HOUR, 3, B), T0 + 10, A)
    assert seen == Timestamp(T0 + 10, 0, A)


def test_receive_with_equal_walls_takes_the_larger_counter():
    mine = Timestamp(T0, 4, A)
    seen = receive(mine, Timestamp(T0, 9, B), T0 - 1, A)
    assert seen == Timestamp(T0, 10, A)
    seen = receive(Timestamp(T0, 12, A), Timestamp(T0, 9, B), T0 - 1, A)
    assert seen == Timestamp(T0, 13, A)


def test_receive_when_local_last_is_ahead():
    seen = receive(Timestamp(T0 + 100, 2, A), Timestamp(T0, 9, B), T0, A)
    assert seen == Timestamp(T0 + 100, 3, A)


def test_receive_with_no_local_history():
    remote = Timestamp(T0 + HOUR, 0, B)
    assert receive(None, remote, T0, A) == Timestamp(T0 + HOUR, 1, A)


def test_string_round_trip():
    stamp = Timestamp(T0, 42, A)
    text = str(stamp)
    assert text == f"{T0:013d}-00042-{A}"
    assert Timestamp.parse(text) == stamp


def test_string_form_sorts_like_the_tuple():
    rnd = random.Random(7)
    devices = [A, B, "018f0000-0000-7000-8000-0000000000ff"]
    stamps = [
        Timestamp(T0 + rnd.randrange(-2, 3) * rnd.choice([1, HOUR]), rnd.randrange(0, 100_000),
                  rnd.choice(devices))
        for _ in range(2000)
    ]  # fmt: skip
    by_tuple = sorted(stamps)
    by_text = sorted(stamps, key=str)
    assert by_tuple == by_text


def test_device_breaks_ties():
    assert Timestamp(T0, 0, A) < Timestamp(T0, 0, B)
    assert str(Timestamp(T0, 0, A)) < str(Timestamp(T0, 0, B))
