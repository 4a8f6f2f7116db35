"""The pest and disease catalogue: what an entry holds, reading and writing its JSON
form (the shipped resources/catalogue/pests.json and the coop's own rows), checking
an entry the coop edits, and the treatment plan an entry proposes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from .errors import FieldError, Problem, ValidationError
from .text import clean
from .treatments import (
    MAX_PHI_DAYS,
    MAX_WATER_L,
    DoseUnit,
    TreatmentLine,
    format_dose,
    measurable,
    parse_dose,
)

FORMAT = 1
MAX_NAME = 60
MAX_TEXT = 2000


class PestKind(StrEnum):
    INSECT = "insect"
    MITE = "mite"
    DISEASE = "disease"
    NEMATODE = "nematode"
    DISORDER = "disorder"  # nutrient, weather, spray damage


@dataclass(frozen=True)
class CatalogueTreatment:
    """A product the source recommends, with its dose range per mu of the product
    as sold, in thousandths of `unit` (see domain/treatments.py)."""

    product_zh: str
    product_en: str = ""
    ingredient_zh: str = ""
    ingredient_en: str = ""
    dose_min_milli: int = 0
    dose_max_milli: int = 0
    unit: str = DoseUnit.GRAM
    water_l: int = 30
    phi_days: int = 0
    max_times: int = 0  # applications per season; 0 = the source does not say
    timing_zh: str = ""
    timing_en: str = ""
    safety_zh: str = ""
    safety_en: str = ""


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str = ""
    url: str = ""
    year: str = ""


@dataclass(frozen=True)
class PestEntry:
    id: str
    name_zh: str
    kind: str = PestKind.DISEASE
    name_en: str = ""
    latin: str = ""
    crops: tuple[str, ...] = ()
    symptoms_zh: str = ""
    symptoms_en: str = ""
    prevention_zh: str = ""
    prevention_en: str = ""
    treatments: tuple[CatalogueTreatment, ...] = ()
    sources: tuple[Source, ...] = ()
    shipped: bool = False  # in the file that ships with the program
    edited: bool = False  # a shipped entry the coop changed

    def name(self, english: bool = False) -> str:
        return (self.name_en or self.name_zh) if english else self.name_zh

    def symptoms(self, english: bool = False) -> str:
        return (self.symptoms_en or self.symptoms_zh) if english else self.symptoms_zh

    def prevention(self, english: bool = False) -> str:
        return (self.prevention_en or self.prevention_zh) if english else self.prevention_zh


class CatalogueFormatError(ValueError):
    """The shipped file (or a row) is not a catalogue: says which entry and field."""

    def __init__(self, entry: str, field: str, why: str) -> None:
        super().__init__(f"catalogue entry {entry or '?'}: {field}: {why}")
        self.entry = entry
        self.field = field


_TREATMENT_TEXT = (
    "product_zh",
    "product_en",
    "ingredient_zh",
    "ingredient_en",
    "timing_zh",
    "timing_en",
    "safety_zh",
    "safety_en",
)
_ENTRY_TEXT = (
    "name_zh",
    "name_en",
    "latin",
    "symptoms_zh",
    "symptoms_en",
    "prevention_zh",
    "prevention_en",
)


def _text(data: dict, key: str, entry: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise CatalogueFormatError(entry, key, "not text")
    return value.strip()


def _int(data: dict, key: str, entry: str, default: int = 0) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise CatalogueFormatError(entry, key, f"not a whole number: {value!r}")
    return value


def _dose(data: dict, key: str, entry: str) -> int:
    value = data.get(key, "")
    try:
        return parse_dose(str(value))
    except ValueError:
        raise CatalogueFormatError(entry, key, f"not an amount: {value!r}") from None


def treatment_from_dict(data: dict, entry: str = "") -> CatalogueTreatment:
    texts = {key: _text(data, key, entry) for key in _TREATMENT_TEXT}
    return CatalogueTreatment(
        **texts,
        dose_min_milli=_dose(data, "dose_min", entry),
        dose_max_milli=_dose(data, "dose_max", entry),
        unit=_text(data, "unit", entry),
        water_l=_int(data, "water_l", entry, 30),
        phi_days=_int(data, "phi_days", entry),
        max_times=_int(data, "max_times", entry),
    )


def treatment_to_dict(treatment: CatalogueTreatment) -> dict:
    data: dict = {key: getattr(treatment, key) for key in _TREATMENT_TEXT}
    data.update(
        dose_min=format_dose(treatment.dose_min_milli),
        dose_max=format_dose(treatment.dose_max_milli),
        unit=treatment.unit,
        water_l=treatment.water_l,
        phi_days=treatment.phi_days,
        max_times=treatment.max_times,
    )
    return data


def source_from_dict(data: dict, entry: str = "") -> Source:
    return Source(*(_text(data, key, entry) for key in ("title", "publisher", "url", "year")))


def source_to_dict(source: Source) -> dict:
    return {
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "year": source.year,
    }


def _list(data: dict, key: str, entry: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise CatalogueFormatError(entry, key, "not a list")
    return value


def entry_from_dict(data: dict, shipped: bool = False) -> PestEntry:
    if not isinstance(data, dict):
        raise CatalogueFormatError("", "entry", "not an object")
    entry_id = _text(data, "id", "")
    crops = _list(data, "crops", entry_id)
    if not all(isinstance(c, str) for c in crops):
        raise CatalogueFormatError(entry_id, "crops", "not a list of names")
    return PestEntry(
        id=entry_id,
        kind=_text(data, "kind", entry_id),
        crops=tuple(clean(c) for c in crops),
        treatments=tuple(
            treatment_from_dict(t, entry_id) for t in _list(data, "treatments", entry_id)
        ),
        sources=tuple(source_from_dict(s, entry_id) for s in _list(data, "sources", entry_id)),
        shipped=shipped,
        **{key: _text(data, key, entry_id) for key in _ENTRY_TEXT},
    )


def entry_to_dict(entry: PestEntry) -> dict:
    data: dict = {"id": entry.id, "kind": entry.kind}
    data.update({key: getattr(entry, key) for key in _ENTRY_TEXT})
    data["crops"] = list(entry.crops)
    data["treatments"] = [treatment_to_dict(t) for t in entry.treatments]
    data["sources"] = [source_to_dict(s) for s in entry.sources]
    return data


def shipped_entries(document: dict) -> list[PestEntry]:
    """The entries of the shipped file, each checked; CatalogueFormatError otherwise."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CatalogueFormatError("", "format", f"expected format {FORMAT}")
    entries = [entry_from_dict(d, shipped=True) for d in _list(document, "entries", "")]
    seen: set[str] = set()
    for entry in entries:
        if not entry.id or entry.id in seen:
            raise CatalogueFormatError(entry.id, "id", "missing or repeated")
        seen.add(entry.id)
        try:
            checked_entry(entry)
        except ValidationError as error:
            first = error.errors[0]
            raise CatalogueFormatError(entry.id, first.field, str(first.problem)) from None
        if not entry.sources:
            raise CatalogueFormatError(entry.id, "sources", "a shipped entry cites its source")
    return entries


def _checked_treatment(index: int, item: CatalogueTreatment, errors: list[FieldError]) -> None:
    at = f"treatments.{index}."
    if not item.product_zh:
        errors.append(FieldError(at + "product_zh", Problem.REQUIRED))
    if item.unit not in frozenset(DoseUnit):
        errors.append(FieldError(at + "unit", Problem.UNKNOWN_CHOICE, item.unit))
    if item.dose_min_milli <= 0:
        errors.append(FieldError(at + "dose_min", Problem.REQUIRED))
    if item.dose_max_milli < item.dose_min_milli:
        errors.append(
            FieldError(at + "dose_max", Problem.TOO_LARGE, format_dose(item.dose_max_milli))
        )
    if not 0 < item.water_l <= MAX_WATER_L:
        errors.append(FieldError(at + "water_l", Problem.TOO_LARGE, str(MAX_WATER_L)))
    if not 0 <= item.phi_days <= MAX_PHI_DAYS:
        errors.append(FieldError(at + "phi_days", Problem.TOO_LARGE, str(MAX_PHI_DAYS)))
    if item.max_times < 0:
        errors.append(FieldError(at + "max_times", Problem.NEGATIVE))


def checked_entry(entry: PestEntry) -> PestEntry:
    """An entry fit to save, or ValidationError naming every wrong field."""
    entry = replace(
        entry,
        name_zh=clean(entry.name_zh),
        name_en=clean(entry.name_en),
        latin=clean(entry.latin),
        crops=tuple(dict.fromkeys(c for c in (clean(c) for c in entry.crops) if c)),
    )
    errors: list[FieldError] = []
    if not entry.name_zh:
        errors.append(FieldError("name_zh", Problem.REQUIRED))
    for key in ("name_zh", "name_en", "latin"):
        if len(getattr(entry, key)) > MAX_NAME:
            errors.append(FieldError(key, Problem.TOO_LONG, str(MAX_NAME)))
    for key in ("symptoms_zh", "symptoms_en", "prevention_zh", "prevention_en"):
        if len(getattr(entry, key)) > MAX_TEXT:
            errors.append(FieldError(key, Problem.TOO_LONG, str(MAX_TEXT)))
    if entry.kind not in frozenset(PestKind):
        errors.append(FieldError("kind", Problem.UNKNOWN_CHOICE, entry.kind))
    for index, item in enumerate(entry.treatments):
        _checked_treatment(index, item, errors)
    if errors:
        raise ValidationError(errors)
    return entry


def proposed_dose(item: CatalogueTreatment) -> int:
    """The middle of the range, rounded to what can be measured, never outside it."""
    middle = measurable((item.dose_min_milli + item.dose_max_milli) // 2)
    return min(max(middle, item.dose_min_milli), item.dose_max_milli)


def proposed_plan(entry: PestEntry, english: bool = False) -> tuple[TreatmentLine, ...]:
    """The plan the catalogue suggests: each product at the middle of its range, with
    the range carried along so a dose changed later is checked against it."""
    return tuple(
        TreatmentLine(
            product=(t.product_en or t.product_zh) if english else t.product_zh,
            ingredient=(t.ingredient_en or t.ingredient_zh) if english else t.ingredient_zh,
            dose_milli=proposed_dose(t),
            unit=t.unit,
            water_l=t.water_l,
            timing=(t.timing_en or t.timing_zh) if english else t.timing_zh,
            safety=(t.safety_en or t.safety_zh) if english else t.safety_zh,
            phi_days=t.phi_days,
            range_low_milli=t.dose_min_milli,
            range_high_milli=t.dose_max_milli,
        )
        for t in entry.treatments
    )


def matches(entry: PestEntry, words: str) -> bool:
    """Every word appears in a name, the Latin name or the symptoms (any language)."""
    haystack = " ".join(
        (entry.name_zh, entry.name_en, entry.latin, entry.symptoms_zh, entry.symptoms_en)
    ).lower()
    return all(word in haystack for word in clean(words).lower().split())
