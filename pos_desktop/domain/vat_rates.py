"""The VAT rates a till offers for a free-text line: its country's, standard rate first.

A booth in Germany sells at 19 % and 7 %; offering 20 % there (the app's neutral default) made
cashiers type the rate on every line or, worse, not notice it. The rates are those in force in
2026 (standard, then reduced ones); a till abroad whose seller country is set gets its own.
Where no country is known, the configured default is the only offer.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal


def _rates(*texts: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(text) for text in texts)


RATES_BY_COUNTRY: dict[str, tuple[Decimal, ...]] = {
    "AT": _rates("20", "13", "10"),
    "BE": _rates("21", "12", "6"),
    "BG": _rates("20", "9"),
    "CH": _rates("8.1", "3.8", "2.6"),
    "CY": _rates("19", "9", "5"),
    "CZ": _rates("21", "12"),
    "DE": _rates("19", "7"),
    "DK": _rates("25"),
    "EE": _rates("24", "13", "9"),
    "ES": _rates("21", "10", "4"),
    "FI": _rates("25.5", "14", "10"),
    "FR": _rates("20", "10", "5.5", "2.1"),
    "GB": _rates("20", "5"),
    "GR": _rates("24", "13", "6"),
    "HR": _rates("25", "13", "5"),
    "HU": _rates("27", "18", "5"),
    "IE": _rates("23", "13.5", "9"),
    "IT": _rates("22", "10", "5", "4"),
    "LT": _rates("21", "9", "5"),
    "LU": _rates("17", "14", "8", "3"),
    "LV": _rates("21", "12", "5"),
    "MT": _rates("18", "7", "5"),
    "NL": _rates("21", "9"),
    "NO": _rates("25", "15", "12"),
    "PL": _rates("23", "8", "5"),
    "PT": _rates("23", "13", "6"),
    "RO": _rates("21", "11"),
    "SE": _rates("25", "12", "6"),
    "SI": _rates("22", "9.5", "5"),
    "SK": _rates("23", "19", "5"),
}


def vat_choices(
    configured_default: Decimal, country: str | None, in_use: Iterable[Decimal] = ()
) -> tuple[Decimal, tuple[Decimal, ...]]:
    """``(default, choices)`` for a till: the country's rates (its standard rate the default
    unless the configured default is one of them), then the rates products use.

    Without a known country: the configured default, then the products' rates.
    """
    national = RATES_BY_COUNTRY.get((country or "").upper(), ())
    foreign = bool(national) and configured_default not in national
    default = national[0] if foreign else configured_default
    choices: list[Decimal] = [default]
    for rate in (*national, *sorted(set(in_use), reverse=True)):
        if rate not in choices:
            choices.append(rate)
    return default, tuple(choices)
