"""A product sold below its price is a discount of the difference, against the cashier's limit."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.domain.approval import (
    ApproverCredentials,
    ListPrice,
    allowed_off,
    needs_manager,
    reduction,
)
from pos_desktop.domain.invoice import LineInput, price_line, price_lines

D = Decimal
MUG = 7
TRACKED_MUG = {MUG: ListPrice(D("9.50"), tracked=True)}
UNTRACKED_SEAT = {MUG: ListPrice(D("9.50"), tracked=False)}


def mug(unit_price: str, quantity: str = "1", discount_percent: Decimal | None = None) -> LineInput:
    return LineInput(
        "Mug", D(quantity), D(unit_price), D(19), product_id=MUG, discount_percent=discount_percent
    )


def why(listed: dict[int, ListPrice], *lines: LineInput, limit: str = "10") -> str | None:
    priced = price_lines(lines, "EUR", True).lines
    return needs_manager(lines, priced, listed, D(limit), "EUR")


def test_a_mug_typed_over_from_9_50_to_0_01_is_a_99_89_percent_discount() -> None:
    line = mug("0.01")
    cut = reduction(line, price_line(line, "EUR", True), TRACKED_MUG[MUG], "EUR")
    assert (cut.base, cut.off, cut.percent) == (D("9.50"), D("9.49"), D("99.89"))
    assert why(TRACKED_MUG, line) == (
        "line 1: sold at 0.01 instead of 9.50, a discount of 99.89% is above the 10% a cashier "
        "may give: a manager must approve"
    )


def test_the_lower_price_and_the_discount_add_up() -> None:
    # 9.00 instead of 9.50 is 5.26%; another 6% off (0.54) takes the line beyond 10%.
    assert why(TRACKED_MUG, mug("9.00")) is None
    assert why(TRACKED_MUG, mug("9.00", discount_percent=D(6))) is not None
    assert why(TRACKED_MUG, mug("9.50", discount_percent=D(10))) is None


def test_within_the_limit_per_line_and_to_the_cent() -> None:
    # 10% of 2 x 9.50 is 1.90: 8.55 each is exactly the limit, 8.54 is a cent beyond.
    assert why(TRACKED_MUG, mug("8.55", "2")) is None
    assert why(TRACKED_MUG, mug("8.54", "2")) is not None
    assert allowed_off(D("9.99"), D(10), "EUR") == D("1.00")  # rounded up to the cent


def test_a_higher_price_is_no_discount_but_a_counted_product_needs_a_manager() -> None:
    assert why(TRACKED_MUG, mug("12.00")) == (
        "line 1: 12.00 is more than the product's price of 9.50: a manager must approve a "
        "higher price"
    )
    assert why(UNTRACKED_SEAT, mug("12.00")) is None  # a service is priced as agreed
    assert why(UNTRACKED_SEAT, mug("0.01")) is not None  # but never given away alone


def test_free_text_lines_count_only_their_discount() -> None:
    free = LineInput("Poster", D(1), D("0.01"), D(19))
    assert why(TRACKED_MUG, free) is None
    assert why(TRACKED_MUG, free, mug("9.50"), mug("1.00")) is not None
    assert "line 3:" in (why(TRACKED_MUG, free, mug("9.50"), mug("1.00")) or "")


def test_the_password_stays_out_of_logs() -> None:
    assert "secret" not in repr(ApproverCredentials("maria", "secret"))


@given(
    list_cents=st.integers(1, 100_000),
    price_cents=st.integers(1, 200_000),
    quantity=st.integers(1, 20),
    percent=st.integers(0, 100),
    limit=st.integers(0, 100),
)
def test_what_passes_alone_never_takes_more_than_the_limit_off_the_list_price(
    list_cents: int, price_cents: int, quantity: int, percent: int, limit: int
) -> None:
    line = mug(str(D(price_cents) / 100), str(quantity), discount_percent=D(percent))
    listed = {MUG: ListPrice(D(list_cents) / 100, tracked=True)}
    amounts = price_line(line, "EUR", True)
    if why(listed, line, limit=str(limit)) is None:
        at_list = D(quantity * list_cents) / 100
        assert amounts.subtotal <= at_list  # a counted product is never dearer alone
        assert at_list - amounts.gross <= allowed_off(at_list, D(limit), "EUR")
