"""The one customer field list agrees with every type that spells the fields out.

A field added to ``CustomerInput`` (or the checked values, the read model, an imported row, the
table) but not to ``CUSTOMER_FIELDS`` would be missing from the form, the CLI, the import and
the export without anyone noticing; these tests notice.
"""

from __future__ import annotations

from dataclasses import fields
from typing import cast

import pytest
from sqlalchemy import Table

from pos_desktop.domain.customer import (
    CustomerFields,
    CustomerInput,
    CustomerType,
    validate_customer,
)
from pos_desktop.domain.customer_fields import CUSTOMER_FIELDS, FIELD_NAMES, covering
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.import_mapping import ImportField
from pos_desktop.domain.import_row import ImportedCustomer
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.storage.models import Customer


def test_the_input_and_the_checked_values_have_exactly_the_listed_fields() -> None:
    assert sorted(f.name for f in fields(CustomerInput)) == sorted(FIELD_NAMES)
    assert sorted(f.name for f in fields(CustomerFields)) == sorted(FIELD_NAMES)


def test_the_read_model_the_import_and_the_table_have_every_listed_field() -> None:
    columns = cast(Table, Customer.__table__).c
    for name in FIELD_NAMES:
        assert name in {f.name for f in fields(CustomerView)}
        assert name in ImportedCustomer._fields
        assert name in {f.value for f in ImportField}  # a file's column can be mapped to it
        assert name in columns


def test_names_labels_and_options_are_unique() -> None:
    for attribute in ("name", "label", "option"):
        values = [getattr(f, attribute) for f in CUSTOMER_FIELDS]
        assert len(set(values)) == len(values), attribute


def test_each_field_s_problem_is_named_by_its_label() -> None:
    """The form puts a problem next to the editor whose label the problem names."""
    everything_wrong = CustomerInput(
        name="",
        email="not an address",
        phone="abc",
        company="x" * 500,
        job_title="x" * 500,
        country="Atlantis",
        city="x" * 500,
        customer_type="alien",
        notes="x" * 5000,
        street="x" * 500,
        postcode="!!",
        vat_id="XX1",
        language="Klingon",
    )
    with pytest.raises(ValidationError) as caught:
        validate_customer(everything_wrong, default_region="DE", email_required=True)
    assert sorted({p.field for p in caught.value.problems}) == sorted(
        f.label for f in CUSTOMER_FIELDS
    )


def test_stored_values_go_back_to_the_same_form_text() -> None:
    typed = CustomerInput(
        name="Ada Lovelace",
        email="ada@example.com",
        phone="+49301234567",
        company="AE",
        job_title="Buyer",
        country="DE",
        city="Berlin",
        customer_type="vip",
        notes="n",
        street="Unter den Linden 1",
        postcode="10117",
        vat_id="DE136695976",
        language="de",
    )
    values = validate_customer(typed, default_region="DE", email_required=True)

    assert values.as_input() == typed
    sparse = validate_customer(CustomerInput(name="Ada"), default_region="DE", email_required=False)
    assert sparse.as_input() == CustomerInput(name="Ada", customer_type="individual")
    stored = values.stored()
    assert list(stored) == list(FIELD_NAMES)
    assert stored["customer_type"] == "vip" and type(stored["customer_type"]) is str
    assert CustomerType(stored["customer_type"]) is CustomerType.VIP


def test_an_order_that_leaves_a_field_out_is_refused() -> None:
    assert covering(("code", *reversed(FIELD_NAMES))) == ("code", *reversed(FIELD_NAMES))
    with pytest.raises(ValueError, match="vat_id"):
        covering(name for name in FIELD_NAMES if name != "vat_id")
