"""The bytes an audit entry hashes, pinned: the documents' JSON text, the records' digests and
the entry's hash for fixed values, as the code wrote them before the write path was made
faster (commit bda4935). ``audit verify`` recomputes hashes and digests from what is stored,
so a change here would not be noticed by it: the chains written from then on would differ from
the ones before for the same action, and a database's old entries could not be re-derived.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum, IntEnum
from typing import Any

from sqlalchemy.orm import Session

from pos_desktop.domain.invoice import InvoiceStatus, PaymentMethod
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services import audit
from pos_desktop.services.audit_chain import ENTRY_FIELDS, entry_text, hash_text
from pos_desktop.services.audit_records import CASH_SESSION, CREDIT_NOTE, INVOICE, digest_of
from pos_desktop.services.invoice_views import invoice_document, invoice_view
from pos_desktop.storage.models import (
    AuditEvent,
    CashMovement,
    CashSession,
    CreditNote,
    CreditNoteLine,
    Customer,
    Invoice,
    InvoiceLine,
    Payment,
)
from pos_desktop.storage.models.audit import canonical_json

D = Decimal
BERLIN = timezone(timedelta(hours=2))
AT = datetime(2026, 5, 4, 10, 0, 0, 123456, tzinfo=UTC)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def an_invoice(*, issued: bool) -> Invoice:
    """An invoice as a sale leaves it: awkward text, quantities and discounts included."""
    lines = [
        InvoiceLine(id=11, position=1, product_id=7, description="Käse – 🧀 ½ \"q\"\\",
                    quantity=D("0.125"), unit_price=D("33.33"), discount=D("0.52"),
                    discount_percent=D("12.5"), vat_rate=D("7.00"), net=D("3.41"),
                    vat=D("0.24"), gross=D("3.65")),
        InvoiceLine(id=12, position=2, product_id=None, description="Poster",
                    quantity=D("2.000"), unit_price=D("20.0000"), discount=D("0"),
                    discount_percent=None, vat_rate=D("19"), net=D("33.61"), vat=D("6.39"),
                    gross=D("40.00")),
        InvoiceLine(id=13, position=3, product_id=9, description="Mug\u2028two",
                    quantity=D("1"), unit_price=D("9.50"), discount=D("1.00"),
                    discount_percent=None, vat_rate=D("19.00"), net=D("7.14"), vat=D("1.36"),
                    gross=D("8.50")),
    ]  # fmt: skip
    payments = [
        Payment(id=21, method=PaymentMethod.CASH.value, amount=D("30.00"), tendered=D("50"),
                change=D("20.00"), reference=None, received_at=AT, received_by="Ana Till"),
        Payment(id=22, method=PaymentMethod.CARD.value, amount=D("22.15"),
                tendered=D("22.15"), change=D("0"), reference="AUTH1",
                received_at=AT.astimezone(BERLIN), received_by="Ana Till"),
    ]  # fmt: skip
    row = Invoice(
        id=5, number="EXPO24-T1-000005" if issued else None, series_id=3 if issued else None,
        sequence=5 if issued else None,
        status=(InvoiceStatus.ISSUED if issued else InvoiceStatus.DRAFT).value,
        exhibition_id=1, terminal_id=2, customer_id=4, currency="EUR", prices_include_vat=True,
        net=D("44.16"), vat=D("7.99"), gross=D("52.15"), discount=D("1.52"), paid=D("52.15"),
        change=D("20.00"), cashier_user_id=8, cashier_name="Ana Till",
        issued_at=AT if issued else None, revision=0, voided_at=None, voided_by=None,
        void_reason=None, created_at=AT, version=1,
        buyer_name="Ada GmbH" if issued else None, buyer_company="Ada GmbH" if issued else None,
        buyer_street="Straße 1" if issued else None, buyer_postcode="10115" if issued else None,
        buyer_city="Berlin" if issued else None, buyer_country="DE" if issued else None,
        buyer_vat_id="DE123456789" if issued else None, reverse_charge=False,
    )  # fmt: skip
    row.lines = lines
    row.payments = payments
    return row


def a_customer() -> Customer:
    return Customer(
        id=4, code="C00004", name="Ada Lovelace", company=None, street="Weg 2",
        postcode="80331", city="München", country="DE", vat_id=None,
    )  # fmt: skip


class Colour(Enum):
    RED = "red"


class Level(IntEnum):
    HIGH = 3


#: A document with every kind of value ``jsonable`` meets.
ODD_DOCUMENT: dict[Any, Any] = {
    "amount": D("12.50"),
    "tiny": D("-0.0001"),
    "big": D("1E+3"),
    "when": AT.astimezone(BERLIN),
    "day": date(2026, 5, 4),
    "status": InvoiceStatus.ISSUED,
    "colour": Colour.RED,
    "level": Level.HIGH,
    "flags": (True, False, None),
    "count": 3,
    "ratio": 0.25,
    "text": 'Käse \u2028 \x01 "q"',
    7: "key made text",
    "nested": [{"b": D("1.0"), "a": [D("2"), ("x", AT)]}, []],
    "empty": {},
}


def test_invoice_documents_are_spelt_as_before() -> None:
    issued = invoice_document(invoice_view(an_invoice(issued=True), a_customer()))
    draft = invoice_document(invoice_view(an_invoice(issued=False), a_customer()))
    walk_in = invoice_document(invoice_view(an_invoice(issued=True), None))
    texts = [canonical_json(audit.jsonable(d)) for d in (issued, draft, walk_in)]
    assert [sha(t) for t in texts] == [
        "040a4dd2dd7c47135fed798f118114b9fad5444ea9fead025c978f59efd1344c",
        "c38410d30ed4ef1c5d06e067f8f4658eec8d47db7738a1be8d2ab0e54502aeff",
        "1ba8d30527c5e73f207530b85d582d01e3a65b9feb8c74fa61fdad901c0edd5c",
    ], texts


def test_documents_of_any_values_are_spelt_as_before() -> None:
    assert canonical_json(audit.jsonable(ODD_DOCUMENT)) == (
        '{"7":"key made text","amount":"12.50","big":"1000","colour":"red","count":3,'
        '"day":"2026-05-04","empty":{},"flags":[true,false,null],"level":3,'
        '"nested":[{"a":["2",["x","2026-05-04T10:00:00.123456+00:00"]],"b":"1.0"},[]],'
        '"ratio":0.25,"status":"issued","text":"Käse \u2028 \\u0001 \\"q\\"",'
        '"tiny":"-0.0001","when":"2026-05-04T12:00:00.123456+02:00"}'
    )


def test_record_digests_are_as_before() -> None:
    credit = CreditNote(
        id=2, number="CN-1", series_id=4, sequence=1, invoice_id=5, terminal_id=2,
        currency="EUR", method="cash", restocked=True, reason="chipped – ½", net=D("7.14"),
        vat=D("1.36"), gross=D("8.50"), created_at=AT, created_by="Ana", approved_by=None,
    )  # fmt: skip
    credit.lines = [
        CreditNoteLine(id=1, invoice_line_id=13, quantity=D("1.000"), vat_rate=D("19"),
                       net=D("7.14"), vat=D("1.36"), gross=D("8.50")),
    ]  # fmt: skip
    drawer = CashSession(
        id=3, terminal_id=2, exhibition_id=1, currency="EUR", opened_at=AT, opened_by="Ana",
        float_amount=D("100"), closed_at=AT + timedelta(hours=8), closed_by="Ana",
        expected_cash=D("130.00"), counted_cash=D("129.95"),
    )  # fmt: skip
    drawer.movements = [
        CashMovement(id=1, kind="in", amount=D("20"), reason="change", at=AT, by="Ana"),
        CashMovement(id=2, kind="out", amount=D("-5.5"), reason="pizza", at=AT, by="Bo"),
    ]  # fmt: skip
    assert [
        digest_of(INVOICE, an_invoice(issued=True)),
        digest_of(INVOICE, an_invoice(issued=False)),
        digest_of(CREDIT_NOTE, credit),
        digest_of(CASH_SESSION, drawer),
    ] == [
        "c9569ae88a8a43a94ebaec103a72d274aa3a0b28f4f3ff2566b10982627c8aa0",
        "35fa656e28b21700736d3eb8eaca3c18f2352e4249b05b876786b445d48bc4ea",
        "4caf87ccaf1e8560f285d04f4df2341b651f4d21355b0d9630d6df644cebbf29",
        "afc7d7bc6b9c6a8e0572c03a95f905d8aea403f574a8e30bbc3f83b9f1c7bfee",
    ]


def test_an_entry_is_hashed_as_before() -> None:
    """An entry as ``audit.record`` makes it and the chain numbers it."""
    actor = Actor(8, "Ana Till", Role.CASHIER, "ana")
    view = invoice_view(an_invoice(issued=True), a_customer())
    entry = audit.record(
        Session(),
        actor=actor,
        at=AT,
        action="invoice.issue",
        entity_type="invoice",
        entity_key="EXPO24-T1-000005",
        summary="invoice EXPO24-T1-000005 for C00004: 52.15 EUR, paid 52.15",
        before={"status": InvoiceStatus.DRAFT, "gross": D("52.15")},
        after=invoice_document(view),
        terminal="T1",
    )
    values: dict[str, Any] = {name: getattr(entry, name) for name, _kind in ENTRY_FIELDS}
    values.update(
        seq=41, prev_hash="ab" * 32, subject_type="invoice", subject_id=5, digest="cd" * 32
    )
    values["before"] = canonical_json(entry.before)
    values["after"] = canonical_json(entry.after)
    assert isinstance(entry, AuditEvent)
    golden = "670f9084cad9ee95d2100dc0737fee791e76892fab83765afb5023f256e42501"
    assert hash_text(entry_text(values)) == golden
