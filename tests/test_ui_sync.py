"""The Sync page against a real server on loopback: enrolling with a code, bad input said
plainly, what waits to be sent, and a failure in words a technician understands."""

from __future__ import annotations

import pytest

from fieldapp.domain.growers import GrowerData, PlotInput
from fieldapp.server.store import ServerStore
from fieldapp.services.bundle import Services
from fieldapp.ui.sync_page import SyncPage, failure_text
from tests.loopback import serving


@pytest.fixture
def store(tmp_path):
    server = ServerStore(tmp_path / "server.db")
    yield server
    server.close()


def test_enrol_sync_and_see_the_state(qtbot, db, tasks, store, settings):
    services = Services(db)
    services.registry.save(GrowerData(name="王建国"))
    page = SyncPage(services, tasks, settings)
    qtbot.addWidget(page)
    assert page.enrol_box.isVisibleTo(page) and not page.status_box.isVisibleTo(page)
    page.server.setText("192.168.1.10")  # no http://
    page.enrol()
    assert page.enrol_error.isVisibleTo(page)
    code, _ = store.new_code("绿源合作社", "technician")
    with serving(store) as url:
        page.server.setText(url)
        page.code.setText("WRONG234")
        page.enrol()
        assert page.enrol_error.isVisibleTo(page)
        assert "refused" in page.enrol_error.text() or "拒绝" in page.enrol_error.text()
        page.code.setText(code.lower())  # typed in small letters
        page.enrol()  # enrols, then syncs at once
    assert page.status_box.isVisibleTo(page) and not page.enrol_box.isVisibleTo(page)
    assert services.sync.status().pending == 0
    assert not page.error_label.isVisibleTo(page)
    assert page.no_conflicts.isVisibleTo(page)
    services.registry.save(GrowerData(name="李秀英"))
    page.reduced_first.setChecked(True)
    page.sync_now()  # the server is gone now
    assert services.sync.reduced_first is True  # handed over as the round started
    assert page.error_label.isVisibleTo(page)
    assert page.error_label.text() == failure_text("no_network")
    assert services.sync.status().pending == 1


def test_background_sync_follows_the_settings_from_the_start(qtbot, db, tasks, settings):
    """The timer's rounds start before anyone opens the Sync page: the reduced copy
    choice and what the portal's advice sheets print come from the settings."""
    from fieldapp import settings as keys
    from fieldapp.services.sync import SheetSettings
    from fieldapp.ui.main_window import MainWindow

    settings.set(keys.SYNC_REDUCED_PHOTOS_FIRST, True)
    settings.set(keys.COOP_NAME, "青山合作社")
    settings.set(keys.TECHNICIAN_PHONE, "138 0000 1111")
    settings.set(keys.SPRAYER_TANK_L, 16)
    services = Services(db)
    window = MainWindow(services, tasks, settings)
    qtbot.addWidget(window)
    window.background_sync()
    qtbot.waitUntil(lambda: not window._syncing)
    assert services.sync.reduced_first is True
    assert services.sync.sheet_settings == SheetSettings("青山合作社", "138 0000 1111", 16)


def test_a_scanned_enrolment_qr_fills_address_and_code(qtbot, db, tasks, store, settings):
    from PySide6.QtCore import Qt

    from fieldapp.domain import enrolment

    page = SyncPage(Services(db), tasks, settings)
    qtbot.addWidget(page)
    code, _ = store.new_code("绿源合作社", "technician")
    with serving(store) as url:
        page.code.setFocus()
        qtbot.keyClicks(page.code, enrolment.link(url, code))  # a scanner types it
        qtbot.keyClick(page.code, Qt.Key.Key_Return)
        assert (page.server.text(), page.code.text()) == (url, code)
        page.enrol()
    assert page.status_box.isVisibleTo(page) and not page.enrol_error.isVisibleTo(page)


def test_records_kept_aside_are_listed_and_settled_on_the_page(
    qtbot, tmp_path, store, tasks, settings
):
    from PySide6.QtCore import Qt

    from tests.sync_support import converge, enrolled

    with serving(store) as url:
        a = enrolled(tmp_path, store, url, "a")
        b = enrolled(tmp_path, store, url, "b")
        a.registry.save(GrowerData(name="王建国", id_number="11010519491231002X"))
        theirs = b.registry.save(GrowerData(name="王建国", id_number="11010519491231002X"))
        converge(a, b)
        b.registry.save_plot(theirs, PlotInput(name="河边田", area_mu="2"))
        converge(a, b)
        page = SyncPage(Services(a.db), tasks, settings)
        qtbot.addWidget(page)
        box = page.held_box
        assert box.isVisibleTo(page) and box.table.rowCount() == 2
        assert "11010519491231002X" in box.table.item(0, 0).text()
        assert not box.keep_here.isEnabled() and box.retry.isEnabled()
        box.table.selectRow(1)  # the plot: it follows its grower, nothing to choose
        assert not box.keep_here.isEnabled()
        box.table.selectRow(0)
        assert box.keep_here.isEnabled() and box.keep_other.isEnabled()
        with qtbot.waitSignal(page.synced):
            qtbot.mouseClick(box.keep_other, Qt.MouseButton.LeftButton)
        assert not box.isVisibleTo(page)
        assert a.db.scalar("SELECT count(*) FROM growers WHERE deleted = 0") == 1
        assert a.sync.status().pending == 1  # the removal of the one here, to send
        a.close()
        b.close()
