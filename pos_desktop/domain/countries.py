"""Country names as people write them -> ISO 3166-1 alpha-2.

pycountry knows the ISO names, codes and several common names; the alias table adds spellings
that CRM exports and visitors use and ISO does not (``UK``, ``U.S.A.``, ``Ivory Coast``,
``Deutschland``). Keys are compared after :func:`_key` (case, accents, dots and spaces folded).
pycountry is imported when a country is first looked up (it reads its data then).
"""

from __future__ import annotations

import gettext
import re
from functools import cache

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.text import fold

# fmt: off
_ALIASES = {
    "uk": "GB", "greatbritain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northernireland": "GB", "unitedkingdomofgreatbritain": "GB", "grossbritannien": "GB",
    "us": "US", "usa": "US", "america": "US", "unitedstatesofamerica": "US", "etatsunis": "US",
    "vereinigtestaaten": "US", "estadosunidos": "US",
    "southkorea": "KR", "korea": "KR", "republicofkorea": "KR", "northkorea": "KP",
    "russia": "RU", "russianfederation": "RU", "turkey": "TR", "turkiye": "TR",
    "ivorycoast": "CI", "cotedivoire": "CI", "hongkongsar": "HK", "hongkongsarchina": "HK",
    "macau": "MO", "macao": "MO", "macausar": "MO", "taiwanroc": "TW", "czechia": "CZ",
    "holland": "NL", "thenetherlands": "NL", "niederlande": "NL", "paysbas": "NL",
    "deutschland": "DE", "allemagne": "DE", "alemania": "DE", "germania": "DE",
    "frankreich": "FR", "francia": "FR", "espana": "ES", "spanien": "ES", "espagne": "ES",
    "italien": "IT", "italie": "IT", "schweiz": "CH", "suisse": "CH", "svizzera": "CH",
    "osterreich": "AT", "autriche": "AT", "belgien": "BE", "belgique": "BE",
    "polska": "PL", "nippon": "JP", "japon": "JP", "china": "CN", "prc": "CN",
    "peoplesrepublicofchina": "CN", "mainlandchina": "CN", "uae": "AE", "emirates": "AE",
    "vatican": "VA", "vaticancity": "VA", "burma": "MM", "swaziland": "SZ",
    "macedonia": "MK", "capeverde": "CV", "eastimor": "TL", "moldova": "MD",
    "palestine": "PS", "syria": "SY", "brunei": "BN", "micronesia": "FM", "stkitts": "KN",
    "saintkittsandnevis": "KN", "saintlucia": "LC", "stlucia": "LC", "congo": "CG",
    "kosovo": "XK", "drc": "CD", "drcongo": "CD", "democraticrepublicofcongo": "CD",
}
# fmt: on


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


#: Languages whose country names (pycountry's ISO 3166 translations) are understood too.
TRANSLATED = (
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "sv",
    "da",
    "nb",
    "fi",
    "pl",
    "cs",
    "tr",
    "ru",
    "ja",
    "zh_CN",
    "ko",
)


@cache
def _translated() -> dict[str, str]:
    """ "Schweden", "Brasil", "Suiza", "日本" -> alpha-2, from the translations pycountry ships
    (read once, about 50 ms): exports written in the organiser's language need no table."""
    import pycountry  # noqa: PLC0415 - see the module

    names: dict[str, str] = {}
    for language in TRANSLATED:
        try:
            catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, [language])
        except OSError:  # a packaging that left the locales out: English and aliases still work
            continue
        for country in pycountry.countries:
            for name in (country.name, getattr(country, "common_name", None)):
                if name:
                    local = catalog.gettext(name)
                    names.setdefault(_key(local) or local.strip().casefold(), country.alpha_2)
    return names


@cache
def _lookup(key_text: str) -> str | None:
    alias = _ALIASES.get(_key(key_text))
    if alias:
        return alias
    import pycountry  # noqa: PLC0415 - see the module

    try:
        country = pycountry.countries.lookup(key_text)
    except LookupError:
        key = _key(key_text) or key_text.strip().casefold()
        return _translated().get(key)
    return str(country.alpha_2)


def country_code(text: str, field: str = say("country")) -> str | None:
    """ISO alpha-2 for a name, code or common variant; ``None`` for empty input."""
    value = text.strip()
    if not value:
        return None
    code = _lookup(value)
    if code is None:
        raise ValidationError.single(
            field,
            say(
                "{country!r} is not a country we know; use its name or ISO code (e.g. DE)",
                country=value,
            ),
        )
    return code


def country_name(code: str) -> str:
    import pycountry  # noqa: PLC0415 - see the module

    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country else code
