"""The outbreak dashboard's arithmetic: week buckets, cases per township and week, and
cases per pest with the few biggest pests named and the rest folded into "other".

Weeks start on Monday (as Chinese calendars and the ISO standard count them). "The last
N weeks" are the N weeks ending with the current one, oldest first; the current week is
still running, so its counts grow until Sunday.

A case is one field visit (deleted visits are not cases; resolved ones still are: the
pest was there that week). A visit without a diagnosis is counted under NOT_DIAGNOSED.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

NOT_DIAGNOSED = ""  # the diagnosis of a visit nobody named yet
OTHER = "\x00other"  # the series that holds every pest beyond the top ones
NO_TOWNSHIP = ""  # growers recorded without a township
TOP_PESTS = 6
WEEK_CHOICES = (4, 8, 12, 26)
MAX_WEEKS = max(WEEK_CHOICES)


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week `day` falls in (the day itself when it is a Monday)."""
    return day - dt.timedelta(days=day.weekday())


def last_weeks(today: dt.date, count: int) -> tuple[dt.date, ...]:
    """The Mondays of the last `count` weeks, oldest first, the current week last."""
    if count < 1:
        raise ValueError(f"count must be at least 1, not {count}")
    current = week_start(today)
    return tuple(current - dt.timedelta(weeks=n) for n in range(count - 1, -1, -1))


def week_end(monday: dt.date) -> dt.date:
    """The Sunday that closes the week starting on `monday`."""
    return monday + dt.timedelta(days=6)


@dataclass(frozen=True)
class CaseCount:
    """How many visits found `diagnosis` in `township` in the week starting `week`."""

    township: str
    week: dt.date  # a Monday
    diagnosis: str
    cases: int


@dataclass(frozen=True)
class OpenCases:
    """Cases not yet resolved in a township, and how many of them wait for a follow-up
    visit that is due today or earlier."""

    township: str
    open: int
    due: int


@dataclass(frozen=True)
class Grid:
    """Cases per township (rows) and week (columns)."""

    weeks: tuple[dt.date, ...]
    townships: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]  # cells[row][column]

    @property
    def highest(self) -> int:
        return max((c for row in self.cells for c in row), default=0)

    @property
    def total(self) -> int:
        return sum(c for row in self.cells for c in row)

    def at(self, township: str, week: dt.date) -> int:
        return self.cells[self.townships.index(township)][self.weeks.index(week)]


@dataclass(frozen=True)
class Stack:
    """Cases per week (columns) split by pest (series, biggest first, OTHER last)."""

    weeks: tuple[dt.date, ...]
    series: tuple[str, ...]  # diagnoses; OTHER last when there are more pests than named
    values: tuple[tuple[int, ...], ...]  # values[series][column]
    folded: tuple[str, ...] = ()  # the pests inside OTHER, biggest first

    def week_total(self, column: int) -> int:
        return sum(v[column] for v in self.values)

    @property
    def highest(self) -> int:
        return max((self.week_total(c) for c in range(len(self.weeks))), default=0)

    @property
    def total(self) -> int:
        return sum(sum(v) for v in self.values)

    def of(self, name: str) -> tuple[int, ...]:
        return self.values[self.series.index(name)]


def top_pests(
    totals: Mapping[str, int], top: int = TOP_PESTS, keep: str | None = None
) -> list[str]:
    """The `top` pests with most cases (ties by name, so the order never flickers);
    `keep` is always among them (the pest the user picked), taking the last place."""
    ranked = [name for name, n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])) if n > 0]
    chosen = ranked[:top]
    if keep is not None and keep in totals and keep not in chosen and top > 0:
        chosen = [*chosen[: top - 1], keep]
    return chosen


def heat_grid(
    counts: Iterable[CaseCount],
    weeks: Sequence[dt.date],
    townships: Sequence[str],
    pest: str | None = None,
) -> Grid:
    """Cases of `pest` (None: every pest) per township and week; counts outside the weeks
    or of townships not listed are left out."""
    column = {w: i for i, w in enumerate(weeks)}
    row = {t: i for i, t in enumerate(townships)}
    cells = [[0] * len(weeks) for _ in townships]
    for c in counts:
        if (pest is None or c.diagnosis == pest) and c.week in column and c.township in row:
            cells[row[c.township]][column[c.week]] += c.cases
    return Grid(tuple(weeks), tuple(townships), tuple(tuple(r) for r in cells))


def stacked(
    counts: Iterable[CaseCount],
    weeks: Sequence[dt.date],
    township: str | None = None,
    top: int = TOP_PESTS,
    keep: str | None = None,
) -> Stack:
    """Cases per week of the `top` pests in `township` (None: everywhere) and OTHER for
    the rest; a pest is named only if it has cases in these weeks."""
    column = {w: i for i, w in enumerate(weeks)}
    chosen = [
        c for c in counts if c.week in column and (township is None or c.township == township)
    ]
    totals: Counter[str] = Counter()
    for c in chosen:
        totals[c.diagnosis] += c.cases
    named = top_pests(totals, top, keep)
    folded = [p for p in top_pests(totals, len(totals)) if p not in named]
    series = [*named, OTHER] if folded else named
    index = {name: i for i, name in enumerate(series)}
    values = [[0] * len(weeks) for _ in series]
    for c in chosen:
        values[index.get(c.diagnosis, len(series) - 1)][column[c.week]] += c.cases
    return Stack(tuple(weeks), tuple(series), tuple(tuple(v) for v in values), tuple(folded))


@dataclass(frozen=True)
class Outbreaks:
    """What the dashboard reads once: the counts of the longest period it offers and the
    open cases now; every filter is then applied here without reading again."""

    today: dt.date
    counts: tuple[CaseCount, ...]
    townships: tuple[str, ...]  # the coop's order; those with cases or open cases
    open_cases: tuple[OpenCases, ...]

    @property
    def empty(self) -> bool:
        return not self.counts and not any(o.open for o in self.open_cases)

    def weeks(self, count: int) -> tuple[dt.date, ...]:
        return last_weeks(self.today, count)

    def pests(self) -> list[str]:
        """Every diagnosis seen, most cases first."""
        totals: Counter[str] = Counter()
        for c in self.counts:
            totals[c.diagnosis] += c.cases
        return top_pests(totals, len(totals))

    def heat(self, weeks: int, pest: str | None = None) -> Grid:
        return heat_grid(self.counts, self.weeks(weeks), self.townships, pest)

    def by_pest(
        self, weeks: int, township: str | None = None, top: int = TOP_PESTS, keep: str | None = None
    ) -> Stack:
        return stacked(self.counts, self.weeks(weeks), township, top, keep)

    @property
    def open_total(self) -> int:
        return sum(o.open for o in self.open_cases)

    @property
    def due_total(self) -> int:
        return sum(o.due for o in self.open_cases)
