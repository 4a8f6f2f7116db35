"""Sizes for people on old laptops with tired eyes: big text, big targets."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

BASE_POINT_SIZE = 11
TITLE_POINT_SIZE = 16
SEARCH_POINT_SIZE = 14
# Fonts that draw Chinese well, in order of preference; Qt falls back per glyph anyway.
CJK_FAMILIES = ("Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC")

# Style sheets only where they are needed: an application-wide one makes every widget
# go through QStyleSheetStyle, which cost ~30 ms of start-up here.
NAVIGATION = """
QListWidget { background: #1f4e3d; color: white; border: none; outline: none; }
QListWidget::item { padding: 14px 12px; }
QListWidget::item:selected { background: #2f7a5f; color: white; }
"""
TABLE = "QHeaderView::section { padding: 6px; font-weight: bold; }"
ROLE_COLOURS = {"error": "#b3261e", "hint": "#5f6b76"}


def apply(app: QApplication) -> None:
    font = QFont(app.font())
    # Missing families are skipped, so no font enumeration is needed (it costs start-up time).
    font.setFamilies([*CJK_FAMILIES, *font.families()])
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)


def set_role(label: QLabel, role: str) -> None:
    """Colour and weight for an error, a hint or a title; may change while shown."""
    palette = label.palette()
    colour = ROLE_COLOURS.get(role)
    default = QApplication.palette().color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour) if colour else default)
    label.setPalette(palette)
    font = label.font()
    font.setBold(role == "title")
    label.setFont(font)


def set_point_size(widget: QWidget, size: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSize(size)
    font.setBold(bold)
    widget.setFont(font)
