"""Finding one grower from what was typed or scanned: a card's QR text, a card number,
or a name, phone or ID searched in the registry (a list to choose from when several
match). The station and the visit editor both start from a grower this way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.growers import Grower
from fieldapp.domain.search import classify
from fieldapp.services.registry import ListFilter, RegistryService

from . import style

MAX_RESULTS = 30


def pick_grower(parent: QWidget, registry: RegistryService, text: str) -> Grower | None:
    """The grower meant by `text`, or None (after saying why) if there is none."""
    text = text.strip()
    if not text:
        return None
    grower = registry.grower_for_scan(text)
    if grower is not None:
        return grower
    rows = registry.rows(registry.find(ListFilter(query=classify(text)), limit=MAX_RESULTS))
    if not rows:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("GrowerPicker", "Grower not found"),
            QCoreApplication.translate(
                "GrowerPicker", "No grower matches “%1”. Check the card or the spelling."
            ).replace("%1", text),
        )
        return None
    if len(rows) == 1:
        return registry.get(rows[0].grower_id)
    chooser = QDialog(parent)
    chooser.setWindowTitle(QCoreApplication.translate("GrowerPicker", "Choose the grower"))
    listing = QListWidget()
    style.set_point_size(listing, 13)
    for row in rows:
        item = QListWidgetItem(f"{row.name}    {row.card_no}    {row.township} {row.village}")
        item.setData(Qt.ItemDataRole.UserRole, row.grower_id)
        listing.addItem(item)
    listing.setCurrentRow(0)
    listing.itemActivated.connect(chooser.accept)
    box = QVBoxLayout(chooser)
    box.addWidget(listing)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(chooser.accept)
    buttons.rejected.connect(chooser.reject)
    box.addWidget(buttons)
    chooser.resize(560, 420)
    if chooser.exec() == QDialog.DialogCode.Accepted and listing.currentItem():
        return registry.get(str(listing.currentItem().data(Qt.ItemDataRole.UserRole)))
    return None
