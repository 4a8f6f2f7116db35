"""The coop's own word on a catalogue entry: add one, change a shipped one (it keeps its
id, and can be put back as shipped), or take one out of the list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.catalogue import (
    CatalogueTreatment,
    PestEntry,
    PestKind,
    Source,
    checked_entry,
)
from fieldapp.domain.errors import FieldError, Problem, ValidationError
from fieldapp.domain.treatments import (
    MAX_PHI_DAYS,
    MAX_WATER_L,
    DoseUnit,
    format_dose,
    parse_dose,
)
from fieldapp.services.bundle import Services
from fieldapp.tasks import Tasks

from . import style
from .catalogue_picker import kind_text
from .forms import add_field, counted_suffix, error_label, show_error
from .messages import problem_text
from .treatment_plan import unit_text


def _text_box(text: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setFixedHeight(height)
    return box


class CatalogueTreatmentDialog(QDialog):
    """One recommended product, in both languages, with its dose range per mu."""

    def __init__(self, item: CatalogueTreatment | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recommended product"))
        self.setMinimumWidth(640)
        self.result_item: CatalogueTreatment | None = None
        item = item or CatalogueTreatment(product_zh="")
        self.original = item
        self.product_zh = QLineEdit(item.product_zh)
        self.product_en = QLineEdit(item.product_en)
        self.ingredient_zh = QLineEdit(item.ingredient_zh)
        self.ingredient_en = QLineEdit(item.ingredient_en)
        self.dose_min = QLineEdit(format_dose(item.dose_min_milli) if item.dose_min_milli else "")
        self.dose_max = QLineEdit(format_dose(item.dose_max_milli) if item.dose_max_milli else "")
        self.unit = QComboBox()
        for unit in DoseUnit:
            self.unit.addItem(unit_text(unit), unit.value)
        self.unit.setCurrentIndex(max(0, self.unit.findData(item.unit)))
        self.water = QSpinBox()
        self.water.setRange(1, MAX_WATER_L)
        self.water.setSuffix(self.tr(" l per mu"))
        self.water.setValue(item.water_l)
        self.phi = QSpinBox()
        self.phi.setRange(0, MAX_PHI_DAYS)
        self.phi.setValue(item.phi_days)
        counted_suffix(self.phi, lambda n: self.tr(" day(s)", "", n))
        self.max_times = QSpinBox()
        self.max_times.setRange(0, 20)
        self.max_times.setSpecialValueText(self.tr("not stated"))
        self.max_times.setValue(item.max_times)
        self.timing_zh = QLineEdit(item.timing_zh)
        self.timing_en = QLineEdit(item.timing_en)
        self.safety_zh = QLineEdit(item.safety_zh)
        self.safety_en = QLineEdit(item.safety_en)
        dose_row = QHBoxLayout()
        dose_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.dose_min, QLabel("–"), self.dose_max, self.unit):
            dose_row.addWidget(widget)
        dose_box = QWidget()
        dose_box.setLayout(dose_row)
        form = QFormLayout()
        self.errors = {
            "product_zh": add_field(form, self.tr("Product (Chinese)"), self.product_zh),
            "product_en": add_field(form, self.tr("Product (English)"), self.product_en),
            "ingredient_zh": add_field(form, self.tr("Ingredient (Chinese)"), self.ingredient_zh),
            "ingredient_en": add_field(form, self.tr("Ingredient (English)"), self.ingredient_en),
            "dose_min": add_field(form, self.tr("Dose per mu, lowest – highest"), dose_box),
            "water_l": add_field(form, self.tr("Water per mu"), self.water),
            "phi_days": add_field(form, self.tr("Safe interval before harvest"), self.phi),
            "max_times": add_field(form, self.tr("Sprays per season at most"), self.max_times),
            "timing_zh": add_field(form, self.tr("When (Chinese)"), self.timing_zh),
            "timing_en": add_field(form, self.tr("When (English)"), self.timing_en),
            "safety_zh": add_field(form, self.tr("Safety (Chinese)"), self.safety_zh),
            "safety_en": add_field(form, self.tr("Safety (English)"), self.safety_en),
        }
        for alias in ("dose_max", "unit"):
            self.errors[alias] = self.errors["dose_min"]
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept_item)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept_item(self) -> None:
        for label in self.errors.values():
            label.hide()
        doses = {}
        for name, box in (("dose_min", self.dose_min), ("dose_max", self.dose_max)):
            try:
                doses[name] = parse_dose(box.text())
            except ValueError:
                self._show(FieldError(name, Problem.NOT_A_NUMBER, box.text()))
                return
        item = CatalogueTreatment(
            product_zh=self.product_zh.text().strip(),
            product_en=self.product_en.text().strip(),
            ingredient_zh=self.ingredient_zh.text().strip(),
            ingredient_en=self.ingredient_en.text().strip(),
            dose_min_milli=doses["dose_min"],
            dose_max_milli=doses["dose_max"],
            unit=self.unit.currentData(),
            water_l=self.water.value(),
            phi_days=self.phi.value(),
            max_times=self.max_times.value(),
            timing_zh=self.timing_zh.text().strip(),
            timing_en=self.timing_en.text().strip(),
            safety_zh=self.safety_zh.text().strip(),
            safety_en=self.safety_en.text().strip(),
        )
        try:
            checked_entry(PestEntry(id="", name_zh="-", treatments=(item,)))
        except ValidationError as error:
            for e in error.errors:
                self._show(e)
            return
        self.result_item = item
        self.accept()

    def _show(self, error: FieldError) -> None:
        show_error(self.errors, error, "product_zh")


class CatalogueEntryEditor(QDialog):
    """After exec(): `saved_id` is the entry's id; `removed` if it left the list."""

    def __init__(
        self,
        services: Services,
        tasks: Tasks,
        entry: PestEntry | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.entry = entry or PestEntry(id="", name_zh="")
        self.saved_id = self.entry.id
        self.removed = False
        self.treatments = list(self.entry.treatments)
        self.setWindowTitle(self.tr("Catalogue entry") if entry else self.tr("New catalogue entry"))
        self.setMinimumSize(860, 640)
        e = self.entry
        self.name_zh = QLineEdit(e.name_zh)
        self.name_en = QLineEdit(e.name_en)
        self.latin = QLineEdit(e.latin)
        self.kind = QComboBox()
        for kind in PestKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind)))
        self.crops = QListWidget()
        self.crops.setFlow(QListWidget.Flow.LeftToRight)
        self.crops.setWrapping(True)
        self.crops.setFixedHeight(64)
        names = [p.name for p in services.places.crops()]
        for name in dict.fromkeys([*names, *e.crops]):
            item = QListWidgetItem(name)
            # A crop no longer in the coop's list stays shown while an entry names it.
            checked = name in e.crops
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.crops.addItem(item)
        self.symptoms_zh = _text_box(e.symptoms_zh)
        self.symptoms_en = _text_box(e.symptoms_en)
        self.prevention_zh = _text_box(e.prevention_zh)
        self.prevention_en = _text_box(e.prevention_en)
        form = QFormLayout()
        self.errors = {
            "name_zh": add_field(form, self.tr("Chinese name"), self.name_zh),
            "name_en": add_field(form, self.tr("English name"), self.name_en),
            "latin": add_field(form, self.tr("Latin name"), self.latin),
            "kind": add_field(form, self.tr("Kind"), self.kind),
            "crops": add_field(form, self.tr("Crops"), self.crops),
            "symptoms_zh": add_field(form, self.tr("Symptoms (Chinese)"), self.symptoms_zh),
            "symptoms_en": add_field(form, self.tr("Symptoms (English)"), self.symptoms_en),
            "prevention_zh": add_field(form, self.tr("Prevention (Chinese)"), self.prevention_zh),
            "prevention_en": add_field(form, self.tr("Prevention (English)"), self.prevention_en),
        }
        entry_page = QWidget()
        entry_page.setLayout(form)
        self.products = QTableWidget(0, 4)
        self.products.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Dose per mu"),
                self.tr("Water per mu"),
                self.tr("Safe interval"),
            ]
        )
        self.products.setStyleSheet(style.TABLE)
        self.products.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.products.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.products.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.products.doubleClicked.connect(lambda *_: self.edit_product())
        self.products_error = error_label()
        add = QPushButton(self.tr("Add product…"))
        change = QPushButton(self.tr("Change…"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self.edit_product(new=True))
        change.clicked.connect(self.edit_product)
        remove.clicked.connect(self.remove_product)
        product_buttons = QHBoxLayout()
        for button in (add, change, remove):
            button.setMinimumHeight(36)
            product_buttons.addWidget(button)
        product_buttons.addStretch(1)
        products_page = QWidget()
        products_box = QVBoxLayout(products_page)
        products_box.addWidget(self.products, 1)
        products_box.addWidget(self.products_error)
        products_box.addLayout(product_buttons)
        self.sources = QTableWidget(0, 4)
        self.sources.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Publisher"), self.tr("Address (URL)"), self.tr("Year")]
        )
        self.sources.setStyleSheet(style.TABLE)
        self.sources.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for source in e.sources:
            self._add_source_row(source)
        add_source = QPushButton(self.tr("Add source"))
        add_source.setMinimumHeight(36)
        add_source.clicked.connect(lambda: self._add_source_row(Source("")))
        sources_page = QWidget()
        sources_box = QVBoxLayout(sources_page)
        hint = QLabel(self.tr("Where the facts come from: an extension service plan, a label."))
        style.set_role(hint, "hint")
        sources_box.addWidget(hint)
        sources_box.addWidget(self.sources, 1)
        sources_box.addWidget(add_source)
        tabs = QTabWidget()
        tabs.addTab(entry_page, self.tr("Entry"))
        tabs.addTab(products_page, self.tr("Products"))
        tabs.addTab(sources_page, self.tr("Sources"))
        self.tabs = tabs
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Put back as shipped"))
        self.restore_button.setVisible(e.edited)
        self.restore_button.clicked.connect(self.restore)
        self.remove_button = QPushButton(self.tr("Take out of the list"))
        self.remove_button.setVisible(bool(e.id))
        self.remove_button.clicked.connect(self.remove)
        self.failure = error_label()
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.failure)
        layout.addLayout(bottom)
        self._fill_products()

    # -- products and sources ----------------------------------------------------------------

    def _fill_products(self) -> None:
        self.products.setRowCount(len(self.treatments))
        for row, item in enumerate(self.treatments):
            values = [
                item.product_zh + (f" / {item.product_en}" if item.product_en else ""),
                f"{format_dose(item.dose_min_milli)}–{format_dose(item.dose_max_milli)} "
                f"{unit_text(item.unit)}",
                self.tr("%1 l").replace("%1", str(item.water_l)),
                self.tr("%n day(s)", "", item.phi_days),
            ]
            for column, value in enumerate(values):
                self.products.setItem(row, column, QTableWidgetItem(value))

    def edit_product(self, new: bool = False) -> None:
        row = self.products.currentRow()
        if not new and not 0 <= row < len(self.treatments):
            return
        dialog = CatalogueTreatmentDialog(None if new else self.treatments[row], self)
        self.product_dialog = dialog  # tests answer it
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_item is None:
            return
        if new:
            self.treatments.append(dialog.result_item)
        else:
            self.treatments[row] = dialog.result_item
        self._fill_products()

    def remove_product(self) -> None:
        row = self.products.currentRow()
        if 0 <= row < len(self.treatments):
            del self.treatments[row]
            self._fill_products()

    def _add_source_row(self, source: Source) -> None:
        row = self.sources.rowCount()
        self.sources.insertRow(row)
        for column, value in enumerate((source.title, source.publisher, source.url, source.year)):
            self.sources.setItem(row, column, QTableWidgetItem(value))

    def _sources(self) -> tuple[Source, ...]:
        found = []
        for row in range(self.sources.rowCount()):
            cells = [self.sources.item(row, c) for c in range(4)]
            values = [(cell.text().strip() if cell else "") for cell in cells]
            if values[0]:
                found.append(Source(*values))
        return tuple(found)

    # -- saving ------------------------------------------------------------------------------

    def edited_entry(self) -> PestEntry:
        crops = tuple(
            self.crops.item(i).text()
            for i in range(self.crops.count())
            if self.crops.item(i).checkState() == Qt.CheckState.Checked
        )
        return replace(
            self.entry,
            name_zh=self.name_zh.text(),
            name_en=self.name_en.text(),
            latin=self.latin.text(),
            kind=self.kind.currentData(),
            crops=crops,
            symptoms_zh=self.symptoms_zh.toPlainText().strip(),
            symptoms_en=self.symptoms_en.toPlainText().strip(),
            prevention_zh=self.prevention_zh.toPlainText().strip(),
            prevention_en=self.prevention_en.toPlainText().strip(),
            treatments=tuple(self.treatments),
            sources=self._sources(),
        )

    def save(self) -> None:
        for label in (*self.errors.values(), self.products_error, self.failure):
            label.hide()
        catalogue, entry = self.services.catalogue, self.edited_entry()
        self.tasks.run(lambda: catalogue.save(entry), self._saved, write=True)

    def _saved(self, entry_id: str | None, error: BaseException | None) -> None:
        if isinstance(error, ValidationError):
            product_errors = []
            for e in error.errors:
                if e.field.startswith("treatments."):
                    number = int(e.field.split(".")[1]) + 1
                    product_errors.append(
                        self.tr("Product %1: %2")
                        .replace("%1", str(number))
                        .replace("%2", problem_text(e))
                    )
                    continue
                label = self.errors.get(e.field, self.errors["name_zh"])
                label.setText(problem_text(e))
                label.show()
            if product_errors:
                self.products_error.setText("\n".join(product_errors))
                self.products_error.show()
            self.tabs.setCurrentIndex(
                1 if product_errors and len(product_errors) == len(error.errors) else 0
            )
            return
        if error is not None or entry_id is None:
            self.failure.setText(
                self.tr("The entry could not be saved: %1").replace("%1", str(error))
            )
            self.failure.show()
            return
        self.saved_id = entry_id
        self.accept()

    def restore(self) -> None:
        catalogue, entry_id = self.services.catalogue, self.entry.id
        self.tasks.run(lambda: catalogue.restore_shipped(entry_id), self._done, write=True)

    def remove(self) -> None:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Take “%1” out of the catalogue? Visits that named it keep their diagnosis."
            ).replace("%1", self.entry.name_zh),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        catalogue, entry_id = self.services.catalogue, self.entry.id
        self.removed = True
        self.tasks.run(lambda: catalogue.remove(entry_id), self._done, write=True)

    def _done(self, _result: object, error: BaseException | None) -> None:
        if error is not None:
            self.removed = False
            self.failure.setText(
                self.tr("The entry could not be saved: %1").replace("%1", str(error))
            )
            self.failure.show()
            return
        self.accept()
