"""Net sales: the one definition of the day's money, for every report, screen and export.

**Net sales = invoices issued - invoices voided - credit notes**, each counted when and where
it happened, as the books count it:

* an **invoice** counts at its issue time, at its till, for its cashier, customer and
  exhibition. An edit corrects the invoice in place, so it still counts at its issue time (an
  invoice in a closed Z report cannot be edited);
* a **void** takes the whole invoice back at the moment of the void, at the invoice's till and
  for its cashier (the void reverses that sale). A sale voided the same day nets to zero that
  day; a sale voided the next day stays in its day, as the Z report that counted it says, and
  the next day shows the void;
* a **credit note** takes its amounts off at its own issue time, at the till that refunded and
  for the cashier who refunded: a refund today of yesterday's sale reduces today's net sales,
  and the refunding till's Z report. Its customer and exhibition are the invoice's, each
  line's VAT rate is the invoice line's, its category the product's.

Money by payment method is the same events on the money side: payments when received, less
the payments of an invoice when it is voided (given back the way they came), less credit notes
by the method the money went back by.

Counts: an invoice counts +1 when issued and -1 when voided; a credit note lowers amounts, not
the number of bills. The per-hour totals kept by every sale, void and refund
(``storage/sales_rollup.py``) follow this definition too; the sales report reads its days and
hours there and everything else here, from the rows themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal, select
from sqlalchemy.orm import Session

from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.money import ZERO, round_money
from pos_desktop.storage.models import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    Payment,
    Product,
)

VOIDED = InvoiceStatus.VOIDED.value


class By(StrEnum):
    """What a breakdown groups by."""

    VAT_RATE = "vat_rate"
    #: Who sold; for a credit note, who refunded (the till's money: sales report, X/Z report).
    CASHIER = "cashier"
    #: Who sold, for credit notes too (commission is taken back from the seller).
    SELLER = "seller"
    CATEGORY = "category"
    CUSTOMER = "customer"
    EXHIBITION = "exhibition"
    TERMINAL = "terminal"
    #: The invoice's number (sale, void) or the credit note's; with ``MOMENT``, one row per
    #: document: the journal's bookings.
    DOCUMENT = "document"
    #: When it counted: the issue, the void, the credit note, the payment.
    MOMENT = "moment"
    #: Payment method (money side only).
    METHOD = "method"


#: Breakdowns that need the lines (the rest are summed from the documents' stored totals,
#: which are the sums of their lines).
LINE_KEYS = frozenset({By.VAT_RATE, By.CATEGORY})


@dataclass(frozen=True, slots=True)
class Scope:
    """Which events count: in ``currency``, from ``since`` up to (not including) ``until``;
    only one exhibition's or one till's when given."""

    currency: str
    since: datetime
    until: datetime
    exhibition_id: int | None = None
    terminal_id: int | None = None


@dataclass(frozen=True, slots=True)
class Tally:
    """Invoices, lines and credit notes and their amounts; ``discount`` on invoices only."""

    invoices: int = 0
    lines: int = 0
    credit_notes: int = 0
    net: Decimal = ZERO
    vat: Decimal = ZERO
    gross: Decimal = ZERO
    discount: Decimal = ZERO

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.invoices + other.invoices,
            self.lines + other.lines,
            self.credit_notes + other.credit_notes,
            self.net + other.net,
            self.vat + other.vat,
            self.gross + other.gross,
            self.discount + other.discount,
        )

    def taken_back(self) -> Tally:
        """A void or credit note, to add: amounts and invoice and line counts negative; the
        credit note count stays as it is (it counts the notes made)."""
        return Tally(
            -self.invoices,
            -self.lines,
            self.credit_notes,
            -self.net,
            -self.vat,
            -self.gross,
            -self.discount,
        )


NOTHING = Tally()
Key = tuple[Any, ...]
#: A query of any columns (the keys asked for, then the counts and sums).
Rows = Select[*tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class Amounts:
    """A figure as the reports show it: a count and amounts rounded to the currency."""

    count: int
    net: Decimal
    vat: Decimal
    gross: Decimal

    def plus(self, other: Amounts) -> Amounts:
        return Amounts(
            self.count + other.count,
            self.net + other.net,
            self.vat + other.vat,
            self.gross + other.gross,
        )

    @classmethod
    def of(cls, tally: Tally, count: int, currency: str) -> Amounts:
        return cls(
            count,
            round_money(tally.net, currency),
            round_money(tally.vat, currency),
            round_money(tally.gross, currency),
        )


@dataclass(frozen=True, slots=True)
class Breakdown:
    """The three kinds of event, each summed per key (a tuple of the ``By`` values asked)."""

    sold: dict[Key, Tally] = field(default_factory=dict)
    voided: dict[Key, Tally] = field(default_factory=dict)
    refunded: dict[Key, Tally] = field(default_factory=dict)

    def net(self) -> dict[Key, Tally]:
        """Net sales per key, keys in their natural order (``None`` first)."""
        out: dict[Key, Tally] = {}
        for part, sign in ((self.sold, 1), (self.voided, -1), (self.refunded, -1)):
            for key, tally in part.items():
                out[key] = out.get(key, NOTHING) + (tally if sign > 0 else tally.taken_back())
        return dict(sorted(out.items(), key=lambda item: _sortable(item[0])))

    def total(self) -> Tally:
        return sum(self.net().values(), NOTHING)

    @staticmethod
    def part_total(part: dict[Key, Tally]) -> Tally:
        return sum(part.values(), NOTHING)


def _sortable(key: Key) -> tuple[tuple[bool, Any], ...]:
    return tuple((value is not None, value if value is not None else 0) for value in key)


def breakdown(session: Session, scope: Scope, *keys: By) -> Breakdown:
    """Net sales in ``scope`` per combination of ``keys`` (none: one total under ``()``)."""
    lines = any(k in LINE_KEYS for k in keys)
    return Breakdown(
        _collect(session, _sold(scope, keys, lines=lines, voided=False)),
        _collect(session, _sold(scope, keys, lines=lines, voided=True)),
        _collect(session, _refunded(scope, keys, lines=lines)),
    )


def _collect(session: Session, query: Rows) -> dict[Key, Tally]:
    out: dict[Key, Tally] = {}
    for row in session.execute(query):
        *key, invoices, lines, notes, net, vat, gross, discount = row
        out[tuple(key)] = Tally(
            int(invoices or 0),
            int(lines or 0),
            int(notes or 0),
            net or ZERO,
            vat or ZERO,
            gross or ZERO,
            discount or ZERO,
        )
    return out


def _sold(scope: Scope, keys: Iterable[By], *, lines: bool, voided: bool) -> Rows:
    """Invoices issued in the scope (``voided``: invoices voided in it), per key."""
    moment = Invoice.voided_at if voided else Invoice.issued_at
    columns = {
        By.CASHIER: Invoice.cashier_name,
        By.SELLER: Invoice.cashier_name,
        By.CUSTOMER: Invoice.customer_id,
        By.EXHIBITION: Invoice.exhibition_id,
        By.TERMINAL: Invoice.terminal_id,
        By.VAT_RATE: InvoiceLine.vat_rate,
        By.CATEGORY: Product.category,
        By.DOCUMENT: Invoice.number,
        By.MOMENT: moment,
    }
    grouped = [columns[k] for k in keys]
    source: Any = InvoiceLine if lines else Invoice
    query = select(
        *grouped,
        func.count(Invoice.id.distinct()) if lines else func.count(Invoice.id),
        func.count(InvoiceLine.id) if lines else _none(),
        _none(),
        func.sum(source.net),
        func.sum(source.vat),
        func.sum(source.gross),
        func.sum(source.discount),
    )
    if lines:
        query = query.select_from(InvoiceLine).join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        if By.CATEGORY in keys:
            query = query.outerjoin(Product, Product.id == InvoiceLine.product_id)
    where: list[ColumnElement[bool]] = [
        moment >= scope.since,
        moment < scope.until,
        Invoice.currency == scope.currency,
    ]
    if voided:
        where.append(Invoice.status == VOIDED)
    if scope.exhibition_id is not None:
        where.append(Invoice.exhibition_id == scope.exhibition_id)
    if scope.terminal_id is not None:
        where.append(Invoice.terminal_id == scope.terminal_id)
    return query.where(*where).group_by(*grouped)


def _refunded(scope: Scope, keys: Iterable[By], *, lines: bool) -> Rows:
    """Credit notes made in the scope, per key; amounts as stored (positive)."""
    columns = {
        By.CASHIER: CreditNote.created_by,
        By.SELLER: Invoice.cashier_name,
        By.CUSTOMER: Invoice.customer_id,
        By.EXHIBITION: Invoice.exhibition_id,
        By.TERMINAL: CreditNote.terminal_id,
        By.VAT_RATE: CreditNoteLine.vat_rate,
        By.CATEGORY: Product.category,
        By.DOCUMENT: CreditNote.number,
        By.MOMENT: CreditNote.created_at,
    }
    grouped = [columns[k] for k in keys]
    source: Any = CreditNoteLine if lines else CreditNote
    query = select(
        *grouped,
        _none(),
        _none(),
        func.count(CreditNote.id.distinct()) if lines else func.count(CreditNote.id),
        func.sum(source.net),
        func.sum(source.vat),
        func.sum(source.gross),
        _none(),
    )
    if lines:
        query = query.select_from(CreditNoteLine).join(
            CreditNote, CreditNote.id == CreditNoteLine.credit_note_id
        )
        if By.CATEGORY in keys:
            query = query.join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
            query = query.outerjoin(Product, Product.id == InvoiceLine.product_id)
    else:
        query = query.select_from(CreditNote)
    needs_invoice = scope.exhibition_id is not None or any(
        k in (By.SELLER, By.CUSTOMER, By.EXHIBITION) for k in keys
    )
    if needs_invoice:
        query = query.join(Invoice, Invoice.id == CreditNote.invoice_id)
    where: list[ColumnElement[bool]] = [
        CreditNote.created_at >= scope.since,
        CreditNote.created_at < scope.until,
        CreditNote.currency == scope.currency,
    ]
    if scope.exhibition_id is not None:
        where.append(Invoice.exhibition_id == scope.exhibition_id)
    if scope.terminal_id is not None:
        where.append(CreditNote.terminal_id == scope.terminal_id)
    return query.where(*where).group_by(*grouped)


def _none() -> Any:
    """A column that is not counted for this kind of event (read as 0)."""
    return literal(0)


# ------------------------------------------------------------------------------ money side

#: A count of payments (or credit notes) and their amount.
Counted = tuple[int, Decimal]
NO_MONEY: Counted = (0, ZERO)


@dataclass(frozen=True, slots=True)
class MethodMoney:
    """One payment method: payments received, given back on voids, paid out on credit notes."""

    received: Counted = NO_MONEY
    returned_for_voids: Counted = NO_MONEY
    refunded: Counted = NO_MONEY

    @property
    def count(self) -> int:
        """Payments that stand: received less those of voided invoices."""
        return self.received[0] - self.returned_for_voids[0]

    @property
    def amount(self) -> Decimal:
        return self.received[1] - self.returned_for_voids[1] - self.refunded[1]


@dataclass(frozen=True, slots=True)
class MoneyBreakdown:
    """Money in and out per key (``By.METHOD``, ``DOCUMENT``, ``MOMENT``, ``TERMINAL``)."""

    received: dict[Key, Counted] = field(default_factory=dict)
    returned_for_voids: dict[Key, Counted] = field(default_factory=dict)
    refunded: dict[Key, Counted] = field(default_factory=dict)


def money_breakdown(session: Session, scope: Scope, *keys: By) -> MoneyBreakdown:
    """Payments received in ``scope``, payments of invoices voided in it (given back the way
    they came) and credit notes made in it (by the method the money went back by)."""

    def collect(query: Rows) -> dict[Key, Counted]:
        return {tuple(key): (int(n), amount or ZERO) for *key, n, amount in session.execute(query)}

    return MoneyBreakdown(
        collect(_payments(scope, keys, voided=False)),
        collect(_payments(scope, keys, voided=True)),
        collect(_refunds_paid(scope, keys)),
    )


def money_by_method(session: Session, scope: Scope) -> dict[str, MethodMoney]:
    """Net money per payment method in ``scope``, methods in name order."""
    money = money_breakdown(session, scope, By.METHOD)
    methods = sorted(
        {k[0] for part in (money.received, money.returned_for_voids, money.refunded) for k in part}
    )
    return {
        method: MethodMoney(
            money.received.get((method,), NO_MONEY),
            money.returned_for_voids.get((method,), NO_MONEY),
            money.refunded.get((method,), NO_MONEY),
        )
        for method in methods
    }


def _payments(scope: Scope, keys: Iterable[By], *, voided: bool) -> Rows:
    moment = Invoice.voided_at if voided else Payment.received_at
    columns = {
        By.METHOD: Payment.method,
        By.DOCUMENT: Invoice.number,
        By.MOMENT: moment,
        By.TERMINAL: Invoice.terminal_id,
    }
    grouped = [columns[k] for k in keys]
    where = [
        moment >= scope.since,
        moment < scope.until,
        Invoice.currency == scope.currency,
    ]
    if voided:
        where.append(Invoice.status == VOIDED)
    if scope.exhibition_id is not None:
        where.append(Invoice.exhibition_id == scope.exhibition_id)
    if scope.terminal_id is not None:
        where.append(Invoice.terminal_id == scope.terminal_id)
    return (
        select(*grouped, func.count(Payment.id), func.sum(Payment.amount))
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(*where)
        .group_by(*grouped)
    )


def _refunds_paid(scope: Scope, keys: Iterable[By]) -> Rows:
    columns = {
        By.METHOD: CreditNote.method,
        By.DOCUMENT: CreditNote.number,
        By.MOMENT: CreditNote.created_at,
        By.TERMINAL: CreditNote.terminal_id,
    }
    grouped = [columns[k] for k in keys]
    query = select(*grouped, func.count(CreditNote.id), func.sum(CreditNote.gross))
    where = [
        CreditNote.created_at >= scope.since,
        CreditNote.created_at < scope.until,
        CreditNote.currency == scope.currency,
    ]
    if scope.exhibition_id is not None:
        query = query.join(Invoice, Invoice.id == CreditNote.invoice_id)
        where.append(Invoice.exhibition_id == scope.exhibition_id)
    if scope.terminal_id is not None:
        where.append(CreditNote.terminal_id == scope.terminal_id)
    return query.where(*where).group_by(*grouped)
