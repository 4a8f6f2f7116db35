"""A photo, large: upright, with when and where it was taken; the wheel zooms (around
the pointer), dragging pans, 0 fits it to the window, ←/→ go to the neighbours.

Marks (a box round a lesion, an arrow at an insect, each with a short label) are drawn
over the picture as scene items, so they zoom and pan with it; the photo file is never
touched. "Box" (B) and "Arrow" (A) draw with press-drag-release, "Move/View" (V) pans
and zooms and selects marks; Delete removes the selected mark, a double-click changes
its label. Each mark is saved as soon as its label is given.

A mark's coordinates are ten-thousandths of the upright picture, and the scene's
coordinates are the pixels of the displayed upright pixmap (the preview, or the
thumbnail if no preview could be made): to_mark_units() and to_scene() map between
them, so an EXIF-rotated photo and any preview size give the same numbers."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import FieldError, ValidationError
from fieldapp.domain.photo_marks import MAX_LABEL, SCALE, MarkKind, PhotoMark
from fieldapp.domain.text import clean
from fieldapp.services.bundle import Services
from fieldapp.services.photos import PhotoRow
from fieldapp.tasks import Tasks

from . import messages, style

ZOOM_STEP = 1.25
MAX_ZOOM = 8.0

VIEW = "view"  # the mode that pans, zooms and selects; MarkKind values draw
TINY_DRAG = 8  # screen pixels: a shorter drag is a click, not a mark
MARK_COLOUR = QColor(225, 25, 25)
SELECTED_COLOUR = QColor(255, 214, 0)
MARK_PEN = 3  # screen pixels (cosmetic: the same at any zoom)
HALO_PEN = 9
HEAD_LENGTH = 18  # screen pixels
HEAD_HALF_WIDTH = 8
PICK_WIDTH = 16  # how near a click must come to a mark's line, in screen pixels
BUTTON_HEIGHT = 40
# The tool in use must show at a glance (the native checked look is a faint grey);
# set on the tool bar only, so no other widget pays for a style sheet.
TOOL_BAR = """
QPushButton { padding: 4px 14px; border: 1px solid #9aa5a0; border-radius: 4px;
              background: #f6f6f6; }
QPushButton:hover { border-color: #2f7a5f; }
QPushButton:pressed { background: #dfe7e3; }
QPushButton:checked { background: #2f7a5f; color: white; border-color: #1f4e3d; }
QPushButton:disabled { color: #a0a0a0; border-color: #d0d0d0; }
"""


def to_mark_units(point: QPointF, size: QSizeF) -> tuple[int, int]:
    """A scene point on the displayed upright picture of this size, as ten-thousandths of
    the picture (clamped to it)."""
    width, height = max(1.0, size.width()), max(1.0, size.height())
    x = round(point.x() / width * SCALE)
    y = round(point.y() / height * SCALE)
    return min(SCALE, max(0, x)), min(SCALE, max(0, y))


def to_scene(x: int, y: int, size: QSizeF) -> QPointF:
    """Ten-thousandths of the upright picture as a point on the displayed picture."""
    return QPointF(x * size.width() / SCALE, y * size.height() / SCALE)


def _cosmetic(colour: QColor, width: float, style_: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style_, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(True)
    return pen


class LabelTag(QGraphicsItem):
    """A mark's label on a white tag, the same size on screen at any zoom."""

    PAD = 4.0

    def __init__(self, parent: MarkItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.text = ""
        self.tag_font = QFont(QApplication.font())
        self.tag_font.setBold(True)
        self.area = QRectF()
        self.below = True  # the tag hangs below (or right of) its anchor point
        self.right = True

    def set_text(self, text: str) -> None:
        self.prepareGeometryChange()
        self.text = text
        self.setVisible(bool(text))
        self.place(self.right, self.below)

    def place(self, right: bool, below: bool) -> None:
        """Which side of its anchor the tag lies on (in screen pixels from there)."""
        self.prepareGeometryChange()
        self.right, self.below = right, below
        metrics = QFontMetricsF(self.tag_font)
        width = metrics.horizontalAdvance(self.text) + 2 * self.PAD
        height = metrics.height() + 2 * self.PAD
        self.area = QRectF(0.0 if right else -width, 0.0 if below else -height, width, height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.area.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(MARK_COLOUR, 1.5))
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        painter.drawRoundedRect(self.area, 3, 3)
        painter.setFont(self.tag_font)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(self.area, Qt.AlignmentFlag.AlignCenter, self.text)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """A click on the tag picks its mark (the tag itself is not selectable)."""
        mark = self.parentItem()
        if mark is not None and mark.scene() is not None:
            mark.scene().clearSelection()
            mark.setSelected(True)
        event.accept()


class MarkItem(QGraphicsItem):
    """One mark on the picture, in scene coordinates (pixels of the displayed pixmap).

    mark_id is '' until the mark is saved. Its line widths, arrowhead and the reach of a
    click are in screen pixels, so the view tells it its zoom (set_zoom)."""

    def __init__(
        self, kind: str, p0: QPointF, p1: QPointF, label: str = "", mark_id: str = ""
    ) -> None:
        super().__init__()
        self.kind = kind
        self.p0, self.p1 = QPointF(p0), QPointF(p1)
        self.mark_id = mark_id
        self.label = label
        self.saving = False  # a save is on its way
        self.removed = False  # deleted by the user (maybe before its save came back)
        self.pixel = 1.0  # scene units per screen pixel
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(1)
        self.tag = LabelTag(self)
        self.tag.set_text(label)
        self._place_tag()

    # -- geometry ------------------------------------------------------------------

    def set_zoom(self, scale: float) -> None:
        self.prepareGeometryChange()
        self.pixel = 1.0 / max(scale, 1e-6)
        self._place_tag()

    def set_end(self, p1: QPointF) -> None:
        self.prepareGeometryChange()
        self.p1 = QPointF(p1)
        self._place_tag()

    def set_label(self, label: str) -> None:
        self.label = label
        self.tag.set_text(label)
        self._place_tag()

    def box(self) -> QRectF:
        return QRectF(self.p0, self.p1).normalized()

    def _place_tag(self) -> None:
        if self.kind == MarkKind.BOX:
            # Above the box's top-left corner, or just inside it when the picture's top
            # edge leaves no room (it would be cut off when the picture fills the view).
            corner = self.box().topLeft()
            room = corner.y() / self.pixel >= self.tag.area.height() + 2
            self.tag.setPos(corner if not room else corner + QPointF(0, -1.5 * self.pixel))
            self.tag.place(True, not room)
        else:
            # At the tail, on the side away from the point, so it never hides what the
            # arrow shows.
            self.tag.setPos(self.p0)
            self.tag.place(self.p1.x() < self.p0.x(), self.p1.y() < self.p0.y())

    def _head(self) -> QPolygonF:
        dx, dy = self.p1.x() - self.p0.x(), self.p1.y() - self.p0.y()
        length = math.hypot(dx, dy)
        if length == 0:
            return QPolygonF()
        ux, uy = dx / length, dy / length
        head = min(HEAD_LENGTH * self.pixel, length * 0.6)
        half = head * HEAD_HALF_WIDTH / HEAD_LENGTH
        base = QPointF(self.p1.x() - ux * head, self.p1.y() - uy * head)
        return QPolygonF(
            [
                self.p1,
                QPointF(base.x() - uy * half, base.y() + ux * half),
                QPointF(base.x() + uy * half, base.y() - ux * half),
            ]
        )

    def _outline(self) -> QPainterPath:
        path = QPainterPath()
        if self.kind == MarkKind.BOX:
            path.addRect(self.box())
        else:
            path.moveTo(self.p0)
            path.lineTo(self.p1)
            path.addPolygon(self._head())
        return path

    def boundingRect(self) -> QRectF:
        margin = (HALO_PEN + HEAD_LENGTH) * self.pixel
        return QRectF(self.p0, self.p1).normalized().adjusted(-margin, -margin, margin, margin)

    def shape(self) -> QPainterPath:
        """Where a click picks the mark: near its lines, not anywhere inside a box (a
        click inside a big box must still pan the picture)."""
        stroker = QPainterPathStroker()
        stroker.setWidth(PICK_WIDTH * self.pixel)
        return stroker.createStroke(self._outline()) | (
            QPainterPath() if self.kind == MarkKind.BOX else self._outline()
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        head = self._head() if self.kind != MarkKind.BOX else QPolygonF()
        pens = [_cosmetic(MARK_COLOUR, MARK_PEN)]
        if self.isSelected():
            pens.insert(0, _cosmetic(SELECTED_COLOUR, HALO_PEN))
        elif not self.mark_id and not self.saving:
            # Drawn but not saved (being drawn, or a save failed): dashed.
            pens = [_cosmetic(MARK_COLOUR, MARK_PEN, Qt.PenStyle.DashLine)]
        for pen in pens:
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if self.kind == MarkKind.BOX:
                painter.drawRect(self.box())
            else:
                painter.drawLine(self.p0, self.p1)
                painter.setBrush(pen.color())
                painter.drawPolygon(head)

    # -- values ----------------------------------------------------------------------

    def mark(self, size: QSizeF) -> PhotoMark:
        x0, y0 = to_mark_units(self.p0, size)
        x1, y1 = to_mark_units(self.p1, size)
        return PhotoMark(self.kind, x0, y0, x1, y1, self.label, self.mark_id).normalised()


class PhotoView(QGraphicsView):
    """The picture with its marks. In VIEW mode a drag pans (and a click picks a mark);
    in a drawing mode press-drag-release draws one, then `drawn` is emitted with it."""

    drawn = Signal(object)  # a MarkItem, already in the scene, not yet saved
    labelWanted = Signal(object)  # a MarkItem double-clicked
    modeChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(Qt.GlobalColor.black)
        self.mode = VIEW
        self.fitted = True  # the whole picture is shown (and stays so when resized)
        self.photo_id = ""  # the photo whose picture and marks are shown, once loaded
        self.draft: MarkItem | None = None
        self.set_mode(VIEW)

    # -- the picture ---------------------------------------------------------------------

    def show_image(self, image: QImage) -> None:
        self.cancel_drawing()
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def picture_size(self) -> QSizeF:
        return self.item.boundingRect().size()

    def has_picture(self) -> bool:
        return not self.item.pixmap().isNull()

    def can_draw(self) -> bool:
        """A picture is shown and it is the photo being looked at (not the last one still
        on screen while the next loads: a mark drawn there would land on the wrong photo)."""
        return self.has_picture() and bool(self.photo_id)

    def fit(self) -> None:
        self.fitted = True
        self.resetTransform()
        if self.has_picture():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom_changed()

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        fitted = self.viewport().width() / max(1.0, self.item.boundingRect().width())
        target = current * factor
        if target > MAX_ZOOM or target < fitted / 2:
            return
        self.scale(factor, factor)
        self.fitted = False
        self._zoom_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()  # a bigger window shows the whole picture bigger

    def _zoom_changed(self) -> None:
        scale = self.transform().m11()
        for item in self.scene().items():
            if isinstance(item, MarkItem):
                item.set_zoom(scale)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)

    # -- marks ------------------------------------------------------------------------

    def marks(self) -> list[MarkItem]:
        """The marks on the picture, in the order they were added."""
        found = [
            i for i in self.scene().items(Qt.SortOrder.AscendingOrder) if isinstance(i, MarkItem)
        ]
        return [m for m in found if m is not self.draft]

    def add_mark(self, mark: PhotoMark) -> MarkItem:
        size = self.picture_size()
        item = MarkItem(
            str(mark.kind),
            to_scene(mark.x0, mark.y0, size),
            to_scene(mark.x1, mark.y1, size),
            mark.label,
            mark.id,
        )
        self._add(item)
        return item

    def _add(self, item: MarkItem) -> None:
        item.set_zoom(self.transform().m11())
        self.scene().addItem(item)

    def clear_marks(self) -> None:
        self.cancel_drawing()
        for mark in self.marks():
            self.scene().removeItem(mark)

    def selected_mark(self) -> MarkItem | None:
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, MarkItem)]
        return chosen[0] if chosen else None

    def mark_at(self, position: QPointF) -> MarkItem | None:
        for item in self.items(position.toPoint()):
            while item is not None and not isinstance(item, MarkItem):
                item = item.parentItem()
            if isinstance(item, MarkItem) and item.isVisible():
                return item
        return None

    # -- drawing ------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.cancel_drawing()
        self.mode = mode
        if mode == VIEW:
            self.viewport().unsetCursor()
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)  # sets the open hand
        else:
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.modeChanged.emit(mode)

    def _on_picture(self, position: QPointF) -> QPointF:
        """A viewport position as a scene point, held inside the picture."""
        point = self.mapToScene(position.toPoint())
        rect = self.item.boundingRect()
        return QPointF(
            min(rect.right(), max(rect.left(), point.x())),
            min(rect.bottom(), max(rect.top(), point.y())),
        )

    def begin_drawing(self, position: QPointF) -> None:
        """Start a mark at a viewport position (the press)."""
        self.cancel_drawing()
        start = self._on_picture(position)
        self.draft = MarkItem(self.mode, start, start)
        self._add(self.draft)
        self.scene().clearSelection()

    def continue_drawing(self, position: QPointF) -> None:
        if self.draft is not None:
            self.draft.set_end(self._on_picture(position))

    def end_drawing(self, position: QPointF) -> MarkItem | None:
        """Finish the mark (the release); a tiny drag is a click and makes no mark."""
        draft = self.draft
        if draft is None:
            return None
        draft.set_end(self._on_picture(position))
        self.draft = None
        if self._too_small(draft):
            self.scene().removeItem(draft)
            # A click in a drawing mode picks the mark under it, like in VIEW mode.
            self.scene().clearSelection()
            picked = self.mark_at(position)
            if picked is not None:
                picked.setSelected(True)
            return None
        self.drawn.emit(draft)
        return draft

    def _too_small(self, draft: MarkItem) -> bool:
        """Measured in screen pixels on the picture (after holding the ends inside it)."""
        scale = self.transform().m11()
        dx = abs(draft.p1.x() - draft.p0.x()) * scale
        dy = abs(draft.p1.y() - draft.p0.y()) * scale
        if draft.kind == MarkKind.BOX:
            return dx < TINY_DRAG or dy < TINY_DRAG
        return math.hypot(dx, dy) < TINY_DRAG

    def cancel_drawing(self) -> bool:
        """Drop a mark being drawn (Esc); True if there was one."""
        draft, self.draft = self.draft, None
        if draft is None:
            return False
        if draft.scene() is not None:
            self.scene().removeItem(draft)
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.mode != VIEW and event.button() == Qt.MouseButton.LeftButton and self.can_draw():
            self.begin_drawing(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.draft is not None:
            self.continue_drawing(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.draft is not None and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.end_drawing(event.position())
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position())
        if mark is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cancel_drawing()
            event.accept()
            self.labelWanted.emit(mark)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.cancel_drawing():
            event.accept()
            return
        super().keyPressEvent(event)


class MarkLabelDialog(QDialog):
    """Asks for a mark's label: optional, at most 40 characters; Esc cancels the mark."""

    def __init__(self, text: str = "", problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Label for the mark"))
        prompt = QLabel(self.tr("What does the mark show? (optional, at most 40 characters)"))
        prompt.setWordWrap(True)
        self.edit = QLineEdit(text)
        self.edit.setMaxLength(MAX_LABEL)
        self.edit.setPlaceholderText(self.tr("e.g. rice blast lesion"))
        self.edit.setMinimumWidth(360)
        style.set_point_size(self.edit, 13)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        style.set_role(self.problem, "error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setMinimumHeight(BUTTON_HEIGHT)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.edit.setFocus()
        self.edit.selectAll()

    def label(self) -> str:
        return self.edit.text().strip()


class PhotoViewer(QDialog):
    def __init__(
        self,
        services: Services,
        tasks: Tasks,
        photos: list[PhotoRow],
        index: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.photos = photos
        self.index = index
        self.view = PhotoView()
        self.view.drawn.connect(self.mark_drawn)
        self.view.labelWanted.connect(self.edit_label)
        self.view.modeChanged.connect(self._mode_changed)
        self.view.scene().selectionChanged.connect(self._selection_changed)
        self.caption = QLabel()
        style.set_point_size(self.caption, 12)

        self.box_button = self._button(self.tr("Box"), self.tr("Draw a box round something (B)"))
        self.arrow_button = self._button(
            self.tr("Arrow"), self.tr("Draw an arrow at something (A)")
        )
        self.view_button = self._button(
            self.tr("Move/View"), self.tr("Drag to move the picture, wheel to zoom (V)")
        )
        self.modes = QButtonGroup(self)
        for button, mode in (
            (self.view_button, VIEW),
            (self.box_button, MarkKind.BOX.value),
            (self.arrow_button, MarkKind.ARROW.value),
        ):
            button.setCheckable(True)
            button.setProperty("mode", mode)
            self.modes.addButton(button)
        self.modes.buttonClicked.connect(self._mode_clicked)
        self.view_button.setChecked(True)
        self.delete_button = self._button(
            self.tr("Delete mark"), self.tr("Delete the chosen mark (Delete key)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        self.show_button = self._button(self.tr("Show marks"), self.tr("Show or hide the marks"))
        self.show_button.setCheckable(True)
        self.show_button.setChecked(True)
        self.show_button.toggled.connect(self.show_marks)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        style.set_role(self.hint, "hint")

        bar = QWidget()
        bar.setStyleSheet(TOOL_BAR)
        tools = QHBoxLayout(bar)
        tools.setContentsMargins(0, 0, 0, 0)
        for button in (self.view_button, self.box_button, self.arrow_button):
            tools.addWidget(button)
        tools.addSpacing(12)
        tools.addWidget(self.delete_button)
        tools.addWidget(self.show_button)
        tools.addSpacing(12)
        tools.addWidget(self.hint, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)

        self._mode_changed(VIEW)
        self.resize(1100, 800)
        self.view.setFocus()
        self.show_photo()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setMinimumHeight(BUTTON_HEIGHT)
        button.setMinimumWidth(88)
        # The picture keeps the keyboard (Esc while drawing, Delete, the arrow keys).
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    # -- the photo ----------------------------------------------------------------------

    def photo(self) -> PhotoRow:
        return self.photos[self.index]

    def show_photo(self) -> None:
        photo = self.photo()
        # Until the new picture is in, the old one may stay on screen, but without its
        # marks and not to be drawn on.
        self.view.clear_marks()
        self.view.photo_id = ""
        self.setWindowTitle(
            self.tr("Photo %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.photos)))
        )
        self.caption.setText(self.describe(photo) + "  " + self.tr("(loading…)"))
        photos, wanted = self.services.photos, self.index

        def load() -> tuple[QImage, list[PhotoMark]]:
            path = photos.preview(photo) or photos.thumbnail(photo)
            return QImage(str(path)), photos.marks(photo.id)

        def shown(
            loaded: tuple[QImage, list[PhotoMark]] | None, error: BaseException | None
        ) -> None:
            if wanted != self.index:
                return  # the user has moved on
            if error is not None or loaded is None or loaded[0].isNull():
                self.view.show_image(QImage())  # not the last photo's picture
                self.caption.setText(self.describe(photo) + "  " + self.tr("(cannot be shown)"))
                return
            image, marks = loaded
            self.view.show_image(image)
            self.view.photo_id = photo.id
            for mark in marks:
                self.view.add_mark(mark).setVisible(self.show_button.isChecked())
            self.caption.setText(self.describe(photo))

        self.tasks.run(load, shown)

    def describe(self, photo: PhotoRow) -> str:
        parts = [
            self.tr("Taken %1").replace("%1", photo.taken_at.replace("T", " "))
            if photo.taken_at
            else self.tr("No time recorded")
        ]
        if photo.lat_e6 is not None and photo.lon_e6 is not None:
            parts.append(
                self.tr("GPS %1, %2")
                .replace("%1", f"{photo.lat_e6 / 1e6:.6f}")
                .replace("%2", f"{photo.lon_e6 / 1e6:.6f}")
            )
        else:
            parts.append(self.tr("no GPS"))
        if photo.camera:
            parts.append(photo.camera)
        return " · ".join(parts)

    # -- modes --------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.view.set_mode(mode)

    def _mode_clicked(self, button: QAbstractButton) -> None:
        self.set_mode(str(button.property("mode")))
        self.view.setFocus()

    def _mode_changed(self, mode: str) -> None:
        for button in self.modes.buttons():
            button.setChecked(button.property("mode") == mode)
        if mode == MarkKind.BOX:
            self.hint.setText(self.tr("Drag over the picture to draw a box. Esc cancels."))
        elif mode == MarkKind.ARROW:
            self.hint.setText(
                self.tr("Drag from where the arrow starts to what it points at. Esc cancels.")
            )
        else:
            self.hint.setText(
                self.tr(
                    "Drag to move, wheel to zoom. Click a mark to choose it, "
                    "double-click it to change its label."
                )
            )

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(self.view.selected_mark() is not None)

    def show_marks(self, shown: bool) -> None:
        if not shown:
            self.view.scene().clearSelection()
        for mark in self.view.marks():
            mark.setVisible(shown and not mark.removed)

    # -- marks ----------------------------------------------------------------------------

    def ask_label(
        self, text: str = "", problem: str = "", near: MarkItem | None = None
    ) -> str | None:
        """The label typed, or None if the user cancelled. The dialog opens beside the
        mark it is about, so the mark stays in sight."""
        dialog = MarkLabelDialog(text, problem, self)
        if near is not None and near.scene() is not None:
            self._beside(dialog, near)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.label()

    def _beside(self, dialog: QDialog, item: MarkItem) -> None:
        """Put the dialog just below the mark on screen, or above it if there is no room,
        and inside the viewer."""
        dialog.adjustSize()
        viewport = self.view.viewport()
        shape = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        below = viewport.mapToGlobal(shape.bottomLeft())
        above = viewport.mapToGlobal(shape.topLeft())
        frame = self.frameGeometry()
        size = dialog.frameGeometry().size()
        y = below.y() + 8
        if y + size.height() > frame.bottom():
            y = above.y() - 8 - size.height()
        x = min(max(below.x(), frame.left()), frame.right() - size.width())
        y = min(max(y, frame.top()), frame.bottom() - size.height())
        dialog.move(x, y)

    def mark_drawn(self, item: MarkItem) -> None:
        """A mark was drawn: ask for its label, then save it at once."""
        if not self.show_button.isChecked():
            self.show_button.setChecked(True)  # a new mark must be seen
        label = self.ask_label(near=item)
        if label is None:  # Esc: no mark at all
            self.view.scene().removeItem(item)
            return
        item.set_label(label)
        self.save_mark(item, self.view.photo_id, self.view.picture_size())

    def save_mark(self, item: MarkItem, photo_id: str, size: QSizeF) -> None:
        photos, mark = self.services.photos, item.mark(size)
        item.saving = True
        item.update()

        def saved(mark_id: str | None, error: BaseException | None) -> None:
            item.saving = False
            if error is None and mark_id:
                item.mark_id = mark_id
                item.set_label(clean(item.label))  # as saved (full-width letters folded)
                item.update()
                if item.removed:  # deleted while its save was on the way
                    self._remove(item)
                return
            item.update()
            if item.removed:
                return
            if isinstance(error, ValidationError) and any(e.field == "label" for e in error.errors):
                # Give the label back to the user with what is wrong, keep the mark.
                label = self.ask_label(item.label, self.problem_sentences(error), item)
                if label is None:
                    self._drop(item)
                    return
                item.set_label(label)
                self.save_mark(item, photo_id, size)
                return
            if isinstance(error, ValidationError):
                QMessageBox.warning(self, self.tr("Mark"), self.problem_sentences(error))
                self._drop(item)
                return
            if self.retry(self.tr("The mark could not be saved."), error):
                self.save_mark(item, photo_id, size)
            else:
                self._drop(item)

        self.tasks.run(lambda: photos.add_mark(photo_id, mark), saved, write=True)

    def retry(self, what: str, error: BaseException | None) -> bool:
        """Tell the user what failed and why; True if they want to try again."""
        if isinstance(error, KeyError):
            QMessageBox.warning(
                self,
                self.tr("Mark"),
                what + " " + self.tr("The photo or the mark was deleted meanwhile."),
            )
            return False
        why = messages.save_failure_text(error) if error is not None else ""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Mark"),
            what,
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(why)
        return box.exec() == QMessageBox.StandardButton.Retry

    def problem_sentences(self, error: ValidationError) -> str:
        """What is wrong with a mark, one sentence each (messages.py wording)."""
        names = {"label": self.tr("Label"), "kind": self.tr("Kind of mark")}
        sentences: list[str] = []
        for problem in error.errors:
            if problem.field in names:
                text = messages.problem_text(
                    FieldError(names[problem.field], problem.problem, problem.detail)
                )
            else:
                text = self.tr("The mark must lie on the picture and have a size.")
            if text not in sentences:
                sentences.append(text)
        return " ".join(sentences)

    def _drop(self, item: MarkItem) -> None:
        if item.scene() is not None:
            item.scene().removeItem(item)

    def edit_label(self, item: MarkItem) -> None:
        """Double-click: change a mark's label (saved at once)."""
        if not item.mark_id or item.removed:
            return  # its save has not come back yet
        label = self.ask_label(item.label, near=item)
        if label is None or label == item.label:
            return
        self._save_label(item, item.label, label, self.view.picture_size())

    def _save_label(self, item: MarkItem, old: str, label: str, size: QSizeF) -> None:
        item.set_label(label)
        photos, mark = self.services.photos, item.mark(size)

        def saved(_: object, error: BaseException | None) -> None:
            if error is None:
                return
            item.set_label(old)  # what is saved
            if isinstance(error, ValidationError):
                QMessageBox.warning(self, self.tr("Mark"), self.problem_sentences(error))
            elif self.retry(self.tr("The new label could not be saved."), error):
                self._save_label(item, old, label, size)

        self.tasks.run(lambda: photos.update_mark(mark.id, mark), saved, write=True)

    def delete_selected(self) -> None:
        item = self.view.selected_mark()
        if item is None or not item.isVisible():
            return
        item.setSelected(False)
        item.removed = True
        item.setVisible(False)
        if item.mark_id:
            self._remove(item)
        # else: removed when its save comes back (save_mark)

    def _remove(self, item: MarkItem) -> None:
        photos, mark_id = self.services.photos, item.mark_id

        def removed(_: object, error: BaseException | None) -> None:
            if error is None or isinstance(error, KeyError):
                self._drop(item)
                return
            item.removed = False
            item.setVisible(self.show_button.isChecked())
            if self.retry(self.tr("The mark could not be deleted."), error):
                item.removed = True
                item.setVisible(False)
                self._remove(item)

        self.tasks.run(lambda: photos.remove_mark(mark_id), removed, write=True)

    # -- keys ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc while drawing drops the mark being drawn, not the viewer."""
        if self.view.cancel_drawing():
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        chord = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if chord and key in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_V):
            super().keyPressEvent(event)  # Ctrl+A and the like are not tool keys
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown) and self.index + 1 < len(self.photos):
            self.index += 1
            self.show_photo()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp) and self.index > 0:
            self.index -= 1
            self.show_photo()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.view.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.view.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.view.fit()
        elif key == Qt.Key.Key_B:
            self.set_mode(MarkKind.BOX.value)
        elif key == Qt.Key.Key_A:
            self.set_mode(MarkKind.ARROW.value)
        elif key == Qt.Key.Key_V:
            self.set_mode(VIEW)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        else:
            super().keyPressEvent(event)
