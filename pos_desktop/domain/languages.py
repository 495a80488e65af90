"""The languages the app speaks, each named in its own words, and a user's choice of one.

English is the source language (the text in the code); the others come from the catalogues in
resources/i18n/. A user's language is stored on their record; empty means "as the computer is
set up" (the system locale if it is one of these, else English).
"""

from __future__ import annotations

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say

#: Code -> the language's own name, as the language menu lists them.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
}
SOURCE_LANGUAGE = "en"


def parse_language(text: str) -> str:
    """A language code of ``LANGUAGES`` (``"de"``, ``"de_DE"``, ``"DE"``), or ``""`` for the
    system's; anything else is a ``ValidationError``."""
    code = text.strip().replace("-", "_").split("_")[0].lower()
    if code and code not in LANGUAGES:
        allowed = ", ".join(LANGUAGES)
        raise ValidationError.single(
            say("language"),
            say("{value!r} is not one of {allowed}", value=text, allowed=allowed),
        )
    return code


def resolve_language(chosen: str, system_locale: str) -> str:
    """The language to show: the user's choice, else the system locale's language if the app
    speaks it, else English."""
    for candidate in (chosen, system_locale):
        code = candidate.strip().replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE
