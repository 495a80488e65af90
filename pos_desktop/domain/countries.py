"""Country names as people write them -> ISO 3166-1 alpha-2.

pycountry knows the ISO names, codes and several common names; the alias table adds spellings
that CRM exports and visitors use and ISO does not (``UK``, ``U.S.A.``, ``Ivory Coast``,
``Deutschland``). Keys are compared after :func:`_key` (case, accents, dots and spaces folded).
"""

from __future__ import annotations

import re
from functools import cache

import pycountry

from pos_desktop.domain.errors import ValidationError
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


@cache
def _lookup(key_text: str) -> str | None:
    alias = _ALIASES.get(_key(key_text))
    if alias:
        return alias
    try:
        country = pycountry.countries.lookup(key_text)
    except LookupError:
        return None
    return str(country.alpha_2)


def country_code(text: str, field: str = "country") -> str | None:
    """ISO alpha-2 for a name, code or common variant; ``None`` for empty input."""
    value = text.strip()
    if not value:
        return None
    code = _lookup(value)
    if code is None:
        raise ValidationError.single(
            field, f"{value!r} is not a country we know; use its name or ISO code (e.g. DE)"
        )
    return code


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country else code
