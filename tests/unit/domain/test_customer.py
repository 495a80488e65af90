"""Registering a customer: every field checked, every problem reported in one go."""

from __future__ import annotations

import pytest

from pos_desktop.domain.customer import (
    CustomerFields,
    CustomerInput,
    CustomerType,
    search_text,
    validate_customer,
)
from pos_desktop.domain.errors import ValidationError


def _validate(data: CustomerInput, *, email_required: bool = False) -> CustomerFields:
    return validate_customer(data, default_region="DE", email_required=email_required)


def test_a_full_registration_is_normalised() -> None:
    fields = _validate(
        CustomerInput(
            name="  Jürgen  Müller ",
            email="J.Mueller@Example.DE",
            phone="030 1234567",
            company="Müller & Söhne GmbH",
            job_title="Einkauf",
            country="Deutschland",
            city="Berlin",
            customer_type=" Corporate ",
            notes=" met at the booth\n wants a quote ",
        ),
        email_required=True,
    )
    assert fields == CustomerFields(
        name="Jürgen Müller",
        email="J.Mueller@example.de",
        phone="+49301234567",
        company="Müller & Söhne GmbH",
        job_title="Einkauf",
        country="DE",
        city="Berlin",
        customer_type=CustomerType.CORPORATE,
        notes="met at the booth\nwants a quote",
    )


def test_a_name_alone_is_enough_when_email_is_optional() -> None:
    fields = _validate(CustomerInput(name="渡辺 直樹"))
    assert fields.name == "渡辺 直樹"
    assert fields.email is fields.phone is fields.company is fields.country is None
    assert fields.customer_type is CustomerType.INDIVIDUAL


def test_email_can_be_required() -> None:
    with pytest.raises(ValidationError, match="email: is required") as caught:
        _validate(CustomerInput(name="O'Brien"), email_required=True)
    assert caught.value.fields == ["email"]


def test_all_problems_are_reported_at_once_each_with_its_field() -> None:
    data = CustomerInput(
        name="<b>Bob</b>",
        email="bob@",
        phone="abc",
        company="Acme; Inc",
        job_title="x" * 101,
        country="Atlantis",
        city="{Berlin}",
        customer_type="alien",
        notes="n" * 2001,
    )
    with pytest.raises(ValidationError) as caught:
        _validate(data)
    assert caught.value.fields == [
        "name",
        "email",
        "country",
        "phone",
        "company",
        "job title",
        "city",
        "customer type",
        "notes",
    ]
    assert "individual, corporate" in str(caught.value)


def test_a_swiss_visitor_types_a_swiss_number() -> None:
    fields = _validate(
        CustomerInput(name="Heidi Meier", phone="044 668 18 00", country="Switzerland")
    )
    assert (fields.country, fields.phone) == ("CH", "+41446681800")


def test_without_a_country_the_installation_region_reads_the_phone() -> None:
    assert _validate(CustomerInput(name="Anna", phone="044 668 18 00")).phone == "+49446681800"


def test_an_international_number_ignores_the_region() -> None:
    fields = _validate(CustomerInput(name="Jo", phone="+1 650 253 0000", country="France"))
    assert fields.phone == "+16502530000"


def test_an_unknown_country_is_the_only_problem_reported_for_a_good_phone() -> None:
    with pytest.raises(ValidationError) as caught:
        _validate(CustomerInput(name="Jo", phone="030 1234567", country="Atlantis"))
    assert caught.value.fields == ["country"]


@pytest.mark.parametrize("name", ["<script>alert(1)</script>", "Robert'); DROP TABLE x;--"])
def test_names_with_markup_are_refused(name: str) -> None:
    with pytest.raises(ValidationError, match="must not contain") as caught:
        _validate(CustomerInput(name=name))
    assert caught.value.fields == ["name"]


def test_an_overlong_name_is_refused() -> None:
    with pytest.raises(ValidationError, match="longer than 120"):
        _validate(CustomerInput(name="x" * 121))


def test_search_text_holds_what_a_cashier_may_type() -> None:
    fields = _validate(
        CustomerInput(name="Jürgen Müller", email="J.Mueller@example.de", company="ACME")
    )
    text = search_text(fields, "7KX2M9P9")
    for typed in ("jurgen", "muller", "j.mueller@example.de", "acme", "7kx2m9p9"):
        assert typed in text
