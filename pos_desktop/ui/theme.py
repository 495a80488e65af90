"""Light, dark or high contrast: follow the desktop (``system``, the default) or pin one
(``ui.theme``); and the style sheet of the design system (``ui/design/``) on top, with bigger
targets in touch mode (``ui.touch_mode``).

Qt 6.8+ lets an application ask the platform for a colour scheme; Windows, macOS and the
GNOME/KDE platform themes honour it. Where the platform cannot (a bare X11 session, the
``offscreen`` platform), ``dark`` falls back to a dark palette of our own, so the choice still
shows; ``light`` and ``system`` then leave the platform's usual palette.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from pos_desktop.ui.design.stylesheet import stylesheet
from pos_desktop.ui.design.tokens import PALETTES, Colours, Tokens
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP

#: The Settings screen's choices: marked in its context, translated where it shows them.
THEMES: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("Settings", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("Settings", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Settings", "High contrast"),
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


def apply_theme(theme: str, *, touch: bool = False) -> None:
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
    if theme == "high-contrast":
        QGuiApplication.setPalette(colour_palette(PALETTES["high-contrast"]))
    elif wanted is Qt.ColorScheme.Dark and hints.colorScheme() != wanted:
        QGuiApplication.setPalette(dark_palette())
    else:
        QGuiApplication.setPalette(QPalette())  # the platform's own, following its scheme
    if isinstance(app, QApplication):
        app.setStyleSheet(stylesheet(current_tokens(theme, touch=touch)))


def colour(role: str) -> str:
    """A colour of the theme now shown (``muted``, ``error``, ``warning``...) for text a screen
    writes as HTML or a label's style: readable on dark as on light."""
    return str(getattr(current_tokens("system").colours, role))


def current_tokens(theme: str, *, touch: bool = False) -> Tokens:
    """The tokens for ``theme``; ``system`` takes light or dark as the palette now is."""
    if theme not in PALETTES:
        theme = "dark" if is_dark(QGuiApplication.palette()) else "light"
    return Tokens(PALETTES[theme], touch=touch)


def colour_palette(colours: Colours) -> QPalette:
    """A whole palette from the design tokens (high contrast: no platform colour leaks in)."""
    palette = QPalette()
    for role, colour in (
        (_Role.Window, colours.window),
        (_Role.WindowText, colours.text),
        (_Role.Base, colours.surface),
        (_Role.AlternateBase, colours.window),
        (_Role.Text, colours.text),
        (_Role.PlaceholderText, colours.muted),
        (_Role.Button, colours.surface),
        (_Role.ButtonText, colours.text),
        (_Role.Highlight, colours.accent),
        (_Role.HighlightedText, colours.on_accent),
        (_Role.Link, colours.accent),
    ):
        palette.setColor(role, QColor(colour))
    return palette


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
