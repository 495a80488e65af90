"""Reading workshops with their figures (waitlist, check-ins, revenue) in a few statements.

Module functions on the caller's session; the screens' list and the CLI share them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.money import ZERO
from pos_desktop.domain.phrases import say
from pos_desktop.domain.workshops import WaitState, WorkshopStatus, workshop_code
from pos_desktop.services.workshop_views import WorkshopView
from pos_desktop.storage.models import (
    CreditNoteLine,
    Customer,
    Exhibition,
    Invoice,
    InvoiceLine,
    WaitlistEntry,
    Workshop,
    WorkshopCheckin,
)

ACTIVE_WAIT = (WaitState.WAITING.value, WaitState.OFFERED.value)


def workshop_by_code(session: Session, code: str, *, lock: bool = False) -> Workshop:
    query = select(Workshop).where(Workshop.code == workshop_code(code))
    if lock:
        query = query.with_for_update()
    row = session.scalars(query).first()
    if row is None:
        raise NotFound(say("no workshop with code {code!r}", code=workshop_code(code)))
    return row


def customer_by_code(session: Session, code: str) -> Customer:
    parsed = CustomerCode.parse(code)
    row = session.scalars(select(Customer).where(Customer.code == parsed.value)).first()
    if row is None:
        raise NotFound(say("no customer with code {code}", code=parsed.value))
    return row


def _counts(
    session: Session,
    model: type[WaitlistEntry] | type[WorkshopCheckin],
    ids: list[int],
    *conditions: object,
) -> dict[int, int]:
    rows = session.execute(
        select(model.workshop_id, func.count(model.id))
        .where(model.workshop_id.in_(ids), *conditions)  # type: ignore[arg-type]
        .group_by(model.workshop_id)
    ).all()
    return {workshop_id: int(n) for workshop_id, n in rows}


def _revenue(session: Session, ids: list[int]) -> dict[int, Decimal]:
    """Seats sold on issued invoices, less what credit notes gave back (voids count nothing)."""
    sold = session.execute(
        select(InvoiceLine.workshop_id, func.sum(InvoiceLine.gross))
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(InvoiceLine.workshop_id.in_(ids), Invoice.status == InvoiceStatus.ISSUED.value)
        .group_by(InvoiceLine.workshop_id)
    ).all()
    back = session.execute(
        select(InvoiceLine.workshop_id, func.sum(CreditNoteLine.gross))
        .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(InvoiceLine.workshop_id.in_(ids), Invoice.status == InvoiceStatus.ISSUED.value)
        .group_by(InvoiceLine.workshop_id)
    ).all()
    totals: dict[int, Decimal] = {}
    for sign, rows in ((1, sold), (-1, back)):
        for workshop_id, amount in rows:
            if workshop_id is not None:
                totals[workshop_id] = totals.get(workshop_id, ZERO) + sign * (amount or ZERO)
    return totals


def workshop_views(session: Session, rows: Sequence[Workshop]) -> list[WorkshopView]:
    """Views of ``rows`` with their figures: four statements whatever the number of rows."""
    ids = [row.id for row in rows]
    if not ids:
        return []
    waiting = _counts(session, WaitlistEntry, ids, WaitlistEntry.state.in_(ACTIVE_WAIT))
    came = _counts(session, WorkshopCheckin, ids)
    revenue = _revenue(session, ids)
    currencies = dict(
        session.execute(
            select(Exhibition.id, Exhibition.currency).where(
                Exhibition.id.in_({row.exhibition_id for row in rows})
            )
        ).all()
    )
    return [
        WorkshopView(
            id=row.id,
            code=row.code,
            title=row.title,
            description=row.description,
            room=row.room,
            category=row.category,
            starts_at=row.starts_at,
            minutes=row.minutes,
            capacity=row.capacity,
            booked=row.booked,
            held=row.held,
            price=row.price,
            vat_rate=row.vat_rate,
            currency=currencies.get(row.exhibition_id, ""),
            status=WorkshopStatus(row.status),
            booking_deadline=row.booking_deadline,
            cancel_reason=row.cancel_reason,
            waitlist=waiting.get(row.id, 0),
            checked_in=came.get(row.id, 0),
            revenue=revenue.get(row.id, ZERO),
            version=row.version,
        )
        for row in rows
    ]
