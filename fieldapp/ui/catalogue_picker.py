"""Choosing a diagnosis from the pest and disease catalogue: entries for the plot's crop
first, a search over names, Latin names and symptoms, and everything an entry says
(symptoms, products with their dose ranges, prevention, sources) beside the list.
The coop adds and changes entries from here too."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.catalogue import PestEntry, PestKind
from fieldapp.domain.treatments import format_dose
from fieldapp.services.bundle import Services
from fieldapp.tasks import Tasks

from . import style
from .i18n import english
from .treatment_plan import unit_text


def kind_text(kind: str) -> str:
    return {
        PestKind.INSECT: QCoreApplication.translate("Catalogue", "Insect"),
        PestKind.MITE: QCoreApplication.translate("Catalogue", "Mite"),
        PestKind.DISEASE: QCoreApplication.translate("Catalogue", "Disease"),
        PestKind.NEMATODE: QCoreApplication.translate("Catalogue", "Nematode"),
        PestKind.DISORDER: QCoreApplication.translate("Catalogue", "Disorder"),
    }.get(kind, kind)


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _para(text: str, bold: bool = False) -> str:
    return f"<p><b>{escape(text)}</b></p>" if bold else f"<p>{escape(text)}</p>"


def _products_html(entry: PestEntry, en: bool) -> str:
    items = []
    for item in entry.treatments:
        product = (item.product_en or item.product_zh) if en else item.product_zh
        timing = (item.timing_en or item.timing_zh) if en else item.timing_zh
        days = item.phi_days  # a plain name: lupdate skips a call whose n is an attribute
        interval = QCoreApplication.translate("Catalogue", ", safe interval %n day(s)", "", days)
        dose = (
            QCoreApplication.translate("Catalogue", "%1–%2 %3 per mu, %4 l water")
            .replace("%1", format_dose(item.dose_min_milli))
            .replace("%2", format_dose(item.dose_max_milli))
            .replace("%3", unit_text(item.unit))
            .replace("%4", str(item.water_l))
        ) + interval
        items.append(f"<li><b>{escape(product)}</b><br>{escape(dose)}<br>{escape(timing)}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _sources_html(entry: PestEntry) -> str:
    items = []
    for source in entry.sources:
        text = " · ".join(x for x in (source.title, source.publisher, source.year) if x)
        link = f' <a href="{escape(source.url)}">{escape(source.url)}</a>' if source.url else ""
        items.append(f"<li>{escape(text)}{link}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def entry_html(entry: PestEntry, en: bool) -> str:
    """The whole entry as the details pane shows it."""
    parts = [
        f"<h2>{escape(entry.name(en))}</h2>",
        f"<p><i>{escape(entry.latin)}</i> · {escape(kind_text(entry.kind))} · "
        f"{escape('、'.join(entry.crops))}</p>",
    ]
    if entry.edited:
        note = QCoreApplication.translate("Catalogue", "Changed by the cooperative.")
        parts.append(_para(note, bold=True))
    elif not entry.shipped:
        note = QCoreApplication.translate("Catalogue", "Added by the cooperative.")
        parts.append(_para(note, bold=True))
    parts.append(_heading(QCoreApplication.translate("Catalogue", "Symptoms")))
    parts.append(_para(entry.symptoms(en)))
    parts.append(_heading(QCoreApplication.translate("Catalogue", "Products")))
    if entry.treatments:
        parts.append(_products_html(entry, en))
        label = QCoreApplication.translate(
            "Catalogue", "Check the dose and the safe interval on the product's label."
        )
        parts.append(_para(label, bold=True))
    else:
        none = QCoreApplication.translate("Catalogue", "No product is recommended for this.")
        parts.append(_para(none))
    if entry.prevention(en):
        parts.append(_heading(QCoreApplication.translate("Catalogue", "Prevention")))
        parts.append(_para(entry.prevention(en)))
    if entry.sources:
        parts.append(_heading(QCoreApplication.translate("Catalogue", "Sources")))
        parts.append(_sources_html(entry))
    return "".join(parts)


class CataloguePicker(QDialog):
    """`chosen` holds the entry picked with "Use this diagnosis"."""

    def __init__(
        self,
        services: Services,
        tasks: Tasks,
        crop: str = "",
        current_id: str = "",
        parent: QWidget | None = None,
        browse: bool = False,  # looking and editing, not choosing for a visit
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.english = english()
        self.current_id = current_id
        self.entries: list[PestEntry] = []
        self.chosen: PestEntry | None = None
        self.setWindowTitle(self.tr("Pest and disease catalogue"))
        self.setMinimumSize(1000, 620)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, a Latin name or a symptom"))
        style.set_point_size(self.search, style.SEARCH_POINT_SIZE)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda *_: self.reload())
        self.crop = QComboBox()
        self.crop.addItem(self.tr("All crops"), "")
        for place in services.places.crops():
            self.crop.addItem(place.name, place.name)
        self.crop.setCurrentIndex(max(0, self.crop.findData(crop)))
        self.crop.currentIndexChanged.connect(lambda *_: self.reload())
        self.list = QListWidget()
        style.set_point_size(self.list, 13)
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self.show_entry)
        self.list.itemActivated.connect(lambda *_: self.use())
        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(False)
        self.empty = QLabel()
        style.set_role(self.empty, "hint")
        self.empty.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use this diagnosis"))
        self.use_button.setDefault(True)
        self.new_button = QPushButton(self.tr("New entry…"))
        self.edit_button = QPushButton(self.tr("Change entry…"))
        cancel = QPushButton(self.tr("Close") if browse else self.tr("Cancel"))
        self.use_button.clicked.connect(self.use)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.current()))
        cancel.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.crop, 1)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.list, 1)
        left_box.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.details)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.use_button)
        for button in (self.use_button, self.new_button, self.edit_button, cancel):
            button.setMinimumHeight(40)
        self.use_button.setVisible(not browse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.search.setFocus()
        self.reload()

    def reload(self) -> None:
        catalogue = self.services.catalogue
        crop, words = self.crop.currentData() or "", self.search.text()
        self.tasks.run(lambda: catalogue.entries(crop=crop, words=words), self._loaded)

    def _loaded(self, entries: list[PestEntry] | None, error: BaseException | None) -> None:
        self.list.clear()
        self.entries = entries or []
        crop = self.crop.currentData() or ""
        for entry in self.entries:
            other_crop = bool(crop) and crop not in entry.crops
            item = QListWidgetItem(
                f"{entry.name(self.english)}   {'、'.join(entry.crops)}"
                + ("  *" if entry.edited or not entry.shipped else "")
            )
            if other_crop:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
        if error is not None:
            self.empty.setText(
                self.tr("The catalogue could not be read: %1").replace("%1", str(error))
            )
        elif not self.entries:
            self.empty.setText(self.tr("Nothing in the catalogue matches. Try fewer words."))
        self.empty.setVisible(error is not None or not self.entries)
        ids = [e.id for e in self.entries]
        self.list.setCurrentRow(ids.index(self.current_id) if self.current_id in ids else 0)
        self.use_button.setEnabled(bool(self.entries) and self.use_button.isVisibleTo(self))
        self.edit_button.setEnabled(bool(self.entries))
        if not self.entries:
            self.details.clear()

    def current(self) -> PestEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def show_entry(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.details.setHtml(entry_html(self.entries[row], self.english))

    def use(self) -> None:
        self.chosen = self.current()
        if self.chosen is not None:
            self.accept()

    def edit(self, entry: PestEntry | None) -> None:
        from .catalogue_entry import CatalogueEntryEditor

        editor = CatalogueEntryEditor(self.services, self.tasks, entry, self)
        self.editor = editor  # tests answer it
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.current_id = editor.saved_id
            self.reload()
            if editor.removed:
                QMessageBox.information(
                    self, self.windowTitle(), self.tr("The entry is no longer in the list.")
                )
