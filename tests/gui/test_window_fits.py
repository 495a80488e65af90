"""The main window opens maximised and fits a 1024x700 screen, the cart's description first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from pos_desktop.domain.languages import LANGUAGES
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import apply_language
from pos_desktop.ui.idle_lock import TerminalLock
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.models.cart_table import COLUMNS
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.widgets.navigation import HINT_PADDING
from tests.gui.conftest import NewLock
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.selling import pay_and_confirm

SMALL = (1024, 700)
DESCRIPTION = "Workshop seat: Advanced session"


def test_the_window_opens_maximised(
    qtbot: QtBot, new_lock: NewLock, cashier_ctx: UiContext
) -> None:
    lock: TerminalLock = new_lock(cashier_ctx.actor, 0)
    lock.start()
    qtbot.waitUntil(lock.window.isVisible)
    assert lock.window.windowState() & Qt.WindowState.WindowMaximized


def test_at_1024x700_the_checkout_shows_the_description_the_total_and_pay(
    qtbot: QtBot, admin_ctx: UiContext
) -> None:
    window = MainWindow(admin_ctx)  # the admin: the most screens and status labels
    show_active(qtbot, window, SMALL)
    every_screen = list(window.screens.values())  # built when first shown: build them all
    assert len(every_screen) == len(window.screens) > 15
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], hint
    assert (window.width(), window.height()) == SMALL
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None)
    qtbot.waitUntil(lambda: focused() is checkout.scan)
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, DESCRIPTION)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1089.00")
    press(qtbot, Qt.Key.Key_Return)
    table = checkout.table
    metrics = table.fontMetrics()
    description = table.columnWidth(0)
    assert description >= metrics.horizontalAdvance(DESCRIPTION), "the description is cut"
    assert description > max(table.columnWidth(n) for n in range(1, len(COLUMNS)))
    for widget in (checkout.totals.total, checkout.pay_button):
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert widget.isVisible() and window.rect().contains(corner), widget.objectName()
    total = checkout.totals.total
    assert total.text() == "Total 1089.00 EUR"
    assert total.fontMetrics().horizontalAdvance(total.text()) <= total.contentsRect().width()
    assert total.font().pointSize() >= 16, "readable at arm's length"

    pay_and_confirm(qtbot, checkout)  # the sale's own view (with the receipt) fits too
    qtbot.waitUntil(lambda: checkout.pages.currentWidget() is checkout.done_panel)
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], hint
    assert (window.width(), window.height()) == SMALL


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The UI in German for one test (the language is the process's: English again after)."""
    apply_language("de")
    yield
    apply_language("")


@pytest.mark.usefixtures("german")
def test_in_german_every_screen_fits_1024x700_and_no_button_is_cut(
    qtbot: QtBot, admin_ctx: UiContext
) -> None:
    """German words are longer: a row of them must not widen the window past a small screen,
    nor squeeze a button below its text."""
    window = MainWindow(admin_ctx)  # the admin: the most screens and status labels
    show_active(qtbot, window, SMALL)
    assert window.nav.item(0).text() == "Kasse"
    for title, screen in window.screens.items():
        window.show_screen(title)
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], (title, hint)
        assert (window.width(), window.height()) == SMALL, title
        cut = [
            button.text()
            for button in screen.findChildren(QPushButton)
            if button.isVisible() and button.width() < button.minimumSizeHint().width()
        ]
        assert cut == [], title


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_in_every_language_the_admins_window_fits_1024x700_with_whole_screen_names(
    qtbot: QtBot, admin_ctx: UiContext, language: str
) -> None:
    """The longest words (German, French, Polish) neither widen the window past a small
    screen nor cut a screen's name in the sidebar; the status bar shortens its texts."""
    assert apply_language(language) == language
    try:
        window = MainWindow(admin_ctx)
        show_active(qtbot, window, SMALL)
        assert len(list(window.screens.values())) > 15  # every screen built
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], (language, hint)
        assert (window.width(), window.height()) == SMALL
        nav = window.nav
        metrics = nav.fontMetrics()
        for row in range(nav.count()):  # the room the sidebar's delegate gives the name
            item = nav.item(row)
            hint_width = metrics.horizontalAdvance(nav.hint(row))
            room = (
                nav.visualItemRect(item).width()
                - nav.iconSize().width()
                - hint_width
                - HINT_PADDING
            )
            assert metrics.horizontalAdvance(item.text()) <= room, (language, item.text())
        window.close()
    finally:
        apply_language("")
