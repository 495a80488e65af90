"""The import's fast paths (plain addresses with a cached domain check, cached phone parsing,
ASCII folding) give exactly the answers and messages of the full checks."""

from __future__ import annotations

import unicodedata

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.domain.contact import normalize_email, normalize_phone
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.text import fold

_LOCAL_CHARS = "abcXYZ019.!#$%&'*+/=?^_`{|}~-\"() ,;:<>[]\\éü"
_DOMAIN_CHARS = "abcXYZ019.-_éü[] "
_DOMAINS = ["example.org", "EXAMPLE.com", "localhost", "x.test", "b.c0m", "münchen.de", "a..b",
            "-a.com", "a.com.", "a.123", "xn--mnchen-3ya.de", "[1.2.3.4]",
            "a" * 64 + ".com"]  # fmt: skip


def _full(text: str) -> str:
    """The full check, as ``normalize_email`` did before the fast path."""
    value = text.strip()
    try:
        return str(validate_email(value, check_deliverability=False).normalized)
    except EmailNotValidError as err:
        return f"error: {value!r} is not a valid address: {err}"


def _ours(text: str) -> str:
    try:
        return str(normalize_email(text))
    except ValidationError as error:
        return f"error: {error.problems[0].message}"


@settings(max_examples=600, deadline=None)
@given(
    st.text(alphabet=_LOCAL_CHARS, max_size=70),
    st.one_of(st.sampled_from(_DOMAINS), st.text(alphabet=_DOMAIN_CHARS, max_size=20)),
)
def test_email_answers_match_email_validator(local: str, domain: str) -> None:
    text = f"{local}@{domain}"
    if not text.strip() or len(text.strip()) > 254:
        return
    assert _ours(text) == _full(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna.Mueller@Example.ORG", "Anna.Mueller@example.org"),
        ("a@münchen.de", "a@münchen.de"),
        ("a@localhost", "error"),
        ("a.@example.org", "error"),
        ("a" * 65 + "@Example.org", "a" * 65 + "@example.org"),  # the full check allows it too
    ],
)
def test_email_examples(text: str, expected: str) -> None:
    assert _ours(text).startswith(expected)
    assert _ours(text) == _full(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="+0123456789 ()-x", min_size=1, max_size=18),
    st.sampled_from([None, "DE", "US", "GB", "JP", "HK"]),
)
def test_phone_answers_match_phonenumbers_twice(text: str, region: str | None) -> None:
    value = text.strip()
    try:
        number = phonenumbers.parse(value, region)
        valid = phonenumbers.is_valid_number(number)
    except phonenumbers.NumberParseException:
        valid = False
    for _twice in range(2):  # the second answer comes from the cache
        if not value:
            assert normalize_phone(text, region) is None
        elif valid:
            expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            assert normalize_phone(text, region) == expected
        else:
            with pytest.raises(ValidationError, match="is not a valid phone number"):
                normalize_phone(text, region)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_fold_shortcut_matches_the_unicode_fold(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    assert fold(text) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))
