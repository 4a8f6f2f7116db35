"""`fieldapp smoke-test OUT`: prove a build works on this machine, without a person.

Run by packaging/smoke.py against the packaged program (and by the tests against
the checkout). It uses the real services on the data folder given with
--data-dir (a fresh one: it writes a grower and a receipt): the migrations, the
signing key, a receipt PDF in the bundled Chinese font, the pest catalogue, the
translations, then the main window offscreen, painted into OUT/main_window.png.
Each check is one line on stdout and one entry in OUT/smoke.json; the exit code
is 0 only if every check passed. What a missing file in a bundle looks like is
an exception, so each check catches everything and reports it instead of stopping.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from fieldapp import __version__, logs, paths

GROWER_NAME = "张三丰"
STATION_CLERK = "李会计"


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


class Smoke:
    def __init__(self, data_dir: Path, out: Path, settings_file: Path) -> None:
        self.data_dir = data_dir
        self.out = out
        self.settings_file = settings_file
        self.checks: list[Check] = []
        self.db: object | None = None
        self.services: object | None = None
        self.grower_id = ""

    def check(self, name: str, step: Callable[[], str]) -> bool:
        """Run one step; its return value is the detail shown, an exception a failure."""
        try:
            detail = step()
        except Exception:
            self.checks.append(Check(name, False, traceback.format_exc(limit=6)))
            print(f"FAIL {name}\n{self.checks[-1].detail}", flush=True)
            return False
        self.checks.append(Check(name, True, detail))
        print(f"ok   {name}: {detail}", flush=True)
        return True

    # -- the steps ---------------------------------------------------------------------

    def database(self) -> str:
        from fieldapp.services.bundle import Services
        from fieldapp.services.setup import open_database, schema_version
        from fieldapp.storage.migrations import available

        db = open_database(self.data_dir / "fieldapp.db")
        self.db = db
        self.services = Services.over(db)
        found, known = schema_version(db), len(available())
        assert found == known, f"schema {found}, expected {known}"
        return f"schema {found} from {paths.MIGRATIONS}"

    def grower(self) -> str:
        from fieldapp.domain.growers import GrowerData

        services = self._services()
        self.grower_id = services.registry.save(GrowerData(name=GROWER_NAME, phone="13800138000"))
        saved = services.registry.get(self.grower_id)
        assert saved is not None and saved.data.name == GROWER_NAME, saved
        return f"{saved.data.name} card {saved.card_no}"

    def receipt(self) -> str:
        from fieldapp.documents.fonts import cjk_font
        from fieldapp.domain.pricing import LotInput, TareMethod
        from fieldapp.domain.receipts import ReceiptCheck
        from fieldapp.services.purchases import Station

        services = self._services()
        purchases = services.purchases
        crop = next(p.id for p in services.places.crops() if p.name == "玉米")
        rule = purchases.save_rule(crop, "一等", 235)
        lot = purchases.price(rule, LotInput(gross_g=1_000_000, tare_method=TareMethod.NONE))
        entry = purchases.record(
            Station("烟雾测试合作社", "ST", STATION_CLERK), self.grower_id, [lot]
        )
        pdf = purchases.receipt_pdf(entry.id)
        target = self.out / "receipt.pdf"
        target.write_bytes(pdf)
        check, _ = purchases.verify_pdf(pdf)
        assert check == ReceiptCheck.GENUINE, check
        font = cjk_font().path
        if getattr(sys, "frozen", False):
            # A build must carry its own font: the laptop may have none.
            assert paths.RESOURCES in font.parents, f"font from outside the bundle: {font}"
        return f"{entry.signed.receipt.number}, {len(pdf)} bytes, font {font.name}"

    def catalogue(self) -> str:
        entries = self._services().catalogue.entries()
        assert entries, "the shipped pest catalogue is empty"
        return f"{len(entries)} entries"

    def qt(self) -> str:
        from PySide6.QtGui import QImageReader
        from PySide6.QtPrintSupport import QPrinter
        from PySide6.QtWidgets import QApplication

        from fieldapp.app import packaged_ui_font
        from fieldapp.ui import i18n

        app = QApplication.instance() or QApplication(sys.argv)
        packaged_ui_font()
        if getattr(sys, "frozen", False) and sys.platform != "win32":
            from PySide6.QtGui import QFontDatabase

            # Windows draw Chinese with the bundled font when the laptop has none.
            assert "WenQuanYi Micro Hei" in QFontDatabase.families(), "bundled UI font"
        self.translators = i18n.install(app, "zh_CN")
        words = QApplication.translate("MainWindow", "Growers")
        assert words != "Growers", "FieldApp's Chinese translation did not load"
        assert len(self.translators) == 2, "Qt's own Chinese strings (qtbase_zh_CN) did not load"
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        assert "jpg" in formats, f"no JPEG image plugin: {sorted(formats)}"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        assert printer.resolution() > 0
        return f"platform {app.platformName()}, 'Growers' = {words}, images {sorted(formats)}"

    def main_window(self) -> str:
        from PySide6.QtWidgets import QApplication

        from fieldapp.settings import Settings
        from fieldapp.tasks import Tasks
        from fieldapp.ui.main_window import MainWindow

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        tasks = Tasks(app)
        window = MainWindow(self._services(), tasks, Settings(self.settings_file))
        try:
            window.show()
            for _ in range(20):  # the grower list fills from a worker
                app.processEvents()
                tasks.wait()
            app.processEvents()
            image = window.grab()
            target = self.out / "main_window.png"
            assert image.save(str(target)), f"could not write {target}"
            assert image.width() > 0 and image.height() > 0
        finally:
            window.close()
            tasks.wait()
        return f"painted {image.width()}x{image.height()} into {target.name}"

    def close(self) -> None:
        if self.services is not None:
            self.services.close()  # type: ignore[attr-defined]

    def _services(self):  # noqa: ANN202 - Services, imported late to keep start-up light
        assert self.services is not None, "the database did not open"
        return self.services

    def report(self) -> int:
        ok = all(c.ok for c in self.checks)
        summary = {
            "version": __version__,
            "frozen": bool(getattr(sys, "frozen", False)),
            "ok": ok,
            "checks": [asdict(c) for c in self.checks],
        }
        (self.out / "smoke.json").write_text(
            json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        print("smoke test " + ("passed" if ok else "FAILED"), flush=True)
        return 0 if ok else 1


def run(data_dir: Path, out: Path, settings_file: Path | None = None) -> int:
    # No screen needed: CI and an installer's check run without one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    log_path = logs.setup(data_dir)
    smoke = Smoke(data_dir, out, settings_file or data_dir / "smoke-settings.ini")
    try:
        if smoke.check("database", smoke.database):
            smoke.check("grower", smoke.grower)
            smoke.check("receipt", smoke.receipt)
            smoke.check("catalogue", smoke.catalogue)
        if smoke.check("qt", smoke.qt) and smoke.services is not None:
            smoke.check("main window", smoke.main_window)
        smoke.check("log file", lambda: f"{log_path} ({log_path.stat().st_size} bytes)")
    finally:
        smoke.close()
        logs.shutdown()
    return smoke.report()
