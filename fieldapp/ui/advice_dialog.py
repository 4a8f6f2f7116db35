"""The advice sheet for the grower: choose the paper, the photos and the phone number,
see the pages as they will print, then print or save the PDF."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.services.advice import MAX_PHOTOS, AdviceOptions
from fieldapp.services.bundle import Services
from fieldapp.settings import Settings
from fieldapp.tasks import Tasks

from . import style
from .i18n import english
from .messages import save_failure_text
from .receipt_printer import ReceiptPrinter, page_images

PREVIEW_DPI = 60


class AdviceDialog(QDialog):
    def __init__(
        self,
        services: Services,
        tasks: Tasks,
        settings: Settings,
        visit_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.settings = settings
        self.visit_id = visit_id
        self.pdf = b""
        self.pages: list[QImage] = []
        self.setWindowTitle(self.tr("Advice sheet for the grower"))
        self.setMinimumSize(1000, 680)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("A5 (half of A4)"), "a5")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get(keys.ADVICE_PAPER))))
        self.tank = QSpinBox()
        self.tank.setRange(1, 200)
        self.tank.setSuffix(self.tr(" l"))
        self.tank.setValue(settings.get(keys.SPRAYER_TANK_L))
        self.phone = QLineEdit(settings.get(keys.TECHNICIAN_PHONE))
        self.phone.setPlaceholderText(self.tr("The number growers call with questions"))
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(96, 96))
        self.photos.setGridSize(QSize(110, 120))
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_hint = QLabel(self.tr("Tick up to three photos to print."))
        style.set_role(self.photo_hint, "hint")
        self.photo_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Sprayer tank"), self.tank)
        form.addRow(self.tr("Technician's phone"), self.phone)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Photos")))
        left.addWidget(self.photos, 1)
        left.addWidget(self.photo_hint)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.status = QLabel()
        self.status.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        scroll.setMinimumWidth(520)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        close = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.save_button, self.print_button, close):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(scroll, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.paper.currentIndexChanged.connect(lambda *_: self.render())
        self.tank.editingFinished.connect(self.render)
        self.phone.editingFinished.connect(self.render)
        self.photos.itemChanged.connect(self._photo_ticked)
        self._filling = False
        self.load_photos()

    def load_photos(self) -> None:
        photos, visit_id = self.services.photos, self.visit_id

        def read() -> list[tuple[str, QImage]]:
            return [(r.id, QImage(str(photos.thumbnail(r)))) for r in photos.of_visit(visit_id)]

        self.tasks.run(read, self._show_photos)

    def _show_photos(
        self, items: list[tuple[str, QImage]] | None, error: BaseException | None
    ) -> None:
        self._filling = True
        for index, (photo_id, image) in enumerate(items or []):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), "")
            item.setData(Qt.ItemDataRole.UserRole, photo_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = index < MAX_PHOTOS
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.photos.addItem(item)
        self._filling = False
        if not items:
            self.photo_hint.setText(self.tr("This visit has no photos; the sheet prints without."))
        self.render()

    def _photo_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        if len(self.chosen_photos()) > MAX_PHOTOS:
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked)
            self._filling = False
            self.photo_hint.setText(self.tr("At most three photos fit on the sheet."))
            return
        self.render()

    def chosen_photos(self) -> tuple[str, ...]:
        return tuple(
            str(self.photos.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.photos.count())
            if self.photos.item(i).checkState() == Qt.CheckState.Checked
        )

    def options(self) -> AdviceOptions:
        return AdviceOptions(
            paper=self.paper.currentData(),
            tank_l=self.tank.value(),
            technician_phone=" ".join(self.phone.text().split()),
            coop_name=self.settings.get(keys.COOP_NAME),
            english=english(),
            photo_ids=self.chosen_photos(),
        )

    def render(self) -> None:
        options, advice, visit_id = self.options(), self.services.advice, self.visit_id
        self.settings.set(keys.ADVICE_PAPER, options.paper)
        self.settings.set(keys.SPRAYER_TANK_L, options.tank_l)
        self.settings.set(keys.TECHNICIAN_PHONE, options.technician_phone)
        self.status.setText(self.tr("Making the sheet…"))
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

        def make() -> tuple[bytes, list[QImage]]:
            pdf = advice.pdf(visit_id, options)
            return pdf, page_images(pdf, PREVIEW_DPI)

        self.tasks.run(make, self._rendered)

    def _rendered(
        self, result: tuple[bytes, list[QImage]] | None, error: BaseException | None
    ) -> None:
        if error is not None or result is None:
            self.status.setText(
                self.tr("The sheet could not be made: %1").replace("%1", str(error))
            )
            return
        self.pdf, self.pages = result
        self.preview.setPixmap(QPixmap.fromImage(_stacked(self.pages)))
        self.status.setText(self.tr("%n page(s)", "", len(self.pages)))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def print_sheet(self) -> None:
        if self.pdf:
            printer = ReceiptPrinter(self.settings, self)
            printer.print_pdf(self.pdf, self.windowTitle(), ask=True, copies=1, remember=False)

    def save_sheet(self) -> None:
        if not self.pdf:
            return
        try:
            ReceiptPrinter(self.settings, self).save_pdf(
                self.pdf, f"advice-{self.visit_id[-8:]}.pdf"
            )
        except OSError as error:
            QMessageBox.warning(self, self.windowTitle(), save_failure_text(error))


def _stacked(pages: list[QImage]) -> QImage:
    """The pages one under the other with a grey gap, as a reader would show them."""
    gap = 12
    width = max((p.width() for p in pages), default=1)
    height = sum(p.height() for p in pages) + gap * max(0, len(pages) - 1)
    sheet = QImage(width, max(1, height), QImage.Format.Format_RGB32)
    sheet.fill(QColor("#9aa0a6"))
    painter = QPainter(sheet)
    top = 0
    for page in pages:
        painter.drawImage((width - page.width()) // 2, top, page)
        top += page.height() + gap
    painter.end()
    return sheet
