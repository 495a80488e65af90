"""EU VAT identification numbers: checked, normalised, and what they allow (reverse charge).

A VAT ID is kept in its compact form with the country prefix (``DE136695976``,
``EL094259216``): that is how VIES and an accountant's software read it. The format and check
digits of each member state are python-stdnum's (``stdnum.eu.vat``); a VAT ID that fails says
why, in words the person at the counter can act on. Only the EU's VAT IDs (and Northern
Ireland's ``XI``) are known: a full invoice names the buyer's VAT ID for intra-EU trade.
python-stdnum is imported when a VAT ID is first checked.
"""

from __future__ import annotations

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say

FIELD = say("VAT ID")
VAT_ID_MAX = 20
#: The EU's 27 member states (ISO codes): intra-EU trade between two of them may be reverse
#: charged. Northern Ireland (``XI``) trades goods under EU rules but is not listed: the
#: manager decides those by hand.
EU_COUNTRIES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
#: VAT prefixes that differ from the ISO country code.
_PREFIX_OF_COUNTRY = {"GR": "EL"}
_COUNTRY_OF_PREFIX = {"EL": "GR", "XI": "GB"}
_PREFIXES = frozenset({_PREFIX_OF_COUNTRY.get(c, c) for c in EU_COUNTRIES} | {"XI"})


def _compact(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def normalize_vat_id(text: str, country: str | None = None, field: str = FIELD) -> str | None:
    """The compact VAT ID with its prefix; ``None`` when empty.

    Digits without a prefix take the prefix of ``country`` (the customer's), so a German
    visitor may type ``136 695 976``. Raises a ``ValidationError`` saying why otherwise:
    an unknown country, an invalid format, an invalid check digit.
    """
    value = _compact(text)
    if not value:
        return None
    if len(value) > VAT_ID_MAX:
        raise ValidationError.single(
            field, say("{vat_id!r}: invalid format (too long)", vat_id=text.strip())
        )
    if value[:1].isdigit() and country:
        value = _PREFIX_OF_COUNTRY.get(country, country) + value
    prefix = value[:2]
    if prefix == "GR":  # Greece's VAT IDs carry EL
        value, prefix = "EL" + value[2:], "EL"
    if not prefix.isalpha():
        raise ValidationError.single(
            field,
            say(
                "{vat_id!r}: start it with its country code (e.g. DE136695976)",
                vat_id=text.strip(),
            ),
        )
    if prefix not in _PREFIXES:
        raise ValidationError.single(
            field,
            say(
                "{vat_id!r}: unknown country {prefix!r}; an EU VAT ID starts with its country "
                "code (DE, FR, IT...)",
                vat_id=text.strip(),
                prefix=prefix,
            ),
        )
    from stdnum import exceptions as stdnum_errors  # noqa: PLC0415 - see the module
    from stdnum.eu import vat as eu_vat  # noqa: PLC0415

    try:
        return str(eu_vat.validate(value))
    except stdnum_errors.InvalidChecksum:
        problem = say("{vat_id!r}: invalid check digit", vat_id=text.strip())
    except stdnum_errors.ValidationError:  # length, format or a component of the number
        problem = say("{vat_id!r}: invalid format", vat_id=text.strip())
    raise ValidationError.single(field, problem)


def vat_id_or_problem(text: str, country: str | None) -> tuple[str | None, str | None]:
    """``normalize_vat_id`` without raising: ``(vat_id, None)`` or ``(None, why)`` (imports)."""
    try:
        return normalize_vat_id(text, country), None
    except ValidationError as error:
        return None, error.problems[0].message


def vat_country(vat_id: str) -> str:
    """The ISO country of a normalised VAT ID (``EL...`` is Greece, ``XI...`` the UK)."""
    prefix = vat_id[:2]
    return _COUNTRY_OF_PREFIX.get(prefix, prefix)


def reverse_charge_problem(buyer_vat_id: str | None, seller_country: str | None) -> str | None:
    """Why a sale to this buyer cannot carry the reverse-charge note, or ``None`` when it can:
    the buyer has a valid VAT ID of an EU country other than the seller's."""
    if seller_country is None:
        return say("the seller's country is not set (Settings > Seller: country or VAT ID)")
    if not buyer_vat_id:
        return say("the customer has no VAT ID")
    try:
        checked = normalize_vat_id(buyer_vat_id)
    except ValidationError as error:
        return say(
            "the customer's VAT ID is not valid ({problem})", problem=error.problems[0].message
        )
    assert checked is not None
    if checked.startswith("XI") or vat_country(checked) not in EU_COUNTRIES:
        return say("the customer's VAT ID {vat_id} is not of an EU member state", vat_id=checked)
    if vat_country(checked) == seller_country:
        return say("the customer's VAT ID {vat_id} is of the seller's own country", vat_id=checked)
    return None
