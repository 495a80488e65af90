"""Light or dark: follow the desktop (``system``, the default) or pin one (``ui.theme``).

Qt 6.8+ lets an application ask the platform for a colour scheme; Windows, macOS and the
GNOME/KDE platform themes honour it. Where the platform cannot (a bare X11 session, the
``offscreen`` platform), ``dark`` falls back to a dark palette of our own, so the choice still
shows; ``light`` and ``system`` then leave the platform's usual palette.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES: dict[str, str] = {
    "system": "Follow the system",
    "light": "Light",
    "dark": "Dark",
}
_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}

_Role = QPalette.ColorRole
_DARK = {
    _Role.Window: "#2b2b2b",
    _Role.WindowText: "#e8e8e8",
    _Role.Base: "#1f1f1f",
    _Role.AlternateBase: "#2f2f2f",
    _Role.Text: "#e8e8e8",
    _Role.PlaceholderText: "#9a9a9a",
    _Role.Button: "#363636",
    _Role.ButtonText: "#e8e8e8",
    _Role.ToolTipBase: "#363636",
    _Role.ToolTipText: "#e8e8e8",
    _Role.Highlight: "#3d7bd9",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#79aaf2",
    _Role.BrightText: "#ff6b6b",
}
_DARK_DISABLED = {_Role.WindowText: "#7a7a7a", _Role.Text: "#7a7a7a", _Role.ButtonText: "#7a7a7a"}


def apply_theme(theme: str) -> None:
    """Apply ``theme`` (a checked ``ui.theme`` value) to the running application, at once."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    hints = QGuiApplication.styleHints()
    wanted = _SCHEMES.get(theme)
    if wanted is None:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(wanted)
    if wanted is Qt.ColorScheme.Dark and hints.colorScheme() != wanted:
        QGuiApplication.setPalette(dark_palette())
    else:
        QGuiApplication.setPalette(QPalette())  # the platform's own, following its scheme


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether text is drawn light on dark (what a user sees, whichever way it came about)."""
    return palette.color(_Role.Window).lightness() < palette.color(_Role.WindowText).lightness()
