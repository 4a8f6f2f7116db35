"""Field visits: what a technician saw on a plot, what it is, and what to do about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import pairwise

from .errors import FieldError, Problem, ValidationError
from .text import clean
from .treatments import TreatmentLine, UnconfirmedDoseError, checked_plan

MAX_TEXT = 2000
MAX_SHORT = 100


class VisitKind(StrEnum):
    FIELD = "field"  # the technician stood in the plot
    REMOTE = "remote"  # diagnosed from photos the grower sent


class Severity(StrEnum):
    NONE = "none"
    LIGHT = "light"
    MODERATE = "moderate"
    SEVERE = "severe"


class VisitStatus(StrEnum):
    OPEN = "open"
    TREATED = "treated"
    RESOLVED = "resolved"


_KINDS = frozenset(VisitKind)
_SEVERITIES = frozenset(Severity)
_STATUSES = frozenset(VisitStatus)


@dataclass(frozen=True)
class VisitData:
    """The fields a technician edits. Dates ISO; '' for not set."""

    grower_id: str = ""
    plot_id: str = ""
    visited_on: str = ""
    technician: str = ""
    kind: str = VisitKind.FIELD
    weather: str = ""
    crop_stage: str = ""
    symptoms: str = ""
    diagnosis: str = ""
    pest_id: str = ""  # the catalogue entry, when the diagnosis is one
    severity: str = Severity.NONE
    affected_percent: int = 0  # share of the plot affected
    treatment: str = ""  # notes on the plan that do not fit its lines
    follow_up_on: str = ""
    status: str = VisitStatus.OPEN
    treatment_lines: tuple[TreatmentLine, ...] = ()  # what to spray, how much, when


@dataclass(frozen=True)
class Visit:
    id: str
    data: VisitData
    created_at: str = ""
    updated_at: str = ""


def _date(value: str, field: str) -> tuple[dt.date | None, FieldError | None]:
    if not value:
        return None, None
    try:
        return dt.date.fromisoformat(value), None
    except ValueError:
        return None, FieldError(field, Problem.BAD_DATE, value)


def checked_visit(data: VisitData, today: dt.date | None = None) -> VisitData:
    """Cleaned data, or ValidationError naming every wrong field (form order), then
    UnconfirmedDoseError if a dose is outside its catalogue range unconfirmed."""
    today = today or dt.date.today()
    data = VisitData(
        grower_id=data.grower_id.strip(),
        plot_id=data.plot_id.strip(),
        visited_on=clean(data.visited_on),
        technician=clean(data.technician),
        kind=data.kind,
        weather=clean(data.weather),
        crop_stage=clean(data.crop_stage),
        symptoms=data.symptoms.strip(),
        diagnosis=data.diagnosis.strip(),
        pest_id=data.pest_id.strip(),
        severity=data.severity,
        affected_percent=data.affected_percent,
        treatment=data.treatment.strip(),
        follow_up_on=clean(data.follow_up_on),
        status=data.status,
        treatment_lines=data.treatment_lines,
    )
    errors: list[FieldError] = []
    if not data.grower_id:
        errors.append(FieldError("grower_id", Problem.REQUIRED))
    visited, error = _date(data.visited_on, "visited_on")
    if not data.visited_on:
        errors.append(FieldError("visited_on", Problem.REQUIRED))
    elif error:
        errors.append(error)
    elif visited and visited > today:
        errors.append(FieldError("visited_on", Problem.FUTURE_DATE, data.visited_on))
    if not data.technician:
        errors.append(FieldError("technician", Problem.REQUIRED))
    if data.kind not in _KINDS:
        errors.append(FieldError("kind", Problem.UNKNOWN_CHOICE, data.kind))
    for field in ("weather", "crop_stage", "technician"):
        if len(getattr(data, field)) > MAX_SHORT:
            errors.append(FieldError(field, Problem.TOO_LONG, str(MAX_SHORT)))
    for field in ("symptoms", "diagnosis", "treatment"):
        if len(getattr(data, field)) > MAX_TEXT:
            errors.append(FieldError(field, Problem.TOO_LONG, str(MAX_TEXT)))
    if data.severity not in _SEVERITIES:
        errors.append(FieldError("severity", Problem.UNKNOWN_CHOICE, data.severity))
    if not 0 <= data.affected_percent <= 100:
        errors.append(FieldError("affected_percent", Problem.TOO_LARGE, "100"))
    elif data.severity == Severity.NONE and data.affected_percent:
        # A share of the plot affected with no damage contradicts itself: ask for the
        # severity, which is what the technician most likely forgot.
        errors.append(FieldError("severity", Problem.REQUIRED))
    follow_up, error = _date(data.follow_up_on, "follow_up_on")
    if error:
        errors.append(error)
    elif follow_up and visited and follow_up < visited:
        errors.append(FieldError("follow_up_on", Problem.BEFORE_VISIT, data.follow_up_on))
    if data.status not in _STATUSES:
        errors.append(FieldError("status", Problem.UNKNOWN_CHOICE, data.status))
    try:
        lines = checked_plan(data.treatment_lines)
    except ValidationError as error:
        errors.extend(error.errors)
    except UnconfirmedDoseError:
        if not errors:
            raise  # asked only once everything else is right
    if errors:
        raise ValidationError(errors)
    return replace(data, treatment_lines=lines)


def follow_up_due(data: VisitData, today: dt.date) -> bool:
    """A case to go back to: not resolved, and its follow-up day has come."""
    return (
        data.status != VisitStatus.RESOLVED
        and bool(data.follow_up_on)
        and data.follow_up_on <= today.isoformat()
    )


def _bigrams(text: str) -> set[str]:
    # Chinese has no spaces between words; pairs of characters stand in for words, and
    # catch '叶片发黄' in '下部叶片发黄枯死' whatever the punctuation around it.
    chars = [c for c in clean(text).lower() if c.isalnum()]
    return {a + b for a, b in pairwise(chars)}


def symptom_overlap(a: str, b: str) -> float:
    """How much two descriptions of symptoms share, 0 to 1 (Jaccard of bigrams)."""
    first, second = _bigrams(a), _bigrams(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)
