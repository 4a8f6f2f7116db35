"""Adding or editing one plot: area in mu, crop, variety, GPS point."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.growers import Plot, PlotInput, parse_plot
from fieldapp.domain.units import format_mu
from fieldapp.services.bundle import Services
from fieldapp.tasks import Tasks

from . import forms
from .messages import problem_text


class PlotEditor(QDialog):
    def __init__(
        self,
        services: Services,
        tasks: Tasks,
        grower_id: str,
        plot: Plot | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._grower_id = grower_id
        self._plot = plot
        self.setWindowTitle(self.tr("Edit plot") if plot else self.tr("New plot"))
        self.setMinimumWidth(480)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 河边大田"))
        self.area_mu = QLineEdit()
        self.area_mu.setPlaceholderText(self.tr("in mu, e.g. 1.5"))
        self.crop = QComboBox()
        self.crop.addItem(self.tr("(choose)"), "")
        for crop in services.places.crops():
            self.crop.addItem(crop.name, crop.id)
        self.variety = QLineEdit()
        self.latitude = QLineEdit()
        self.latitude.setPlaceholderText(self.tr("e.g. 25.043210"))
        self.longitude = QLineEdit()
        self.longitude.setPlaceholderText(self.tr("e.g. 102.712345"))
        self.soil_notes = QPlainTextEdit()
        self.soil_notes.setMaximumHeight(80)

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (
            ("name", self.tr("Plot name *"), self.name),
            ("area_mu", self.tr("Area (mu) *"), self.area_mu),
            ("crop_id", self.tr("Crop"), self.crop),
            ("variety", self.tr("Variety"), self.variety),
            ("latitude", self.tr("Latitude"), self.latitude),
            ("longitude", self.tr("Longitude"), self.longitude),
            ("soil_notes", self.tr("Soil notes"), self.soil_notes),
        ):
            self._errors[key] = forms.add_field(form, label, widget)

        self.banner = forms.error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

        if plot is not None:
            d = plot.data
            self.name.setText(d.name)
            self.area_mu.setText(format_mu(d.area_m2))
            self.crop.setCurrentIndex(max(0, self.crop.findData(d.crop_id)))
            self.variety.setText(d.variety)
            if d.lat_e6 is not None and d.lon_e6 is not None:
                self.latitude.setText(f"{d.lat_e6 / 1e6:.6f}")
                self.longitude.setText(f"{d.lon_e6 / 1e6:.6f}")
            self.soil_notes.setPlainText(d.soil_notes)
        for edit in (self.name, self.area_mu, self.latitude, self.longitude):
            edit.textEdited.connect(self.check)

    def plot_input(self) -> PlotInput:
        return PlotInput(
            name=self.name.text(),
            area_mu=self.area_mu.text(),
            crop_id=self.crop.currentData() or "",
            variety=self.variety.text(),
            latitude=self.latitude.text(),
            longitude=self.longitude.text(),
            soil_notes=self.soil_notes.toPlainText(),
        )

    def check(self) -> bool:
        try:
            parse_plot(self.plot_input())
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        self._show_errors(None)
        return True

    def _show_errors(self, exc: ValidationError | None) -> None:
        by_field = {e.field: e for e in exc.errors} if exc else {}
        for key, label in self._errors.items():
            error = by_field.get(key)
            label.setText(problem_text(error) if error else "")
            label.setVisible(error is not None)

    def save(self) -> None:
        if not self.check():
            return
        inp, registry = self.plot_input(), self._services.registry
        plot_id = self._plot.id if self._plot else ""

        def done(_: object, error: BaseException | None) -> None:
            if isinstance(error, ValidationError):
                self._show_errors(error)
            elif error is not None:
                self.banner.setText(self.tr("Could not save: %s") % error)
                self.banner.show()
            else:
                self.accept()

        self._tasks.run(lambda: registry.save_plot(self._grower_id, inp, plot_id), done, write=True)
