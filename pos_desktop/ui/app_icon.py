"""The app's icon for its windows and the task bar.

Drawn in packaging/icons/pos-desktop.svg; ``make icons`` writes the PNG sizes into
``resources/icons/`` (PNG, so no SVG image plugin is needed at run time).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from pos_desktop import resources_dir

#: The sizes ``make icons`` writes; the same set goes into the menu's icon theme.
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)

#: The menu entry's name (packaging/pos-desktop.desktop): Wayland compositors find the
#: window's icon through it.
DESKTOP_FILE_NAME = "pos-desktop"


def app_icon() -> QIcon:
    """Every size there is; an empty icon (Qt's default) if the files are missing."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"pos-desktop-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
