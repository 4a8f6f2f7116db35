"""The first start of a new installation: coop name, role, optional enrolment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from fieldapp import settings as keys
from fieldapp.domain import enrolment
from fieldapp.domain.growers import GrowerData
from fieldapp.services.bundle import Services
from fieldapp.sync.client import Failure, SyncError
from fieldapp.ui.first_run import FirstRunDialog, needed

from .conftest import ime_commit


class FakeSync:
    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.calls: list[tuple[str, str, str]] = []

    def enrol(self, server_url: str, code: str, name: str) -> None:
        self.calls.append((server_url, code, name))
        if self.error is not None:
            raise self.error


@pytest.fixture
def services(db) -> Services:
    return Services.over(db)


@pytest.fixture
def dialog(qtbot, services, tasks, settings):
    d = FirstRunDialog(services, tasks, settings)
    qtbot.addWidget(d)
    d.show()
    return d


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("K7Q2AB", ("", "K7Q2AB")),
        ("  k7q2ab ", ("", "k7q2ab")),
        ("http://10.0.0.5:8765 K7Q2AB", ("http://10.0.0.5:8765", "K7Q2AB")),
        ("https://coop.example.cn/enrol?code=K7Q2AB", ("https://coop.example.cn", "K7Q2AB")),
        ("", ("", "")),
    ],
)
def test_parse_scanned(text, expected):
    assert enrolment.parse(text) == expected


def test_the_link_a_qr_holds_reads_back():
    shown = enrolment.link("http://192.168.1.10:8765/", "K7Q2AB7C")
    assert shown == "http://192.168.1.10:8765/enrol?code=K7Q2AB7C"
    assert enrolment.parse(shown) == ("http://192.168.1.10:8765", "K7Q2AB7C")


def test_needed_only_on_a_brand_new_installation(services, settings):
    assert needed(settings, services)
    services.registry.save(GrowerData(name="王建国"))
    assert not needed(settings, services)


def test_a_named_coop_is_not_asked_again(services, settings):
    settings.set(keys.COOP_NAME, "绿源合作社")
    assert not needed(settings, services)


def test_the_coop_name_is_required(qtbot, dialog, settings):
    click(qtbot, dialog.start_button)
    assert dialog.coop_error.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert settings.get(keys.COOP_NAME) == ""


def test_start_without_a_server_keeps_name_and_role(qtbot, dialog, settings):
    ime_commit(dialog.coop, "绿源种植专业合作社")
    clerk = next(b for b in dialog.roles.buttons() if b.property("role") == "clerk")
    click(qtbot, clerk)
    click(qtbot, dialog.start_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get(keys.COOP_NAME) == "绿源种植专业合作社"
    assert settings.get(keys.LAST_PAGE) == 3  # the weighing station


def test_enrolment_uses_the_sync_service(qtbot, dialog, services, settings):
    fake = FakeSync()
    services.__dict__["sync"] = fake  # the cached property, replaced
    ime_commit(dialog.coop, "绿源合作社")
    dialog.server.setText("http://10.0.0.5:8765")
    dialog.code.setText("K7Q2AB")
    click(qtbot, dialog.start_button)
    assert fake.calls == [("http://10.0.0.5:8765", "K7Q2AB", "绿源合作社")]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_scanned_code_fills_both_fields(qtbot, dialog):
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, "http://10.0.0.5:8765 K7Q2AB")
    dialog.server.setFocus()  # leaving the field (a scanner's Enter presses Start)
    assert dialog.server.text() == "http://10.0.0.5:8765"
    assert dialog.code.text() == "K7Q2AB"


def test_a_failed_enrolment_says_why_and_offers_to_go_on(qtbot, dialog, services, settings):
    services.__dict__["sync"] = FakeSync(SyncError(Failure.NO_NETWORK, "unreachable"))
    ime_commit(dialog.coop, "绿源合作社")
    dialog.server.setText("http://10.0.0.5:8765")
    dialog.code.setText("K7Q2AB")
    click(qtbot, dialog.start_button)
    assert dialog.server_error.isVisible() and dialog.server_error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.without_server.isVisible()
    click(qtbot, dialog.without_server)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get(keys.COOP_NAME) == "绿源合作社"


def test_a_half_filled_server_is_refused(qtbot, dialog, services):
    fake = FakeSync()
    services.__dict__["sync"] = fake
    ime_commit(dialog.coop, "绿源合作社")
    dialog.code.setText("K7Q2AB")
    click(qtbot, dialog.start_button)
    assert dialog.server_error.isVisible()
    assert fake.calls == []


def test_a_scan_ending_with_enter_enrols_at_once(qtbot, dialog, services):
    fake = FakeSync()
    services.__dict__["sync"] = fake
    ime_commit(dialog.coop, "绿源合作社")
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, "https://coop.example.cn/enrol?code=K7Q2AB")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert fake.calls == [("https://coop.example.cn", "K7Q2AB", "绿源合作社")]
