"""Settings: language, cooperative name, data folder, and the pick lists
(townships, villages, crops)."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.domain.errors import ValidationError
from fieldapp.services.bundle import Services
from fieldapp.services.places import InUseError
from fieldapp.settings import Settings
from fieldapp.tasks import Tasks

from . import i18n
from .messages import problem_text

ID_ROLE = 0x0100  # Qt.UserRole


class PickList(QGroupBox):
    """One editable list (townships, villages of a township, or crops)."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.items = QListWidget()
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)

    def fill(self, entries: list) -> None:
        current = self.current_id()
        self.items.clear()
        for entry in entries:
            item = QListWidgetItem(entry.name)
            item.setData(ID_ROLE, entry.id)
            self.items.addItem(item)
            if entry.id == current:
                self.items.setCurrentItem(item)

    def current_id(self) -> str:
        item = self.items.currentItem()
        return item.data(ID_ROLE) if item else ""

    def current_name(self) -> str:
        item = self.items.currentItem()
        return item.text() if item else ""


class SettingsPage(QWidget):
    placesChanged = Signal()

    def __init__(
        self, services: Services, settings: Settings, tasks: Tasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._tasks = tasks

        self.language = QComboBox()
        self.language.setMaximumWidth(240)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(keys.LANGUAGE))))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.coop_name = QLineEdit(settings.get(keys.COOP_NAME))
        self.coop_name.setPlaceholderText(self.tr("Printed on grower cards and receipts"))
        self.coop_name.editingFinished.connect(
            lambda: settings.set(keys.COOP_NAME, self.coop_name.text().strip())
        )
        about = services.about()
        folder = QLabel(str(about.database_path.parent))
        folder.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(about.database_path.parent)))
        )
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Cooperative name"), self.coop_name)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)
        form.addRow(self.tr("Data folder"), folder_row)
        form.addRow(self.tr("This laptop's code"), QLabel(about.device_code))
        form.addRow(self.tr("Database schema"), QLabel(str(about.schema_version)))

        self.townships = PickList(self.tr("Townships"))
        self.villages = PickList(self.tr("Villages of the selected township"))
        self.crops = PickList(self.tr("Crops"))
        self.townships.items.currentItemChanged.connect(lambda *_: self._fill_villages())
        for pick, table in ((self.townships, "townships"), (self.villages, "villages"),
                            (self.crops, "crops")):  # fmt: skip
            pick.add_button.clicked.connect(lambda *_, t=table: self._add(t))
            pick.rename_button.clicked.connect(lambda *_, t=table, p=pick: self._rename(t, p))
            pick.remove_button.clicked.connect(lambda *_, t=table, p=pick: self._remove(t, p))
        lists = QHBoxLayout()
        lists.addWidget(self.townships)
        lists.addWidget(self.villages)
        lists.addWidget(self.crops)

        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addLayout(lists, 1)
        self.reload()

    def reload(self) -> None:
        self.townships.fill(self._services.places.townships())
        if not self.townships.current_id() and self.townships.items.count():
            self.townships.items.setCurrentRow(0)
        self._fill_villages()
        self.crops.fill(self._services.places.crops())

    def _fill_villages(self) -> None:
        township = self.townships.current_id()
        self.villages.fill(self._services.places.villages(township) if township else [])
        self.villages.add_button.setEnabled(bool(township))

    def _ask_name(self, title: str, current: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=current)
        return text if ok else None

    def _add(self, table: str) -> None:
        places = self._services.places
        title = {
            "townships": self.tr("New township"),
            "villages": self.tr("New village in %s") % self.townships.current_name(),
            "crops": self.tr("New crop"),
        }[table]
        name = self._ask_name(title)
        if name is None:
            return
        township = self.townships.current_id()
        adders = {
            "townships": lambda: places.add_township(name),
            "villages": lambda: places.add_village(township, name),
            "crops": lambda: places.add_crop(name),
        }
        self._apply(adders[table])

    def _rename(self, table: str, pick: PickList) -> None:
        row_id = pick.current_id()
        if not row_id:
            return
        name = self._ask_name(self.tr("Rename"), pick.current_name())
        if name is not None:
            self._apply(lambda: self._services.places.rename(table, row_id, name))

    def _remove(self, table: str, pick: PickList) -> None:
        row_id = pick.current_id()
        if not row_id:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove"), self.tr("Remove “%s” from the list?") % pick.current_name()
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(lambda: self._services.places.remove(table, row_id))

    def _apply(self, change: Callable[[], object]) -> None:
        self._tasks.run(change, self._applied, write=True)

    def _applied(self, _: object, error: BaseException | None) -> None:
        if isinstance(error, ValidationError):
            QMessageBox.warning(self, self.tr("Not saved"), problem_text(error.errors[0]))
            return
        if isinstance(error, InUseError):
            QMessageBox.warning(
                self,
                self.tr("Still in use"),
                self.tr(
                    "%n grower(s) or plot(s) still use this entry; change them first.",
                    "",
                    error.count,
                ),
            )
            return
        if error is not None:
            QMessageBox.critical(self, self.tr("Not saved"), str(error))
            return
        self.reload()
        self.placesChanged.emit()

    def _language_changed(self) -> None:
        self._settings.set(keys.LANGUAGE, self.language.currentData())
        self._settings.sync()
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Language"))
        box.setText(self.tr("The new language is used after FieldApp restarts."))
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            # A packaged build's executable is the program itself; from source it is Python.
            args = sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
            QProcess.startDetached(sys.executable, args)
            QApplication.quit()
