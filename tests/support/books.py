"""The day's money recomputed from the raw rows, independently of ``services/net_sales.py``.

Plain reads of invoices, invoice lines, payments, credit notes and their lines (no SQL sums,
no code of the application's queries); every event and total is worked out here in Python,
from the rules docs/user-guide.md states ("Reports: the day's money"): an invoice counts when
issued, at its till, for its cashier; a void takes it back when voided, at the invoice's till,
for its cashier; a credit note takes its amounts back when made, at its till, for the cashier
who made it; money is payments when received, less the payments of voided invoices when
voided, less credit notes by their method.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from pos_desktop.bootstrap import Services
from pos_desktop.storage.models import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    Payment,
    Product,
)

ZERO = Decimal(0)


@dataclass(frozen=True)
class LineEvent:
    """One invoice or credit note line as it counts: ``sign`` +1 sold, -1 voided or refunded."""

    kind: str  # sale | void | refund
    at: datetime
    sign: int
    document: str
    invoice_id: int
    terminal_id: int
    exhibition_id: int
    currency: str
    cashier: str  # the till's view: who sold, who voided's invoice, who refunded
    seller: str  # who sold (commission)
    customer_id: int | None
    rate: Decimal
    category: str | None
    net: Decimal
    vat: Decimal
    gross: Decimal
    discount: Decimal


@dataclass(frozen=True)
class InvoiceEvent:
    """An invoice issued (+1) or voided (-1), for the counts."""

    at: datetime
    sign: int
    terminal_id: int
    cashier: str
    customer_id: int | None
    currency: str
    gross: Decimal


@dataclass(frozen=True)
class MoneyEvent:
    kind: str  # received | void_back | refund
    at: datetime
    method: str
    amount: Decimal  # signed: in +, out -
    count: int  # +1 received, -1 given back on a void, 0 refund
    document: str
    terminal_id: int
    currency: str


@dataclass(frozen=True)
class Books:
    lines: list[LineEvent]
    invoices: list[InvoiceEvent]
    money: list[MoneyEvent]
    credit_notes: list[tuple[datetime, int, Decimal]]  # at, terminal, gross


def read_books(services: Services) -> Books:
    with services.db.reader() as uow:
        s = uow.session
        categories = {p.id: p.category for p in s.scalars(select(Product))}
        invoices = {
            i.id: i for i in s.scalars(select(Invoice).where(Invoice.issued_at.is_not(None)))
        }
        invoice_lines = {ln.id: ln for ln in s.scalars(select(InvoiceLine))}
        payments = list(s.scalars(select(Payment)))
        notes = {n.id: n for n in s.scalars(select(CreditNote))}
        note_lines = list(s.scalars(select(CreditNoteLine)))
        lines: list[LineEvent] = []
        counted: list[InvoiceEvent] = []
        for ln in invoice_lines.values():
            inv = invoices.get(ln.invoice_id)
            if inv is None:  # a draft
                continue
            assert inv.issued_at is not None and inv.number is not None
            moments = [("sale", inv.issued_at, 1)]
            if inv.status == "voided":
                assert inv.voided_at is not None
                moments.append(("void", inv.voided_at, -1))
            for kind, at, sign in moments:
                lines.append(
                    LineEvent(
                        kind,
                        at,
                        sign,
                        inv.number,
                        inv.id,
                        inv.terminal_id,
                        inv.exhibition_id,
                        inv.currency,
                        inv.cashier_name,
                        inv.cashier_name,
                        inv.customer_id,
                        ln.vat_rate.normalize(),
                        categories.get(ln.product_id) if ln.product_id else None,
                        sign * ln.net,
                        sign * ln.vat,
                        sign * ln.gross,
                        sign * ln.discount,
                    )
                )
        for inv in invoices.values():
            assert inv.issued_at is not None
            counted.append(
                InvoiceEvent(
                    inv.issued_at,
                    1,
                    inv.terminal_id,
                    inv.cashier_name,
                    inv.customer_id,
                    inv.currency,
                    inv.gross,
                )
            )
            if inv.status == "voided":
                assert inv.voided_at is not None
                counted.append(
                    InvoiceEvent(
                        inv.voided_at,
                        -1,
                        inv.terminal_id,
                        inv.cashier_name,
                        inv.customer_id,
                        inv.currency,
                        -inv.gross,
                    )
                )
        for cl in note_lines:
            note = notes[cl.credit_note_id]
            sold = invoice_lines[cl.invoice_line_id]
            inv = invoices[sold.invoice_id]
            lines.append(
                LineEvent(
                    "refund",
                    note.created_at,
                    -1,
                    note.number,
                    inv.id,
                    note.terminal_id,
                    inv.exhibition_id,
                    note.currency,
                    note.created_by,
                    inv.cashier_name,
                    inv.customer_id,
                    cl.vat_rate.normalize(),
                    categories.get(sold.product_id) if sold.product_id else None,
                    -cl.net,
                    -cl.vat,
                    -cl.gross,
                    ZERO,
                )
            )
        money: list[MoneyEvent] = []
        for p in payments:
            inv = invoices[p.invoice_id]
            assert inv.number is not None
            money.append(
                MoneyEvent(
                    "received",
                    p.received_at,
                    p.method,
                    p.amount,
                    1,
                    inv.number,
                    inv.terminal_id,
                    inv.currency,
                )
            )
            if inv.status == "voided":
                assert inv.voided_at is not None
                money.append(
                    MoneyEvent(
                        "void_back",
                        inv.voided_at,
                        p.method,
                        -p.amount,
                        -1,
                        inv.number,
                        inv.terminal_id,
                        inv.currency,
                    )
                )
        for note in notes.values():
            money.append(
                MoneyEvent(
                    "refund",
                    note.created_at,
                    note.method,
                    -note.gross,
                    0,
                    note.number,
                    note.terminal_id,
                    note.currency,
                )
            )
        credit_notes = [(n.created_at, n.terminal_id, n.gross) for n in notes.values()]
    return Books(lines, counted, money, credit_notes)


Window = Callable[[datetime], bool]


def within(since: datetime, until: datetime) -> Window:
    return lambda at: since <= at < until


@dataclass(frozen=True)
class Sums:
    count: int = 0
    net: Decimal = ZERO
    vat: Decimal = ZERO
    gross: Decimal = ZERO


def line_sums(
    events: Iterable[LineEvent], key: Callable[[LineEvent], object]
) -> dict[object, Sums]:
    """Amounts per key; ``count`` is lines sold less lines voided (refunds do not count)."""
    out: dict[object, Sums] = defaultdict(Sums)
    for e in events:
        s = out[key(e)]
        lines = e.sign if e.kind != "refund" else 0
        out[key(e)] = Sums(s.count + lines, s.net + e.net, s.vat + e.vat, s.gross + e.gross)
    return dict(out)


def invoice_counts(
    events: Iterable[InvoiceEvent], key: Callable[[InvoiceEvent], object]
) -> dict[object, int]:
    out: dict[object, int] = defaultdict(int)
    for e in events:
        out[key(e)] += e.sign
    return dict(out)


def money_sums(
    events: Iterable[MoneyEvent], key: Callable[[MoneyEvent], object]
) -> dict[object, tuple[int, Decimal]]:
    out: dict[object, tuple[int, Decimal]] = {}
    for e in events:
        n, amount = out.get(key(e), (0, ZERO))
        out[key(e)] = (n + e.count, amount + e.amount)
    return out
