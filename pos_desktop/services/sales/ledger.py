"""What selling and correcting invoices share: reading rows, writing lines and payments.

Module functions on the caller's session; they never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.approval import ListPrice
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.errors import InvalidState, NotFound, ValidationError
from pos_desktop.domain.invoice import AppliedPayment, InvoiceStatus, LineInput, PricedInvoice
from pos_desktop.domain.money import ZERO
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor
from pos_desktop.domain.text import clean_line
from pos_desktop.services.action_keys import remember
from pos_desktop.services.cash_sessions import closed_session_covering
from pos_desktop.services.invoice_views import InvoiceView, invoice_view
from pos_desktop.services.stock import Stocked
from pos_desktop.storage.invoice_lookup import invoice_by_number
from pos_desktop.storage.loaded_rows import attach_loaded, insert_as_loaded, new_row
from pos_desktop.storage.models import CreditNote, Customer, Invoice, InvoiceLine, Payment, Product

REASON_MAX = 500


def reason_given(text: str) -> str:
    """The reason for an edit or a void, as it goes into the audit trail."""
    reason = clean_line(text)
    if len(reason) < 3:
        raise ValidationError.single(say("reason"), say("say why (at least 3 characters)"))
    if len(reason) > REASON_MAX:
        raise ValidationError.single(
            say("reason"), say("is longer than {limit} characters", limit=REASON_MAX)
        )
    return reason


# Built once: a sale runs both, and building and keying a statement each time cost about as
# much as running it.
_CUSTOMER_BY_CODE = select(Customer).where(Customer.code == bindparam("code"))
_PRODUCTS = (
    select(Product.id, Product.sku, Product.name, Product.track_stock, Product.price)
    .where(Product.id.in_(bindparam("ids", expanding=True)), Product.active.is_(True))
    .order_by(Product.id)
)


def customer_by_code(session: Session, code: CustomerCode) -> Customer:
    row = session.scalars(_CUSTOMER_BY_CODE, {"code": code.value}).first()
    if row is None:
        raise NotFound(say("no customer with code {code}", code=code.value))
    return row


def customer_row(session: Session, customer_id: int | None) -> Customer | None:
    return session.get(Customer, customer_id) if customer_id else None


def checked_products(
    session: Session, lines: Sequence[LineInput]
) -> tuple[list[Stocked], dict[int, ListPrice]]:
    """Refuse unknown or inactive products; the tracked ones, in id order, for the stock, and
    every product's own price for the discount limit (read in the same statement: one round
    trip fewer per sale)."""
    wanted = {ln.product_id for ln in lines if ln.product_id is not None}
    if not wanted:
        return [], {}
    found = session.execute(_PRODUCTS, {"ids": sorted(wanted)}).all()
    missing = sorted(wanted - {product.id for product in found})
    if missing:
        raise ValidationError.single(
            say("product"), say("unknown or inactive product id {number}", number=missing[0])
        )
    return (
        [product for product in found if product.track_stock],
        {product.id: ListPrice(product.price, product.track_stock) for product in found},
    )


def line_rows(lines: Sequence[LineInput], priced: PricedInvoice) -> list[InvoiceLine]:
    """New line objects (``new_row``: a sale writes them with ``save_new_invoice``, an edit
    puts them in ``row.lines`` and the flush inserts them)."""
    return [
        new_row(
            InvoiceLine,
            position=position,
            product_id=line.product_id,
            workshop_id=line.workshop_id,
            description=line.description.strip(),
            quantity=line.quantity,
            unit_price=line.unit_price,
            discount=amounts.discount,
            discount_percent=line.discount_percent,
            vat_rate=line.vat_rate,
            net=amounts.net,
            vat=amounts.vat,
            gross=amounts.gross,
        )
        for position, (line, amounts) in enumerate(zip(lines, priced.lines, strict=True), 1)
    ]


def new_invoice(priced: PricedInvoice, payments: Sequence[Payment], **columns: Any) -> Invoice:
    """A new invoice object with ``priced``'s totals, paid by ``payments`` (its new rows), and
    ``columns``: made with ``new_row``, for ``save_new_invoice``."""
    paid, change = _paid_by(payments)
    return new_row(Invoice, **_totals(priced), paid=paid, change=change, **columns)


def _totals(priced: PricedInvoice) -> dict[str, Decimal]:
    """The invoice's total columns, as ``priced`` has them."""
    totals = priced.totals
    return {
        "net": totals.net,
        "vat": totals.vat,
        "gross": totals.gross,
        "discount": totals.discount,
    }


def set_totals(row: Invoice, priced: PricedInvoice) -> None:
    for name, value in _totals(priced).items():
        setattr(row, name, value)


def set_lines(row: Invoice, lines: Sequence[LineInput], priced: PricedInvoice) -> None:
    row.lines = line_rows(lines, priced)
    set_totals(row, priced)


def payment_rows(payments: Sequence[AppliedPayment], now: datetime, actor: Actor) -> list[Payment]:
    return [
        new_row(
            Payment,
            method=p.method.value,
            amount=p.amount,
            tendered=p.tendered,
            change=p.change,
            reference=p.reference,
            received_at=now,
            received_by=actor.label,
        )
        for p in payments
    ]


def _paid_by(payments: Sequence[Payment]) -> tuple[Decimal, Decimal]:
    """What ``payments`` pay and give back in change, in all."""
    return (
        sum((payment.amount for payment in payments), ZERO),
        sum((payment.change for payment in payments), ZERO),
    )


def count_payments(row: Invoice, payments: Sequence[Payment]) -> None:
    """The invoice's paid and change grow by ``payments`` (new rows of it)."""
    paid, change = _paid_by(payments)
    row.paid += paid
    row.change += change


def book_payments(
    row: Invoice, payments: Sequence[AppliedPayment], now: datetime, actor: Actor
) -> None:
    """Payments for an invoice the session holds already (a draft issued, a later payment)."""
    booked = payment_rows(payments, now, actor)
    row.payments.extend(booked)
    count_payments(row, booked)


#: What tells a sale's payments apart when their ids come back (equal ones are interchangeable).
_PAYMENT_MATCH = ("method", "amount", "tendered", "change", "reference")


def save_new_invoice(
    session: Session, row: Invoice, lines: list[InvoiceLine], payments: list[Payment]
) -> None:
    """A new invoice with its lines and payments in three statements, without an ORM flush;
    the session then holds all of them as loaded (``row.lines``, ``row.payments`` read no
    more, and a later change in the transaction is an ordinary versioned UPDATE)."""
    insert_as_loaded(session, [row])
    parent = {"invoice_id": row.id}
    insert_as_loaded(session, lines, match=("position",), common=parent)
    insert_as_loaded(session, payments, match=_PAYMENT_MATCH, common=parent)
    attach_loaded(row, "lines", lines)
    in_id_order = sorted(payments, key=_by_id)  # as the relationship orders them
    attach_loaded(row, "payments", in_id_order)


def _by_id(payment: Payment) -> int:
    return payment.id


def remember_action(
    session: Session,
    key: ActionKey | None,
    action: str,
    *,
    row: Invoice,
    actor: Actor,
    now: datetime,
    terminal: str,
) -> None:
    """Every saved action carries a key: the caller's, or one made here (a direct call)."""
    remember(
        session,
        key or ActionKey.new(),
        action,
        row.number or f"draft:{row.id}",
        at=now,
        by=actor.label,
        terminal=terminal,
    )


def saved_view(session: Session, entity_key: str) -> InvoiceView:
    """What an action saved under a key, as it is now (a retry after a lost reply)."""
    if entity_key.startswith("draft:"):
        row = session.get(Invoice, int(entity_key.removeprefix("draft:")))
        if row is None:  # pragma: no cover - drafts are never deleted
            raise NotFound(say("no draft {number}", number=entity_key))
    else:
        row = invoice_by_number(session, entity_key, lock=True)
    return invoice_view(row, customer_row(session, row.customer_id))


def issued_invoice(session: Session, number: str) -> Invoice:
    """The invoice, locked for a change; refused if it is void."""
    row = invoice_by_number(session, number, lock=True)
    if row.status == InvoiceStatus.VOIDED.value:
        raise InvalidState(
            say(
                "invoice {number} is void (by {who}: {why})",
                number=row.number,
                who=row.voided_by,
                why=row.void_reason,
            )
        )
    return row


def refuse_if_closed(session: Session, row: Invoice) -> None:
    """A sale in a closed cash session's Z report stays as that report says: an edit would
    change its sales and VAT after the drawer was counted. Voiding it (cash back from today's
    drawer) or refunding it records the correction where it happens."""
    if row.issued_at is None:
        return
    closed = closed_session_covering(session, row.terminal_id, row.issued_at)
    if closed is not None and closed.closed_at is not None:
        raise InvalidState(
            say(
                "invoice {number} is in the Z report of cash session {session} (closed "
                "{closed}): it cannot be edited any more; void or refund it instead",
                number=row.number,
                session=closed.id,
                closed=f"{closed.closed_at.astimezone():%Y-%m-%d %H:%M}",
            )
        )


def refuse_if_refunded(session: Session, row: Invoice, instead: str) -> None:
    """An invoice with credit notes keeps its lines: voiding or editing it would give back
    (money, stock) what the credit notes already gave back. The row is locked, so a refund at
    another till cannot slip in between."""
    notes = session.scalar(select(func.count(CreditNote.id)).where(CreditNote.invoice_id == row.id))
    if notes:
        raise InvalidState(
            say(
                "invoice {number} was refunded ({count} credit note): it cannot be {instead}",
                number=row.number,
                count=notes,
                instead=instead,
            )
            if notes == 1
            else say(
                "invoice {number} was refunded ({count} credit notes): it cannot be {instead}",
                number=row.number,
                count=notes,
                instead=instead,
            )
        )
