"""The CJK font every FieldApp document uses, found and registered once per process.

ReportLab embeds TrueType outlines only: WenQuanYi Micro Hei (.ttc, subfont 0)
works, Noto CJK (.otf, PostScript outlines) does not, and the CID font
STSong-Light is not embedded at all (see the shared TOOLCHAIN notes). A
document without a usable font must fail loudly: a receipt of empty boxes is
worse than no receipt.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from fieldapp import paths

FONT_NAME = "FieldAppCJK"

# In a packaged build (and on Windows without a Chinese system font) the font
# ships in resources/fonts; these names are tried first, in this order.
BUNDLED_NAMES = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "msyh.ttc", "simsun.ttc")
SYSTEM_LINUX = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
)
WINDOWS_NAMES = ("msyh.ttc", "simsun.ttc")

# A font without these cannot print a grower's name or a village: reject it
# rather than draw boxes.
PROBE_CHARACTERS = "中国村张"


@dataclass(frozen=True)
class CjkFont:
    name: str  # the ReportLab font name to pass to setFont / stringWidth
    path: Path
    subfont_index: int


class FontMissingError(RuntimeError):
    """No usable CJK TrueType font: says where it looked and why each place failed."""

    def __init__(self, tried: list[tuple[Path, str]]) -> None:
        self.tried = tried
        places = "\n".join(f"  {path}: {why}" for path, why in tried) or "  (no places)"
        super().__init__(
            "No Chinese font for PDF documents. Install the fonts-wqy-microhei package, "
            f"or put wqy-microhei.ttc into {fonts_folder()}. Looked at:\n{places}"
        )


def fonts_folder() -> Path:
    return paths.RESOURCES / "fonts"


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"


def candidate_paths() -> list[Path]:
    """Every file to try, best first: the program's own copy, then the system's."""
    folder = fonts_folder()
    bundled = [folder / name for name in BUNDLED_NAMES]
    if folder.is_dir():
        # Whatever else the packager put there, after the names we know.
        extra = sorted(
            p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".ttc") and p not in bundled
        )
        bundled += extra
    system = list(SYSTEM_LINUX)
    if sys.platform == "win32":
        system += [_windows_fonts() / name for name in WINDOWS_NAMES]
    return bundled + system


def _load(path: Path) -> TTFont:
    """The font at `path`, or TTFError/OSError/ValueError saying why it cannot be used."""
    font = TTFont(FONT_NAME, str(path), subfontIndex=0)
    missing = [ch for ch in PROBE_CHARACTERS if ord(ch) not in font.face.charToGlyph]
    if missing:
        raise ValueError(f"has no Chinese glyphs ({''.join(missing)})")
    return font


_lock = threading.Lock()
_registered: CjkFont | None = None


def cjk_font() -> CjkFont:
    """The registered font, registering it on first use (70-170 ms, so only once).

    Raises FontMissingError if no candidate is a usable CJK TrueType font.
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            path, font = find_font(candidate_paths())
            pdfmetrics.registerFont(font)
            _registered = CjkFont(name=FONT_NAME, path=path, subfont_index=0)
    return _registered


def find_font(candidates: list[Path]) -> tuple[Path, TTFont]:
    """The first usable candidate, loaded but not registered; FontMissingError if none."""
    tried: list[tuple[Path, str]] = []
    for path in candidates:
        if not path.is_file():
            tried.append((path, "not found"))
            continue
        try:
            return path, _load(path)
        except (TTFError, OSError, ValueError) as exc:
            tried.append((path, f"not usable: {exc}"))
    raise FontMissingError(tried)


def cjk_font_name() -> str:
    """Shorthand for drawing code: the name to pass to canvas.setFont."""
    return cjk_font().name
