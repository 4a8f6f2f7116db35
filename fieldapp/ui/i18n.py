"""Loading the UI language: Simplified Chinese by default, English on request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fieldapp.paths import TRANSLATIONS

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install FieldApp's and Qt's own translations; returns them (keep them alive)."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    installed = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"fieldapp_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    # Qt's own strings (OK/Cancel in standard dialogs, context menus of line edits).
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def english() -> bool:
    """Whether the UI speaks English (content with two languages, like the pest
    catalogue, then shows its English side)."""
    return QLocale().language() == QLocale.Language.English
