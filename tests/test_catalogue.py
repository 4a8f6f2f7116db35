"""The pest and disease catalogue: the shipped file, the coop's edits over it, and the
treatment plans it proposes."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from fieldapp.domain.catalogue import (
    CatalogueFormatError,
    CatalogueTreatment,
    PestEntry,
    entry_from_dict,
    entry_to_dict,
    proposed_dose,
    proposed_plan,
    shipped_entries,
)
from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.services.catalogue import CATALOGUE_FILE, CatalogueService, load_shipped
from fieldapp.services.setup import DEFAULT_CROPS

BLAST = {
    "id": "rice-blast",
    "kind": "disease",
    "name_zh": "稻瘟病",
    "name_en": "Rice blast",
    "latin": "Magnaporthe oryzae",
    "crops": ["水稻"],
    "symptoms_zh": "叶片出现梭形病斑，中央灰白色，边缘褐色。",
    "symptoms_en": "Spindle-shaped leaf spots with grey centres and brown margins.",
    "prevention_zh": "选用抗病品种，合理施用氮肥。",
    "prevention_en": "Resistant varieties; do not overuse nitrogen.",
    "treatments": [
        {
            "product_zh": "75%三环唑可湿性粉剂",
            "product_en": "Tricyclazole 75% WP",
            "ingredient_zh": "三环唑",
            "ingredient_en": "tricyclazole",
            "dose_min": "20",
            "dose_max": "26.7",
            "unit": "g",
            "water_l": 30,
            "phi_days": 21,
            "max_times": 2,
            "timing_zh": "破口前 3-5 天施药",
            "timing_en": "3-5 days before heading",
            "safety_zh": "",
            "safety_en": "",
        }
    ],
    "sources": [
        {"title": "稻瘟病防控技术方案", "publisher": "全国农技中心", "url": "", "year": ""}
    ],
}
APHID = {
    **BLAST,
    "id": "veg-aphid",
    "kind": "insect",
    "name_zh": "蚜虫",
    "name_en": "Aphids",
    "latin": "Myzus persicae",
    "crops": ["蔬菜", "烤烟"],
    "symptoms_zh": "叶背群集，叶片卷曲。",
    "symptoms_en": "Colonies under leaves; leaves curl.",
    "treatments": [
        {
            **BLAST["treatments"][0],
            "product_zh": "10%吡虫啉可湿性粉剂",
            "dose_min": "1.5",
            "dose_max": "2",
            "unit": "ml",
            "phi_days": 7,
        }
    ],
}


def write_catalogue(folder: Path, *entries: dict) -> Path:
    path = folder / "pests.json"
    path.write_text(json.dumps({"format": 1, "entries": list(entries)}, ensure_ascii=False))
    return path


@pytest.fixture
def catalogue(db, tmp_path) -> CatalogueService:
    return CatalogueService(db, write_catalogue(tmp_path, BLAST, APHID))


# -- the file that ships ----------------------------------------------------------------


def test_the_shipped_catalogue_has_thirty_sourced_entries_for_the_main_crops():
    entries = load_shipped(CATALOGUE_FILE)
    assert len(entries) >= 30
    for crop in ("水稻", "玉米", "柑橘", "茶叶", "蔬菜"):
        assert sum(crop in e.crops for e in entries.values()) >= 4, crop
    for entry in entries.values():
        assert entry.sources and all(s.title for s in entry.sources), entry.id
        assert entry.name_zh and entry.name_en and entry.latin, entry.id
        assert entry.symptoms_zh and entry.symptoms_en, entry.id
        assert set(entry.crops) <= set(DEFAULT_CROPS), entry.id


def test_every_shipped_treatment_has_a_range_and_a_safe_interval():
    for entry in load_shipped(CATALOGUE_FILE).values():
        for item in entry.treatments:
            assert 0 < item.dose_min_milli <= item.dose_max_milli, entry.id
            assert item.water_l > 0, entry.id
            assert item.phi_days >= 0, entry.id


def test_an_entry_survives_the_round_trip_through_json():
    entry = entry_from_dict(BLAST)
    assert entry.treatments[0].dose_max_milli == 26_700
    assert entry_from_dict(entry_to_dict(entry)) == entry


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(kind="virus"), "kind"),
        (lambda d: d.update(name_zh=""), "name_zh"),
        (lambda d: d["treatments"][0].update(dose_min="30"), "treatments.0.dose_max"),
        (lambda d: d["treatments"][0].update(dose_min="abc"), "dose_min"),
        (lambda d: d["treatments"][0].update(unit="kg"), "treatments.0.unit"),
        (lambda d: d["treatments"][0].update(phi_days="7"), "phi_days"),
        (lambda d: d.update(sources=[]), "sources"),
        (lambda d: d.update(crops="水稻"), "crops"),
    ],
)
def test_a_broken_shipped_entry_is_named_with_its_field(change, field):
    broken = copy.deepcopy(BLAST)
    change(broken)
    with pytest.raises(CatalogueFormatError) as error:
        shipped_entries({"format": 1, "entries": [broken]})
    assert error.value.entry == "rice-blast"
    assert error.value.field == field


def test_repeated_ids_and_a_wrong_format_are_refused():
    with pytest.raises(CatalogueFormatError):
        shipped_entries({"format": 1, "entries": [BLAST, BLAST]})
    with pytest.raises(CatalogueFormatError):
        shipped_entries({"format": 2, "entries": [BLAST]})


# -- proposals -------------------------------------------------------------------------


def test_the_proposed_plan_is_the_middle_of_each_range_and_carries_the_range():
    line = proposed_plan(entry_from_dict(BLAST))[0]
    assert line.product == "75%三环唑可湿性粉剂"
    assert line.dose_milli == 23_000  # the middle, 23.35 g, as a grower can weigh it
    assert (line.range_low_milli, line.range_high_milli) == (20_000, 26_700)
    assert line.phi_days == 21 and line.water_l == 30 and not line.outside_range
    english = proposed_plan(entry_from_dict(BLAST), english=True)[0]
    assert english.product == "Tricyclazole 75% WP"
    assert english.timing == "3-5 days before heading"


# -- the coop's list -------------------------------------------------------------------


def test_a_proposed_dose_never_leaves_a_narrow_range():
    narrow = CatalogueTreatment("x", dose_min_milli=26_700, dose_max_milli=26_700)
    assert proposed_dose(narrow) == 26_700
    assert (
        proposed_dose(CatalogueTreatment("x", dose_min_milli=1_500, dose_max_milli=2_000)) == 1_800
    )


def test_entries_for_the_plots_crop_come_first(catalogue):
    names = [e.name_zh for e in catalogue.entries(crop="蔬菜")]
    assert names == ["蚜虫", "稻瘟病"]
    assert [e.name_zh for e in catalogue.entries(crop="水稻")] == ["稻瘟病", "蚜虫"]


def test_words_search_names_latin_and_symptoms_in_both_languages(catalogue):
    assert [e.id for e in catalogue.entries(words="梭形")] == ["rice-blast"]
    assert [e.id for e in catalogue.entries(words="myzus")] == ["veg-aphid"]
    assert [e.id for e in catalogue.entries(words="LEAVES curl")] == ["veg-aphid"]
    assert catalogue.entries(words="柑橘 木虱") == []


def test_the_coop_adds_its_own_entry(catalogue, db):
    new_id = catalogue.save(PestEntry(id="", name_zh="稻蓟马", kind="insect", crops=("水稻",)))
    entry = catalogue.get(new_id)
    assert entry is not None and not entry.shipped
    assert "稻蓟马" in [e.name_zh for e in catalogue.entries()]
    assert db.scalar("SELECT count(*) FROM outbox WHERE table_name = 'pests'") == 1


def test_editing_a_shipped_entry_keeps_its_id_and_can_be_undone(catalogue):
    blast = catalogue.get("rice-blast")
    wider = CatalogueTreatment(**{**vars(blast.treatments[0]), "dose_max_milli": 30_000})
    catalogue.save(PestEntry(**{**vars(blast), "treatments": (wider,)}))
    edited = catalogue.get("rice-blast")
    assert edited.edited and edited.shipped
    assert edited.treatments[0].dose_max_milli == 30_000
    assert len(catalogue.entries()) == 2
    catalogue.restore_shipped("rice-blast")
    assert catalogue.get("rice-blast").treatments[0].dose_max_milli == 26_700
    assert not catalogue.get("rice-blast").edited
    catalogue.save(PestEntry(**{**vars(blast), "name_en": "Blast"}))  # the tombstone revives
    assert catalogue.get("rice-blast").name_en == "Blast"


def test_removing_hides_a_shipped_entry_and_deletes_the_coops_own(catalogue):
    own = catalogue.save(PestEntry(id="", name_zh="稻蓟马", kind="insect"))
    catalogue.remove("rice-blast")
    catalogue.remove(own)
    assert [e.id for e in catalogue.entries()] == ["veg-aphid"]
    assert [e.id for e in catalogue.hidden()] == ["rice-blast"]
    catalogue.restore_shipped("rice-blast")
    assert {e.id for e in catalogue.entries()} == {"rice-blast", "veg-aphid"}


def test_a_wrong_edit_says_every_field_and_changes_nothing(catalogue, db):
    blast = catalogue.get("rice-blast")
    bad = CatalogueTreatment(**{**vars(blast.treatments[0]), "dose_min_milli": 0, "unit": "斤"})
    with pytest.raises(ValidationError) as error:
        catalogue.save(PestEntry(**{**vars(blast), "name_zh": " ", "treatments": (bad,)}))
    assert [(e.field, e.problem) for e in error.value.errors] == [
        ("name_zh", Problem.REQUIRED),
        ("treatments.0.unit", Problem.UNKNOWN_CHOICE),
        ("treatments.0.dose_min", Problem.REQUIRED),
    ]
    assert catalogue.get("rice-blast") == blast
    assert db.scalar("SELECT count(*) FROM pests") == 0


def test_an_unknown_entry_is_not_saved_or_removed(catalogue):
    with pytest.raises(KeyError):
        catalogue.save(PestEntry(id="no-such-entry", name_zh="某病"))
    with pytest.raises(KeyError):
        catalogue.remove("no-such-entry")
