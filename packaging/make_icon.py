"""Draw FieldApp's icon (resources/icons/fieldapp.png and .ico) with Pillow.

The icon is the character 田 (field) in white on the navigation bar's green, so it
reads the same in every language and needs no artwork tool. Run it again only if
the design changes; the results are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
GREEN = (31, 78, 61, 255)  # style.NAVIGATION's background
SIZE = 256


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=GREEN)
    font = ImageFont.truetype(str(FONT), int(size * 0.72))
    pen.text((size / 2, size / 2), "田", font=font, fill="white", anchor="mm")
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(ICONS / "fieldapp.png", optimize=True)
    # Windows wants several sizes in one .ico: the taskbar, the desktop, Explorer.
    image.save(ICONS / "fieldapp.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (256, 256)])


if __name__ == "__main__":
    main()
