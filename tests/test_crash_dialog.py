"""An unexpected error: logged, shown kindly once, and the program carries on."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from fieldapp import logs
from fieldapp.ui import crash_dialog
from fieldapp.ui.crash_dialog import CrashDialog, CrashHandler


@pytest.fixture
def log_file(tmp_path):
    path = logs.setup(tmp_path)
    yield path
    logs.shutdown()


@pytest.fixture
def shown(monkeypatch) -> list[CrashDialog]:
    """Dialogs that would have been shown; exec() would wait for a person."""
    dialogs: list[CrashDialog] = []

    def fake_exec(self: CrashDialog) -> int:
        dialogs.append(self)
        return 0

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    return dialogs


@pytest.fixture
def handler(qapp, log_file):
    installed = crash_dialog.install(log_file)
    yield installed
    installed.uninstall()


def _boom() -> None:
    raise ValueError("雨天秤读数异常")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_shown_and_the_loop_goes_on(qtbot, handler, shown, log_file):
    later = []
    QTimer.singleShot(0, _boom)
    QTimer.singleShot(20, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: bool(later), timeout=2000)
    assert len(shown) == 1
    assert "雨天秤读数异常" in shown[0].details
    assert shown[0].log_path == log_file
    text = log_file.read_text(encoding="utf-8")
    assert "Unhandled exception" in text and "ValueError" in text


def test_an_error_in_a_worker_thread_is_shown_on_the_ui_thread(qtbot, handler, shown, log_file):
    worker = threading.Thread(target=_boom, name="scale-reader")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert "雨天秤读数异常" in shown[0].details
    assert "scale-reader" in log_file.read_text(encoding="utf-8")


def test_one_dialog_at_a_time(qtbot, handler, monkeypatch):
    seen = []

    def nested_exec(self: CrashDialog) -> int:
        seen.append(self)
        handler.show_dialog("a second error while the first is on screen")
        return 0

    monkeypatch.setattr(CrashDialog, "exec", nested_exec)
    handler.show_dialog("first")
    assert len(seen) == 1
    assert handler.shown == ["first"]
    handler.show_dialog("after the first was closed")
    assert len(seen) == 2


def test_keyboard_interrupt_goes_to_the_previous_hook(qapp, log_file, shown):
    calls = []
    previous = sys.excepthook
    sys.excepthook = lambda *args: calls.append(args[0])
    handler = CrashHandler(log_file)
    handler.install()
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        handler.uninstall()
        sys.excepthook = previous
    assert calls == [KeyboardInterrupt]
    assert not shown


def test_uninstall_puts_the_hooks_back(qapp, log_file):
    before = (sys.excepthook, threading.excepthook)
    handler = crash_dialog.install(log_file)
    assert sys.excepthook == handler.excepthook
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_dialog_names_the_log_and_copies_the_details(qtbot, log_file):
    dialog = CrashDialog("Traceback: ValueError", log_file)
    qtbot.addWidget(dialog)
    assert any(str(log_file) == label.text() for label in dialog.findChildren(QLabel))
    dialog.copy_details()
    assert "Traceback: ValueError" in QGuiApplication.clipboard().text()
    assert str(log_file) in QGuiApplication.clipboard().text()
    assert not dialog.details_box.isVisibleTo(dialog)
    dialog.show_button.click()
    assert dialog.details_box.isVisibleTo(dialog)
