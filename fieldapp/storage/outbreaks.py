"""The outbreak dashboard's reads: cases per township, week and diagnosis, and the open
cases per township. Small grouped queries over the visits' date index."""

from __future__ import annotations

import datetime as dt

from fieldapp.domain.outbreaks import CaseCount, OpenCases

from .database import Database

# The Monday of a visit's week, as domain.outbreaks.week_start counts it: six days back,
# then forward to the next Monday (a Monday stays itself, a Sunday goes back six days).
_WEEK = "date(v.visited_on, '-6 days', 'weekday 1')"

_PLACE = (
    "FROM visits v JOIN growers g ON g.id = v.grower_id "
    "LEFT JOIN townships t ON t.id = g.township_id AND t.deleted = 0 "
)


def case_counts(db: Database, since: dt.date) -> list[CaseCount]:
    """Visits (not deleted, resolved or not) per township, week and diagnosis, from the
    week of `since` on. A grower without a township counts under ''."""
    rows = db.execute(
        f"SELECT coalesce(t.name, '') AS township, {_WEEK} AS week, trim(v.diagnosis), "
        f"count(*) {_PLACE}"
        "WHERE v.deleted = 0 AND v.visited_on >= ? "
        "GROUP BY 1, 2, 3 HAVING week IS NOT NULL ORDER BY 2, 1, 3",
        (since.isoformat(),),
    ).fetchall()
    return [CaseCount(r[0], dt.date.fromisoformat(r[1]), r[2], r[3]) for r in rows]


def open_cases(db: Database, today: dt.date) -> list[OpenCases]:
    """Per township: visits not resolved, and those whose follow-up day is today or past."""
    rows = db.execute(
        "SELECT coalesce(t.name, '') AS township, count(*), "
        "sum(v.follow_up_on != '' AND v.follow_up_on <= ?) "
        f"{_PLACE}WHERE v.deleted = 0 AND v.status != 'resolved' GROUP BY 1 ORDER BY 1",
        (today.isoformat(),),
    ).fetchall()
    return [OpenCases(r[0], r[1], r[2] or 0) for r in rows]


def township_order(db: Database) -> list[str]:
    """Live township names in the coop's order (the pick lists' order)."""
    rows = db.execute(
        "SELECT name FROM townships WHERE deleted = 0 ORDER BY sort_order, name"
    ).fetchall()
    return [r[0] for r in rows]
