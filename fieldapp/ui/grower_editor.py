"""Registering and editing one grower, with their plots.

Every field is checked as it is typed by the same rules the service applies on
save, and the message under the field says what is wrong. Nothing is saved
until everything is valid.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.duplicates import Duplicate, DuplicateError, Reason
from fieldapp.domain.errors import FieldError, ValidationError
from fieldapp.domain.growers import (
    AccountKind,
    Gender,
    GrowerData,
    Plot,
    Status,
    normalize_grower,
    validate_grower,
)
from fieldapp.domain.idcard import (
    birth_date,
    check_id_number,
    gender_from_id,
    normalize_id_number,
)
from fieldapp.domain.units import format_mu
from fieldapp.services.bundle import Services
from fieldapp.tasks import Tasks

from . import forms, style
from .messages import problem_text
from .plot_editor import PlotEditor

NO_DATE = QDate(1900, 1, 1)  # QDateEdit cannot be empty; its minimum stands for "not set"


class _Field:
    """An input widget, its error label, and how to read it."""

    def __init__(self, widget: QWidget, error: QLabel) -> None:
        self.widget = widget
        self.error = error
        self.touched = False


class GrowerEditor(QDialog):
    saved = Signal(str)  # grower id
    openOther = Signal(str)  # the user chose to open the grower this one duplicates
    newVisit = Signal(str)  # grower id: record a field visit for this grower
    openVisit = Signal(str)  # visit id

    def __init__(
        self,
        services: Services,
        tasks: Tasks,
        grower_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._grower_id = grower_id
        self._fields: dict[str, _Field] = {}
        self._saving = False
        self.setMinimumSize(760, 700)

        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(22)
        self.id_hint = QLabel()
        style.set_role(self.id_hint, "hint")
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.gender = QComboBox()
        for text, value in ((self.tr("Not given"), Gender.UNKNOWN), (self.tr("Male"), Gender.MALE),
                            (self.tr("Female"), Gender.FEMALE)):  # fmt: skip
            self.gender.addItem(text, str(value))
        self.township = QComboBox()
        self.village = QComboBox()
        for combo in (self.township, self.village):
            combo.setMinimumWidth(220)
        self.address = QLineEdit()
        self.account_kind = QComboBox()
        for text, value in ((self.tr("None"), AccountKind.NONE),
                            (self.tr("Bank card"), AccountKind.BANK),
                            (self.tr("WeChat Pay"), AccountKind.WECHAT),
                            (self.tr("Alipay"), AccountKind.ALIPAY)):  # fmt: skip
            self.account_kind.addItem(text, str(value))
        self.account_no = QLineEdit()
        self.member_since = QDateEdit()
        self.member_since.setCalendarPopup(True)
        self.member_since.setDisplayFormat("yyyy-MM-dd")
        self.member_since.setMinimumDate(NO_DATE)
        self.member_since.setSpecialValueText(self.tr("Not given"))
        self.member_since.setDate(NO_DATE)
        self.status = QComboBox()
        self.status.addItem(self.tr("Active member"), str(Status.ACTIVE))
        self.status.addItem(self.tr("Left the cooperative"), str(Status.LEFT))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = (
            ("name", self.tr("Name *"), self.name),
            ("id_number", self.tr("ID number"), self.id_number),
            ("phone", self.tr("Mobile"), self.phone),
            ("gender", self.tr("Gender"), self.gender),
            ("township_id", self.tr("Township"), self.township),
            ("village_id", self.tr("Village"), self.village),
            ("address", self.tr("Address"), self.address),
            ("account_kind", self.tr("Paid by"), self.account_kind),
            ("account_no", self.tr("Account no."), self.account_no),
            ("member_since", self.tr("Member since"), self.member_since),
            ("status", self.tr("Status"), self.status),
            ("notes", self.tr("Notes"), self.notes),
        )
        for key, label, widget in rows:
            below = (self.id_hint,) if key == "id_number" else ()
            self._fields[key] = _Field(widget, forms.add_field(form, label, widget, *below))

        self.name.setPlaceholderText(self.tr("As on the ID card, e.g. 张三"))
        self.id_number.setPlaceholderText(self.tr("18 digits, the last may be X"))
        self.phone.setPlaceholderText(self.tr("11 digits, e.g. 138 0013 8000"))
        self.address.setPlaceholderText(self.tr("Group / house number"))

        details = QWidget()
        details.setLayout(form)
        # Scrolls instead of squeezing rows when error messages appear on a small screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Household"))
        self.tabs.addTab(self._build_plots_tab(), self.tr("Plots"))
        self.tabs.addTab(self._build_visits_tab(), self.tr("Field visits"))

        self.banner = forms.error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.title = QLabel()
        style.set_point_size(self.title, style.TITLE_POINT_SIZE, bold=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        self._fill_townships()
        self.township.currentIndexChanged.connect(self._fill_villages)
        self._load()
        self._connect_checks()
        self.name.setFocus()

    # -- loading ---------------------------------------------------------------------------

    def _fill_townships(self) -> None:
        self.township.clear()
        self.township.addItem(self.tr("(choose)"), "")
        for place in self._services.places.townships():
            self.township.addItem(place.name, place.id)
        self._fill_villages()

    def _fill_villages(self) -> None:
        current = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("(choose)"), "")
        township = self.township.currentData()
        if township:
            for place in self._services.places.villages(township):
                self.village.addItem(place.name, place.id)
        self.village.setCurrentIndex(max(0, self.village.findData(current)))
        self.village.blockSignals(False)

    def _load(self) -> None:
        grower = self._services.registry.get(self._grower_id) if self._grower_id else None
        if grower is None:
            self._grower_id = ""
            self.title.setText(self.tr("New grower"))
            self.setWindowTitle(self.tr("New grower"))
            self._set_data(GrowerData())
        else:
            self.title.setText(self.tr("%s · card %s") % (grower.data.name, grower.card_no))
            self.setWindowTitle(grower.data.name)
            self._set_data(grower.data)
        self._load_plots()
        self._load_visits()

    def _set_data(self, data: GrowerData) -> None:
        self.name.setText(data.name)
        self.id_number.setText(data.id_number)
        self.phone.setText(data.phone)
        self.gender.setCurrentIndex(max(0, self.gender.findData(data.gender)))
        self.township.setCurrentIndex(max(0, self.township.findData(data.township_id)))
        self._fill_villages()
        self.village.setCurrentIndex(max(0, self.village.findData(data.village_id)))
        self.address.setText(data.address)
        self.account_kind.setCurrentIndex(max(0, self.account_kind.findData(data.account_kind)))
        self.account_no.setText(data.account_no)
        self.member_since.setDate(
            QDate.fromString(data.member_since, "yyyy-MM-dd") if data.member_since else NO_DATE
        )
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.notes.setPlainText(data.notes)
        self._update_id_hint()

    def data(self) -> GrowerData:
        """What the form holds now, as typed (the service normalises it)."""
        since = self.member_since.date()
        return GrowerData(
            name=self.name.text(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            gender=self.gender.currentData() or "",
            township_id=self.township.currentData() or "",
            village_id=self.village.currentData() or "",
            address=self.address.text(),
            account_kind=self.account_kind.currentData() or "",
            account_no=self.account_no.text(),
            notes=self.notes.toPlainText(),
            member_since="" if since == NO_DATE else since.toString("yyyy-MM-dd"),
            status=self.status.currentData() or Status.ACTIVE,
        )

    # -- checking as the user types --------------------------------------------------------

    def _connect_checks(self) -> None:
        for key, field in self._fields.items():
            widget = field.widget
            signal = None
            if isinstance(widget, QLineEdit):
                signal = widget.textEdited
            elif isinstance(widget, QComboBox):
                signal = widget.currentIndexChanged
            elif isinstance(widget, QDateEdit):
                signal = widget.dateChanged
            elif isinstance(widget, QPlainTextEdit):
                signal = widget.textChanged
            if signal is not None:
                signal.connect(lambda *_, k=key: self._touched(k))
        self.id_number.textEdited.connect(self._update_id_hint)

    def _touched(self, key: str) -> None:
        self._fields[key].touched = True
        self.check()

    def check(self, show_all: bool = False) -> list[FieldError]:
        """Validate the form and show each touched field's problem under it."""
        errors = validate_grower(normalize_grower(self.data()))
        by_field = {e.field: e for e in errors}
        for key, field in self._fields.items():
            error = by_field.get(key)
            visible = error is not None and (show_all or field.touched)
            field.error.setText(problem_text(error) if error else "")
            field.error.setVisible(visible)
        return errors

    def _update_id_hint(self) -> None:
        value = normalize_id_number(self.id_number.text())
        if value and check_id_number(value) is None:
            male = gender_from_id(value) == Gender.MALE
            gender = self.tr("male") if male else self.tr("female")
            self.id_hint.setText(self.tr("Born %s, %s") % (birth_date(value).isoformat(), gender))
            self.id_hint.show()
            if not self.gender.currentData():
                self.gender.setCurrentIndex(self.gender.findData(gender_from_id(value)))
        else:
            self.id_hint.hide()

    # -- saving ----------------------------------------------------------------------------

    def save(self, confirmed: bool = False) -> None:
        errors = self.check(show_all=True)
        if errors:
            self.tabs.setCurrentIndex(0)
            first = self._fields.get(errors[0].field)
            if first is not None:
                first.widget.setFocus()
            self._show_banner(
                self.tr("Please correct the fields marked in red. Nothing was saved.")
            )
            return
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        data, grower_id = self.data(), self._grower_id
        registry = self._services.registry
        self._tasks.run(
            lambda: registry.save(data, grower_id, confirmed=confirmed), self._saved, write=True
        )

    def _saved(self, grower_id: str | None, error: BaseException | None) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            for e in error.errors:
                field = self._fields.get(e.field)
                if field:
                    field.error.setText(problem_text(e))
                    field.error.show()
            self._show_banner(
                self.tr("Please correct the fields marked in red. Nothing was saved.")
            )
            return
        if isinstance(error, DuplicateError):
            self._handle_duplicates(error)
            return
        if error is not None:
            self._show_banner(self.tr("Could not save: %s") % error)
            return
        assert grower_id is not None
        new = not self._grower_id
        self._grower_id = grower_id
        self.banner.hide()
        self.saved.emit(grower_id)
        if new:
            # Stay open on the new grower so plots can be added straight away.
            self._load()
            self.plots_hint.hide()
            self.tabs.setCurrentIndex(1)
        else:
            self.accept()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _duplicate_line(self, d: Duplicate) -> str:
        reason = {
            Reason.SAME_ID_NUMBER: self.tr("same ID number"),
            Reason.SAME_NAME_PHONE: self.tr("same name and mobile"),
            Reason.SAME_NAME_VILLAGE: self.tr("same name in the same village"),
        }[d.reason]
        e = d.existing
        return self.tr("%s (card %s, %s, %s): %s") % (
            e.name,
            e.card_no,
            e.village or "—",
            e.phone or "—",
            reason,
        )

    def _handle_duplicates(self, error: DuplicateError) -> None:
        lines = "\n".join(self._duplicate_line(d) for d in error.duplicates)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        first = error.duplicates[0].existing
        if error.blocking:
            box.setWindowTitle(self.tr("Already registered"))
            box.setText(self.tr("This ID number is already registered. The grower was not saved."))
            box.setInformativeText(lines)
            open_button = box.addButton(
                self.tr("Open that grower"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is open_button:
                self.openOther.emit(first.id)
                self.reject()
            else:
                self.id_number.setFocus()
            return
        box.setWindowTitle(self.tr("Possible duplicate"))
        box.setText(self.tr("A grower who looks the same is already registered:"))
        box.setInformativeText(lines + "\n\n" + self.tr("Save this one as a different person?"))
        save_button = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        open_button = box.addButton(
            self.tr("Open the existing one"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is save_button:
            self.save(confirmed=True)
        elif box.clickedButton() is open_button:
            self.openOther.emit(first.id)
            self.reject()

    # -- plots -----------------------------------------------------------------------------

    def _build_plots_tab(self) -> QWidget:
        self.plots_table = QTableWidget(0, 5)
        self.plots_table.setHorizontalHeaderLabels(
            [
                self.tr("Plot"),
                self.tr("Area (mu)"),
                self.tr("Crop"),
                self.tr("Variety"),
                self.tr("GPS"),
            ]
        )
        self.plots_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plots_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plots_table.horizontalHeader().setStretchLastSection(True)
        self.plots_table.horizontalHeader().setMinimumSectionSize(100)
        self.plots_table.verticalHeader().hide()
        self.plots_table.verticalHeader().setDefaultSectionSize(32)
        self.plots_table.doubleClicked.connect(lambda *_: self._edit_plot())
        self.plots_hint = QLabel(self.tr("Save the household first, then add its plots."))
        style.set_role(self.plots_hint, "hint")
        self.add_plot_button = QPushButton(self.tr("Add plot"))
        self.add_plot_button.clicked.connect(lambda: self._edit_plot(new=True))
        self.edit_plot_button = QPushButton(self.tr("Edit plot"))
        self.edit_plot_button.clicked.connect(lambda: self._edit_plot())
        self.remove_plot_button = QPushButton(self.tr("Remove plot"))
        self.remove_plot_button.clicked.connect(self._remove_plot)
        buttons = QHBoxLayout()
        for b in (self.add_plot_button, self.edit_plot_button, self.remove_plot_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.plots_hint)
        layout.addWidget(self.plots_table, 1)
        layout.addLayout(buttons)
        return tab

    def _build_visits_tab(self) -> QWidget:
        self.visits_table = QTableWidget(0, 5)
        self.visits_table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Diagnosis"),
                self.tr("Severity"),
                self.tr("Status"),
                self.tr("Follow-up"),
            ]
        )
        self.visits_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visits_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.visits_table.verticalHeader().hide()
        self.visits_table.verticalHeader().setDefaultSectionSize(32)
        self.visits_table.doubleClicked.connect(lambda *_: self._open_visit())
        self.visits_hint = QLabel()
        style.set_role(self.visits_hint, "hint")
        self.new_visit_button = QPushButton(self.tr("New visit for this grower"))
        self.new_visit_button.clicked.connect(lambda: self.newVisit.emit(self._grower_id))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.visits_hint)
        layout.addWidget(self.visits_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_visit_button)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _load_visits(self) -> None:
        """The grower's history, newest first (a few rows: read directly, as the plots are)."""
        from .visits_page import severity_text, status_text

        rows = self._services.visits.history(self._grower_id) if self._grower_id else []
        self._visits = [r.visit for r in rows]
        self.new_visit_button.setEnabled(bool(self._grower_id))
        self.visits_hint.setText(
            self.tr("No field visits yet.") if self._grower_id and not rows else ""
        )
        self.visits_hint.setVisible(bool(self.visits_hint.text()))
        self.visits_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            d = row.visit.data
            severity = severity_text(d.severity)
            if d.affected_percent:
                severity += f" {d.affected_percent}%"
            values = (d.visited_on, d.diagnosis, severity, status_text(d.status), d.follow_up_on)
            for c, value in enumerate(values):
                self.visits_table.setItem(r, c, QTableWidgetItem(value))

    def _open_visit(self) -> None:
        row = self.visits_table.currentRow()
        if 0 <= row < len(self._visits):
            self.openVisit.emit(self._visits[row].id)

    def _load_plots(self) -> None:
        has_grower = bool(self._grower_id)
        self.plots_hint.setVisible(not has_grower)
        for b in (self.add_plot_button, self.edit_plot_button, self.remove_plot_button):
            b.setEnabled(has_grower)
        self._plots: list[Plot] = (
            self._services.registry.plots(self._grower_id) if has_grower else []
        )
        crops = {c.id: c.name for c in self._services.places.crops()}
        self.plots_table.setRowCount(len(self._plots))
        for row, plot in enumerate(self._plots):
            d = plot.data
            gps = (
                f"{d.lat_e6 / 1e6:.6f}, {d.lon_e6 / 1e6:.6f}"
                if d.lat_e6 is not None and d.lon_e6 is not None
                else ""
            )
            values = (d.name, format_mu(d.area_m2), crops.get(d.crop_id, ""), d.variety, gps)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.plots_table.setItem(row, column, item)
        self.plots_table.resizeColumnsToContents()

    def _current_plot(self) -> Plot | None:
        row = self.plots_table.currentRow()
        return self._plots[row] if 0 <= row < len(self._plots) else None

    def _edit_plot(self, new: bool = False) -> None:
        if not self._grower_id:
            return
        plot = None if new else self._current_plot()
        if not new and plot is None:
            return
        dialog = PlotEditor(self._services, self._tasks, self._grower_id, plot, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._load_plots()
            self.saved.emit(self._grower_id)

    def _remove_plot(self) -> None:
        plot = self._current_plot()
        if plot is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove plot"),
            self.tr("Remove the plot “%s”? Its history stays in the records.") % plot.data.name,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        registry = self._services.registry

        def done(_: object, error: BaseException | None) -> None:
            if error is not None:
                self._show_banner(self.tr("Could not remove the plot: %s") % error)
            self._load_plots()
            self.saved.emit(self._grower_id)

        self._tasks.run(lambda: registry.remove_plot(plot.id), done, write=True)
