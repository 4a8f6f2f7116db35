"""Wiring: build the objects, open the main window. Nothing else."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from fieldapp import logs, paths
from fieldapp import settings as keys
from fieldapp.services.bundle import Services
from fieldapp.services.setup import open_database
from fieldapp.settings import APPLICATION, ORGANIZATION, Settings
from fieldapp.storage.migrations import MigrationError, NewerSchemaError
from fieldapp.tasks import Tasks
from fieldapp.ui import crash_dialog, first_run, i18n, style
from fieldapp.ui.main_window import MainWindow

DATABASE_NAME = "fieldapp.db"
ICON = paths.RESOURCES / "icons" / "fieldapp.png"
QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
log = logging.getLogger("fieldapp")


class _FirstPaint(QObject):
    """For the start-up benchmark: print 'painted' at the first paint, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def _cannot_start(text: str) -> int:
    log.error("cannot start: %s", text)
    QMessageBox.critical(None, QApplication.translate("app", "FieldApp cannot start"), text)
    return 1


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Qt's warnings (a plugin that did not load, a font not found) are what support
    # needs after a failed start; on a laptop nobody sees stderr.
    logging.getLogger("qt").log(QT_LEVELS.get(kind, logging.WARNING), message)


def packaged_ui_font() -> None:
    """In a Linux build, let Qt draw Chinese with the bundled font too: a laptop
    without fonts-wqy-microhei would otherwise show boxes in every window."""
    if not getattr(sys, "frozen", False) or sys.platform == "win32":
        return
    for font in sorted((paths.RESOURCES / "fonts").glob("*.tt[cf]")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            log.warning("could not load the bundled font %s", font)


def _first_run(services: Services, tasks: Tasks, settings: Settings) -> bool:
    """On a brand-new installation, the short setup; False if the person closed it."""
    if not first_run.needed(settings, services):
        return True
    dialog = first_run.FirstRunDialog(services, tasks, settings)
    return dialog.exec() == QDialog.DialogCode.Accepted


def run(data_dir: Path, settings_file: Path | None = None) -> int:
    try:
        log_path: Path | None = logs.setup(data_dir)
    except OSError:  # an unwritable data folder: the database step below says so
        log_path = None
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(str(ICON)))
    crashes = crash_dialog.install(log_path, app)  # noqa: F841 - keep alive
    packaged_ui_font()
    settings = Settings(settings_file)
    translators = i18n.install(app, settings.get(keys.LANGUAGE))  # noqa: F841 - keep alive
    style.apply(app)

    try:
        db = open_database(data_dir / DATABASE_NAME)
    except MigrationError as exc:
        return _cannot_start(
            app.translate(
                "app",
                "Updating the database failed at step %s. The database was restored from "
                "the backup %s; nothing was lost. Please call support.\n\n%s",
            )
            % (exc.migration.path.name, exc.backup, exc.cause)
        )
    except NewerSchemaError as exc:
        return _cannot_start(
            app.translate(
                "app",
                "This database was written by a newer FieldApp (schema %s; this program knows "
                "%s). Please install the newer version. The database was not changed.",
            )
            % (exc.found, exc.known)
        )

    services = Services.over(db)
    tasks = Tasks(app)
    benchmark = os.environ.get("FIELDAPP_BENCH_EXIT_ON_PAINT") == "1"
    if not benchmark and not _first_run(services, tasks, settings):
        tasks.wait()
        services.close()
        return 0  # closed the setup: nothing was written, the next start asks again
    window = MainWindow(services, tasks, settings)
    if benchmark:
        window.installEventFilter(_FirstPaint(window))
    window.show()
    code = app.exec()
    tasks.wait()
    services.close()
    return code
