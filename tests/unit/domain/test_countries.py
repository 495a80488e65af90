"""Country names as visitors and CRM exports write them."""

from __future__ import annotations

import pytest

from pos_desktop.domain.countries import country_code, country_name
from pos_desktop.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Germany", "DE"),
        ("DE", "DE"),
        ("de", "DE"),
        ("deu", "DE"),
        ("  germany ", "DE"),
        ("Deutschland", "DE"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Great Britain", "GB"),
        ("U.S.A.", "US"),
        ("USA", "US"),
        ("United States", "US"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("Hong Kong SAR", "HK"),
        ("Hong Kong", "HK"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d Ivoire", "CI"),
        ("Österreich", "AT"),
        ("Schweiz", "CH"),
        ("Switzerland", "CH"),
        ("The Netherlands", "NL"),
        ("Türkiye", "TR"),
        ("Viet Nam", "VN"),
        ("Czech Republic", "CZ"),
        ("Kosovo", "XK"),
    ],
)
def test_country_spellings_give_the_iso_code(typed: str, code: str) -> None:
    assert country_code(typed) == code


@pytest.mark.parametrize("typed", ["Atlantis", "Narnia", "XX", "Germ"])
def test_unknown_countries_are_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(ValidationError, match="not a country we know") as caught:
        country_code(typed)
    assert caught.value.fields == ["country"]
    assert repr(typed) in str(caught.value)


def test_no_country_is_none() -> None:
    assert country_code("   ") is None


def test_country_names_for_codes() -> None:
    assert country_name("DE") == "Germany"
    assert country_name("ZZ") == "ZZ"
