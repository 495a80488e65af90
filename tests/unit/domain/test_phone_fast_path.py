"""The import's phone fast path (``_plain_e164``: parse's steps for plain digits) gives exactly
the answer of the full ``phonenumbers.parse`` + ``is_valid_number`` + E.164 format, for every
region's example numbers written nationally, internationally, with a trunk or dialling prefix,
with the separators people use, and with digits dropped, added or changed."""

from __future__ import annotations

import random

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from phonenumbers import phonenumberutil as _pn

from pos_desktop.domain.phones import _is_valid, _plain_e164, _Undecided

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
TYPES = [
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.VOIP,
    PhoneNumberType.UAN,
]
SEPARATORS = [" ", "-", ".", "/", "(", ")", "", "  "]


def full(text: str, region: str | None) -> str | None:
    """What ``normalize_phone`` answered before the fast path."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def same_answer(text: str, region: str | None) -> bool:
    fast = _plain_e164(text, region)
    return isinstance(fast, _Undecided) or fast == full(text, region)


def spellings(number: phonenumbers.PhoneNumber, region: str, rng: random.Random) -> list[str]:
    """How a CRM export may hold the number: national, international, E.164, with the dialling
    prefix or the bare country code, the trunk prefix in brackets, other separators."""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    nsn = phonenumbers.national_significant_number(number)
    code = str(number.country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    texts = [national, international, e164, code + nsn, f"+{code} (0) {nsn}", f"00{code} {nsn}"]
    if metadata is not None and metadata.national_prefix:
        texts.append(f"+{code} {metadata.national_prefix}{nsn}")
    if metadata is not None and metadata.preferred_international_prefix:
        texts.append(f"{metadata.preferred_international_prefix} {code} {nsn}")
    mutated = []
    for text in texts:
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        where = rng.choice(digits)
        mutated += [
            text[:where] + text[where + 1 :],  # a digit dropped
            text[:where] + str(rng.randrange(10)) + text[where:],  # one added
            text[:where] + str(rng.randrange(10)) + text[where + 1 :],  # one changed
            "".join(ch if ch != " " else rng.choice(SEPARATORS) for ch in text),
        ]
    return texts + mutated


def test_every_regions_numbers_get_the_full_parse_answer() -> None:
    rng = random.Random(8)
    checked = decided = 0
    for region in REGIONS:
        for kind in TYPES:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            for text in spellings(number, region, rng):
                for asked in (region, rng.choice(REGIONS)):
                    assert same_answer(text, asked), (text, asked)
                    checked += 1
                    decided += not isinstance(_plain_e164(text, asked), _Undecided)
    assert checked > 15_000
    assert decided > checked * 0.9  # the fast path answers nearly all of them itself


@settings(max_examples=1500, deadline=None)
@given(
    st.text(alphabet="+0123456789 ()-./", min_size=1, max_size=22),
    st.sampled_from([None, "ZZ", *REGIONS]),
)
def test_any_plain_text_gets_the_full_parse_answer(text: str, region: str | None) -> None:
    value = text.strip()
    if value:
        assert same_answer(value, region)


def test_what_the_fast_path_leaves_to_the_full_parse() -> None:
    for text, region in [
        ("030 1234567 ext. 12", "DE"),  # letters: extensions, vanity numbers
        ("12", "DE"),  # two digits: parse's own rule for short input
        ("0049 30+1234567", "DE"),  # a plus inside
        ("030 1234567", None),  # no region to read a national number in
        ("０３０ １２３４５６７", "DE"),  # other scripts' digits
    ]:
        assert isinstance(_plain_e164(text, region), _Undecided)
        assert same_answer(text, region)


def test_validity_is_the_libraries_for_every_regions_numbers_and_their_neighbours() -> None:
    """``_is_valid`` against ``is_valid_number``: each region's example numbers of every type,
    and the same national numbers one digit shorter, longer or changed (mostly invalid, and in
    shared codes such as +1 and +44 often another region's)."""
    rng = random.Random(5)
    checked = valid = 0
    for region in REGIONS:
        for kind in PhoneNumberType.values():
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            nsn = phonenumbers.national_significant_number(number)
            variants = [nsn, nsn[:-1], nsn + str(rng.randrange(10))]
            variants += [nsn[:i] + str(rng.randrange(10)) + nsn[i + 1 :] for i in range(len(nsn))]
            for digits in variants:
                if not digits:
                    continue
                candidate = phonenumbers.PhoneNumber(
                    country_code=number.country_code, national_number=int(digits)
                )
                _pn._set_italian_leading_zeros_for_phone_number(digits, candidate)
                expected = phonenumbers.is_valid_number(candidate)
                assert _is_valid(candidate) == expected, (region, kind, digits)
                checked += 1
                valid += expected
    for code in (800, 882, 883, 979):  # non-geographic: the library answers itself
        number = phonenumbers.example_number_for_non_geo_entity(code)
        if number is not None:
            assert _is_valid(number) == phonenumbers.is_valid_number(number)
    assert checked > 15_000
    assert checked * 0.2 < valid < checked * 0.8  # both answers are well represented
