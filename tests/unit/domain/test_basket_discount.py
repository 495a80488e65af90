"""A basket discount spread over the lines adds up to exactly what was asked, to the cent."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.domain.basket_discount import spread_discount
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import LineInput, price_lines

D = Decimal


def test_ten_percent_off_a_mixed_basket_lowers_each_rate_by_its_share() -> None:
    lines = [LineInput("Book", D(2), D("21.40"), D(7)), LineInput("Mug", D(1), D("9.99"), D(19))]
    spread = spread_discount(lines, "10%", "EUR", True)
    before = price_lines(lines, "EUR", True).totals.gross
    after = price_lines(spread, "EUR", True)
    assert before - after.totals.gross == D("5.28")  # 10% of 52.79, rounded
    assert [line.discount for line in spread] == [D("4.28"), D("1.00")]


def test_an_amount_too_large_is_refused() -> None:
    with pytest.raises(ValidationError, match="more than the sale"):
        spread_discount([LineInput("Mug", D(1), D("9.99"), D(19))], "20.00", "EUR", True)


@given(
    prices=st.lists(st.integers(1, 100_000), min_size=1, max_size=8),
    off=st.integers(0, 100),
)
def test_the_shares_add_up_to_the_discount(prices: list[int], off: int) -> None:
    lines = [LineInput(f"L{i}", D(1), D(p) / 100, D(19)) for i, p in enumerate(prices)]
    total = sum((D(p) / 100 for p in prices), D(0))
    amount = (total * off / 100).quantize(D("0.01"))
    spread = spread_discount(lines, format(amount, "f"), "EUR", True)
    assert sum((line.discount for line in spread), D(0)) == amount
    assert price_lines(spread, "EUR", True).totals.gross == total - amount
