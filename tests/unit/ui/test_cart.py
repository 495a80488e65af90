"""The checkout's cart: live totals, typed mistakes kept visible, only a clean cart is payable."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.domain.errors import ValidationError
from pos_desktop.services.sales import TillInfo
from pos_desktop.ui.cart import Cart, CartLine

EUR_GROSS = TillInfo("EXPO24", "Expo", "EUR", "T1", True, Decimal(19))
EUR_NET = TillInfo("EXPO24", "Expo", "EUR", "T1", False, Decimal(19))


def test_totals_follow_every_edit() -> None:
    cart = Cart(EUR_GROSS)
    cart.add(CartLine("Workshop", "1", "89.00", "19"))
    cart.add(CartLine("Catalogue", "2", "12.50", "7"))
    assert cart.gross == Decimal("114.00")
    assert [(b.rate, b.vat) for b in cart.totals.vat_breakdown] == [
        (Decimal(7), Decimal("1.64")),
        (Decimal(19), Decimal("14.21")),
    ]
    cart.update(1, "quantity", "3")
    assert cart.gross == Decimal("126.50")
    cart.remove(0)
    assert cart.gross == Decimal("37.50")


def test_prices_without_vat_get_vat_added() -> None:
    cart = Cart(EUR_NET)
    cart.add(CartLine("Stand service", "1", "100.00", "19"))
    assert (cart.totals.net, cart.totals.vat, cart.gross) == (
        Decimal("100.00"),
        Decimal("19.00"),
        Decimal("119.00"),
    )


def test_a_line_without_vat_takes_the_till_default() -> None:
    cart = Cart(EUR_GROSS)
    cart.add(CartLine("Coffee", "1", "2.50"))
    assert cart.lines[0].vat_rate == "19"


def test_a_wrong_amount_stays_typed_with_its_problem_and_blocks_payment() -> None:
    cart = Cart(EUR_GROSS)
    cart.add(CartLine("Poster", "1", "8.00", "19"))
    cart.add(CartLine("Mug", "1", "12,50", "19"))
    assert cart.lines[1].unit_price == "12,50"
    assert cart.rows[1].problem is not None and "unit price" in cart.rows[1].problem
    assert cart.gross == Decimal("8.00")  # the valid line still counts on screen
    assert not cart.ready_to_pay
    assert cart.problem == "fix line 2 before payment"
    with pytest.raises(ValidationError):
        cart.sale_lines()
    cart.update(1, "unit_price", "12.50")
    assert cart.ready_to_pay and cart.gross == Decimal("20.50")
    assert [ln.unit_price for ln in cart.sale_lines()] == [Decimal("8.00"), Decimal("12.50")]


def test_an_empty_cart_cannot_be_paid() -> None:
    cart = Cart(EUR_GROSS)
    assert not cart.ready_to_pay
    assert cart.gross == Decimal(0)


def test_discounts_as_amount_or_percent() -> None:
    cart = Cart(EUR_GROSS)
    cart.add(CartLine("Kit", "2", "24.90", "19", "10%"))
    cart.add(CartLine("Bag", "1", "9.50", "19", "1.50"))
    assert cart.totals.discount == Decimal("6.48")
    assert cart.gross == Decimal("52.82")  # 49.80 - 4.98 + 9.50 - 1.50


def test_only_typed_fields_can_be_changed() -> None:
    cart = Cart(EUR_GROSS)
    cart.add(CartLine("Kit", "1", "24.90", "19"))
    with pytest.raises(ValueError, match="product_id"):
        cart.update(0, "product_id", "7")


def test_clear_forgets_lines_and_customer() -> None:
    cart = Cart(EUR_GROSS)
    cart.add(CartLine("Kit", "1", "24.90", "19"))
    cart.clear()
    assert (cart.lines, cart.customer, cart.gross) == ([], None, Decimal(0))
