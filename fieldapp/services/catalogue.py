"""The pest and disease catalogue as the technician uses it: the shipped entries with
the coop's additions and edits laid over them, a search by crop and words, the plan
an entry proposes, and the coop's changes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from fieldapp import paths
from fieldapp.domain.catalogue import (
    PestEntry,
    checked_entry,
    matches,
    proposed_plan,
    shipped_entries,
)
from fieldapp.domain.treatments import TreatmentLine
from fieldapp.storage import catalogue as store
from fieldapp.storage.database import Database

CATALOGUE_FILE = paths.RESOURCES / "catalogue" / "pests.json"

__all__ = ["CATALOGUE_FILE", "CatalogueService", "load_shipped"]


def load_shipped(path: Path = CATALOGUE_FILE) -> dict[str, PestEntry]:
    """The shipped entries by id; CatalogueFormatError names a broken entry."""
    document = json.loads(path.read_text(encoding="utf-8"))
    return {entry.id: entry for entry in shipped_entries(document)}


class CatalogueService:
    def __init__(self, db: Database, path: Path = CATALOGUE_FILE) -> None:
        self.db = db
        self.path = path
        self._shipped: dict[str, PestEntry] | None = None

    def shipped(self) -> dict[str, PestEntry]:
        if self._shipped is None:
            self._shipped = load_shipped(self.path)
        return self._shipped

    def _merged(self) -> tuple[list[PestEntry], list[PestEntry]]:
        """(the coop's list, the shipped entries it took out)."""
        shipped = self.shipped()
        rows = store.coop_rows(self.db)
        shown, hidden = [], []
        for entry_id, entry in shipped.items():
            row = rows.get(entry_id)
            if row is None or row.deleted:
                shown.append(entry)
            else:
                edited = replace(row.entry, shipped=True, edited=True)
                (hidden if row.hidden else shown).append(edited)
        shown += [r.entry for i, r in rows.items() if i not in shipped and not r.deleted]
        return shown, hidden

    def entries(self, crop: str = "", words: str = "") -> list[PestEntry]:
        """The coop's list, entries for `crop` first, then by name; filtered by words."""
        shown, _ = self._merged()
        if words.strip():
            shown = [e for e in shown if matches(e, words)]
        return sorted(shown, key=lambda e: (bool(crop) and crop not in e.crops, e.name_zh))

    def hidden(self) -> list[PestEntry]:
        return sorted(self._merged()[1], key=lambda e: e.name_zh)

    def get(self, entry_id: str) -> PestEntry | None:
        shown, hidden = self._merged()
        return next((e for e in shown + hidden if e.id == entry_id), None)

    def propose(self, entry_id: str, english: bool = False) -> tuple[TreatmentLine, ...]:
        entry = self.get(entry_id)
        return proposed_plan(entry, english) if entry else ()

    def save(self, entry: PestEntry) -> str:
        """Add (no id) or change an entry; ValidationError names every wrong field and
        nothing is saved. Changing a shipped entry keeps its id, so every laptop's
        visits still point at it."""
        entry = checked_entry(entry)
        if entry.id and self.get(entry.id) is None:
            raise KeyError(entry.id)
        with self.db.transaction():
            return store.save(self.db, entry)

    def remove(self, entry_id: str) -> None:
        """Take an entry out of the list: the coop's own is deleted, a shipped one is
        hidden (restore_shipped brings it back). Visits keep their diagnosis text."""
        entry = self.get(entry_id)
        if entry is None:
            raise KeyError(entry_id)
        with self.db.transaction():
            if entry.shipped:
                store.save(self.db, entry, hidden=True)
            else:
                store.remove(self.db, entry_id)

    def restore_shipped(self, entry_id: str) -> None:
        """Drop the coop's edit or hiding of a shipped entry."""
        if entry_id not in self.shipped():
            raise KeyError(entry_id)
        if entry_id in store.coop_rows(self.db):
            store.remove(self.db, entry_id)
