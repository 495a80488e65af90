"""The language a customer's receipts, invoices and emails speak: theirs, else their country's,
else the till's; and a customer's language as people type or import it."""

from __future__ import annotations

import pytest

from pos_desktop.domain.document_language import customer_language, document_language
from pos_desktop.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("country", "language"),
    [
        ("DE", "de"),
        ("AT", "de"),
        ("CH", "de"),  # German, French, Italian: CLDR lists German first
        ("BE", "nl"),  # Dutch, French, German: Dutch first
        ("LU", "fr"),
        ("PL", "pl"),
        ("FR", "fr"),
        ("ES", "es"),
        ("MX", "es"),  # Spanish de facto
        ("IT", "it"),
        ("NL", "nl"),
        ("GB", "en"),
        ("US", "en"),  # English de facto
        ("JP", "en"),  # Japanese is not one of ours: English
        ("at", "de"),
    ],
)
def test_without_a_choice_the_country_decides(country: str, language: str) -> None:
    assert document_language(None, country) == language


def test_without_a_country_english_or_the_tills_default() -> None:
    assert document_language(None, None) == "en"
    assert document_language(None, "") == "en"
    assert document_language(None, None, "de") == "de"
    assert document_language(None, None, "de-AT") == "de"
    assert document_language(None, None, "tlh") == "en"  # a default we do not speak


def test_the_customers_choice_wins_over_country_and_default() -> None:
    assert document_language("fr", "DE", "it") == "fr"
    assert document_language("pl", None) == "pl"
    # A country whose language we do not speak is English, not the till's default.
    assert document_language(None, "JP", "de") == "en"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("de", "de"),
        ("DE", "de"),
        ("de-AT", "de"),
        ("pl_PL", "pl"),
        ("German", "de"),
        ("Deutsch", "de"),
        ("polski", "pl"),
        ("Français", "fr"),
        ("Dutch", "nl"),
        ("", None),
        ("  ", None),
    ],
)
def test_a_customers_language_is_read_from_a_code_or_a_name(typed: str, code: str | None) -> None:
    assert customer_language(typed) == code


@pytest.mark.parametrize("typed", ["xx", "Klingon", "ja"])
def test_a_language_the_documents_do_not_speak_is_refused_naming_the_choices(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        customer_language(typed)
    (problem,) = caught.value.problems
    assert problem.field == "language"
    assert "en, de, fr, es, it, nl, pl" in problem.message
