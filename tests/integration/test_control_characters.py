"""Text with NUL, escapes, line breaks, zero-width and broken characters, where people type it.

Fuzzed on both databases: 10,000 strings per database, into the searches, the scan (the scan
field and every scanner's parsed payload) and sale line descriptions. Each must end in a result,
a ``NotFound`` or a ``ValidationError`` that names the field: never an unhandled database error,
and never "the database cannot be reached" (what SQLite's full-text search said to a NUL).
What is stored holds no control character.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pos_desktop.bootstrap import Services
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import InvalidCustomerCode, NotFound, PosError, ValidationError
from pos_desktop.domain.invoice import DESCRIPTION_MAX, LineInput, parse_line
from pos_desktop.domain.scan_payload import ScanKind, parse_scan
from pos_desktop.domain.text import clean_line
from pos_desktop.services.customer_views import CustomerCard
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import Customer
from tests.conftest import Staff

#: Strings per hypothesis example; examples per test below make 10,000 strings per database.
BATCH = 50
CONTROLS = [chr(c) for c in range(0x20)] + [
    "\x7f",
    "\x85",  # next line (C1)
    "\x9b",  # CSI: an escape sequence's start on some terminals
    "\u200b",  # zero-width space
    "\u00ad",  # soft hyphen
    "\ufeff",  # byte-order mark
    "\u2028",  # line separator
    "\u202e",  # right-to-left override
    "\ud800",  # lone surrogates: undecodable bytes in a command line become these
    "\udc80",
    "\udfff",
]
PIECES = st.one_of(
    st.sampled_from(CONTROLS),
    st.sampled_from(["a", "K", "7", " ", "-", "%", "_", '"', "'", "*", "ü", "渡"]),
    st.characters(),
)
TEXT = st.lists(PIECES, min_size=1, max_size=24).map("".join)
BATCHES = st.lists(TEXT, min_size=BATCH, max_size=BATCH)
T = TypeVar("T")
FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def attempt(action: Callable[[], T]) -> T | PosError:
    """What a front end gets: the answer, or the error it shows (anything else fails)."""
    try:
        return action()
    except PosError as error:
        return error


def has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in {"Cc", "Cs"} for ch in text)


@pytest.fixture
def shop(services: Services, staff: Staff) -> Services:
    """A customer and a product for the searches to find something now and then."""
    services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com")
    )
    services.products.add(
        staff.admin,
        sku="MUG-7",
        name="Mug",
        price="9.00",
        vat_rate="19",
        barcodes=["4006381333931"],
    )
    return services


@pytest.mark.slow
@settings(FUZZ, max_examples=80)  # 4,000 strings
@given(batch=BATCHES)
def test_searches_take_any_text(shop: Services, staff: Staff, batch: list[str]) -> None:
    for text in batch:
        for found in shop.customers.search(staff.cashier, text):
            assert found.name == "Ada Lovelace"
        for product in shop.products.list_products(staff.cashier, text=text, limit=5):
            assert product.sku == "MUG-7"


@pytest.mark.slow
@settings(FUZZ, max_examples=80)  # 4,000 strings
@given(batch=BATCHES)
def test_scans_take_any_text(shop: Services, staff: Staff, batch: list[str]) -> None:
    for raw in batch:
        # What a scanner delivers, parsed and routed as the scan router does.
        payload = parse_scan(raw)
        if payload.kind is ScanKind.REJECTED:
            assert payload.reason
        else:
            assert payload.value.isprintable()
            try:
                if payload.kind is ScanKind.CUSTOMER:
                    shop.customers.card(staff.cashier, payload.value)
                elif payload.kind is ScanKind.PRODUCT:
                    shop.products.find(staff.cashier, payload.value)
                else:
                    shop.billing.get(staff.cashier, payload.value)
            except NotFound:
                pass
        # What the checkout's scan field does with typed (or pasted) text.
        typed = raw.strip()
        code = attempt(lambda: CustomerCode.parse(typed))  # noqa: B023 - called at once
        if isinstance(code, CustomerCode):
            card = attempt(lambda: shop.customers.card(staff.cashier, code.value))  # noqa: B023
            assert isinstance(card, CustomerCard | NotFound)
            continue
        assert isinstance(code, InvalidCustomerCode)
        assert code.fields == ["customer code"]
        if isinstance(attempt(lambda: shop.products.find(staff.cashier, typed)), NotFound):  # noqa: B023
            shop.products.list_products(staff.cashier, text=typed, limit=5)


@pytest.mark.slow
@settings(FUZZ, max_examples=40)  # 2,000 strings
@given(batch=BATCHES)
def test_sale_descriptions_are_cleaned_when_typed_and_refused_when_built(
    services: Services, staff: Staff, batch: list[str]
) -> None:
    billing = services.billing
    # Typed at the till (the line entry, the CLI's --line): cleaned, or "is required".
    typed: list[LineInput] = []
    for text in batch:
        line = attempt(
            lambda: parse_line(
                description=text,  # noqa: B023 - called at once
                quantity="1",
                unit_price="1.00",
                vat_rate="19",
                currency="EUR",
            )
        )
        if isinstance(line, LineInput):
            typed.append(line)
        else:
            assert isinstance(line, ValidationError)
            assert line.fields == ["description"]
            assert not clean_line(text) or len(clean_line(text)) > DESCRIPTION_MAX
    if typed:
        sale = billing.create_invoice(staff.cashier, SaleInput(typed))
        assert sale.number is not None
        stored = [line.description for line in billing.get(staff.cashier, sale.number).lines]
        assert stored == [clean_line(line.description) for line in typed]
        assert not any(has_control(d) for d in stored)
    # Built by a program (LineInput as is): refused with the line and field named, or stored.
    built = [LineInput(text, Decimal(1), Decimal("1.00"), Decimal(19)) for text in batch]
    view = attempt(lambda: billing.create_invoice(staff.cashier, SaleInput(built)))
    if isinstance(view, ValidationError):
        assert all(field.startswith("line ") for field in view.fields)
        assert any(has_control(t) or not t.strip() for t in batch)
    else:
        assert isinstance(view, InvoiceView)
        assert view.number is not None
        assert not any(has_control(t) for t in batch)


@settings(FUZZ, max_examples=150)
@given(form=st.builds(CustomerInput, name=TEXT, email=TEXT, phone=TEXT, city=TEXT, notes=TEXT))
def test_the_registration_form_takes_any_text(
    services: Services, staff: Staff, form: CustomerInput
) -> None:
    view = attempt(lambda: services.customers.register(staff.cashier, form))
    if isinstance(view, PosError):
        assert isinstance(view, ValidationError)
        assert view.fields
        return
    stored = (view.name, view.email or "", view.city or "", view.phone or "")
    assert not any(has_control(value) for value in stored)
    assert not any(has_control(line) for line in (view.notes or "").splitlines())


def test_a_nul_that_slips_past_every_form_is_refused_by_the_engine(
    services: Services, staff: Staff
) -> None:
    """The last guard: a ``ValidationError``, not a driver error or "cannot be reached"."""
    for text in ("a\x00b", "broken \udc80"):
        with (
            pytest.raises(ValidationError, match="cannot be stored") as caught,
            services.db.reader() as uow,
        ):
            uow.session.execute(select(Customer.id).where(Customer.name == text)).all()
        assert caught.value.fields == ["text"]
    with services.db.reader() as uow:  # the connection is fine afterwards
        assert uow.session.execute(select(Customer.id)).all() == []
