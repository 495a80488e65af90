"""The straightforward answer the sales totals must equal: every sale, void and refund, summed
again from the rows, as ``services/net_sales.py`` defines net sales (an invoice at its issue,
a void at the void, a credit note when and where it was made)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, tzinfo
from decimal import Decimal

from sqlalchemy import select

from pos_desktop.bootstrap import Services
from pos_desktop.storage.models import CreditNote, HourlySales, Invoice
from pos_desktop.storage.sales_rollup import hour_start

#: (exhibition_id, currency, UTC hour, terminal_id) -> (invoices, net, vat, gross)
Totals = dict[tuple[int, str, datetime, int], tuple[int, Decimal, Decimal, Decimal]]
#: (exhibition_id, currency, at, terminal_id, invoices, net, vat, gross)
Event = tuple[int, str, datetime, int, int, Decimal, Decimal, Decimal]


def events(services: Services) -> list[Event]:
    """Each issue (+), void (-) and credit note (-) with its moment and till."""
    c, n = Invoice, CreditNote
    out: list[Event] = []
    with services.db.reader() as uow:
        session = uow.session
        for e, cur, issued, voided, status, t, net, vat, gross in session.execute(
            select(
                c.exhibition_id,
                c.currency,
                c.issued_at,
                c.voided_at,
                c.status,
                c.terminal_id,
                c.net,
                c.vat,
                c.gross,
            ).where(c.issued_at.is_not(None))
        ):
            assert issued is not None
            out.append((e, cur, issued, t, 1, net, vat, gross))
            if status == "voided":
                assert voided is not None
                out.append((e, cur, voided, t, -1, -net, -vat, -gross))
        for e, cur, at, t, net, vat, gross in session.execute(
            select(
                c.exhibition_id, n.currency, n.created_at, n.terminal_id, n.net, n.vat, n.gross
            ).join(c, c.id == n.invoice_id)
        ):
            out.append((e, cur, at, t, 0, -net, -vat, -gross))
    return out


def recount(services: Services) -> Totals:
    sums: dict[tuple[int, str, datetime, int], list[Decimal]] = defaultdict(
        lambda: [Decimal(0)] * 4
    )
    for exhibition, currency, at, terminal, count, net, vat, gross in events(services):
        key = (exhibition, currency, hour_start(at), terminal)
        for i, value in enumerate((Decimal(count), net, vat, gross)):
            sums[key][i] += value
    return {
        k: (int(n), net, vat, gross)
        for k, (n, net, vat, gross) in sums.items()
        if n or net or vat or gross
    }


def stored(services: Services) -> Totals:
    """The rollup's rows, leaving out hours whose events cancel out (all zero)."""
    with services.db.reader() as uow:
        return {
            (r.exhibition_id, r.currency, r.hour_start, r.terminal_id): (
                r.invoices,
                r.net,
                r.vat,
                r.gross,
            )
            for r in uow.session.scalars(select(HourlySales))
            if r.invoices or r.net or r.vat or r.gross
        }


def revenue_by_local_hour(
    services: Services, tz: tzinfo
) -> dict[tuple[date, int], tuple[int, Decimal]]:
    """(local day, local hour) -> (invoices, gross), from the rows themselves."""
    out: dict[tuple[date, int], tuple[int, Decimal]] = {}
    for _exhibition, _currency, at, _terminal, n, _net, _vat, gross in events(services):
        local = at.astimezone(tz)
        count, total = out.get((local.date(), local.hour), (0, Decimal(0)))
        out[(local.date(), local.hour)] = (count + n, total + gross)
    return out
