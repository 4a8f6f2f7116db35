"""Screenshots of the ledger screens (price rules, receipts, checking a receipt).

Builds a temporary database with demo rules, containers and a day of receipts (some
paid, one void), opens each screen at 1280x800 with the program's translations
loaded as the app loads them, and writes PNGs into build/shots/ledger/.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/ledger_shots.py
    ... scripts/ledger_shots.py --draft /tmp/i18n/ledger_zh.py   # untranslated strings
                                                                 # from a draft table
"""

from __future__ import annotations

import argparse
import datetime as dt
import runpy
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fieldapp.domain.growers import GrowerData  # noqa: E402
from fieldapp.domain.pricing import Band, Container, LotInput, TareMethod  # noqa: E402
from fieldapp.domain.receipts import Receipt, canonical, qr_payload  # noqa: E402
from fieldapp.domain.signing import key_id, new_private_key, public_key, sign  # noqa: E402
from fieldapp.services import purchases as purchase_module  # noqa: E402
from fieldapp.services.bundle import Services  # noqa: E402
from fieldapp.services.purchases import PaymentMethod, Station  # noqa: E402
from fieldapp.services.setup import open_database  # noqa: E402
from fieldapp.tasks import Tasks  # noqa: E402
from fieldapp.ui import i18n, style  # noqa: E402
from fieldapp.ui.receipts_page import ReceiptsPage  # noqa: E402
from fieldapp.ui.rules_dialog import RulesDialog  # noqa: E402
from fieldapp.ui.verify_dialog import VerifyDialog  # noqa: E402

WIDTH, HEIGHT = 1280, 800
STATION = Station(coop_name="石屏县绿源种植专业合作社", coop_code="LY", clerk="李会计")
GROWERS = ("王建国", "李秀英", "张德明", "刘桂芳", "陈永平", "杨玉兰", "赵家富", "阿依古丽·买买提")


class DraftTranslator(QTranslator):
    """Translations from a draft {source: translation} table, for strings the shipped
    .qm does not have yet (installed first, so it is asked last)."""

    def __init__(self, table: dict[str, str], parent: QApplication) -> None:
        super().__init__(parent)
        self.table = table

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # type: ignore[override]
        return self.table.get(source)

    def isEmpty(self) -> bool:
        return False


def build_demo(services: Services) -> dict[str, str]:
    """Rules, containers, growers and a day of receipts; returns ids the shots use."""
    purchases = services.purchases
    crops = {p.name: p.id for p in services.places.crops()}
    moisture = (Band(140, 180, 150), Band(180, None, 200))
    corn1 = purchases.save_rule(crops["玉米"], "一等", 235, moisture=moisture,
                                impurity=(Band(10, None, 100),))  # fmt: skip
    corn1 = purchases.save_rule(crops["玉米"], "一等", 245, moisture=moisture,
                                impurity=(Band(10, None, 100),))  # fmt: skip
    corn2 = purchases.save_rule(crops["玉米"], "二等", 210, moisture=moisture)
    orange = purchases.save_rule(crops["柑橘"], "特级", 380)
    orange2 = purchases.save_rule(crops["柑橘"], "统货", 260)
    purchases.save_rule(crops["茶叶"], "一级鲜叶", 3200)
    purchases.save_rule(crops["马铃薯"], "商品薯", 150)
    purchases.save_container(Container("编织袋", 150))
    purchases.save_container(Container("竹筐", 1200))
    purchases.save_container(Container("塑料周转箱", 1800))

    growers = [services.registry.save(GrowerData(name=name)) for name in GROWERS]
    # Receipts through the real service, stamped at working hours of this local day.
    start = dt.datetime.combine(dt.date.today(), dt.time(7, 40)).astimezone()
    clock = iter(start + dt.timedelta(minutes=23 * i) for i in range(100))
    real_stamp = purchase_module.utc_stamp
    purchase_module.utc_stamp = lambda moment=None: real_stamp(moment or next(clock))
    entries = []
    fates = []
    plan = [
        (corn1, 1_250_000, 162, "cash"), (orange, 640_500, None, "transfer"),
        (corn2, 980_000, 195, "cash"), (orange2, 1_120_000, None, ""),
        (corn1, 2_300_000, 148, "cash"), (corn1, 450_000, 171, "void"),
        (orange, 820_000, None, ""), (corn2, 1_560_000, 210, "transfer"),
        (corn1, 730_000, 155, ""), (orange2, 310_000, None, "cash"),
        (corn1, 1_890_000, 166, ""), (orange, 505_000, None, "cash"),
        (corn2, 1_010_000, 183, ""), (corn1, 675_000, 140, "transfer"),
        (orange2, 945_000, None, ""),
    ]  # fmt: skip
    try:
        for i, (rule, gross, moisture_permille, fate) in enumerate(plan):
            containers = gross // 50_000
            lot = purchases.price(
                rule,
                LotInput(
                    gross_g=gross,
                    tare_method=TareMethod.CONTAINERS,
                    tare_g=150,
                    containers=containers,
                    container="编织袋",
                    moisture_permille=moisture_permille,
                ),
            )
            entry = purchases.record(STATION, growers[i % len(growers)], [lot])
            entries.append(entry)
            fates.append(fate)
            if fate == "cash":
                purchases.pay(entry.id, PaymentMethod.CASH, "", "李会计")
            elif fate == "transfer":
                purchases.pay(entry.id, PaymentMethod.TRANSFER, f"62170{i:06d}", "李会计")
            elif fate == "void":
                purchases.void(entry.id, "毛重录错：把皮重算进了毛重", "李会计")
    finally:
        purchase_module.utc_stamp = real_stamp
    unpaid = [e for e, fate in zip(entries, fates, strict=True) if not fate]
    return {
        "unpaid": unpaid[-1].id,
        "second_unpaid": unpaid[-2].id,
        "paid_payload": entries[fates.index("cash")].signed.qr_payload(),
        "unpaid_payload": unpaid[0].signed.qr_payload(),
        "void_payload": entries[fates.index("void")].signed.qr_payload(),
        "grower": growers[0],
    }


def stranger_payload(services: Services) -> str:
    """A receipt signed on a laptop this database has never heard of."""
    private = new_private_key()
    lot = services.purchases.price(services.purchases.rules().prices[0], LotInput(gross_g=860_000))
    receipt = Receipt(
        number="LY-Q7KD-000042",
        issued_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        coop_name=STATION.coop_name,
        grower_id="",
        grower_name="张德明",
        card_no="Q7KD-00017",
        clerk="周出纳",
        lots=(lot,),
        key_id=key_id(public_key(private)),
    )
    return qr_payload(receipt, sign(private, canonical(receipt)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="zh_CN")
    parser.add_argument("--draft", type=Path, help="a .py file defining ZH = {source: text}")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "shots" / "ledger")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())

    app = QApplication(sys.argv)
    if args.draft:
        draft = DraftTranslator(runpy.run_path(str(args.draft))["ZH"], app)
        app.installTranslator(draft)
    translators = i18n.install(app, args.language)  # noqa: F841
    style.apply(app)
    tasks = Tasks(app)
    services = Services.over(open_database(tmp / "fieldapp.db"))
    empty_services = Services.over(open_database(tmp / "empty" / "fieldapp.db"))
    demo = build_demo(services)

    # The page sits beside the main window's navigation, as in the program.
    host = QWidget()
    host.setWindowTitle("FieldApp")
    navigation = QListWidget()
    navigation.setStyleSheet(style.NAVIGATION)
    navigation.setFixedWidth(170)
    style.set_point_size(navigation, 14)
    for title in ("农户", "田间走访", "收购", "收购单", "同步", "设置"):
        navigation.addItem(QListWidgetItem(title))
    navigation.setCurrentRow(3)
    page = ReceiptsPage(services, tasks)
    page.set_clerk("李会计")
    layout = QHBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(navigation)
    layout.addWidget(page, 1)
    host.setGeometry(0, 0, WIDTH, HEIGHT)
    host.show()
    state: dict[str, QWidget] = {}

    def grab(name: str) -> None:
        QApplication.processEvents()
        path = out / f"{name}.png"
        QApplication.primaryScreen().grabWindow(0, 0, 0, WIDTH, HEIGHT).save(str(path))
        print("wrote", path)

    def dialog_at(widget: QWidget) -> None:
        """A dialog centred on the 1280x800 window, as the window manager would."""
        widget.show()
        size = widget.frameGeometry().size()
        widget.move(max(0, (WIDTH - size.width()) // 2), max(0, (HEIGHT - size.height()) // 2))

    steps: list[tuple[int, Callable[[], None]]] = []

    def step(delay: int) -> Callable[[Callable[[], None]], Callable[[], None]]:
        def add(fn: Callable[[], None]) -> Callable[[], None]:
            steps.append((delay, fn))
            return fn

        return add

    @step(800)
    def receipts_day() -> None:
        page.select(demo["unpaid"])
        page.table.setFocus()

    @step(300)
    def receipts_day_shot() -> None:
        grab("01_receipts_day")
        page.pay_selected()

    @step(400)
    def pay_cash() -> None:
        grab("02_pay_cash")
        dialog = page.pay_dialog
        assert dialog is not None
        dialog.transfer.setChecked(True)
        dialog.confirm()

    @step(300)
    def pay_transfer() -> None:
        grab("03_pay_transfer_needs_reference")
        assert page.pay_dialog is not None
        page.pay_dialog.reference.setText("6217000012349876")
        page.pay_dialog.confirm()

    @step(400)
    def paid() -> None:
        grab("04_receipts_after_pay")
        page.select(demo["second_unpaid"])
        page.void_selected()

    @step(400)
    def void_empty() -> None:
        assert page.void_dialog is not None
        page.void_dialog.confirm()

    @step(300)
    def void_reason() -> None:
        grab("05_void_reason_required")
        assert page.void_dialog is not None
        page.void_dialog.reason.setPlainText("毛重录错，应为 1,810 公斤；已收回原收购单")

    @step(300)
    def void_filled() -> None:
        grab("06_void_filled")
        assert page.void_dialog is not None
        page.void_dialog.confirm()

    @step(400)
    def voided() -> None:
        grab("07_receipts_after_void")
        page.search.setText("王建国")

    @step(300)
    def searched() -> None:
        grab("08_receipts_search")
        page.search.clear()
        page.show_grower(demo["grower"])

    @step(400)
    def grower() -> None:
        grab("09_receipts_one_grower")
        page.show_days(dt.date.today() - dt.timedelta(days=1))

    @step(400)
    def empty_day() -> None:
        grab("10_receipts_other_day_empty")
        page.show_today()
        state["empty_host"] = empty_host = QWidget()
        empty_layout = QHBoxLayout(empty_host)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_page = ReceiptsPage(empty_services, tasks)
        empty_layout.addWidget(empty_page)
        empty_host.setGeometry(0, 0, WIDTH, HEIGHT)
        empty_host.show()

    @step(500)
    def empty_today() -> None:
        grab("11_receipts_empty_today")
        state["empty_host"].close()
        state["rules"] = rules = RulesDialog(services, tasks, host)
        dialog_at(rules)

    @step(500)
    def rules_list() -> None:
        grab("12_rules_list")
        rules = state["rules"]
        assert isinstance(rules, RulesDialog)
        corn = next(i for i, r in enumerate(rules._rules) if (r.crop, r.grade) == ("玉米", "一等"))
        rules.rules_table.selectRow(corn)
        rules.edit_rule()

    @step(400)
    def rules_edit() -> None:
        grab("13_rules_edit")
        rules = state["rules"]
        assert isinstance(rules, RulesDialog)
        rules.price.setText("2.455")
        rules.moisture.set_cell(1, 0, "17.0")
        rules.save_rule()

    @step(400)
    def rules_errors() -> None:
        grab("14_rules_errors")
        rules = state["rules"]
        assert isinstance(rules, RulesDialog)
        rules.price.setText("2.50")
        rules.moisture.set_cell(1, 0, "18.0")
        rules.save_rule()

    @step(400)
    def rules_saved() -> None:
        grab("15_rules_saved")
        rules = state["rules"]
        assert isinstance(rules, RulesDialog)
        rules.add_rule()

    @step(400)
    def rules_new() -> None:
        grab("16_rules_new_grade")
        rules = state["rules"]
        assert isinstance(rules, RulesDialog)
        rules.cancel_rule()
        rules.tabs.setCurrentIndex(1)
        rules.containers_table.selectRow(0)
        rules.edit_container()
        rules.tare.setText("-0.1")
        rules.save_container()

    @step(400)
    def containers() -> None:
        grab("17_containers")
        state["rules"].close()
        state["verify"] = verify = VerifyDialog(services, host)
        dialog_at(verify)

    @step(400)
    def verify_waiting() -> None:
        grab("18_verify_waiting")
        verify = state["verify"]
        assert isinstance(verify, VerifyDialog)
        verify.check(demo["unpaid_payload"])

    @step(300)
    def verify_genuine() -> None:
        grab("19_verify_genuine_unpaid")
        verify = state["verify"]
        assert isinstance(verify, VerifyDialog)
        verify.check(demo["paid_payload"])

    @step(300)
    def verify_paid() -> None:
        grab("20_verify_genuine_paid")
        verify = state["verify"]
        assert isinstance(verify, VerifyDialog)
        verify.check(demo["void_payload"])

    @step(300)
    def verify_void() -> None:
        grab("21_verify_genuine_void")
        verify = state["verify"]
        assert isinstance(verify, VerifyDialog)
        payload = demo["paid_payload"]
        middle = len(payload) // 2
        verify.check(
            payload[:middle] + ("x" if payload[middle] != "x" else "y") + payload[middle + 1 :]
        )

    @step(300)
    def verify_altered() -> None:
        grab("22_verify_altered")
        verify = state["verify"]
        assert isinstance(verify, VerifyDialog)
        verify.check(stranger_payload(services))

    @step(300)
    def verify_unknown() -> None:
        grab("23_verify_unknown_key")
        verify = state["verify"]
        assert isinstance(verify, VerifyDialog)
        verify.check("6901234567892")

    @step(300)
    def verify_not_receipt() -> None:
        grab("24_verify_not_a_receipt")

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
    services.close()
    empty_services.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
