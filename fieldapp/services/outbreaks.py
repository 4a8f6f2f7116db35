"""The outbreak dashboard: where which pest was found, week by week, and what is still
open. One read of the longest period the page offers; filters work on what was read."""

from __future__ import annotations

import datetime as dt

from fieldapp.domain.outbreaks import (
    MAX_WEEKS,
    NO_TOWNSHIP,
    NOT_DIAGNOSED,
    OTHER,
    TOP_PESTS,
    WEEK_CHOICES,
    CaseCount,
    Grid,
    OpenCases,
    Outbreaks,
    Stack,
    last_weeks,
)
from fieldapp.storage import outbreaks as store
from fieldapp.storage.database import Database

__all__ = [
    "MAX_WEEKS",
    "NOT_DIAGNOSED",
    "NO_TOWNSHIP",
    "OTHER",
    "TOP_PESTS",
    "WEEK_CHOICES",
    "CaseCount",
    "Grid",
    "OpenCases",
    "OutbreakService",
    "Outbreaks",
    "Stack",
]


class OutbreakService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self, weeks: int = MAX_WEEKS, today: dt.date | None = None) -> Outbreaks:
        """The counts of the last `weeks` weeks (the current one included) and the open
        cases; townships in the coop's order, those without any case left out."""
        today = today or dt.date.today()
        since = last_weeks(today, weeks)[0]
        counts = store.case_counts(self.db, since)
        open_cases = store.open_cases(self.db, today)
        seen = {c.township for c in counts} | {o.township for o in open_cases}
        order = [t for t in store.township_order(self.db) if t in seen]
        # A township removed from the pick list still has its growers' old cases.
        order += sorted(seen - set(order) - {NO_TOWNSHIP})
        if NO_TOWNSHIP in seen:
            order.append(NO_TOWNSHIP)
        rank = {t: i for i, t in enumerate(order)}
        return Outbreaks(
            today=today,
            counts=tuple(counts),
            townships=tuple(order),
            open_cases=tuple(sorted(open_cases, key=lambda o: rank[o.township])),
        )

    def heat(self, weeks: int, pest: str | None = None, today: dt.date | None = None) -> Grid:
        """Cases of one pest (None: all) per township and week."""
        return self.load(weeks, today).heat(weeks, pest)

    def by_pest(
        self,
        weeks: int,
        township: str | None = None,
        top: int = TOP_PESTS,
        today: dt.date | None = None,
    ) -> Stack:
        """Cases per week of the `top` pests in a township (None: all), the rest as OTHER."""
        return self.load(weeks, today).by_pest(weeks, township, top)
