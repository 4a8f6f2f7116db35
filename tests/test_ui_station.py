"""The weighing station screen, driven by keyboard and a fed scale, on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from fieldapp.domain.cards import encode_card
from fieldapp.domain.growers import GrowerData
from fieldapp.domain.pricing import Band, Container
from fieldapp.services.bundle import Services
from fieldapp.services.purchases import Station
from fieldapp.ui import station_page
from fieldapp.ui.station_page import ManualWeightDialog, StationPage
from tests.conftest import ime_commit


@pytest.fixture
def services(db) -> Services:
    return Services(db)


@pytest.fixture
def page(qtbot, services, tasks, places):
    corn = next(p.id for p in places.crops() if p.name == "玉米")
    services.purchases.save_rule(corn, "一等", 235, moisture=(Band(140, None, 150),))
    services.purchases.save_rule(corn, "二等", 210)
    services.purchases.save_container(Container("编织袋", 500))
    widget = StationPage(services, tasks)
    widget.set_station(Station("龙泉合作社", "LQ", "李会计"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def grower(services):
    grower_id = services.registry.save(GrowerData(name="王建国", phone="13800138000"))
    return services.registry.get(grower_id)


def scan(qtbot, page, text):
    page.scan.setFocus()
    ime_commit(page.scan, text)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)


def test_scan_weigh_price_save(qtbot, page, grower, services):
    scan(qtbot, page, encode_card(grower.card_no, grower.id))
    assert page.grower.id == grower.id
    page.show_weight(1_000_000, stable=False)
    assert not page.take_gross_button.isEnabled()  # a moving weight is never taken
    qtbot.keyClick(page, Qt.Key.Key_F2)
    assert page.gross is None
    page.show_weight(1_000_000, stable=True)
    qtbot.keyClick(page, Qt.Key.Key_F2)
    assert page.gross.grams == 1_000_000
    page.container_count.setValue(10)
    ime_commit(page.moisture, "16.0")
    assert "965.15" in page.net_label.text()  # 995 kg less 2 points x 1.5%
    qtbot.keyClick(page, Qt.Key.Key_F4)
    assert len(page.lots) == 1
    lot = page.lots[0]
    assert lot.tare_g == 5_000
    assert lot.net_g == 995_000 - 29_850  # 2 points x 1.5% of 995 kg
    # A second lot of another grade on the same receipt.
    page.grade.setCurrentIndex(page.grade.findText("二等"))
    page.show_weight(200_000, stable=True)
    qtbot.keyClick(page, Qt.Key.Key_F2)
    page.container_count.setValue(0)
    qtbot.keyClick(page, Qt.Key.Key_F4)
    assert [lot.grade for lot in page.lots] == ["一等", "二等"]
    assert "¥" in page.total_label.text()
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.keyClick(page, Qt.Key.Key_F9)
    entry = saved.args[0]
    assert entry.signed.receipt.grower_name == "王建国"
    assert entry.signed.receipt.clerk == "李会计"
    assert len(entry.signed.receipt.lots) == 2
    assert page.lots == [] and page.grower is None  # ready for the next grower
    assert services.purchases.receipts_of(grower.id)[0].id == entry.id


def test_typed_weight_needs_a_reason(qtbot, page, grower, monkeypatch):
    scan(qtbot, page, grower.card_no)
    dialog = ManualWeightDialog("x")
    qtbot.addWidget(dialog)
    dialog.weight.setText("1234.5")
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.reason_error.isVisibleTo(dialog)
    ime_commit(dialog.reason_edit, "秤坏了")
    dialog._accept()
    assert (dialog.grams, dialog.reason) == (1_234_500, "秤坏了")

    class Typed(ManualWeightDialog):
        def exec(self):
            self.grams, self.reason = 300_000, "秤坏了"
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(station_page, "ManualWeightDialog", Typed)
    page.type_gross()
    page.container_count.setValue(0)
    page.add_lot()
    assert page.lots[0].manual_reason == "秤坏了"
    assert "秤坏了" in page.table.item(0, 8).text()


def test_bad_input_says_why_and_adds_nothing(qtbot, page, grower):
    page.add_lot()
    assert page.lots == []
    assert page.lot_error.isVisibleTo(page)  # no grower yet
    scan(qtbot, page, grower.card_no)
    page.show_weight(1_000, stable=True)
    page.take_gross()
    page.container_count.setValue(5)  # 5 x 0.5 kg bags on a 1 kg gross
    page.add_lot()
    assert page.lots == []
    assert page.lot_error.text() == page.lot_problem(station_page.LotProblem.TARE_EXCEEDS_GROSS)
    page.container_count.setValue(0)
    ime_commit(page.moisture, "abc")
    page.add_lot()
    assert page.lots == []
    assert page.lot_error.text() == "Type moisture and impurity as a percent, e.g. 14.5"
    assert not page.save_button.isEnabled()


def test_unknown_grower(qtbot, page, monkeypatch):
    shown = []
    from fieldapp.ui import grower_picker

    monkeypatch.setattr(
        grower_picker.QMessageBox, "information", lambda *args: shown.append(args[2])
    )
    scan(qtbot, page, "没有这个人")
    assert page.grower is None
    assert shown and "没有这个人" in shown[0]


def test_station_settings_check_and_save(qtbot, settings):
    from fieldapp import settings as keys
    from fieldapp.ui.station_settings import StationSettingsDialog

    dialog = StationSettingsDialog(settings, [("/dev/ttyUSB0", "USB-Serial CH340")])
    qtbot.addWidget(dialog)
    dialog.coop_code.setText("龙泉")
    dialog.link.setCurrentIndex(dialog.link.findData("tcp"))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.code_error.isVisibleTo(dialog) and dialog.host_error.isVisibleTo(dialog)
    assert settings.get(keys.SCALE_LINK) == "simulator"  # nothing saved
    dialog.coop_code.setText("lq")
    dialog.link.setCurrentIndex(dialog.link.findData("serial"))
    ime_commit(dialog.clerk, "李会计")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get(keys.COOP_CODE) == "LQ"
    assert settings.get(keys.SCALE_PORT) == "/dev/ttyUSB0"
    assert settings.get(keys.CLERK) == "李会计"


def test_scale_feed_from_the_simulator_to_the_screen(qtbot, page, settings):
    from fieldapp.ui.scale_feed import ScaleFeed

    feed = ScaleFeed()
    feed.weightChanged.connect(page.show_weight)
    feed.statusChanged.connect(page.show_scale_status)
    feed.start(settings)  # the default link is the simulator
    try:
        qtbot.waitUntil(lambda: page._stable_weight() is not None, timeout=10_000)
        assert page.take_gross_button.isEnabled()
        assert page.weight_label.text() != "—"
    finally:
        feed.stop()
    assert feed.reader is None


def test_scale_feed_says_what_is_wrong(qapp):
    from fieldapp.scale.events import StatusChanged, WeightRead
    from fieldapp.scale.reading import LineStatus, Reading, ReadingStatus
    from fieldapp.scale.transports import LinkProblem
    from fieldapp.ui.scale_feed import ScaleFeed

    feed = ScaleFeed()
    seen = []
    feed.weightChanged.connect(lambda g, s: seen.append(("weight", g, s)))
    feed.statusChanged.connect(lambda t, ok: seen.append(("status", t, ok)))
    feed.handle(WeightRead(Reading(None, status=ReadingStatus.OVERLOAD), None))
    feed.handle(StatusChanged(LineStatus.DISCONNECTED, LinkProblem.LOST))
    feed.handle(WeightRead(Reading(12_340, stable=True), 12_340))
    assert seen[0] == ("weight", None, False)
    assert seen[1][0] == "status" and "Overload" in seen[1][1] and seen[1][2] is False
    assert seen[3][1] == feed.line_status(LineStatus.DISCONNECTED, LinkProblem.LOST)
    assert seen[-1] == ("weight", 12_340, True)


def test_detect_finds_the_indicator_on_a_pseudo_terminal(qtbot, settings, tasks):
    import os
    import threading

    from fieldapp.scale.protocols import Protocol, build_frame
    from fieldapp.scale.reading import Reading
    from fieldapp.ui.station_settings import StationSettingsDialog

    master, slave = os.openpty()
    port = os.ttyname(slave)
    stop = threading.Event()

    def indicator() -> None:  # a Yaohua XK3190 streaming 52.34 kg
        while not stop.wait(0.05):
            try:
                os.write(master, build_frame(Protocol.YAOHUA_TF0, Reading(52_340, stable=True)))
            except OSError:
                return

    thread = threading.Thread(target=indicator, daemon=True)
    thread.start()
    try:
        dialog = StationSettingsDialog(settings, [(port, "pty")], None, tasks)
        qtbot.addWidget(dialog)
        dialog.link.setCurrentIndex(dialog.link.findData("serial"))
        dialog.protocol.setCurrentIndex(dialog.protocol.findData("line"))
        dialog.detect()
        assert dialog.protocol.currentData() == "yaohua_tf0"
        assert "9600" in dialog.detect_result.text()
    finally:
        stop.set()
        thread.join(2)
        os.close(master)
        os.close(slave)
