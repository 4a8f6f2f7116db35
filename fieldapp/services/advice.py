"""The advice sheet a technician hands the grower: gathers the visit, the grower, the
plot, up to three photos with their marks and the catalogue's prevention text, and
renders them (documents/advice.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldapp.documents.advice import (
    ENGLISH_ADVICE_LABELS,
    AdviceLabels,
    AdvicePaper,
    AdvicePhoto,
    AdviceSheet,
    render_advice,
)
from fieldapp.domain.treatments import DEFAULT_TANK_L
from fieldapp.domain.units import format_mu
from fieldapp.domain.visits import Severity, Visit, VisitKind
from fieldapp.photos import shrunk_jpeg
from fieldapp.storage.photos import PhotoRow

if TYPE_CHECKING:
    from .bundle import Services
    from .sync import SheetSettings

MAX_PHOTOS = 3

SEVERITY_WORDS = {
    False: {
        Severity.NONE: "无",
        Severity.LIGHT: "轻度",
        Severity.MODERATE: "中度",
        Severity.SEVERE: "重度",
    },
    True: {
        Severity.NONE: "none",
        Severity.LIGHT: "light",
        Severity.MODERATE: "moderate",
        Severity.SEVERE: "severe",
    },
}


@dataclass(frozen=True)
class AdviceOptions:
    paper: str = AdvicePaper.A4
    tank_l: int = DEFAULT_TANK_L
    technician_phone: str = ""
    coop_name: str = ""
    english: bool = False
    photo_ids: tuple[str, ...] | None = None  # None: the visit's first three
    photo_px: int = 0  # photos shrunk to this long edge (a sheet for a phone); 0: as shown


# The sheet a grower opens on the portal: A5 (a phone's screen is narrow), in Chinese,
# photos at 640 px (270-400 dpi in their frames on A5; a 1.9 MB printed sheet is ~0.3 MB).
PORTAL_PHOTO_PX = 640
PORTAL_PHOTO_QUALITY = 70


def severity_words(visit: Visit, english: bool) -> str:
    words = SEVERITY_WORDS[english].get(visit.data.severity, visit.data.severity)
    share = visit.data.affected_percent
    if not share:
        return words
    return f"{words} · {share}% of the plot" if english else f"{words} · 约 {share}% 的田块"


def photo_caption(photo: PhotoRow) -> str:
    """When and where the photo was taken, as far as its EXIF said."""
    parts = [photo.taken_at.replace("T", " ")[:16]] if photo.taken_at else []
    if photo.lat_e6 is not None and photo.lon_e6 is not None:
        parts.append(f"{photo.lat_e6 / 1e6:.5f}, {photo.lon_e6 / 1e6:.5f}")
    return " · ".join(parts)


class AdviceService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def _plot_text(self, visit: Visit, english: bool) -> str:
        plot_id = visit.data.plot_id
        plot = next(
            (p for p in self.services.registry.plots(visit.data.grower_id) if p.id == plot_id),
            None,
        )
        if plot is None:
            return ""
        crops = {c.id: c.name for c in self.services.places.crops()}
        mu = f"{format_mu(plot.data.area_m2)} {'mu' if english else '亩'}"
        parts = [plot.data.name, crops.get(plot.data.crop_id, ""), mu if plot.data.area_m2 else ""]
        return " · ".join(p for p in parts if p)

    def _place_text(self, township_id: str, village_id: str) -> str:
        places = self.services.places
        township = next((t.name for t in places.townships() if t.id == township_id), "")
        village = next((v.name for v in places.villages(township_id) if v.id == village_id), "")
        return " · ".join(p for p in (township, village) if p)

    def _photos(
        self, visit_id: str, chosen: tuple[str, ...] | None, photo_px: int
    ) -> tuple[AdvicePhoto, ...]:
        photos = self.services.photos
        rows = photos.of_visit(visit_id)
        if chosen is not None:
            by_id = {r.id: r for r in rows}
            rows = [by_id[i] for i in chosen if i in by_id]
        rows = rows[:MAX_PHOTOS]
        marks = photos.marks_of_photos([r.id for r in rows])
        found = []
        for row in rows:
            preview = photos.preview(row)
            image = preview.read_bytes() if preview is not None else b""
            if photo_px and image:
                image = shrunk_jpeg(image, photo_px, PORTAL_PHOTO_QUALITY)
            found.append(AdvicePhoto(image, photo_caption(row), tuple(marks.get(row.id, ()))))
        return tuple(found)

    def sheet(self, visit_id: str, options: AdviceOptions) -> AdviceSheet:
        visit = self.services.visits.get(visit_id)
        if visit is None:
            raise KeyError(visit_id)
        grower = self.services.registry.get(visit.data.grower_id)
        if grower is None:
            raise KeyError(visit.data.grower_id)
        d, en = visit.data, options.english
        entry = self.services.catalogue.get(d.pest_id) if d.pest_id else None
        return AdviceSheet(
            coop_name=options.coop_name,
            grower_name=grower.data.name,
            card_no=grower.card_no,
            place=self._place_text(grower.data.township_id, grower.data.village_id),
            plot=self._plot_text(visit, en),
            visited_on=d.visited_on,
            technician=d.technician,
            technician_phone=options.technician_phone,
            remote=d.kind == VisitKind.REMOTE,
            crop_stage=d.crop_stage,
            symptoms=d.symptoms,
            diagnosis=d.diagnosis,
            diagnosis_latin=entry.latin if entry else "",
            severity=severity_words(visit, en),
            photos=self._photos(visit_id, options.photo_ids, options.photo_px),
            lines=d.treatment_lines,
            tank_l=options.tank_l,
            plan_notes=d.treatment,
            prevention=entry.prevention(en) if entry else "",
            follow_up_on=d.follow_up_on,
            reference=visit_id[-8:],
        )

    def pdf(self, visit_id: str, options: AdviceOptions) -> bytes:
        labels = ENGLISH_ADVICE_LABELS if options.english else AdviceLabels()
        return render_advice(self.sheet(visit_id, options), AdvicePaper(options.paper), labels)

    def portal_pdf(self, visit_id: str, settings: SheetSettings) -> bytes:
        """The sheet the grower opens on the portal (sync/sheets.py sends it)."""
        options = AdviceOptions(
            paper=AdvicePaper.A5,
            tank_l=settings.tank_l,
            technician_phone=settings.technician_phone,
            coop_name=settings.coop_name,
            photo_px=PORTAL_PHOTO_PX,
        )
        return self.pdf(visit_id, options)
