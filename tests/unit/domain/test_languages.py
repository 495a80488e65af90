"""The seven languages a user may choose, and amounts shown as the chosen one writes them."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.languages import LANGUAGES, parse_language, resolve_language
from pos_desktop.domain.money import (
    display_amount,
    parse_amount,
    set_display_locale,
    set_typing_locale,
)


@pytest.fixture(autouse=True)
def back_to_plain() -> Iterator[None]:
    yield
    set_display_locale(None)


def test_seven_languages_each_in_its_own_name() -> None:
    assert list(LANGUAGES) == ["en", "de", "fr", "es", "it", "nl", "pl"]
    assert LANGUAGES["de"] == "Deutsch" and LANGUAGES["pl"] == "Polski"


@pytest.mark.parametrize(
    ("typed", "code"), [("de", "de"), ("DE", "de"), ("de_AT", "de"), ("fr-CH", "fr"), ("", "")]
)
def test_a_choice_is_read_as_its_language_code(typed: str, code: str) -> None:
    assert parse_language(typed) == code


@pytest.mark.parametrize("typed", ["ja", "klingon", "x"])
def test_a_language_the_app_does_not_speak_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="language"):
        parse_language(typed)


@pytest.mark.parametrize(
    ("chosen", "system", "shown"),
    [
        ("de", "en_US", "de"),  # the user's choice first
        ("", "nl_NL.UTF-8", "nl"),  # no choice: the computer's language
        ("", "ja_JP", "en"),  # ... if the app speaks it, else English
        ("", "C", "en"),
        ("en", "de_DE", "en"),
    ],
)
def test_the_language_shown(chosen: str, system: str, shown: str) -> None:
    assert resolve_language(chosen, system) == shown


@pytest.mark.parametrize(
    ("locale", "amount", "currency", "shown"),
    [
        ("de", "12.5", "EUR", "12,50"),
        ("de", "1234.5", "EUR", "1.234,50"),
        ("pl", "0.99", "PLN", "0,99"),
        ("de", "1500", "JPY", "1.500"),
        ("en", "1234.5", "EUR", "1234.50"),  # a dot locale: plain, as typed
        (None, "12.5", "EUR", "12.50"),
    ],
)
def test_amounts_are_shown_as_the_language_writes_them(
    locale: str | None, amount: str, currency: str, shown: str
) -> None:
    set_display_locale(locale)
    assert display_amount(Decimal(amount), currency) == shown


def test_a_shown_german_amount_reads_back_as_typed() -> None:
    """The payment dialog's cash field starts with the amount as shown ("1.234,50")."""

    set_display_locale("de")
    set_typing_locale("de")
    try:
        shown = display_amount(Decimal("1234.50"), "EUR")
        assert parse_amount(shown, "EUR", field="cash") == Decimal("1234.50")
    finally:
        set_typing_locale(None)
