"""About FieldApp: the version, the database's schema, where the data is, and one
button that puts everything support asks for on the clipboard."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp import __version__, logs
from fieldapp.services.bundle import Services

from . import style


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        about = services.about()
        self.data_folder = about.database_path.parent
        self.log_path = logs.current()
        self.setWindowTitle(self.tr("About FieldApp"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        title = QLabel(self.tr("FieldApp %s") % __version__)
        style.set_point_size(title, style.TITLE_POINT_SIZE, bold=True)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Growers, field visits and weighing for cooperatives")))

        form = QFormLayout()
        self.rows = {
            "version": __version__,
            "schema": str(about.schema_version),
            "data": str(self.data_folder),
            "log": str(self.log_path) if self.log_path else self.tr("(no log file)"),
            "laptop": about.device_code,
        }
        labels = {
            "version": self.tr("Version"),
            "schema": self.tr("Database schema"),
            "data": self.tr("Data folder"),
            "log": self.tr("Log file"),
            "laptop": self.tr("Laptop code"),
        }
        for key, value in self.rows.items():
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(labels[key], shown)
        layout.addLayout(form)

        self.copied = QLabel()
        style.set_role(self.copied, "hint")
        layout.addWidget(self.copied)

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy diagnostics"))
        self.copy_button.setToolTip(
            self.tr("Version, computer, paths and the latest log lines, for a support call")
        )
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        for button in (self.copy_button, self.close_button):
            button.setMinimumHeight(40)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def diagnostics(self) -> str:
        # Keys stay English: support reads them, whatever language the laptop shows.
        facts = {
            "Qt": f"{qVersion()} (PySide6 {pyside_version})",
            "Database schema": self.rows["schema"],
            "Data folder": self.rows["data"],
            "Laptop code": self.rows["laptop"],
            "Platform plugin": QGuiApplication.platformName(),
        }
        return logs.diagnostics(facts, self.log_path)

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(self.diagnostics())
        self.copied.setText(self.tr("Copied. Paste it into a message to support."))
