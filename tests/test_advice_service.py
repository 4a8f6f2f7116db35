"""The advice sheet made from a saved visit: the grower, the plot, the catalogue's Latin
name and prevention, the plan, the photos chosen, and the dialog that prints it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from PySide6.QtCore import Qt

from fieldapp import settings as keys
from fieldapp.domain.growers import GrowerData, PlotInput
from fieldapp.domain.photo_marks import MarkKind, PhotoMark
from fieldapp.domain.treatments import TreatmentLine
from fieldapp.domain.visits import Severity, VisitData, VisitKind
from fieldapp.services.advice import AdviceOptions, photo_caption
from fieldapp.services.bundle import Services
from fieldapp.services.catalogue import CatalogueService
from fieldapp.ui.advice_dialog import AdviceDialog
from tests.test_catalogue import APHID, BLAST, write_catalogue


def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def photos_in(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        image = Image.new("RGB", (800, 600), (60 + 30 * n, 140, 60))
        exif = Image.Exif()
        exif.get_ifd(0x8769)[0x9003] = f"2026:07:1{n} 09:3{n}:00"
        path = folder / f"IMG_{n}.jpg"
        image.save(path, quality=85, exif=exif)
        paths.append(path)
    return paths


@pytest.fixture
def services(db, tmp_path) -> Services:
    bundle = Services(db)
    bundle.__dict__["catalogue"] = CatalogueService(db, write_catalogue(tmp_path, BLAST, APHID))
    return bundle


@pytest.fixture
def visit_id(services, village, tmp_path) -> str:
    township, village_id = village
    grower = services.registry.save(
        GrowerData(name="王建国", township_id=township, village_id=village_id)
    )
    crops = {c.name: c.id for c in services.places.crops()}
    plot = services.registry.save_plot(
        grower, PlotInput(name="河边水田", area_mu="2.5", crop_id=crops["水稻"])
    )
    visit = services.visits.save(
        VisitData(
            grower_id=grower,
            plot_id=plot,
            visited_on=dt.date.today().isoformat(),
            technician="张技术员",
            kind=VisitKind.REMOTE,
            symptoms="叶片上有梭形病斑",
            diagnosis="稻瘟病",
            pest_id="rice-blast",
            severity=Severity.MODERATE,
            affected_percent=30,
            treatment_lines=(TreatmentLine("75%三环唑可湿性粉剂", dose_milli=20_000, phi_days=21),),
        )
    )
    services.photos.import_into_visit(visit, photos_in(tmp_path / "DCIM", 4))
    return visit


def test_the_sheet_gathers_the_visit_the_plot_and_the_catalogue(services, visit_id):
    sheet = services.advice.sheet(visit_id, AdviceOptions(technician_phone="138 0000 1234"))
    assert sheet.grower_name == "王建国"
    assert sheet.place == "龙泉镇 · 石桥村"
    assert sheet.plot == "河边水田 · 水稻 · 2.5 亩"
    assert sheet.diagnosis_latin == "Magnaporthe oryzae"
    assert sheet.prevention == "选用抗病品种，合理施用氮肥。"
    assert sheet.severity == "中度 · 约 30% 的田块"
    assert sheet.remote
    assert len(sheet.photos) == 3  # the first three of four
    assert sheet.photos[0].caption.startswith("2026-07-10 09:30")
    assert sheet.reference == visit_id[-8:]


def test_the_chosen_photos_come_with_their_marks(services, visit_id):
    rows = services.photos.of_visit(visit_id)
    services.photos.add_mark(rows[3].id, PhotoMark(MarkKind.BOX, 100, 100, 4000, 4000, "病斑"))
    sheet = services.advice.sheet(visit_id, AdviceOptions(photo_ids=(rows[3].id, rows[0].id)))
    assert [p.caption for p in sheet.photos] == [photo_caption(rows[3]), photo_caption(rows[0])]
    assert [m.label for m in sheet.photos[0].marks] == ["病斑"]
    assert sheet.photos[0].image.startswith(b"\xff\xd8")  # the upright preview, a JPEG


def test_the_pdf_says_it_in_chinese_or_in_english(services, visit_id):
    text = pdf_text(services.advice.pdf(visit_id, AdviceOptions(technician_phone="13800001234")))
    # The phone is printed in groups a grower can read out: 138 0000 1234.
    for expected in ("王建国", "稻瘟病", "75%三环唑可湿性粉剂", "安全间隔期", "138 0000 1234"):
        assert expected in text
    english = pdf_text(services.advice.pdf(visit_id, AdviceOptions(english=True, paper="a5")))
    assert "Magnaporthe oryzae" in english and "moderate" in english


def test_an_unknown_visit_is_said_plainly(services):
    with pytest.raises(KeyError):
        services.advice.sheet("no-such-visit", AdviceOptions())


def test_the_dialog_previews_and_keeps_to_three_photos(qtbot, services, tasks, settings, visit_id):
    settings.set(keys.TECHNICIAN_PHONE, "13800001234")
    dialog = AdviceDialog(services, tasks, settings, visit_id)
    qtbot.addWidget(dialog)
    assert dialog.photos.count() == 4
    assert len(dialog.chosen_photos()) == 3
    assert dialog.pdf.startswith(b"%PDF") and dialog.print_button.isEnabled()
    assert "138 0000 1234" in pdf_text(dialog.pdf)
    dialog.photos.item(3).setCheckState(Qt.CheckState.Checked)
    assert len(dialog.chosen_photos()) == 3  # the fourth was refused
    dialog.photos.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert len(dialog.chosen_photos()) == 2
    dialog.paper.setCurrentIndex(dialog.paper.findData("a5"))
    assert settings.get(keys.ADVICE_PAPER) == "a5"
    width, _ = pdfium.PdfDocument(dialog.pdf)[0].get_size()
    assert round(width) == 420  # A5 is 148 mm wide
