"""Recording a field visit: who and where, what was seen, what it is, what to do, and
when to come back. Wrong fields are named under the field; nothing is saved until all
are right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.domain.catalogue import PestEntry, proposed_plan
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.growers import Grower
from fieldapp.domain.treatments import UnconfirmedDoseError
from fieldapp.domain.visits import Severity, VisitData, VisitKind, VisitStatus
from fieldapp.services.bundle import Services
from fieldapp.services.visits import SheetState, VisitRow
from fieldapp.settings import Settings
from fieldapp.tasks import TaskHandle, Tasks

from . import style
from .forms import add_field
from .grower_picker import pick_grower
from .i18n import english
from .ledger_text import local_time
from .messages import photo_problem_text, problem_text
from .treatment_plan import TreatmentPlan, amount_text

if TYPE_CHECKING:
    from fieldapp.services.photos import PhotoImport, PhotoRow


def _qdate(value: str) -> QDate:
    day = dt.date.fromisoformat(value) if value else dt.date.today()
    return QDate(day.year, day.month, day.day)


def _iso(date: QDate) -> str:
    return dt.date(date.year(), date.month(), date.day()).isoformat()


def plan_summary(data: VisitData) -> str:
    """What was done, in one line: the products and doses, else the plan's notes."""
    if data.treatment_lines:
        return "; ".join(
            f"{line.product} {amount_text(line.dose_milli, line.unit)}"
            for line in data.treatment_lines
        )
    return data.treatment.strip().split("\n", 1)[0]


class VisitEditor(QDialog):
    saved = Signal(str)  # visit id
    openOther = Signal(str)  # visit id of a similar past case to look at

    def __init__(
        self,
        services: Services,
        tasks: Tasks,
        visit_id: str = "",
        grower_id: str = "",
        technician: str = "",
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.settings = settings
        self.visit_id = visit_id
        self.grower: Grower | None = None
        self.plot_crops: dict[str, str] = {}  # plot id -> crop name, for the catalogue
        existing = services.visits.get(visit_id) if visit_id else None
        data = existing.data if existing else VisitData(grower_id=grower_id, technician=technician)
        self.pest_id = data.pest_id
        self.pest_name = data.diagnosis if data.pest_id else ""
        self.setWindowTitle(self.tr("Field visit") if existing else self.tr("New field visit"))
        self.setMinimumSize(1100, 640)
        self._fit_screen()

        form = QFormLayout()
        self.grower_search = QLineEdit()
        self.grower_search.setPlaceholderText(
            self.tr("Scan the card, or type a name and press Enter")
        )
        self.grower_search.returnPressed.connect(self.find_grower)
        self.grower_label = QLabel()
        style.set_point_size(self.grower_label, 13, bold=True)
        grower_row = QHBoxLayout()
        grower_row.addWidget(self.grower_search, 1)
        grower_row.addWidget(self.grower_label, 1)
        grower_box = QWidget()
        grower_row.setContentsMargins(0, 0, 0, 0)
        grower_box.setLayout(grower_row)
        self.plot = QComboBox()
        self.visited_on = QDateEdit(_qdate(data.visited_on))
        self.visited_on.setCalendarPopup(True)
        self.visited_on.setDisplayFormat("yyyy-MM-dd")
        self.technician = QLineEdit(data.technician)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Visit in the field"), VisitKind.FIELD.value)
        self.kind.addItem(self.tr("Remote, from the grower's photos"), VisitKind.REMOTE.value)
        self.weather = QLineEdit(data.weather)
        self.weather.setPlaceholderText(self.tr("e.g. sunny, 28 °C, rain two days ago"))
        self.crop_stage = QLineEdit(data.crop_stage)
        self.crop_stage.setPlaceholderText(self.tr("e.g. tillering, flowering, fruit swelling"))
        self.symptoms = QPlainTextEdit(data.symptoms)
        self.diagnosis = QLineEdit(data.diagnosis)
        self.diagnosis.setPlaceholderText(self.tr("Choose from the catalogue, or type it"))
        self.diagnosis.textEdited.connect(self._diagnosis_typed)
        self.catalogue_button = QPushButton(self.tr("Catalogue…"))
        self.catalogue_button.setShortcut("Ctrl+K")
        self.catalogue_button.setToolTip(self.tr("Pest and disease catalogue (Ctrl+K)"))
        self.catalogue_button.clicked.connect(self.choose_diagnosis)
        self.diagnosis_hint = QLabel()
        style.set_role(self.diagnosis_hint, "hint")
        diagnosis_row = QHBoxLayout()
        diagnosis_row.setContentsMargins(0, 0, 0, 0)
        diagnosis_row.addWidget(self.diagnosis, 1)
        diagnosis_row.addWidget(self.catalogue_button)
        diagnosis_box = QWidget()
        diagnosis_box.setLayout(diagnosis_row)
        self.severity = QComboBox()
        for value, title in (
            (Severity.NONE, self.tr("None")),
            (Severity.LIGHT, self.tr("Light")),
            (Severity.MODERATE, self.tr("Moderate")),
            (Severity.SEVERE, self.tr("Severe")),
        ):
            self.severity.addItem(title, value.value)
        self.affected = QSpinBox()
        self.affected.setRange(0, 100)
        self.affected.setSuffix(" %")
        self.affected.setValue(data.affected_percent)
        tank_l = settings.get(keys.SPRAYER_TANK_L) if settings else 15
        self.plan = TreatmentPlan(tank_l)
        self.plan.set_lines(data.treatment_lines)
        self.plan.propose_button.setEnabled(bool(self.pest_id))
        self.plan.proposeRequested.connect(self.take_proposal)
        self.treatment = QPlainTextEdit(data.treatment)
        self.treatment.setPlaceholderText(
            self.tr("Anything else the grower should know about the plan")
        )
        self.has_follow_up = QCheckBox(self.tr("Come back on"))
        self.follow_up_on = QDateEdit(
            _qdate(data.follow_up_on) if data.follow_up_on else QDate.currentDate().addDays(7)
        )
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat("yyyy-MM-dd")
        self.has_follow_up.setChecked(bool(data.follow_up_on))
        self.follow_up_on.setEnabled(bool(data.follow_up_on))
        self.has_follow_up.toggled.connect(self.follow_up_on.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.setContentsMargins(0, 0, 0, 0)
        follow_row.addWidget(self.has_follow_up)
        follow_row.addWidget(self.follow_up_on)
        follow_row.addStretch(1)
        follow_box = QWidget()
        follow_box.setLayout(follow_row)
        self.status = QComboBox()
        for value, title in (
            (VisitStatus.OPEN, self.tr("Open")),
            (VisitStatus.TREATED, self.tr("Treated, watching")),
            (VisitStatus.RESOLVED, self.tr("Resolved")),
        ):
            self.status.addItem(title, value.value)
        for combo, value in (
            (self.kind, data.kind),
            (self.severity, data.severity),
            (self.status, data.status),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.symptoms.setFixedHeight(80)
        self.treatment.setFixedHeight(56)

        self.errors = {
            "grower_id": add_field(form, self.tr("Grower"), grower_box),
            "plot_id": add_field(form, self.tr("Plot"), self.plot),
            "visited_on": add_field(form, self.tr("Date"), self.visited_on),
            "technician": add_field(form, self.tr("Technician"), self.technician),
            "kind": add_field(form, self.tr("Kind"), self.kind),
            "weather": add_field(form, self.tr("Weather"), self.weather),
            "crop_stage": add_field(form, self.tr("Crop stage"), self.crop_stage),
            "symptoms": add_field(form, self.tr("What was seen"), self.symptoms),
            "diagnosis": add_field(form, self.tr("Diagnosis"), diagnosis_box, self.diagnosis_hint),
            "severity": add_field(form, self.tr("Severity"), self.severity),
            "affected_percent": add_field(form, self.tr("Share of plot affected"), self.affected),
            "treatment_lines": add_field(form, self.tr("Treatment plan"), self.plan),
            "treatment": add_field(form, self.tr("Plan notes"), self.treatment),
            "follow_up_on": add_field(form, self.tr("Follow-up"), follow_box),
            "status": add_field(form, self.tr("Status"), self.status),
        }
        # What the grower sees on the portal: a technician answering a photo question
        # wants to know the answer gets there.
        self.phone_note = QLabel()
        self.phone_note.setWordWrap(True)
        style.set_role(self.phone_note, "hint")
        self.photo_grid = QListWidget()
        self.photo_grid.setViewMode(QListView.ViewMode.IconMode)
        self.photo_grid.setIconSize(QSize(128, 128))
        self.photo_grid.setGridSize(QSize(136, 136))
        self.photo_grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_grid.setMovement(QListView.Movement.Static)
        self.photo_grid.setMinimumHeight(170)
        self.photo_grid.itemActivated.connect(lambda *_: self.view_photo())
        self.photo_grid.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.photo_grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.move_action = QAction(self.tr("Move to another visit of this grower…"), self)
        self.move_action.triggered.connect(self.move_photos)
        self.photo_grid.addAction(self.move_action)
        self.photo_rows: list[PhotoRow] = []
        self.photo_note = QLabel()
        style.set_role(self.photo_note, "hint")
        self.photo_note.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Add photos from a folder…"))
        self.import_button.clicked.connect(self.import_photos)
        # Beside the form, not under it: old laptops' screens are 768 pixels high.
        photos_panel = QWidget()
        photo_box = QVBoxLayout(photos_panel)
        photo_box.setContentsMargins(0, 0, 0, 0)
        photos_title = QLabel(self.tr("Photos"))
        style.set_point_size(photos_title, 13, bold=True)
        photo_box.addWidget(photos_title)
        photo_box.addWidget(self.photo_grid, 1)
        photo_box.addWidget(self.photo_note)
        photo_box.addWidget(self.import_button)
        self.import_button.setMinimumHeight(40)
        similar_title = QLabel(self.tr("Similar past cases"))
        style.set_point_size(similar_title, 12, bold=True)
        self.similar = QListWidget()
        self.similar.setMaximumHeight(170)
        self.similar.setWordWrap(True)
        self.similar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.similar.itemActivated.connect(
            lambda item: self.openOther.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        )
        photo_box.addWidget(similar_title)
        photo_box.addWidget(self.similar)
        self._then_import = False
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.advice_button = buttons.addButton(
            self.tr("Print advice sheet…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.advice_button.setEnabled(settings is not None)
        self.advice_button.clicked.connect(self.print_advice)
        self._then_advice = False
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addWidget(photos_panel, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.phone_note, 1)  # beside the buttons: seen without scrolling
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        if data.grower_id:
            grower = services.registry.get(data.grower_id)
            if grower is not None:
                self.use_grower(grower, data.plot_id)
        else:
            self.grower_label.setText(self.tr("No grower chosen"))
        self._show_diagnosis_hint()
        self.load_photos()
        self.load_phone_state()

    def _fit_screen(self) -> None:
        """As large as the screen allows: the form, the plan and the photos side by side
        need the width, and old laptops have 1366 x 768."""
        screen = self.screen().availableGeometry()
        self.resize(min(1360, screen.width() - 20), min(900, screen.height() - 40))

    def find_grower(self) -> None:
        grower = pick_grower(self, self.services.registry, self.grower_search.text())
        if grower is not None:
            self.use_grower(grower)

    def use_grower(self, grower: Grower, plot_id: str = "") -> None:
        self.grower = grower
        self.grower_search.clear()
        self.grower_label.setText(f"{grower.data.name}    {grower.card_no}")
        self.plot.clear()
        self.plot.addItem(self.tr("(no particular plot)"), "")
        crops = {c.id: c.name for c in self.services.places.crops()}
        self.plot_crops = {}
        for plot in self.services.registry.plots(grower.id):
            crop = crops.get(plot.data.crop_id, "")
            self.plot_crops[plot.id] = crop
            title = plot.data.name or self.tr("Plot")
            self.plot.addItem(f"{title}  ({crop})" if crop else title, plot.id)
        self.plot.setCurrentIndex(max(0, self.plot.findData(plot_id)))

    def data(self) -> VisitData:
        return VisitData(
            grower_id=self.grower.id if self.grower else "",
            plot_id=self.plot.currentData() or "",
            visited_on=_iso(self.visited_on.date()),
            technician=self.technician.text(),
            kind=self.kind.currentData(),
            weather=self.weather.text(),
            crop_stage=self.crop_stage.text(),
            symptoms=self.symptoms.toPlainText(),
            diagnosis=self.diagnosis.text(),
            pest_id=self.pest_id,
            severity=self.severity.currentData(),
            affected_percent=self.affected.value(),
            treatment=self.treatment.toPlainText(),
            follow_up_on=_iso(self.follow_up_on.date()) if self.has_follow_up.isChecked() else "",
            status=self.status.currentData(),
            treatment_lines=tuple(self.plan.lines),
        )

    # -- diagnosis and plan --------------------------------------------------------------------

    def crop(self) -> str:
        return self.plot_crops.get(self.plot.currentData() or "", "")

    def choose_diagnosis(self) -> None:
        from .catalogue_picker import CataloguePicker

        picker = CataloguePicker(self.services, self.tasks, self.crop(), self.pest_id, self)
        self.picker = picker  # tests answer it
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            self.use_entry(picker.chosen)

    def use_entry(self, entry: PestEntry) -> None:
        """The diagnosis from the catalogue, and its plan when there is none yet (or the
        technician agrees to replace the one there is)."""
        self.pest_id = entry.id
        self.pest_name = entry.name_zh  # stored in Chinese: the coop's lists group by it
        self.diagnosis.setText(entry.name_zh)
        self.plan.propose_button.setEnabled(True)
        self._show_diagnosis_hint(entry)
        if entry.treatments and (not self.plan.lines or self._replace_plan()):
            self.plan.set_lines(proposed_plan(entry, english()))

    def _replace_plan(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Treatment plan"),
            self.tr("Replace the plan with the catalogue's products for this diagnosis?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def take_proposal(self) -> None:
        entry = self.services.catalogue.get(self.pest_id) if self.pest_id else None
        if entry is None:
            return
        if not entry.treatments:
            QMessageBox.information(
                self, self.tr("Treatment plan"), self.tr("The catalogue names no product for this.")
            )
            return
        if not self.plan.lines or self._replace_plan():
            self.plan.set_lines(proposed_plan(entry, english()))

    def _diagnosis_typed(self, text: str) -> None:
        """A diagnosis typed by hand is not the catalogue entry any more."""
        if self.pest_id and text.strip() != self.pest_name:
            self.pest_id = ""
            self.plan.propose_button.setEnabled(False)
            self._show_diagnosis_hint()

    def _show_diagnosis_hint(self, entry: PestEntry | None = None) -> None:
        if entry is None and self.pest_id:
            entry = self.services.catalogue.get(self.pest_id)
        if entry is not None:
            en = english()
            name = f"{entry.name_en} · " if en and entry.name_en else ""
            self.diagnosis_hint.setText(f"{name}{entry.latin}")
        elif self.diagnosis.text().strip():
            self.diagnosis_hint.setText(self.tr("Not from the catalogue."))
        else:
            self.diagnosis_hint.setText("")

    def load_phone_state(self) -> None:
        if not self.visit_id:
            return
        visits, visit_id = self.services.visits, self.visit_id
        self.tasks.run(lambda: visits.on_the_phone(visit_id), self._show_phone_state)

    def _show_phone_state(self, state: SheetState | None, error: BaseException | None) -> None:
        text = "" if error is not None else self.phone_text(state)
        self.phone_note.setText(self.tr("Grower's phone: %1").replace("%1", text) if text else "")

    def phone_text(self, state: SheetState | None) -> str:
        """What follows "Grower's phone:" under the form."""
        if state is None or not state.enrolled:  # no server, no portal: nothing to say
            return ""
        if not state.has_link:
            return self.tr("no link on the grower's card yet (printing a card gives one).")
        if not state.answered:
            return self.tr("shows that the case waits for an answer.")
        if not state.wanted:
            return self.tr("shows the answer; a case closed this long ago gets no advice sheet.")
        if not state.mine:
            return self.tr(
                "the answer and its advice sheet are sent by the laptop that changed the case last."
            )
        if state.state == "sent":
            return self.tr("the answer and its advice sheet are there (sent %1).").replace(
                "%1", local_time(state.updated_at)
            )
        if state.state == "failed":
            return self.tr(
                "shows the answer, but its advice sheet could not be sent: the Sync page says why."
            )
        return self.tr("the answer and its advice sheet go at the next sync.")

    def print_advice(self) -> None:
        """The sheet shows what is saved: save first, then open it."""
        self._then_advice = True
        self.save()

    def _open_advice(self) -> None:
        from .advice_dialog import AdviceDialog

        if self.settings is None:
            return
        dialog = AdviceDialog(self.services, self.tasks, self.settings, self.visit_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.advice = dialog
        dialog.open()

    # -- photos ------------------------------------------------------------------------------

    def load_photos(self) -> None:
        """Thumbnails read on a worker (200 of them would stall the window)."""
        self.photo_grid.clear()
        if not self.visit_id:
            self.photo_note.setText(self.tr("Photos are kept with the visit: it is saved first."))
            return
        photos, visit_id = self.services.photos, self.visit_id

        def read() -> list[tuple[PhotoRow, QImage]]:
            return [(row, QImage(str(photos.thumbnail(row)))) for row in photos.of_visit(visit_id)]

        self.tasks.run(read, self._show_photos)

    def _show_photos(
        self, items: list[tuple[PhotoRow, QImage]] | None, error: BaseException | None
    ) -> None:
        if error is not None or items is None:
            self.photo_note.setText(
                self.tr("The photos could not be read: %1").replace("%1", str(error))
            )
            return
        self.photo_rows = [row for row, _ in items]
        for row, image in items:
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), "")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.taken_at.replace("T", " "))
            self.photo_grid.addItem(item)
        self.photo_note.setText(self.tr("%n photo(s)", "", len(items)))
        self.load_similar()

    def load_similar(self) -> None:
        """Visits whose photos look alike first, then the same crop with the same
        diagnosis or alike symptoms: what was done there, and whether it worked."""
        photos, visits, visit_id = self.services.photos, self.services.visits, self.visit_id

        def find() -> list[tuple[VisitRow, str]]:
            found: dict[str, tuple[VisitRow, str]] = {}
            for case in photos.similar_cases(visit_id):
                why = "photos" if case.distance is not None else "diagnosis"
                found.setdefault(case.row.visit.id, (case.row, why))
            for row in visits.like_this(visit_id):
                found.setdefault(row.visit.id, (row, "crop"))
            return list(found.values())[:12]

        self.tasks.run(find, self._show_similar)

    def _show_similar(
        self, cases: list[tuple[VisitRow, str]] | None, error: BaseException | None
    ) -> None:
        from .visits_page import status_text

        self.similar.clear()
        if error is not None or not cases:
            self.similar.addItem(self.tr("None found yet."))
            return
        reasons = {
            "photos": self.tr("photos look alike"),
            "diagnosis": self.tr("same diagnosis"),
            "crop": self.tr("alike symptoms"),
        }
        for row, why in cases:
            d = row.visit.data
            done = plan_summary(d)
            outcome = status_text(d.status)
            item = QListWidgetItem(
                f"{d.visited_on}  {row.grower_name}  {d.diagnosis or '—'}  [{outcome}]"
                + (f"\n    {done}" if done else "")
                + f"  ({reasons[why]})"
            )
            item.setToolTip(d.symptoms)
            item.setData(Qt.ItemDataRole.UserRole, row.visit.id)
            self.similar.addItem(item)

    def move_photos(self) -> None:
        """Photos filed under the wrong visit go to another visit of the same grower."""
        chosen = [str(i.data(Qt.ItemDataRole.UserRole)) for i in self.photo_grid.selectedItems()]
        if not chosen or self.grower is None:
            return
        others = [
            r for r in self.services.visits.history(self.grower.id) if r.visit.id != self.visit_id
        ]
        if not others:
            QMessageBox.information(
                self, self.tr("Photos"), self.tr("This grower has no other visit to move them to.")
            )
            return
        labels = [f"{r.visit.data.visited_on}  {r.visit.data.diagnosis}" for r in others]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Move photos"),
            self.tr("Move %n photo(s) to:", "", len(chosen)),
            labels,
            0,
            False,
        )
        if not ok:
            return
        target = others[labels.index(label)].visit.id
        photos = self.services.photos

        def move() -> None:
            for photo_id in chosen:
                photos.move(photo_id, target)

        self.tasks.run(move, lambda _, error: self.load_photos(), write=True)

    def view_photo(self) -> None:
        """The chosen photo large (double-click or Enter in the grid)."""
        from .photo_viewer import PhotoViewer

        index = self.photo_grid.currentRow()
        if 0 <= index < len(self.photo_rows):
            viewer = PhotoViewer(self.services, self.tasks, self.photo_rows, index, self)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.viewer = viewer
            viewer.open()

    def import_photos(self) -> None:
        if not self.visit_id:
            self._then_import = True
            self.save()
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with the photos"))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> None:
        photos, visit_id = self.services.photos, self.visit_id
        progress = QProgressDialog(self.tr("Adding photos…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress

        def work(handle: TaskHandle) -> PhotoImport:
            files = photos.files_in(folder)
            return photos.import_into_visit(
                visit_id, files, on_progress=handle.report, cancelled=lambda: handle.cancelled
            )

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        handle = self.tasks.run(work, self._imported, write=True, progress=on_progress)
        progress.canceled.connect(handle.cancel)

    def _imported(self, report: PhotoImport | None, error: BaseException | None) -> None:
        self.progress.close()
        if error is not None or report is None:
            QMessageBox.warning(self, self.tr("Photos"), str(error))
            return
        lines = [self.tr("%n photo(s) added.", "", report.added)]
        if report.already:
            lines.append(self.tr("%n were already with this visit.", "", report.already))
        if report.plot_point_filled:
            lines.append(self.tr("The plot's position was taken from the photos' GPS."))
        if report.cancelled:
            lines.append(
                self.tr("Stopped: adding the same folder again continues where it stopped.")
            )
        if report.skipped:
            lines.append(self.tr("Not added:"))
            lines += [
                f"  {path.name}: {photo_problem_text(problem)}"
                for path, problem in report.skipped[:30]
            ]
            if len(report.skipped) > 30:
                lines.append(self.tr("…and %n more.", "", len(report.skipped) - 30))
        self.last_import = report
        self.photo_note.setText(lines[0])
        self.load_photos()
        if report.skipped or report.cancelled:
            QMessageBox.information(self, self.tr("Photos"), "\n".join(lines))

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        data, visit_id, visits = self.data(), self.visit_id, self.services.visits
        self.save_button.setEnabled(False)
        self.tasks.run(lambda: visits.save(data, visit_id), self._saved, write=True)

    def _saved(self, visit_id: str | None, error: BaseException | None) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, UnconfirmedDoseError) and self.plan.confirm_doses(error.lines):
            self.save()  # the same visit, with the doses confirmed
            return
        if error is not None:
            self._then_import = self._then_advice = False
        if isinstance(error, UnconfirmedDoseError):
            return
        if isinstance(error, ValidationError):
            for e in error.errors:
                label = self.errors.get(e.field)
                if label is not None:
                    label.setText(problem_text(e))
                    label.show()
            return
        if error is not None or visit_id is None:
            label = self.errors["grower_id"]
            label.setText(self.tr("The visit could not be saved: %1").replace("%1", str(error)))
            label.show()
            return
        self.visit_id = visit_id
        self.saved.emit(visit_id)
        if self.settings is not None:
            self.settings.set(keys.TECHNICIAN, " ".join(self.technician.text().split()))
        if self._then_advice:
            self._then_advice = False
            self.setWindowTitle(self.tr("Field visit"))
            self._open_advice()
            return
        if self._then_import:
            self._then_import = False
            self.setWindowTitle(self.tr("Field visit"))
            self.photo_note.setText("")
            self.import_photos()
            return
        self.accept()
