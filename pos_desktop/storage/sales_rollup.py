"""Keeping ``hourly_sales`` equal to the day's net sales, one upsert per money-changing event.

The rows follow the one definition of ``services/net_sales.py``: an invoice counts in the hour
it was issued (an edit changes that hour's figures: the invoice is corrected, not re-dated), a
void takes it back in the hour of the void, a credit note takes its amounts off the hour it was
made in, at the till that made it.

Call :func:`count_change` (:func:`count_refund`) as the last statements before the commit of
the transaction that issues, edits, voids (refunds). The statement is ``INSERT ... ON CONFLICT
DO UPDATE SET total = total + change``: on PostgreSQL it locks the one row it touches until the
commit, so concurrent transactions add their changes one after the other and none is lost; on
SQLite the writer holds the database lock anyway. Taking that lock last (after the number
series, the invoice row and the customer's totals, which triggers change as the invoice or
credit note is written: ``storage/customer_totals.py``) keeps it short and the lock order the
same everywhere, so there is no deadlock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Insert,
    Table,
    delete,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pos_desktop.domain.money import ZERO
from pos_desktop.storage.models import CreditNote, HourlySales, Invoice

TABLE = cast(Table, HourlySales.__table__)
KEY = ("exhibition_id", "currency", "hour_start", "terminal_id")


@dataclass(frozen=True, slots=True)
class SalesAmounts:
    """What one invoice (or a difference between two states of it) adds to its hour."""

    invoices: int
    net: Decimal
    vat: Decimal
    gross: Decimal

    @classmethod
    def of(cls, invoice: Invoice) -> SalesAmounts:
        return cls(1, invoice.net, invoice.vat, invoice.gross)

    @classmethod
    def refunded(cls, note: CreditNote) -> SalesAmounts:
        """What a credit note takes off: its amounts, no invoice (the bill still stands)."""
        return cls(0, -note.net, -note.vat, -note.gross)

    def __neg__(self) -> SalesAmounts:
        return SalesAmounts(-self.invoices, -self.net, -self.vat, -self.gross)

    def __sub__(self, other: SalesAmounts) -> SalesAmounts:
        return SalesAmounts(
            self.invoices - other.invoices,
            self.net - other.net,
            self.vat - other.vat,
            self.gross - other.gross,
        )

    @property
    def is_zero(self) -> bool:
        return not self.invoices and self.net == self.vat == self.gross == ZERO


def hour_start(moment: datetime) -> datetime:
    """The UTC hour a moment falls in (the rollup's key)."""
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def count_change(
    session: Session, invoice: Invoice, change: SalesAmounts, *, at: datetime | None = None
) -> None:
    """Add ``change`` to ``invoice``'s till in the hour of ``at``: by default the invoice's issue
    (issue: ``of``, edit: the difference); a void passes its own moment with ``-of``."""
    if invoice.issued_at is None:
        raise ValueError("only issued invoices count in the sales totals")
    _add(
        session,
        exhibition_id=invoice.exhibition_id,
        currency=invoice.currency,
        at=at or invoice.issued_at,
        terminal_id=invoice.terminal_id,
        change=change,
    )


def count_refund(session: Session, note: CreditNote, invoice: Invoice) -> None:
    """Take a credit note off the hour it was made in, at the till that made it."""
    _add(
        session,
        exhibition_id=invoice.exhibition_id,
        currency=note.currency,
        at=note.created_at,
        terminal_id=note.terminal_id,
        change=SalesAmounts.refunded(note),
    )


def _add(
    session: Session,
    *,
    exhibition_id: int,
    currency: str,
    at: datetime,
    terminal_id: int,
    change: SalesAmounts,
) -> None:
    if change.is_zero:
        return
    connection = session.connection()
    connection.execute(
        _upsert(connection.dialect.name),
        {
            "exhibition_id": exhibition_id,
            "currency": currency,
            "hour_start": hour_start(at),
            "terminal_id": terminal_id,
            "invoices": change.invoices,
            "net": change.net,
            "vat": change.vat,
            "gross": change.gross,
        },
    )


@cache
def _upsert(dialect_name: str) -> Insert:
    """Built once per dialect: constructing it took 0.4 ms, more than running it."""
    statement = postgresql.insert(TABLE) if dialect_name == "postgresql" else sqlite.insert(TABLE)
    added, columns = statement.excluded, TABLE.c
    return statement.on_conflict_do_update(
        index_elements=list(KEY),
        set_={
            "invoices": columns.invoices + added.invoices,
            "net": columns.net + added.net,
            "vat": columns.vat + added.vat,
            "gross": columns.gross + added.gross,
        },
    )


def rebuild(connection: Connection) -> None:
    """Recount every hour from the invoices and credit notes: after a bulk load that did not go
    through billing.

    Migration 0022 back-fills with the same grouping (it keeps its own copy of the SQL, as
    migrations must not change when the application does).
    """
    invoices, notes = cast(Table, Invoice.__table__), cast(Table, CreditNote.__table__)
    i, n = invoices.c, notes.c
    dialect = connection.dialect.name
    issued = select(
        i.exhibition_id,
        i.currency,
        _hour_of(i.issued_at, dialect).label("hour"),
        i.terminal_id,
        literal(1).label("invoices"),
        i.net,
        i.vat,
        i.gross,
    ).where(i.issued_at.is_not(None))
    voided = select(
        i.exhibition_id,
        i.currency,
        _hour_of(i.voided_at, dialect),
        i.terminal_id,
        literal(-1),
        -i.net,
        -i.vat,
        -i.gross,
    ).where(i.status == "voided")
    refunded = (
        select(
            i.exhibition_id,
            n.currency,
            _hour_of(n.created_at, dialect),
            n.terminal_id,
            literal(0),
            -n.net,
            -n.vat,
            -n.gross,
        )
        .select_from(notes)
        .join(invoices, i.id == n.invoice_id)
    )
    events = union_all(issued, voided, refunded).subquery()
    e = events.c
    recount = select(
        e.exhibition_id,
        e.currency,
        e.hour,
        e.terminal_id,
        func.sum(e.invoices),
        func.sum(e.net),
        func.sum(e.vat),
        func.sum(e.gross),
    ).group_by(e.exhibition_id, e.currency, e.hour, e.terminal_id)
    connection.execute(delete(TABLE))
    connection.execute(
        TABLE.insert().from_select([*KEY, "invoices", "net", "vat", "gross"], recount)
    )


def _hour_of(column: ColumnElement[Any], dialect: str) -> ColumnElement[Any]:
    """``hour_start`` in SQL, stored exactly as :func:`hour_start` is by the application."""
    if dialect == "sqlite":  # ISO text in UTC, as UtcDateTime writes it
        return func.substr(column, 1, 13).concat(":00:00.000000")
    return func.timezone("UTC", func.date_trunc("hour", func.timezone("UTC", column)))
