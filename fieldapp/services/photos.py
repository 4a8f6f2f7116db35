"""Photos for field visits: import a folder into a visit (resumable, cancellable, one bad
file never stops the rest), list a visit's photos, and their thumbnails."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.domain.photo_marks import PhotoMark, checked_mark
from fieldapp.photos import (
    THUMB_SIZE,
    PhotoProblem,
    PhotoStore,
    hamming,
    iter_import,
    make_preview,
    photo_files,
)
from fieldapp.storage import growers as grower_store
from fieldapp.storage import photo_marks as mark_store
from fieldapp.storage import photos as store
from fieldapp.storage import visits as visit_store
from fieldapp.storage.database import Database
from fieldapp.storage.photos import PhotoRow
from fieldapp.storage.visits import VisitRow

__all__ = ["PhotoImport", "PhotoMark", "PhotoRow", "PhotoService", "SimilarCase"]

# dHash bits that may differ for two photos to count as alike: the same scene re-shot or
# re-sent through a chat app stays under ~10, another picture is usually above 20.
ALIKE_BITS = 12


@dataclass(frozen=True)
class SimilarCase:
    """An earlier visit worth looking at: photos that look alike (distance in dHash bits,
    None if only the diagnosis matched), what was done and how it ended."""

    row: VisitRow
    distance: int | None


@dataclass
class PhotoImport:
    """What an import did: photos added, ones the visit already had, and the files
    skipped with why."""

    added: int = 0
    already: int = 0
    skipped: list[tuple[Path, PhotoProblem]] = field(default_factory=list)
    plot_point_filled: bool = False
    cancelled: bool = False


class PhotoService:
    def __init__(self, db: Database, root: Path) -> None:
        self.db = db
        self.store = PhotoStore(root)

    def files_in(self, folder: Path) -> list[Path]:
        return photo_files(Path(folder), exclude=self.store.root)

    def import_into_visit(
        self,
        visit_id: str,
        paths: list[Path],
        on_progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PhotoImport:
        """Each photo is stored and recorded before the next is read, so an interrupted
        import keeps what it did and a second run skips it (by path, then by content)."""
        visit = visit_store.get_visit(self.db, visit_id)
        if visit is None:
            raise KeyError(visit_id)
        report = PhotoImport()
        done = store.sources_and_hashes(self.db, visit_id)
        report.already = sum(1 for p in paths if str(p) in done)
        for result in iter_import(
            self.store, paths, done=done, on_progress=on_progress, cancelled=cancelled
        ):
            if not result.ok or result.sha256 is None:
                report.skipped.append((result.source, result.problem or PhotoProblem.BROKEN))
                continue
            if result.sha256 in done:
                report.already += 1
                continue
            lat = None if result.latitude is None else round(result.latitude * 1_000_000)
            lon = None if result.longitude is None else round(result.longitude * 1_000_000)
            store.insert_photo(
                self.db,
                {
                    "sha256": result.sha256,
                    "kind": result.kind or "",
                    "size_bytes": result.size_bytes,
                    "grower_id": visit.data.grower_id,
                    "visit_id": visit_id,
                    "plot_id": visit.data.plot_id or None,
                    "source": str(result.source),
                    "taken_at": result.taken_at or "",
                    "lat_e6": lat,
                    "lon_e6": lon,
                    "width": result.width,
                    "height": result.height,
                    "camera": result.camera or "",
                    "phash": result.phash_hex or "",
                },
            )
            done.update((str(result.source), result.sha256))
            report.added += 1
            if visit.data.plot_id and lat is not None and lon is not None:
                filled = grower_store.set_plot_point_if_missing(
                    self.db, visit.data.plot_id, lat, lon
                )
                report.plot_point_filled = report.plot_point_filled or filled
        report.cancelled = bool(cancelled and cancelled())
        return report

    def of_visit(self, visit_id: str) -> list[PhotoRow]:
        return store.photos_of_visit(self.db, visit_id)

    def thumbnail(self, photo: PhotoRow) -> Path:
        return self.store.thumb_path(photo.sha256, THUMB_SIZE)

    def preview(self, photo: PhotoRow) -> Path | None:
        """The large upright picture, made on first view (run it off the UI thread)."""
        return make_preview(self.store, photo.sha256)

    def similar_cases(self, visit_id: str, limit: int = 12) -> list[SimilarCase]:
        """Earlier visits whose photos look like this visit's, closest first, then visits
        with the same diagnosis."""
        mine = [int(p.phash, 16) for p in self.of_visit(visit_id) if p.phash]
        best: dict[str, int] = {}
        if mine:
            for other, phash in store.hashes_outside(self.db, visit_id):
                distance = min(hamming(int(phash, 16), h) for h in mine)
                if distance <= ALIKE_BITS and distance < best.get(other, ALIKE_BITS + 1):
                    best[other] = distance
        rows = {r.visit.id: r for r in visit_store.rows_of(self.db, list(best))}
        cases = [
            SimilarCase(rows[v], d)
            for v, d in sorted(best.items(), key=lambda x: x[1])
            if v in rows
        ]
        visit = visit_store.get_visit(self.db, visit_id)
        if visit is not None and visit.data.diagnosis:
            seen = set(best)
            cases += [
                SimilarCase(r, None)
                for r in visit_store.same_diagnosis(self.db, visit_id, visit.data.diagnosis)
                if r.visit.id not in seen
            ]
        return cases[:limit]

    def move(self, photo_id: str, visit_id: str) -> None:
        store.move_photo(self.db, photo_id, visit_id)

    # Marks drawn on a photo: rows of their own, the stored original is never written.

    def marks(self, photo_id: str) -> list[PhotoMark]:
        """A photo's live marks, in the order they were drawn."""
        return mark_store.marks_of(self.db, photo_id)

    def marks_of_photos(self, photo_ids: list[str]) -> dict[str, list[PhotoMark]]:
        """Every asked photo's marks (an empty list for a photo without any)."""
        return mark_store.marks_of_many(self.db, list(photo_ids))

    def add_mark(self, photo_id: str, mark: PhotoMark) -> str:
        """Save a new mark on a photo; returns its id. ValidationError (nothing saved) if
        the mark is not fit to save, KeyError if the photo is unknown or deleted."""
        checked = checked_mark(mark)
        with self.db.transaction():
            if not mark_store.live_photo(self.db, photo_id):
                raise KeyError(photo_id)
            return mark_store.insert_mark(self.db, photo_id, checked)

    def update_mark(self, mark_id: str, mark: PhotoMark) -> None:
        """Change a mark (its label after a double-click, or its shape); KeyError if it
        is unknown or was deleted."""
        checked = checked_mark(mark)
        with self.db.transaction():
            if not mark_store.live_mark(self.db, mark_id):
                raise KeyError(mark_id)
            mark_store.update_mark(self.db, mark_id, checked)

    def remove_mark(self, mark_id: str) -> None:
        """Delete a mark (a tombstone, so the deletion syncs); KeyError if unknown.
        Removing a mark already deleted changes nothing."""
        with self.db.transaction():
            if not mark_store.known_mark(self.db, mark_id):
                raise KeyError(mark_id)
            mark_store.remove_mark(self.db, mark_id)
