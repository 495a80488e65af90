"""What customers were billed: the card's totals, the list's bill and total columns, and the
list's order by them, read from ``customer_totals`` (kept by triggers on every sale, edit, void
and refund).

Bills are invoices issued and not voided; totals are their gross less credit notes (net of
refunds), per currency, as ``services/net_sales.py`` counts the customer's money.

Sorting a million customers by total pages by key like the other orders: first the customers
with a row in the list's currency, walking the ``(currency, gross, customer_id)`` index, then
those never billed in it (total 0), walking the customers' primary key; "least first" is the
same walk backwards. The list's currency is the one this till sells in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from pos_desktop.domain.money import round_money
from pos_desktop.services.customer_views import BilledTotal, CustomerBills
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import Customer, CustomerTotal

FALLBACK_CURRENCY = "EUR"


def billed_totals(
    session: Session, customer_ids: Iterable[int]
) -> dict[int, tuple[BilledTotal, ...]]:
    """Each customer's bills and total per currency (currencies never billed left out)."""
    ids = list(customer_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(
            CustomerTotal.customer_id,
            CustomerTotal.currency,
            CustomerTotal.bills,
            CustomerTotal.gross,
        )
        .where(CustomerTotal.customer_id.in_(ids))
        .order_by(CustomerTotal.customer_id, CustomerTotal.currency)
    ).all()
    out: dict[int, list[BilledTotal]] = {}
    for customer_id, currency, bills, gross in rows:
        if bills or gross:
            out.setdefault(customer_id, []).append(
                BilledTotal(currency, bills, round_money(gross, currency))
            )
    return {customer_id: tuple(totals) for customer_id, totals in out.items()}


def list_currency(session: Session, station: StationResolver) -> str:
    """The currency the list sorts by: this till's exhibition's; without one, any billed."""
    exhibition = station.current_exhibition_or_none(session)
    if exhibition is not None:
        return exhibition.currency
    found = session.scalar(select(CustomerTotal.currency).limit(1))
    return found or FALLBACK_CURRENCY


def by_billed(
    session: Session,
    *,
    by_total: bool,
    currency: str,
    most_first: bool,
    after_id: int | None,
    limit: int,
) -> list[Customer]:
    """A page of customers by total (``by_total``) or by number of bills, after ``after_id``."""
    measure: Any = CustomerTotal.gross if by_total else CustomerTotal.bills
    after_value: Any = None
    if after_id is None:
        first = "billed" if most_first else "unbilled"
    else:
        after_value = session.scalar(
            select(measure).where(
                CustomerTotal.customer_id == after_id, CustomerTotal.currency == currency
            )
        )
        first = "billed" if after_value is not None else "unbilled"
    segments = ("billed", "unbilled") if most_first else ("unbilled", "billed")
    out: list[Customer] = []
    for segment in segments[segments.index(first) :]:
        resume = after_id if segment == first else None
        left = limit - len(out)
        if segment == "billed":
            after = (after_value, resume) if resume is not None else (None, None)
            out += _billed(
                session,
                measure=measure,
                currency=currency,
                most_first=most_first,
                after=after,
                limit=left,
            )
        else:
            out += _unbilled(session, currency, most_first, resume, left)
        if len(out) >= limit:
            break
    return out


def _billed(
    session: Session,
    *,
    measure: Any,
    currency: str,
    most_first: bool,
    after: tuple[Any, int | None],
    limit: int,
) -> list[Customer]:
    query = (
        select(Customer)
        .join(CustomerTotal, CustomerTotal.customer_id == Customer.id)
        .where(CustomerTotal.currency == currency)
    )
    value, after_id = after
    if after_id is not None:
        past: ColumnElement[bool]
        if most_first:
            past = or_(
                measure < value, and_(measure == value, CustomerTotal.customer_id < after_id)
            )
        else:
            past = or_(
                measure > value, and_(measure == value, CustomerTotal.customer_id > after_id)
            )
        query = query.where(past)
    keys = (measure, CustomerTotal.customer_id)
    order = [k.desc() for k in keys] if most_first else list(keys)
    return list(session.scalars(query.order_by(*order).limit(limit)))


def _unbilled(
    session: Session, currency: str, most_first: bool, after_id: int | None, limit: int
) -> list[Customer]:
    """Customers never billed in ``currency`` (total 0), newest first among the "most"."""
    billed = exists().where(
        CustomerTotal.customer_id == Customer.id, CustomerTotal.currency == currency
    )
    query = select(Customer).where(~billed)
    if after_id is not None:
        query = query.where(Customer.id < after_id if most_first else Customer.id > after_id)
    order = Customer.id.desc() if most_first else Customer.id
    return list(session.scalars(query.order_by(order).limit(limit)))


def bills_per_customer(session: Session, *, limit: int, offset: int) -> list[CustomerBills]:
    """Customers by number of bills, most first, with their totals (net of refunds)."""
    rows = session.execute(
        select(
            Customer.code,
            Customer.name,
            Customer.company,
            CustomerTotal.currency,
            CustomerTotal.bills,
            CustomerTotal.gross,
        )
        .join(CustomerTotal, CustomerTotal.customer_id == Customer.id)
        .where(CustomerTotal.bills > 0)
        .order_by(CustomerTotal.bills.desc(), CustomerTotal.gross.desc(), Customer.code)
        .limit(limit)
        .offset(offset)
    )
    return [
        CustomerBills(code, name, company, currency, bills, round_money(total, currency))
        for code, name, company, currency, bills, total in rows
    ]
