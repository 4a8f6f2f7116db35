"""About FieldApp: version, schema, data folder, and diagnostics for support."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from fieldapp import __version__, logs
from fieldapp.services.bundle import Services
from fieldapp.services.setup import schema_version
from fieldapp.ui.about_dialog import AboutDialog
from fieldapp.ui.main_window import MainWindow


@pytest.fixture
def services(db) -> Services:
    return Services.over(db)


@pytest.fixture
def log_file(db):
    path = logs.setup(db.path.parent)
    logging.getLogger("fieldapp.test").warning("printer out of paper")
    yield path
    logs.shutdown()


def test_about_shows_version_schema_and_folders(qtbot, services, db, log_file):
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.rows["version"] == __version__
    assert dialog.rows["schema"] == str(schema_version(db))
    assert dialog.rows["data"] == str(db.path.parent)
    assert dialog.rows["log"] == str(log_file)


def test_copy_diagnostics_puts_everything_support_needs_on_the_clipboard(
    qtbot, services, db, log_file
):
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert __version__ in text
    assert f"Database schema  {schema_version(db)}" in text.replace("   ", "  ")
    assert str(db.path.parent) in text
    assert "printer out of paper" in text  # the log's tail
    assert dialog.copied.text()


def test_without_a_log_file_the_dialog_still_opens(qtbot, services):
    logs.shutdown()
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    assert "Log file" in dialog.diagnostics()


def test_f1_in_the_main_window_opens_about(qtbot, services, tasks, settings):
    window = MainWindow(services, tasks, settings)
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.actions() if a.shortcut().toString() == "F1")
    action.trigger()
    assert isinstance(window.about_dialog, AboutDialog)
    assert window.about_dialog.isVisible()
    window.about_dialog.close()
