"""The first start of a new installation: the cooperative's name, what this laptop is
for, and (if the coop has a server) its address and an enrolment code. Then the
main window, opened on the page this laptop's role works on most.

Shown only on a brand-new installation (no coop name set, no grower yet), so an
upgrade or a laptop already in use never sees it. The enrolment code can be typed
or scanned: a keyboard-wedge scanner types the QR's text into the code field, and
text holding both the address and the code fills both (domain/enrolment.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.domain import enrolment
from fieldapp.services.bundle import Services
from fieldapp.settings import Settings
from fieldapp.tasks import Tasks

from . import style
from .forms import error_label

# The page each role opens on (main_window's order: growers, visits, outbreaks, weighing).
ROLE_PAGES = {"technician": 1, "clerk": 3, "coordinator": 2}


def needed(settings: Settings, services: Services) -> bool:
    """A brand-new installation: nobody has named the coop, nobody is registered."""
    return not settings.get(keys.COOP_NAME) and services.registry.count() == 0


class FirstRunDialog(QDialog):
    def __init__(
        self, services: Services, tasks: Tasks, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.settings = settings
        self.enrolling = False
        self.setWindowTitle(self.tr("Welcome to FieldApp"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        title = QLabel(self.tr("Welcome to FieldApp"))
        style.set_point_size(title, style.TITLE_POINT_SIZE, bold=True)
        layout.addWidget(title)
        intro = QLabel(self.tr("Three questions, and this laptop is ready to work."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.coop = QLineEdit()
        self.coop.setPlaceholderText(self.tr("e.g. 绿源种植专业合作社"))
        self.coop_error = error_label()
        form.addRow(self.tr("Cooperative name"), self.coop)
        form.addRow("", self.coop_error)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("What is this laptop for?")))
        self.roles = QButtonGroup(self)
        row = QHBoxLayout()
        for role, text in self._role_texts().items():
            button = QPushButton(text)
            button.setCheckable(True)
            button.setMinimumHeight(56)
            button.setProperty("role", role)
            self.roles.addButton(button)
            row.addWidget(button)
        self.roles.buttons()[0].setChecked(True)
        layout.addLayout(row)

        server_title = QLabel(self.tr("Central server (optional)"))
        style.set_role(server_title, "title")
        layout.addWidget(server_title)
        hint = QLabel(
            self.tr(
                "If the coop has a server, type its address and the code the coordinator "
                "gave you, or scan the code's QR into the code field. You can also do "
                "this later on the Sync page."
            )
        )
        hint.setWordWrap(True)
        style.set_role(hint, "hint")
        layout.addWidget(hint)
        server_form = QFormLayout()
        self.server = QLineEdit()
        self.server.setPlaceholderText("http://192.168.1.10:8765")
        self.code = QLineEdit()
        self.code.editingFinished.connect(self._split_code)
        server_form.addRow(self.tr("Server address"), self.server)
        server_form.addRow(self.tr("Enrolment code"), self.code)
        layout.addLayout(server_form)
        self.server_error = error_label()
        layout.addWidget(self.server_error)

        buttons = QHBoxLayout()
        self.without_server = QPushButton(self.tr("Start without the server"))
        self.without_server.setMinimumHeight(44)
        self.without_server.clicked.connect(self.finish)
        self.without_server.hide()  # offered once enrolment has failed
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setMinimumHeight(44)
        style.set_point_size(self.start_button, 13, bold=True)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(self.without_server)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)

    def _role_texts(self) -> dict[str, str]:
        return {
            "technician": self.tr("Technician\nfield visits"),
            "clerk": self.tr("Clerk\nweighing station"),
            "coordinator": self.tr("Coordinator\noverview"),
        }

    def role(self) -> str:
        checked = self.roles.checkedButton()
        return str(checked.property("role")) if checked is not None else "technician"

    def _split_code(self) -> None:
        # A scanner types the QR's text key by key and ends with Enter: only then is
        # it whole, and it may hold the address too.
        server, code = enrolment.parse(self.code.text())
        if server:
            self.server.setText(server)
            self.code.setText(code)

    def start(self) -> None:
        self.coop_error.hide()
        self.server_error.hide()
        self._split_code()  # Enter from a scanner also presses Start
        name = " ".join(self.coop.text().split())
        if not name:
            self.coop_error.setText(self.tr("Please type the cooperative's name."))
            self.coop_error.show()
            self.coop.setFocus()
            return
        server, code = self.server.text().strip(), self.code.text().strip()
        if not server and not code:
            self.finish()
            return
        if not server.startswith(("http://", "https://")) or not code:
            self._server_problem(
                self.tr("Type the server address (starting with http://) and the code.")
            )
            return
        self.enrol(server, code, name)

    def enrol(self, server: str, code: str, name: str) -> None:
        sync = self.services.sync
        self.enrolling = True
        self.start_button.setEnabled(False)
        self.start_button.setText(self.tr("Connecting…"))
        self.tasks.run(lambda: sync.enrol(server, code, name), self._enrolled, write=True)

    def _enrolled(self, _: object, error: BaseException | None) -> None:
        self.enrolling = False
        self.start_button.setEnabled(True)
        self.start_button.setText(self.tr("Start"))
        if error is None:
            self.finish()
            return
        from .sync_page import failure_text  # the Sync page words every sync failure

        failure = getattr(error, "failure", "")
        detail = getattr(error, "detail", str(error))
        self._server_problem(failure_text(str(failure), detail) if failure else detail)
        self.without_server.show()

    def _server_problem(self, text: str) -> None:
        self.server_error.setText(text)
        self.server_error.show()

    def finish(self) -> None:
        """Keep the answers; the main window opens on the role's page."""
        self.settings.set(keys.COOP_NAME, " ".join(self.coop.text().split()))
        self.settings.set(keys.LAST_PAGE, ROLE_PAGES[self.role()])
        self.settings.sync()
        self.accept()

    def reject(self) -> None:
        if not self.enrolling:  # the worker would answer into a closed dialog
            super().reject()
