"""Records from other laptops kept aside on the Sync page, and what a person does
about them.

A grower is kept aside when a grower here already has its ID number: the same person
registered on two laptops, or an ID number typed wrong on one of them. The person
says which: the same person (keep the one here, or the other one: the one not kept
is removed on every laptop), or two people (correct the wrong ID number on the
Growers page, then "Try again"). The plots and visits of a grower kept aside wait
with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.bundle import Services
from fieldapp.tasks import Tasks

from . import style
from .forms import error_label

if TYPE_CHECKING:
    from fieldapp.services.sync import HeldRow


class HeldRowsBox(QGroupBox):
    changed = Signal()  # rows came in or were removed: lists elsewhere reload

    def __init__(self, services: Services, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kept aside: the same ID number on two laptops"))
        self.services = services
        self.tasks = tasks
        self.rows: list[HeldRow] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("From another laptop"), self.tr("Here"), self.tr("What it is")]
        )
        self.table.setStyleSheet(style.TABLE)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        hint = QLabel(
            self.tr(
                "The same person: keep one of the two records, the other is removed on every "
                "laptop. Two different people: correct the wrong ID number on the Growers "
                "page, then press Try again."
            )
        )
        hint.setWordWrap(True)
        style.set_role(hint, "hint")
        self.keep_here = QPushButton(self.tr("Same person: keep the one here"))
        self.keep_other = QPushButton(self.tr("Same person: keep the other one"))
        self.retry = QPushButton(self.tr("Try again"))
        self.keep_here.clicked.connect(lambda: self._settle(keep_here=True))
        self.keep_other.clicked.connect(lambda: self._settle(keep_here=False))
        self.retry.clicked.connect(self._retry)
        buttons = QHBoxLayout()
        for button in (self.keep_here, self.keep_other, self.retry):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self._enable()

    def show_rows(self, rows: list[HeldRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, held in enumerate(rows):
            for column, text in enumerate(self._texts(held)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.setVisible(bool(rows))
        self._enable()

    def _texts(self, held: HeldRow) -> tuple[str, str, str]:
        fields = held.fields
        if held.table_name != "growers":
            what = {"plots": self.tr("a plot"), "visits": self.tr("a field visit")}.get(
                held.table_name, held.table_name
            )
            waits = self.tr("%1 of a grower kept aside").replace("%1", what)
            return str(fields.get("name", "")), "", waits
        theirs = self.tr("%1 · ID %2 · card %3")
        here = self.tr("%1 · card %2").replace("%1", held.clash_name).replace("%2", held.clash_card)
        return (
            theirs.replace("%1", str(fields.get("name", "")))
            .replace("%2", str(fields.get("id_number", "")))
            .replace("%3", str(fields.get("card_no", ""))),
            here if held.clash_id else self.tr("(no longer here)"),
            self.tr("a grower with the same ID number as one here"),
        )

    def _current(self) -> HeldRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _enable(self) -> None:
        current = self._current()
        settle = current is not None and current.table_name == "growers" and bool(current.clash_id)
        self.keep_here.setEnabled(settle)
        self.keep_other.setEnabled(settle)
        self.retry.setEnabled(bool(self.rows))

    def _settle(self, keep_here: bool) -> None:
        held = self._current()
        if held is None:
            return
        sync = self.services.sync
        work = (
            (lambda: sync.keep_ours(held.id)) if keep_here else (lambda: sync.keep_theirs(held.id))
        )
        self.tasks.run(work, self._done, write=True)

    def _retry(self) -> None:
        self.tasks.run(self.services.sync.retry_held, self._done, write=True)

    def _done(self, _: object, error: BaseException | None) -> None:
        if error is not None:
            self.error.setText(self.tr("This could not be settled: %1").replace("%1", str(error)))
        self.error.setVisible(error is not None)
        self.changed.emit()
