"""The design system: one style sheet from the tokens, three palettes, touch-sized targets,
and icons drawn in the theme's text colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.ui.design.icons import screen_icon
from pos_desktop.ui.design.tokens import HIGH_CONTRAST, TOUCH_TARGET_PX
from pos_desktop.ui.theme import THEMES, apply_theme, current_tokens


def _form(qtbot: QtBot) -> tuple[QWidget, QPushButton, QLineEdit]:
    form = QWidget()
    qtbot.addWidget(form)
    button, field = QPushButton("Pay (F12)"), QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(button)
    layout.addWidget(field)
    form.show()
    return form, button, field


def test_touch_mode_makes_buttons_and_fields_fingertip_sized(qtbot: QtBot) -> None:
    apply_theme("light")
    _, button, _field = _form(qtbot)
    assert button.sizeHint().height() < TOUCH_TARGET_PX

    apply_theme("light", touch=True)
    _, button, field = _form(qtbot)
    assert button.sizeHint().height() >= TOUCH_TARGET_PX
    assert field.sizeHint().height() >= TOUCH_TARGET_PX


def test_high_contrast_is_black_on_white_whatever_the_desktop(qtbot: QtBot) -> None:
    apply_theme("high-contrast")
    palette = QGuiApplication.palette()
    assert palette.color(QPalette.ColorRole.Window) == QColor(HIGH_CONTRAST.window)
    assert palette.color(QPalette.ColorRole.WindowText) == QColor("#000000")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert HIGH_CONTRAST.focus in app.styleSheet()  # the focus frame everyone can see
    assert "high-contrast" in THEMES


def test_system_takes_the_dark_tokens_when_the_palette_is_dark(qtbot: QtBot) -> None:
    apply_theme("dark")
    assert current_tokens("system").colours.window == current_tokens("dark").colours.window
    apply_theme("light")
    assert current_tokens("system").colours.window == current_tokens("light").colours.window


def test_screen_icons_are_drawn_in_the_colour_asked_for(qtbot: QtBot) -> None:
    image = screen_icon("shopping-cart", "#ff0000").pixmap(48, 48).toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert colours == {"#ff0000"}
