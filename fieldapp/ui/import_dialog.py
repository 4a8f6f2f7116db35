"""Importing the cooperative's grower spreadsheet: choose a file, check the preview, import.

Reading, checking and writing run through Tasks with a progress bar and Cancel, so
a 10,000-row file never freezes the window. Every result carries a generation
number: a result that arrives after the user changed the file, encoding, header
row or a column's meaning is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.domain.sheet_values import IMPORT_COLUMNS
from fieldapp.services.import_sheet import (
    ImportFailedError,
    ImportOutcome,
    Preview,
    RowResult,
    RowStatus,
    SheetImporter,
)
from fieldapp.services.places import PlacesService
from fieldapp.services.registry import RegistryService
from fieldapp.services.sheet_files import ENCODINGS, CancelledError, SheetError, Table
from fieldapp.settings import Settings
from fieldapp.tasks import TaskHandle, Tasks

from . import style
from .messages import field_label, import_failure_text, row_reasons, sheet_problem_text

INVALID_COLOUR = QColor("#fde2e1")
WARNING_COLOUR = QColor("#fff4d6")
_Index = QModelIndex | QPersistentModelIndex


PROBLEMS_WIDTH = 360  # the reasons are what the user reads first; the tooltip has all of it


class PreviewModel(QAbstractTableModel):
    """The file's data rows, then a column saying what is wrong; can show problems only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview: Preview | None = None
        self._rows: list[RowResult] = []
        self._headers: list[str] = []
        self._reasons: dict[int, str] = {}  # formatted once per row, when first painted
        self._problems_only = False

    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._headers = preview.headers if preview else []
        self._reasons = {}
        self._filter()
        self.endResetModel()

    def set_problems_only(self, on: bool) -> None:
        self.beginResetModel()
        self._problems_only = on
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = self._preview.rows if self._preview else []
        if self._problems_only:
            rows = [r for r in rows if r.status != RowStatus.VALID]
        self._rows = rows

    def row_result(self, row: int) -> RowResult:
        return self._rows[row]

    def reason(self, row: int) -> str:
        result = self._rows[row]
        text = self._reasons.get(result.number)
        if text is None:
            text = row_reasons(result)
            self._reasons[result.number] = text
        return text

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._preview else len(self._headers) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        result = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            # The problems come first: the reason must be readable without scrolling.
            if column == 0:
                return self.reason(row)
            return result.cells[column - 1] if column - 1 < len(result.cells) else None
        if role == Qt.ItemDataRole.ToolTipRole and result.status != RowStatus.VALID:
            return self.reason(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            if result.status == RowStatus.INVALID:
                return QBrush(INVALID_COLOUR)
            if result.status == RowStatus.POSSIBLE_DUPLICATE:
                return QBrush(WARNING_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._rows[section].number) if section < len(self._rows) else None
        if section == 0:
            return self.tr("Problems")
        return self._headers[section - 1] or "—" if section - 1 < len(self._headers) else None


class ImportDialog(QDialog):
    imported = Signal(int)  # how many growers were added; the list reloads

    def __init__(
        self,
        registry: RegistryService,
        places: PlacesService,
        importer: SheetImporter,
        tasks: Tasks,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._places = places
        self._importer = importer
        self._tasks = tasks
        self._settings = settings
        self._path: Path | None = None
        self._table: Table | None = None
        self.preview: Preview | None = None
        self._generation = 0
        self._handle: TaskHandle | None = None
        self._filling = False  # set while the mapping combos are filled in code
        self._imported = False
        self.setWindowTitle(self.tr("Import growers from a spreadsheet"))
        self.resize(1100, 720)
        self._build()
        self._update_buttons()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen. Excel (.xlsx) and CSV files work."))
        style.set_role(self.file_label, "title")
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout.addLayout(top)

        options = QHBoxLayout()
        self.encoding = QComboBox()
        for codec in ENCODINGS:
            self.encoding.addItem(self._encoding_name(codec), codec)
        self.encoding.activated.connect(self._reread)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1)
        self.header_row.valueChanged.connect(self._header_changed)
        self.problems_only = QCheckBox(self.tr("Show only rows with problems"))
        self.problems_only.toggled.connect(lambda on: self.model.set_problems_only(on))
        options.addWidget(QLabel(self.tr("Encoding:")))
        options.addWidget(self.encoding)
        options.addSpacing(20)
        options.addWidget(QLabel(self.tr("Column titles in row:")))
        options.addWidget(self.header_row)
        options.addSpacing(20)
        options.addWidget(self.problems_only)
        options.addStretch(1)
        layout.addLayout(options)

        hint = QLabel(self.tr("Check what each column holds; change it where the guess is wrong."))
        style.set_role(hint, "hint")
        layout.addWidget(hint)
        self.mapping_bar = QWidget()
        self.mapping_bar.setFixedHeight(38)
        self.mapping_combos: list[QComboBox] = []
        layout.addWidget(self.mapping_bar)

        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setDefaultSectionSize(130)
        header.sectionResized.connect(lambda *_: self._place_combos())
        self.view.horizontalScrollBar().valueChanged.connect(lambda *_: self._place_combos())
        layout.addWidget(self.view, 1)

        self.counts_label = QLabel()
        style.set_role(self.counts_label, "title")
        self.places_label = QLabel()
        self.places_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        style.set_role(self.message, "error")
        self.include_possible = QCheckBox(self.tr("Import possible duplicates too"))
        for widget in (self.counts_label, self.places_label, self.include_possible, self.message):
            layout.addWidget(widget)
        self.include_possible.toggled.connect(lambda *_: self._update_buttons())

        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.hide()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.save_rejected_button = QPushButton(self.tr("Save rejected rows…"))
        self.save_rejected_button.clicked.connect(self.choose_rejected_file)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        for button in (self.import_button, self.save_rejected_button, self.cancel_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)

    def _encoding_name(self, codec: str) -> str:
        return {
            "": self.tr("Automatic"),
            "utf-8-sig": "UTF-8",
            "utf-8": "UTF-8",
            "gb18030": self.tr("GBK / GB18030 (Chinese Excel)"),
            "utf-16": self.tr("UTF-16 (Unicode text)"),
        }.get(codec, codec)

    # -- mapping combos over the table's columns ---------------------------------------------

    def _fill_mapping(self, preview: Preview) -> None:
        for combo in self.mapping_combos:
            combo.deleteLater()
        self.mapping_combos = []
        self._filling = True
        for column, key in enumerate(preview.mapping):
            combo = QComboBox(self.mapping_bar)
            combo.addItem(self.tr("(ignore)"), "")
            for field in IMPORT_COLUMNS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(key)))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
            combo.show()
            self.mapping_combos.append(combo)
        self._filling = False
        self._place_combos()

    def _place_combos(self) -> None:
        header = self.view.horizontalHeader()
        offset = self.view.verticalHeader().width() + self.view.frameWidth()
        for column, combo in enumerate(self.mapping_combos):
            section = column + 1  # section 0 is the problems column
            x = header.sectionViewportPosition(section) + offset
            combo.setGeometry(x, 2, max(40, header.sectionSize(section) - 2), 32)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self._place_combos()

    def mapping(self) -> list[str]:
        return [combo.currentData() or "" for combo in self.mapping_combos]

    def set_mapping(self, column: int, field: str) -> None:
        """What the user does with a mapping combo (tests call it too)."""
        combo = self.mapping_combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def _mapping_changed(self, column: int) -> None:
        if self._filling:
            return
        chosen = self.mapping_combos[column].currentData()
        if chosen:  # one column per field: the other column that had it lets go
            self._filling = True
            for other, combo in enumerate(self.mapping_combos):
                if other != column and combo.currentData() == chosen:
                    combo.setCurrentIndex(0)
            self._filling = False
        self._check(self.header_row.value() - 1, self.mapping())

    # -- reading and checking --------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = self._settings.get(keys.LAST_IMPORT_DIR) if self._settings else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the growers' spreadsheet"),
            folder,
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if path:
            if self._settings:
                self._settings.set(keys.LAST_IMPORT_DIR, str(Path(path).parent))
            self.load_file(Path(path))

    def load_file(self, path: Path, encoding: str = "") -> None:
        self._path = Path(path)
        self.file_label.setText(self._path.name)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(encoding)))
        self._read(encoding)

    def _reread(self) -> None:
        if self._path is not None:
            self._read(self.encoding.currentData() or "")

    def _read(self, encoding: str) -> None:
        assert self._path is not None
        path, generation = self._path, self._next_generation()
        self._show_result(None)
        self._busy(self.tr("Reading the file…"))
        self._handle = self._tasks.run(
            lambda handle: self._importer.read(path, encoding, handle),
            lambda table, error: self._read_done(generation, table, error),
            progress=self._progressed,
        )

    def _read_done(self, generation: int, table: Table | None, error: BaseException | None) -> None:
        if generation != self._generation:
            return
        self._idle()
        if error is not None or table is None:
            self._table = None
            self._failed(error)
            return
        self._table = table
        if table.encoding:
            self.encoding.setItemText(
                0, self.tr("Automatic (%s)") % self._encoding_name(table.encoding)
            )
        self._check(None, None)

    def _header_changed(self, value: int) -> None:
        if not self._filling and self._table is not None:
            self._check(value - 1, None)

    def _check(self, header_row: int | None, mapping: list[str] | None) -> None:
        table = self._table
        if table is None:
            return
        generation = self._next_generation()
        self._busy(self.tr("Checking the rows…"))
        self._handle = self._tasks.run(
            lambda handle: self._importer.preview(table, header_row, mapping, handle),
            lambda preview, error: self._check_done(generation, preview, error, mapping is None),
            progress=self._progressed,
        )

    def _check_done(
        self, generation: int, preview: Preview | None, error: BaseException | None, fresh: bool
    ) -> None:
        if generation != self._generation:
            return
        self._idle()
        if error is not None or preview is None:
            self._failed(error)
            return
        if fresh:  # a new header row or file: new combos with the guessed mapping
            self._filling = True
            self.header_row.setRange(1, max(1, len(preview.table.rows)))
            self.header_row.setValue(preview.header_row + 1)
            self._filling = False
            self._fill_mapping(preview)
        self._show_result(preview)

    def _show_result(self, preview: Preview | None) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.view.horizontalHeader().resizeSection(0, PROBLEMS_WIDTH)
        self._place_combos()
        self.message.clear()
        if preview is None:
            self.counts_label.clear()
            self.places_label.clear()
            self._update_buttons()
            return
        valid = preview.count(RowStatus.VALID)
        invalid = preview.count(RowStatus.INVALID)
        possible = preview.count(RowStatus.POSSIBLE_DUPLICATE)
        self.counts_label.setText(
            self.tr("{valid} valid, {invalid} invalid, {possible} possible duplicates").format(
                valid=f"{valid:,}", invalid=f"{invalid:,}", possible=f"{possible:,}"
            )
        )
        self.places_label.setText(self._places_text(preview))
        if preview.missing_columns:
            self.message.setText(
                self.tr("Tell which column holds: %s.")
                % ", ".join(field_label(f) for f in preview.missing_columns)
            )
        self._update_buttons()

    def _places_text(self, preview: Preview) -> str:
        parts = []
        if preview.new_townships:
            parts.append(self.tr("townships: %s") % "、".join(preview.new_townships))
        if preview.new_villages:
            names = "、".join(f"{t}{v}" for t, v in preview.new_villages)
            parts.append(self.tr("villages: %s") % names)
        if preview.new_crops:
            parts.append(self.tr("crops: %s") % "、".join(preview.new_crops))
        if not parts:
            return ""
        return self.tr("Not in the lists yet, will be added: %s") % "; ".join(parts)

    # -- importing ---------------------------------------------------------------------------------

    def importable_count(self) -> int:
        if self.preview is None or self.preview.missing_columns:
            return 0
        return len(self.preview.importable(self.include_possible.isChecked()))

    def start_import(self) -> None:
        preview = self.preview
        if preview is None or not self.importable_count():
            return
        include = self.include_possible.isChecked()
        generation = self._next_generation()
        self._busy(self.tr("Importing…"))
        self._handle = self._tasks.run(
            lambda handle: self._importer.commit(preview, include, handle),
            lambda outcome, error: self._import_done(generation, outcome, error),
            write=True,
            progress=self._progressed,
        )

    def _import_done(
        self, generation: int, outcome: ImportOutcome | None, error: BaseException | None
    ) -> None:
        if generation != self._generation:
            return
        self._idle()
        if error is not None or outcome is None:
            self._failed(error)
            return
        style.set_role(self.message, "title")
        self.message.setText(
            self.tr("%n grower(s) imported.", "", outcome.growers)
            + (" " + self.tr("%n plot(s) added.", "", outcome.plots) if outcome.plots else "")
        )
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self._imported = True
        self.imported.emit(outcome.growers)

    # -- rejected rows ---------------------------------------------------------------------------

    def choose_rejected_file(self) -> None:
        folder = self._settings.get(keys.LAST_EXPORT_DIR) if self._settings else ""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the rejected rows"),
            str(Path(folder) / self.tr("rejected rows.xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if path:
            if self._settings:
                self._settings.set(keys.LAST_EXPORT_DIR, str(Path(path).parent))
            self.save_rejected(Path(path))

    def save_rejected(self, path: Path) -> None:
        if self.preview is None:
            return
        try:
            count = self._importer.save_rejected(
                path,
                self.preview,
                row_reasons,
                self.include_possible.isChecked(),
                labels=(self.tr("Row"), self.tr("Problems")),
            )
        except OSError as exc:
            self.message.setText(self.tr("The file could not be saved: %s") % (exc.strerror or exc))
            return
        self.message.setText(
            self.tr("%n rejected row(s) saved to %1.", "", count).replace("%1", path.name)
        )

    # -- state -----------------------------------------------------------------------------

    def cancel(self) -> None:
        """Stops the running step; with nothing running, closes the dialog."""
        if self._handle is not None and self._tasks.busy:
            self._handle.cancel()
            return
        if self._imported:
            self.accept()
        else:
            self.reject()

    def _next_generation(self) -> int:
        self._generation += 1
        return self._generation

    def _busy(self, text: str) -> None:
        style.set_role(self.message, "hint")
        self.message.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        for widget in (self.import_button, self.save_rejected_button, self.choose_button):
            widget.setEnabled(False)
        self.cancel_button.setText(self.tr("Stop"))

    def _idle(self) -> None:
        self._handle = None
        self.progress.hide()
        style.set_role(self.message, "error")
        self.message.clear()
        self.choose_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)  # total 0: a busy bar (rows still being counted)
        self.progress.setValue(done)

    def _failed(self, error: BaseException | None) -> None:
        """A sentence for the user, never a traceback."""
        if isinstance(error, SheetError):
            text = sheet_problem_text(error.problem, error.detail)
        elif isinstance(error, ImportFailedError):
            text = import_failure_text(error.failure, error.detail)
        elif isinstance(error, CancelledError):
            text = self.tr("Stopped. Nothing was imported.")
        else:
            text = self.tr("Something went wrong; nothing was imported. (%s)") % error
        style.set_role(self.message, "error")
        self.message.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = self.importable_count()
        self.import_button.setEnabled(count > 0 and not self._imported)
        self.import_button.setText(
            self.tr("Import %n grower(s)", "", count) if count else self.tr("Import")
        )
        self.save_rejected_button.setEnabled(
            self.preview is not None
            and bool(self.preview.rejected(self.include_possible.isChecked()))
        )
