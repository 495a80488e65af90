"""The screen icons (Lucide, ISC licence: resources/icons/screens/LICENSE-lucide.txt), drawn in
the theme's text colour so they read on light, dark and high-contrast alike."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from pos_desktop import resources_dir

#: Rendered at these sizes: Qt picks the nearest for the sidebar, buttons and touch mode.
SIZES = (16, 24, 32, 48)


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / "screens" / f"{name}.svg")


@cache
def _svg(name: str) -> str:
    with open(icon_path(name), encoding="utf-8") as file:
        return file.read()


def screen_icon(name: str, colour: str) -> QIcon:
    """Icon ``name`` (a file in resources/icons/screens) with its strokes in ``colour``."""
    data = QByteArray(_svg(name).replace("currentColor", colour).encode())
    renderer = QSvgRenderer(data)
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
