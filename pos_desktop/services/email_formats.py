"""Amounts and dates in an email, as Babel writes them, with Babel's look-ups done once.

An invoice email is composed inside the sale's transaction and formats an amount per line and
three more. ``babel.numbers.format_currency`` parses the locale and finds its currency pattern
again on every call, then lets the pattern write the number (``NumberPattern.apply``). The
locale and the pattern depend only on the language, so they are kept, and each amount goes
straight to ``apply`` with the arguments ``format_currency`` gives it: Babel's own text
(tests/unit/test_email_formats.py compares the two), without a formatter of our own to keep
in step with Babel's rules.

A date in an email shows the day only (Babel's medium date), so the text is kept per day and
language: a booth's sales share the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date

from pos_desktop.domain.money import round_money


@cache
def locale_of(language: str) -> Locale:
    """Parsed once per language (a handful of them)."""
    return Locale.parse(language)


@lru_cache(maxsize=64)
def money_format(language: str, currency: str) -> Callable[[Decimal], str]:
    """How ``language`` writes ``currency``: an amount rounded half up to the currency's minor
    unit, then written as ``format_currency`` writes it. Kept per pair; immutable, so threads
    may share it."""
    locale = locale_of(language)
    pattern = locale.currency_formats["standard"]

    def write(amount: Decimal) -> str:
        return str(
            pattern.apply(
                round_money(amount, currency),
                locale,
                currency=currency,
                currency_digits=True,
                decimal_quantization=True,
                group_separator=True,
                numbering_system="latn",
            )
        )

    return write


@lru_cache(maxsize=64)
def medium_date(day: date, language: str) -> str:
    """Babel's medium date of ``day`` (``08.12.2026``, ``Dec 8, 2026``), kept per day."""
    return str(format_date(day, "medium", locale_of(language)))


def email_date(moment: datetime | None, language: str) -> str:
    """The day of ``moment`` (now when ``None``) in the computer's time zone."""
    return medium_date((moment or datetime.now().astimezone()).astimezone().date(), language)
