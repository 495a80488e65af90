"""Money: ``Decimal`` amounts, the currency's minor unit and the one rounding rule.

Rounding rule (the only one in the code base): an amount is rounded to the currency's minor unit
(EUR 0.01, JPY 1, KWD 0.001; ISO 4217 through Babel's CLDR data) *half up*, i.e. halves go away
from zero. It is applied per invoice line, to the line's subtotal, discount and VAT; invoice
totals are sums of rounded line amounts, so the lines always add up to the totals printed on
the receipt. Floats never appear: amounts are parsed from text straight into ``Decimal``.
Babel is imported when a currency is first looked up (each answer is kept).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say

ZERO = Decimal(0)

#: Largest amount accepted anywhere: a price, a line, an invoice total, a payment. A booth sale
#: above a hundred million is a typo; the bound also keeps invoice totals and a customer's sum
#: of many invoices far inside the database columns (18 digits, 4 of them decimals).
MAX_AMOUNT = Decimal(100_000_000)

_PLAIN_NUMBER = re.compile(r"\d+(\.\d+)?")
#: Digits and the separators locales use (dot, comma, apostrophe, the spaces): anything else
#: (letters, exponents, signs) is never handed to the locale's parser.
_LOCALE_NUMBER = re.compile(r"[\d.,'\u00a0\u202f ]+")

#: The locale whose way of writing numbers people type here (``de_DE``: ``12,50``), set by the
#: app from the user's locale; ``None`` (the CLI, scripts): dots only. Only a locale whose
#: decimal separator is not a dot is kept: for the others nothing changes, so ``1,250`` never
#: silently becomes a thousand times more than meant.
_typing_locale: str | None = None
#: The locale amounts are shown in on screen (``12,50`` in German), set with the user's
#: language; ``None``: plain machine text as ``format_amount`` writes it. JSON, the CLI and
#: files never use it.
_display_locale: str | None = None


CENTS = Decimal("0.01")


@cache
def _known_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies  # noqa: PLC0415 - see the module

    return frozenset(list_currencies())


def validate_currency(text: str, field: str = say("currency")) -> str:
    """An ISO 4217 code in upper case, or a ``ValidationError`` naming ``field``."""
    code = text.strip().upper()
    if code not in _known_currencies():
        raise ValidationError.single(
            field, say("{currency!r} is not an ISO 4217 currency code (e.g. EUR)", currency=text)
        )
    return code


@cache
def minor_unit_digits(currency: str) -> int:
    """Decimals of the currency's minor unit: 2 for EUR, 0 for JPY, 3 for KWD."""
    from babel.numbers import get_currency_precision  # noqa: PLC0415 - see the module

    return int(get_currency_precision(currency))


@cache
def quantum(currency: str) -> Decimal:
    """The smallest amount of the currency as a ``Decimal`` exponent (``Decimal('0.01')``)."""
    return Decimal(1).scaleb(-minor_unit_digits(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Apply the rounding rule: half up to the currency's minor unit."""
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)


def format_amount(amount: Decimal, currency: str) -> str:
    """Plain machine text with exactly the minor-unit decimals (``"12.50"``), as JSON carries it."""
    return f"{round_money(amount, currency):f}"


def amount_text(currency: str) -> Callable[[Decimal], str]:
    """:func:`format_amount` in ``currency``, for the many amounts of one document: one call
    per amount instead of three (a sale's invoice document has forty)."""
    step = quantum(currency)

    def text(amount: Decimal) -> str:
        return f"{amount.quantize(step, rounding=ROUND_HALF_UP):f}"

    return text


def plain_amount(amount: Decimal) -> str:
    """A stored price as a person types it: cents (``"14.00"``), more decimals only if used.

    Stored amounts carry four decimals whatever the currency; where the currency is not at
    hand (a product's price), this keeps ``14.0000`` off the screen without losing ``0.1234``.
    """
    cents = amount.quantize(CENTS)
    return format(cents if cents == amount else amount.normalize(), "f")


def set_typing_locale(name: str | None) -> str | None:
    """Accept numbers as ``name`` writes them (``"12,50"`` for ``de_DE``) besides ``12.50``.

    Returns the locale kept: ``None`` for a dot locale, an unknown name or ``None``. Set once,
    at start, by the front end that knows the user's locale (process-wide: one person types).
    """
    global _typing_locale  # noqa: PLW0603 - one setting for the process, see above
    _typing_locale = comma_locale(name)
    return _typing_locale


def set_display_locale(name: str | None) -> str | None:
    """Show amounts on screen as ``name`` writes them (``1.234,50`` for ``de``); kept only for
    a locale whose decimal separator is not a dot (as ``set_typing_locale``), so English
    screens keep the plain ``1234.50`` a cashier also types."""
    global _display_locale  # noqa: PLW0603 - one setting for the process, see above
    _display_locale = comma_locale(name)
    return _display_locale


@cache
def comma_locale(name: str | None) -> str | None:
    """``name`` as a Babel locale when it writes numbers other than the plain ``1234.50``
    (``de``, ``fr``); ``None`` for a dot locale, an unknown name or none."""
    if not name:
        return None
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 - see the module
    from babel.numbers import get_decimal_symbol  # noqa: PLC0415

    try:
        locale = Locale.parse(name.split(".")[0].replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    return str(locale) if get_decimal_symbol(locale) != "." else None


def display_amount(amount: Decimal, currency: str) -> str:
    """An amount for people on screen: the display locale's separators with exactly the
    minor-unit decimals (``12,50``), else ``format_amount``'s plain text."""
    return amount_in(amount, currency, _display_locale)


def amount_in(amount: Decimal, currency: str, locale: str | None) -> str:
    """``display_amount`` for another reader than the till's user (the visitor facing the
    customer display): ``locale`` from ``comma_locale``; ``None``: the plain text."""
    if locale is None:
        return format_amount(amount, currency)
    from babel.numbers import format_decimal  # noqa: PLC0415 - see the module

    digits = minor_unit_digits(currency)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return str(format_decimal(round_money(amount, currency), format=pattern, locale=locale))


def _in_typing_locale(raw: str) -> str | None:
    """``raw`` written the typing locale's way (``1.234,50``) as plain text (``1234.50``)."""
    locale = _typing_locale
    if locale is None or not _LOCALE_NUMBER.fullmatch(raw):
        return None
    from babel.numbers import NumberFormatError  # noqa: PLC0415 - see the module
    from babel.numbers import parse_decimal as parse_in_locale  # noqa: PLC0415

    try:
        value = parse_in_locale(raw, locale=locale, strict=True)
    except (NumberFormatError, ValueError):
        return None
    text = format(value, "f")
    return text if _PLAIN_NUMBER.fullmatch(text) else None


def parse_decimal(
    text: str | Decimal | int,
    *,
    field: str,
    max_decimals: int,
    allow_zero: bool = False,
    maximum: Decimal = MAX_AMOUNT,
) -> Decimal:
    """Read a non-negative number written with digits and an optional dot, or as the typing
    locale writes it (``set_typing_locale``: ``12,50`` and ``1.234,50`` for ``de_DE``).

    Refuses what people type by mistake, each with a message naming ``field``: a decimal comma
    where the locale has a dot ("12,50"), a sign ("-3"), exponents ("1e9"), words ("abc"), too
    many decimals, zero where it makes no sense, and values above ``maximum``. The plain dot
    form is always taken (scanners, files and the CLI write it).
    """
    raw = format(Decimal(text), "f") if isinstance(text, Decimal | int) else text.strip()
    if not raw:
        raise ValidationError.single(field, say("is required"))
    if raw.startswith("-"):
        raise ValidationError.single(field, say("must not be negative (got {number})", number=raw))
    if raw.startswith("+"):
        raw = raw[1:]
    if not _PLAIN_NUMBER.fullmatch(raw):
        raw = _in_typing_locale(raw) or raw
    if "," in raw and _PLAIN_NUMBER.fullmatch(raw.replace(",", ".")):
        suggestion = raw.replace(",", ".")
        raise ValidationError.single(
            field,
            say(
                "use a dot for decimals: {suggestion} instead of {number}",
                suggestion=suggestion,
                number=raw,
            ),
        )
    if not _PLAIN_NUMBER.fullmatch(raw):
        raise ValidationError.single(
            field, say("{number!r} is not a number written like 12.50", number=raw)
        )
    try:
        value = Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the pattern above only lets valid text through
        raise ValidationError.single(field, say("{number!r} is not a number", number=raw)) from None
    if value > maximum:  # first: quantizing a 30-digit number would overflow the context
        raise ValidationError.single(
            field,
            say("{number} is larger than the maximum {most:f}", number=raw, most=maximum),
        )
    decimals = -int(value.as_tuple().exponent)
    if decimals > max_decimals and value != value.quantize(Decimal(1).scaleb(-max_decimals)):
        allowed = (
            say("no decimals")
            if max_decimals == 0
            else say("at most {count} decimals", count=max_decimals)
        )
        raise ValidationError.single(
            field, say("{number} has too many decimals ({allowed})", number=raw, allowed=allowed)
        )
    if value == ZERO and not allow_zero:
        raise ValidationError.single(field, say("must be greater than 0"))
    return value.quantize(Decimal(1).scaleb(-max_decimals)) if decimals > max_decimals else value


def parse_amount(
    text: str | Decimal | int, currency: str, *, field: str, allow_zero: bool = False
) -> Decimal:
    """An amount of ``currency``: positive, at most the currency's minor-unit decimals."""
    value = parse_decimal(
        text, field=field, max_decimals=minor_unit_digits(currency), allow_zero=allow_zero
    )
    return round_money(value, currency)
