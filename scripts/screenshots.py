"""Screenshots of every screen in a real window, for people to look at (./dev shots).

Runs the real program on a fresh data folder with generated growers, under the
X server `./dev shots` starts (Xvfb), and writes PNGs into build/shots/<language>/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fieldapp import settings as keys  # noqa: E402
from fieldapp.domain.cards import encode_card  # noqa: E402
from fieldapp.domain.catalogue import proposed_plan  # noqa: E402
from fieldapp.domain.photo_marks import MarkKind, PhotoMark  # noqa: E402
from fieldapp.domain.visits import VisitData  # noqa: E402
from fieldapp.services.bundle import Services  # noqa: E402
from fieldapp.services.demo_data import add_demo_visits, fill  # noqa: E402
from fieldapp.services.registry import ListFilter  # noqa: E402
from fieldapp.services.setup import open_database  # noqa: E402
from fieldapp.settings import Settings  # noqa: E402
from fieldapp.tasks import Tasks  # noqa: E402
from fieldapp.ui import i18n, style  # noqa: E402
from fieldapp.ui.advice_dialog import AdviceDialog  # noqa: E402
from fieldapp.ui.catalogue_picker import CataloguePicker  # noqa: E402
from fieldapp.ui.main_window import (  # noqa: E402
    OUTBREAKS,
    SETTINGS,
    VISITS,
    WEIGHING,
    MainWindow,
)
from fieldapp.ui.treatment_plan import TreatmentLineDialog  # noqa: E402


def grab(out: Path, name: str) -> None:
    screen = QApplication.primaryScreen()
    screen.grabWindow(0).save(str(out / f"{name}.png"))
    print("wrote", out / f"{name}.png")


def top_dialog() -> QWidget | None:
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and w.isModal():
            return w
    return None


def write_member_sheet(path: Path) -> None:
    """A member list the way a coop keeps it: a title row, merged cells, typing mistakes."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["绿源柑橘专业合作社社员花名册（2024年）"])
    sheet.merge_cells("A1:H1")
    sheet.append(
        ["序号", "户主姓名", "性别", "身份证号码", "联系电话", "乡镇", "村委会", "入社时间"]
    )
    rows = [
        (1, "张建国", "男", "530424195805162154", "13887654321", "龙泉镇", "石桥村", "2019/3/1"),
        (
            2,
            "李秀英",
            "女",
            "53042419620312232X",
            "15912345678",
            "龙泉镇",
            "石桥村",
            "2019年3月1日",
        ),
        (3, "王  强", "男", "530424197001011235", "1388765432", "龙泉镇", "大坪子村", "2020.5.6"),
        (4, "曾凡华", "男", 5.30424198001011e17, 13698765432.0, "龙泉镇", "大坪子村", "2021-01-15"),
        (5, "单丽", "女", "530424199002022228", "+86 139 0000 1111", "石屏镇", "新发村", ""),
        (6, "阿依古丽·买买提", "女", "653101198803034567", "18099990000", "石屏镇", "新发村", ""),
        (7, "李秀英", "女", "53042419620312232X", "15912345678", "龙泉镇", "石桥村", ""),
        (8, "", "", "", "", "", "", ""),
        (9, "赵六", "男", "530424198513132222", "17700001111", "龙泉镇", "石桥村", "2025-12-01"),
    ]
    for row in rows:
        sheet.append(list(row))
    book.save(path)


def field_photos(folder: Path, count: int = 7) -> list[Path]:
    """Phone-like JPEGs of green leaves with brown spots, with time and GPS in EXIF."""
    import random

    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(3)
    paths = []
    for n in range(count):
        image = Image.new("RGB", (1600, 1200), (70 + 10 * n, 130, 60))
        draw = ImageDraw.Draw(image)
        for _ in range(40):
            x, y, r = rnd.randrange(1600), rnd.randrange(1200), rnd.randrange(10, 45)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(120, 80, 40), outline=(200, 190, 150))
        exif = Image.Exif()
        exif.get_ifd(0x8769)[0x9003] = f"2026:06:0{n % 9 + 1} 09:1{n}:00"
        path = folder / f"IMG_{n:04d}.jpg"
        image.save(path, quality=85, exif=exif)
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="zh_CN")
    parser.add_argument("--growers", type=int, default=3000)
    args = parser.parse_args()
    out = ROOT / "build" / "shots" / args.language
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    fill(tmp / "fieldapp.db", growers=args.growers, seed=7)
    empty_db = open_database(tmp / "empty" / "fieldapp.db")

    app = QApplication(sys.argv)
    settings = Settings(tmp / "settings.ini")
    settings.set(keys.LANGUAGE, args.language)
    settings.set(keys.COOP_NAME, "石屏县绿源柑橘专业合作社")
    translators = i18n.install(app, args.language)  # noqa: F841
    style.apply(app)
    tasks = Tasks(app)
    services = Services.over(open_database(tmp / "fieldapp.db"))
    window = MainWindow(services, tasks, settings)
    window.resize(1400, 860)
    window.move(20, 20)
    window.show()

    steps: list[tuple[int, Callable[[], None]]] = []

    def step(delay: int) -> Callable[[Callable[[], None]], Callable[[], None]]:
        def add(fn: Callable[[], None]) -> Callable[[], None]:
            steps.append((delay, fn))
            return fn

        return add

    @step(800)
    def grower_list() -> None:
        grab(out, "01_grower_list")
        window.growers.search.setText("zh")

    @step(600)
    def search_pinyin() -> None:
        grab(out, "02_search_pinyin")
        window.growers.search.setText("")
        window.growers.table.selectRow(3)
        window.growers.edit_current()

    @step(700)
    def editor() -> None:
        grab(out, "03_grower_editor")
        dialog = window.editor
        assert dialog is not None
        dialog.tabs.setCurrentIndex(1)

    @step(500)
    def plots() -> None:
        grab(out, "04_grower_plots")
        window.editor.close()
        window.open_grower("")

    @step(600)
    def new_with_errors() -> None:
        dialog = window.editor
        dialog.name.setText("张三1")
        dialog.id_number.setText("530102198507121234")
        dialog.phone.setText("1380013800")
        dialog.save()

    @step(500)
    def errors_shot() -> None:
        grab(out, "05_editor_errors")
        window.editor.close()
        window.navigation.setCurrentRow(SETTINGS)

    @step(500)
    def settings_page() -> None:
        grab(out, "06_settings")
        settings.set(keys.CLERK, "李秀英")
        settings.set(keys.COOP_CODE, "LY")
        window.navigation.setCurrentRow(WEIGHING)
        page = window.weighing_page
        assert page is not None
        # No print dialog in screenshots: receipts go to files instead.
        page.printer.print_pdf = lambda pdf, title, **_: (out / f"{title}.pdf").write_bytes(pdf)
        grower = services.registry.get(
            services.registry.rows(services.registry.find(ListFilter(), limit=5))[2].grower_id
        )
        page.station.scan.setText(encode_card(grower.card_no, grower.id))
        page.station.find_grower()

    @step(4500)
    def station_first_lot() -> None:
        station = window.weighing_page.station
        station.take_gross()
        station.container_count.setValue(12)
        station.container.setCurrentIndex(
            station.container.findText("编织袋", Qt.MatchFlag.MatchStartsWith)
        )
        station.moisture.setText("16.5")
        station.impurity.setText("1.2")
        station.add_lot()
        station.grade.setCurrentIndex(1)

    @step(4500)
    def station_second_lot() -> None:
        station = window.weighing_page.station
        station.take_gross()
        station.moisture.setText("15.0")

    @step(400)
    def station_shot() -> None:
        grab(out, "10_station")
        window.weighing_page.station.add_lot()
        window.weighing_page.station.save()

    @step(1200)
    def receipts_tab() -> None:
        page = window.weighing_page
        page.tabs.setCurrentWidget(page.receipts)

    @step(800)
    def receipts_shot() -> None:
        grab(out, "11_receipts")
        page = window.weighing_page
        page.tabs.setCurrentWidget(page.station)
        from fieldapp.ui.station_settings import StationSettingsDialog

        dialog = StationSettingsDialog(
            settings, [("COM3", "USB-SERIAL CH340 (COM3)")], window, tasks
        )
        window.station_settings = dialog  # type: ignore[attr-defined]
        dialog.open()

    @step(500)
    def station_settings() -> None:
        grab(out, "12_station_settings")
        window.station_settings.reject()  # type: ignore[attr-defined]
        window.weighing_page.open_settlement()

    @step(1000)
    def settlement() -> None:
        grab(out, "13_settlement")
        window.weighing_page.dialog.close()
        window.weighing_page.open_rules()

    @step(800)
    def rules() -> None:
        grab(out, "14_price_rules")
        window.weighing_page.dialog.close()
        rows = services.registry.rows(services.registry.find(ListFilter(), limit=8))
        today = dt.date.today()
        visit_ids = []
        catalogue = services.catalogue
        for i, (pest_id, severity, share, symptoms) in enumerate(
            (("rice-blast", "moderate", 20, "叶片出现褐色梭形病斑，中央灰白色，田块东北角成片发生"),
             ("citrus-red-mite", "light", 5, "叶片正面有许多灰白色小点，叶背有红色小螨"),
             ("maize-asian-corn-borer", "severe", 40, "心叶有排孔，茎秆有蛀孔和虫粪"))
        ):  # fmt: skip
            entry = catalogue.get(pest_id)
            assert entry is not None, pest_id
            visit_id = services.visits.save(
                VisitData(
                    grower_id=rows[i].grower_id,
                    visited_on=(today - dt.timedelta(days=i * 3)).isoformat(),
                    technician="张技术员",
                    crop_stage="分蘖末期",
                    symptoms=symptoms,
                    diagnosis=entry.name_zh,
                    pest_id=pest_id,
                    severity=severity,
                    affected_percent=share,
                    treatment_lines=proposed_plan(entry),
                    treatment="先喷发病重的东北角，再喷全田；7 天后再喷一次",
                    follow_up_on=(today + dt.timedelta(days=4 - i * 3)).isoformat(),
                )
            )
            visit_ids.append(visit_id)
        services.photos.import_into_visit(visit_ids[0], field_photos(tmp / "DCIM"))
        first = services.photos.of_visit(visit_ids[0])[0].id
        services.photos.add_mark(first, PhotoMark(MarkKind.BOX, 3200, 2800, 5600, 5200, "病斑"))
        services.photos.add_mark(
            first, PhotoMark(MarkKind.ARROW, 1200, 7800, 3000, 5600, "灰白中心")
        )
        settings.set(keys.TECHNICIAN_PHONE, "13812345678")
        window.check_follow_ups()
        window.navigation.setCurrentRow(VISITS)

    @step(600)
    def visits() -> None:
        grab(out, "07_visits")
        window.visits_page.tables[0].selectRow(0)
        window.visits_page.open_current()

    @step(600)
    def visit_editor() -> None:
        grab(out, "07b_visit_editor")
        editor = window.visit_editor
        picker = CataloguePicker(services, tasks, editor.crop(), editor.pest_id, editor)
        picker.show()
        editor.picker = picker

    @step(700)
    def catalogue_picker() -> None:
        grab(out, "07f_catalogue")
        editor = window.visit_editor
        editor.picker.close()
        line = editor.plan.lines[0]
        dialog = TreatmentLineDialog(line, editor.plan.tank_l, editor)
        dialog.dose.setText("40")
        dialog.show()
        editor.line_dialog = dialog

    @step(500)
    def dose_check() -> None:
        grab(out, "07g_dose_outside_range")
        editor = window.visit_editor
        editor.line_dialog.close()
        editor.photo_grid.setCurrentRow(0)
        editor.view_photo()

    @step(900)
    def photo_viewer() -> None:
        grab(out, "07c_photo_viewer")
        editor = window.visit_editor
        editor.viewer.close()
        dialog = AdviceDialog(services, tasks, settings, editor.visit_id, editor)
        dialog.show()
        editor.advice = dialog

    @step(1500)
    def advice() -> None:
        grab(out, "07h_advice_sheet")
        (out / "07i_advice_sheet.pdf").write_bytes(window.visit_editor.advice.pdf)
        window.visit_editor.advice.close()
        window.visit_editor.close()
        # Eight weeks of visits, one pest moving from township to township.
        add_demo_visits(services.db, count=150, weeks=8, seed=7)
        window.check_follow_ups()
        window.navigation.setCurrentRow(OUTBREAKS)

    @step(900)
    def outbreaks() -> None:
        grab(out, "07d_outbreaks")
        page = window.outbreak_page
        assert page is not None
        page.pest.setCurrentIndex(1)  # the pest with most cases
        page.choose_township(page.data.townships[2])
        page.weeks.setCurrentIndex(page.weeks.findData(12))

    @step(500)
    def outbreaks_filtered() -> None:
        grab(out, "07e_outbreaks_filtered")
        window.hide()
        empty = MainWindow(Services.over(empty_db), tasks, settings)
        empty.resize(1400, 860)
        empty.move(20, 20)
        empty.navigation.setCurrentRow(0)
        empty.show()
        window.empty_window = empty  # type: ignore[attr-defined]

    @step(700)
    def empty_state() -> None:
        grab(out, "08_empty_registry")
        sheet = tmp / "社员花名册.xlsx"
        write_member_sheet(sheet)
        empty = window.empty_window  # type: ignore[attr-defined]
        empty.import_sheet()
        empty.import_dialog.load_file(sheet)

    @step(1500)
    def import_preview() -> None:
        grab(out, "09_import_preview")
        empty = window.empty_window  # type: ignore[attr-defined]
        empty.import_dialog.close()
        empty.navigation.setCurrentRow(OUTBREAKS)

    @step(700)
    def outbreaks_empty() -> None:
        grab(out, "09b_outbreaks_empty")

    def run(index: int = 0) -> None:
        if index >= len(steps):
            app.quit()
            return
        delay, fn = steps[index]

        def go() -> None:
            try:
                fn()
            except Exception:
                traceback.print_exc()
                app.exit(1)
                return
            run(index + 1)

        QTimer.singleShot(delay, go)

    run()
    code = app.exec()
    tasks.wait()
    shutil.rmtree(tmp, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
