"""Invoice numbers as printed on receipts and typed back in to find them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.numbering import (
    DocumentKind,
    InvoiceNumber,
    exhibition_code,
    format_number,
    series_prefix,
    suggest_exhibition_code,
    terminal_code,
)

CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def test_a_printed_number_parses_into_its_parts() -> None:
    assert InvoiceNumber.parse("EXPO24-T1-000123") == InvoiceNumber("EXPO24", "T1", 123)


def test_case_and_surrounding_spaces_do_not_matter() -> None:
    assert InvoiceNumber.parse("  expo24-t1-000123\n") == InvoiceNumber("EXPO24", "T1", 123)


def test_a_credit_note_number_parses() -> None:
    assert InvoiceNumber.parse("EXPO24-T1CN-000007") == InvoiceNumber("EXPO24", "T1CN", 7)


@pytest.mark.parametrize(
    "typed",
    ["", "EXPO24-T1", "EXPO24-T1-123", "EXPO24 T1 000123", "EXPO-24-T1-000123", "EXPO24-T1-00012A"],
)
def test_malformed_numbers_are_refused_with_an_example(typed: str) -> None:
    with pytest.raises(ValidationError, match="does not look like EXPO24-T1-000123") as caught:
        InvoiceNumber.parse(typed)
    assert caught.value.fields == ["invoice number"]


def test_sequences_are_zero_padded_to_six_digits() -> None:
    assert format_number("EXPO24-T1", 1) == "EXPO24-T1-000001"
    assert format_number("EXPO24-T1", 123456) == "EXPO24-T1-123456"
    assert format_number("EXPO24-T1", 1234567) == "EXPO24-T1-1234567"
    assert InvoiceNumber.parse("EXPO24-T1-1234567").sequence == 1234567


def test_credit_notes_have_their_own_series() -> None:
    assert series_prefix("EXPO24", "T1", DocumentKind.INVOICE) == "EXPO24-T1"
    assert series_prefix("EXPO24", "T1", DocumentKind.CREDIT_NOTE) == "EXPO24-T1CN"


@settings(max_examples=300)
@given(
    exhibition=st.text(CODE_CHARS, min_size=1, max_size=12),
    terminal=st.text(CODE_CHARS, min_size=1, max_size=8),
    kind=st.sampled_from(DocumentKind),
    sequence=st.integers(1, 10_000_000),
)
def test_every_number_the_till_prints_can_be_typed_back(
    exhibition: str, terminal: str, kind: DocumentKind, sequence: int
) -> None:
    """Numbers are built only from codes the settings accept, so all of them must parse."""
    exhibition, terminal = exhibition_code(exhibition), terminal_code(terminal)
    number = format_number(series_prefix(exhibition, terminal, kind), sequence)
    parsed = InvoiceNumber.parse(number)
    assert parsed.exhibition == exhibition
    assert parsed.terminal == terminal + ("CN" if kind is DocumentKind.CREDIT_NOTE else "")
    assert parsed.sequence == sequence


def test_a_credit_note_of_an_eight_character_till_can_be_looked_up() -> None:
    number = format_number(series_prefix("EXPO24", "TILL0001", DocumentKind.CREDIT_NOTE), 1)
    assert number == "EXPO24-TILL0001CN-000001"
    assert InvoiceNumber.parse(number) == InvoiceNumber("EXPO24", "TILL0001CN", 1)


@pytest.mark.parametrize(("typed", "code"), [("expo24", "EXPO24"), (" T1 ", "T1")])
def test_codes_are_upper_cased(typed: str, code: str) -> None:
    assert exhibition_code(typed) == code
    assert terminal_code(typed) == code


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "is required"),
        ("EXPO-24", "letters A-Z and digits"),
        ("MESSE MÜNCHEN", "letters A-Z and digits"),
        ("ABCDEFGHIJKLM", "1 to 12"),
    ],
)
def test_bad_exhibition_codes_are_refused(typed: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason) as caught:
        exhibition_code(typed)
    assert caught.value.fields == ["exhibition code"]


def test_terminal_codes_hold_at_most_eight_characters() -> None:
    assert terminal_code("TILL0001") == "TILL0001"
    with pytest.raises(ValidationError, match="1 to 8") as caught:
        terminal_code("TILL00001")
    assert caught.value.fields == ["terminal code"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Expo 2024", "EXPO2024"),
        ("Frankfurter Buchmesse 2024", "FRANKFURTERB"),
        ("  !!! ", "EXPO"),
        ("Messe München", "MESSEMNCHEN"),
    ],
)
def test_a_code_is_suggested_from_the_exhibition_name(name: str, code: str) -> None:
    assert suggest_exhibition_code(name) == code


@given(name=st.text())
def test_a_suggested_code_is_always_accepted(name: str) -> None:
    suggestion = suggest_exhibition_code(name)
    assert exhibition_code(suggestion) == suggestion
