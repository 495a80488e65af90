"""Customers list: a screenful first, the rest as it scrolls; matches newest first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.customers import FIRST_PAGE, CustomersScreen
from tests.conftest import Staff
from tests.gui.keyboard import press, show_active, type_text

VISITORS = FIRST_PAGE + 12


@pytest.fixture
def visitors(services: Services, staff: Staff) -> list[str]:
    """Codes in the order registered: Visitor 00 first."""
    return [
        services.customers.register(
            staff.cashier,
            CustomerInput(name=f"Visitor {n:02d}", email=f"visitor{n}@example.com"),
        ).code
        for n in range(VISITORS)
    ]


def test_the_first_page_is_a_screenful_and_scrolling_brings_the_rest(
    qtbot: QtBot, cashier_ctx: UiContext, visitors: list[str]
) -> None:
    screen = CustomersScreen(cashier_ctx)
    show_active(qtbot, screen, (1100, 600))
    screen.activate()
    qtbot.waitUntil(lambda: screen.model.rowCount() == FIRST_PAGE and not screen.model.loading)
    assert screen.model.row(0).name == "Visitor 00"  # the unfiltered list is by name
    screen.table.setFocus()
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # scrolls to the bottom
    qtbot.waitUntil(lambda: screen.model.rowCount() == VISITORS and not screen.model.loading)
    assert [screen.model.row(n).code for n in range(VISITORS)] == visitors


def test_typing_lists_the_newest_matches_first(
    qtbot: QtBot, cashier_ctx: UiContext, visitors: list[str]
) -> None:
    screen = CustomersScreen(cashier_ctx)
    show_active(qtbot, screen, (1100, 600))
    screen.activate()
    qtbot.waitUntil(lambda: not screen.model.loading)
    type_text(qtbot, "visitor")
    newest_first = visitors[::-1]
    qtbot.waitUntil(lambda: [c.code for c in screen.model.rows] == newest_first[:FIRST_PAGE])
    screen.table.setFocus()
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [c.code for c in screen.model.rows] == newest_first)
