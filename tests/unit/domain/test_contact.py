"""Email addresses and phone numbers as visitors give them."""

from __future__ import annotations

import pytest

from pos_desktop.domain.contact import check_region, email_key, normalize_email, normalize_phone
from pos_desktop.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("jane.doe@example.com", "jane.doe@example.com"),
        ("  Jane.Doe@Example.COM ", "Jane.Doe@example.com"),
        ("jürgen@müller.de", "jürgen@müller.de"),
        ("x@MÜNCHEN.de", "x@münchen.de"),
    ],
)
def test_valid_emails_are_normalised(typed: str, stored: str) -> None:
    assert normalize_email(typed) == stored


@pytest.mark.parametrize("typed", ["", "   "])
def test_an_empty_email_is_none(typed: str) -> None:
    assert normalize_email(typed) is None


@pytest.mark.parametrize(
    "typed", ["jane", "jane@", "@example.com", "jane@example", "jane doe@example.com", "a@@b.de"]
)
def test_invalid_emails_are_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(ValidationError, match="not a valid address") as caught:
        normalize_email(typed, field="contact email")
    assert caught.value.fields == ["contact email"]


def test_overlong_email_is_refused() -> None:
    with pytest.raises(ValidationError, match="longer than 254"):
        normalize_email("a" * 64 + "@" + "b" * 186 + ".com")


def test_email_key_ignores_case() -> None:
    assert email_key("Jane.Doe@example.com") == email_key("jane.doe@EXAMPLE.com")


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("030 1234567", "DE", "+49301234567"),
        ("(030) 123-4567", "DE", "+49301234567"),
        ("+49 30 1234567", None, "+49301234567"),
        ("+1 650 253 0000", "DE", "+16502530000"),
        ("+44 20 7946 0958", "US", "+442079460958"),
        ("0049 30 1234567", "DE", "+49301234567"),
        ("044 668 18 00", "CH", "+41446681800"),
        ("(650) 253-0000", "US", "+16502530000"),
    ],
)
def test_phones_are_stored_in_e164(typed: str, region: str | None, e164: str) -> None:
    assert normalize_phone(typed, region) == e164


@pytest.mark.parametrize(
    ("typed", "region"),
    [("abc", "DE"), ("123", "DE"), ("+49 1", None), ("030 1234567", None), ("++49", "DE")],
)
def test_invalid_phones_are_refused(typed: str, region: str | None) -> None:
    with pytest.raises(ValidationError, match="not a valid phone number") as caught:
        normalize_phone(typed, region)
    assert caught.value.fields == ["phone"]
    assert "+country code" in str(caught.value)


def test_the_refusal_says_which_region_the_number_was_read_in() -> None:
    with pytest.raises(ValidationError, match="for DE"):
        normalize_phone("abc", "DE")


def test_an_empty_phone_is_none() -> None:
    assert normalize_phone("  ", "DE") is None


def test_region_codes() -> None:
    assert check_region(" ch ") == "CH"
    with pytest.raises(ValidationError, match="not a region code") as caught:
        check_region("XX")
    assert caught.value.fields == ["default phone region"]
