"""Selling by keyboard, as the GUI tests do it again and again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.ui.screens.checkout import CheckoutScreen
from tests.gui.keyboard import focused, press, type_text


def pay_and_confirm(qtbot: QtBot, screen: CheckoutScreen) -> None:
    """F12, Enter (cash, exact amount), Enter (save)."""
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: focused() is screen.payment_dialog.cash)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is screen.confirmation.save_button)
    press(qtbot, Qt.Key.Key_Return)


def sell_by_keyboard(qtbot: QtBot, screen: CheckoutScreen, description: str, amount: str) -> None:
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, description)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, amount)
    press(qtbot, Qt.Key.Key_Return)
    pay_and_confirm(qtbot, screen)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
