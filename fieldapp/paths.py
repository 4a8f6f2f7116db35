"""Where the program's own files are, in a source checkout and in a packaged build."""

from __future__ import annotations

import sys
from pathlib import Path

# PyInstaller unpacks data files under sys._MEIPASS; a checkout has them beside the package.
ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
MIGRATIONS = ROOT / "migrations"
RESOURCES = ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"
