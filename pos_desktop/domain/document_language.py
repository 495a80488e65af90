"""Which language a customer's receipts, invoices and emails speak.

The customer's own choice (stored on their record) wins; without one, their country's: the
first of the app's languages (``domain/languages.py``) among the country's official ones, as
CLDR lists them through Babel (Austria and Switzerland: German, Belgium: Dutch, Poland:
Polish), and English for a country whose languages the app does not speak (Japan). Only a
customer without a country, or a sale without a customer, gets the till's default (the
``[documents] language`` setting, else the exhibition's language, else English).

Pure: CLDR's tables come with Babel, read on first use and kept.
"""

from __future__ import annotations

from functools import cache

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.languages import LANGUAGES, SOURCE_LANGUAGE, parse_language
from pos_desktop.domain.phrases import say


@cache
def language_of_country(country: str) -> str:
    """The first of our languages the country speaks officially (``AT`` -> ``de``), else
    English. ``de_facto`` too, so the United States (no official language in law) say
    English and Mexico Spanish."""
    from babel.languages import get_official_languages  # noqa: PLC0415 - CLDR, on first use

    for tag in get_official_languages(country.strip().upper(), de_facto=True):
        code = str(tag).split("_")[0]
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def document_language(chosen: str | None, country: str | None, default: str = "") -> str:
    """The language of a customer's documents: ``chosen`` (their record's), else their
    ``country``'s, else ``default`` (the till's), else English."""
    for candidate in (chosen, None if country else default):
        code = (candidate or "").strip().replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    if country:
        return language_of_country(country)
    return SOURCE_LANGUAGE


@cache
def _names() -> dict[str, str]:
    """Each language's own name and English name, folded (``deutsch``, ``german``) -> code."""
    from babel import Locale  # noqa: PLC0415 - CLDR, on first use

    english = Locale.parse(SOURCE_LANGUAGE)
    names = {own.casefold(): code for code, own in LANGUAGES.items()}
    names |= {str(english.languages[code]).casefold(): code for code in LANGUAGES}
    return names


def customer_language(text: str) -> str | None:
    """A customer's language as typed: a code (``de``, ``de-AT``) or the language's name in
    English or in itself (``German``, ``Deutsch``); ``None`` for empty (from the country).
    Anything else is a ``ValidationError`` naming the field ``language``."""
    value = text.strip()
    if not value:
        return None
    named = _names().get(value.casefold())
    if named is not None:
        return named
    try:
        return parse_language(value) or None
    except ValidationError:
        allowed = ", ".join(LANGUAGES)
        raise ValidationError.single(
            say("language"),
            say(
                "{language!r} is not a language of the documents; use one of {allowed}",
                language=value,
                allowed=allowed,
            ),
        ) from None
