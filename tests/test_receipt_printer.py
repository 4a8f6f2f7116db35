"""Printing PDFs through Qt: every page, at its own size (Qt's PDF printer stands in for
a real one)."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fieldapp.ui.receipt_printer import page_images, paint_pdf


def two_pages() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(80 * mm, 200 * mm))
    canvas.drawString(10, 500, "first")
    canvas.showPage()
    canvas.setPageSize((80 * mm, 120 * mm))
    canvas.rect(10, 10, 100, 100, fill=1)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_every_page_printed_at_its_size(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(203)  # a thermal printer's
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    paint_pdf(printer, two_pages())
    printed = pypdf.PdfReader(tmp_path / "out.pdf")
    sizes = [
        (round(p.mediabox.width / 72 * 25.4), round(p.mediabox.height / 72 * 25.4))
        for p in printed.pages
    ]
    assert sizes == [(80, 200), (80, 120)]


def test_pages_become_images_with_ink(qapp):
    images = page_images(two_pages(), 100)
    assert [(i.width(), i.height()) for i in images] == [(315, 788), (315, 473)]  # ceil
    second = images[1]
    assert second.pixelColor(30, second.height() - 30).lightness() < 50  # the black square
    assert second.pixelColor(second.width() - 5, 5).lightness() > 200  # paper
