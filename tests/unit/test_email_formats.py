"""An email's amounts and dates, with Babel's look-ups kept per language and currency, are
Babel's own text character for character, and each language and currency keeps its own."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency

from pos_desktop.domain.money import round_money
from pos_desktop.services.email_formats import email_date, medium_date, money_format

#: The app's languages, then locales with quotes in their patterns.
LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pl", "de_CH", "fr_CH", "en_IN"]
#: Two, none and three decimals; a symbol, a code, a symbol before and after the number.
CURRENCIES = ["EUR", "USD", "GBP", "CHF", "PLN", "JPY", "HUF", "KWD", "SEK", "INR"]
AMOUNTS = [
    Decimal(text)
    for text in (
        "0", "-0", "0.00", "-0.004", "0.005", "1", "12.5", "-12.345", "999.995", "1000",
        "-1234.5", "123456.785", "1234567.891", "98765432101.2345", "1E+3", "1E-9",
    )
]  # fmt: skip


def babel_money(amount: Decimal, currency: str, language: str) -> str:
    """What the invoice email wrote before the parts were kept."""
    return format_currency(round_money(amount, currency), currency, locale=Locale.parse(language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_amount_is_babels_text(language: str) -> None:
    for currency in CURRENCIES:
        written = money_format(language, currency)
        for amount in AMOUNTS:
            assert written(amount) == babel_money(amount, currency, language), (currency, amount)


def test_each_language_and_currency_keeps_its_own_format() -> None:
    amount = Decimal("1234.5")
    seen = [
        money_format(language, currency)(amount)
        for language, currency in [("de", "EUR"), ("fr", "EUR"), ("de", "CHF"), ("de", "EUR")]
    ]
    assert seen == [
        babel_money(amount, currency, language)
        for language, currency in [("de", "EUR"), ("fr", "EUR"), ("de", "CHF"), ("de", "EUR")]
    ]
    assert len(set(seen)) == 3


def test_a_date_is_babels_medium_date_in_each_language() -> None:
    day = date(2026, 12, 8)
    written = {language: medium_date(day, language) for language in LANGUAGES}
    assert written == {
        language: format_date(day, "medium", Locale.parse(language)) for language in LANGUAGES
    }
    assert written["de"] != written["fr"]
    assert medium_date(day + timedelta(days=1), "de") != written["de"]


def test_an_email_dates_the_moment_in_the_computers_time_zone() -> None:
    moment = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    assert email_date(moment, "de") == format_date(
        moment.astimezone(), "medium", Locale.parse("de")
    )
    today = datetime.now().astimezone()
    assert email_date(None, "en") in {
        format_date(today + timedelta(days=n), "medium", Locale.parse("en")) for n in (0, 1)
    }
