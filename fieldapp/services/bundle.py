"""All services over one database, built once by app.py and handed to the screens."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.storage.database import Database
from fieldapp.storage.device import identity

from .places import PlacesService
from .registry import RegistryService
from .setup import schema_version
from .visits import VisitService

if TYPE_CHECKING:
    from .advice import AdviceService
    from .cards import CardService
    from .catalogue import CatalogueService
    from .export import ExportService
    from .import_sheet import SheetImporter
    from .outbreaks import OutbreakService
    from .photos import PhotoService
    from .purchases import PurchaseService
    from .sync import SyncService


@dataclass(frozen=True)
class About:
    database_path: Path
    schema_version: int
    device_code: str


class Services:
    """The registry and pick lists at once; spreadsheet and PDF services on first use,
    because openpyxl and ReportLab take most of a second to import."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.registry = RegistryService(db)
        self.places = PlacesService(db)
        self.visits = VisitService(db)

    @classmethod
    def over(cls, db: Database) -> Services:
        return cls(db)

    @cached_property
    def importer(self) -> SheetImporter:
        from .import_sheet import SheetImporter

        return SheetImporter(self.db, self.places)

    @cached_property
    def exporter(self) -> ExportService:
        from .export import ExportService

        return ExportService(self.db)

    @cached_property
    def cards(self) -> CardService:
        from .cards import CardService

        return CardService(self.db)

    @cached_property
    def photos(self) -> PhotoService:
        from .photos import PhotoService  # Pillow: only when photos are shown or imported

        # The photo store sits beside the database (shared ARCHITECTURE.md, Storage).
        return PhotoService(self.db, Path(self.db.path).parent / "photos")

    @cached_property
    def catalogue(self) -> CatalogueService:
        from .catalogue import CatalogueService

        return CatalogueService(self.db)

    @cached_property
    def advice(self) -> AdviceService:
        from .advice import AdviceService  # ReportLab: only when an advice sheet is made

        return AdviceService(self)

    @cached_property
    def purchases(self) -> PurchaseService:
        from .purchases import PurchaseService  # cryptography: only when the station opens

        return PurchaseService(self.db)

    @cached_property
    def outbreaks(self) -> OutbreakService:
        from .outbreaks import OutbreakService  # only when the dashboard opens

        return OutbreakService(self.db)

    @cached_property
    def sync(self) -> SyncService:
        from .sync import SyncService  # httpx: only when the Sync page or a sync runs

        return SyncService(self.db, lambda visit_id, s: self.advice.portal_pdf(visit_id, s))

    def about(self) -> About:
        return About(self.db.path, schema_version(self.db), identity(self.db).device_code)

    def close(self) -> None:
        self.db.close()
