"""What a customer's documents say, in their language: words from a catalogue, and numbers,
money and dates as that language writes them.

A :class:`DocumentText` is a plain value (the language and its messages), made by
``adapters/document_catalogues.py`` from the gettext catalogues in
``resources/i18n/documents/`` and handed to the receipt, the PDFs and the emails. Messages are
the English text itself (gettext style: ``gettext("TOTAL")``), with named placeholders filled
after the translation (``gettext("Till {terminal}").format(terminal=...)``), so a translator
may move them. A message with no translation stays English.

English keeps the formats its documents always had (``1234.50``, ``€1234.50`` on a receipt,
``1234.50 EUR`` on an invoice, ``2026-11-27 14:05``), so English receipts stay byte for byte
what they were. Every other language goes through Babel in its locale: ``1.234,50 €`` in
German, ``1 234,50 €`` in French and Polish, ``27.11.2026 14:05``. Spaces inside numbers come
out as plain spaces: receipts are a grid of characters and printers lack the narrow ones.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from pos_desktop.domain.languages import SOURCE_LANGUAGE
from pos_desktop.domain.money import format_amount, minor_unit_digits, round_money

if TYPE_CHECKING:
    from babel import Locale

#: Characters Babel puts inside numbers that a receipt printer may lack, as plain text has them.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-"})


def N_(message: str) -> str:  # noqa: N802 - the gettext name the extraction looks for
    """Marks ``message`` for the catalogues without translating it (a constant made at
    import); translated where it is printed, ``text.gettext(constant)``."""
    return message


@cache
def _locale(language: str) -> Locale:
    from babel import Locale  # noqa: PLC0415 - CLDR, read on first use

    return Locale.parse(language)


@cache
def _numeric_date(language: str) -> str:
    """The locale's short date pattern (``d/M/yy``) as ``dd/MM/yyyy``: a receipt's column."""
    pattern = str(_locale(language).date_formats["short"].pattern)
    return re.sub("y+", "yyyy", re.sub("M+", "MM", re.sub("d+", "dd", pattern)))


@cache
def _symbol(currency: str) -> str:
    """``€`` for EUR, ``£`` for GBP; the code itself where no symbol is common (CHF)."""
    from babel.numbers import get_currency_symbol  # noqa: PLC0415 - see _locale

    return str(get_currency_symbol(currency, locale=SOURCE_LANGUAGE))


@dataclass(frozen=True, slots=True)
class DocumentText:
    """One language's words and formats for documents. Threading: immutable; share it."""

    language: str = SOURCE_LANGUAGE
    messages: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, repr=False
    )

    @property
    def is_english(self) -> bool:
        return self.language == SOURCE_LANGUAGE

    def gettext(self, message: str) -> str:
        """``message`` in this language (English when the catalogue lacks it)."""
        return self.messages.get(message) or message

    def amount(self, value: Decimal, currency: str) -> str:
        """An amount without its currency, with exactly the minor unit's decimals."""
        if self.is_english:
            return format_amount(value, currency)
        from babel.numbers import format_decimal  # noqa: PLC0415 - see _locale

        digits = minor_unit_digits(currency)
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        shown = format_decimal(round_money(value, currency), pattern, locale=_locale(self.language))
        return str(shown).translate(_SPACES)

    def money(
        self, value: Decimal, currency: str, *, english: Literal["symbol", "code"] = "code"
    ) -> str:
        """An amount with its currency as the language writes it (``12,50 €``); English as its
        documents always had it: ``€12.50`` (``english="symbol"``, the receipt's total) or
        ``12.50 EUR`` (``"code"``, the invoice)."""
        if self.is_english:
            plain = format_amount(value, currency)
            return f"{_symbol(currency)}{plain}" if english == "symbol" else f"{plain} {currency}"
        from babel.numbers import format_currency  # noqa: PLC0415 - see _locale

        shown = format_currency(
            round_money(value, currency), currency, locale=_locale(self.language)
        )
        return str(shown).translate(_SPACES)

    def moment(self, value: datetime) -> str:
        """A date and time as people of the language write it: ``2026-11-27 14:05`` (English),
        ``27.11.2026 14:05`` (German), ``27/11/2026 14:05`` (French), 24-hour clock."""
        if self.is_english:
            return f"{value:%Y-%m-%d %H:%M}"
        return f"{self.date(value)} {value:%H:%M}"

    def date(self, value: datetime) -> str:
        """The day in the order and with the separators of the language's short dates, with
        two-digit day and month and the whole year (``04.05.2026``, ``04/05/2026``)."""
        if self.is_english:
            return f"{value:%Y-%m-%d}"
        from babel.dates import format_date  # noqa: PLC0415 - see _locale

        pattern = _numeric_date(self.language)
        return str(format_date(value, pattern, locale=_locale(self.language))).translate(_SPACES)

    def country(self, code: str) -> str | None:
        """A country's name in this language (``DE`` -> ``Deutschland``); ``None`` in English
        (the caller keeps its own English names) or for a code CLDR does not know."""
        if self.is_english:
            return None
        name = _locale(self.language).territories.get(code.upper())
        return str(name) if name else None


#: The source language: the text in the code and the formats English documents always had.
ENGLISH = DocumentText()
