"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call returning
nothing, and the process aborts after a few thousand (shared/TOOLCHAIN.md). The pin in
pyproject.toml avoids it; this test fails if a wheel with the bug comes back."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qapp):
    label = QLabel()
    timer = QTimer()
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText(str(i))
        label.update()
        timer.setInterval(i % 100)
    after = sys.getrefcount(None)
    # Other code may take a few references meanwhile; the bug loses one per call.
    assert abs(after - before) < 100, f"None refcount moved by {after - before}"
