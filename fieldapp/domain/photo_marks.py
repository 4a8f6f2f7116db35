"""Marks a technician draws on a photo: a box round a lesion or an arrow at an insect,
each with a short label. The original file is never touched; marks are rows of their
own, drawn over the picture wherever it is shown or printed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import FieldError, Problem, ValidationError
from .text import clean

# Coordinates are fractions of the upright picture (as shown, after EXIF rotation) in
# ten-thousandths, so a mark stays on the same leaf at any size and never needs floats.
SCALE = 10_000
MAX_LABEL = 40


class MarkKind(StrEnum):
    BOX = "box"  # (x0, y0) and (x1, y1) are two opposite corners
    ARROW = "arrow"  # from (x0, y0), the tail, to (x1, y1), the point


@dataclass(frozen=True)
class PhotoMark:
    kind: str
    x0: int
    y0: int
    x1: int
    y1: int
    label: str = ""
    id: str = ""  # '' until saved

    def normalised(self) -> PhotoMark:
        """A box with its corners ordered top-left, bottom-right; arrows keep their way."""
        if self.kind != MarkKind.BOX:
            return self
        return PhotoMark(
            self.kind,
            min(self.x0, self.x1),
            min(self.y0, self.y1),
            max(self.x0, self.x1),
            max(self.y0, self.y1),
            self.label,
            self.id,
        )


def checked_mark(mark: PhotoMark) -> PhotoMark:
    """A mark fit to save (kind a plain string, box corners ordered, label cleaned), or
    ValidationError naming everything that is wrong."""
    errors: list[FieldError] = []
    kind = str(mark.kind) if isinstance(mark.kind, str) else ""
    if kind not in frozenset(MarkKind):
        errors.append(FieldError("kind", Problem.UNKNOWN_CHOICE, str(mark.kind)))
    else:
        kind = MarkKind(kind).value  # a plain str, whatever subclass came in
    points = (mark.x0, mark.y0, mark.x1, mark.y1)
    for name, value in zip(("x0", "y0", "x1", "y1"), points, strict=True):
        # bool is an int to Python, and a float would not fit the INTEGER column.
        if not isinstance(value, int) or isinstance(value, bool):
            errors.append(FieldError(name, Problem.NOT_A_NUMBER, str(value)))
        elif value < 0:
            errors.append(FieldError(name, Problem.NEGATIVE))
        elif value > SCALE:
            errors.append(FieldError(name, Problem.TOO_LARGE, str(SCALE)))
    label = clean(mark.label)
    if len(label) > MAX_LABEL:
        errors.append(FieldError("label", Problem.TOO_LONG, str(MAX_LABEL)))
    if errors:
        raise ValidationError(errors)
    mark = PhotoMark(kind, mark.x0, mark.y0, mark.x1, mark.y1, label, mark.id).normalised()
    # A mark with no size: an arrow from a point to itself, a box with no width or height.
    if kind == MarkKind.BOX:
        flat = mark.x0 == mark.x1 or mark.y0 == mark.y1
    else:
        flat = (mark.x0, mark.y0) == (mark.x1, mark.y1)
    if flat:
        raise ValidationError([FieldError("x1", Problem.REQUIRED)])
    return mark
