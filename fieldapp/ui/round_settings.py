"""What this laptop's settings say a sync round should do, handed to the sync service
on the UI thread just before each round (QSettings is read here, not in the worker)."""

from __future__ import annotations

from fieldapp import settings as keys
from fieldapp.services.bundle import Services
from fieldapp.services.sync import SheetSettings
from fieldapp.settings import Settings


def prepare_round(services: Services, settings: Settings) -> None:
    sync = services.sync
    sync.reduced_first = settings.get(keys.SYNC_REDUCED_PHOTOS_FIRST)
    sync.sheet_settings = SheetSettings(
        coop_name=settings.get(keys.COOP_NAME),
        technician_phone=settings.get(keys.TECHNICIAN_PHONE),
        tank_l=settings.get(keys.SPRAYER_TANK_L),
    )
