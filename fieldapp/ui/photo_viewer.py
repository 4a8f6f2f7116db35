"""A photo, large: upright, with when and where it was taken; the wheel zooms (around
the pointer), dragging pans, 0 fits it to the window, ←/→ go to the neighbours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.bundle import Services
from fieldapp.services.photos import PhotoRow
from fieldapp.tasks import Tasks

from . import style

ZOOM_STEP = 1.25
MAX_ZOOM = 8.0


class PhotoView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(Qt.GlobalColor.black)

    def show_image(self, image: QImage) -> None:
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def fit(self) -> None:
        self.resetTransform()
        if not self.item.pixmap().isNull():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        fitted = self.viewport().width() / max(1.0, self.item.boundingRect().width())
        target = current * factor
        if target > MAX_ZOOM or target < fitted / 2:
            return
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)


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
        self.caption = QLabel()
        style.set_point_size(self.caption, 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self.resize(1100, 800)
        self.show_photo()

    def show_photo(self) -> None:
        photo = self.photos[self.index]
        self.setWindowTitle(
            self.tr("Photo %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.photos)))
        )
        self.caption.setText(self.describe(photo) + "  " + self.tr("(loading…)"))
        photos, wanted = self.services.photos, self.index

        def load() -> QImage:
            path = photos.preview(photo) or photos.thumbnail(photo)
            return QImage(str(path))

        def shown(image: QImage | None, error: BaseException | None) -> None:
            if wanted != self.index:
                return  # the user has moved on
            if error is not None or image is None or image.isNull():
                self.caption.setText(self.describe(photo) + "  " + self.tr("(cannot be shown)"))
                return
            self.view.show_image(image)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown) and self.index + 1 < len(self.photos):
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
        else:
            super().keyPressEvent(event)
