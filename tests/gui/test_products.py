"""The Products screen: a manager keeps the catalogue with the keyboard, the scanner follows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import NotFound
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.products import ProductsScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def open_products(qtbot: QtBot, ctx: UiContext) -> ProductsScreen:
    screen = ProductsScreen(ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    return screen


def fill(qtbot: QtBot, *texts: str) -> None:
    """Type into the focused field and Tab to the next, as a person fills a form."""
    for text in texts:
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)


def test_a_manager_adds_a_product_and_the_till_can_scan_it(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_products(qtbot, manager_ctx)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert focused() is screen.sku
    fill(qtbot, "tote-01", "Canvas tote", "4006381333931", "12.50")
    assert screen.vat.text() == "20"  # the default rate is offered
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "added" in screen.messages.text())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    scanned = services.products.find(staff.cashier, "4006381333931")
    assert (scanned.sku, scanned.name, scanned.price) == (
        "TOTE-01",
        "Canvas tote",
        Decimal("12.50"),
    )


def test_a_manager_changes_a_price_then_retires_the_product(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.products.add(staff.manager, sku="CAP", name="Cap", price="15", vat_rate="20")
    screen = open_products(qtbot, manager_ctx)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    type_text(qtbot, "cap")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.editing is not None)
    assert screen.price.text() == "15.00"
    assert screen.model.data(screen.model.index(0, 3)) == "15.00"
    press(qtbot, Qt.Key.Key_Return)  # edit the selected product
    assert focused() is screen.name
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    fill(qtbot, "17.00")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "saved" in screen.messages.text())
    assert services.products.find(staff.cashier, "CAP").price == Decimal("17.00")

    screen.active.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "not on sale" in screen.messages.text())
    with pytest.raises(NotFound):
        services.products.find(staff.cashier, "CAP")


def test_a_wrong_price_is_explained_and_nothing_is_added(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_products(qtbot, manager_ctx)
    press(qtbot, Qt.Key.Key_N, CTRL)
    fill(qtbot, "MUG", "Mug", "", "nine")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "price" in screen.messages.text())
    assert screen.name.text() == "Mug"  # what was typed stays
    assert services.products.list_products(staff.manager, include_inactive=True) == []
