"""Rows written with ``insert_as_loaded`` (``storage/loaded_rows.py``) are what a flush would
have written, on both databases: each object gets its own row's id (equal rows included), a
multi-row insert on PostgreSQL (arrays, ``unnest``) keeps NULLs, decimals and times as they
are, and refuses a too-long text instead of cutting it."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import exc, select

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.loaded_rows import insert_as_loaded, new_row
from pos_desktop.storage.models import InvoiceLine, Payment
from tests.conftest import Staff

D = Decimal
MOMENT = datetime(2024, 5, 17, 9, 30, 15, 123456, tzinfo=UTC)


def sold(services: Services, staff: Staff) -> int:
    view = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [
                LineInput("Catalogue", D(2), D("12.50"), D(7)),
                LineInput("Poster", D("1.5"), D("3.33"), D(19), discount_percent=D(10)),
                LineInput("Catalogue", D(2), D("12.50"), D(7)),
            ],
            payments=[
                PaymentInput(PaymentMethod.CASH, D("20")),
                PaymentInput(PaymentMethod.CASH, D("20")),
            ],
        ),
    )
    with services.db.reader() as uow:
        lines = uow.session.scalars(select(InvoiceLine).order_by(InvoiceLine.position)).all()
        assert [
            (ln.position, ln.description, ln.quantity, ln.discount_percent) for ln in lines
        ] == [
            (1, "Catalogue", D(2), None),
            (2, "Poster", D("1.5"), D(10)),
            (3, "Catalogue", D(2), None),
        ]
        assert [p.amount for p in uow.session.scalars(select(Payment))] == [D(20), D(20)]
    return view.id


def payment(invoice_id: int, amount: str, reference: str | None) -> Payment:
    return new_row(
        Payment,
        invoice_id=invoice_id,
        method="card",
        amount=D(amount),
        tendered=D(amount),
        change=D(0),
        reference=reference,
        received_at=MOMENT,
        received_by="carl",
    )


def test_each_object_holds_its_own_row(services: Services, staff: Staff) -> None:
    invoice_id = sold(services, staff)
    rows = [payment(invoice_id, "1.25", "A"), payment(invoice_id, "1.25", "A")]
    rows.append(payment(invoice_id, "7.0001", None))
    with services.db.unit_of_work() as uow:
        insert_as_loaded(uow.session, rows, match=("amount", "reference"))
        ids = [row.id for row in rows]
        uow.commit()
    assert len(set(ids)) == 3
    with services.db.reader() as uow:
        found = uow.session.scalars(select(Payment).where(Payment.id.in_(ids))).all()
        stored = {p.id: (p.amount, p.reference, p.received_at) for p in found}
    assert stored == {row.id: (row.amount, row.reference, MOMENT) for row in rows}


def test_a_too_long_text_is_refused_not_cut(services: Services, staff: Staff, backend: str) -> None:
    invoice_id = sold(services, staff)
    long = "R" * 81  # payments.reference is VARCHAR(80)
    rows = [payment(invoice_id, "1", long), payment(invoice_id, "2", "short")]
    with services.db.unit_of_work() as uow:
        if backend == "postgresql":
            with pytest.raises(exc.DataError):
                insert_as_loaded(uow.session, rows, match=("amount",))
            return
        insert_as_loaded(uow.session, rows, match=("amount",))  # SQLite keeps any length
        uow.commit()
    with services.db.reader() as uow:
        assert uow.session.scalar(select(Payment.reference).where(Payment.id == rows[0].id)) == long
