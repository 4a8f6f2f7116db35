"""When is a new or edited grower probably someone already registered?

Same ID number: the same person, saving is refused. Same name with the same
phone, or the same name in the same village: probably the same household, so a
person decides. Chinese names repeat a lot (张伟 thousands of times), so a
name alone is never enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .growers import GrowerData


class Reason(StrEnum):
    SAME_ID_NUMBER = "same_id_number"
    SAME_NAME_PHONE = "same_name_phone"
    SAME_NAME_VILLAGE = "same_name_village"


@dataclass(frozen=True)
class Similar:
    """A registered grower, as much of them as the rules and the message need."""

    id: str
    card_no: str
    name: str
    phone: str
    id_number: str
    village_id: str
    village: str


@dataclass(frozen=True)
class Duplicate:
    existing: Similar
    reason: Reason

    @property
    def blocking(self) -> bool:
        return self.reason == Reason.SAME_ID_NUMBER


def find_duplicates(
    candidate: GrowerData, same_id: list[Similar], same_name: list[Similar]
) -> list[Duplicate]:
    """Blocking duplicates first; each existing grower listed once, by its strongest reason."""
    found: dict[str, Duplicate] = {}
    if candidate.id_number:
        for s in same_id:
            found[s.id] = Duplicate(s, Reason.SAME_ID_NUMBER)
    for s in same_name:
        if s.id in found or s.name != candidate.name:
            continue
        if candidate.phone and s.phone == candidate.phone:
            found[s.id] = Duplicate(s, Reason.SAME_NAME_PHONE)
        elif candidate.village_id and s.village_id == candidate.village_id:
            found[s.id] = Duplicate(s, Reason.SAME_NAME_VILLAGE)
    return sorted(found.values(), key=lambda d: not d.blocking)


class DuplicateError(Exception):
    """Saving would register someone twice: refused if blocking, else needs a person's yes."""

    def __init__(self, duplicates: list[Duplicate]) -> None:
        super().__init__(", ".join(f"{d.existing.card_no}: {d.reason}" for d in duplicates))
        self.duplicates = duplicates

    @property
    def blocking(self) -> bool:
        return any(d.blocking for d in self.duplicates)
