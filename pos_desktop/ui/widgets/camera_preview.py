"""Live camera picture with every detected code outlined, so the cashier sees what the camera
sees and whether it read the code. Frames arrive from the camera thread by queued signal;
painting skips frames while the previous one is still on its way (never a backlog)."""

from __future__ import annotations

import cv2
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QLabel, QWidget

from pos_desktop.adapters.camera import FrameResult
from pos_desktop.ui.i18n import tr

OUTLINE = QColor("#16a34a")


class CameraPreview(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setMinimumSize(320, 180)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(tr("CameraPreview", "No picture from the camera yet"))
        self.outlined = 0  # codes outlined in the last frame (tests read it)

    def show_frame(self, result: FrameResult) -> None:
        rgb = cv2.cvtColor(result.frame, cv2.COLOR_BGR2RGB)
        height, width = rgb.shape[:2]
        image = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        pixmap = QPixmap.fromImage(image)
        painter = QPainter(pixmap)
        painter.setPen(QPen(OUTLINE, max(3, width // 200)))
        self.outlined = 0
        for found in result.found:
            if len(found.corners) >= 3:
                painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in found.corners]))
                self.outlined += 1
        painter.end()
        self.setPixmap(
            pixmap.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
