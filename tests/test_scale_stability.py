"""StabilityFilter: stable only after every reading stayed within the band for the hold
time; the clock is stepped by the test, nothing sleeps."""

from __future__ import annotations

import pytest

from fieldapp.scale.reading import Reading, ReadingStatus
from fieldapp.scale.stability import StabilityFilter, StabilitySettings


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def stability(clock):
    return StabilityFilter(StabilitySettings(band_grams=20, hold_seconds=1.0), clock)


STEP = 0.125  # seconds between readings; exact in binary, so 8 steps are exactly 1 s


def feed(stability, clock, grams_each_step, stable=True, known=True):
    """One reading every STEP; returns what the filter said after each."""
    out = []
    for grams in grams_each_step:
        out.append(stability.update(Reading(grams, stable=stable, stability_known=known)))
        clock.now += STEP
    return out


def test_stable_only_after_the_hold_time(stability, clock):
    said = feed(stability, clock, [12_340] * 10)
    assert said[:8] == [None] * 8  # 0 .. 0.875 s
    assert said[8:] == [12_340, 12_340]  # 1.0 s after the first reading
    assert stability.stable_grams == 12_340


def test_wobble_within_the_band_is_stable_and_the_latest_weight_is_reported(stability, clock):
    sent = [12_340, 12_350, 12_330, 12_340, 12_350] * 2
    said = feed(stability, clock, sent)
    assert said[:8] == [None] * 8
    assert said[8:] == sent[8:]
    assert stability.stable_grams == sent[-1]


def test_a_reading_outside_the_band_restarts_the_hold(stability, clock):
    feed(stability, clock, [12_340] * 9)
    assert stability.stable_grams == 12_340
    said = feed(stability, clock, [12_400] * 9)
    assert said[:8] == [None] * 8
    assert said[8] == 12_400


def test_readings_that_fit_the_band_with_the_newest_keep_their_time(stability, clock):
    # 12300 then 12320, 12330: the 12300 is dropped, the hold counts from the 12320
    said = feed(stability, clock, [12_300, 12_320] + [12_330] * 8)
    assert said[:9] == [None] * 9
    assert said[9] == 12_330


def test_slow_drift_is_never_stable(stability, clock):
    # 5 g per step: any second of it spans 40 g, beyond the 20 g band
    assert set(feed(stability, clock, range(12_000, 12_500, 5))) == {None}


def test_the_indicators_motion_flag_always_resets(stability, clock):
    feed(stability, clock, [12_340] * 9)
    assert stability.stable_grams == 12_340
    assert stability.update(Reading(12_340, stable=False)) is None
    clock.now += STEP
    said = feed(stability, clock, [12_340] * 9)
    assert said[:8] == [None] * 8
    assert said[8] == 12_340


def test_the_indicators_stable_flag_is_not_enough(stability, clock):
    assert stability.update(Reading(12_340, stable=True)) is None


def test_protocols_without_a_motion_flag_are_judged_by_the_band(stability, clock):
    said = feed(stability, clock, [12_340] * 9, stable=False, known=False)
    assert said[8] == 12_340


@pytest.mark.parametrize("status", [ReadingStatus.OVERLOAD, ReadingStatus.BUSY])
def test_a_reading_without_weight_resets(stability, clock, status):
    feed(stability, clock, [12_340] * 9)
    assert stability.update(Reading(None, status=status)) is None
    assert stability.stable_grams is None
    assert feed(stability, clock, [12_340])[0] is None


def test_a_silence_longer_than_the_hold_resets(stability, clock):
    feed(stability, clock, [12_340] * 5)
    clock.now += 5  # the line went quiet; who knows what happened on the platform
    assert feed(stability, clock, [12_340] * 8) == [None] * 8
    assert feed(stability, clock, [12_340]) == [12_340]


def test_reset(stability, clock):
    feed(stability, clock, [12_340] * 9)
    stability.reset()
    assert stability.stable_grams is None
    assert feed(stability, clock, [12_340])[0] is None


def test_zero_band_needs_identical_readings(clock):
    strict = StabilityFilter(StabilitySettings(band_grams=0, hold_seconds=0.5), clock)
    assert feed(strict, clock, [100, 100, 100, 110, 110, 110, 110, 110, 110])[-1] == 110
    assert feed(strict, clock, [100])[0] is None


def test_settings_are_checked():
    with pytest.raises(ValueError):
        StabilitySettings(band_grams=-1)
    with pytest.raises(ValueError):
        StabilitySettings(hold_seconds=0)
    assert StabilitySettings() == StabilitySettings(band_grams=20, hold_seconds=1.0)
