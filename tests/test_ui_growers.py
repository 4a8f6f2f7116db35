"""The grower screens driven as a user would: typing, keys, buttons (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldapp import settings as keys
from fieldapp.domain.cards import encode_card
from fieldapp.domain.growers import GrowerData, PlotInput
from fieldapp.services.bundle import Services
from fieldapp.ui.grower_editor import GrowerEditor
from fieldapp.ui.main_window import MainWindow

from .conftest import ime_commit


@pytest.fixture
def services(db):
    return Services.over(db)


@pytest.fixture
def window(qtbot, services, tasks, settings):
    w = MainWindow(services, tasks, settings)
    qtbot.addWidget(w)
    w.show()
    return w


def _register(services, village, name, phone="", id_number=""):
    township, village_id = village
    return services.registry.save(
        GrowerData(
            name=name, phone=phone, id_number=id_number, township_id=township, village_id=village_id
        )
    )


def test_empty_database_shows_how_to_start(window):
    page = window.growers
    assert page.stack.currentIndex() == 1
    assert page.empty_new.isVisibleTo(page)
    assert page.empty_import.isVisibleTo(page)


def test_typing_searches_and_enter_opens_the_single_match(qtbot, window, services, village):
    _register(services, village, "张三", phone="13800138000")
    _register(services, village, "李四", phone="13900139000")
    page = window.growers
    page.reload()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "zs")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "张三"
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert window.editor is not None
    assert window.editor.name.text() == "张三"


def test_phone_tail_and_village_search(qtbot, window, services, village):
    _register(services, village, "张三", phone="13800138000")
    _register(services, village, "李四", phone="13900139001")
    page = window.growers
    page.search.setText("9001")
    assert [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())] == [
        "李四"
    ]
    page.search.setText("石桥")
    assert page.model.rowCount() == 2
    page.search.setText("没有这个人")
    assert page.stack.currentIndex() == 1
    assert not page.empty_new.isVisibleTo(page)


def test_scanned_card_opens_that_grower(qtbot, window, services, village):
    grower_id = _register(services, village, "王五")
    card_no = services.registry.get(grower_id).card_no
    page = window.growers
    page.search.setFocus()
    qtbot.keyClicks(page.search, encode_card(card_no, grower_id))
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert window.editor is not None
    assert window.editor.name.text() == "王五"


def test_filters_by_status(qtbot, window, services, village):
    from fieldapp.domain.growers import Status

    gone = _register(services, village, "赵六")
    _register(services, village, "钱七")
    services.registry.set_status(gone, Status.LEFT)
    page = window.growers
    page.status.setCurrentIndex(page.status.findData("left"))
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "赵六"


def test_editor_shows_which_field_is_wrong_and_saves_nothing(qtbot, services, tasks, village):
    editor = GrowerEditor(services, tasks)
    qtbot.addWidget(editor)
    ime_commit(editor.name, "张三")
    qtbot.keyClicks(editor.id_number, "110105194912310021")  # wrong check digit
    qtbot.keyClicks(editor.phone, "1380013800")  # ten digits
    editor.save()
    id_error = editor._fields["id_number"].error
    phone_error = editor._fields["phone"].error
    assert id_error.isVisibleTo(editor) and "X" in id_error.text()
    assert phone_error.isVisibleTo(editor) and "11" in phone_error.text()
    assert not editor._fields["name"].error.isVisibleTo(editor)
    assert services.registry.count() == 0


def test_editor_registers_then_offers_plots(qtbot, services, tasks, village):
    editor = GrowerEditor(services, tasks)
    qtbot.addWidget(editor)
    saved = []
    editor.saved.connect(saved.append)
    ime_commit(editor.name, "张三")
    qtbot.keyClicks(editor.id_number, "11010519491231002x")
    editor.township.setCurrentIndex(editor.township.findData(village[0]))
    editor.village.setCurrentIndex(editor.village.findData(village[1]))
    assert editor.id_hint.isVisibleTo(editor)
    editor.save()
    assert len(saved) == 1
    grower = services.registry.get(saved[0])
    assert grower.data.id_number == "11010519491231002X"
    assert grower.data.gender == "F"
    assert editor.add_plot_button.isEnabled()
    assert editor.tabs.currentIndex() == 1


def test_same_id_number_is_refused(qtbot, services, tasks, village, monkeypatch):
    _register(services, village, "张三", id_number="11010519491231002X")
    editor = GrowerEditor(services, tasks)
    qtbot.addWidget(editor)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    ime_commit(editor.name, "张三丰")
    qtbot.keyClicks(editor.id_number, "11010519491231002X")
    editor.save()
    assert shown and "ID number" in shown[0]
    assert services.registry.count() == 1


def test_edit_plots_from_the_editor(qtbot, services, tasks, village):
    grower_id = _register(services, village, "张三")
    crop = services.places.crops()[0]
    services.registry.save_plot(grower_id, PlotInput(name="河边田", area_mu="2", crop_id=crop.id))
    editor = GrowerEditor(services, tasks, grower_id)
    qtbot.addWidget(editor)
    assert editor.plots_table.rowCount() == 1
    assert editor.plots_table.item(0, 1).text() == "2"
    assert editor.plots_table.item(0, 2).text() == crop.name


def test_window_remembers_geometry_and_page(qtbot, services, tasks, settings):
    first = MainWindow(services, tasks, settings)
    qtbot.addWidget(first)
    first.show()
    # The offscreen screen is 800 px wide, so restoring clamps the width; the height fits.
    first.resize(1000, 705)
    first.navigation.setCurrentRow(4)
    first.close()
    assert settings.get(keys.LAST_PAGE) == 4
    second = MainWindow(services, tasks, settings)
    qtbot.addWidget(second)
    assert second.size().height() == 705
    assert second.pages.currentIndex() == 4


def test_keyboard_shortcuts_switch_pages(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 0


def test_export_writes_what_the_list_shows(qtbot, window, services, village, tmp_path):
    import openpyxl

    _register(services, village, "张三", phone="13800138000")
    _register(services, village, "李四")
    page = window.growers
    page.search.setText("zs")
    target = tmp_path / "list.xlsx"
    window.export_to(target)
    sheet = openpyxl.load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert len(values) == 2  # header + 张三 only: the search applies
    assert "张三" in values[1]
    assert "13800138000" in values[1]


def test_cards_dialog_writes_a_pdf_for_the_selection(qtbot, window, services, village, tmp_path):
    import subprocess

    from fieldapp.ui.cards_dialog import CardsDialog

    first = _register(services, village, "张三")
    _register(services, village, "李四")
    page = window.growers
    page.reload()
    page.table.selectRow(page.model.row_of(first))
    dialog = CardsDialog(
        services, window.tasks, window.settings, page.selected_nums(), page.shown_nums(), window
    )
    qtbot.addWidget(dialog)
    assert dialog.only_selected.isChecked()
    assert dialog.coop_hint.isVisibleTo(dialog)  # no cooperative name set yet
    dialog.write(tmp_path / "cards", open_after=False)
    assert dialog.written == tmp_path / "cards.pdf"
    text = subprocess.run(
        ["pdftotext", str(dialog.written), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "张三" in text
    assert "李四" not in text
