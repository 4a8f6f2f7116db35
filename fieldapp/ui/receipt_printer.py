"""Putting receipt PDFs on paper: the printer chosen once and remembered, copies, and
saving as PDF.

Qt cannot draw a PDF without QtPdf, which lives in the 400 MB Addons wheel; PDFium
(pypdfium2) renders each page at the printer's own resolution instead, so thermal
printers get sharp 203 dpi text and the QR code stays readable.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldapp import settings as keys
from fieldapp.settings import Settings

POINTS_PER_INCH = 72


def page_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi`."""
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes()
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: `data` goes away
            page.close()
    finally:
        document.close()
    return images


def page_sizes_pt(pdf: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [tuple(page.get_size()) for page in document]  # type: ignore[misc]
    finally:
        document.close()


def paint_pdf(printer: QPrinter, pdf: bytes) -> None:
    """Print every page at its own size (a thermal receipt is one long page)."""
    sizes = page_sizes_pt(pdf)
    if not sizes:
        return
    # Thermal printers are 203 dpi, office lasers 600; a 1200 dpi bitmap of a long roll
    # only costs time.
    dpi = min(max(printer.resolution(), 150), 600)
    images = page_images(pdf, dpi)

    def layout(width_pt: float, height_pt: float) -> QPageLayout:
        size = QPageSize(
            QSizeF(width_pt, height_pt),
            QPageSize.Unit.Point,
            "",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
        return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))

    printer.setFullPage(True)
    printer.setPageLayout(layout(*sizes[0]))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for index, image in enumerate(images):
            if index:
                printer.setPageLayout(layout(*sizes[index]))
                printer.newPage()
            target = painter.viewport()
            painter.drawImage(target, image)
    finally:
        painter.end()


class ReceiptPrinter:
    """Prints to the remembered printer without asking, once one has been chosen."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        self.settings = settings
        self.parent = parent

    def choose_printer(self, printer: QPrinter, ask: bool, remember: bool = True) -> bool:
        name = self.settings.get(keys.RECEIPT_PRINTER)
        if name and not ask and name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
            return True
        dialog = QPrintDialog(printer, self.parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        if remember and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            self.settings.set(keys.RECEIPT_PRINTER, printer.printerName())
        return True

    def print_pdf(
        self,
        pdf: bytes,
        title: str,
        ask: bool = False,
        copies: int | None = None,
        remember: bool = True,
    ) -> bool:
        """False when the user cancelled the print dialog. `remember`: the printer chosen
        becomes the receipt printer (not for A4 reports)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        ask = ask or self.settings.get(keys.RECEIPT_ASK_PRINTER)
        if not self.choose_printer(printer, ask, remember):
            return False
        printer.setCopyCount(copies or max(1, self.settings.get(keys.RECEIPT_COPIES)))
        paint_pdf(printer, pdf)
        return True

    def save_pdf(self, pdf: bytes, suggested_name: str) -> Path | None:
        folder = self.settings.get(keys.LAST_EXPORT_DIR)
        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("ReceiptPrinter", "Save as PDF"),
            str(Path(folder) / suggested_name) if folder else suggested_name,
            "PDF (*.pdf)",
        )
        if not path:
            return None
        target = Path(path).with_suffix(".pdf")
        target.write_bytes(pdf)
        self.settings.set(keys.LAST_EXPORT_DIR, str(target.parent))
        return target
