"""Printing grower cards: whose cards, which paper, then a PDF to print from the viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp import settings as keys
from fieldapp.services.bundle import Services
from fieldapp.settings import Settings
from fieldapp.tasks import Tasks

from . import style
from .messages import save_failure_text

LAYOUTS = ("a4_sheet", "card")


class CardsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        tasks: Tasks,
        settings: Settings,
        selected: list[int],
        shown: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._settings = settings
        self._selected = selected
        self._shown = shown
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Grower cards"))
        self.setMinimumWidth(460)

        self.only_selected = QRadioButton(self.tr("Selected growers (%n)", "", len(selected)))
        self.all_shown = QRadioButton(self.tr("All growers in the list (%n)", "", len(shown)))
        self.only_selected.setEnabled(bool(selected))
        (self.only_selected if selected else self.all_shown).setChecked(True)
        whose = QGroupBox(self.tr("Whose cards"))
        whose_layout = QVBoxLayout(whose)
        whose_layout.addWidget(self.only_selected)
        whose_layout.addWidget(self.all_shown)

        self.a4 = QRadioButton(self.tr("A4 sheets, 10 cards each, to cut out"))
        self.card = QRadioButton(self.tr("One card per page, for a card printer"))
        self.layout_group = QButtonGroup(self)
        for button in (self.a4, self.card):
            self.layout_group.addButton(button)
        (self.card if settings.get(keys.CARD_LAYOUT) == "card" else self.a4).setChecked(True)
        paper = QGroupBox(self.tr("Paper"))
        paper_layout = QVBoxLayout(paper)
        paper_layout.addWidget(self.a4)
        paper_layout.addWidget(self.card)

        # A card's QR is the grower's phone link once the laptop is enrolled; a lost
        # card is stopped by printing a new one with a new link (docs/portal.md).
        self.reissue = QCheckBox(
            self.tr("Reissue: new phone links, the old cards' links stop working")
        )
        self.reissue.setToolTip(
            self.tr(
                "For a lost or stolen card. The old card's link to the grower's page "
                "stops working once this laptop has synced."
            )
        )

        self.coop_hint = QLabel(
            self.tr("No cooperative name is set; cards print without it. Set it in Settings.")
        )
        self.coop_hint.setWordWrap(True)
        style.set_role(self.coop_hint, "hint")
        self.coop_hint.setVisible(not settings.get(keys.COOP_NAME))

        self.status = QLabel()
        self.status.setWordWrap(True)
        style.set_role(self.status, "error")
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Save PDF and open it…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(whose)
        layout.addWidget(paper)
        layout.addWidget(self.reissue)
        layout.addWidget(self.coop_hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def growers(self) -> list[int]:
        return self._selected if self.only_selected.isChecked() else self._shown

    def layout_choice(self) -> str:
        return "card" if self.card.isChecked() else "a4_sheet"

    def choose_file(self) -> None:
        folder = self._settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save grower cards"),
            str(Path(folder) / "grower-cards.pdf"),
            "PDF (*.pdf)",
        )
        if path:
            self.write(Path(path))

    def write(self, path: Path, open_after: bool = True) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        growers = self.growers()
        if not growers:
            self._fail(self.tr("There are no growers in the list."))
            return
        from fieldapp.documents.grower_cards import CardLayout  # ReportLab: load on use

        layout = CardLayout(self.layout_choice())
        coop = self._settings.get(keys.COOP_NAME)
        cards = self._services.cards
        reissue = self.reissue.isChecked()
        self._settings.set(keys.CARD_LAYOUT, self.layout_choice())
        self._settings.set(keys.LAST_EXPORT_DIR, str(path.parent))
        self.save_button.setEnabled(False)
        style.set_role(self.status, "hint")
        self.status.setText(self.tr("Making %n card(s)…", "", len(growers)))
        self.status.show()

        def done(count: int | None, error: BaseException | None) -> None:
            self.save_button.setEnabled(True)
            if isinstance(error, PermissionError):
                self._fail(save_failure_text(error))
            elif error is not None:
                self._fail(self.tr("The cards could not be made: %s") % error)
            else:
                self.written = path
                if open_after:
                    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                self.accept()

        # A write: printing gives growers their portal secrets (synced rows).
        self._tasks.run(
            lambda: cards.write(path, growers, coop, layout, reissue=reissue), done, write=True
        )

    def _fail(self, text: str) -> None:
        style.set_role(self.status, "error")
        self.status.setText(text)
        self.status.show()
