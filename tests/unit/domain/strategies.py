"""Hypothesis strategies for invoice lines as a booth sells them."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from pos_desktop.domain.invoice import LineInput
from pos_desktop.domain.money import round_money

RATES = tuple(Decimal(r) for r in ("0", "5.5", "7", "7.7", "10", "19", "20", "21", "25"))

#: 0.001 up to 1000, at most three decimals (kilograms, metres, pieces).
quantities = st.integers(1, 1_000_000).map(lambda n: Decimal(n).scaleb(-3))
#: 0.01 up to 100 000.00 EUR.
unit_prices = st.integers(1, 10_000_000).map(lambda n: Decimal(n).scaleb(-2))
vat_rates = st.sampled_from(RATES)


@st.composite
def lines(draw: st.DrawFn) -> LineInput:
    """A valid EUR line, with no discount, a discount amount up to the subtotal, or a percent."""
    quantity = draw(quantities)
    price = draw(unit_prices)
    rate = draw(vat_rates)
    kind = draw(st.sampled_from(["none", "amount", "percent"]))
    discount, percent = Decimal(0), None
    if kind == "amount":
        subtotal_cents = int(round_money(quantity * price, "EUR") * 100)
        discount = Decimal(draw(st.integers(0, subtotal_cents))).scaleb(-2)
    elif kind == "percent":
        percent = Decimal(draw(st.integers(0, 10_000))).scaleb(-2)
    return LineInput("item", quantity, price, rate, discount, percent)


invoices = st.lists(lines(), min_size=1, max_size=12)
