"""The grower registry: register, edit, deactivate growers; their plots; finding them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from fieldapp.domain.cards import decode_card
from fieldapp.domain.duplicates import Duplicate, DuplicateError, find_duplicates
from fieldapp.domain.errors import FieldError, Problem, ValidationError
from fieldapp.domain.growers import (
    GROWER_FIELDS,
    Grower,
    GrowerData,
    Plot,
    PlotInput,
    Status,
    normalize_grower,
    parse_plot,
    validate_grower,
)
from fieldapp.domain.text import clean
from fieldapp.storage import grower_list, places
from fieldapp.storage import growers as store
from fieldapp.storage.database import Database
from fieldapp.storage.grower_list import ListFilter, ListRow


class RegistryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- growers ---------------------------------------------------------------------------

    def get(self, grower_id: str) -> Grower | None:
        return store.get_grower(self.db, grower_id)

    def grower_for_scan(self, text: str) -> Grower | None:
        """The grower whose card was scanned (QR content) or whose card number was typed."""
        card = decode_card(text)
        if card is not None:
            grower = store.get_grower(self.db, card.grower_id)
            return grower if grower is not None and grower.card_no == card.card_no else None
        return store.grower_by_card(self.db, clean(text).upper())

    def check(self, data: GrowerData, today: dt.date | None = None) -> GrowerData:
        """Normalized data, or ValidationError naming every wrong field (nothing is saved).

        A village without a township gets its township filled in.
        """
        data = normalize_grower(data)
        data, place_errors = self._check_places(data)
        errors = validate_grower(data, today) + place_errors
        if errors:
            order = {name: i for i, name in enumerate(GROWER_FIELDS)}
            errors.sort(key=lambda e: order.get(e.field, len(order)))  # form order
            raise ValidationError(errors)
        return data

    def duplicates(self, data: GrowerData, grower_id: str = "") -> list[Duplicate]:
        same_id = store.with_id_number(self.db, data.id_number, grower_id) if data.id_number else []
        same_name = store.with_name(self.db, data.name, grower_id)
        return find_duplicates(data, same_id, same_name)

    def save(self, data: GrowerData, grower_id: str = "", confirmed: bool = False) -> str:
        """Register (no `grower_id`) or update a grower; returns the grower's id.

        Raises ValidationError for wrong fields, DuplicateError when the grower
        looks registered already (blocking for the same ID number; otherwise
        only until `confirmed`).
        """
        data = self.check(data)
        with self.db.transaction():
            found = self.duplicates(data, grower_id)
            if found and (not confirmed or any(d.blocking for d in found)):
                raise DuplicateError(found)
            if grower_id:
                if store.get_grower(self.db, grower_id) is None:
                    raise KeyError(grower_id)
                store.update_grower(self.db, grower_id, data)
                return grower_id
            return store.insert_grower(self.db, data, store.new_card_numbers(self.db, 1)[0])

    def set_status(self, grower_id: str, status: Status) -> None:
        """Deactivate (a grower who left) or reactivate; the record and history stay."""
        grower = store.get_grower(self.db, grower_id)
        if grower is None:
            raise KeyError(grower_id)
        store.update_grower(self.db, grower_id, replace(grower.data, status=status))

    def _check_places(self, data: GrowerData) -> tuple[GrowerData, list[FieldError]]:
        errors = []
        townships = {p.id for p in places.townships(self.db)}
        if data.township_id and data.township_id not in townships:
            errors.append(FieldError("township_id", Problem.UNKNOWN_CHOICE))
        if data.village_id:
            village = {p.id: p for p in places.villages(self.db)}.get(data.village_id)
            if village is None or (data.township_id and village.parent_id != data.township_id):
                errors.append(FieldError("village_id", Problem.UNKNOWN_CHOICE))
            elif not data.township_id:
                # Otherwise the grower would be missing from the list filtered by township.
                data = replace(data, township_id=village.parent_id)
        return data, errors

    # -- plots -----------------------------------------------------------------------------

    def plots(self, grower_id: str) -> list[Plot]:
        return store.plots_of(self.db, grower_id)

    def save_plot(self, grower_id: str, inp: PlotInput, plot_id: str = "") -> str:
        data = parse_plot(inp)
        if data.crop_id and data.crop_id not in {c.id for c in places.crops(self.db)}:
            raise ValidationError([FieldError("crop_id", Problem.UNKNOWN_CHOICE)])
        with self.db.transaction():
            if store.get_grower(self.db, grower_id) is None:
                raise KeyError(grower_id)
            if plot_id:
                # Only a live plot of this grower: not a removed one, not someone else's.
                if plot_id not in {p.id for p in store.plots_of(self.db, grower_id)}:
                    raise KeyError(plot_id)
                store.update_plot(self.db, plot_id, data)
                return plot_id
            return store.insert_plot(self.db, grower_id, data)

    def remove_plot(self, plot_id: str) -> None:
        store.remove_plot(self.db, plot_id)

    # -- finding ---------------------------------------------------------------------------

    def find(self, spec: ListFilter, limit: int | None = None) -> list[int]:
        return grower_list.find(self.db, spec, limit)

    def rows(self, nums: list[int]) -> list[ListRow]:
        return grower_list.rows(self.db, nums)

    def num_of(self, grower_id: str) -> int | None:
        return grower_list.num_of(self.db, grower_id)

    def count(self) -> int:
        return grower_list.count(self.db)
