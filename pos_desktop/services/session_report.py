"""A cash session's figures: the X report (mid-shift) and the Z report (closed), worked out.

The sales are net sales as every view counts them (``services/net_sales.py``), for this till
and the session's window: invoices issued in it, less invoices voided in it (whenever they
were issued: a sale of an earlier shift voided now is this shift's correction), less credit
notes made at this till in it. The Z reports of a day add up to the sales report of that day.

What the drawer should hold is computed from what was recorded, never typed: the float, plus
cash received in the window, minus cash handed back for invoices voided in it, minus cash paid
out on its credit notes, plus cash put in, minus cash taken out. The screen, the command line,
the printed slip and the PDF all read the one :class:`SessionReport` built here.

An X report is a moment: :func:`session_report` can build it again for a moment in the past
(``as_of``), which is how a queued X report prints what was asked for, not what the drawer
holds by the time the printer is back. Everything counts by when it happened, so a Z report
read again later says what it said at the closing.

A Z report names the audit entry that closed its session, with the entry's hash: printed on
paper, it lets ``audit verify`` be checked against something no database change can reach.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from pos_desktop.domain.invoice import PaymentMethod
from pos_desktop.domain.money import ZERO, format_amount, round_money
from pos_desktop.services.net_sales import (
    Amounts,
    Breakdown,
    By,
    MethodMoney,
    Scope,
    breakdown,
    money_by_method,
)
from pos_desktop.services.read_cache_state import STATE
from pos_desktop.storage.models import (
    AuditEvent,
    CashSession,
    Exhibition,
    OfflineEntry,
    Terminal,
)
from pos_desktop.storage.uow import is_partial_copy

CASH = PaymentMethod.CASH.value
#: The window's end is inclusive (a Z report counts what happened up to its closing moment).
_JUST_AFTER = timedelta(microseconds=1)


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
    #: Net sales: ``count`` invoices issued less voided; amounts less voids and credit notes.
    sales: Amounts
    by_payment_method: tuple[tuple[str, int, Decimal], ...]  # method, payments, net amount
    by_vat_rate: tuple[tuple[Decimal, Amounts], ...]
    by_cashier: tuple[tuple[str, int, Decimal], ...]  # cashier, invoices, gross
    discounts: Decimal
    voids: tuple[int, Decimal]  # invoices voided during the session, their gross
    cash_returned_for_voids: Decimal  # cash of the invoices voided during the session
    refunds: tuple[int, Decimal]  # credit notes made at this till during the session
    expected_cash: Decimal
    counted_cash: Decimal | None
    #: The moment the figures are of: now for an X report, the closing for a Z report.
    as_of: datetime
    #: Cash handed back on credit notes (part of ``refunds``; the rest went back by card).
    cash_refunded: Decimal = ZERO
    #: A Z report's closing audit entry (none on an X report).
    audit_seal: AuditSeal | None = None
    #: Invoices issued during the session, before voids and refunds, and their gross.
    issued: tuple[int, Decimal] = (0, ZERO)
    #: Cash received on invoices during the session (the drawer's "cash sales").
    cash_received: Decimal = ZERO
    #: Made on a till's offline journal for a shift opened before the line dropped: the
    #: journal holds only the sales made on it since, so its totals, expected cash and
    #: difference are not the shift's; the server's report (after sync) is.
    partial: bool = False

    @property
    def difference(self) -> Decimal | None:
        """Counted minus expected: negative means cash is missing."""
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash

    @property
    def kind(self) -> str:
        return "X" if self.closed_at is None else "Z"

    @property
    def cash_taken(self) -> Decimal:
        """Cash received during the session (voids and refunds are taken out separately)."""
        return self.cash_received


def session_report(
    session: Session, row: CashSession, now: datetime, *, as_of: datetime | None = None
) -> SessionReport:
    """The session's Z report if it is closed, else its X report now; ``as_of`` asks for the
    X report of that moment (closed since or not)."""
    closed_at = row.closed_at if as_of is None else None
    start, end, cur = row.opened_at, closed_at or as_of or now, row.currency

    def money(amount: Decimal | None) -> Decimal:
        return round_money(amount or ZERO, cur)

    scope = Scope(cur, start, end + _JUST_AFTER, terminal_id=row.terminal_id)
    cashiers = breakdown(session, scope, By.CASHIER)
    rates = breakdown(session, scope, By.VAT_RATE)
    methods = money_by_method(session, scope)
    cash = methods.get(CASH, MethodMoney())
    moved = [m for m in row.movements if m.at <= end]
    cash_in = sum((m.amount for m in moved if m.kind == "in"), ZERO)
    cash_out = sum((m.amount for m in moved if m.kind == "out"), ZERO)
    expected = row.float_amount + cash.amount + cash_in - cash_out
    exhibition = session.get(Exhibition, row.exhibition_id)
    terminal = session.get(Terminal, row.terminal_id)
    total = cashiers.total()
    voided = Breakdown.part_total(cashiers.voided)
    refunded = Breakdown.part_total(cashiers.refunded)
    issued = Breakdown.part_total(cashiers.sold)
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
        sales=Amounts.of(total, total.invoices, cur),
        by_payment_method=tuple((m, mm.count, money(mm.amount)) for m, mm in methods.items()),
        by_vat_rate=tuple(
            (rate.normalize(), Amounts.of(t, t.lines, cur)) for (rate,), t in rates.net().items()
        ),
        by_cashier=tuple(
            sorted(
                ((c, t.invoices, money(t.gross)) for (c,), t in cashiers.net().items()),
                key=lambda r: (-r[2], r[0]),
            )
        ),
        discounts=money(total.discount),
        voids=(voided.invoices, money(voided.gross)),
        cash_returned_for_voids=money(cash.returned_for_voids[1]),
        refunds=(refunded.credit_notes, money(refunded.gross)),
        expected_cash=money(
            row.expected_cash if closed and row.expected_cash is not None else expected
        ),
        counted_cash=None if not closed or row.counted_cash is None else money(row.counted_cash),
        as_of=end,
        cash_refunded=money(cash.refunded[1]),
        audit_seal=closing_seal(session, row.id) if closed else None,
        issued=(issued.invoices, money(issued.gross)),
        cash_received=money(cash.received[1]),
        partial=is_partial_copy(session) and not _opened_on_the_journal(session, row),
    )


def _opened_on_the_journal(session: Session, row: CashSession) -> bool:
    """A shift opened while the till sold offline has all its sales on the journal: its
    figures there are whole (the opening's journal entry carries the opening's moment) until
    a whole copy after a sync replaced the journal's rows, its sales among them: a copy that
    covered the opening's entry (``filled_through``) leaves the journal half the shift."""
    found = session.scalar(
        select(OfflineEntry.seq).where(
            OfflineEntry.kind == "cash_open", OfflineEntry.created_at == row.opened_at
        )
    )
    return found is not None and found > _filled_through(session)


def _filled_through(session: Session) -> int:
    """The last journal entry the latest whole copy covered (0: never copied since made)."""
    if not inspect(session.connection()).has_table(STATE.name):
        return 0
    return int(session.scalar(select(func.max(STATE.c.filled_through))) or 0)


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
        "issued": {"count": report.issued[0], "gross": m(report.issued[1])},
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
        "cash_received": m(report.cash_received),
        "cash_returned_for_voids": m(report.cash_returned_for_voids),
        "refunds": {"count": report.refunds[0], "gross": m(report.refunds[1])},
        "cash_refunded": m(report.cash_refunded),
        "expected_cash": m(report.expected_cash),
        "counted_cash": m(report.counted_cash),
        "difference": m(report.difference),
        "audit": (
            {"entry": report.audit_seal.seq, "hash": report.audit_seal.hash}
            if report.audit_seal
            else None
        ),
    }
