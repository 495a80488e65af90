"""``customer_totals``: what each customer was billed, net of voids and refunds.

Database triggers keep it (migration 0022), like ``customer_counts``: every insert and update
of an invoice's status, customer, currency or totals, and every credit note, changes the
customer's row in the same transaction, whichever code wrote it (billing, refunds, a bulk
load), and without a round trip of the sale's own. The row is locked until the commit on
PostgreSQL, so two tills billing the same customer at once both count; it is taken when the
invoice or credit note is written, before the hourly totals (``storage/sales_rollup.py``), in
every transaction alike. A walk-in sale (no customer) changes nothing here.

:func:`rebuild` recounts from the rows: a repair, or after loading rows with the triggers off.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Connection, Table, delete, func, literal, select, union_all

from pos_desktop.storage.models import CreditNote, CustomerTotal, Invoice

TABLE = cast(Table, CustomerTotal.__table__)


def rebuild(connection: Connection) -> None:
    """Recount every customer from the invoices and credit notes (after a bulk load).

    Migration 0022 back-fills with the same grouping, in its own copy of the SQL.
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
