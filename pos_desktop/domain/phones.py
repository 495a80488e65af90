"""Phone numbers in E.164 (``+4930123456``), parsed with the customer's country or, failing
that, the installation's default region: ``phonenumbers`` and the import's fast path.

Imported by ``contact`` when a number is first checked (phonenumbers' metadata takes a while
to load), and directly by the customer import, which checks numbers by the hundred thousand.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import phonenumbers
from phonenumbers import phonenumberutil as _pn

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say

# The patterns come from phonenumbers' fixed metadata, so keeping them all compiled is bounded;
# an import checks numbers of many regions, more patterns than ``re``'s own cache holds.
phonenumbers.enable_pattern_cache()


def phone_or_none(value: str, region: str | None) -> str | None:
    """The E.164 form of a non-empty, trimmed ``value`` without raising: ``None`` when it is no
    valid number (an import keeps such a cell as written; an exception per cell cost it more
    than the check)."""
    return _e164(value, region)


@lru_cache(maxsize=16_384)  # an import meets a company's switchboard number again and again
def _e164(value: str, region: str | None) -> str | None:
    plain = _plain_e164(value, region)
    if not isinstance(plain, _Undecided):
        return plain
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class _Undecided:
    """``_plain_e164`` leaves the number to the full parse."""


_UNDECIDED = _Undecided()
#: What people write between the digits of a number (``x`` is left out: it may start an
#: extension). Anything else takes the full parse.
_PHONE_SEPARATORS = str.maketrans("", "", " -.()/")
_SHORT_LENGTHS = (
    _pn.ValidationResult.TOO_SHORT,
    _pn.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    _pn.ValidationResult.INVALID_LENGTH,
)


#: The fast path takes steps phonenumbers keeps private; a release that renames them turns the
#: fast path off (every number then takes the full parse) instead of breaking imports.
_PARSE_STEPS_PRESENT = all(
    hasattr(_pn, name)
    for name in (
        "_maybe_extract_country_code",
        "_maybe_strip_national_prefix_carrier_code",
        "_test_number_length",
        "_set_italian_leading_zeros_for_phone_number",
        "_MIN_LENGTH_FOR_NSN",
        "_MAX_LENGTH_FOR_NSN",
        "_MAX_INPUT_STRING_LENGTH",
    )
)


def _plain_e164(value: str, region: str | None) -> str | _Undecided | None:
    """``_e164`` for the shape nearly every import cell has: ASCII digits, the separators
    above and at most a leading ``+``, at least three digits, a known region.

    ``phonenumbers.parse`` spends much of its time on text this shape cannot contain
    (extensions, letters, RFC 3966, other scripts' digits), so this takes parse's own steps
    for the digits, in parse's order, and asks ``is_valid_number`` of the number they make
    (about a third faster in all). Whatever a step would refuse is left to the full parse
    (``_UNDECIDED``), which then gives its own answer. A test holds the two to the same
    answers over every region's numbers.
    """
    plain = _plain_digits(value, region) if _PARSE_STEPS_PRESENT else None
    if plain is None:
        return _UNDECIDED
    digits, metadata, rules = plain
    number = phonenumbers.PhoneNumber()
    if rules.written_nationally(digits):
        country_code, national = 0, ""  # what the next step finds for such digits, quicker
    else:
        try:
            country_code, national = _pn._maybe_extract_country_code(
                digits, metadata, False, number
            )
        except phonenumbers.NumberParseException:
            return _UNDECIDED
    found: phonenumbers.PhoneMetadata | None = metadata
    if country_code:
        number_region = phonenumbers.region_code_for_country_code(country_code)
        if number_region != region:
            found = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
                country_code, number_region
            )
    else:  # written nationally (a ``+`` would have given a country code or an error)
        national, country_code = digits, metadata.country_code or 0
    if found is None or not country_code or len(national) < _pn._MIN_LENGTH_FOR_NSN:
        return _UNDECIDED
    _carrier, stripped, _ = _pn._maybe_strip_national_prefix_carrier_code(national, found)
    if _pn._test_number_length(stripped, found) not in _SHORT_LENGTHS:
        national = stripped
    if not _pn._MIN_LENGTH_FOR_NSN <= len(national) <= _pn._MAX_LENGTH_FOR_NSN:
        return _UNDECIDED
    number.country_code = country_code
    number.national_number = int(national)
    _pn._set_italian_leading_zeros_for_phone_number(national, number)
    if not _is_valid(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


#: ``PhoneMetadata`` descriptions of the number types ``is_valid_number`` accepts, besides
#: fixed line and mobile.
_SPECIAL_TYPES = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
)
_Desc = tuple[frozenset[int], re.Pattern[str]]


def _desc(description: phonenumbers.PhoneNumberDesc | None) -> _Desc | None:
    if description is None or not description.national_number_pattern:
        return None  # matches no number
    pattern = re.compile(description.national_number_pattern)
    return frozenset(description.possible_length or ()), pattern


def _matches(nsn: str, desc: _Desc | None) -> bool:
    if desc is None:
        return False
    lengths, pattern = desc
    return (not lengths or len(nsn) in lengths) and pattern.fullmatch(nsn) is not None


class _RegionRules:
    """One region's validity rules, compiled once: a number is valid when it fits the general
    description and at least one number type (what ``is_valid_number`` asks, minus finding out
    which type it is)."""

    def __init__(self, metadata: phonenumbers.PhoneMetadata) -> None:
        self.general = _desc(metadata.general_desc)
        descriptions = [getattr(metadata, name) for name in _SPECIAL_TYPES]
        descriptions.append(metadata.fixed_line)
        if not metadata.same_mobile_and_fixed_line_pattern:
            descriptions.append(metadata.mobile)
        self.types = tuple(d for d in map(_desc, descriptions) if d is not None)
        self.leading = re.compile(metadata.leading_digits) if metadata.leading_digits else None
        prefix = metadata.international_prefix
        self.dialling_prefix = re.compile(prefix) if prefix else None
        self.country_code = str(metadata.country_code)

    def written_nationally(self, digits: str) -> bool:
        """Plain digits with no ``+``, no international dialling prefix of the region and not
        starting with its country code: parse finds no country code in them."""
        return not (
            digits.startswith(("+", self.country_code))
            or (self.dialling_prefix is not None and self.dialling_prefix.match(digits))
        )

    def valid(self, nsn: str) -> bool:
        return _matches(nsn, self.general) and any(_matches(nsn, d) for d in self.types)


@cache
def _region_rules(region: str) -> _RegionRules | None:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return None if metadata is None else _RegionRules(metadata)


def _is_valid(number: phonenumbers.PhoneNumber) -> bool:
    """``phonenumbers.is_valid_number`` with each region's patterns compiled once and without
    the type it works out on the way (a third of an import's phone time went there). Numbers
    of the non-geographic codes (+800, +882 ...) go to ``is_valid_number`` itself. A test holds
    the two to the same answers over every region's numbers."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(number.country_code or 0, ())
    if regions and regions[0] == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY:
        return phonenumbers.is_valid_number(number)
    nsn = phonenumbers.national_significant_number(number)
    for region in regions:  # the number's region: ``region_code_for_number``'s rule
        rules = _region_rules(region)
        if rules is None:
            continue
        if len(regions) == 1 or (rules.leading is not None and rules.leading.match(nsn)):
            return rules.valid(nsn)
        if rules.leading is None and rules.valid(nsn):
            return True
    return False


def _plain_digits(
    value: str, region: str | None
) -> tuple[str, phonenumbers.PhoneMetadata, _RegionRules] | None:
    """The digits (a leading ``+`` kept), the region's metadata and rules, if ``value`` has
    the plain shape; ``None`` if not."""
    if len(value) > _pn._MAX_INPUT_STRING_LENGTH or not value.isascii():
        return None
    digits = value.translate(_PHONE_SEPARATORS)
    bare = digits.removeprefix("+")
    if len(bare) < 3 or not bare.isdigit() or region not in phonenumbers.SUPPORTED_REGIONS:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    rules = _region_rules(region)
    return None if metadata is None or rules is None else (digits, metadata, rules)


def check_region(text: str, field: str = say("default phone region")) -> str:
    region = text.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError.single(
            field, say("{region!r} is not a region code such as DE or US", region=text)
        )
    return region
