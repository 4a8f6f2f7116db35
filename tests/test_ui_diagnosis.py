"""Diagnosing in the visit editor: choosing from the catalogue, the plan it proposes,
editing a product's dose with the range check, the coop's own catalogue entries, and
similar past cases."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from fieldapp.domain.growers import GrowerData, PlotInput
from fieldapp.domain.treatments import TreatmentLine
from fieldapp.domain.visits import VisitData, VisitStatus
from fieldapp.services.bundle import Services
from fieldapp.services.catalogue import CatalogueService
from fieldapp.ui.catalogue_entry import CatalogueEntryEditor, CatalogueTreatmentDialog
from fieldapp.ui.catalogue_picker import CataloguePicker
from fieldapp.ui.treatment_plan import TreatmentLineDialog
from fieldapp.ui.visit_editor import VisitEditor
from tests.conftest import ime_commit
from tests.test_catalogue import APHID, BLAST, write_catalogue


@pytest.fixture(autouse=True)
def chinese_ui():
    """The catalogue shows its Chinese side, whatever an earlier test installed."""
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def services(db, tmp_path) -> Services:
    bundle = Services(db)
    bundle.__dict__["catalogue"] = CatalogueService(db, write_catalogue(tmp_path, BLAST, APHID))
    return bundle


@pytest.fixture
def rice_grower(services) -> tuple[str, str]:
    grower = services.registry.save(GrowerData(name="王建国"))
    crops = {c.name: c.id for c in services.places.crops()}
    plot = services.registry.save_plot(
        grower, PlotInput(name="水田", area_mu="2", crop_id=crops["水稻"])
    )
    return grower, plot


@pytest.fixture
def answer(monkeypatch):
    """Answers QMessageBox.question with Yes or No, and keeps what was asked."""
    asked: list[str] = []
    reply = {"button": QMessageBox.StandardButton.Yes}

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return reply["button"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    asked_reply = reply
    return asked, asked_reply


def editor_for(qtbot, services, tasks, settings, grower: str, plot: str = "") -> VisitEditor:
    editor = VisitEditor(
        services, tasks, grower_id=grower, technician="张技术员", settings=settings
    )
    qtbot.addWidget(editor)
    if plot:
        editor.plot.setCurrentIndex(editor.plot.findData(plot))
    return editor


def test_the_picker_lists_the_plots_crop_first_and_searches_symptoms(qtbot, services, tasks):
    picker = CataloguePicker(services, tasks, crop="蔬菜")
    qtbot.addWidget(picker)
    assert [e.id for e in picker.entries] == ["veg-aphid", "rice-blast"]
    assert "吡虫啉" in picker.details.toPlainText()
    ime_commit(picker.search, "梭形")
    assert [e.id for e in picker.entries] == ["rice-blast"]
    assert "稻瘟病防控技术方案" in picker.details.toPlainText()
    picker.use()
    assert picker.chosen.id == "rice-blast"
    picker.search.setText("no such pest at all")
    assert picker.entries == [] and picker.empty.isVisibleTo(picker)
    assert not picker.use_button.isEnabled()


def test_choosing_a_diagnosis_proposes_its_plan_and_saves_it(
    qtbot, services, tasks, settings, rice_grower, answer
):
    grower, plot = rice_grower
    editor = editor_for(qtbot, services, tasks, settings, grower, plot)
    assert editor.crop() == "水稻"
    editor.use_entry(services.catalogue.get("rice-blast"))
    assert editor.diagnosis.text() == "稻瘟病"
    assert "Magnaporthe oryzae" in editor.diagnosis_hint.text()
    assert [line.product for line in editor.plan.lines] == ["75%三环唑可湿性粉剂"]
    assert editor.plan.table.item(0, 2).text().startswith("12 ")  # 23 g per 30 l, 15 l tank
    with qtbot.waitSignal(editor.saved):
        editor.save()
    saved = services.visits.today()[0].visit.data
    assert saved.pest_id == "rice-blast"
    assert saved.treatment_lines[0].range_high_milli == 26_700


def test_typing_another_diagnosis_unlinks_the_catalogue_entry(
    qtbot, services, tasks, settings, rice_grower
):
    editor = editor_for(qtbot, services, tasks, settings, *rice_grower)
    editor.use_entry(services.catalogue.get("rice-blast"))
    editor.diagnosis.clear()
    ime_commit(editor.diagnosis, "胡麻斑病")
    assert editor.pest_id == ""
    assert not editor.plan.propose_button.isEnabled()
    assert editor.data().pest_id == ""


def test_a_second_diagnosis_asks_before_replacing_the_plan(
    qtbot, services, tasks, settings, rice_grower, answer
):
    asked, reply = answer
    editor = editor_for(qtbot, services, tasks, settings, *rice_grower)
    editor.use_entry(services.catalogue.get("rice-blast"))
    reply["button"] = QMessageBox.StandardButton.No
    editor.use_entry(services.catalogue.get("veg-aphid"))
    assert len(asked) == 1
    assert editor.plan.lines[0].product == "75%三环唑可湿性粉剂"
    reply["button"] = QMessageBox.StandardButton.Yes
    editor.take_proposal()
    assert editor.plan.lines[0].product == "10%吡虫啉可湿性粉剂"


def test_a_dose_outside_the_range_is_asked_about_and_kept_only_if_confirmed(qtbot, answer):
    asked, reply = answer
    line = TreatmentLine(
        "75%三环唑可湿性粉剂", dose_milli=23_000, range_low_milli=20_000, range_high_milli=26_700
    )
    dialog = TreatmentLineDialog(line, tank_l=15)
    qtbot.addWidget(dialog)
    assert "20–26.7" in dialog.range_hint.text()
    dialog.dose.setText("40")
    assert dialog.per_tank.text().startswith("20 ")
    reply["button"] = QMessageBox.StandardButton.No
    dialog.accept_line()
    assert dialog.result_line is None and "26.7" in asked[0]
    reply["button"] = QMessageBox.StandardButton.Yes
    dialog.accept_line()
    assert dialog.result_line.dose_milli == 40_000 and dialog.result_line.dose_confirmed


def test_wrong_values_in_a_line_are_named_under_their_field(qtbot):
    dialog = TreatmentLineDialog(None, tank_l=15)
    qtbot.addWidget(dialog)
    dialog.dose.setText("二十")
    dialog.accept_line()
    assert dialog.errors["dose"].isVisibleTo(dialog)
    dialog.dose.setText("20")
    dialog.accept_line()
    assert dialog.errors["product"].isVisibleTo(dialog)
    assert dialog.result_line is None
    ime_commit(dialog.product, "自配波尔多液")
    dialog.accept_line()
    assert dialog.result_line.product == "自配波尔多液"
    assert not dialog.result_line.has_range


def test_an_unconfirmed_dose_at_save_is_asked_and_then_saved(
    qtbot, services, tasks, settings, rice_grower, answer
):
    asked, _ = answer
    editor = editor_for(qtbot, services, tasks, settings, *rice_grower)
    editor.use_entry(services.catalogue.get("rice-blast"))
    high = TreatmentLine(**{**vars(editor.plan.lines[0]), "dose_milli": 50_000})
    editor.plan.set_lines([high])  # e.g. a plan copied from an older visit
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert asked and "50" in asked[-1]
    assert services.visits.today()[0].visit.data.treatment_lines[0].dose_confirmed


def test_the_coop_adds_an_entry_and_wrong_products_are_named(qtbot, services, tasks):
    editor = CatalogueEntryEditor(services, tasks, None)
    qtbot.addWidget(editor)
    editor.save()
    assert editor.errors["name_zh"].isVisibleTo(editor)
    ime_commit(editor.name_zh, "稻蓟马")
    rice = editor.crops.findItems("水稻", Qt.MatchFlag.MatchExactly)[0]
    rice.setCheckState(Qt.CheckState.Checked)
    product = CatalogueTreatmentDialog(None)
    qtbot.addWidget(product)
    product.dose_min.setText("30")
    product.dose_max.setText("20")
    ime_commit(product.product_zh, "25%噻虫嗪水分散粒剂")
    product.accept_item()
    assert product.result_item is None and product.errors["dose_max"].isVisibleTo(product)
    product.dose_max.setText("40")
    product.accept_item()
    editor.treatments.append(product.result_item)
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    entry = services.catalogue.get(editor.saved_id)
    assert entry.name_zh == "稻蓟马" and entry.crops == ("水稻",)
    assert entry.treatments[0].dose_max_milli == 40_000


def test_similar_cases_show_what_was_done_and_whether_it_worked(
    qtbot, services, tasks, settings, rice_grower
):
    grower, plot = rice_grower
    today = dt.date.today().isoformat()
    line = TreatmentLine("75%三环唑可湿性粉剂", dose_milli=20_000)
    services.visits.save(
        VisitData(
            grower_id=grower,
            plot_id=plot,
            visited_on=today,
            technician="李技术员",
            symptoms="梭形病斑，边缘褐色，中间灰白色",
            diagnosis="稻瘟病",
            status=VisitStatus.RESOLVED,
            treatment_lines=(line,),
        )
    )
    mine = services.visits.save(
        VisitData(
            grower_id=grower,
            plot_id=plot,
            visited_on=today,
            technician="张技术员",
            symptoms="叶片上有梭形病斑，中间灰白",
        )
    )
    editor = VisitEditor(services, tasks, mine, settings=settings)
    qtbot.addWidget(editor)
    text = editor.similar.item(0).text()
    assert "稻瘟病" in text and "75%三环唑可湿性粉剂 20" in text
    assert "Resolved" in text or "已解决" in text


def test_the_safe_interval_says_one_day_and_two_days(qapp):
    from fieldapp.ui import i18n
    from fieldapp.ui.treatment_plan import TreatmentLineDialog

    for language, one, two in (("en", " day", " days"), ("zh_CN", " 天", " 天")):
        translators = i18n.install(qapp, language)
        try:
            dialog = TreatmentLineDialog(None, tank_l=15)
            dialog.phi.setValue(1)
            assert dialog.phi.suffix() == one
            dialog.phi.setValue(14)
            assert dialog.phi.suffix() == two
            dialog.deleteLater()
        finally:
            for t in translators:
                qapp.removeTranslator(t)
