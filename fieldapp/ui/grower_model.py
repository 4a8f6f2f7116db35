"""The grower list as a lazy table model: it holds row numbers and fetches rows a page at a time.

Reading one page of 100 rows by primary key costs well under a millisecond, so
pages are read on demand from `data()`; the search that decides which numbers
to show runs on a worker (see GrowersPage).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from fieldapp.domain.search import mask_id_number
from fieldapp.domain.units import format_mu
from fieldapp.services.registry import RegistryService

PAGE = 100
MAX_CACHED = 5000
LEFT_COLOUR = QColor("#8a8f96")

Index = QModelIndex | QPersistentModelIndex


class GrowerTableModel(QAbstractTableModel):
    # Column keys; the ones in SORT_KEYS can be sorted by the database.
    COLUMNS = ("card", "name", "gender", "phone", "id_number", "township", "village",
               "plots", "area", "crops", "status")  # fmt: skip
    SORT_KEYS: ClassVar[dict[str, str]] = {
        "card": "card",
        "name": "name",
        "township": "place",
        "village": "place",
    }
    NUMERIC = frozenset({"plots", "area"})

    sortRequested = Signal(str, bool)  # sort key, descending

    def __init__(self, registry: RegistryService, parent: object = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._nums: list[int] = []
        self._rows: dict[int, tuple[str, ...]] = {}
        self._ids: dict[int, str] = {}
        self._left: set[int] = set()
        self._titles = [self.headers()[key] for key in self.COLUMNS]  # Qt asks hundreds of times

    def headers(self) -> dict[str, str]:
        return {
            "card": self.tr("Card no."),
            "name": self.tr("Name"),
            "gender": self.tr("Gender"),
            "phone": self.tr("Mobile"),
            "id_number": self.tr("ID number"),
            "township": self.tr("Township"),
            "village": self.tr("Village"),
            "plots": self.tr("Plots"),
            "area": self.tr("Area (mu)"),
            "crops": self.tr("Crops"),
            "status": self.tr("Status"),
        }

    # -- contents ------------------------------------------------------------------------

    def set_nums(self, nums: list[int]) -> None:
        self.beginResetModel()
        self._nums = nums
        self._forget()
        self.endResetModel()

    def extend(self, nums: list[int]) -> None:
        """Append rows below the ones shown (the rest of a search whose first page is shown)."""
        if not nums:
            return
        start = len(self._nums)
        self.beginInsertRows(QModelIndex(), start, start + len(nums) - 1)
        self._nums.extend(nums)
        self.endInsertRows()

    def nums(self) -> list[int]:
        return list(self._nums)

    def grower_id(self, row: int) -> str:
        if not 0 <= row < len(self._nums):
            return ""
        self._ensure(row)
        return self._ids.get(self._nums[row], "")

    def row_of(self, grower_id: str) -> int:
        """The row showing this grower, or -1 if the list does not show them."""
        num = self._registry.num_of(grower_id)
        try:
            return -1 if num is None else self._nums.index(num)
        except ValueError:
            return -1

    def _forget(self) -> None:
        self._rows.clear()
        self._ids.clear()
        self._left.clear()

    def _ensure(self, row: int) -> None:
        num = self._nums[row]
        if num in self._rows:
            return
        if len(self._rows) > MAX_CACHED:
            self._forget()
        start = row - row % PAGE
        page = self._nums[start : start + PAGE]
        for r in self._registry.rows(page):
            self._ids[r.num] = r.grower_id
            if r.status == "left":
                self._left.add(r.num)
            self._rows[r.num] = (
                r.card_no,
                r.name,
                {"M": self.tr("Male"), "F": self.tr("Female")}.get(r.gender, ""),
                r.phone,
                mask_id_number(r.id_number),
                r.township,
                r.village,
                str(r.plot_count) if r.plot_count else "",
                format_mu(r.area_m2) if r.area_m2 else "",
                r.crops.replace(",", "、"),
                self.tr("Left") if r.status == "left" else self.tr("Active"),
            )
        for num in page:  # deleted since the search ran: show an empty row, not a crash
            self._rows.setdefault(num, ("",) * len(self.COLUMNS))

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._nums)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            self._ensure(index.row())
            return self._rows[self._nums[index.row()]][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            self._ensure(index.row())
            if self._nums[index.row()] in self._left:
                return QBrush(LEFT_COLOUR)
            return None
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and self.COLUMNS[index.column()] in self.NUMERIC
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(self.COLUMNS[column])
        if key:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)
