"""Line amounts, totals and the VAT breakdown: properties, then receipts checked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.domain.invoice import (
    LineAmounts,
    LineInput,
    check_line,
    price_line,
    price_lines,
)
from pos_desktop.domain.money import round_money
from tests.unit.domain.strategies import invoices, lines

CENT = Decimal("0.01")
HALF_CENT = Decimal("0.005")
modes = st.booleans()


def _is_whole_cents(amount: Decimal) -> bool:
    return round_money(amount, "EUR") == amount


@settings(max_examples=200, deadline=None)
@given(line=lines())
def test_generated_lines_are_valid(line: LineInput) -> None:
    check_line(line, "EUR")


@settings(max_examples=200, deadline=None)
@given(line=lines(), prices_include_vat=modes)
def test_each_line_adds_up_exactly(line: LineInput, prices_include_vat: bool) -> None:
    la = price_line(line, "EUR", prices_include_vat)
    assert la.net + la.vat == la.gross
    assert all(_is_whole_cents(a) for a in (la.subtotal, la.discount, la.net, la.vat, la.gross))
    assert Decimal(0) <= la.discount <= la.subtotal
    assert la.net >= 0
    assert la.vat >= 0
    priced = la.subtotal - la.discount
    if prices_include_vat:
        assert la.gross == priced
        exact_vat = la.gross * line.vat_rate / (100 + line.vat_rate)
    else:
        assert la.net == priced
        exact_vat = la.net * line.vat_rate / 100
    assert abs(la.vat - exact_vat) <= HALF_CENT


@settings(max_examples=200, deadline=None)
@given(line=lines())
def test_subtotal_and_discount_do_not_depend_on_the_mode(line: LineInput) -> None:
    inclusive = price_line(line, "EUR", True)
    exclusive = price_line(line, "EUR", False)
    assert (
        inclusive.subtotal
        == exclusive.subtotal
        == round_money(line.quantity * line.unit_price, "EUR")
    )
    assert inclusive.discount == exclusive.discount


@settings(max_examples=100, deadline=None)
@given(lines_=invoices, prices_include_vat=modes)
def test_totals_are_the_sums_of_the_lines(
    lines_: list[LineInput], prices_include_vat: bool
) -> None:
    priced = price_lines(lines_, "EUR", prices_include_vat)
    assert len(priced.lines) == len(lines_)
    assert priced.lines == tuple(price_line(li, "EUR", prices_include_vat) for li in lines_)
    totals = priced.totals
    assert totals.net == sum(la.net for la in priced.lines)
    assert totals.vat == sum(la.vat for la in priced.lines)
    assert totals.gross == sum(la.gross for la in priced.lines)
    assert totals.discount == sum(la.discount for la in priced.lines)
    assert totals.net + totals.vat == totals.gross


@settings(max_examples=100, deadline=None)
@given(lines_=invoices, prices_include_vat=modes)
def test_vat_breakdown_has_one_row_per_rate_and_adds_up(
    lines_: list[LineInput], prices_include_vat: bool
) -> None:
    priced = price_lines(lines_, "EUR", prices_include_vat)
    breakdown = priced.totals.vat_breakdown
    rates = [bucket.rate for bucket in breakdown]
    assert sorted(rates) == rates
    assert len(set(rates)) == len(rates)
    assert set(rates) == {li.vat_rate for li in lines_}
    for bucket in breakdown:
        own = [
            la for li, la in zip(lines_, priced.lines, strict=True) if li.vat_rate == bucket.rate
        ]
        assert bucket.net == sum(la.net for la in own)
        assert bucket.vat == sum(la.vat for la in own)
        assert bucket.gross == sum(la.gross for la in own)
        assert bucket.net + bucket.vat == bucket.gross
    assert sum(b.net for b in breakdown) == priced.totals.net
    assert sum(b.vat for b in breakdown) == priced.totals.vat
    assert sum(b.gross for b in breakdown) == priced.totals.gross


def _single(unit_price: Decimal, rate: Decimal, prices_include_vat: bool) -> LineAmounts:
    return price_line(LineInput("item", Decimal(1), unit_price, rate), "EUR", prices_include_vat)


@settings(max_examples=200, deadline=None)
@given(line=lines())
def test_a_gross_priced_exclusive_reads_back_inclusive_exactly(line: LineInput) -> None:
    """Exclusive at net N gives gross G = N + round(N*r/100). Charging G inclusive recovers N.

    Inclusive net is round(G / (1 + r/100)) = round(N + e / (1 + r/100)), where |e| <= half a
    cent is the VAT rounding error. For r > 0 the second term is strictly below half a cent, and
    for r = 0 it is zero, so the rounding lands on N whatever the tie rule: both modes agree to
    the cent on net and VAT.
    """
    exclusive = price_line(line, "EUR", False)
    if exclusive.gross == 0:
        return  # a 100 % discount: nothing to charge inclusive
    inclusive = _single(exclusive.gross, line.vat_rate, True)
    assert inclusive.gross == exclusive.gross
    assert inclusive.net == exclusive.net
    assert inclusive.vat == exclusive.vat


@settings(max_examples=200, deadline=None)
@given(line=lines())
def test_a_net_charged_exclusive_gives_back_the_gross_within_a_cent(line: LineInput) -> None:
    """Inclusive at gross G gives net N = G / (1 + r/100) + e1 with |e1| <= half a cent.

    Charging N exclusive gives N * (1 + r/100) + e2 = G + e1 * (1 + r/100) + e2, with
    |e2| <= half a cent. For rates below 100 that is off by less than 1.5 cents, and amounts
    are whole cents, so the gross comes back within one cent (not always exactly).
    """
    inclusive = price_line(line, "EUR", True)
    if inclusive.net == 0:
        return  # nothing net to charge
    exclusive = _single(inclusive.net, line.vat_rate, False)
    assert exclusive.net == inclusive.net
    assert abs(exclusive.gross - inclusive.gross) <= CENT


# ------------------------------------------------------------------ worked examples, by hand


def _line(
    quantity: str, price: str, rate: str, discount: str = "0", percent: str | None = None
) -> LineInput:
    return LineInput(
        "item",
        Decimal(quantity),
        Decimal(price),
        Decimal(rate),
        Decimal(discount),
        Decimal(percent) if percent is not None else None,
    )


def _amounts(la: LineAmounts) -> tuple[str, str, str, str, str]:
    return (str(la.subtotal), str(la.discount), str(la.net), str(la.vat), str(la.gross))


@pytest.mark.parametrize(
    ("line", "prices_include_vat", "expected"),
    [
        # 2 x 12.50 incl. 7 %: 25.00 / 1.07 = 23.364... -> net 23.36, VAT 1.64
        (_line("2", "12.50", "7"), True, ("25.00", "0", "23.36", "1.64", "25.00")),
        # 89.00 less 10 % = 80.10 incl. 19 %: 80.10 / 1.19 = 67.310... -> 67.31 + 12.79
        (
            _line("1", "89.00", "19", percent="10"),
            True,
            ("89.00", "8.90", "67.31", "12.79", "80.10"),
        ),
        # the same bag priced net: 80.10 * 0.19 = 15.219 -> 15.22
        (
            _line("1", "89.00", "19", percent="10"),
            False,
            ("89.00", "8.90", "80.10", "15.22", "95.32"),
        ),
        # 0.5 kg at 0.99: 0.495 rounds half up to 0.50
        (_line("0.5", "0.99", "7"), True, ("0.50", "0", "0.47", "0.03", "0.50")),
        # 5 % of 0.10 is 0.005: half up to 0.01
        (_line("1", "0.10", "5"), False, ("0.10", "0", "0.10", "0.01", "0.11")),
        # 3 x 4.99 less 2.00 incl. 20 %: 12.97 / 1.2 = 10.808... -> 10.81 + 2.16
        (
            _line("3", "4.99", "20", discount="2.00"),
            True,
            ("14.97", "2.00", "10.81", "2.16", "12.97"),
        ),
        # zero rate: all of it is net
        (_line("4", "2.50", "0"), True, ("10.00", "0", "10.00", "0", "10.00")),
        # 100 % off: nothing to pay
        (
            _line("1", "30.00", "19", percent="100"),
            True,
            ("30.00", "30.00", "0.00", "0.00", "0.00"),
        ),
    ],
)
def test_lines_a_cashier_can_check_by_hand(
    line: LineInput, prices_include_vat: bool, expected: tuple[str, ...]
) -> None:
    got = price_line(line, "EUR", prices_include_vat)
    assert tuple(Decimal(a) for a in _amounts(got)) == tuple(Decimal(e) for e in expected)


def test_a_mixed_receipt_by_hand() -> None:
    receipt = price_lines(
        [
            _line("2", "12.50", "7"),  # 23.36 + 1.64 = 25.00
            _line("1", "89.00", "19", percent="10"),  # 67.31 + 12.79 = 80.10
            _line("3", "4.99", "19"),  # 14.97 / 1.19 = 12.579... -> 12.58 + 2.39
        ],
        "EUR",
        prices_include_vat=True,
    )
    totals = receipt.totals
    assert (totals.net, totals.vat, totals.gross) == (
        Decimal("103.25"),
        Decimal("16.82"),
        Decimal("120.07"),
    )
    assert totals.discount == Decimal("8.90")
    rows = [(b.rate, b.net, b.vat, b.gross) for b in totals.vat_breakdown]
    assert rows == [
        (Decimal(7), Decimal("23.36"), Decimal("1.64"), Decimal("25.00")),
        (Decimal(19), Decimal("79.89"), Decimal("15.18"), Decimal("95.07")),
    ]


def test_vat_is_rounded_per_line_so_lines_add_up_to_the_total() -> None:
    """Three 0.10 lines at 5 % net: 0.005 VAT each, rounded to 0.01 on every printed line."""
    receipt = price_lines([_line("1", "0.10", "5")] * 3, "EUR", prices_include_vat=False)
    assert [la.vat for la in receipt.lines] == [CENT] * 3
    assert receipt.totals.vat == Decimal("0.03")
    assert receipt.totals.gross == Decimal("0.33")


def test_the_same_rate_written_differently_is_one_vat_row() -> None:
    receipt = price_lines(
        [_line("1", "10.00", "20"), _line("1", "5.00", "20.00"), _line("1", "1.00", "7.7")],
        "EUR",
        prices_include_vat=True,
    )
    rates = [b.rate for b in receipt.totals.vat_breakdown]
    assert rates == [Decimal("7.7"), Decimal(20)]
    assert receipt.totals.vat_breakdown[1].gross == Decimal("15.00")


def test_yen_lines_have_no_decimals() -> None:
    la = price_line(_line("3", "1000", "10"), "JPY", prices_include_vat=True)
    assert (la.net, la.vat, la.gross) == (Decimal(2727), Decimal(273), Decimal(3000))
