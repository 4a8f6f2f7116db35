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
