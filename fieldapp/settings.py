"""Every setting, declared once with its type and default; stored with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, bool, bytes)

ORGANIZATION = "FieldApp"
APPLICATION = "FieldApp"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


LANGUAGE = Setting("ui/language", "zh_CN")  # zh_CN or en
COOP_NAME = Setting("coop/name", "")
WINDOW_GEOMETRY = Setting("ui/window_geometry", b"")
WINDOW_STATE = Setting("ui/window_state", b"")
GROWER_TABLE_STATE = Setting("ui/grower_table_header", b"")
LAST_PAGE = Setting("ui/last_page", 0)
LAST_IMPORT_DIR = Setting("files/last_import_dir", "")
LAST_EXPORT_DIR = Setting("files/last_export_dir", "")
CARD_LAYOUT = Setting("cards/layout", "a4_sheet")  # or "card" for a card printer
# The weighing station.
COOP_CODE = Setting("coop/code", "")  # the first part of receipt numbers; "FA" when empty
CLERK = Setting("station/clerk", "")
RECEIPT_LAYOUT = Setting("station/receipt_layout", "thermal_80")
RECEIPT_PRINTER = Setting("station/printer", "")  # remembered after the first print dialog
RECEIPT_COPIES = Setting("station/copies", 1)  # 1, or 2 (one for the grower, one kept)
RECEIPT_ASK_PRINTER = Setting("station/ask_printer", False)
SCALE_PROTOCOL = Setting("scale/protocol", "yaohua_tf0")
SCALE_LINK = Setting("scale/link", "simulator")  # serial, tcp or simulator
SCALE_PORT = Setting("scale/port", "")
SCALE_BAUD = Setting("scale/baud", 9600)
SCALE_PARITY = Setting("scale/parity", "N")
SCALE_HOST = Setting("scale/host", "")
SCALE_TCP_PORT = Setting("scale/tcp_port", 4001)
SCALE_STABLE_BAND_G = Setting("scale/stable_band_g", 20)
SCALE_STABLE_SECONDS = Setting("scale/stable_seconds", 1.0)
TECHNICIAN = Setting("visits/technician", "")  # the last name typed in a visit
TECHNICIAN_PHONE = Setting("visits/technician_phone", "")  # printed on advice sheets
SPRAYER_TANK_L = Setting("visits/tank_litres", 15)  # the growers' knapsack sprayers
ADVICE_PAPER = Setting("visits/advice_paper", "a4")  # or "a5"
# Sync: a reduced copy of every waiting photo goes up before any original (slow links).
SYNC_REDUCED_PHOTOS_FIRST = Setting("sync/reduced_photos_first", False)

ALL = (
    LANGUAGE,
    COOP_NAME,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    GROWER_TABLE_STATE,
    LAST_PAGE,
    LAST_IMPORT_DIR,
    LAST_EXPORT_DIR,
    CARD_LAYOUT,
    COOP_CODE,
    CLERK,
    RECEIPT_LAYOUT,
    RECEIPT_PRINTER,
    RECEIPT_COPIES,
    RECEIPT_ASK_PRINTER,
    SCALE_PROTOCOL,
    SCALE_LINK,
    SCALE_PORT,
    SCALE_BAUD,
    SCALE_PARITY,
    SCALE_HOST,
    SCALE_TCP_PORT,
    SCALE_STABLE_BAND_G,
    SCALE_STABLE_SECONDS,
    TECHNICIAN,
    TECHNICIAN_PHONE,
    SPRAYER_TANK_L,
    ADVICE_PAPER,
    SYNC_REDUCED_PHOTOS_FIRST,
)


class Settings:
    """Typed access to QSettings. Tests pass an ini file so they never touch the user's."""

    def __init__(self, ini_path: Path | None = None) -> None:
        if ini_path is None:
            self._store = QSettings(ORGANIZATION, APPLICATION)
        else:
            self._store = QSettings(str(ini_path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        value = self._store.value(setting.key)
        if value is None:
            return setting.default
        default = setting.default
        try:
            if isinstance(default, bool):
                return value in (True, "true", "1", 1)  # type: ignore[return-value]
            if isinstance(default, bytes):
                return bytes(value.data() if isinstance(value, QByteArray) else value)  # type: ignore[return-value]
            return type(default)(value)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return default  # a hand-edited or corrupted value must not stop the program

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, QByteArray(value) if isinstance(value, bytes) else value)

    def sync(self) -> None:
        self._store.sync()
