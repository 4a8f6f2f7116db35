"""Wiring: build the objects, open the main window. Nothing else."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldapp import settings as keys
from fieldapp.services.bundle import Services
from fieldapp.services.setup import open_database
from fieldapp.settings import APPLICATION, ORGANIZATION, Settings
from fieldapp.storage.migrations import MigrationError, NewerSchemaError
from fieldapp.tasks import Tasks
from fieldapp.ui import i18n, style
from fieldapp.ui.main_window import MainWindow

DATABASE_NAME = "fieldapp.db"


class _FirstPaint(QObject):
    """For the start-up benchmark: print 'painted' at the first paint, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def _cannot_start(text: str) -> int:
    QMessageBox.critical(None, QApplication.translate("app", "FieldApp cannot start"), text)
    return 1


def run(data_dir: Path, settings_file: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
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
    window = MainWindow(services, tasks, settings)
    if os.environ.get("FIELDAPP_BENCH_EXIT_ON_PAINT") == "1":
        window.installEventFilter(_FirstPaint(window))
    window.show()
    code = app.exec()
    tasks.wait()
    services.close()
    return code
