"""Amounts as cashiers type them, and the one rounding rule."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.money import (
    MAX_AMOUNT,
    amount_text,
    format_amount,
    minor_unit_digits,
    parse_amount,
    parse_decimal,
    plain_amount,
    round_money,
    validate_currency,
)


def _refusal(text: str, currency: str = "EUR", *, allow_zero: bool = False) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, currency, field="unit price", allow_zero=allow_zero)
    assert caught.value.fields == ["unit price"]
    return caught.value.problems[0].message


def test_decimal_comma_is_refused_with_the_dot_form_suggested() -> None:
    message = _refusal("12,50")
    assert "12.50" in message
    assert "dot" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-3", "must not be negative"),
        ("0", "greater than 0"),
        ("0.00", "greater than 0"),
        ("1e9", "not a number"),
        ("abc", "not a number"),
        ("12.", "not a number"),
        ("1 000", "not a number"),
        ("", "is required"),
        ("   ", "is required"),
        ("12.505", "too many decimals"),
        ("100000000.01", "larger than the maximum"),
        ("100000001", "larger than the maximum"),
    ],
)
def test_mistyped_amounts_are_refused_with_a_reason(text: str, expected: str) -> None:
    assert expected in _refusal(text)


def test_zero_is_accepted_where_allowed() -> None:
    assert parse_amount("0", "EUR", field="discount", allow_zero=True) == Decimal("0.00")


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("12.50", "EUR", "12.50"),
        ("12.5", "EUR", "12.50"),
        ("12", "EUR", "12.00"),
        (" 7 ", "EUR", "7.00"),
        ("+5", "EUR", "5.00"),
        ("12.500", "EUR", "12.50"),
        ("1500", "JPY", "1500"),
        ("1500.0", "JPY", "1500"),
        ("1.234", "KWD", "1.234"),
        ("100000000", "EUR", "100000000.00"),
    ],
)
def test_amounts_are_read_to_the_currency_minor_unit(
    text: str, currency: str, expected: str
) -> None:
    value = parse_amount(text, currency, field="unit price")
    assert value == Decimal(expected)
    assert format_amount(value, currency) == expected


def test_trailing_zeros_beyond_the_minor_unit_are_not_extra_decimals() -> None:
    assert parse_amount("12.500", "EUR", field="unit price") == Decimal("12.50")
    assert "too many decimals" in _refusal("12.505")


def test_yen_has_no_decimals_and_dinar_three() -> None:
    assert minor_unit_digits("JPY") == 0
    assert minor_unit_digits("KWD") == 3
    assert minor_unit_digits("EUR") == 2
    assert "no decimals" in _refusal("12.5", "JPY")
    assert "at most 3 decimals" in _refusal("1.2345", "KWD")


def test_decimal_and_int_inputs_follow_the_same_rules() -> None:
    assert parse_amount(Decimal("12.5"), "EUR", field="x") == Decimal("12.50")
    assert parse_amount(3, "EUR", field="x") == Decimal("3.00")
    with pytest.raises(ValidationError, match="negative"):
        parse_amount(Decimal("-1"), "EUR", field="x")
    with pytest.raises(ValidationError, match="too many decimals"):
        parse_amount(Decimal("0.001"), "EUR", field="x")


def test_the_maximum_amount_itself_is_accepted() -> None:
    assert parse_amount(str(MAX_AMOUNT), "EUR", field="x") == MAX_AMOUNT


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1" * 30 + ".123", id="too-big-and-too-many-decimals"),
        pytest.param("9" * 40 + ".5", id="too-big"),
        pytest.param("0." + "0" * 40 + "1", id="tiny-with-many-decimals"),
    ],
)
def test_absurdly_long_numbers_are_refused_not_crashing(text: str) -> None:
    """A stuck key at the counter must produce a message, not a ``decimal.InvalidOperation``."""
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, "EUR", field="unit price")
    assert caught.value.fields == ["unit price"]


def test_parse_decimal_uses_its_own_bounds() -> None:
    assert parse_decimal("7.25", field="VAT rate", max_decimals=2, maximum=Decimal(100)) == (
        Decimal("7.25")
    )
    with pytest.raises(ValidationError, match="larger than the maximum 100"):
        parse_decimal("101", field="VAT rate", max_decimals=2, maximum=Decimal(100))
    with pytest.raises(ValidationError, match="at most 3 decimals"):
        parse_decimal("0.0001", field="quantity", max_decimals=3)


cents = st.integers(1, 10_000_000_000).map(lambda n: Decimal(n).scaleb(-2))


@settings(max_examples=200)
@given(amount=cents)
def test_any_amount_written_with_two_decimals_round_trips(amount: Decimal) -> None:
    text = format_amount(amount, "EUR")
    assert parse_amount(text, "EUR", field="x") == amount
    assert format_amount(parse_amount(text, "EUR", field="x"), "EUR") == text


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("0.005", "EUR", "0.01"),
        ("0.004", "EUR", "0.00"),
        ("0.015", "EUR", "0.02"),
        ("0.025", "EUR", "0.03"),  # half up, not half to even (which gives 0.02)
        ("-0.005", "EUR", "-0.01"),  # halves go away from zero
        ("2.5", "JPY", "3"),
        ("3.5", "JPY", "4"),
        ("2.4999", "JPY", "2"),
        ("1.0005", "KWD", "1.001"),
    ],
)
def test_rounding_is_half_up_to_the_minor_unit(amount: str, currency: str, expected: str) -> None:
    rounded = round_money(Decimal(amount), currency)
    assert rounded == Decimal(expected)
    assert str(rounded) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("12.5", "EUR", "12.50"),
        ("12", "EUR", "12.00"),
        ("1234.5", "JPY", "1235"),
        ("2", "KWD", "2.000"),
    ],
)
def test_format_amount_has_exactly_the_minor_unit_decimals(
    amount: str, currency: str, expected: str
) -> None:
    assert format_amount(Decimal(amount), currency) == expected
    assert amount_text(currency)(Decimal(amount)) == expected


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=6, allow_nan=False))
def test_amount_text_is_format_amount(amount: Decimal) -> None:
    for currency in ("EUR", "JPY", "KWD"):
        assert amount_text(currency)(amount) == format_amount(amount, currency)


def test_format_amount_never_uses_exponent_notation() -> None:
    assert format_amount(Decimal("1E+3"), "EUR") == "1000.00"


@pytest.mark.parametrize(("text", "code"), [("EUR", "EUR"), (" eur ", "EUR"), ("chf", "CHF")])
def test_known_currencies_are_upper_cased(text: str, code: str) -> None:
    assert validate_currency(text) == code


@pytest.mark.parametrize("text", ["XYZ", "EURO", "", "€"])
def test_unknown_currencies_are_refused_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError, match="ISO 4217") as caught:
        validate_currency(text, field="default currency")
    assert caught.value.fields == ["default currency"]


@pytest.mark.parametrize(
    ("stored", "shown"),
    [("14.0000", "14.00"), ("0.1234", "0.1234"), ("9.5000", "9.50"), ("100", "100.00")],
)
def test_plain_amount_shows_cents_unless_more_decimals_are_used(stored: str, shown: str) -> None:
    assert plain_amount(Decimal(stored)) == shown
