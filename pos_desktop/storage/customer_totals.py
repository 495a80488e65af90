"""Keeping ``customer_totals`` equal to what each customer was billed, net of voids and refunds.

Called in the transactions that issue, edit, void and refund, right after the hourly totals
(``storage/sales_rollup.py``): the same ``INSERT ... ON CONFLICT DO UPDATE`` that adds a change
to one row, locked until the commit on PostgreSQL, so two tills billing the same customer at
once both count. A walk-in sale (no customer) changes nothing here.
"""

from __future__ import annotations

from functools import cache
from typing import cast

from sqlalchemy import Connection, Insert, Table, delete, func, literal, select, union_all
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pos_desktop.storage.models import CreditNote, CustomerTotal, Invoice
from pos_desktop.storage.sales_rollup import SalesAmounts

TABLE = cast(Table, CustomerTotal.__table__)


def count_bills(
    session: Session, customer_id: int | None, currency: str, change: SalesAmounts
) -> None:
    """Add ``change`` (``invoices`` counts as bills) to the customer's row in ``currency``."""
    if customer_id is None or change.is_zero:
        return
    session.connection().execute(
        _upsert(session.get_bind().dialect.name),
        {
            "customer_id": customer_id,
            "currency": currency,
            "bills": change.invoices,
            "net": change.net,
            "gross": change.gross,
        },
    )


def move_bills(
    session: Session,
    before: tuple[int | None, SalesAmounts],
    after: tuple[int | None, SalesAmounts],
    currency: str,
) -> None:
    """An edit: the invoice's old amounts leave its old customer, the new ones reach the new
    (one row changed by the difference when the customer stayed). Two rows are changed in
    customer id order, so two edits swapping customers cannot deadlock."""
    (old_customer, old), (new_customer, new) = before, after
    if old_customer == new_customer:
        count_bills(session, new_customer, currency, new - old)
        return
    changes = [(old_customer, -old), (new_customer, new)]
    for customer_id, change in sorted(changes, key=lambda c: c[0] or 0):
        count_bills(session, customer_id, currency, change)


@cache
def _upsert(dialect_name: str) -> Insert:
    statement = postgresql.insert(TABLE) if dialect_name == "postgresql" else sqlite.insert(TABLE)
    added, columns = statement.excluded, TABLE.c
    return statement.on_conflict_do_update(
        index_elements=["customer_id", "currency"],
        set_={
            "bills": columns.bills + added.bills,
            "net": columns.net + added.net,
            "gross": columns.gross + added.gross,
        },
    )


def rebuild(connection: Connection) -> None:
    """Recount every customer from the invoices and credit notes (after a bulk load).

    Migration 0021 back-fills with the same grouping, in its own copy of the SQL.
    """
    invoices, notes = cast(Table, Invoice.__table__), cast(Table, CreditNote.__table__)
    i, n = invoices.c, notes.c
    billed = select(
        i.customer_id,
        i.currency,
        literal(1).label("bills"),
        i.net,
        i.gross,
    ).where(i.status == "issued", i.customer_id.is_not(None))
    refunded = (
        select(i.customer_id, n.currency, literal(0), -n.net, -n.gross)
        .select_from(notes)
        .join(invoices, i.id == n.invoice_id)
        .where(i.customer_id.is_not(None))
    )
    events = union_all(billed, refunded).subquery()
    e = events.c
    recount = select(
        e.customer_id, e.currency, func.sum(e.bills), func.sum(e.net), func.sum(e.gross)
    ).group_by(e.customer_id, e.currency)
    connection.execute(delete(TABLE))
    connection.execute(
        TABLE.insert().from_select(["customer_id", "currency", "bills", "net", "gross"], recount)
    )
