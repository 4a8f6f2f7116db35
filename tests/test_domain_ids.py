"""UUIDv7 ids made on the device."""

from __future__ import annotations

import time
import uuid
from itertools import pairwise

import pytest

from fieldapp.domain import ids
from fieldapp.domain.ids import id_timestamp_ms, new_id


@pytest.fixture(autouse=True)
def own_clock_state(monkeypatch):
    """Ids made here with future times must not push the process's ids into the future."""
    monkeypatch.setattr(ids, "_last_ms", ids._last_ms)
    monkeypatch.setattr(ids, "_counter", ids._counter)


def test_version_7_and_rfc_variant():
    for _ in range(100):
        value = uuid.UUID(new_id())
        assert value.version == 7
        assert value.variant == uuid.RFC_4122


def test_string_form():
    text = new_id()
    assert len(text) == 36
    assert text == text.lower()
    assert str(uuid.UUID(text)) == text


def test_timestamp_is_now():
    before = int(time.time() * 1000)
    value = new_id()
    after = int(time.time() * 1000)
    assert before <= id_timestamp_ms(value) <= after + 1


def test_timestamp_given():
    now = int(time.time() * 1000) + 10 * 60_000  # ahead of every id made so far
    assert id_timestamp_ms(new_id(now)) == now


def test_ten_thousand_in_one_millisecond_are_unique_and_strictly_increasing():
    now = int(time.time() * 1000) + 60 * 60_000
    ids = [new_id(now) for _ in range(10_000)]
    assert len(set(ids)) == 10_000
    assert all(a < b for a, b in pairwise(ids))
    assert all(uuid.UUID(i).version == 7 for i in ids)
    # The counter spills into the next millisecond rather than wrapping round.
    assert id_timestamp_ms(ids[0]) == now
    assert id_timestamp_ms(ids[-1]) >= now


def test_a_clock_going_back_does_not_break_the_order():
    now = int(time.time() * 1000) + 2 * 60 * 60_000
    first = new_id(now)
    second = new_id(now - 60 * 60_000)
    assert second > first


def test_real_clock_ids_increase():
    ids = [new_id() for _ in range(5000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
