"""Recording a field visit in the editor, the technician's lists, and the start page's
reminder of follow-ups due."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from fieldapp.domain.growers import GrowerData
from fieldapp.domain.visits import Severity, VisitData
from fieldapp.services.bundle import Services
from fieldapp.ui.visit_editor import VisitEditor
from fieldapp.ui.visits_page import DUE, OPEN, TODAY, VisitsPage
from tests.conftest import ime_commit


@pytest.fixture
def services(db) -> Services:
    return Services(db)


@pytest.fixture
def grower(services) -> str:
    return services.registry.save(GrowerData(name="王建国"))


def test_a_visit_is_recorded_and_bad_input_is_named(qtbot, services, tasks, grower):
    editor = VisitEditor(services, tasks, grower_id=grower, technician="张技术员")
    qtbot.addWidget(editor)
    assert "王建国" in editor.grower_label.text()
    editor.affected.setValue(30)  # with severity still "none"
    editor.visited_on.setDate(QDate.currentDate().addDays(3))
    editor.save()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.errors["severity"].isVisibleTo(editor)
    assert editor.errors["visited_on"].isVisibleTo(editor)
    assert services.visits.today() == []
    editor.visited_on.setDate(QDate.currentDate())
    editor.severity.setCurrentIndex(editor.severity.findData(Severity.MODERATE.value))
    ime_commit(editor.diagnosis, "稻瘟病")
    editor.has_follow_up.setChecked(True)
    editor.follow_up_on.setDate(QDate.currentDate())
    with qtbot.waitSignal(editor.saved):
        editor.save()
    saved = services.visits.today()
    assert [r.visit.data.diagnosis for r in saved] == ["稻瘟病"]
    assert saved[0].visit.data.affected_percent == 30


def test_the_lists_and_their_empty_states(qtbot, services, tasks, grower):
    page = VisitsPage(services, tasks)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.empty.isVisible() and page.tables[TODAY].rowCount() == 0
    today = dt.date.today().isoformat()
    services.visits.save(
        VisitData(
            grower_id=grower,
            visited_on=today,
            technician="张技术员",
            diagnosis="稻瘟病",
            severity=Severity.LIGHT,
            affected_percent=5,
            follow_up_on=today,
        )
    )
    due = []
    page.dueChanged.connect(due.append)
    page.reload()
    assert page.tables[TODAY].rowCount() == 1
    assert page.tables[OPEN].rowCount() == 1
    assert page.tables[DUE].rowCount() == 1
    assert due == [1]
    assert page.tables[TODAY].item(0, 4).text() == "稻瘟病"
    assert not page.empty.isVisible()
    page.tables[TODAY].selectRow(0)
    with qtbot.waitSignal(page.openRequested):
        page.open_current()


def test_a_growers_history_on_the_grower_page(qtbot, services, tasks, grower):
    from fieldapp.ui.grower_editor import GrowerEditor

    empty = GrowerEditor(services, tasks, grower)
    qtbot.addWidget(empty)
    assert empty.visits_table.rowCount() == 0 and empty.visits_hint.text()
    visit_id = services.visits.save(
        VisitData(
            grower_id=grower, visited_on="2026-05-01", technician="张技术员", diagnosis="稻瘟病"
        )
    )
    editor = GrowerEditor(services, tasks, grower)
    qtbot.addWidget(editor)
    assert editor.visits_table.rowCount() == 1
    assert editor.visits_table.item(0, 1).text() == "稻瘟病"
    with qtbot.waitSignal(editor.newVisit) as new:
        editor.new_visit_button.click()
    assert new.args == [grower]
    editor.visits_table.selectRow(0)
    with qtbot.waitSignal(editor.openVisit) as opened:
        editor._open_visit()
    assert opened.args == [visit_id]
