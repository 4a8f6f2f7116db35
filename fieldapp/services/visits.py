"""Field visits as the technician's screens use them: record, edit, close, and the lists
(today, open cases by township, follow-ups due, a grower's history)."""

from __future__ import annotations

import datetime as dt

from fieldapp.domain.errors import FieldError, Problem, ValidationError
from fieldapp.domain.visits import Visit, VisitData, checked_visit, symptom_overlap
from fieldapp.storage import growers as grower_store
from fieldapp.storage import sheet_uploads
from fieldapp.storage import visits as store
from fieldapp.storage.database import Database
from fieldapp.storage.sheet_uploads import SheetState
from fieldapp.storage.visits import VisitRow

__all__ = ["SheetState", "VisitRow", "VisitService"]

# Share of character pairs two symptom notes must have in common to count as alike:
# '叶片上有梭形病斑，中间灰白' and '梭形病斑，边缘褐色，中间灰白色' share 0.35.
ALIKE_SYMPTOMS = 0.25


class VisitService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, visit_id: str) -> Visit | None:
        return store.get_visit(self.db, visit_id)

    def save(self, data: VisitData, visit_id: str = "", today: dt.date | None = None) -> str:
        """Record (no `visit_id`) or update a visit; ValidationError names every wrong
        field and nothing is saved."""
        data = checked_visit(data, today)
        errors = []
        if grower_store.get_grower(self.db, data.grower_id) is None:
            errors.append(FieldError("grower_id", Problem.UNKNOWN_CHOICE, data.grower_id))
        elif data.plot_id and data.plot_id not in {
            p.id for p in grower_store.plots_of(self.db, data.grower_id)
        }:
            errors.append(FieldError("plot_id", Problem.UNKNOWN_CHOICE, data.plot_id))
        if errors:
            raise ValidationError(errors)
        if visit_id:
            if store.get_visit(self.db, visit_id) is None:
                raise KeyError(visit_id)
            store.update_visit(self.db, visit_id, data)
            return visit_id
        return store.insert_visit(self.db, data)

    def on_the_phone(self, visit_id: str, today: dt.date | None = None) -> SheetState | None:
        """Whether the answer and its advice sheet reach the grower's phone (the portal):
        the grower's link, the answer, and how this laptop's sending of the sheet went."""
        return sheet_uploads.state_of(self.db, visit_id, today or dt.date.today())

    def remove(self, visit_id: str) -> None:
        store.remove_visit(self.db, visit_id)

    def today(self, day: dt.date | None = None) -> list[VisitRow]:
        return store.visits_on(self.db, (day or dt.date.today()).isoformat())

    def open_cases(self) -> list[VisitRow]:
        return store.open_cases(self.db)

    def questions(self) -> list[VisitRow]:
        """Growers' questions from their phones waiting for an answer, newest first."""
        return store.questions(self.db)

    def follow_ups_due(self, day: dt.date | None = None) -> list[VisitRow]:
        return store.follow_ups_due(self.db, (day or dt.date.today()).isoformat())

    def history(self, grower_id: str) -> list[VisitRow]:
        return store.history_of(self.db, grower_id)

    def like_this(self, visit_id: str, limit: int = 12) -> list[VisitRow]:
        """Other visits on the same crop with the same diagnosis or symptoms described
        alike, the closest first: what was done there, and whether it worked."""
        visit = store.get_visit(self.db, visit_id)
        if visit is None:
            return []
        mine = visit.data
        scored = []
        for row in store.with_crop_of(self.db, visit_id):
            other = row.visit.data
            same = (bool(mine.pest_id) and other.pest_id == mine.pest_id) or (
                bool(mine.diagnosis) and other.diagnosis == mine.diagnosis
            )
            overlap = symptom_overlap(mine.symptoms, other.symptoms)
            if same or overlap >= ALIKE_SYMPTOMS:
                scored.append((same + overlap, row))
        scored.sort(key=lambda pair: -pair[0])
        return [row for _, row in scored[:limit]]
