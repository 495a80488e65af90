"""A sale's audit entry as stored is the one the pinned functions write (tests/unit/
test_audit_entry_bytes.py pins them): its ``after`` text is the invoice's document from the
committed rows, its digest that of the committed invoice, its hash that of its columns.

``audit verify`` recomputes hashes and digests from what is stored; this checks what is stored,
so a faster way of writing the entry cannot change the bytes of a sale's entry unnoticed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, Text, delete, select, type_coerce

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services import audit
from pos_desktop.services.audit_chain import ENTRY_FIELDS, entry_text, hash_text
from pos_desktop.services.audit_records import INVOICE, digest_of
from pos_desktop.services.invoice_views import invoice_document, invoice_view
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import AuditChainHead, AuditEvent, Customer, Invoice
from pos_desktop.storage.models.audit import canonical_json
from tests.conftest import Staff

D = Decimal
EVENTS = cast(Table, AuditEvent.__table__)


def test_a_sales_entry_is_what_the_pinned_functions_write(services: Services, staff: Staff) -> None:
    ada = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com", city="Köln")
    )
    lines = [
        LineInput('Käse – 🧀 ½ "q"', D("0.125"), D("33.33"), D(7), discount_percent=D("12.5")),
        LineInput("Poster", D(2), D("20.00"), D("19.00"), discount=D("1.00")),
        LineInput("Mug", D(1), D("9.50"), D(19)),
    ]
    pays = [PaymentInput(PaymentMethod.CARD, D("2.15")), PaymentInput(PaymentMethod.CASH, D(60))]
    view = services.billing.create_invoice(staff.manager, SaleInput(lines, ada.code, pays))

    columns = [EVENTS.c[name] for name, _kind in ENTRY_FIELDS]
    documents = [type_coerce(EVENTS.c[name], Text) for name in ("before", "after")]
    with services.db.reader() as uow:
        stored = uow.session.execute(
            select(*columns, *documents, EVENTS.c.hash).where(
                EVENTS.c.action == "invoice.issue", EVENTS.c.subject_id == view.id
            )
        ).one()
        row = uow.session.get_one(Invoice, view.id)
        customer = uow.session.get(Customer, row.customer_id)
        document = canonical_json(audit.jsonable(invoice_document(invoice_view(row, customer))))
        digest = digest_of(INVOICE, row)
    values: dict[str, Any] = dict(zip([n for n, _k in ENTRY_FIELDS], stored, strict=False))
    values["before"], values["after"] = stored[len(ENTRY_FIELDS)], stored[len(ENTRY_FIELDS) + 1]

    assert values["before"] is None
    assert values["after"] == document
    assert (values["subject_type"], values["digest"]) == ("invoice", digest)
    assert stored.hash == hash_text(entry_text(values))
    assert services.audit.verify(staff.admin).intact


def test_a_sale_after_the_heads_row_went_goes_on_from_the_last_entry(
    services: Services, staff: Staff
) -> None:
    """The head row is made again from the last entry (tables emptied by hand, say)."""
    sale = SaleInput([LineInput("Mug", D(1), D("9.50"), D(19))], None, [])
    services.billing.create_invoice(staff.manager, sale)
    with services.db.unit_of_work() as uow:
        last = uow.session.scalar(select(EVENTS.c.seq).order_by(EVENTS.c.seq.desc()).limit(1))
        uow.session.execute(delete(AuditChainHead))
        uow.commit()

    services.billing.create_invoice(staff.manager, sale)

    with services.db.reader() as uow:
        head = uow.session.execute(select(AuditChainHead.last_seq, AuditChainHead.last_hash)).one()
        newest = uow.session.execute(
            select(EVENTS.c.seq, EVENTS.c.hash).order_by(EVENTS.c.seq.desc()).limit(1)
        ).one()
    assert newest.seq == head.last_seq == (last or 0) + 1 and newest.hash == head.last_hash
    assert services.audit.verify(staff.admin).intact
