"""The cooperative's pick lists: townships and their villages, crops."""

from __future__ import annotations

from fieldapp.domain.errors import FieldError, Problem, ValidationError
from fieldapp.domain.text import clean
from fieldapp.storage import grower_index, places
from fieldapp.storage.database import Database
from fieldapp.storage.places import Place

MAX_PLACE_NAME = 30


class InUseError(Exception):
    """A pick-list entry that growers or plots still use cannot be removed."""

    def __init__(self, count: int) -> None:
        super().__init__(f"used by {count}")
        self.count = count


class PlacesService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def townships(self) -> list[Place]:
        return places.townships(self.db)

    def villages(self, township_id: str | None = None) -> list[Place]:
        return places.villages(self.db, township_id)

    def crops(self) -> list[Place]:
        return places.crops(self.db)

    def add_township(self, name: str) -> str:
        name = self._checked_name(name, [p.name for p in self.townships()])
        return places.add_township(self.db, name)

    def add_village(self, township_id: str, name: str) -> str:
        if township_id not in {p.id for p in self.townships()}:
            raise ValidationError([FieldError("township_id", Problem.UNKNOWN_CHOICE)])
        name = self._checked_name(name, [p.name for p in self.villages(township_id)])
        return places.add_village(self.db, township_id, name)

    def add_crop(self, name: str) -> str:
        name = self._checked_name(name, [p.name for p in self.crops()])
        return places.add_crop(self.db, name)

    def rename(self, table: str, row_id: str, name: str) -> None:
        siblings = self._siblings(table, row_id)
        name = self._checked_name(name, [p.name for p in siblings if p.id != row_id])
        with self.db.transaction():
            places.rename(self.db, table, row_id, name)
            if table == "crops":
                grower_index.refresh_for_crop(self.db, row_id)
            else:
                column = "township_id" if table == "townships" else "village_id"
                grower_index.refresh_for_place(self.db, column, row_id)

    def remove(self, table: str, row_id: str) -> None:
        with self.db.transaction():
            used = places.usage(self.db, table, row_id)
            if used:
                raise InUseError(used)
            places.remove(self.db, table, row_id)

    def ensure_village(self, township: str, village: str) -> tuple[str, str]:
        """(township id, village id) for names, adding whichever is missing (import uses this)."""
        with self.db.transaction():
            township_id = next((p.id for p in self.townships() if p.name == township), "")
            if township and not township_id:
                township_id = self.add_township(township)
            if not village:
                return township_id, ""
            candidates = [p for p in self.villages(township_id or None) if p.name == village]
            if candidates:
                return candidates[0].parent_id, candidates[0].id
            if not township_id:
                return "", ""
            return township_id, self.add_village(township_id, village)

    def _siblings(self, table: str, row_id: str) -> list[Place]:
        """The entries whose names a renamed one must not repeat."""
        if table == "townships":
            return self.townships()
        if table == "crops":
            return self.crops()
        village = next((p for p in self.villages() if p.id == row_id), None)
        return self.villages(village.parent_id) if village else []

    @staticmethod
    def _checked_name(name: str, taken: list[str]) -> str:
        name = clean(name)
        if not name:
            raise ValidationError([FieldError("name", Problem.REQUIRED)])
        if len(name) > MAX_PLACE_NAME:
            raise ValidationError([FieldError("name", Problem.TOO_LONG, str(MAX_PLACE_NAME))])
        if name in taken:
            raise ValidationError([FieldError("name", Problem.DUPLICATE, name)])
        return name
