"""The cart prices one line per change; what it shows must equal pricing the whole cart again."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import (
    InvoiceTotals,
    LineInput,
    check_lines,
    parse_line,
    price_lines,
)
from pos_desktop.services.sales import TillInfo
from pos_desktop.ui.cart import EDITABLE, Cart, CartLine

TILLS = (
    TillInfo("EXPO24", "Expo", "EUR", "T1", True, Decimal(19)),
    TillInfo("EXPO24", "Expo", "EUR", "T1", False, Decimal("7.7")),
    TillInfo("EXPO24", "Expo", "JPY", "T1", True, Decimal(10)),
)
# What cashiers type, mistakes included ("12,50", "abc", a price above the maximum).
quantities = st.sampled_from(["1", "2", "0.5", "3", "1.25", "10", "0", "abc", "999999"])
prices = st.one_of(
    st.integers(1, 100_000).map(lambda n: format(Decimal(n).scaleb(-2), "f")),
    st.sampled_from(["12,50", "", "-3", "60000000", "99999999.99", "7"]),
)
rates = st.sampled_from(["19", "7", "7.7", "0", "5.5", "100", "x"])
discounts = st.sampled_from(["", "10%", "1.50", "0", "100%", "5", "250%", "99999"])
typed_lines = st.builds(
    CartLine, st.sampled_from(["Kit", "Mug", " ", "Poster"]), quantities, prices, rates, discounts
)
FIELDS = sorted(EDITABLE)


@dataclass(frozen=True)
class Add:
    line: CartLine


@dataclass(frozen=True)
class Edit:
    row: int
    attribute: str
    text: str


@dataclass(frozen=True)
class Remove:
    row: int


edits = st.builds(
    Edit,
    st.integers(0, 100),
    st.sampled_from(FIELDS),
    st.one_of(quantities, prices, rates, discounts),
)
operations = st.lists(
    st.one_of(st.builds(Add, typed_lines), edits, st.builds(Remove, st.integers(0, 100))),
    max_size=30,
)


def _priced_from_scratch(cart: Cart) -> tuple[InvoiceTotals, list[str | None], str | None]:
    """Totals, problems per row and the cart's problem, computed the slow way from the lines."""
    till = cart.till
    valid: list[LineInput] = []
    problems: list[str | None] = []
    for line in cart.lines:
        try:
            valid.append(
                parse_line(
                    description=line.description,
                    quantity=line.quantity,
                    unit_price=line.unit_price,
                    vat_rate=line.vat_rate,
                    discount=line.discount,
                    currency=till.currency,
                )
            )
            problems.append(None)
        except ValidationError as error:
            problems.append(str(error))
    totals = price_lines(valid, till.currency, till.prices_include_vat).totals
    wrong = [n for n, p in enumerate(problems, 1) if p]
    problem: str | None = None
    if wrong:
        listed = ", ".join(str(n) for n in wrong[:5])
        problem = f"fix line{'s' if len(wrong) > 1 else ''} {listed} before payment"
    elif valid:
        try:
            check_lines(valid, till.currency)
        except ValidationError as error:
            problem = str(error)
    return totals, problems, problem


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TILLS), operations)
def test_totals_and_problems_after_any_edits_equal_the_full_pricing(
    till: TillInfo, steps: list[Add | Edit | Remove]
) -> None:
    cart = Cart(till)
    for step in steps:
        if isinstance(step, Add):
            cart.add(step.line)
        elif cart.lines and isinstance(step, Edit):
            cart.update(step.row % len(cart.lines), step.attribute, step.text)
        elif cart.lines and isinstance(step, Remove):
            cart.remove(step.row % len(cart.lines))
        totals, problems, problem = _priced_from_scratch(cart)
        assert cart.totals == totals
        assert [r.problem for r in cart.rows] == problems
        assert cart.problem == problem
        assert [r.line for r in cart.rows] == cart.lines
    again = Cart(till, lines=list(cart.lines))
    again.reprice()
    assert (again.totals, again.rows, again.problem) == (cart.totals, cart.rows, cart.problem)


def test_the_line_count_limit_blocks_payment() -> None:
    cart = Cart(TILLS[0])
    for n in range(501):
        cart.add(CartLine(f"Badge {n}", "1", "1.00"))
    assert cart.problem == "lines: an invoice holds at most 500 lines"
    assert not cart.ready_to_pay
    cart.remove(0)
    assert cart.ready_to_pay
    assert cart.gross == Decimal("500.00")
