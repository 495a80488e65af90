"""The window icon: every size of the hand-drawn icon, as the menu entry has them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from pos_desktop import resources_dir
from pos_desktop.ui.app_icon import ICON_SIZES, app_icon


def test_the_icon_has_every_size_and_is_drawn(qtbot: QtBot) -> None:
    icon = app_icon()
    assert set(icon.availableSizes()) == {QSize(s, s) for s in ICON_SIZES}
    image = QImage(str(resources_dir() / "icons" / "pos-desktop-256.png"))
    assert (image.width(), image.height()) == (256, 256)
    # The corners are transparent (a rounded tile), the middle is painted.
    assert image.pixelColor(1, 1).alpha() == 0
    assert image.pixelColor(128, 200).alpha() == 255
