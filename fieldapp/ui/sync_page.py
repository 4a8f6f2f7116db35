"""The Sync page: enrol this laptop once, then see what waits to be sent, when the last
sync went well, what went wrong in plain words, and the conflicts a person settles."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.domain import enrolment
from fieldapp.services.bundle import Services
from fieldapp.settings import Settings
from fieldapp.tasks import Tasks

from . import style
from .forms import error_label
from .held_rows import HeldRowsBox
from .messages import field_label
from .round_settings import prepare_round

if TYPE_CHECKING:
    from fieldapp.services.sync import (
        ConflictRow,
        FailedSheet,
        HeldRow,
        PhotoCounts,
        SyncStatus,
        Transfer,
    )


def failure_text(failure: str, detail: str = "") -> str:
    """What went wrong with a sync, for a technician in a village."""
    texts = {
        "no_network": QCoreApplication.translate(
            "SyncPage",
            "No connection to the server. Your work stays on this laptop and is sent "
            "when a network is found.",
        ),
        "timeout": QCoreApplication.translate(
            "SyncPage", "The server did not answer in time (a weak signal?). Try again later."
        ),
        "unauthorized": QCoreApplication.translate(
            "SyncPage",
            "The server does not accept this laptop any more. Ask the coordinator for a "
            "new enrolment code.",
        ),
        "refused": QCoreApplication.translate("SyncPage", "The server refused: %1"),
        "server": QCoreApplication.translate("SyncPage", "The server had a problem: %1"),
    }
    return texts.get(failure, failure).replace("%1", detail)


def table_text(table: str) -> str:
    return {
        "growers": QCoreApplication.translate("SyncPage", "Grower"),
        "plots": QCoreApplication.translate("SyncPage", "Plot"),
        "visits": QCoreApplication.translate("SyncPage", "Field visit"),
        "townships": QCoreApplication.translate("SyncPage", "Township"),
        "villages": QCoreApplication.translate("SyncPage", "Village"),
        "crops": QCoreApplication.translate("SyncPage", "Crop"),
        "pests": QCoreApplication.translate("SyncPage", "Catalogue entry"),
    }.get(table, table)


def photo_reason_text(reason: str, detail: str = "") -> str:
    """Why a photo has not moved, for a technician (storage/photo_transfers.py codes)."""
    texts = {
        "missing_file": QCoreApplication.translate(
            "SyncPage", "The picture file is no longer on this laptop. Import it again."
        ),
        "damaged_file": QCoreApplication.translate(
            "SyncPage", "The picture file on this laptop has changed or is damaged."
        ),
        "refused": QCoreApplication.translate("SyncPage", "The server refused: %1"),
        "bad_download": QCoreApplication.translate(
            "SyncPage", "The picture arrived damaged. It is fetched again at the next sync."
        ),
        "not_a_picture": QCoreApplication.translate(
            "SyncPage", "The picture arrived but cannot be opened."
        ),
        "not_on_server": QCoreApplication.translate(
            "SyncPage", "Not on the server yet: the laptop that took it has not sent it."
        ),
        "reduced_only": QCoreApplication.translate(
            "SyncPage", "A small copy is here; the full picture comes later."
        ),
        "store_failed": QCoreApplication.translate(
            "SyncPage", "This laptop could not save the picture (is the disk full?)."
        ),
    }
    return texts.get(reason, reason).replace("%1", detail)


def photo_state_text(state: str, done: int, size: int) -> str:
    percent = str(done * 100 // size) if size else "0"
    texts = {
        "waiting": QCoreApplication.translate("SyncPage", "Waiting to be sent"),
        "uploading": QCoreApplication.translate("SyncPage", "Being sent (%1%)"),
        "reduced": QCoreApplication.translate("SyncPage", "Small copy sent"),
        "missing": QCoreApplication.translate("SyncPage", "To be fetched"),
        "downloading": QCoreApplication.translate("SyncPage", "Being fetched (%1%)"),
        "failed": QCoreApplication.translate("SyncPage", "Failed"),
    }
    return texts.get(state, state).replace("%1", percent)


def clock_time(stamp: str) -> str:
    """When an edit was made, from its HLC (wall milliseconds first), in local time."""
    try:
        wall_ms = int(stamp.split("-", 1)[0])
    except ValueError:
        return ""
    return dt.datetime.fromtimestamp(wall_ms / 1000).strftime("%m-%d %H:%M")


def local_time(utc_iso: str) -> str:
    if not utc_iso:
        return QCoreApplication.translate("SyncPage", "never")
    moment = dt.datetime.fromisoformat(utc_iso.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class SyncPage(QWidget):
    synced = Signal()  # after a round that brought changes: lists elsewhere reload

    def __init__(
        self, services: Services, tasks: Tasks, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.settings = settings
        self.conflict_rows: list[ConflictRow] = []
        title = QLabel(self.tr("Sync"))
        style.set_point_size(title, style.TITLE_POINT_SIZE, bold=True)

        self.enrol_box = QGroupBox(self.tr("Connect this laptop to the cooperative's server"))
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("e.g. http://192.168.1.10:8765"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("The 8-letter code from the coordinator"))
        self.code.returnPressed.connect(self._take_scanned)  # a scanner ends with Enter
        self.laptop_name = QLineEdit()
        self.laptop_name.setPlaceholderText(self.tr("e.g. Zhang's laptop"))
        self.enrol_button = QPushButton(self.tr("Connect"))
        self.enrol_button.setMinimumHeight(40)
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_error = error_label()
        enrol_form = QFormLayout(self.enrol_box)
        enrol_form.addRow(self.tr("Server address"), self.server)
        enrol_form.addRow(self.tr("Enrolment code"), self.code)
        enrol_form.addRow(self.tr("Name of this laptop"), self.laptop_name)
        enrol_form.addRow("", self.enrol_button)
        enrol_form.addRow("", self.enrol_error)

        self.status_box = QGroupBox(self.tr("State"))
        self.server_label = QLabel()
        self.pending_label = QLabel()
        style.set_point_size(self.pending_label, 14, bold=True)
        self.last_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        style.set_role(self.error_label, "error")
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setMinimumHeight(48)
        style.set_point_size(self.sync_button, 14, bold=True)
        self.sync_button.clicked.connect(self.sync_now)
        status_form = QFormLayout(self.status_box)
        status_form.addRow(self.tr("Server"), self.server_label)
        status_form.addRow(self.tr("Waiting to be sent"), self.pending_label)
        status_form.addRow(self.tr("Last successful sync"), self.last_label)
        self.photos_label = QLabel()
        self.photos_label.setWordWrap(True)
        status_form.addRow(self.tr("Photos"), self.photos_label)
        self.sheets_label = QLabel()
        self.sheets_label.setWordWrap(True)
        self.sheets_label.setToolTip(
            self.tr(
                "The advice sheet of each case answered here, for growers whose card has "
                "a portal link: they open it on their phone."
            )
        )
        status_form.addRow(self.tr("Advice sheets for phones"), self.sheets_label)
        self.reduced_first = QCheckBox(self.tr("Send a reduced copy first on slow links"))
        self.reduced_first.setToolTip(
            self.tr(
                "Each photo goes first as a small picture, so others see it soon; "
                "the full photo follows."
            )
        )
        self.reduced_first.setChecked(self.settings.get(keys.SYNC_REDUCED_PHOTOS_FIRST))
        self.reduced_first.toggled.connect(self.set_reduced_first)
        status_form.addRow("", self.reduced_first)
        status_form.addRow("", self.error_label)
        status_form.addRow("", self.sync_button)

        self.photos_box = QGroupBox(self.tr("Photos not sent or fetched yet"))
        self.photo_table = QTableWidget(0, 3)
        self.photo_table.setHorizontalHeaderLabels(
            [self.tr("Photo"), self.tr("State"), self.tr("Why")]
        )
        self.photo_table.setStyleSheet(style.TABLE)
        self.photo_table.verticalHeader().hide()
        self.photo_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.photo_table.setWordWrap(True)
        photo_header = self.photo_table.horizontalHeader()
        photo_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        photo_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(self.photos_box).addWidget(self.photo_table)

        self.held_box = HeldRowsBox(services, tasks)
        self.held_box.changed.connect(self.reload)
        self.held_box.changed.connect(self.synced)  # growers came in or were removed

        self.conflicts_box = QGroupBox(self.tr("Conflicts: the same thing changed on two laptops"))
        self.conflicts = QTableWidget(0, 4)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Value now"), self.tr("Other value")]
        )
        self.conflicts.setStyleSheet(style.TABLE)
        self.conflicts.verticalHeader().hide()
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.keep_button = QPushButton(self.tr("Keep the value now"))
        self.other_button = QPushButton(self.tr("Use the other value"))
        self.keep_button.clicked.connect(lambda: self.resolve(use_other=False))
        self.other_button.clicked.connect(lambda: self.resolve(use_other=True))
        self.no_conflicts = QLabel(self.tr("No conflicts."))
        style.set_role(self.no_conflicts, "hint")
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.other_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        conflict_box = QVBoxLayout(self.conflicts_box)
        conflict_box.addWidget(self.no_conflicts)
        conflict_box.addWidget(self.conflicts, 1)
        conflict_box.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.enrol_box)
        layout.addWidget(self.status_box)
        layout.addWidget(self.photos_box)
        layout.addWidget(self.held_box)
        layout.addWidget(self.conflicts_box, 1)
        self.reload()

    # -- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        sync = self.services.sync
        self.tasks.run(
            lambda: (
                sync.status(),
                sync.conflicts(),
                sync.unfinished_photos(),
                sync.held(),
                (sync.sheet_counts(), sync.failed_sheets()),
            ),
            self._loaded,
        )

    def _loaded(
        self,
        result: tuple[
            SyncStatus,
            list[ConflictRow],
            list[Transfer],
            list[HeldRow],
            tuple[dict[str, int], list[FailedSheet]],
        ]
        | None,
        error: BaseException | None,
    ) -> None:
        if error is not None or result is None:
            self.error_label.setText(str(error))
            return
        status, conflicts, photos, held, (sheet_counts, failed_sheets) = result
        self.sheets_label.setText(self.sheet_summary(sheet_counts, failed_sheets))
        self.enrol_box.setVisible(not status.enrolled)
        self.status_box.setVisible(status.enrolled)
        self.conflicts_box.setVisible(status.enrolled)
        self.server_label.setText(f"{status.server_url}    ({status.device_code})")
        self.pending_label.setText(
            self.tr("%n change(s)", "", status.pending)
            if status.pending
            else self.tr("Nothing: everything is on the server")
        )
        self.last_label.setText(local_time(status.last_success))
        problems = [failure_text(status.last_error)] if status.last_error else []
        if status.held:
            problems.append(
                self.tr(
                    "%n record(s) from other laptops are kept aside, not lost: a record "
                    "here already has the same ID number. See below what to do.",
                    "",
                    status.held,
                )
            )
        self.error_label.setText("\n".join(problems))
        self.error_label.setVisible(bool(problems))
        self.photos_label.setText(self.photo_summary(status.photos))
        self._show_photos(photos if status.enrolled else [])
        self._show_conflicts(conflicts)
        self.held_box.show_rows(held if status.enrolled else [])

    def photo_summary(self, counts: PhotoCounts | None) -> str:
        """e.g. "12 sent, 3 waiting, 1 failed"."""
        if counts is None:
            return ""
        parts = [
            text
            for n, text in (
                (counts.sent, self.tr("%n sent", "", counts.sent)),
                (counts.fetched, self.tr("%n fetched", "", counts.fetched)),
                (counts.reduced, self.tr("%n small copy sent", "", counts.reduced)),
                (counts.waiting, self.tr("%n waiting to be sent", "", counts.waiting)),
                (counts.missing, self.tr("%n to be fetched", "", counts.missing)),
                (counts.failed, self.tr("%n failed", "", counts.failed)),
            )
            if n
        ]
        return self.tr(", ").join(parts) if parts else self.tr("No photos yet")

    def sheet_summary(self, counts: dict[str, int], failed: list[FailedSheet]) -> str:
        """e.g. "4 sent, 1 failed" and a line for each of the first failures."""
        sent, not_sent = counts.get("sent", 0), counts.get("failed", 0)
        if not sent and not not_sent:
            return self.tr("None yet")
        parts = [self.tr("%n sent", "advice sheets", sent)] if sent else []
        if not_sent:
            parts.append(self.tr("%n failed", "advice sheets", not_sent))
        lines = [self.tr(", ").join(parts)]
        for sheet in failed[:3]:
            reason = (
                self.tr("it could not be made here: %1").replace("%1", sheet.detail)
                if sheet.reason == "not_made"
                else photo_reason_text(sheet.reason, sheet.detail)
            )
            lines.append(f"{sheet.grower} {sheet.visited_on}: {reason}")
        return "\n".join(lines)

    def _show_photos(self, photos: list[Transfer]) -> None:
        self.photo_table.setRowCount(len(photos))
        for row, photo in enumerate(photos):
            what = " ".join(x for x in (photo.grower, photo.taken_at[:10]) if x)
            values = [
                what or photo.photo_id[-8:],
                photo_state_text(photo.state, photo.done_bytes, photo.size_bytes),
                photo_reason_text(photo.reason, photo.detail) if photo.reason else "",
            ]
            for column, value in enumerate(values):
                self.photo_table.setItem(row, column, QTableWidgetItem(value))
        self.photos_box.setVisible(bool(photos))

    def set_reduced_first(self, on: bool) -> None:
        self.settings.set(keys.SYNC_REDUCED_PHOTOS_FIRST, on)

    def _side(self, value: object, device_id: str, stamp: str) -> str:
        sync = self.services.sync
        who = self.tr("this laptop") if sync.is_mine(device_id) else self.tr("another laptop")
        return (
            self.tr("%1  (%2, %3)")
            .replace("%1", sync.value_text(value))
            .replace("%2", who)
            .replace("%3", clock_time(stamp))
        )

    def _show_conflicts(self, conflicts: list[ConflictRow]) -> None:
        self.conflict_rows = conflicts
        self.conflicts.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            title = self.services.sync.record_title(c) or c.row_id[-8:]
            values = [
                f"{table_text(c.table_name)}  {title}",
                field_label(c.field),
                self._side(c.kept, c.kept_device, c.kept_hlc),
                self._side(c.other, c.other_device, c.other_hlc),
            ]
            for column, value in enumerate(values):
                self.conflicts.setItem(row, column, QTableWidgetItem(value))
        self.no_conflicts.setVisible(not conflicts)
        self.conflicts.setVisible(bool(conflicts))
        for button in (self.keep_button, self.other_button):
            button.setEnabled(bool(conflicts))

    # -- doing --------------------------------------------------------------------------

    def enrol(self) -> None:
        self.enrol_error.hide()
        self._take_scanned()
        server, code = self.server.text().strip(), self.code.text().strip()
        if not server.startswith(("http://", "https://")) or not code:
            self.enrol_error.setText(
                self.tr("Type the server address (starting with http://) and the code.")
            )
            self.enrol_error.show()
            return
        sync, name = self.services.sync, " ".join(self.laptop_name.text().split())
        self.enrol_button.setEnabled(False)
        self.tasks.run(lambda: sync.enrol(server, code, name), self._enrolled, write=True)

    def _take_scanned(self) -> None:
        """The enrolment QR's link, typed by a scanner into the code field, holds the
        server's address too: it goes where it belongs."""
        server, code = enrolment.parse(self.code.text())
        if server:
            self.server.setText(server)
            self.code.setText(code)

    def _enrolled(self, _: object, error: BaseException | None) -> None:
        self.enrol_button.setEnabled(True)
        if error is not None:
            failure = getattr(error, "failure", "")
            detail = getattr(error, "detail", str(error))
            self.enrol_error.setText(failure_text(str(failure), detail) if failure else detail)
            self.enrol_error.show()
            return
        self.reload()
        self.sync_now()

    def sync_now(self) -> None:
        self.sync_button.setEnabled(False)
        self.sync_button.setText(self.tr("Syncing…"))
        prepare_round(self.services, self.settings)
        self.tasks.run(self.services.sync.sync_now, self._synced, write=True)

    def _synced(self, report: object, error: BaseException | None) -> None:
        self.sync_button.setEnabled(True)
        self.sync_button.setText(self.tr("Sync now"))
        self.reload()
        if error is None and getattr(report, "pulled", 0):
            self.synced.emit()

    def resolve(self, use_other: bool) -> None:
        row = self.conflicts.currentRow()
        if not 0 <= row < len(self.conflict_rows):
            return
        sync, conflict_id = self.services.sync, self.conflict_rows[row].id
        self.tasks.run(
            lambda: sync.resolve(conflict_id, use_other), lambda *_: self.reload(), write=True
        )
