"""Reading invoice lines as typed and refusing the ones that cannot be sold."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import (
    DESCRIPTION_MAX,
    MAX_LINES,
    LineInput,
    check_line,
    check_lines,
    parse_line,
    parse_quantity,
    parse_vat_rate,
    price_line,
)


def _parse(**typed: str) -> LineInput:
    fields: dict[str, Any] = {
        "description": "Poster",
        "quantity": "1",
        "unit_price": "12.50",
        "vat_rate": "7",
    }
    fields.update(typed)
    return parse_line(currency="EUR", **fields)


def _problems(**typed: str) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        _parse(**typed)
    return {p.field: p.message for p in caught.value.problems}


def test_a_typed_line_becomes_decimals() -> None:
    line = _parse(description="  Poster\tA2 ", quantity="2", unit_price="12.5", vat_rate="7.7")
    assert line == LineInput("Poster A2", Decimal(2), Decimal("12.50"), Decimal("7.7"))


def test_discount_is_an_amount_or_a_percentage() -> None:
    assert _parse(discount="2.50").discount == Decimal("2.50")
    by_percent = _parse(discount="10%")
    assert (by_percent.discount, by_percent.discount_percent) == (Decimal(0), Decimal(10))
    assert _parse(discount=" 12.5 % ").discount_percent == Decimal("12.5")
    assert _parse(discount="0").discount == Decimal(0)
    assert _parse(discount="0%").discount_percent == Decimal(0)


def test_every_problem_of_a_line_is_reported_at_once() -> None:
    problems = _problems(
        description="  ", quantity="-1", unit_price="12,50", vat_rate="100", discount="abc"
    )
    assert list(problems) == ["description", "quantity", "unit price", "VAT rate", "discount"]
    assert "required" in problems["description"]
    assert "negative" in problems["quantity"]
    assert "12.50" in problems["unit price"]
    assert "below 100" in problems["VAT rate"]
    assert "not a number" in problems["discount"]


@pytest.mark.parametrize(
    ("typed", "field", "reason"),
    [
        ({"quantity": "0"}, "quantity", "greater than 0"),
        ({"quantity": "-2"}, "quantity", "negative"),
        ({"quantity": "1.2345"}, "quantity", "at most 3 decimals"),
        ({"quantity": "100001"}, "quantity", "maximum"),
        ({"unit_price": "0"}, "unit price", "greater than 0"),
        ({"unit_price": "-12.50"}, "unit price", "negative"),
        ({"unit_price": "12.505"}, "unit price", "too many decimals"),
        ({"vat_rate": "-7"}, "VAT rate", "negative"),
        ({"vat_rate": "7.775"}, "VAT rate", "at most 2 decimals"),
        ({"discount": "150%"}, "discount", "maximum 100"),
        ({"discount": "-1"}, "discount", "negative"),
        ({"description": "x" * (DESCRIPTION_MAX + 1)}, "description", "longer than 200"),
    ],
)
def test_lines_that_cannot_be_sold_are_refused(
    typed: dict[str, str], field: str, reason: str
) -> None:
    problems = _problems(**typed)
    assert list(problems) == [field]
    assert reason in problems[field]


def test_a_discount_above_the_line_subtotal_is_refused() -> None:
    problems = _problems(quantity="2", unit_price="2.50", discount="5.01")
    assert problems == {"discount": "is more than the line's 5.00"}
    assert _parse(quantity="2", unit_price="2.50", discount="5.00").discount == Decimal("5.00")


def test_a_quantity_with_a_stuck_key_is_refused_not_crashing() -> None:
    problems = _problems(quantity="1" * 30 + ".1234")
    assert list(problems) == ["quantity"]


def test_zero_and_a_hundred_percent_vat() -> None:
    assert parse_vat_rate("0") == Decimal(0)
    assert parse_vat_rate("99.99") == Decimal("99.99")
    with pytest.raises(ValidationError, match="below 100"):
        parse_vat_rate("100")
    assert parse_quantity("0.001") == Decimal("0.001")


def test_check_line_guards_decimals_coming_from_services() -> None:
    line = LineInput("", Decimal(0), Decimal("1.005"), Decimal(100), Decimal(-1))
    with pytest.raises(ValidationError) as caught:
        check_line(line, "EUR")
    assert caught.value.fields == ["description", "quantity", "unit price", "VAT rate", "discount"]


@pytest.mark.parametrize(
    ("description", "shown"),
    [("Mug\x00", "NUL"), ("Mug\x1b@", "U+001B"), ("Mug\nfree", "U+000A"), ("M\udc80g", "U+DC80")],
)
def test_check_line_refuses_control_characters_a_program_put_in(
    description: str, shown: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        check_line(LineInput(description, Decimal(1), Decimal(5), Decimal(7)), "EUR")
    assert str(caught.value) == f"description: holds a control character ({shown}); remove it"


def test_typed_descriptions_are_cleaned_and_bounded_in_both_ways_in() -> None:
    typed = parse_line(
        description=" Mug\x00 \t big\u200b ", quantity="1", unit_price="5", vat_rate="7",
        currency="EUR",
    )  # fmt: skip
    assert typed.description == "Mug big"
    with pytest.raises(ValidationError, match="longer than 200"):
        check_line(LineInput("x" * 201, Decimal(1), Decimal(5), Decimal(7)), "EUR")


@pytest.mark.parametrize("quantity", [Decimal(0), Decimal(-1), Decimal(100_001)])
def test_check_line_refuses_impossible_quantities(quantity: Decimal) -> None:
    with pytest.raises(ValidationError, match="quantity"):
        check_line(LineInput("Poster", quantity, Decimal(5), Decimal(7)), "EUR")


@pytest.mark.parametrize("price", [Decimal(0), Decimal("-0.01"), Decimal("100000000.01")])
def test_check_line_refuses_impossible_prices(price: Decimal) -> None:
    with pytest.raises(ValidationError, match="unit price"):
        check_line(LineInput("Poster", Decimal(1), price, Decimal(7)), "EUR")


def test_check_line_refuses_a_percentage_above_a_hundred() -> None:
    line = LineInput("Poster", Decimal(1), Decimal(5), Decimal(7), discount_percent=Decimal(101))
    with pytest.raises(ValidationError, match="between 0 and 100"):
        check_line(line, "EUR")


def test_check_line_refuses_a_discount_finer_than_a_cent() -> None:
    """A half-cent discount would print a gross of 24.995 on the receipt."""
    line = LineInput("Poster", Decimal(1), Decimal("25.00"), Decimal(19), Decimal("0.005"))
    with pytest.raises(ValidationError) as caught:
        check_line(line, "EUR")
    assert caught.value.fields == ["discount"]
    assert price_line(line, "EUR", True).gross == Decimal("24.995")  # what slips through today


def test_check_lines_names_the_line_of_every_problem() -> None:
    good = LineInput("Poster", Decimal(1), Decimal(5), Decimal(7))
    bad_price = LineInput("Mug", Decimal(1), Decimal(0), Decimal(7))
    bad_both = LineInput(" ", Decimal(0), Decimal(5), Decimal(7))
    too_much_off = LineInput("Bag", Decimal(1), Decimal(5), Decimal(7), Decimal(9))
    with pytest.raises(ValidationError) as caught:
        check_lines([good, bad_price, bad_both, too_much_off], "EUR")
    assert caught.value.fields == [
        "line 2: unit price",
        "line 3: description",
        "line 3: quantity",
        "line 4: discount",
    ]
    assert "line 4: discount: is more than the line's 5.00" in str(caught.value)


def test_check_lines_accepts_good_lines() -> None:
    check_lines([LineInput("Poster", Decimal(1), Decimal(5), Decimal(7))] * 3, "EUR")


def test_an_invoice_needs_lines_but_not_too_many() -> None:
    line = LineInput("Poster", Decimal(1), Decimal(5), Decimal(7))
    with pytest.raises(ValidationError, match="at least one line"):
        check_lines([], "EUR")
    check_lines([line] * MAX_LINES, "EUR")
    with pytest.raises(ValidationError, match=f"at most {MAX_LINES} lines"):
        check_lines([line] * (MAX_LINES + 1), "EUR")


def test_check_line_refuses_quantities_finer_than_a_gram() -> None:
    with pytest.raises(ValidationError, match="more than 3 decimals"):
        check_line(LineInput("Cheese", Decimal("0.0005"), Decimal("10.00"), Decimal(7)), "EUR")
