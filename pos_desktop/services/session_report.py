"""A cash session's figures: the X report (mid-shift) and the Z report (closed), worked out.

What the drawer should hold is computed from what was recorded, never typed: the float, plus
cash taken on sales that still stood at the report's moment (a Z report's: the closing; a sale
voided the next shift stays in it), minus cash handed back for sales voided during the shift
or on credit notes, plus cash put in, minus cash taken out. The screen, the command line, the
printed slip and the PDF all read the one :class:`SessionReport` built here.

An X report is a moment: :func:`session_report` can build it again for a moment in the past
(``as_of``), which is how a queued X report prints what was asked for, not what the drawer
holds by the time the printer is back.

A Z report names the audit entry that closed its session, with the entry's hash: printed on
paper, it lets ``audit verify`` be checked against something no database change can reach.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from pos_desktop.domain.invoice import InvoiceStatus, PaymentMethod
from pos_desktop.domain.money import ZERO, format_amount, round_money
from pos_desktop.services.reports import Amounts, vat_by_rate
from pos_desktop.storage.models import (
    AuditEvent,
    CashSession,
    CreditNote,
    Exhibition,
    Invoice,
    Payment,
    Terminal,
)

CASH = PaymentMethod.CASH.value
ISSUED = InvoiceStatus.ISSUED.value
VOIDED = InvoiceStatus.VOIDED.value


@dataclass(frozen=True, slots=True)
class AuditSeal:
    """The audit entry that closed a session: its place in the chain and its hash."""

    seq: int
    hash: str

    @property
    def printed(self) -> str:
        """What the Z report prints: the hash's first 16 hex digits and the entry's number."""
        return f"{self.hash[:16]} #{self.seq}"


@dataclass(frozen=True, slots=True)
class SessionReport:
    """An X report (``closed_at`` empty: mid-shift) or the Z report of a closed session."""

    session_id: int
    terminal: str
    exhibition_name: str
    currency: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str | None
    float_amount: Decimal
    cash_in: Decimal
    cash_out: Decimal
    movements: tuple[tuple[datetime, str, Decimal, str, str], ...]  # at, in|out, amount, why, who
    sales: Amounts
    by_payment_method: tuple[tuple[str, int, Decimal], ...]  # method, payments, amount
    by_vat_rate: tuple[tuple[Decimal, Amounts], ...]
    by_cashier: tuple[tuple[str, int, Decimal], ...]  # cashier, invoices, gross
    discounts: Decimal
    voids: tuple[int, Decimal]  # invoices voided during the session, their gross
    cash_returned_for_voids: Decimal  # for sales of earlier sessions voided in this one
    refunds: tuple[int, Decimal]  # credit notes made at this till during the session
    expected_cash: Decimal
    counted_cash: Decimal | None
    #: The moment the figures are of: now for an X report, the closing for a Z report.
    as_of: datetime
    #: Cash handed back on credit notes (part of ``refunds``; the rest went back by card).
    cash_refunded: Decimal = ZERO
    #: A Z report's closing audit entry (none on an X report).
    audit_seal: AuditSeal | None = None

    @property
    def difference(self) -> Decimal | None:
        """Counted minus expected: negative means cash is missing."""
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash

    @property
    def kind(self) -> str:
        return "X" if self.closed_at is None else "Z"

    @property
    def cash_taken(self) -> Decimal:
        """Cash received on sales that still stand (the drawer's side of the cash payments)."""
        return next((a for method, _n, a in self.by_payment_method if method == CASH), ZERO)


def session_report(
    session: Session, row: CashSession, now: datetime, *, as_of: datetime | None = None
) -> SessionReport:
    """The session's Z report if it is closed, else its X report now; ``as_of`` asks for the
    X report of that moment (closed since or not)."""
    closed_at = row.closed_at if as_of is None else None
    start, end, cur = row.opened_at, closed_at or as_of or now, row.currency

    def money(amount: Decimal | None) -> Decimal:
        return round_money(amount or ZERO, cur)

    def mine(*extra: ColumnElement[bool]) -> list[ColumnElement[bool]]:
        return [Invoice.terminal_id == row.terminal_id, Invoice.currency == cur, *extra]

    in_window = (Invoice.issued_at >= start, Invoice.issued_at <= end)
    # Still standing at ``end``: a sale voided later (the next shift) stays in this report, so a
    # Z report read again, or an X report of a past moment, says what it said then.
    voided_later = and_(Invoice.status == VOIDED, Invoice.voided_at > end)
    standing = or_(Invoice.status == ISSUED, voided_later)
    sold = mine(standing, *in_window)
    count, net, vat, gross, discounts = session.execute(
        select(
            func.count(Invoice.id),
            func.sum(Invoice.net),
            func.sum(Invoice.vat),
            func.sum(Invoice.gross),
            func.sum(Invoice.discount),
        ).where(*sold)
    ).one()
    rates = session.execute(vat_by_rate(*sold)).all()
    cashiers = session.execute(
        select(Invoice.cashier_name, func.count(Invoice.id), func.sum(Invoice.gross))
        .where(*sold)
        .group_by(Invoice.cashier_name)
        .order_by(func.sum(Invoice.gross).desc())
    ).all()
    received = (Payment.received_at >= start, Payment.received_at <= end)
    methods = session.execute(
        select(Payment.method, func.count(Payment.id), func.sum(Payment.amount))
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(*mine(standing), *received)
        .group_by(Payment.method)
        .order_by(Payment.method)
    ).all()
    voided_here = (Invoice.voided_at >= start, Invoice.voided_at <= end)
    void_count, void_gross = session.execute(
        select(func.count(Invoice.id), func.sum(Invoice.gross)).where(
            *mine(Invoice.status == VOIDED, *voided_here)
        )
    ).one()
    returned = session.scalar(
        select(func.sum(Payment.amount))
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(
            *mine(Invoice.status == VOIDED, *voided_here),
            Payment.method == CASH,
            Payment.received_at < start,
        )
    )
    made = (
        CreditNote.terminal_id == row.terminal_id,
        CreditNote.currency == cur,
        CreditNote.created_at >= start,
        CreditNote.created_at <= end,
    )
    refund_count, refund_gross = session.execute(
        select(func.count(CreditNote.id), func.sum(CreditNote.gross)).where(*made)
    ).one()
    cash_refunded = session.scalar(
        select(func.sum(CreditNote.gross)).where(*made, CreditNote.method == CASH)
    )
    moved = [m for m in row.movements if m.at <= end]
    cash_in = sum((m.amount for m in moved if m.kind == "in"), ZERO)
    cash_out = sum((m.amount for m in moved if m.kind == "out"), ZERO)
    cash_taken = next((amount for method, _n, amount in methods if method == CASH), ZERO)
    expected = (
        row.float_amount
        + cash_taken
        - (returned or ZERO)
        - (cash_refunded or ZERO)
        + cash_in
        - cash_out
    )
    exhibition = session.get(Exhibition, row.exhibition_id)
    terminal = session.get(Terminal, row.terminal_id)

    def amounts(n: int, a: Any, b: Any, c: Any) -> Amounts:
        return Amounts(int(n or 0), money(a), money(b), money(c))

    closed = closed_at is not None
    return SessionReport(
        session_id=row.id,
        terminal=terminal.code if terminal else "?",
        exhibition_name=exhibition.name if exhibition else "?",
        currency=cur,
        opened_at=row.opened_at,
        opened_by=row.opened_by,
        closed_at=closed_at,
        closed_by=row.closed_by if closed else None,
        float_amount=money(row.float_amount),
        cash_in=money(cash_in),
        cash_out=money(cash_out),
        movements=tuple((m.at, m.kind, money(m.amount), m.reason, m.by) for m in moved),
        sales=amounts(count, net, vat, gross),
        by_payment_method=tuple((method, int(n), money(amount)) for method, n, amount in methods),
        by_vat_rate=tuple((rate.normalize(), amounts(n, a, b, c)) for rate, n, a, b, c in rates),
        by_cashier=tuple((cashier, int(n), money(g)) for cashier, n, g in cashiers),
        discounts=money(discounts),
        voids=(int(void_count or 0), money(void_gross)),
        cash_returned_for_voids=money(returned),
        refunds=(int(refund_count or 0), money(refund_gross)),
        expected_cash=money(
            row.expected_cash if closed and row.expected_cash is not None else expected
        ),
        counted_cash=None if not closed or row.counted_cash is None else money(row.counted_cash),
        as_of=end,
        cash_refunded=money(cash_refunded),
        audit_seal=closing_seal(session, row.id) if closed else None,
    )


def closing_seal(session: Session, session_id: int) -> AuditSeal | None:
    """The chain's entry for the session's closing (read by the entity index)."""
    found = session.execute(
        select(AuditEvent.seq, AuditEvent.hash)
        .where(
            AuditEvent.entity_type == "cash_session",
            AuditEvent.entity_key == str(session_id),
            AuditEvent.action == "cash_session.close",
        )
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    return AuditSeal(found[0], found[1]) if found is not None else None


def session_report_document(report: SessionReport) -> dict[str, Any]:
    """``session x-report|z-report --json``: amounts as decimal strings; names are a contract."""
    cur = report.currency

    def m(amount: Decimal | None) -> str | None:
        return None if amount is None else format_amount(amount, cur)

    s = report.sales
    return {
        "kind": report.kind,
        "session": report.session_id,
        "terminal": report.terminal,
        "exhibition": report.exhibition_name,
        "currency": cur,
        "opened_at": report.opened_at.isoformat(),
        "opened_by": report.opened_by,
        "closed_at": report.closed_at.isoformat() if report.closed_at else None,
        "closed_by": report.closed_by,
        "float": m(report.float_amount),
        "cash_in": m(report.cash_in),
        "cash_out": m(report.cash_out),
        "sales": {"count": s.count, "net": m(s.net), "vat": m(s.vat), "gross": m(s.gross)},
        "payments": [
            {"method": method, "count": n, "amount": m(amount)}
            for method, n, amount in report.by_payment_method
        ],
        "vat_rates": [
            {"rate": format(rate, "f"), "net": m(a.net), "vat": m(a.vat), "gross": m(a.gross)}
            for rate, a in report.by_vat_rate
        ],
        "cashiers": [{"cashier": c, "count": n, "gross": m(g)} for c, n, g in report.by_cashier],
        "discounts": m(report.discounts),
        "voids": {"count": report.voids[0], "gross": m(report.voids[1])},
        "cash_returned_for_voids": m(report.cash_returned_for_voids),
        "refunds": {"count": report.refunds[0], "gross": m(report.refunds[1])},
        "expected_cash": m(report.expected_cash),
        "counted_cash": m(report.counted_cash),
        "difference": m(report.difference),
        "audit": (
            {"entry": report.audit_seal.seq, "hash": report.audit_seal.hash}
            if report.audit_seal
            else None
        ),
    }
