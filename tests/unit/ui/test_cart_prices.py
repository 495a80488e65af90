"""The cart's price column reads as the language writes money, beside totals that do."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from pos_desktop.domain.money import set_display_locale, set_typing_locale
from pos_desktop.services.sales import TillInfo
from pos_desktop.ui.cart import Cart, CartLine
from pos_desktop.ui.models.cart_table import COLUMNS, TOTAL_COLUMN, CartTableModel

EUR = TillInfo("EXPO24", "Expo", "EUR", "T1", True, Decimal(19))
PRICE = [attribute for _title, attribute in COLUMNS].index("unit_price")


@pytest.fixture
def german() -> Iterator[None]:
    set_display_locale("de_DE")
    set_typing_locale("de_DE")
    yield
    set_display_locale(None)
    set_typing_locale(None)


def shown(model: CartTableModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


@pytest.mark.usefixtures("german")
def test_a_scanned_price_and_a_typed_one_read_in_german_like_the_total() -> None:
    cart = Cart(EUR)
    cart.add(CartLine("Workshop", "1", "1089.00", "19"))  # as a product's price comes in
    cart.add(CartLine("Poster", "1", "8.5", "19"))  # the dot form, always accepted
    cart.add(CartLine("Mug", "1", "0.125", "19"))  # more decimals than cents: as typed
    model = CartTableModel(cart)
    assert [shown(model, row, PRICE) for row in range(3)] == ["1.089,00", "8,50", "0.125"]
    assert shown(model, 0, TOTAL_COLUMN) == "1.089,00"


def test_in_english_prices_keep_the_plain_form_a_cashier_types() -> None:
    cart = Cart(EUR)
    cart.add(CartLine("Poster", "1", "8.5", "19"))
    cart.add(CartLine("Typo", "1", "8,5,0", "19"))  # refused by the cart: shown as typed
    model = CartTableModel(cart)
    assert [shown(model, row, PRICE) for row in range(2)] == ["8.50", "8,5,0"]
