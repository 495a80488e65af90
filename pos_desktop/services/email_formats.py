"""Amounts and dates in an email, exactly as Babel writes them, without Babel's work per call.

An invoice email is composed inside the sale's transaction and formats an amount per line and
three more. ``babel.numbers.format_currency`` looks up the locale, its currency pattern, its
symbols and the currency's symbol and name again on every call: about sixty Python calls per
amount, most of the email's. All of that depends only on the language and the currency, so
:class:`MoneyFormat` works it out once per pair and then writes an amount with a few string
operations, taking Babel's steps in Babel's order (rounded to the currency's digits, grouped,
the sign's prefix and suffix with the symbol in place): the same text, character for
character (tests/unit/test_email_formats.py compares the two). A pattern outside those steps
(a currency's long name, quoted text, significant digits, a percent scale) goes to Babel itself.

A date in an email shows the day only (Babel's medium date), so the text is kept per day and
language: a booth's sales share the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import (
    NumberPattern,
    format_currency,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
)

from pos_desktop.domain.money import minor_unit_digits, round_money


@cache
def locale_of(language: str) -> Locale:
    """Parsed once per language (a handful of them)."""
    return Locale.parse(language)


@dataclass(frozen=True, slots=True)
class MoneyFormat:
    """One language's way of writing one currency. Threading: immutable; share it."""

    language: str
    currency: str
    #: ``False``: the pattern needs Babel itself (see the module's docstring).
    plain: bool
    decimal: str
    group: str
    grouping: tuple[int, int]
    min_integer: int
    prefix: tuple[str, str]  # positive, negative: the currency's symbol in place
    suffix: tuple[str, str]

    def __call__(self, amount: Decimal) -> str:
        """``amount`` rounded half up to the currency's minor unit, as the language writes it."""
        value = round_money(amount, self.currency)
        if not self.plain or not value.is_finite():
            return str(format_currency(value, self.currency, locale=locale_of(self.language)))
        negative = value.is_signed()  # -0.00 too, as Babel has it
        # Rounded to the minor unit, which is Babel's precision for the currency too (checked
        # in money_format): Babel's own rounding to it would change nothing.
        whole, _, fraction = f"{abs(value):f}".partition(".")
        if self.min_integer > 1 and len(whole) < self.min_integer:
            whole = "0" * (self.min_integer - len(whole)) + whole
        size, grouped = self.grouping[0], ""
        while len(whole) > size:
            grouped = self.group + whole[-size:] + grouped
            whole = whole[:-size]
            size = self.grouping[1]
        if fraction:  # none when the currency has no minor unit (JPY)
            grouped += self.decimal + fraction
        return self.prefix[negative] + whole + grouped + self.suffix[negative]


@lru_cache(maxsize=64)
def money_format(language: str, currency: str) -> MoneyFormat:
    """The format of ``currency`` in ``language``, made on its first use and kept."""
    locale = locale_of(language)
    pattern = locale.currency_formats["standard"]
    digits = int(get_currency_precision(currency))
    symbol = str(get_currency_symbol(currency, locale))
    group = str(get_group_symbol(locale, numbering_system="latn"))
    decimal = str(get_decimal_symbol(locale, numbering_system="latn"))
    affixes = (*pattern.prefix, *pattern.suffix)
    shown = tuple(text.replace("¤¤", currency.upper()).replace("¤", symbol) for text in affixes)
    return MoneyFormat(
        language,
        currency,
        digits == minor_unit_digits(currency) and _plain(pattern, affixes, symbol, group, decimal),
        decimal,
        group,
        (int(pattern.grouping[0]), int(pattern.grouping[1])),
        int(pattern.int_prec[0]),
        (shown[0], shown[1]),
        (shown[2], shown[3]),
    )


def _plain(pattern: NumberPattern, affixes: tuple[str, ...], *symbols: str) -> bool:
    """Whether Babel's steps for ``pattern`` are the ones :class:`MoneyFormat` takes: no
    exponent, percent scale or significant digits, no currency name (its plural follows the
    amount) and no quote or currency sign that Babel would rewrite after placing the number."""
    return (
        not pattern.exp_prec
        and pattern.scale == 0
        and "@" not in pattern.pattern
        and pattern.number_pattern != ""
        and not any("¤¤¤" in text or "'" in text for text in affixes)
        and not any("'" in text or "¤" in text for text in symbols)
    )


@lru_cache(maxsize=64)
def medium_date(day: date, language: str) -> str:
    """Babel's medium date of ``day`` (``08.12.2026``, ``Dec 8, 2026``), kept per day."""
    return str(format_date(day, "medium", locale_of(language)))


def email_date(moment: datetime | None, language: str) -> str:
    """The day of ``moment`` (now when ``None``) in the computer's time zone."""
    return medium_date((moment or datetime.now().astimezone()).astimezone().date(), language)
