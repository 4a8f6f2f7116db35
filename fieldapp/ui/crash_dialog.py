"""An unexpected error: log it, say so kindly, and keep the program running.

PySide calls sys.excepthook for an exception escaping a slot and then carries on
with the event loop, so the windows and any half-filled form stay as they were:
the person can finish and save. Worker threads report through
threading.excepthook; the dialog is shown on the UI thread through a queued signal.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import style

log = logging.getLogger("fieldapp.crash")


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.log_path = log_path
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        title = QLabel(self.tr("FieldApp ran into a problem it did not expect."))
        style.set_point_size(title, style.TITLE_POINT_SIZE, bold=True)
        title.setWordWrap(True)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "What you were doing may not have finished. Your open windows are still "
                "there: check the form you were filling in and save it again. If this "
                "happens again, please send the log file to support."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        path = QLabel(str(log_path) if log_path else self.tr("(no log file)"))
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path.setWordWrap(True)
        layout.addWidget(path)

        self.details_box = QPlainTextEdit(details)
        self.details_box.setReadOnly(True)
        self.details_box.setVisible(False)
        self.details_box.setMinimumHeight(180)
        layout.addWidget(self.details_box)

        buttons = QHBoxLayout()
        self.show_button = self._button(self.tr("Details"), self._toggle_details)
        self.copy_button = self._button(self.tr("Copy details"), self.copy_details)
        self.folder_button = self._button(self.tr("Open log folder"), self.open_folder)
        self.folder_button.setEnabled(log_path is not None)
        self.continue_button = self._button(self.tr("Continue working"), self.accept)
        self.continue_button.setDefault(True)
        for button in (self.show_button, self.copy_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(40)
        button.clicked.connect(slot)
        return button

    def _toggle_details(self) -> None:
        self.details_box.setVisible(not self.details_box.isVisible())
        self.adjustSize()

    def copy_details(self) -> None:
        where = str(self.log_path) if self.log_path else ""
        QGuiApplication.clipboard().setText(f"{self.details}\n{where}")

    def open_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


class CrashHandler(QObject):
    """Installed once by app.py; keeps the hooks it replaced so tests can put them back."""

    # Carries a worker thread's traceback to the UI thread (queued across threads).
    reported = Signal(str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.showing = False
        self.shown: list[str] = []  # every traceback a dialog was shown for (tests read it)
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        self.reported.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks

    def excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hooks[0](kind, value, tb)
            return
        log.critical("Unhandled exception", exc_info=(kind, value, tb))
        details = "".join(traceback.format_exception(kind, value, tb))
        if threading.current_thread() is threading.main_thread():
            self.show_dialog(details)
        else:
            self.reported.emit(details)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        log.critical(
            "Unhandled exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        self.reported.emit(details)

    @Slot(str)
    def show_dialog(self, details: str) -> None:
        # One dialog at a time: an error repeating in a timer or a paint must not
        # stack up hundreds of windows. The rest are in the log.
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        self.shown.append(details)
        try:
            dialog = CrashDialog(details, self.log_path, QApplication.activeWindow())
            dialog.exec()
        finally:
            self.showing = False


def install(log_path: Path | None, parent: QObject | None = None) -> CrashHandler:
    handler = CrashHandler(log_path, parent)
    handler.install()
    return handler
