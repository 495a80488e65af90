"""VAT IDs: good ones of several EU countries pass (compact, with prefix), a wrong check digit,
a wrong format or an unknown country is refused saying which, a missing one is fine; and the
rule for who may be reverse charged."""

from __future__ import annotations

import pytest

from pos_desktop.domain.customer import CustomerInput, validate_customer
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.vat_id import normalize_vat_id, reverse_charge_problem, vat_country

# Real, published VAT IDs with correct check digits (German, French, Italian, Austrian, Greek).
GOOD = [
    ("DE136695976", "DE136695976"),
    ("de 136 695 976", "DE136695976"),
    ("FR40303265045", "FR40303265045"),
    ("FR 40 303 265 045", "FR40303265045"),
    ("IT00743110157", "IT00743110157"),
    ("ATU13585627", "ATU13585627"),
    ("EL094259216", "EL094259216"),
    ("GR094259216", "EL094259216"),  # Greece's VAT IDs carry EL, whatever is typed
]


def refusal(text: str, country: str | None = None) -> str:
    with pytest.raises(ValidationError) as refused:
        normalize_vat_id(text, country)
    [problem] = refused.value.problems
    assert problem.field == "VAT ID"
    return problem.message


@pytest.mark.parametrize(("typed", "stored"), GOOD)
def test_good_vat_ids_are_kept_compact_with_their_prefix(typed: str, stored: str) -> None:
    assert normalize_vat_id(typed) == stored


def test_a_wrong_check_digit_is_refused_with_that_reason() -> None:
    assert refusal("DE136695977") == "'DE136695977': invalid check digit"
    assert refusal("FR41303265045").endswith("invalid check digit")
    assert refusal("IT00743110158").endswith("invalid check digit")


def test_a_wrong_format_or_an_unknown_country_says_so() -> None:
    assert refusal("DE12345").endswith("invalid format")
    assert "unknown country 'US'" in refusal("US123456789")
    assert "unknown country 'CH'" in refusal("CHE113747151")  # not an EU VAT ID
    assert "country code" in refusal("136695976")  # digits, and no country to take it from


def test_missing_is_fine_and_digits_take_the_customers_country() -> None:
    assert normalize_vat_id("") is None
    assert normalize_vat_id("   ") is None
    assert normalize_vat_id("136695976", "DE") == "DE136695976"
    assert normalize_vat_id("094259216", "GR") == "EL094259216"
    assert "unknown country 'US'" in refusal("136695976", "US")


def test_the_customer_form_checks_it_with_the_other_fields() -> None:
    fields = validate_customer(
        CustomerInput(
            name="Zoé Lefèvre",
            company="Café Crème SARL",
            street="12 rue de la Paix",
            postcode="75002",
            city="Paris",
            country="France",
            vat_id="40 303 265 045",
        ),
        default_region="DE",
        email_required=False,
    )
    assert (fields.street, fields.postcode, fields.city, fields.country, fields.vat_id) == (
        "12 rue de la Paix",
        "75002",
        "Paris",
        "FR",
        "FR40303265045",
    )
    assert (
        validate_customer(
            CustomerInput(name="Walk In"), default_region="DE", email_required=False
        ).vat_id
        is None
    )

    with pytest.raises(ValidationError) as refused:
        validate_customer(
            CustomerInput(name="X", vat_id="DE136695977", postcode="10115; DROP"),
            default_region="DE",
            email_required=False,
        )
    assert refused.value.fields == ["postcode", "VAT ID"]
    assert "invalid check digit" in str(refused.value)


def test_reverse_charge_needs_a_valid_vat_id_of_another_eu_country() -> None:
    assert reverse_charge_problem("FR40303265045", "DE") is None
    assert reverse_charge_problem("EL094259216", "DE") is None
    assert reverse_charge_problem("DE136695976", "FR") is None
    assert "own country" in str(reverse_charge_problem("DE136695976", "DE"))
    assert "no VAT ID" in str(reverse_charge_problem(None, "DE"))
    assert "not valid" in str(reverse_charge_problem("DE136695977", "FR"))
    assert "seller's country" in str(reverse_charge_problem("FR40303265045", None))
    assert vat_country("EL094259216") == "GR"
