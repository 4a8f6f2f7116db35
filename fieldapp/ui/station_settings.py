"""The station's settings: who weighs, how receipts print, and where the scale is.

An installer sets the scale up once: the link (serial port, network converter or the
simulator), the indicator's protocol and line settings (or "Detect", which tries
them all), and how long a weight must hold still to count as stable.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.scale.detect import Detection, detect
from fieldapp.settings import Settings
from fieldapp.tasks import Tasks

from . import style
from .forms import add_field

BAUD_RATES = (600, 1200, 2400, 4800, 9600)


class StationSettingsDialog(QDialog):
    """Emits nothing: the caller re-reads the settings when exec() returns Accepted."""

    def __init__(
        self,
        settings: Settings,
        ports: list[tuple[str, str]],
        parent: QWidget | None = None,
        tasks: Tasks | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks
        self.setWindowTitle(self.tr("Station settings"))
        self.setMinimumWidth(560)

        station = QGroupBox(self.tr("Receipts"))
        form = QFormLayout(station)
        self.coop_name = QLineEdit(settings.get(keys.COOP_NAME))
        self.coop_code = QLineEdit(settings.get(keys.COOP_CODE))
        self.coop_code.setMaxLength(6)
        self.coop_code.setPlaceholderText("FA")
        self.clerk = QLineEdit(settings.get(keys.CLERK))
        self.layout_choice = QComboBox()
        for value, title in (
            ("thermal_80", self.tr("80 mm thermal roll")),
            ("thermal_58", self.tr("58 mm thermal roll")),
            ("a5", self.tr("A5 sheet")),
            ("continuous_241", self.tr("241 mm continuous form, 3 parts")),
        ):
            self.layout_choice.addItem(title, value)
        self.layout_choice.setCurrentIndex(
            max(0, self.layout_choice.findData(settings.get(keys.RECEIPT_LAYOUT)))
        )
        self.copies = QSpinBox()
        self.copies.setRange(1, 3)
        self.copies.setValue(settings.get(keys.RECEIPT_COPIES))
        self.ask_printer = QCheckBox(self.tr("Ask for the printer every time"))
        self.ask_printer.setChecked(settings.get(keys.RECEIPT_ASK_PRINTER))
        self.forget_printer = QPushButton(self.tr("Choose another printer next time"))
        self.forget_printer.setEnabled(bool(settings.get(keys.RECEIPT_PRINTER)))
        self.forget_printer.clicked.connect(self._forget_printer)
        self.coop_error = add_field(form, self.tr("Cooperative"), self.coop_name)
        self.code_error = add_field(form, self.tr("Receipt number prefix"), self.coop_code)
        self.clerk_error = add_field(form, self.tr("Clerk"), self.clerk)
        add_field(form, self.tr("Paper"), self.layout_choice)
        add_field(form, self.tr("Copies"), self.copies)
        form.addRow("", self.ask_printer)
        form.addRow("", self.forget_printer)

        scale = QGroupBox(self.tr("Scale"))
        scale_form = QFormLayout(scale)
        self.link = QComboBox()
        for value, title in (
            ("serial", self.tr("Serial port (RS-232 / USB)")),
            ("tcp", self.tr("Network (serial-to-Ethernet converter)")),
            ("simulator", self.tr("Simulator (no scale, for training)")),
        ):
            self.link.addItem(title, value)
        self.link.setCurrentIndex(max(0, self.link.findData(settings.get(keys.SCALE_LINK))))
        self.link.currentIndexChanged.connect(self._link_changed)
        self.protocol = QComboBox()
        for value, title in (
            ("yaohua_tf0", self.tr("Yaohua XK3190 (tF=0)")),
            ("yaohua_equals", self.tr("Yaohua XK3190 (= format)")),
            ("line", self.tr("ST,GS,+0012.34kg lines")),
            ("mt_sics", self.tr("Mettler Toledo MT-SICS")),
            ("toledo", self.tr("Mettler Toledo continuous")),
        ):
            self.protocol.addItem(title, value)
        self.protocol.setCurrentIndex(
            max(0, self.protocol.findData(settings.get(keys.SCALE_PROTOCOL)))
        )
        self.port = QComboBox()
        self.port.setEditable(True)
        for device, description in ports:
            self.port.addItem(f"{device}  {description}".strip(), device)
        current_port = settings.get(keys.SCALE_PORT)
        found = self.port.findData(current_port)
        if found >= 0:
            self.port.setCurrentIndex(found)
        elif current_port:  # a port that is not plugged in now stays as it was typed
            self.port.setEditText(current_port)
        self.baud = QComboBox()
        for rate in BAUD_RATES:
            self.baud.addItem(str(rate), rate)
        self.baud.setCurrentIndex(max(0, self.baud.findData(settings.get(keys.SCALE_BAUD))))
        self.parity = QComboBox()
        for value, title in (("N", self.tr("None")), ("E", self.tr("Even")), ("O", self.tr("Odd"))):
            self.parity.addItem(title, value)
        self.parity.setCurrentIndex(max(0, self.parity.findData(settings.get(keys.SCALE_PARITY))))
        self.host = QLineEdit(settings.get(keys.SCALE_HOST))
        self.host.setPlaceholderText("192.168.1.200")
        self.tcp_port = QSpinBox()
        self.tcp_port.setRange(1, 65535)
        self.tcp_port.setValue(settings.get(keys.SCALE_TCP_PORT))
        self.band = QSpinBox()
        self.band.setRange(0, 10_000)
        self.band.setSuffix(self.tr(" g"))
        self.band.setValue(settings.get(keys.SCALE_STABLE_BAND_G))
        self.hold = QDoubleSpinBox()
        self.hold.setRange(0.2, 10.0)
        self.hold.setSingleStep(0.1)
        self.hold.setDecimals(1)
        self.hold.setSuffix(self.tr(" s"))
        self.hold.setValue(settings.get(keys.SCALE_STABLE_SECONDS))
        add_field(scale_form, self.tr("Connection"), self.link)
        add_field(scale_form, self.tr("Indicator"), self.protocol)
        self.port_error = add_field(scale_form, self.tr("Port"), self.port)
        line = QHBoxLayout()
        line.addWidget(self.baud)
        line.addWidget(self.parity)
        line.setContentsMargins(0, 0, 0, 0)
        line_box = QWidget()
        line_box.setLayout(line)
        self.detect_button = QPushButton(self.tr("Detect"))
        self.detect_button.setToolTip(
            self.tr("Try every baud rate, parity and indicator format on this port")
        )
        self.detect_button.clicked.connect(self.detect)
        self.detect_button.setEnabled(tasks is not None)
        line.addWidget(self.detect_button)
        add_field(scale_form, self.tr("Baud rate, parity"), line_box)
        self.detect_result = QLabel()
        self.detect_result.setWordWrap(True)
        scale_form.addRow("", self.detect_result)
        self.host_error = add_field(scale_form, self.tr("Address"), self.host)
        add_field(scale_form, self.tr("Network port"), self.tcp_port)
        stable = QHBoxLayout()
        stable.addWidget(self.band)
        stable.addWidget(self.hold)
        stable.setContentsMargins(0, 0, 0, 0)
        stable_box = QWidget()
        stable_box.setLayout(stable)
        add_field(scale_form, self.tr("Stable within, for"), stable_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(station)
        layout.addWidget(scale)
        layout.addWidget(buttons)
        for widget in (self.coop_name, self.coop_code, self.clerk, self.host):
            widget.setMinimumHeight(32)
        style.set_point_size(self, style.BASE_POINT_SIZE + 1)
        self._link_changed()

    def detect(self) -> None:
        """Listen on the port at each setting; takes up to half a minute, on a worker."""
        port = self.port_name()
        if not port or self.tasks is None:
            self.detect_result.setText(self.tr("Choose the port the scale is plugged into."))
            return
        self.detect_button.setEnabled(False)
        self.detect_result.setText(self.tr("Listening on %1… (up to 30 s)").replace("%1", port))
        self.tasks.run(lambda: detect(port, listen_seconds=1.0), self._detected)

    def _detected(self, found: Detection | None, error: BaseException | None) -> None:
        self.detect_button.setEnabled(True)
        if error is not None:
            self.detect_result.setText(
                self.tr("The port could not be opened: %1").replace("%1", str(error))
            )
            return
        if found is None:
            self.detect_result.setText(
                self.tr("No indicator format recognised. Is the scale on and sending?")
            )
            return
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(found.protocol.value)))
        self.baud.setCurrentIndex(max(0, self.baud.findData(found.settings.baud)))
        self.parity.setCurrentIndex(max(0, self.parity.findData(found.settings.parity.value)))
        self.detect_result.setText(
            self.tr("Found %1 at %2 baud (%3 good frames). Save to use it.")
            .replace("%1", self.protocol.currentText())
            .replace("%2", str(found.settings.baud))
            .replace("%3", str(found.good_frames))
        )

    def _link_changed(self) -> None:
        link = self.link.currentData()
        for widget in (self.port, self.baud, self.parity, self.detect_button):
            widget.setEnabled(link == "serial")
        for widget in (self.host, self.tcp_port):
            widget.setEnabled(link == "tcp")
        self.protocol.setEnabled(link != "simulator")

    def _forget_printer(self) -> None:
        self.settings.set(keys.RECEIPT_PRINTER, "")
        self.forget_printer.setEnabled(False)

    def port_name(self) -> str:
        data = self.port.currentData()
        text = self.port.currentText().strip()
        # A typed port (COM7) has no data, or the data of the item it was typed over.
        return str(data) if data and text.startswith(str(data)) else text.split("  ")[0]

    def save(self) -> None:
        for error in (self.code_error, self.clerk_error, self.port_error, self.host_error):
            error.hide()
        ok = True
        code = self.coop_code.text().strip().upper()
        if code and not (code.isascii() and code.isalnum()):
            self.code_error.setText(self.tr("Letters and digits only, e.g. LQ"))
            self.code_error.show()
            ok = False
        link = self.link.currentData()
        if link == "serial" and not self.port_name():
            self.port_error.setText(self.tr("Choose the port the scale is plugged into."))
            self.port_error.show()
            ok = False
        if link == "tcp" and not self.host.text().strip():
            self.host_error.setText(self.tr("Type the converter's address."))
            self.host_error.show()
            ok = False
        if not ok:
            return
        s = self.settings
        s.set(keys.COOP_NAME, " ".join(self.coop_name.text().split()))
        s.set(keys.COOP_CODE, code)
        s.set(keys.CLERK, " ".join(self.clerk.text().split()))
        s.set(keys.RECEIPT_LAYOUT, self.layout_choice.currentData())
        s.set(keys.RECEIPT_COPIES, self.copies.value())
        s.set(keys.RECEIPT_ASK_PRINTER, self.ask_printer.isChecked())
        s.set(keys.SCALE_LINK, link)
        s.set(keys.SCALE_PROTOCOL, self.protocol.currentData())
        s.set(keys.SCALE_PORT, self.port_name())
        s.set(keys.SCALE_BAUD, self.baud.currentData())
        s.set(keys.SCALE_PARITY, self.parity.currentData())
        s.set(keys.SCALE_HOST, self.host.text().strip())
        s.set(keys.SCALE_TCP_PORT, self.tcp_port.value())
        s.set(keys.SCALE_STABLE_BAND_G, self.band.value())
        s.set(keys.SCALE_STABLE_SECONDS, round(self.hold.value(), 1))
        s.sync()
        self.accept()
