"""The outbreak dashboard's two charts, drawn with QPainter (no QtCharts in PySide6
Essentials): a heat grid of cases per township and week, and stacked weekly bars of
cases per pest.

Both put their week columns at the same x positions when given the same width and the
same `gutter` (the page makes them equal), so a week in the grid sits above the same
week's bar.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fieldapp.services.outbreaks import Grid, Stack

# Okabe & Ito's palette, safe for every common colour blindness; yellow left out (too
# pale on white). Grey is "other".
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7")
OTHER_COLOUR = "#9E9E9E"
# ColorBrewer YlOrRd: light to dark, readable by lightness alone (and in grey print).
HEAT_COLOURS = (
    "#FFEDA0", "#FED976", "#FEB24C", "#FD8D3C", "#FC4E2A", "#E31A1C", "#BD0026", "#800026",
)  # fmt: skip
ZERO_COLOUR = "#F1F3F4"
GRID_LINE = "#DADCE0"
AXIS_TEXT = "#3C4043"
MARK_COLOUR = "#1F4E3D"  # the navigation's green: the current week, the chosen township
LABEL_POINT_SIZE = 11
RIGHT_MARGIN = 8
CELL_GAP = 2
LEGEND_LEFT = 4


def integer_ticks(highest: int, most: int = 5) -> list[int]:
    """0 and whole-number steps of 1, 2 or 5 times a power of ten, up to at least
    `highest`, at most `most` steps."""
    if highest <= 0:
        return [0, 1]
    step = 1
    while math.ceil(highest / step) > most:
        step = _next_step(step)
    return list(range(0, math.ceil(highest / step) * step + 1, step))


def _next_step(step: int) -> int:
    """1, 2, 5, 10, 20, 50, ... the next one after `step`."""
    magnitude = 10 ** (len(str(step)) - 1)
    return {1: 2, 2: 5}.get(step // magnitude, 10) * magnitude


def week_label(monday: dt.date) -> str:
    """Monday's month/day, the way a wall calendar names the week: "11/3"."""
    return f"{monday.month}/{monday.day}"


def heat_colour(count: int, highest: int) -> QColor:
    if count <= 0 or highest <= 0:
        return QColor(ZERO_COLOUR)
    if highest == 1:
        return QColor(HEAT_COLOURS[3])
    share = (count - 1) / (highest - 1)
    return QColor(HEAT_COLOURS[round(share * (len(HEAT_COLOURS) - 1))])


def text_colour(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background`."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    return QColor("#000000") if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else QColor("#FFFFFF")


def steady_colours(series: Sequence[str], ranking: Sequence[str]) -> list[int]:
    """A palette index for each series, the same for a pest whichever filter is chosen:
    the coop's biggest pests keep their own colours, the others take the free ones."""
    count = len(SERIES_COLOURS)
    fixed = {pest: i for i, pest in enumerate(ranking[:count])}
    taken = {fixed[p] for p in series if p in fixed}
    free = iter([i for i in range(count) if i not in taken])
    return [fixed[p] if p in fixed else next(free, 0) for p in series]


def _label_font(widget: QWidget, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() < LABEL_POINT_SIZE:
        font.setPointSizeF(LABEL_POINT_SIZE)
    font.setBold(bold)
    return font


class _WeekColumns(QWidget):
    """What both charts share: the week columns, their labels, the empty sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: tuple[dt.date, ...] = ()
        self.current_week: dt.date | None = None
        self.gutter = 0  # left of the first column; the page aligns both charts with it
        self.empty_text = ""
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def natural_gutter(self) -> int:
        raise NotImplementedError

    def _gutter(self) -> int:
        return max(self.gutter, self.natural_gutter())

    def column_width(self) -> float:
        if not self.weeks:
            return 0.0
        return max(1.0, (self.width() - self._gutter() - RIGHT_MARGIN) / len(self.weeks))

    def column_left(self, column: int) -> float:
        return self._gutter() + column * self.column_width()

    def column_at(self, x: float) -> int:
        width = self.column_width()
        if not width or x < self._gutter():
            return -1
        column = int((x - self._gutter()) // width)
        return column if column < len(self.weeks) else -1

    def labelled_columns(self, metrics: QFontMetrics) -> list[int]:
        """The columns whose week label fits, counted back from the current week so the
        current week is always named."""
        if not self.weeks:
            return []
        widest = max(metrics.horizontalAdvance(week_label(w)) for w in self.weeks) + 14
        step = max(1, math.ceil(widest / self.column_width()))
        last = len(self.weeks) - 1
        return [c for c in range(last, -1, -step)]

    def _draw_week_labels(self, painter: QPainter, top: int, height: int) -> None:
        font = _label_font(self)
        bold = _label_font(self, bold=True)
        metrics = QFontMetrics(bold)
        width = self.column_width()
        for column in self.labelled_columns(metrics):
            week = self.weeks[column]
            centre = self.column_left(column) + width / 2
            text = week_label(week)
            current = week == self.current_week
            text_width = metrics.horizontalAdvance(text) + 12
            box = QRectF(centre - text_width / 2, top + 2, text_width, height - 4)
            if current:  # the current week: white on the navigation's green
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(MARK_COLOUR))
                painter.drawRoundedRect(box, 4, 4)
                painter.setPen(QColor("#FFFFFF"))
                painter.setFont(bold)
            else:
                painter.setPen(QColor(AXIS_TEXT))
                painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _draw_empty(self, painter: QPainter) -> None:
        painter.setPen(QColor(AXIS_TEXT))
        painter.setFont(_label_font(self))
        painter.drawText(
            self.rect().adjusted(16, 16, -16, -16),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.empty_text,
        )

    def week_span(self, column: int) -> str:
        monday = self.weeks[column]
        sunday = monday + dt.timedelta(days=6)
        text = self.tr("Week of %1 to %2").replace("%1", monday.isoformat())
        text = text.replace("%2", sunday.isoformat())
        if monday == self.current_week:
            text += "\n" + self.tr("This week, so far")
        return text

    def tooltip_at(self, pos: QPoint) -> str:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class HeatGrid(_WeekColumns):
    """Rows of townships, columns of weeks; each cell coloured by its count and showing
    it. Clicking a row's cell or name emits townshipClicked(township key)."""

    townshipClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None
        self.names: tuple[str, ...] = ()  # the townships as shown ('' becomes a word)
        self.selected: str | None = None  # the township the bars show, framed
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_grid(
        self,
        grid: Grid,
        names: Sequence[str],
        current_week: dt.date | None,
        selected: str | None = None,
    ) -> None:
        self.grid = grid
        self.weeks = grid.weeks
        self.names = tuple(names)
        self.current_week = current_week
        self.selected = selected
        self.updateGeometry()
        self.update()

    # -- geometry --------------------------------------------------------------------------

    def header_height(self) -> int:
        return QFontMetrics(_label_font(self, bold=True)).height() + 12

    def natural_gutter(self) -> int:
        metrics = QFontMetrics(_label_font(self, bold=True))
        return max((metrics.horizontalAdvance(n) for n in self.names), default=0) + 20

    def row_height(self) -> float:
        rows = len(self.names)
        if not rows:
            return 0.0
        room = (self.height() - self.header_height() - 4) / rows
        return max(self._min_row_height(), min(room, 44.0))

    def _min_row_height(self) -> int:
        return QFontMetrics(_label_font(self)).height() + 8

    def row_at(self, y: float) -> int:
        top = self.header_height()
        height = self.row_height()
        if not height or y < top:
            return -1
        row = int((y - top) // height)
        return row if row < len(self.names) else -1

    def minimumSizeHint(self) -> QSize:
        """Every row at its smallest: the page scrolls the grid when that is too tall."""
        rows = max(1, len(self.names))
        return QSize(300, self.header_height() + rows * self._min_row_height() + 4)

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.names))
        return QSize(800, self.header_height() + rows * (self._min_row_height() + 6) + 4)

    # -- drawing ---------------------------------------------------------------------------

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = self.grid
        if grid is None or not grid.townships or not grid.weeks:
            self._draw_empty(painter)
            painter.end()
            return
        header = self.header_height()
        self._draw_week_labels(painter, 0, header)
        width, height = self.column_width(), self.row_height()
        highest = grid.highest
        font, bold = _label_font(self), _label_font(self, bold=True)
        count_metrics = QFontMetrics(bold)
        for row, township in enumerate(grid.townships):
            top = header + row * height
            chosen = township == self.selected
            painter.setFont(bold if chosen else font)
            painter.setPen(QColor(MARK_COLOUR if chosen else AXIS_TEXT))
            label = QRectF(4, top, self._gutter() - 12, height)
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                self.names[row],
            )
            painter.setFont(bold)
            for column, count in enumerate(grid.cells[row]):
                cell = QRectF(
                    self.column_left(column) + CELL_GAP / 2,
                    top + CELL_GAP / 2,
                    width - CELL_GAP,
                    height - CELL_GAP,
                )
                colour = heat_colour(count, highest)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(cell)
                text = str(count)
                if count and count_metrics.horizontalAdvance(text) + 2 <= cell.width():
                    painter.setPen(text_colour(colour))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
            if chosen:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(MARK_COLOUR), 2))
                painter.drawRect(
                    QRectF(self._gutter() - 1, top, width * len(grid.weeks) + 2, height)
                )
        if self.current_week in grid.weeks:  # a frame around the current week's column
            column = grid.weeks.index(self.current_week)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(MARK_COLOUR), 2, Qt.PenStyle.DashLine))
            painter.drawRect(
                QRectF(self.column_left(column), header, width, height * len(grid.townships))
            )
        painter.end()

    # -- pointing --------------------------------------------------------------------------

    def cell_at(self, pos: QPoint) -> tuple[int, int]:
        """(row, column) under `pos`; column -1 over the township names, row -1 off rows."""
        return self.row_at(pos.y()), self.column_at(pos.x())

    def cell_centre(self, row: int, column: int) -> QPoint:
        x = self.column_left(column) + self.column_width() / 2
        y = self.header_height() + (row + 0.5) * self.row_height()
        return QPoint(int(x), int(y))

    def tooltip_at(self, pos: QPoint) -> str:
        grid = self.grid
        if grid is None:
            return ""
        row, column = self.cell_at(pos)
        if row < 0 or column < 0:
            return ""
        count = grid.cells[row][column]
        return "\n".join(
            (
                self.names[row],
                self.week_span(column),
                self.tr("%n case(s)", "", count),
            )
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.grid is not None and event.button() == Qt.MouseButton.LeftButton:
            row = self.row_at(event.position().y())
            if row >= 0:
                self.townshipClicked.emit(self.grid.townships[row])
        super().mouseReleaseEvent(event)


class StackedBars(_WeekColumns):
    """A bar per week, stacked by pest, a legend above (with each pest's total) and an
    axis of whole numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack: Stack | None = None
        self.names: tuple[str, ...] = ()  # the series as shown
        self.other: str | None = None  # the series key drawn grey
        self.folded_names: tuple[str, ...] = ()  # the pests inside "other", as shown
        self.colours: tuple[QColor, ...] = ()

    def set_stack(
        self,
        stack: Stack,
        names: Sequence[str],
        current_week: dt.date | None,
        other: str | None = None,
        folded_names: Sequence[str] = (),
        ranking: Sequence[str] = (),
    ) -> None:
        """`ranking`: every pest, most cases first, so each keeps its colour."""
        self.stack = stack
        self.folded_names = tuple(folded_names)
        palette = steady_colours(stack.series, ranking)
        self.colours = tuple(
            QColor(OTHER_COLOUR if name == other else SERIES_COLOURS[i])
            for name, i in zip(stack.series, palette, strict=True)
        )
        self.weeks = stack.weeks
        self.names = tuple(names)
        self.current_week = current_week
        self.other = other
        self.updateGeometry()
        self.update()

    def colour(self, index: int) -> QColor:
        return self.colours[index]

    def ticks(self) -> list[int]:
        return integer_ticks(self.stack.highest if self.stack else 0)

    # -- geometry --------------------------------------------------------------------------

    def natural_gutter(self) -> int:
        metrics = QFontMetrics(_label_font(self))
        return max(metrics.horizontalAdvance(str(t)) for t in self.ticks()) + 20

    def legend_items(self) -> list[tuple[QRect, int]]:
        """Where each series' swatch and name go: rows that wrap at the widget's width."""
        if self.stack is None:
            return []
        metrics = QFontMetrics(_label_font(self))
        swatch = metrics.height() - 4
        # From the left edge, not the axis: one line more often on a small screen.
        x, y, line = LEGEND_LEFT, 4, metrics.height() + 6
        items = []
        for index in range(len(self.stack.series)):
            width = swatch + 6 + metrics.horizontalAdvance(self.legend_text(index)) + 16
            if x + width > self.width() - RIGHT_MARGIN and x > LEGEND_LEFT:
                x, y = LEGEND_LEFT, y + line
            items.append((QRect(x, y, width, line), index))
            x += width
        return items

    def legend_text(self, index: int) -> str:
        assert self.stack is not None
        return f"{self.names[index]} {sum(self.stack.values[index])}"

    def legend_height(self) -> int:
        items = self.legend_items()
        return (items[-1][0].bottom() + 8) if items else 0

    def plot_rect(self) -> QRectF:
        """Where the bars stand: below the legend, above the week labels."""
        metrics = QFontMetrics(_label_font(self, bold=True))
        top = self.legend_height() + metrics.height() // 2
        bottom = self.height() - (metrics.height() + 12)
        return QRectF(
            self._gutter(), top, self.width() - self._gutter() - RIGHT_MARGIN, bottom - top
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 190)

    def sizeHint(self) -> QSize:
        return QSize(800, 300)

    def value_y(self, value: float) -> float:
        plot, top = self.plot_rect(), self.ticks()[-1]
        return plot.bottom() - plot.height() * value / top

    # -- drawing ---------------------------------------------------------------------------

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        stack = self.stack
        if stack is None or not stack.weeks or not stack.total:
            self._draw_empty(painter)
            painter.end()
            return
        font = _label_font(self)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        for rect, index in self.legend_items():
            swatch = metrics.height() - 4
            box = QRectF(rect.left(), rect.top() + (rect.height() - swatch) / 2, swatch, swatch)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(index))
            painter.drawRoundedRect(box, 2, 2)
            painter.setPen(QColor(AXIS_TEXT))
            painter.drawText(
                QRectF(box.right() + 6, rect.top(), rect.width() - swatch - 6, rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.legend_text(index),
            )
        plot = self.plot_rect()
        for tick in self.ticks():
            y = self.value_y(tick)
            painter.setPen(QPen(QColor(GRID_LINE if tick else AXIS_TEXT), 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(QColor(AXIS_TEXT))
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, self._gutter() - 10, metrics.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                str(tick),
            )
        width = self.column_width()
        bar = max(2.0, min(width * 0.7, 48.0))
        for column in range(len(stack.weeks)):
            left = self.column_left(column) + (width - bar) / 2
            base = 0
            for index in range(len(stack.series)):
                value = stack.values[index][column]
                if not value:
                    continue
                top, bottom = self.value_y(base + value), self.value_y(base)
                painter.setPen(QPen(QColor("#FFFFFF"), 1))
                painter.setBrush(self.colour(index))
                painter.drawRect(QRectF(left, top, bar, bottom - top))
                base += value
        self._draw_week_labels(painter, int(plot.bottom()) + 2, metrics.height() + 10)
        painter.end()

    # -- pointing --------------------------------------------------------------------------

    def series_at(self, pos: QPoint) -> tuple[int, int]:
        """(column, series) under `pos`; series -1 beside the bars of the column."""
        stack = self.stack
        column = self.column_at(pos.x())
        if stack is None or column < 0:
            return -1, -1
        base = 0
        for index in range(len(stack.series)):
            value = stack.values[index][column]
            if value and self.value_y(base + value) <= pos.y() <= self.value_y(base):
                return column, index
            base += value
        return column, -1

    def bar_centre(self, column: int, index: int) -> QPoint:
        assert self.stack is not None
        below = sum(self.stack.values[i][column] for i in range(index))
        middle = below + self.stack.values[index][column] / 2
        x = self.column_left(column) + self.column_width() / 2
        return QPoint(int(x), int(self.value_y(middle)))

    def tooltip_at(self, pos: QPoint) -> str:
        stack = self.stack
        if stack is None or not stack.total:
            return ""
        for rect, index in self.legend_items():
            if rect.contains(pos):
                return self._legend_tooltip(index)
        column, hovered = self.series_at(pos)
        if column < 0 or not self.plot_rect().contains(pos.toPointF()):
            return ""
        lines = [self.week_span(column), self.tr("All: %n case(s)", "", stack.week_total(column))]
        for index in range(len(stack.series)):
            value = stack.values[index][column]
            if value:
                mark = "▶ " if index == hovered else "    "
                line = self.tr("%1: %2").replace("%1", self.names[index])
                lines.append(mark + line.replace("%2", str(value)))
        return "\n".join(lines)

    def _legend_tooltip(self, index: int) -> str:
        assert self.stack is not None
        text = self.tr("%n case(s) in these weeks", "", sum(self.stack.values[index]))
        text = self.tr("%1: %2").replace("%1", self.names[index]).replace("%2", text)
        if self.stack.series[index] == self.other and self.folded_names:
            text += "\n" + self.tr("Other pests: %1").replace("%1", "、".join(self.folded_names))
        return text
