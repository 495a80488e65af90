"""Numbers typed as the user's locale writes them (``set_typing_locale``), dots always."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.money import parse_amount, parse_decimal, set_typing_locale


@pytest.fixture(autouse=True)
def back_to_dots() -> Iterator[None]:
    yield
    set_typing_locale(None)


@pytest.mark.parametrize(
    ("locale", "typed", "read"),
    [
        ("de_DE", "12,50", "12.50"),
        ("de_DE", "1.234,50", "1234.50"),
        ("de_DE", "12.50", "12.50"),  # the dot form (scanners, files) still counts
        ("fr_FR", "12,5", "12.50"),
        ("pl_PL", "0,99", "0.99"),
        ("de-AT", "7,00", "7.00"),
        ("nl_NL.UTF-8", "3,10", "3.10"),
    ],
)
def test_the_locales_decimal_comma_is_read(locale: str, typed: str, read: str) -> None:
    assert set_typing_locale(locale) is not None
    assert parse_amount(typed, "EUR", field="price") == Decimal(read)


@pytest.mark.parametrize("locale", [None, "en_US", "C", "xx_NOPE", ""])
def test_without_a_comma_locale_a_comma_is_refused_with_a_hint(locale: str | None) -> None:
    assert set_typing_locale(locale) is None
    with pytest.raises(ValidationError, match=r"use a dot for decimals: 12\.50"):
        parse_amount("12,50", "EUR", field="price")
    with pytest.raises(ValidationError):
        parse_amount("1,250", "EUR", field="price")  # never a thousand times more


@pytest.mark.parametrize("typed", ["1e3", "12,5,0", "-3,00", "abc", "1,234"])
def test_what_is_no_number_in_the_locale_is_still_refused(typed: str) -> None:
    set_typing_locale("de_DE")
    with pytest.raises(ValidationError):
        parse_decimal(typed, field="price", max_decimals=2)
