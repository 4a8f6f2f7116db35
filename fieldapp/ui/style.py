"""Sizes for people on old laptops with tired eyes: big text, big targets."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 11
TITLE_POINT_SIZE = 16
SEARCH_POINT_SIZE = 14
# Fonts that draw Chinese well, in order of preference; Qt falls back per glyph anyway.
CJK_FAMILIES = ("Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC")

STYLESHEET = """
QPushButton { min-height: 32px; padding: 4px 14px; }
QLineEdit, QComboBox, QDateEdit, QSpinBox { min-height: 30px; }
QTableView { gridline-color: #d8dde3; }
QHeaderView::section { padding: 6px; font-weight: bold; }
QLabel[role="error"] { color: #b3261e; }
QLabel[role="hint"] { color: #5f6b76; }
QLabel[role="title"] { font-weight: bold; }
QListWidget#navigation { background: #1f4e3d; color: white; border: none; outline: none; }
QListWidget#navigation::item { padding: 14px 10px; }
QListWidget#navigation::item:selected { background: #2f7a5f; color: white; }
QFrame#banner { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }
"""


def apply(app: QApplication) -> None:
    families = set(QFontDatabase.families())
    font = QFont(app.font())
    chosen = [f for f in CJK_FAMILIES if f in families]
    if chosen:
        font.setFamilies([*chosen, *font.families()])
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def set_point_size(widget: QWidget, size: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSize(size)
    font.setBold(bold)
    widget.setFont(font)
