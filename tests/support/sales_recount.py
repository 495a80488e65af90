"""The straightforward answer the sales totals must equal: every issued invoice, summed again."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, tzinfo
from decimal import Decimal

from sqlalchemy import select

from pos_desktop.bootstrap import Services
from pos_desktop.storage.models import HourlySales, Invoice
from pos_desktop.storage.sales_rollup import hour_start

#: (exhibition_id, currency, UTC hour, terminal_id) -> (invoices, net, vat, gross)
Totals = dict[tuple[int, str, datetime, int], tuple[int, Decimal, Decimal, Decimal]]


def issued(services: Services) -> list[tuple[int, str, datetime, int, Decimal, Decimal, Decimal]]:
    """``(exhibition_id, currency, issued_at, terminal_id, net, vat, gross)`` of each one."""
    c = Invoice
    with services.db.reader() as uow:
        rows = uow.session.execute(
            select(
                c.exhibition_id, c.currency, c.issued_at, c.terminal_id, c.net, c.vat, c.gross
            ).where(c.status == "issued")
        ).all()
    return [(e, cur, at, t, net, vat, gross) for e, cur, at, t, net, vat, gross in rows if at]


def recount(services: Services) -> Totals:
    sums: dict[tuple[int, str, datetime, int], list[Decimal]] = defaultdict(
        lambda: [Decimal(0)] * 4
    )
    for exhibition, currency, at, terminal, net, vat, gross in issued(services):
        key = (exhibition, currency, hour_start(at), terminal)
        for i, value in enumerate((Decimal(1), net, vat, gross)):
            sums[key][i] += value
    return {k: (int(n), net, vat, gross) for k, (n, net, vat, gross) in sums.items()}


def stored(services: Services) -> Totals:
    """The rollup's rows, leaving out hours whose only invoices were voided (all zero)."""
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
    """(local day, local hour) -> (invoices, gross), from the invoices themselves."""
    out: dict[tuple[date, int], tuple[int, Decimal]] = {}
    for _exhibition, _currency, at, _terminal, _net, _vat, gross in issued(services):
        local = at.astimezone(tz)
        count, total = out.get((local.date(), local.hour), (0, Decimal(0)))
        out[(local.date(), local.hour)] = (count + 1, total + gross)
    return out
